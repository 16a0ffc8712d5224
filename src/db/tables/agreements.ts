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
import { projects } from './projects.js';
import { users } from './users.js';

/** 任务书: drafted by the applicant after approval, submitted, then signed by the section (or returned). */
export const agreementState = pgEnum('agreement_state', ['draft', 'submitted', 'signed']);

/**
 * 项目任务书: the agreement an approved project works under — period, leader, milestones, output
 * indicators, budget by source, and how often progress is reported. Once signed it changes only through
 * an approved change request, and every signed content is kept in task_agreement_versions.
 */
export const taskAgreements = pgTable('task_agreements', {
  projectId: integer('project_id')
    .primaryKey()
    .references(() => projects.id),
  state: agreementState('state').notNull().default('draft'),
  /** The signed content version in force (0 until first signed). */
  contentVersion: integer('content_version').notNull().default(0),
  content: jsonb('content').notNull(),
  returnComment: text('return_comment'),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  signedAt: timestamp('signed_at', { withTimezone: true }),
  signedBy: integer('signed_by').references(() => users.id),
  ...editable,
});

/** Every signed content of an agreement: version 1 at signing, one more for each approved change. */
export const taskAgreementVersions = pgTable(
  'task_agreement_versions',
  {
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    /** The change request that produced this version; null for the original signing. */
    changeRequestId: integer('change_request_id'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.version] })],
);

export const progressReportState = pgEnum('progress_report_state', ['due', 'submitted', 'accepted', 'returned']);

/** 进度报告: one per reporting period of a signed agreement, due some days after the period ends. */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    dueOn: date('due_on').notNull(),
    state: progressReportState('state').notNull().default('due'),
    /** What was done, milestone by milestone, problems and next steps. */
    content: jsonb('content'),
    /** Money spent so far, in fen. */
    spentFen: bigint('spent_fen', { mode: 'number' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
    /** When the applicant was reminded of the coming deadline, and when staff were told it passed. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    ...editable,
  },
  (t) => [
    uniqueIndex('progress_reports_period_unique').on(t.projectId, t.periodStart),
    index('progress_reports_due_idx').on(t.state, t.dueOn),
  ],
);

export const changeRequestState = pgEnum('change_request_state', ['pending', 'approved', 'refused', 'withdrawn']);

/** 项目变更申请: a change of leader, period or budget, proposed by the applicant against one agreement version. */
export const changeRequests = pgTable(
  'change_requests',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id),
    kinds: text('kinds').array().notNull(),
    /** The agreement version the proposal was made against; approving it on a newer version is refused. */
    baseVersion: integer('base_version').notNull(),
    /** The proposed values of the changed parts only. */
    proposed: jsonb('proposed').notNull(),
    reason: text('reason').notNull(),
    state: changeRequestState('state').notNull().default('pending'),
    requestedBy: integer('requested_by').references(() => users.id),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionComment: text('decision_comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('change_requests_project_idx').on(t.projectId),
    // One open request at a time: a second would be proposed against a version the first may replace.
    uniqueIndex('change_requests_one_pending').on(t.projectId).where(sql`state = 'pending'`),
  ],
);

/** 消息通知: what happened to something of mine, or what is about to fall due. */
export const notifications = pgTable(
  'notifications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    projectId: integer('project_id').references(() => projects.id),
    params: jsonb('params').notNull().default(sql`'{}'::jsonb`),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);
