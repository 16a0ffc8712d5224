import { index, integer, jsonb, numeric, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { editable } from './common.js';

/**
 * 指标体系: one year's indicators with their targets — a value or a range (2—4家), a direction, a weight
 * and a scoring rule — and where progress comes from: a metric (computed, never typed) or manual reports.
 */
export const indicators = pgTable(
  'indicators',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    /** at_least: reach targetMin; at_most: stay at or below targetMax; within: between the two. */
    direction: text('direction').notNull(),
    targetMin: numeric('target_min', { precision: 18, scale: 2 }),
    targetMax: numeric('target_max', { precision: 18, scale: 2 }),
    weight: numeric('weight', { precision: 6, scale: 2 }).notNull().default('0'),
    scoringRule: text('scoring_rule'),
    source: text('source').notNull(),
    metricKey: text('metric_key'),
    metricFilters: jsonb('metric_filters').notNull().default(sql`'{}'::jsonb`),
    sortOrder: integer('sort_order').notNull().default(0),
    ...editable,
  },
  (t) => [uniqueIndex('indicators_year_code').on(t.year, t.code), index('indicators_year_idx').on(t.year)],
);
