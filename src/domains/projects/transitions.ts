import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { requestApproval } from '../approvals/requests.js';
import { callQuotas, calls, orgs, projectEvents, projects, reviewAssignments } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError, type Language } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { problemsOfZodError } from '../../server/zod-problems.js';
import { yuanToFen } from '../../shared/money.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { notify } from '../notifications/notifications.service.js';
import { getCall } from '../programs/programs.service.js';
import { executionAttachments, missingAttachments } from './attachments.js';
import { projectCodeFor, recordSubmission, stampedCopyProblems, submissionProblems } from './submission.js';
import { checkDuplicates } from './duplicates.js';
import { recordIntegrity } from './integrity.js';
import { projectApproved } from './reactions.js';
import { findProject, type ProjectRow } from './projects.service.js';
import type { TransitionBody } from './schema.js';
import {
  destination,
  type ProjectAction,
  projectActions,
  recommendedStates,
  rowsFor,
  type TransitionContext,
  transitions as workflow,
} from './workflow.js';
import * as clock from '../../shared/clock.js';
import { yuan } from '../../shared/schemas.js';
import type { ApprovalExecutor } from '../approvals/executors.js';

/** Beyond the role: staff act on their own section's programs (scope already limits applicants and liaisons). */
function actsFor(row: ProjectRow, user: SessionUser): boolean {
  return user.role !== 'staff' || row.program.sectionCode === user.sectionCode;
}

const contextOf = (row: ProjectRow, resultApproved?: boolean): TransitionContext => ({
  expertReview: row.expertReview,
  level: row.program.level,
  resultApproved,
});

/** The actions this caller may take on this project now. */
export function availableActions(row: ProjectRow, user: SessionUser): ProjectAction[] {
  if (!actsFor(row, user)) return [];
  return projectActions.filter((action) => rowsFor(row.state, action, contextOf(row)).some((t) => t.by === user.role));
}

const decision = z.object({
  docNo: z.string().trim().max(60).optional(),
  planType: z.string().trim().max(30).optional(),
});
const actionData = {
  approve: decision.extend({ funding: yuan }),
  record_result: decision.extend({ approved: z.boolean(), funding: yuan.optional() }),
  midterm_check: z.object({
    result: z.string().trim().min(1).max(30),
    comment: z.string().trim().max(2000).optional(),
  }),
  terminate: z.object({ forCause: z.boolean().default(false) }),
} as const;

function parseData<A extends keyof typeof actionData>(action: A, data: unknown): z.infer<(typeof actionData)[A]> {
  const parsed = actionData[action].safeParse(data ?? {});
  if (!parsed.success) {
    throw AppError.invalidFields(problemsOfZodError(parsed.error, ['body', 'data'], data));
  }
  return parsed.data as z.infer<(typeof actionData)[A]>;
}

function fen(value: number | string, field: string): number {
  const result = yuanToFen(value);
  if (result === undefined) throw AppError.invalid(`body.data.${field}`, 'money');
  return result;
}

/** 属地推荐名额: the call's quota for the organisation's jurisdiction, counted under a lock so two liaisons cannot both take the last place. */
async function assertQuota(tx: DbOrTx, row: ProjectRow): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7420010, hashtext(${`${row.callId}:${row.jurisdictionCode}`}))`);
  const [own] = await tx
    .select({ quota: callQuotas.quota })
    .from(callQuotas)
    .where(and(eq(callQuotas.callId, row.callId), eq(callQuotas.jurisdictionCode, row.jurisdictionCode)));
  const [call] = await tx.select({ defaultQuota: calls.defaultQuota }).from(calls).where(eq(calls.id, row.callId));
  const quota = own?.quota ?? call?.defaultQuota ?? null;
  if (quota === null) return;
  const [used] = await tx
    .select({ n: count() })
    .from(projects)
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    .where(
      and(
        eq(projects.callId, row.callId),
        eq(orgs.jurisdictionCode, row.jurisdictionCode),
        inArray(projects.state, [...recommendedStates]),
      ),
    );
  if ((used?.n ?? 0) >= quota)
    throw new AppError('QUOTA_EXCEEDED', { params: { quota }, details: { quota, used: used?.n ?? 0 } });
}

async function assertReviewsComplete(tx: DbOrTx, projectId: number): Promise<void> {
  const [all] = await tx
    .select({ n: count() })
    .from(reviewAssignments)
    .where(eq(reviewAssignments.projectId, projectId));
  const [open] = await tx
    .select({ n: count() })
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.projectId, projectId), isNull(reviewAssignments.scoredAt)));
  if (!all?.n || open?.n)
    throw new AppError('REVIEWS_INCOMPLETE', { details: { assigned: all?.n ?? 0, waiting: open?.n ?? 0 } });
}

/**
 * Moves a project by the transition table, in one transaction with the row locked: a concurrent second
 * action finds the new state and gets 409. The event, the audit entry and the change commit together.
 */
export async function transition(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: TransitionBody,
  o: { approvedBy?: SessionUser } = {},
): Promise<{ pendingApproval?: number }> {
  return db.transaction(async (tx) => {
    const row = await findProject(tx, user, id, { lock: true });
    if (body.version !== undefined && body.version !== row.version) throw new AppError('STALE_VERSION');
    const result = body.action === 'record_result' ? parseData('record_result', body.data) : undefined;
    const context = contextOf(row, result?.approved);
    const rows = rowsFor(row.state, body.action, context);
    if (!rows.length)
      throw refusal('project', row.state, body.action, {
        allowedFrom: workflow.filter((t) => t.action === body.action).flatMap((t) => t.from),
      });
    const rule = rows.find((t) => t.by === user.role);
    if (!rule || !actsFor(row, user)) throw new AppError('FORBIDDEN');

    const changes: Partial<typeof projects.$inferInsert> = {};
    let data: Record<string, unknown> | undefined = body.data;
    switch (body.action) {
      case 'submit': {
        const call = await getCall(tx, row.callId);
        if (row.state === 'draft' && call.status !== 'open') throw new AppError('CALL_CLOSED');
        const problems = await submissionProblems(tx, row, call);
        if (problems.length) throw new AppError('VALIDATION', { details: problems });
        Object.assign(changes, await recordSubmission(tx, user, row, call));
        await checkDuplicates(tx, row, call.year);
        changes.submittedAt = clock.now();
        break;
      }
      case 'recommend':
      case 'pass_formal_review': {
        const call = await getCall(tx, row.callId);
        const missing = await stampedCopyProblems(tx, row, call.applicationTemplate, body.action);
        if (missing.length) throw new AppError('VALIDATION', { details: missing });
        if (body.action === 'recommend') await assertQuota(tx, row);
        break;
      }
      case 'request_acceptance': {
        const missing = await missingAttachments(
          tx,
          row.id,
          executionAttachments.filter((a) => a.required),
        );
        if (missing.length) throw new AppError('VALIDATION', { details: missing });
        break;
      }
      case 'finish_review':
        await assertReviewsComplete(tx, row.id);
        break;
      case 'approve': {
        const d = parseData('approve', body.data);
        Object.assign(changes, {
          approvedFen: fen(d.funding, 'funding'),
          docNo: d.docNo ?? null,
          planType: d.planType ?? null,
          decidedAt: clock.now(),
        });
        data = d;
        break;
      }
      case 'record_result': {
        if (result!.approved && result!.funding === undefined) {
          throw AppError.invalid('body.data.funding', 'funding_required');
        }
        Object.assign(changes, {
          approvedFen: result!.approved ? fen(result!.funding!, 'funding') : null,
          docNo: result!.docNo ?? null,
          planType: result!.planType ?? null,
          decidedAt: clock.now(),
        });
        data = result;
        break;
      }
      case 'reject':
        changes.decidedAt = clock.now();
        break;
      case 'midterm_check':
        data = parseData('midterm_check', body.data);
        break;
      case 'fail_acceptance':
        await recordIntegrity(tx, actor, {
          orgId: row.orgId,
          personId: row.personId,
          projectId: row.id,
          kind: 'failed_acceptance',
          note: body.comment,
          recordedBy: user.id,
        });
        break;
      case 'terminate': {
        const d = parseData('terminate', body.data);
        if (d.forCause) {
          await recordIntegrity(tx, actor, {
            orgId: row.orgId,
            personId: row.personId,
            projectId: row.id,
            kind: 'terminated_for_cause',
            note: body.comment,
            recordedBy: user.id,
          });
        }
        data = d;
        break;
      }
      default:
        break;
    }

    // 局审定 is the director's: the clerk's decision goes to its approval chain and takes effect when approved.
    if (decisionActions.has(body.action) && !o.approvedBy) {
      const request = await requestApproval(tx, user, actor, {
        kind: 'project_decision',
        entityType: 'project',
        entityId: id,
        sectionCode: row.program.sectionCode,
        title: row.title,
        payload: { action: body.action, comment: body.comment ?? null, data: data ?? null, org: row.orgName ?? null },
      });
      await recordAudit(tx, actor, {
        action: `project.${body.action}_requested`,
        entityType: 'project',
        entityId: id,
        after: { approvalId: request.id, data: data ?? null },
      });
      return { pendingApproval: request.id };
    }
    if (o.approvedBy) data = { ...(data ?? {}), approvedBy: o.approvedBy.displayName };
    const to = destination(rule, context);
    if (to === 'approved' && row.state !== 'approved')
      changes.code = await projectCodeFor(tx, row, await getCall(tx, row.callId));
    if (to === 'approved' && row.state !== 'approved') {
      const docNo = (changes.docNo as string | null | undefined) ?? row.docNo;
      await projectApproved(tx, actor, {
        ...row,
        level: row.program.level,
        category: row.program.category,
        docNo,
        decidedAt: changes.decidedAt ?? clock.now(),
      });
    }
    await tx
      .update(projects)
      .set({ ...changes, state: to, updatedAt: sql`now()`, version: sql`${projects.version} + 1` })
      .where(eq(projects.id, id));
    await tx.insert(projectEvents).values({
      projectId: id,
      action: body.action,
      fromState: row.state,
      toState: to,
      actorId: user.id,
      actorName: user.displayName,
      actorRole: user.role,
      comment: body.comment ?? null,
      data: data ?? null,
    });
    // 通知申报单位: every step of its application, with the comment that came with it.
    await notify(
      tx,
      { orgId: row.orgId },
      {
        kind: 'project.transition',
        projectId: id,
        params: { title: row.title, action: body.action, toState: to, comment: body.comment ?? null },
      },
      user.id,
    );
    await recordAudit(tx, actor, {
      action: `project.${body.action}`,
      entityType: 'project',
      entityId: id,
      before: { state: row.state, version: row.version },
      after: { state: to, version: row.version + 1, comment: body.comment ?? null, data: data ?? null },
    });
    return {};
  });
}

/** The decisions (局审定) the rules reserve to the director's approval. */
const decisionActions = new Set<ProjectAction>(['approve', 'reject']);

/** 批量办理: one transaction per project, so one refusal (quota, state) does not undo the others. */
export async function bulkTransition(
  db: Db,
  user: SessionUser,
  actor: Actor,
  body: { ids: number[]; action: TransitionBody['action']; comment?: string; data?: Record<string, unknown> },
  language: Language,
) {
  const results: { id: number; ok: boolean; code?: string; message?: string }[] = [];
  for (const id of [...new Set(body.ids)]) {
    try {
      await transition(db, user, actor, id, { action: body.action, comment: body.comment, data: body.data });
      results.push({ id, ok: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, code: error.code, message: error.messageIn(language) });
    }
  }
  return results;
}

/** 局审定 signed by the director: the clerk's prepared decision takes effect as theirs. */
export const executeProjectDecision: ApprovalExecutor = (tx, e) => {
  const p = e.request.payload as {
    action: 'approve' | 'reject';
    comment: string | null;
    data: Record<string, unknown> | null;
  };
  return transition(
    tx,
    e.requester,
    e.actor,
    e.request.entityId,
    { action: p.action, comment: p.comment ?? undefined, data: p.data ?? undefined },
    { approvedBy: e.approver },
  );
};
