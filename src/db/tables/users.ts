import { bigint, boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { jurisdictions, sections } from './dictionaries.js';
import { orgs } from './orgs.js';
import { editable } from './common.js';

export const role = pgEnum('role', ['public', 'applicant', 'liaison', 'staff', 'expert', 'leader', 'admin', 'auditor']);

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: role('role').notNull(),
    /** Applicant's organisation (申报单位); an expert's own organisation for conflict-of-interest checks. */
    orgId: integer('org_id').references(() => orgs.id),
    /** Liaison's jurisdiction (属地); an expert's too, when known. */
    jurisdictionCode: text('jurisdiction_code').references(() => jurisdictions.code),
    /** Staff member's bureau section (业务科室). */
    sectionCode: text('section_code').references(() => sections.code),
    phone: text('phone'),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
    totpSecret: text('totp_secret'),
    /** The 30-second step of the last one-time code accepted: a code of that step or an earlier one is refused. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    ...editable,
  },
  (t) => [uniqueIndex('users_username_unique').on(t.username), index('users_org_idx').on(t.orgId)],
);

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Every login attempt, for the per-address limit and for the security review. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);
