import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/errors.js';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { orgs, patentSubsidyBatches, patentSubsidyClaims, patentSubsidyRates, patents } from '../../db/schema/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { fenToYuan, yuanToFen } from '../../shared/money.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { yuan } from '../projects/schema.js';
import { findPatent } from './patents.service.js';
import { patentTypes } from './schema.js';
import * as clock from '../../shared/clock.js';

export const subsidyStages = ['filed', 'granted'] as const;
export const claimStates = ['claimed', 'approved', 'refused', 'paid'] as const;

export const ratesBody = z.object({
  year: z.number().int().min(2000).max(2100),
  items: z.array(z.object({ type: z.enum(patentTypes), stage: z.enum(subsidyStages), amount: yuan })).min(1).max(6),
});
export const claimListQuery = z.object({
  state: z.enum(claimStates).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  batchId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type ClaimListQuery = z.infer<typeof claimListQuery>;


/** 资助标准 of a year: the amount for each type and stage (yuan, exact). */
export async function subsidyRates(db: Db, year: number) {
  const rows = await db.select().from(patentSubsidyRates).where(eq(patentSubsidyRates.year, year)).orderBy(asc(patentSubsidyRates.type), asc(patentSubsidyRates.stage));
  return rows.map((r) => ({ type: r.type, stage: r.stage, amount: fenToYuan(r.amountFen) }));
}

export async function setSubsidyRates(db: Db, actor: Actor, body: z.infer<typeof ratesBody>) {
  const values = body.items.map((item, i) => {
    const amountFen = yuanToFen(item.amount);
    if (amountFen === undefined) throw AppError.invalid(`body.items.${i}.amount`, 'money');
    return { year: body.year, type: item.type, stage: item.stage, amountFen };
  });
  await db.transaction(async (tx) => {
    const before = await tx.select().from(patentSubsidyRates).where(eq(patentSubsidyRates.year, body.year));
    await tx
      .insert(patentSubsidyRates)
      .values(values)
      .onConflictDoUpdate({ target: [patentSubsidyRates.year, patentSubsidyRates.type, patentSubsidyRates.stage], set: { amountFen: sql`excluded.amount_fen`, updatedAt: sql`now()` } });
    await recordAudit(tx, actor, { action: 'subsidy.rates', entityType: 'patent_subsidy_rates', entityId: body.year, before, after: values });
  });
  return subsidyRates(db, body.year);
}

function claimScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'applicant':
      return eq(patentSubsidyClaims.orgId, user.orgId ?? -1);
    case 'liaison':
      return eq(orgs.jurisdictionCode, user.jurisdictionCode ?? '');
    case 'staff':
    case 'leader':
      return undefined;
    default:
      return eq(patentSubsidyClaims.id, -1);
  }
}

const claimRow = {
  id: patentSubsidyClaims.id,
  patentId: patentSubsidyClaims.patentId,
  applicationNumber: patents.applicationNumber,
  patentTitle: patents.title,
  patentType: patents.type,
  stage: patentSubsidyClaims.stage,
  year: patentSubsidyClaims.year,
  amountFen: patentSubsidyClaims.amountFen,
  orgId: patentSubsidyClaims.orgId,
  orgName: orgs.name,
  state: patentSubsidyClaims.state,
  reason: patentSubsidyClaims.reason,
  batchId: patentSubsidyClaims.batchId,
  decidedAt: patentSubsidyClaims.decidedAt,
  createdAt: patentSubsidyClaims.createdAt,
  version: patentSubsidyClaims.version,
};

const present = <T extends { amountFen: number }>({ amountFen, ...r }: T) => ({ ...r, amount: fenToYuan(amountFen) });

function claimsQuery(db: Db, where: SQL | undefined) {
  return db
    .select(claimRow)
    .from(patentSubsidyClaims)
    .innerJoin(patents, eq(patents.id, patentSubsidyClaims.patentId))
    .innerJoin(orgs, eq(orgs.id, patentSubsidyClaims.orgId))
    .where(where);
}

function claimFilters(user: SessionUser, q: Partial<ClaimListQuery>) {
  return and(
    claimScope(user),
    q.state ? eq(patentSubsidyClaims.state, q.state) : undefined,
    q.year ? eq(patentSubsidyClaims.year, q.year) : undefined,
    q.orgId ? eq(patentSubsidyClaims.orgId, q.orgId) : undefined,
    q.batchId ? eq(patentSubsidyClaims.batchId, q.batchId) : undefined,
  );
}

export async function listClaims(db: Db, user: SessionUser, q: ClaimListQuery) {
  const where = claimFilters(user, q);
  const rows = await claimsQuery(db, where).orderBy(desc(patentSubsidyClaims.createdAt), desc(patentSubsidyClaims.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  const [total] = await db
    .select({ n: count(), fen: sql<number>`coalesce(sum(${patentSubsidyClaims.amountFen}), 0)`.mapWith(Number) })
    .from(patentSubsidyClaims)
    .innerJoin(orgs, eq(orgs.id, patentSubsidyClaims.orgId))
    .where(where);
  return { items: rows.map(present), total: total?.n ?? 0, amount: fenToYuan(total?.fen ?? 0) };
}

export async function findClaim(db: Db, user: SessionUser, id: number) {
  const [row] = await claimsQuery(db, and(eq(patentSubsidyClaims.id, id), claimScope(user)));
  if (!row) throw new AppError('NOT_FOUND');
  return present(row);
}

export async function claimsForExport(db: Db, user: SessionUser, q: ClaimListQuery) {
  return (await claimsQuery(db, claimFilters(user, q)).orderBy(desc(patentSubsidyClaims.createdAt)).limit(100_000)).map(present);
}

/**
 * 申请资助: for a patent of the caller's organisation (staff: any), at a stage it has reached, at the rate
 * of that stage's year. The database refuses a second claim of the same patent-stage unless the first
 * was refused — so nothing is ever paid twice, whatever the screens do.
 */
export async function claimSubsidy(db: Db, user: SessionUser, actor: Actor, body: { patentId: number; stage: (typeof subsidyStages)[number] }) {
  const patent = await findPatent(db, user, body.patentId);
  if (!patent.orgId) throw AppError.invalid('body.patentId', 'patent_without_org');
  const date = body.stage === 'filed' ? patent.filedOn : patent.grantedOn;
  if (!date) throw AppError.invalid('body.stage', 'not_granted');
  const year = Number(date.slice(0, 4));
  const [rate] = await db
    .select()
    .from(patentSubsidyRates)
    .where(and(eq(patentSubsidyRates.year, year), eq(patentSubsidyRates.type, patent.type), eq(patentSubsidyRates.stage, body.stage)));
  if (!rate) throw AppError.invalid('body.stage', 'no_rate_for_year', { year });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patentSubsidyClaims)
      .values({ patentId: patent.id, stage: body.stage, year, amountFen: rate.amountFen, orgId: patent.orgId!, claimedBy: user.id })
      .returning()
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new AppError('DUPLICATE_CLAIM') : error;
      });
    await recordAudit(tx, actor, { action: 'subsidy.claim', entityType: 'patent_subsidy_claim', entityId: row!.id, after: row });
    return { id: row!.id, amount: fenToYuan(rate.amountFen) };
  });
}

/** Staff approve a claim, or refuse it with the reason; two staff deciding at once: the second finds it decided. */
export async function decideClaim(db: Db, user: SessionUser, actor: Actor, id: number, body: { approve: boolean; reason?: string }) {
  if (!body.approve && !body.reason) throw AppError.invalid('body.reason', 'reason_required');
  await db.transaction(async (tx) => {
    const [claim] = await tx.select().from(patentSubsidyClaims).where(eq(patentSubsidyClaims.id, id)).for('update');
    if (!claim) throw new AppError('NOT_FOUND');
    if (claim.state !== 'claimed') throw refusal('claim', claim.state, body.approve ? 'approve' : 'refuse');
    const changes = { state: body.approve ? ('approved' as const) : ('refused' as const), decidedBy: user.id, decidedAt: clock.now(), reason: body.reason ?? null };
    await tx
      .update(patentSubsidyClaims)
      .set({ ...changes, updatedAt: sql`now()`, version: sql`${patentSubsidyClaims.version} + 1` })
      .where(eq(patentSubsidyClaims.id, id));
    await recordAudit(tx, actor, { action: body.approve ? 'subsidy.approve' : 'subsidy.refuse', entityType: 'patent_subsidy_claim', entityId: id, before: { state: claim.state }, after: changes });
  });
}

export const batchBody = z.object({
  title: z.string().trim().min(2).max(100),
  // 拨付文号: the payment is made under a document, which the batch names.
  docNo: z.string().trim().min(1).max(60),
  paidOn: z.iso.date(),
  claimIds: z.array(z.number().int().positive()).min(1).max(2000),
});

/**
 * 拨付批次: pays approved claims together. The claims are locked and must all still be approved, so two
 * batches made at once cannot both pay the same claim.
 */
export async function payBatch(db: Db, user: SessionUser, actor: Actor, body: z.infer<typeof batchBody>) {
  const ids = [...new Set(body.claimIds)];
  // A payment is recorded when it has been made: never dated in the future.
  if (body.paidOn > clock.today()) throw AppError.invalid('body.paidOn', 'in_future', { today: clock.today() });
  return db.transaction(async (tx) => {
    const claims = await tx.select().from(patentSubsidyClaims).where(inArray(patentSubsidyClaims.id, ids)).orderBy(asc(patentSubsidyClaims.id)).for('update');
    const notPayable = ids.filter((id) => claims.find((c) => c.id === id)?.state !== 'approved');
    if (notPayable.length) throw refusal('claim', claims.find((c) => c.id === notPayable[0])?.state ?? 'claimed', 'pay');
    const totalFen = claims.reduce((sum, c) => sum + c.amountFen, 0);
    const [batch] = await tx.insert(patentSubsidyBatches).values({ title: body.title, docNo: body.docNo, paidOn: body.paidOn, totalFen, createdBy: user.id }).returning();
    await tx
      .update(patentSubsidyClaims)
      .set({ state: 'paid', batchId: batch!.id, updatedAt: sql`now()`, version: sql`${patentSubsidyClaims.version} + 1` })
      .where(inArray(patentSubsidyClaims.id, ids));
    await recordAudit(tx, actor, { action: 'subsidy.pay', entityType: 'patent_subsidy_batch', entityId: batch!.id, after: { ...batch, claimIds: ids } });
    return { id: batch!.id, total: fenToYuan(totalFen), claims: ids.length };
  });
}

export async function listBatches(db: Db) {
  const rows = await db
    .select({ batch: patentSubsidyBatches, claims: count(patentSubsidyClaims.id) })
    .from(patentSubsidyBatches)
    .leftJoin(patentSubsidyClaims, eq(patentSubsidyClaims.batchId, patentSubsidyBatches.id))
    .groupBy(patentSubsidyBatches.id)
    .orderBy(desc(patentSubsidyBatches.paidOn), desc(patentSubsidyBatches.id));
  return rows.map(({ batch: { totalFen, ...b }, claims }) => ({ ...b, total: fenToYuan(totalFen), claims }));
}
