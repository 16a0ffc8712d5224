import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/errors.js';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  orgs,
  patentSubsidyClaims,
  patentSubsidyPolicies,
  patentSubsidyRates,
  patents,
  sections,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { fenToYuan, yuanToFen } from '../../shared/money.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { findPatent } from './patents.service.js';
import { patentTypes } from './schema.js';
import * as clock from '../../shared/clock.js';
import { paging, yuan } from '../../shared/schemas.js';

export const subsidyStages = ['filed', 'granted'] as const;
export const claimStates = ['claimed', 'approved', 'refused', 'paid'] as const;

export const ratesBody = z.object({
  year: z.number().int().min(2000).max(2100),
  items: z
    .array(z.object({ type: z.enum(patentTypes), stage: z.enum(subsidyStages), amount: yuan }))
    .min(1)
    .max(6),
  /** 申请期限: a claim is made within this many months of the filing or grant. */
  claimWindowMonths: z.number().int().min(1).max(60).optional(),
  /** The section that decides and pays the year's claims. */
  sectionCode: z.string().max(40).nullish(),
});
export const claimListQuery = z.object({
  state: z.enum(claimStates).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  batchId: z.coerce.number().int().positive().optional(),
  ...paging(20, 500),
});
export type ClaimListQuery = z.infer<typeof claimListQuery>;

/** 资助标准 of a year: the amount for each type and stage (yuan, exact). */
export async function subsidyRates(db: DbOrTx, year: number) {
  const rows = await db
    .select()
    .from(patentSubsidyRates)
    .where(eq(patentSubsidyRates.year, year))
    .orderBy(asc(patentSubsidyRates.type), asc(patentSubsidyRates.stage));
  return rows.map((r) => ({ type: r.type, stage: r.stage, amount: fenToYuan(r.amountFen) }));
}

/** The year's policy: the claim window and the section that decides (defaults: 12 months, no section named). */
export async function subsidyPolicy(db: DbOrTx, year: number) {
  const [row] = await db.select().from(patentSubsidyPolicies).where(eq(patentSubsidyPolicies.year, year));
  return { claimWindowMonths: row?.claimWindowMonths ?? 12, sectionCode: row?.sectionCode ?? null };
}

export async function setSubsidyRates(db: DbOrTx, actor: Actor, body: z.infer<typeof ratesBody>) {
  const values = body.items.map((item, i) => {
    const amountFen = yuanToFen(item.amount);
    if (amountFen === undefined) throw AppError.invalid(`body.items.${i}.amount`, 'money');
    return { year: body.year, type: item.type, stage: item.stage, amountFen };
  });
  if (
    body.sectionCode &&
    !(await db.select({ code: sections.code }).from(sections).where(eq(sections.code, body.sectionCode))).length
  )
    throw AppError.invalid('body.sectionCode', 'section_unknown');
  await db.transaction(async (tx) => {
    const before = await tx.select().from(patentSubsidyRates).where(eq(patentSubsidyRates.year, body.year));
    await tx
      .insert(patentSubsidyRates)
      .values(values)
      .onConflictDoUpdate({
        target: [patentSubsidyRates.year, patentSubsidyRates.type, patentSubsidyRates.stage],
        set: { amountFen: sql`excluded.amount_fen`, updatedAt: sql`now()` },
      });
    const policy = {
      ...(body.claimWindowMonths !== undefined ? { claimWindowMonths: body.claimWindowMonths } : {}),
      ...(body.sectionCode !== undefined ? { sectionCode: body.sectionCode } : {}),
    };
    await tx
      .insert(patentSubsidyPolicies)
      .values({ year: body.year, ...policy })
      .onConflictDoUpdate({ target: patentSubsidyPolicies.year, set: { ...policy, updatedAt: sql`now()` } });
    await recordAudit(tx, actor, {
      action: 'subsidy.rates',
      entityType: 'patent_subsidy_rates',
      entityId: body.year,
      before,
      after: { values, policy },
    });
  });
  return subsidyRates(db, body.year);
}

/** Only the section the year's policy names decides and pays its claims. */
export async function assertOwningSection(db: DbOrTx, user: SessionUser, years: number[]) {
  for (const year of [...new Set(years)]) {
    const { sectionCode } = await subsidyPolicy(db, year);
    if (!sectionCode || user.sectionCode === sectionCode) continue;
    const [section] = await db.select({ name: sections.name }).from(sections).where(eq(sections.code, sectionCode));
    throw new AppError('NOT_OWNING_SECTION', { params: { section: section?.name ?? sectionCode } });
  }
}

/** The last day of a claim window: the stage's date plus the policy's months (the 31st clamped to the month's end). */
export function claimDeadline(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
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
  const rows = await claimsQuery(db, where)
    .orderBy(desc(patentSubsidyClaims.createdAt), desc(patentSubsidyClaims.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
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
  return (await claimsQuery(db, claimFilters(user, q)).orderBy(desc(patentSubsidyClaims.createdAt)).limit(100_000)).map(
    present,
  );
}

/**
 * 申请资助: for a patent of the caller's organisation (staff: any), at a stage it has reached, at the rate
 * of that stage's year. The database refuses a second claim of the same patent-stage unless the first
 * was refused — so nothing is ever paid twice, whatever the screens do.
 */
export async function claimSubsidy(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  body: { patentId: number; stage: (typeof subsidyStages)[number] },
) {
  // Another organisation's patent is public knowledge: say whose it is not, rather than "not found".
  if (user.role === 'applicant') {
    const [owner] = await db.select({ orgId: patents.orgId }).from(patents).where(eq(patents.id, body.patentId));
    if (owner && owner.orgId !== user.orgId) throw AppError.invalid('body.patentId', 'patent_not_yours');
  }
  const patent = await findPatent(db, user, body.patentId);
  if (!patent.orgId) throw AppError.invalid('body.patentId', 'patent_without_org');
  const date = body.stage === 'filed' ? patent.filedOn : patent.grantedOn;
  if (!date) throw AppError.invalid('body.stage', 'not_granted');
  const year = Number(date.slice(0, 4));
  const [rate] = await db
    .select()
    .from(patentSubsidyRates)
    .where(
      and(
        eq(patentSubsidyRates.year, year),
        eq(patentSubsidyRates.type, patent.type),
        eq(patentSubsidyRates.stage, body.stage),
      ),
    );
  if (!rate) throw AppError.invalid('body.stage', 'no_rate_for_year', { year });
  const { claimWindowMonths } = await subsidyPolicy(db, year);
  const deadline = claimDeadline(date, claimWindowMonths);
  if (clock.today() > deadline) {
    throw AppError.invalid('body.stage', 'claim_window_passed', { months: claimWindowMonths, day: date, deadline });
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patentSubsidyClaims)
      .values({
        patentId: patent.id,
        stage: body.stage,
        year,
        amountFen: rate.amountFen,
        orgId: patent.orgId!,
        claimedBy: user.id,
      })
      .returning()
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new AppError('DUPLICATE_CLAIM') : error;
      });
    await recordAudit(tx, actor, {
      action: 'subsidy.claim',
      entityType: 'patent_subsidy_claim',
      entityId: row!.id,
      after: row,
    });
    return { id: row!.id, amount: fenToYuan(rate.amountFen) };
  });
}

/** Staff approve a claim, or refuse it with the reason; two staff deciding at once: the second finds it decided. */
export async function decideClaim(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: { approve: boolean; reason?: string },
) {
  if (!body.approve && !body.reason) throw AppError.invalid('body.reason', 'reason_required');
  await db.transaction(async (tx) => {
    const [claim] = await tx.select().from(patentSubsidyClaims).where(eq(patentSubsidyClaims.id, id)).for('update');
    if (!claim) throw new AppError('NOT_FOUND');
    await assertOwningSection(tx, user, [claim.year]);
    if (claim.state !== 'claimed') throw refusal('claim', claim.state, body.approve ? 'approve' : 'refuse');
    const changes = {
      state: body.approve ? ('approved' as const) : ('refused' as const),
      decidedBy: user.id,
      decidedAt: clock.now(),
      reason: body.reason ?? null,
    };
    await tx
      .update(patentSubsidyClaims)
      .set({ ...changes, updatedAt: sql`now()`, version: sql`${patentSubsidyClaims.version} + 1` })
      .where(eq(patentSubsidyClaims.id, id));
    await recordAudit(tx, actor, {
      action: body.approve ? 'subsidy.approve' : 'subsidy.refuse',
      entityType: 'patent_subsidy_claim',
      entityId: id,
      before: { state: claim.state },
      after: changes,
    });
  });
}
