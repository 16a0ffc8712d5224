import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { editable } from './common.js';
import { jurisdictions, sections } from './dictionaries.js';
import { users } from './users.js';

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

/**
 * A year's indicator system as a whole: the caps on the bonus and deduction points an assessment may give a
 * unit on top of its indicators' points (加分、扣分上限).
 */
export const indicatorSystems = pgTable('indicator_systems', {
  year: integer('year').primaryKey(),
  bonusCap: numeric('bonus_cap', { precision: 6, scale: 2 }).notNull().default('5'),
  deductionCap: numeric('deduction_cap', { precision: 6, scale: 2 }).notNull().default('10'),
  ...editable,
});

/**
 * 目标责任状: one assessed unit's letter for a year — a town, zone, street or department (its
 * jurisdiction), a bureau section, or a member of staff (the bureau's internal letters). Drafted by staff,
 * issued, signed by the unit (who signed and when is recorded), then locked against change.
 */
export const targetLetters = pgTable(
  'target_letters',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    year: integer('year').notNull(),
    /** jurisdiction (镇/开发区/街道/部门), section (局科室) or staff (局内个人). */
    unitKind: text('unit_kind').notNull(),
    jurisdictionCode: text('jurisdiction_code').references(() => jurisdictions.code),
    sectionCode: text('section_code').references(() => sections.code),
    userId: integer('user_id').references(() => users.id),
    /** draft → issued → signed → locked. */
    status: text('status').notNull().default('draft'),
    note: text('note'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedBy: integer('issued_by').references(() => users.id),
    /** The unit's signatory as written on the paper letter, and the day; recorded by staff or the unit. */
    signatory: text('signatory'),
    signedOn: date('signed_on', { mode: 'string' }),
    signedRecordedBy: integer('signed_recorded_by').references(() => users.id),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: integer('locked_by').references(() => users.id),
    ...editable,
  },
  (t) => [
    index('target_letters_year_idx').on(t.year),
    uniqueIndex('target_letters_jurisdiction')
      .on(t.year, t.jurisdictionCode)
      .where(sql`${t.jurisdictionCode} IS NOT NULL`),
    uniqueIndex('target_letters_section').on(t.year, t.sectionCode).where(sql`${t.unitKind} = 'section'`),
    uniqueIndex('target_letters_user').on(t.year, t.userId).where(sql`${t.userId} IS NOT NULL`),
    check(
      'target_letters_unit',
      sql`(${t.unitKind} = 'jurisdiction' AND ${t.jurisdictionCode} IS NOT NULL) OR (${t.unitKind} = 'section' AND ${t.sectionCode} IS NOT NULL) OR (${t.unitKind} = 'staff' AND ${t.userId} IS NOT NULL)`,
    ),
  ],
);

/** One indicator a letter carries: the unit's share of the city target, and its weight in the unit's score. */
export const targetLetterItems = pgTable(
  'target_letter_items',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    letterId: integer('letter_id')
      .notNull()
      .references(() => targetLetters.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    shareMin: numeric('share_min', { precision: 18, scale: 2 }),
    shareMax: numeric('share_max', { precision: 18, scale: 2 }),
    weight: numeric('weight', { precision: 6, scale: 2 }).notNull().default('0'),
  },
  (t) => [
    uniqueIndex('target_letter_items_letter_indicator').on(t.letterId, t.indicatorId),
    index('target_letter_items_indicator_idx').on(t.indicatorId),
  ],
);

/**
 * 进度报送: a unit's figure for a manual indicator, cumulative for the year up to the end of a quarter,
 * with evidence; staff accept it or return it with a reason. The latest accepted report is the unit's figure.
 */
export const targetProgressReports = pgTable(
  'target_progress_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    letterItemId: integer('letter_item_id')
      .notNull()
      .references(() => targetLetterItems.id, { onDelete: 'cascade' }),
    quarter: integer('quarter').notNull(),
    value: numeric('value', { precision: 18, scale: 2 }).notNull(),
    note: text('note'),
    /** draft → submitted → accepted | returned (→ submitted again). */
    status: text('status').notNull().default('draft'),
    submittedBy: integer('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewReason: text('review_reason'),
    ...editable,
  },
  (t) => [
    uniqueIndex('target_progress_reports_item_quarter').on(t.letterItemId, t.quarter),
    index('target_progress_reports_status_idx').on(t.status),
  ],
);

/** 佐证材料: a file behind a progress report; bytes in storage under the SHA-256. */
export const targetEvidence = pgTable(
  'target_evidence',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => targetProgressReports.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    originalName: text('original_name').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('target_evidence_report_idx').on(t.reportId)],
);

/**
 * 考核: a mid-year or year-end round. Each indicator's points are its weight, split between the part
 * computed from the figures and the part assessors score on site; deductions and bonus items with reasons
 * come on top. Locking freezes the computed figures; a leader signs the locked result off.
 */
export const targetAssessments = pgTable(
  'target_assessments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    year: integer('year').notNull(),
    /** mid_year (年中) or year_end (年终). */
    kind: text('kind').notNull(),
    /** The share of each indicator's weight scored on site, in percent. */
    onsiteShare: numeric('onsite_share', { precision: 5, scale: 2 }).notNull().default('40'),
    /** How the team's on-site sheets make one score: mean, or trimmed_mean (the highest and lowest dropped). */
    scoringRule: text('scoring_rule').notNull().default('mean'),
    /** open → locked → signed_off. */
    status: text('status').notNull().default('open'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: integer('locked_by').references(() => users.id),
    /** 文号 of the result notices, given when the result is signed off. */
    noticeDocNo: text('notice_doc_no'),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    signedOffBy: integer('signed_off_by').references(() => users.id),
    ...editable,
  },
  (t) => [uniqueIndex('target_assessments_year_kind').on(t.year, t.kind)],
);

/** 考核组: the members of staff who score a round on site, each on a sheet of their own. */
export const targetAssessmentAssessors = pgTable(
  'target_assessment_assessors',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => targetAssessments.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.userId] })],
);

/** 现场评分表: one assessor's on-site points for one unit's indicator; the round combines the team's sheets. */
export const targetAssessmentSheets = pgTable(
  'target_assessment_sheets',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => targetAssessments.id, { onDelete: 'cascade' }),
    letterItemId: integer('letter_item_id')
      .notNull()
      .references(() => targetLetterItems.id),
    assessorId: integer('assessor_id')
      .notNull()
      .references(() => users.id),
    onsiteScore: numeric('onsite_score', { precision: 6, scale: 2 }).notNull(),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('target_assessment_sheets_item_assessor').on(t.assessmentId, t.letterItemId, t.assessorId)],
);

/** A unit not assessed on site in a round, with the reason; its on-site part scores nothing. */
export const targetAssessmentAbsences = pgTable(
  'target_assessment_absences',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => targetAssessments.id, { onDelete: 'cascade' }),
    letterId: integer('letter_id')
      .notNull()
      .references(() => targetLetters.id),
    reason: text('reason').notNull(),
    markedBy: integer('marked_by').references(() => users.id),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.letterId] })],
);

/** One unit's result on one indicator in a round, frozen when the round is locked: figure, computed points, the team's on-site score. */
export const targetAssessmentScores = pgTable(
  'target_assessment_scores',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => targetAssessments.id, { onDelete: 'cascade' }),
    letterItemId: integer('letter_item_id')
      .notNull()
      .references(() => targetLetterItems.id),
    onsiteScore: numeric('onsite_score', { precision: 6, scale: 2 }),
    /** Frozen when the round is locked. */
    value: numeric('value', { precision: 18, scale: 2 }),
    computedScore: numeric('computed_score', { precision: 6, scale: 2 }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('target_assessment_scores_item').on(t.assessmentId, t.letterItemId)],
);

/** 扣分 / 加分: a deduction or bonus for a unit in a round, with its reason. */
export const targetAssessmentAdjustments = pgTable(
  'target_assessment_adjustments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => targetAssessments.id, { onDelete: 'cascade' }),
    letterId: integer('letter_id')
      .notNull()
      .references(() => targetLetters.id),
    kind: text('kind').notNull(),
    points: numeric('points', { precision: 6, scale: 2 }).notNull(),
    reason: text('reason').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('target_assessment_adjustments_round_idx').on(t.assessmentId, t.letterId)],
);
