import type { FastifyRequest } from 'fastify';
import type { Role } from '../shared/roles.js';
import { AppError } from './errors.js';

/**
 * Who may call a route: anyone, any logged-in account, or the listed roles. Every /api route declares one
 * in `config.access`; the app refuses to start when a route has none (deny by default).
 */
export type Access = 'public' | 'authenticated' | readonly Role[];

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  jurisdictionCode: string | null;
  sectionCode: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | undefined;
    sessionCsrf: string | undefined;
    /** The live session's key (the SHA-256 of its token): what per-caller rate limits count by. */
    sessionId: string | undefined;
  }
}

/** The logged-in caller of a route whose access is not `public`. */
export function callerOf(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError('UNAUTHENTICATED');
  return request.user;
}

export function isAllowed(access: Access, user: SessionUser | undefined): boolean {
  if (access === 'public') return true;
  if (!user) return false;
  if (access === 'authenticated') return true;
  return access.includes(user.role);
}
