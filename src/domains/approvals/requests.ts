import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { type ApprovalStep, approvalDecisions, approvalRequests, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import * as clock from '../../shared/clock.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { notify } from '../notifications/notifications.service.js';
import { type ApprovalKind, approvalKinds, chainOf } from './chains.js';
import { paging } from '../../shared/schemas.js';

export interface ApprovalDraft {
  kind: ApprovalKind;
  entityType: string;
  entityId: number;
  sectionCode: string | null;
  /** What the director reads in the list: 立项审定：某项目, 拨付：某批次. */
  title: string;
  payload: Record<string, unknown>;
}

/** Who may sign a step: a leader, or (for a staff step) another member of the section that prepared it. */
export function mayDecide(
  user: SessionUser,
  step: ApprovalStep | undefined,
  request: { sectionCode: string | null; requestedBy: number },
): boolean {
  if (!step || user.role !== step.role) return false;
  return step.role === 'leader' || (user.sectionCode === request.sectionCode && user.id !== request.requestedBy);
}

/** Tells whoever signs the step now that it waits for them. */
export async function notifyStep(
  tx: DbOrTx,
  request: {
    id: number;
    kind: string;
    title: string;
    sectionCode: string | null;
    steps: ApprovalStep[];
    step: number;
    dueOn: string | null;
    requestedBy: number;
  },
) {
  const step = request.steps[request.step]!;
  const params = { approvalId: request.id, kind: request.kind, title: request.title, dueOn: request.dueOn };
  await notify(
    tx,
    step.role === 'leader' ? { role: 'leader' } : { sectionCode: request.sectionCode ?? '' },
    { kind: 'approval.requested', params },
    request.requestedBy,
  );
}

/**
 * 报批: a prepared decision goes to its chain instead of taking effect. One request per thing at a time;
 * the step's signatories are told, with the deadline.
 */
export async function requestApproval(tx: DbOrTx, user: SessionUser, actor: Actor, draft: ApprovalDraft) {
  const steps = await chainOf(tx, draft.kind);
  const dueOn = clock.addDays(clock.today(), steps[0]!.days);
  const [row] = await tx
    .insert(approvalRequests)
    .values({ ...draft, steps, step: 0, status: 'pending', dueOn, requestedBy: user.id, requestedAt: clock.now() })
    .returning()
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? new AppError('APPROVAL_PENDING') : error;
    });
  await notifyStep(tx, row!);
  await recordAudit(tx, actor, {
    action: 'approval.request',
    entityType: 'approval',
    entityId: row!.id,
    after: { kind: draft.kind, entityType: draft.entityType, entityId: draft.entityId, payload: draft.payload },
  });
  return row!;
}

/** The request now waiting on a thing, if any. */
export async function pendingApproval(db: DbOrTx, kind: ApprovalKind, entityId: number) {
  const [row] = await db
    .select({
      id: approvalRequests.id,
      step: approvalRequests.step,
      steps: approvalRequests.steps,
      dueOn: approvalRequests.dueOn,
      requestedAt: approvalRequests.requestedAt,
      payload: approvalRequests.payload,
    })
    .from(approvalRequests)
    .where(
      and(
        eq(approvalRequests.kind, kind),
        eq(approvalRequests.entityId, entityId),
        eq(approvalRequests.status, 'pending'),
      ),
    );
  return row ?? null;
}

export const approvalListQuery = z.object({
  status: z.enum(['pending', 'approved', 'refused', 'withdrawn']).optional(),
  kind: z.enum(approvalKinds).optional(),
  /** waiting: those whose current step the caller signs; mine: those the caller asked for. */
  scope: z.enum(['waiting', 'mine', 'all']).default('all'),
  ...paging(),
});

/** What waits on the caller: a leader's steps, or a staff step of the caller's section they did not prepare. */
export function waitingOn(user: SessionUser): SQL {
  const step = sql`(${approvalRequests.steps} -> ${approvalRequests.step})`;
  if (user.role === 'leader') return and(eq(approvalRequests.status, 'pending'), sql`${step} ->> 'role' = 'leader'`)!;
  return and(
    eq(approvalRequests.status, 'pending'),
    sql`${step} ->> 'role' = 'staff'`,
    eq(approvalRequests.sectionCode, user.sectionCode ?? ''),
    sql`${approvalRequests.requestedBy} <> ${user.id}`,
  )!;
}

export async function listApprovals(db: DbOrTx, user: SessionUser, q: z.infer<typeof approvalListQuery>) {
  const where = and(
    q.scope === 'waiting'
      ? waitingOn(user)
      : q.scope === 'mine'
        ? eq(approvalRequests.requestedBy, user.id)
        : undefined,
    q.status ? eq(approvalRequests.status, q.status) : undefined,
    q.kind ? eq(approvalRequests.kind, q.kind) : undefined,
  );
  const rows = await db
    .select({ request: approvalRequests, requester: users.displayName })
    .from(approvalRequests)
    .innerJoin(users, eq(users.id, approvalRequests.requestedBy))
    .where(where)
    .orderBy(sql`${approvalRequests.status} = 'pending' DESC`, asc(approvalRequests.dueOn), desc(approvalRequests.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(approvalRequests).where(where);
  return { items: rows.map(({ request, requester }) => present(user, request, requester)), total: total?.n ?? 0 };
}

function present(user: SessionUser, r: typeof approvalRequests.$inferSelect, requester: string) {
  const step = r.status === 'pending' ? r.steps[r.step] : undefined;
  return {
    id: r.id,
    kind: r.kind,
    entityType: r.entityType,
    entityId: r.entityId,
    title: r.title,
    payload: r.payload,
    steps: r.steps,
    step: r.step,
    status: r.status,
    dueOn: r.dueOn,
    overdue: r.status === 'pending' && r.dueOn !== null && r.dueOn < clock.today(),
    requestedBy: r.requestedBy,
    requester,
    requestedAt: r.requestedAt,
    decidedAt: r.decidedAt,
    mine: mayDecide(user, step, r),
    version: r.version,
  };
}

/** Staff and leaders see every request; they are the bureau's own decisions. */
export async function findApproval(db: DbOrTx, user: SessionUser, id: number) {
  const [row] = await db
    .select({ request: approvalRequests, requester: users.displayName })
    .from(approvalRequests)
    .innerJoin(users, eq(users.id, approvalRequests.requestedBy))
    .where(eq(approvalRequests.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  const decisions = await db
    .select({
      step: approvalDecisions.step,
      decision: approvalDecisions.decision,
      comment: approvalDecisions.comment,
      decidedAt: approvalDecisions.decidedAt,
      by: users.displayName,
    })
    .from(approvalDecisions)
    .innerJoin(users, eq(users.id, approvalDecisions.decidedBy))
    .where(eq(approvalDecisions.requestId, id))
    .orderBy(asc(approvalDecisions.id));
  return { ...present(user, row.request, row.requester), decisions };
}

/** 撤回: the one who asked takes a request back while it waits. */
export async function withdrawApproval(db: DbOrTx, user: SessionUser, actor: Actor, id: number) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, id)).for('update');
    if (!row) throw new AppError('NOT_FOUND');
    if (row.requestedBy !== user.id) throw new AppError('FORBIDDEN');
    if (row.status !== 'pending') throw new AppError('APPROVAL_DECIDED');
    await tx
      .update(approvalRequests)
      .set({
        status: 'withdrawn',
        decidedAt: clock.now(),
        updatedAt: sql`now()`,
        version: sql`${approvalRequests.version} + 1`,
      })
      .where(eq(approvalRequests.id, id));
    await recordAudit(tx, actor, {
      action: 'approval.withdraw',
      entityType: 'approval',
      entityId: id,
      before: { status: 'pending' },
      after: { status: 'withdrawn' },
    });
  });
}

/** The to-do items: how many wait on the caller, and how many of those are past their deadline. */
export async function approvalTodos(
  db: DbOrTx,
  user: SessionUser,
): Promise<{ kind: 'approvals' | 'approvals_overdue'; count: number }[]> {
  if (user.role !== 'leader' && user.role !== 'staff') return [];
  const [row] = await db
    .select({
      waiting: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${approvalRequests.dueOn} < ${clock.today()})::int`,
    })
    .from(approvalRequests)
    .where(waitingOn(user));
  return [
    ...(row?.waiting ? [{ kind: 'approvals' as const, count: row.waiting }] : []),
    ...(row?.overdue ? [{ kind: 'approvals_overdue' as const, count: row.overdue }] : []),
  ];
}

/** A leader deciding directly what was also put up for approval closes the request, their decision recorded on it. */
export async function closeByLeader(tx: DbOrTx, user: SessionUser, kind: ApprovalKind, entityId: number) {
  const [row] = await tx
    .update(approvalRequests)
    .set({
      status: 'approved',
      decidedAt: clock.now(),
      updatedAt: sql`now()`,
      version: sql`${approvalRequests.version} + 1`,
    })
    .where(
      and(
        eq(approvalRequests.kind, kind),
        eq(approvalRequests.entityId, entityId),
        eq(approvalRequests.status, 'pending'),
      ),
    )
    .returning({ id: approvalRequests.id, step: approvalRequests.step });
  if (row)
    await tx
      .insert(approvalDecisions)
      .values({ requestId: row.id, step: row.step, decision: 'approve', decidedBy: user.id, decidedAt: clock.now() });
}
