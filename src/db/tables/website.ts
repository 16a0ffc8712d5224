import { sql } from 'drizzle-orm';
import { check, date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.js';

/**
 * 网站信息: what the public site's frame says about itself — its identifiers (网站标识码, ICP and public-security
 * filings, the 党政机关 badge), sponsor and contact, the 找错 entry and the index-number rule of the
 * open-government catalogue. One row; every field is the bureau's own, none is invented.
 */
export const siteProfile = pgTable(
  'site_profile',
  {
    id: integer('id').primaryKey().default(1),
    profile: jsonb('profile').notNull().default(sql`'{}'::jsonb`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('site_profile_single', sql`${t.id} = 1`)],
);

/**
 * Page views per Beijing day and page, counted by the site itself: no cookie, no address, no identifier is
 * kept. `visitors` counts distinct readers of the day through a salted hash that lives only in memory.
 */
export const siteVisits = pgTable(
  'site_visits',
  {
    day: date('day').notNull(),
    path: text('path').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.path] })],
);

/** Distinct readers per Beijing day (one reader reading ten pages counts once). */
export const siteVisitors = pgTable('site_visitors', {
  day: date('day').primaryKey(),
  visitors: integer('visitors').notNull().default(0),
});
