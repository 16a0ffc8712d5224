import type { DbOrTx } from '../../db/client.js';
import type { approvalRequests } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import type { Actor } from '../audit/audit.service.js';
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

/** What a kind of approval does when its last step is signed, inside the same transaction. */
export type ApprovalExecutor = (tx: DbOrTx, e: Execution) => Promise<unknown>;

const executors = new Map<ApprovalKind, ApprovalExecutor>();

/**
 * The domain that asks for an approval says what its signing does; the composition root wires each
 * kind once per process (src/server/reactions.ts), so this domain imports none of those it serves.
 */
export function executeApprovals(kind: ApprovalKind, executor: ApprovalExecutor): void {
  executors.set(kind, executor);
}

export function executorOf(kind: ApprovalKind): ApprovalExecutor {
  const executor = executors.get(kind);
  // Only a wiring mistake gets here: every kind is wired at start-up, and a test covers each.
  if (!executor) throw new Error(`no executor is wired for approvals of kind ${kind}`);
  return executor;
}
