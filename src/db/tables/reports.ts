import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { editable } from './common.js';
import { users } from './users.js';

/**
 * 年度工作总结 of a year: the narrative staff write around the generated figures, section by section, and —
 * once finalised — the report as it then stood (figures and words), frozen: later data no longer move it.
 */
export const annualReports = pgTable(
  'annual_reports',
  {
    year: integer('year').primaryKey(),
    /** draft: figures live; final: `snapshot` is the report. */
    status: text('status').$type<'draft' | 'final'>().notNull().default('draft'),
    /** Section key → the paragraphs staff wrote for it, in order. */
    narratives: jsonb('narratives').notNull().default(sql`'{}'::jsonb`),
    snapshot: jsonb('snapshot'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedBy: integer('finalised_by').references(() => users.id),
    updatedBy: integer('updated_by').references(() => users.id),
    ...editable,
  },
  (t) => [
    check('annual_reports_status', sql`${t.status} IN ('draft', 'final')`),
    check('annual_reports_final_has_snapshot', sql`${t.status} = 'draft' OR ${t.snapshot} IS NOT NULL`),
  ],
);

/** Every saved state of a year's report — each edit, finalisation and reopening — as it read then. */
export const annualReportVersions = pgTable(
  'annual_report_versions',
  {
    year: integer('year')
      .notNull()
      .references(() => annualReports.year, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status').$type<'draft' | 'final'>().notNull(),
    /** What was done: edit (a section's narrative), finalise or reopen. */
    change: text('change').$type<'edit' | 'finalise' | 'reopen'>().notNull(),
    section: text('section'),
    report: jsonb('report').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
    savedBy: integer('saved_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.year, t.version] })],
);
