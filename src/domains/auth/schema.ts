import { z } from 'zod';
import { roles } from '../../shared/roles.js';
import { orgCreateBody } from '../orgs/schema.js';

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, '3–32 letters, digits, dot, dash or underscore');

export const loginBody = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
  totp: z.string().trim().max(10).optional(),
});

export const sessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  orgId: z.number().int().nullable(),
  jurisdictionCode: z.string().nullable(),
  sectionCode: z.string().nullable(),
});

export const sessionResponse = z.object({ user: sessionUser, csrfToken: z.string() });

export const registerBody = z.object({
  username,
  password: z.string().min(1).max(256),
  displayName: z.string().trim().min(1).max(50),
  phone: z.string().trim().max(30).optional(),
  email: z.email().max(120).optional(),
  org: orgCreateBody,
});

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export type LoginBody = z.infer<typeof loginBody>;
export type RegisterBody = z.infer<typeof registerBody>;
