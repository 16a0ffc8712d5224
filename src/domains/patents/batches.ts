import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import {
  orgs,
  patentSubsidyBatches,
  patentSubsidyClaims,
  patents,
  portalItems,
  portalMessages,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import * as clock from '../../shared/clock.js';
import { fenToYuan } from '../../shared/money.js';
import type { XlsxColumn } from '../../shared/xlsx.js';
import { pendingApproval, requestApproval } from '../approvals/requests.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { assertOwningSection } from './subsidies.js';
import type { ApprovalExecutor } from '../approvals/executors.js';

export const batchBody = z.object({
  title: z.string().trim().min(2).max(100),
  claimIds: z.array(z.number().int().positive()).min(1).max(2000),
});
export const paymentBody = z.object({
  // 拨付文号: the payment is made under a document, which the batch names.
  docNo: z.string().trim().min(1).max(60),
  paidOn: z.iso.date(),
});
export const excludeBody = z.object({
  claimId: z.number().int().positive(),
  reason: z.string().trim().min(2).max(500),
});

async function lockedBatch(tx: DbOrTx, id: number) {
  const [batch] = await tx.select().from(patentSubsidyBatches).where(eq(patentSubsidyBatches.id, id)).for('update');
  if (!batch) throw new AppError('NOT_FOUND');
  return batch;
}

async function batchClaims(tx: DbOrTx, id: number) {
  return tx
    .select()
    .from(patentSubsidyClaims)
    .where(eq(patentSubsidyClaims.batchId, id))
    .orderBy(asc(patentSubsidyClaims.id));
}

/**
 * 拟资助名单: approved claims listed together for publicity. Each claim is locked and must still be approved
 * and in no other batch, so two lists made at once cannot both take the same claim.
 */
export async function createBatch(db: DbOrTx, user: SessionUser, actor: Actor, body: z.infer<typeof batchBody>) {
  const ids = [...new Set(body.claimIds)];
  return db.transaction(async (tx) => {
    const claims = await tx
      .select()
      .from(patentSubsidyClaims)
      .where(inArray(patentSubsidyClaims.id, ids))
      .orderBy(asc(patentSubsidyClaims.id))
      .for('update');
    const stray = ids.findIndex((id) => {
      const claim = claims.find((c) => c.id === id);
      return claim?.state !== 'approved' || claim.batchId !== null;
    });
    if (stray >= 0) throw AppError.invalid(`body.claimIds.${stray}`, 'batch_claim_not_approved');
    await assertOwningSection(
      tx,
      user,
      claims.map((c) => c.year),
    );
    const totalFen = claims.reduce((sum, c) => sum + c.amountFen, 0);
    const [batch] = await tx
      .insert(patentSubsidyBatches)
      .values({ title: body.title, state: 'publicity', totalFen, createdBy: user.id })
      .returning();
    await tx
      .update(patentSubsidyClaims)
      .set({ batchId: batch!.id, updatedAt: sql`now()`, version: sql`${patentSubsidyClaims.version} + 1` })
      .where(inArray(patentSubsidyClaims.id, ids));
    await recordAudit(tx, actor, {
      action: 'subsidy.batch',
      entityType: 'patent_subsidy_batch',
      entityId: batch!.id,
      after: { ...batch, claimIds: ids },
    });
    return { id: batch!.id, state: 'publicity' as const, total: fenToYuan(totalFen), claims: ids.length };
  });
}

/** 异议成立: a claim comes off a list not yet paid, refused with the reason; the batch's total follows. */
export async function excludeClaim(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof excludeBody>,
) {
  await db.transaction(async (tx) => {
    const batch = await lockedBatch(tx, id);
    if (batch.state !== 'publicity') throw refusal('batch', batch.state, 'edit');
    const claims = await batchClaims(tx, id);
    const claim = claims.find((c) => c.id === body.claimId);
    if (!claim) throw AppError.invalid('body.claimId', 'claim_not_in_batch');
    await assertOwningSection(tx, user, [claim.year]);
    if (claims.length === 1) throw AppError.invalid('body.claimId', 'list_too_short', { minimum: 1 });
    await tx
      .update(patentSubsidyClaims)
      .set({
        state: 'refused',
        reason: body.reason,
        batchId: null,
        decidedBy: user.id,
        decidedAt: clock.now(),
        updatedAt: sql`now()`,
        version: sql`${patentSubsidyClaims.version} + 1`,
      })
      .where(eq(patentSubsidyClaims.id, claim.id));
    await tx
      .update(patentSubsidyBatches)
      .set({ totalFen: batch.totalFen - claim.amountFen })
      .where(eq(patentSubsidyBatches.id, id));
    await recordAudit(tx, actor, {
      action: 'subsidy.exclude',
      entityType: 'patent_subsidy_batch',
      entityId: id,
      before: { claimId: claim.id, state: claim.state },
      after: { state: 'refused', reason: body.reason },
    });
  });
}

/**
 * What a payment needs in its legal order: the list publicised (a published publicity item made from it),
 * the objection period over before the payment day, every objection answered; the day not in the future.
 */
async function assertPayable(tx: DbOrTx, batch: typeof patentSubsidyBatches.$inferSelect, paidOn: string) {
  if (batch.state !== 'publicity') throw refusal('batch', batch.state, 'pay');
  if (paidOn > clock.today()) throw AppError.invalid('body.paidOn', 'in_future', { today: clock.today() });
  const [item] = await tx
    .select({ id: portalItems.id, endsOn: portalItems.endsOn })
    .from(portalItems)
    .where(
      and(
        eq(portalItems.sourceKind, 'subsidy-batch'),
        eq(portalItems.sourceId, batch.id),
        eq(portalItems.state, 'published'),
      ),
    )
    .orderBy(desc(portalItems.endsOn))
    .limit(1);
  if (!item?.endsOn) throw new AppError('PUBLICITY_REQUIRED');
  if (item.endsOn >= clock.today()) throw new AppError('PUBLICITY_RUNNING', { params: { endsOn: item.endsOn } });
  if (paidOn <= item.endsOn)
    throw AppError.invalid('body.paidOn', 'paid_before_publicity_end', { endsOn: item.endsOn });
  const [open] = await tx
    .select({ n: count() })
    .from(portalMessages)
    .where(
      and(
        eq(portalMessages.itemId, item.id),
        eq(portalMessages.kind, 'objection'),
        ne(portalMessages.state, 'answered'),
      ),
    );
  if (open?.n) throw new AppError('OBJECTIONS_OPEN', { params: { count: open.n } });
}

/** 报请拨付: the clerk prepares the payment; it is made when the director approves (资助拨付 is theirs). */
export async function requestPayment(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof paymentBody>,
) {
  return db.transaction(async (tx) => {
    const batch = await lockedBatch(tx, id);
    await assertOwningSection(
      tx,
      user,
      (await batchClaims(tx, id)).map((c) => c.year),
    );
    await assertPayable(tx, batch, body.paidOn);
    const request = await requestApproval(tx, user, actor, {
      kind: 'subsidy_payment',
      entityType: 'patent_subsidy_batch',
      entityId: id,
      sectionCode: user.sectionCode,
      title: batch.title,
      payload: { ...body, total: fenToYuan(batch.totalFen) },
    });
    return { pendingApproval: request.id };
  });
}

/** 拨付, once approved: the batch and its claims are paid on the day and under the document the clerk gave. */
export async function payApprovedBatch(
  tx: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof paymentBody>,
) {
  const batch = await lockedBatch(tx, id);
  await assertPayable(tx, batch, body.paidOn);
  await tx
    .update(patentSubsidyBatches)
    .set({ state: 'paid', docNo: body.docNo, paidOn: body.paidOn })
    .where(eq(patentSubsidyBatches.id, id));
  await tx
    .update(patentSubsidyClaims)
    .set({ state: 'paid', updatedAt: sql`now()`, version: sql`${patentSubsidyClaims.version} + 1` })
    .where(and(eq(patentSubsidyClaims.batchId, id), eq(patentSubsidyClaims.state, 'approved')));
  await recordAudit(tx, actor, {
    action: 'subsidy.pay',
    entityType: 'patent_subsidy_batch',
    entityId: id,
    before: { state: batch.state },
    after: { state: 'paid', ...body, preparedBy: user.username },
  });
}

export async function listBatches(db: DbOrTx) {
  const rows = await db
    .select({ batch: patentSubsidyBatches, claims: count(patentSubsidyClaims.id) })
    .from(patentSubsidyBatches)
    .leftJoin(patentSubsidyClaims, eq(patentSubsidyClaims.batchId, patentSubsidyBatches.id))
    .groupBy(patentSubsidyBatches.id)
    .orderBy(sql`${patentSubsidyBatches.paidOn} DESC NULLS FIRST`, desc(patentSubsidyBatches.id));
  const publicity = rows.length
    ? await db
        .select({
          sourceId: portalItems.sourceId,
          id: portalItems.id,
          state: portalItems.state,
          startsOn: portalItems.startsOn,
          endsOn: portalItems.endsOn,
        })
        .from(portalItems)
        .where(
          and(
            eq(portalItems.sourceKind, 'subsidy-batch'),
            inArray(
              portalItems.sourceId,
              rows.map((r) => r.batch.id),
            ),
            ne(portalItems.state, 'withdrawn'),
          ),
        )
    : [];
  const pending = await Promise.all(
    rows.map((r) => (r.batch.state === 'publicity' ? pendingApproval(db, 'subsidy_payment', r.batch.id) : null)),
  );
  return rows.map(({ batch: { totalFen, ...b }, claims }, i) => {
    const item = publicity.find((p) => p.sourceId === b.id) ?? null;
    return {
      ...b,
      total: fenToYuan(totalFen),
      claims,
      publicity: item ? { id: item.id, state: item.state, startsOn: item.startsOn, endsOn: item.endsOn } : null,
      pendingApproval: pending[i]
        ? { id: pending[i]!.id, dueOn: pending[i]!.dueOn, payload: pending[i]!.payload }
        : null,
    };
  });
}

/** 拨付清单 for the finance office: each payee with its bank and account, the patent and the amount. */
export async function paymentRows(db: DbOrTx, id: number) {
  const [batch] = await db.select().from(patentSubsidyBatches).where(eq(patentSubsidyBatches.id, id));
  if (!batch) throw new AppError('NOT_FOUND');
  const rows = await db
    .select({
      org: orgs.name,
      uscc: orgs.uscc,
      bankName: orgs.bankName,
      bankAccount: orgs.bankAccount,
      number: patents.applicationNumber,
      title: patents.title,
      stage: patentSubsidyClaims.stage,
      fen: patentSubsidyClaims.amountFen,
    })
    .from(patentSubsidyClaims)
    .innerJoin(orgs, eq(orgs.id, patentSubsidyClaims.orgId))
    .innerJoin(patents, eq(patents.id, patentSubsidyClaims.patentId))
    .where(and(eq(patentSubsidyClaims.batchId, id), ne(patentSubsidyClaims.state, 'refused')))
    .orderBy(asc(orgs.name), asc(patents.applicationNumber));
  return { batch, rows };
}

type PaymentRow = Awaited<ReturnType<typeof paymentRows>>['rows'][number] & { index: number };

export function paymentColumns(): XlsxColumn<PaymentRow>[] {
  return [
    { header: '序号', width: 6, value: (r) => r.index },
    { header: '收款单位', width: 32, value: (r) => r.org },
    { header: '统一社会信用代码', width: 22, value: (r) => r.uscc },
    { header: '开户银行', width: 26, value: (r) => r.bankName ?? '（未登记）' },
    { header: '银行账号', width: 24, value: (r) => r.bankAccount ?? '（未登记）' },
    { header: '专利申请号', width: 18, value: (r) => r.number },
    { header: '专利名称', width: 36, value: (r) => r.title },
    { header: '资助阶段', width: 10, value: (r) => (r.stage === 'granted' ? '授权' : '申请') },
    { header: '金额（元）', width: 14, value: (r) => Number(fenToYuan(r.fen)) },
  ];
}

/** A payment approved up its chain: the batch is paid with the document number and day the request carried. */
export const executeSubsidyPayment: ApprovalExecutor = (tx, e) => {
  const p = e.request.payload as { docNo: string; paidOn: string };
  return payApprovedBatch(tx, e.requester, e.actor, e.request.entityId, { docNo: p.docNo, paidOn: p.paidOn });
};
