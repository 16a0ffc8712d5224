import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { editable } from './common.js';
import { sections } from './dictionaries.js';
import { users } from './users.js';

/**
 * Who asks, as the annual report counts them: a natural person, or a legal person or other organisation of
 * one of five kinds (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他).
 */
export const disclosureApplicantKinds = [
  'person',
  'company',
  'research',
  'public_interest',
  'legal_service',
  'other',
] as const;
export type DisclosureApplicantKind = (typeof disclosureApplicantKinds)[number];

/**
 * received: the statutory clock runs; correction: waiting for the applicant's 补正 (the clock starts again
 * from the day it arrives); consulting: waiting for a third party's opinion (the clock is paused);
 * answered: replied with an outcome (and its letter).
 */
export const disclosureStates = ['received', 'correction', 'consulting', 'answered'] as const;
export type DisclosureState = (typeof disclosureStates)[number];

/** The six outcomes of 国办公开办函〔2021〕30号's table, each with its sub-rows where it has them. */
export const disclosureOutcomes = {
  disclose: [],
  partial: [],
  withhold: [
    'state_secret',
    'law_forbids',
    'three_securities',
    'third_party',
    'internal',
    'process',
    'enforcement',
    'query',
  ],
  unavailable: ['not_held', 'needs_making', 'unclear'],
  not_processed: ['petition', 'repeat', 'publication', 'excessive', 'confirm'],
  other: ['no_correction', 'no_fee', 'other'],
} as const;
export type DisclosureOutcome = keyof typeof disclosureOutcomes;

/**
 * 政府信息公开申请: a request for government information the bureau has not published, from the public site
 * or registered by staff from a letter or a visit; answered within 20 working days of receipt (extendable
 * once by up to 20), the clock starting again on a correction and paused while a third party is consulted.
 */
export const disclosureRequests = pgTable(
  'disclosure_requests',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    /** The tracking code the applicant follows the request with. */
    code: text('code').notNull(),
    /** online (the site), letter, in_person, fax, email. */
    channel: text('channel').notNull().default('online'),
    applicantKind: text('applicant_kind').notNull(),
    /** 姓名 or 名称. */
    name: text('name').notNull(),
    /** A person's 证件 (type and number), or an organisation's 统一社会信用代码 and 法定代表人. */
    idType: text('id_type'),
    idNumber: text('id_number'),
    legalRepresentative: text('legal_representative'),
    contactName: text('contact_name'),
    phone: text('phone').notNull(),
    email: text('email'),
    address: text('address').notNull(),
    postcode: text('postcode'),
    /** 所需政府信息的名称、文号或者便于查询的其他特征性描述. */
    description: text('description').notNull(),
    purpose: text('purpose'),
    /** 提供形式: paper or electronic; 获取方式: mail, email, pickup, online. */
    form: text('form').notNull(),
    delivery: text('delivery').notNull(),
    /** The day the bureau received it (Beijing). */
    receivedOn: date('received_on').notNull(),
    /** The day the 20 working days count from: the receipt, or the day a correction arrived. */
    clockFrom: date('clock_from').notNull(),
    /** Working days the clock stood still while third parties were consulted. */
    pausedDays: integer('paused_days').notNull().default(0),
    consultingSince: date('consulting_since'),
    extendedDays: integer('extended_days').notNull().default(0),
    extensionReason: text('extension_reason'),
    extendedOn: date('extended_on'),
    /** The last day of the statutory period; none while a correction or a third party is awaited. */
    dueOn: date('due_on'),
    correctionAskedOn: date('correction_asked_on'),
    correctionNote: text('correction_note'),
    correctionDueOn: date('correction_due_on'),
    state: text('state').notNull().default('received'),
    sectionCode: text('section_code').references(() => sections.code),
    assigneeId: integer('assignee_id').references(() => users.id),
    outcome: text('outcome'),
    outcomeReason: text('outcome_reason'),
    /** What the letter says in substance, and the legal basis it cites. */
    replyText: text('reply_text'),
    legalBasis: text('legal_basis'),
    repliedOn: date('replied_on'),
    repliedBy: integer('replied_by').references(() => users.id),
    ...editable,
  },
  (t) => [
    uniqueIndex('disclosure_requests_code_idx').on(t.code),
    index('disclosure_requests_received_idx').on(t.receivedOn),
    index('disclosure_requests_replied_idx').on(t.repliedOn),
    index('disclosure_requests_open_due_idx').on(t.dueOn).where(sql`${t.state} <> 'answered'`),
    check(
      'disclosure_requests_kind',
      sql`${t.applicantKind} IN ('person', 'company', 'research', 'public_interest', 'legal_service', 'other')`,
    ),
    check('disclosure_requests_state', sql`${t.state} IN ('received', 'correction', 'consulting', 'answered')`),
    check('disclosure_requests_channel', sql`${t.channel} IN ('online', 'letter', 'in_person', 'fax', 'email')`),
    check('disclosure_requests_extension', sql`${t.extendedDays} BETWEEN 0 AND 20`),
    check(
      'disclosure_requests_answered',
      sql`(${t.state} = 'answered') = (${t.outcome} IS NOT NULL AND ${t.repliedOn} IS NOT NULL)`,
    ),
  ],
);

/** What happened to a request, in order: the history the applicant and staff read, and the letters' source. */
export const disclosureRequestEvents = pgTable(
  'disclosure_request_events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => disclosureRequests.id, { onDelete: 'cascade' }),
    /** receive, assign, ask_correction, correct, consult, consulted, extend, answer. */
    action: text('action').notNull(),
    day: date('day').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    actorId: integer('actor_id').references(() => users.id),
  },
  (t) => [index('disclosure_request_events_request_idx').on(t.requestId, t.id)],
);

/**
 * 政府信息公开工作年度报告 of a year (国办公开办函〔2021〕30号): the narrative parts staff write, the figures
 * only they know (administrative reconsideration and litigation, permits, fees), and — once finalised — the
 * report as it then stood, tables and words, frozen.
 */
export const openGovReports = pgTable(
  'open_gov_reports',
  {
    year: integer('year').primaryKey(),
    status: text('status').notNull().default('draft'),
    /** overview, problems, other: paragraphs of parts 一, 五 and 六. */
    narrative: jsonb('narrative').notNull().default(sql`'{}'::jsonb`),
    /** The figures staff enter: permits, penalties, coercion, fees; reconsideration and litigation. */
    entered: jsonb('entered').notNull().default(sql`'{}'::jsonb`),
    snapshot: jsonb('snapshot'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedBy: integer('finalised_by').references(() => users.id),
    updatedBy: integer('updated_by').references(() => users.id),
    ...editable,
  },
  (t) => [
    check('open_gov_reports_status', sql`${t.status} IN ('draft', 'final')`),
    check('open_gov_reports_final_frozen', sql`${t.status} = 'draft' OR ${t.snapshot} IS NOT NULL`),
  ],
);
