import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../audit/audit.service.js';

/** A project at the moment it is approved (立项 or 认定), as a reaction in another domain sees it. */
export interface ApprovedProject {
  id: number;
  title: string;
  orgId: number;
  jurisdictionCode: string;
  level: string;
  /** The programme's category: `platform` for a recognition (载体认定). */
  category: string;
  formData: unknown;
  docNo: string | null;
  decidedAt: Date;
}

export type ApprovalReaction = (tx: DbOrTx, actor: Actor, project: ApprovedProject) => Promise<void>;

const onApproval = new Set<ApprovalReaction>();

/**
 * Lets another domain act on an approval inside the approval's own transaction (an approved recognition
 * becomes a platform record), without this domain knowing it: the composition root wires each reaction
 * once per process (src/server/reactions.ts). A reaction that throws undoes the approval.
 */
export function reactToApprovals(reaction: ApprovalReaction): void {
  onApproval.add(reaction);
}

export async function projectApproved(tx: DbOrTx, actor: Actor, project: ApprovedProject): Promise<void> {
  for (const reaction of onApproval) await reaction(tx, actor, project);
}
