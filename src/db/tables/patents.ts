import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { editable } from './common.js';
import { jurisdictions, sections } from './dictionaries.js';
import { orgs } from './orgs.js';
import { users } from './users.js';

/** 发明 / 实用新型 / 外观设计. */
export const patentType = pgEnum('patent_type', ['invention', 'utility_model', 'design']);

/** 专利: one application, by its normalised application number; granted once it has a grant date. */
export const patents = pgTable(
  'patents',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    /** 申请号, normalised as "200810012345.6". */
    applicationNumber: text('application_number').notNull(),
    type: patentType('type').notNull(),
    title: text('title').notNull(),
    /** The applicant as written on the patent; matched to the organisation registry when possible. */
    applicantName: text('applicant_name').notNull(),
    orgId: integer('org_id').references(() => orgs.id),
    jurisdictionCode: text('jurisdiction_code').references(() => jurisdictions.code),
    filedOn: date('filed_on').notNull(),
    grantedOn: date('granted_on'),
    /** 法律状态 as the patent office reports it (审中, 有效, 失效 …). */
    legalStatus: text('legal_status'),
    searchGrams: text('search_grams')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`keguan_grams(title || ' ' || applicant_name || ' ' || application_number)`),
    ...editable,
  },
  (t) => [
    uniqueIndex('patents_application_number_unique').on(t.applicationNumber),
    index('patents_org_idx').on(t.orgId),
    // A jurisdiction's filings or grants of a year: one range scan (the first also serves the jurisdiction alone).
    index('patents_jurisdiction_filed_idx').on(t.jurisdictionCode, t.filedOn),
    index('patents_jurisdiction_granted_idx').on(t.jurisdictionCode, t.grantedOn),
    index('patents_filed_idx').on(t.filedOn),
    index('patents_granted_idx').on(t.grantedOn),
    index('patents_search_grams_idx').using('gin', t.searchGrams),
  ],
);

/** 资助阶段: a patent is subsidised when filed (申请) and again when granted (授权). */
export const subsidyStage = pgEnum('subsidy_stage', ['filed', 'granted']);

/** 专利资助标准: the amount per type and stage, set by staff for each year. */
export const patentSubsidyRates = pgTable(
  'patent_subsidy_rates',
  {
    year: integer('year').notNull(),
    type: patentType('type').notNull(),
    stage: subsidyStage('stage').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.year, t.type, t.stage] })],
);

export const subsidyClaimState = pgEnum('subsidy_claim_state', ['claimed', 'approved', 'refused', 'paid']);

/**
 * 专利资助政策 of a year: how long after the filing or grant a claim may be made (申请期限), and which
 * section decides the claims and pays them.
 */
export const patentSubsidyPolicies = pgTable('patent_subsidy_policies', {
  year: integer('year').primaryKey(),
  claimWindowMonths: integer('claim_window_months').notNull().default(12),
  sectionCode: text('section_code').references(() => sections.code),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * 资助批次: approved claims listed together (拟资助名单), publicised, and after the objection period paid
 * under one document once the director approves: publicity → paid.
 */
export const patentSubsidyBatches = pgTable('patent_subsidy_batches', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  title: text('title').notNull(),
  state: text('state').notNull().default('publicity'),
  docNo: text('doc_no'),
  paidOn: date('paid_on'),
  totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 专利资助申请: one patent at one stage, at the rate of the stage's year. */
export const patentSubsidyClaims = pgTable(
  'patent_subsidy_claims',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    patentId: integer('patent_id')
      .notNull()
      .references(() => patents.id),
    stage: subsidyStage('stage').notNull(),
    year: integer('year').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    state: subsidyClaimState('state').notNull().default('claimed'),
    claimedBy: integer('claimed_by').references(() => users.id),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    reason: text('reason'),
    batchId: integer('batch_id').references(() => patentSubsidyBatches.id),
    ...editable,
  },
  (t) => [
    // A patent-stage is claimed (and so paid) once: only a refused claim leaves room for another.
    uniqueIndex('patent_subsidy_claims_once').on(t.patentId, t.stage).where(sql`state <> 'refused'`),
    index('patent_subsidy_claims_org_idx').on(t.orgId),
    index('patent_subsidy_claims_state_idx').on(t.state),
    // Subsidies of a year by state, summed from the index alone.
    index('patent_subsidy_claims_year_idx').on(t.year, t.state, t.amountFen, t.orgId),
  ],
);

/** The column mapping last used to import into a registry, offered again next time. */
export const importMappings = pgTable('import_mappings', {
  registry: text('registry').primaryKey(),
  mapping: jsonb('mapping').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
