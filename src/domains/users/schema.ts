import { z } from 'zod';
import { roles } from '../../shared/roles.js';
import { username } from '../auth/schema.js';
import { paging } from '../../shared/schemas.js';

const binding = {
  orgId: z.number().int().positive().nullish(),
  jurisdictionCode: z.string().max(40).nullish(),
  sectionCode: z.string().max(40).nullish(),
};

export const userCreateBody = z.object({
  username,
  displayName: z.string().trim().min(1).max(50),
  role: z.enum(roles),
  password: z.string().min(1).max(256),
  phone: z.string().trim().max(30).nullish(),
  email: z.email().max(120).nullish(),
  ...binding,
});

export const userUpdateBody = z.object({
  displayName: z.string().trim().min(1).max(50).optional(),
  role: z.enum(roles).optional(),
  phone: z.string().trim().max(30).nullish(),
  email: z.email().max(120).nullish(),
  active: z.boolean().optional(),
  version: z.number().int().positive().optional(),
  ...binding,
});

export const passwordResetBody = z.object({ password: z.string().min(1).max(256) });

export const userListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  role: z.enum(roles).optional(),
  active: z.enum(['true', 'false']).optional(),
  ...paging(),
});

export const userView = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  jurisdictionCode: z.string().nullable(),
  sectionCode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
  version: z.number().int(),
});

export const userList = z.object({ items: z.array(userView), total: z.number().int() });
export const userCreated = userView.extend({
  /** Shown once, for the authenticator app, when the role needs a second factor. */
  totpSecret: z.string().nullable(),
  totpUri: z.string().nullable(),
});
export const totpReset = z.object({ totpSecret: z.string(), totpUri: z.string() });

export type UserCreateBody = z.infer<typeof userCreateBody>;
export type UserUpdateBody = z.infer<typeof userUpdateBody>;
export type UserListQuery = z.infer<typeof userListQuery>;
