import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { approvalDecisions, approvalRequests, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import * as clock from '../../shared/clock.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { notify } from '../notifications/notifications.service.js';
import type { ApprovalKind } from './chains.js';
import { executorOf } from './executors.js';
import { mayDecide, notifyStep } from './requests.js';
import { apiEn } from '../../shared/locales/api.en.js';
import { apiZhCN } from '../../shared/locales/api.zh-CN.js';
import { inBothLanguages } from '../../server/refusals.js';

export const decisionBody = z.object({
  decision: z.enum(['approve', 'refuse']),
  comment: z.string().trim().max(2000).optional(),
  version: z.number().int().positive().optional(),
});

/** Who signs a step, as a refusal names them. */
const stepWords = inBothLanguages(apiZhCN.approvalSteps, apiEn.approvalSteps);

/**
 * 审批: the signatory of the current step approves (on to the next step, or — at the last — the decision
 * takes effect, in the same transaction, as the clerk prepared it) or refuses with the reason. A step is
 * signed only by whom the chain names, in its order.
 */
export async function decideApproval(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof decisionBody>,
) {
  if (body.decision === 'refuse' && !body.comment) throw AppError.invalid('body.comment', 'reason_required');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(approvalRequests).where(eq(approvalRequests.id, id)).for('update');
    if (!row) throw new AppError('NOT_FOUND');
    if (row.status !== 'pending') throw new AppError('APPROVAL_DECIDED');
    if (body.version !== undefined && body.version !== row.version) throw new AppError('STALE_VERSION');
    const step = row.steps[row.step]!;
    if (!mayDecide(user, step, row)) {
      throw new AppError('NOT_YOUR_STEP', {
        params: { step: row.step + 1, who: stepWords[step.role] },
        details: { step: row.step, role: step.role },
      });
    }
    await tx.insert(approvalDecisions).values({
      requestId: id,
      step: row.step,
      decision: body.decision,
      comment: body.comment ?? null,
      decidedBy: user.id,
      decidedAt: clock.now(),
    });
    const last = row.step === row.steps.length - 1;
    const bump = { updatedAt: sql`now()`, version: sql`${approvalRequests.version} + 1` };
    let status: 'pending' | 'approved' | 'refused' = 'pending';
    if (body.decision === 'refuse') {
      status = 'refused';
      await tx
        .update(approvalRequests)
        .set({ status, decidedAt: clock.now(), ...bump })
        .where(eq(approvalRequests.id, id));
    } else if (!last) {
      const next = { ...row, step: row.step + 1, dueOn: clock.addDays(clock.today(), row.steps[row.step + 1]!.days) };
      await tx
        .update(approvalRequests)
        .set({ step: next.step, dueOn: next.dueOn, ...bump })
        .where(eq(approvalRequests.id, id));
      await notifyStep(tx, next);
    } else {
      status = 'approved';
      await tx
        .update(approvalRequests)
        .set({ status, decidedAt: clock.now(), ...bump })
        .where(eq(approvalRequests.id, id));
      // The decision takes effect as the clerk prepared it: their section and scope, checked again now.
      const [requester] = await tx.select().from(users).where(eq(users.id, row.requestedBy));
      const asRequester: SessionUser = {
        id: requester!.id,
        username: requester!.username,
        displayName: requester!.displayName,
        role: requester!.role,
        orgId: requester!.orgId,
        jurisdictionCode: requester!.jurisdictionCode,
        sectionCode: requester!.sectionCode,
      };
      await executorOf(row.kind as ApprovalKind)(tx, {
        request: row,
        requester: asRequester,
        approver: user,
        actor,
        comment: body.comment ?? null,
      });
    }
    if (status !== 'pending') {
      await notify(
        tx,
        { userIds: [row.requestedBy] },
        {
          kind: status === 'approved' ? 'approval.approved' : 'approval.refused',
          params: { approvalId: id, kind: row.kind, title: row.title, comment: body.comment ?? null },
        },
        user.id,
      );
    }
    await recordAudit(tx, actor, {
      action: `approval.${body.decision}`,
      entityType: 'approval',
      entityId: id,
      before: { status: row.status, step: row.step },
      after: { status, step: row.step, comment: body.comment ?? null },
    });
    return { status, step: status === 'pending' ? row.step + 1 : row.step };
  });
}
