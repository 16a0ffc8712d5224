import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { projectStates } from '../../domains/projects/workflow.js';
import { editable } from './common.js';
import { jurisdictions, sections } from './dictionaries.js';
import { orgs, people } from './orgs.js';
import { users } from './users.js';

/** 国家 / 省 / 设区市 (镇江) / 本市: the level a plan belongs to. */
export const programLevel = pgEnum('program_level', ['national', 'provincial', 'prefecture', 'city']);
export const programCategory = pgEnum('program_category', [
  'agriculture',
  'social_development',
  'industry',
  'talent',
  'platform',
  'ip',
  'soft_science',
  'cooperation',
]);
/** Who applies: an organisation, or a person (talent programmes). */
export const applicantKind = pgEnum('applicant_kind', ['org', 'person']);

/** 科技计划 / 计划类别. */
export const programs = pgTable('programs', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  level: programLevel('level').notNull(),
  category: programCategory('category').notNull(),
  sectionCode: text('section_code')
    .notNull()
    .references(() => sections.code),
  /** Plan types a result may carry, e.g. 指令性计划, 指导性计划. */
  planTypes: text('plan_types').array().notNull().default(sql`'{}'::text[]`),
  applicantKind: applicantKind('applicant_kind').notNull().default('org'),
  active: boolean('active').notNull().default(true),
  /** 计划代码, e.g. NY (农业), SF (社发): the letters a number rule writes. */
  code: text('code'),
  /** 申报编号 and 项目编号 rules, e.g. {year}{code}{seq:4} → 2026NY0012; see applications/numbering.ts. */
  applicationNoRule: text('application_no_rule'),
  projectCodeRule: text('project_code_rule'),
  /** The 申报书 a new call of this programme starts from (sections, limits, extra fields, attachments). */
  applicationTemplate: jsonb('application_template'),
  ...editable,
});

/** 申报通知 / 批次: one year's call of a program. Form, attachments and criteria are defined by staff. */
export const calls = pgTable(
  'calls',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    expertReview: boolean('expert_review').notNull().default(false),
    /** 评审意见必填: experts must write a comment with their scores. */
    reviewCommentRequired: boolean('review_comment_required').notNull().default(false),
    /** Recommendations each jurisdiction may make when it has no quota of its own. */
    defaultQuota: integer('default_quota'),
    formFields: jsonb('form_fields').notNull().default(sql`'[]'::jsonb`),
    attachments: jsonb('attachments').notNull().default(sql`'[]'::jsonb`),
    criteria: jsonb('criteria').notNull().default(sql`'[]'::jsonb`),
    /** The 申报书's sections and limits; null keeps the short form (title, leader, amount, extra fields). */
    applicationTemplate: jsonb('application_template'),
    description: text('description'),
    /** 联系方式 printed with the call: who answers questions about it, and how. */
    contact: text('contact'),
    ...editable,
  },
  (t) => [index('calls_program_idx').on(t.programId), index('calls_closes_idx').on(t.closesAt)],
);

/** 推荐名额: how many applications a jurisdiction may recommend to a call. */
export const callQuotas = pgTable(
  'call_quotas',
  {
    callId: integer('call_id')
      .notNull()
      .references(() => calls.id, { onDelete: 'cascade' }),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    quota: integer('quota').notNull(),
  },
  (t) => [primaryKey({ columns: [t.callId, t.jurisdictionCode] })],
);

export const projectState = pgEnum('project_state', projectStates);

/** 申报 / 项目: one record from draft to acceptance. Money in fen. */
export const projects = pgTable(
  'projects',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    callId: integer('call_id')
      .notNull()
      .references(() => calls.id),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    /** The applying person, for talent programmes. */
    personId: integer('person_id').references(() => people.id),
    createdBy: integer('created_by').references(() => users.id),
    title: text('title').notNull(),
    leaderName: text('leader_name'),
    state: projectState('state').notNull().default('draft'),
    requestedFen: bigint('requested_fen', { mode: 'number' }),
    approvedFen: bigint('approved_fen', { mode: 'number' }),
    docNo: text('doc_no'),
    planType: text('plan_type'),
    formData: jsonb('form_data').notNull().default(sql`'{}'::jsonb`),
    /** 申报书: the sections the call's template asks (see applications/schema.ts). */
    application: jsonb('application').notNull().default(sql`'{}'::jsonb`),
    /** 项目负责人 from the people registry, so the leader limit and 多头申报 are counted across calls. */
    leaderPersonId: integer('leader_person_id').references(() => people.id),
    /** The leader and members of the 申报书's team: what 多头申报 is checked on. */
    teamPersonIds: integer('team_person_ids').array().notNull().default(sql`'{}'::integer[]`),
    /** 申报编号, given on first submission; 项目编号, given on approval. Never reused. */
    applicationNo: text('application_no'),
    code: text('code'),
    /** SHA-256 of the submitted content, printed on the 申报书 so a stamped copy of an older version shows. */
    checksum: text('checksum'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    searchGrams: text('search_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(title)`),
    ...editable,
  },
  (t) => [
    // A year's projects counted and summed from the index alone (a year is a set of calls).
    index('projects_call_idx').on(t.callId, t.state, t.approvedFen, t.orgId),
    index('projects_org_idx').on(t.orgId),
    index('projects_state_idx').on(t.state),
    index('projects_search_grams_idx').using('gin', t.searchGrams),
    uniqueIndex('projects_application_no_unique').on(t.applicationNo),
    uniqueIndex('projects_code_unique').on(t.code),
    index('projects_leader_idx').on(t.leaderPersonId),
    index('projects_team_idx').using('gin', t.teamPersonIds),
  ],
);

/** 编号序列: the last serial a number rule handed out for one prefix; it only goes up, so numbers are never reused. */
export const numberSequences = pgTable('number_sequences', {
  prefix: text('prefix').primaryKey(),
  last: integer('last').notNull(),
});

/** Every submission of an application as it was sent, for 版本比对 and the checksum a stamped copy carries. */
export const applicationVersions = pgTable(
  'application_versions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    /** 1 for the first submission, 2 for the resubmission after a return … */
    seq: integer('seq').notNull(),
    content: jsonb('content').notNull(),
    checksum: text('checksum').notNull(),
    submittedBy: integer('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('application_versions_seq_unique').on(t.projectId, t.seq)],
);

/**
 * 查重 fingerprint of a submitted application: a MinHash signature of its text's character shingles, and the
 * signature's bands hashed, so candidates among a million applications are found through one GIN probe.
 */
export const applicationFingerprints = pgTable(
  'application_fingerprints',
  {
    projectId: integer('project_id')
      .primaryKey()
      .references(() => projects.id),
    year: integer('year').notNull(),
    signature: integer('signature').array().notNull(),
    bands: bigint('bands', { mode: 'number' }).array().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('application_fingerprints_bands_idx').using('gin', t.bands),
    index('application_fingerprints_year_idx').on(t.year),
  ],
);

export const duplicateKind = pgEnum('duplicate_kind', ['similar', 'same_leader', 'same_member']);
export const duplicateJudgement = pgEnum('duplicate_judgement', ['not_duplicate', 'duplicate', 'multiple_allowed']);

/** 查重结果: a similar application, or a person in two applications of one year (多头申报), and staff's judgement. */
export const duplicateFlags = pgTable(
  'duplicate_flags',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    otherProjectId: integer('other_project_id')
      .notNull()
      .references(() => projects.id),
    kind: duplicateKind('kind').notNull(),
    /** ‰ of the text the two have in common (similar); 1000 for a shared person. */
    similarityPermille: integer('similarity_permille').notNull(),
    details: jsonb('details').notNull(),
    judgement: duplicateJudgement('judgement'),
    judgementNote: text('judgement_note'),
    judgedBy: integer('judged_by').references(() => users.id),
    judgedAt: timestamp('judged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('duplicate_flags_pair_unique').on(t.projectId, t.otherProjectId, t.kind),
    index('duplicate_flags_other_idx').on(t.otherProjectId),
  ],
);

/** The history of a project: every transition, who, when, with comment and data. */
export const projectEvents = pgTable(
  'project_events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    action: text('action').notNull(),
    fromState: projectState('from_state'),
    toState: projectState('to_state').notNull(),
    actorId: integer('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    comment: text('comment'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_events_project_idx').on(t.projectId)],
);

/** 专家评审: an expert assigned to a project, and their scores once given. */
export const reviewAssignments = pgTable(
  'review_assignments',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    expertId: integer('expert_id')
      .notNull()
      .references(() => users.id),
    scores: jsonb('scores'),
    totalScore: integer('total_score'),
    comment: text('comment'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    /** The day by which the expert scores (the draw's deadline). */
    dueOn: date('due_on', { mode: 'string' }),
    /** The draw that put the expert here, when drawn from the pool. */
    drawId: integer('draw_id'),
    /** 谢绝: the expert declined the review, with the reason; staff replace them. */
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    /** When the expert was reminded that the deadline is near (once). */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.expertId] }), index('review_assignments_expert_idx').on(t.expertId)],
);

/** 申报附件: a file uploaded for one of the call's required attachments; bytes in storage under the SHA-256. */
export const projectAttachments = pgTable(
  'project_attachments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    attachmentKey: text('attachment_key').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mediaType: text('media_type').notNull(),
    originalName: text('original_name').notNull(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
    /** For the stamped 申报书 (盖章件): the checksum of the application current when it was uploaded. */
    checksum: text('checksum'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_attachments_project_idx').on(t.projectId)],
);

export const integrityKind = pgEnum('integrity_kind', ['failed_acceptance', 'terminated_for_cause', 'misconduct']);

/** 科研诚信记录: a failed acceptance, a termination for cause, or a finding of misconduct, against an organisation (and person). */
export const integrityRecords = pgTable(
  'integrity_records',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    personId: integer('person_id').references(() => people.id),
    projectId: integer('project_id').references(() => projects.id),
    kind: integrityKind('kind').notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('integrity_records_org_idx').on(t.orgId)],
);

/** 经费来源: superior allocation (上级拨款), local appropriation (本级财政拨款), self-raised (自筹). */
export const fundingSource = pgEnum('funding_source', ['superior', 'local', 'self_raised']);

/** 经费拨付: a tranche paid to (or raised by) a project; amounts in fen. */
export const projectFundings = pgTable(
  'project_fundings',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    source: fundingSource('source').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    paidOn: date('paid_on').notNull(),
    docNo: text('doc_no'),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('project_fundings_project_idx').on(t.projectId)],
);

/**
 * 专家库: an expert's profile beside the account — fields, title, specialty, availability, and conflicts the
 * expert has declared (organisations they must not review).
 */
export const expertProfiles = pgTable('expert_profiles', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
  title: text('title'),
  specialty: text('specialty'),
  /** Not drawn while unavailable (abroad, ill, on leave) until the day given, or at all without one. */
  available: boolean('available').notNull().default(true),
  unavailableUntil: date('unavailable_until', { mode: 'string' }),
  /** 申报回避: organisations the expert declared a conflict with (employer of a relative, a partner, …). */
  conflictOrgIds: integer('conflict_org_ids').array().notNull().default(sql`'{}'::integer[]`),
  ...editable,
});

/**
 * 随机抽取: one draw of a review panel for a call — the field and size asked, the seed, every candidate and
 * every expert left out with the reason (回避), and who was drawn; or one replacement, naming whom it replaced
 * and why. Kept whole for the audit: the same seed over the same candidates draws the same panel.
 */
export const expertDraws = pgTable(
  'expert_draws',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    callId: integer('call_id')
      .notNull()
      .references(() => calls.id),
    /** panel (the first draw) or replacement. */
    kind: text('kind').notNull(),
    field: text('field'),
    size: integer('size').notNull(),
    seed: text('seed').notNull(),
    candidates: integer('candidates').array().notNull(),
    excluded: jsonb('excluded').notNull().default(sql`'[]'::jsonb`),
    drawn: integer('drawn').array().notNull(),
    replaces: integer('replaces').references(() => users.id),
    reason: text('reason'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    drawnBy: integer('drawn_by').references(() => users.id),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('expert_draws_call_idx').on(t.callId)],
);
