import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/tables/index.js';
import { type SessionUser, isAllowed } from '../access.js';
import { AppError } from '../errors.js';

export const sessionCookie = 'keguan_session';
/** Idle timeout: a session unused for this long is over. */
export const sessionIdleMinutes = 30;

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session row and sets its cookie; returns the CSRF token the client must echo. */
export async function openSession(
  db: Db,
  reply: FastifyReply,
  o: { userId: number; ip: string; userAgent: string | undefined },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: o.userId,
    csrfToken,
    ip: o.ip,
    userAgent: o.userAgent?.slice(0, 300),
  });
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: 'auto',
  });
  return csrfToken;
}

export async function closeSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[sessionCookie];
  if (token) await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
  reply.clearCookie(sessionCookie, { path: '/' });
}

/**
 * Loads the caller from the session cookie, enforces the route's declared access and, for state-changing
 * requests of a cookie session, the CSRF token. Runs before body validation, so a caller who may not use a
 * route learns nothing about its input.
 */
export function registerSessionGuard(app: FastifyInstance, db: Db): void {
  app.decorateRequest('user', undefined);
  app.decorateRequest('sessionCsrf', undefined);
  app.decorateRequest('sessionId', undefined);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return;
    const expired = await loadSession(db, request);
    if (!isAllowed(access, request.user)) {
      if (request.user) throw new AppError('FORBIDDEN');
      throw new AppError(expired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    }
    if (request.user && unsafeMethods.has(request.method) && request.routeOptions.config.csrf !== false) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== request.sessionCsrf) throw new AppError('CSRF');
    }
  });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false only for login, which opens the session the token belongs to. */
    csrf?: boolean;
  }
}

/** Sets request.user when the cookie names a live session; returns true when it named an expired one. */
async function loadSession(db: Db, request: FastifyRequest): Promise<boolean> {
  const token = request.cookies[sessionCookie];
  if (!token) return false;
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      idleSeconds: sql<number>`extract(epoch from now() - ${sessions.lastSeenAt})::int`,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        orgId: users.orgId,
        jurisdictionCode: users.jurisdictionCode,
        sectionCode: users.sectionCode,
        active: users.active,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return false;
  if (row.idleSeconds > sessionIdleMinutes * 60 || !row.user.active) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return true;
  }
  // Touch at most once a minute: the idle clock needs no finer grain, and reads stay reads.
  if (row.idleSeconds >= 60) {
    await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.tokenHash, tokenHash));
  }
  const { active: _active, ...user } = row.user;
  request.user = user satisfies SessionUser;
  request.sessionCsrf = row.csrfToken;
  request.sessionId = tokenHash;
  return false;
}
