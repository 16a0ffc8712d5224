import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { editable } from './common.js';
import { users } from './users.js';

/** One step of an approval chain: who signs (a leader, or another member of the section), within how many days. */
export interface ApprovalStep {
  role: 'staff' | 'leader';
  days: number;
}

/**
 * 审批流程: for each kind of decision the rules reserve (立项审定, 资助拨付, 责任状下达, 考核结果签发), who
 * signs in which order and with what deadline. Set by the administrator; the last step is always a leader's.
 */
export const approvalChains = pgTable('approval_chains', {
  kind: text('kind').primaryKey(),
  steps: jsonb('steps').$type<ApprovalStep[]>().notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
  ...editable,
});

/**
 * 审批事项: a decision a clerk has prepared and the chain must approve before it takes effect — the project
 * decision, the payment, the letter or the result, with what it would do (payload). The chain is copied in
 * when requested, so a later change of the rules does not move a request already on its way.
 */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id').notNull(),
    /** The section whose staff prepared it (for a staff step: another member of it signs). */
    sectionCode: text('section_code'),
    title: text('title').notNull(),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    steps: jsonb('steps').$type<ApprovalStep[]>().notNull(),
    /** The step now waiting, counting from 0. */
    step: integer('step').notNull().default(0),
    /** pending → approved | refused | withdrawn. */
    status: text('status').notNull().default('pending'),
    dueOn: date('due_on', { mode: 'string' }),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...editable,
  },
  (t) => [
    uniqueIndex('approval_requests_one_pending').on(t.kind, t.entityId).where(sql`${t.status} = 'pending'`),
    index('approval_requests_status_idx').on(t.status, t.dueOn),
    check('approval_requests_status', sql`${t.status} IN ('pending', 'approved', 'refused', 'withdrawn')`),
  ],
);

/** 审批意见: each step's decision, by whom, when, with what comment. */
export const approvalDecisions = pgTable(
  'approval_decisions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => approvalRequests.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    decision: text('decision').notNull(),
    comment: text('comment'),
    decidedBy: integer('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('approval_decisions_request_idx').on(t.requestId),
    check('approval_decisions_decision', sql`${t.decision} IN ('approve', 'refuse')`),
  ],
);
