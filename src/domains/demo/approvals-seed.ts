import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { approvalDecisions, approvalRequests } from '../../db/schema/index.js';
import type { SessionUser } from '../../server/access.js';
import { beijingMoment } from '../../shared/clock.js';
import { decideApproval } from '../approvals/decide.js';
import { systemActor } from '../audit/audit.service.js';

/**
 * The director approves what a clerk put up, dated as it happened: asked for on `askedOn`, signed on
 * `signedOn` (the demo's past is made today, so its paperwork is dated back).
 */
export async function approveAsDirector(tx: DbOrTx, leader: SessionUser, requestId: number | undefined, o: { askedOn: string; signedOn: string; comment?: string }) {
  if (requestId === undefined) throw new Error('nothing was put up for approval');
  await decideApproval(tx, leader, { ...systemActor, id: leader.id, name: leader.username, role: leader.role }, requestId, { decision: 'approve', comment: o.comment ?? '同意。' });
  await tx.update(approvalRequests).set({ requestedAt: beijingMoment(o.askedOn, '09:30'), decidedAt: beijingMoment(o.signedOn, '16:00'), dueOn: null }).where(eq(approvalRequests.id, requestId));
  await tx.update(approvalDecisions).set({ decidedAt: beijingMoment(o.signedOn, '16:00') }).where(eq(approvalDecisions.requestId, requestId));
}
