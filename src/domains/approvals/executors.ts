import type { DbOrTx } from '../../db/client.js';
import type { approvalRequests } from '../../db/schema/index.js';
import type { SessionUser } from '../../server/access.js';
import type { Actor } from '../audit/audit.service.js';
import { payApprovedBatch } from '../patents/batches.js';
import { transition } from '../projects/transitions.js';
import { actOnRound } from '../targets/assessments.js';
import { actOnLetter } from '../targets/letters.js';
import type { ApprovalKind } from './chains.js';

export interface Execution {
  request: typeof approvalRequests.$inferSelect;
  /** Who prepared the decision: it takes effect as theirs, within their scope. */
  requester: SessionUser;
  /** Who signed the last step. */
  approver: SessionUser;
  actor: Actor;
  comment: string | null;
}

/** What each kind of approval does when its last step is signed, inside the same transaction. */
export const executors: Record<ApprovalKind, { execute(tx: DbOrTx, e: Execution): Promise<unknown> }> = {
  project_decision: {
    execute: (tx, e) => {
      const p = e.request.payload as { action: 'approve' | 'reject'; comment: string | null; data: Record<string, unknown> | null };
      return transition(tx, e.requester, e.actor, e.request.entityId, { action: p.action, comment: p.comment ?? undefined, data: p.data ?? undefined }, { approvedBy: e.approver });
    },
  },
  subsidy_payment: {
    execute: (tx, e) => {
      const p = e.request.payload as { docNo: string; paidOn: string };
      return payApprovedBatch(tx, e.requester, e.actor, e.request.entityId, { docNo: p.docNo, paidOn: p.paidOn });
    },
  },
  letter_issue: {
    execute: (tx, e) => actOnLetter(tx, e.requester, e.actor, e.request.entityId, { action: 'issue' }, { approvedBy: e.approver }),
  },
  assessment_result: {
    execute: (tx, e) => {
      const p = e.request.payload as { noticeDocNo: string };
      return actOnRound(tx, e.approver, e.actor, e.request.entityId, { action: 'sign_off', noticeDocNo: p.noticeDocNo });
    },
  },
};
