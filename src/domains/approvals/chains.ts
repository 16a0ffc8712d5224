import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { type ApprovalStep, approvalChains } from '../../db/tables/index.js';
import { zodProblem } from '../../server/problems.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';

/** The decisions the rules reserve to the director: 立项审定, 资助拨付, 责任状下达, 考核结果签发. */
export const approvalKinds = ['project_decision', 'subsidy_payment', 'letter_issue', 'assessment_result'] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

const defaultSteps: ApprovalStep[] = [{ role: 'leader', days: 3 }];

export const chainBody = z.object({
  steps: z
    .array(z.object({ role: z.enum(['staff', 'leader']), days: z.number().int().min(1).max(30) }))
    .min(1)
    .max(4)
    // Whatever comes before, a leader signs last: nothing reserved to the director ends with a clerk.
    .superRefine((steps, ctx) => {
      if (steps.at(-1)?.role !== 'leader')
        ctx.addIssue(zodProblem('chain_ends_with_leader', [steps.length - 1, 'role']));
    }),
});

export async function chainOf(db: DbOrTx, kind: ApprovalKind): Promise<ApprovalStep[]> {
  const [row] = await db
    .select({ steps: approvalChains.steps })
    .from(approvalChains)
    .where(eq(approvalChains.kind, kind));
  return row?.steps.length ? row.steps : defaultSteps;
}

export async function listChains(db: DbOrTx) {
  const rows = await db.select().from(approvalChains);
  return {
    items: approvalKinds.map((kind) => ({
      kind,
      steps: rows.find((r) => r.kind === kind)?.steps ?? defaultSteps,
      updatedAt: rows.find((r) => r.kind === kind)?.updatedAt ?? null,
    })),
  };
}

/** Requests already on their way keep the chain they started with. */
export async function setChain(db: DbOrTx, actor: Actor, kind: ApprovalKind, body: z.infer<typeof chainBody>) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(approvalChains).where(eq(approvalChains.kind, kind)).for('update');
    await tx
      .insert(approvalChains)
      .values({ kind, steps: body.steps, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: approvalChains.kind,
        set: {
          steps: body.steps,
          updatedBy: actor.id,
          updatedAt: sql`now()`,
          version: sql`${approvalChains.version} + 1`,
        },
      });
    await recordAudit(tx, actor, {
      action: 'approval_chain.update',
      entityType: 'approval_chain',
      entityId: kind,
      before: before?.steps,
      after: { kind, steps: body.steps },
    });
  });
}
