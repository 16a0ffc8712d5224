import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { orgAnnualFigures } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { fenToYuan, yuanToFen } from '../../shared/money.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { getOrg } from './orgs.service.js';
import { recordId } from '../../shared/schemas.js';

/** 年度经营数据 as typed: yuan exact to the fen, head counts; any may be left blank. */
export const figuresBody = z.object({
  revenue: z.union([z.number(), z.string().trim().max(20)]).nullish(),
  rdSpend: z.union([z.number(), z.string().trim().max(20)]).nullish(),
  staff: z.number().int().min(0).max(10_000_000).nullish(),
  rdStaff: z.number().int().min(0).max(10_000_000).nullish(),
});
export const figures = z.object({
  year: z.number().int(),
  revenue: z.string().nullable(),
  rdSpend: z.string().nullable(),
  staff: z.number().int().nullable(),
  rdStaff: z.number().int().nullable(),
  updatedAt: z.date(),
});
export const figuresYearParams = z.object({ id: recordId, year: z.coerce.number().int().min(1990).max(2100) });

function present(row: typeof orgAnnualFigures.$inferSelect) {
  return {
    year: row.year,
    revenue: row.revenueFen === null ? null : fenToYuan(row.revenueFen),
    rdSpend: row.rdSpendFen === null ? null : fenToYuan(row.rdSpendFen),
    staff: row.staff,
    rdStaff: row.rdStaff,
    updatedAt: row.updatedAt,
  };
}

/** An organisation's figures by year, latest first: what a call asking 上年度 figures takes into the 申报书. */
export async function listFigures(db: DbOrTx, user: SessionUser, orgId: number) {
  await getOrg(db, user, orgId);
  const rows = await db
    .select()
    .from(orgAnnualFigures)
    .where(eq(orgAnnualFigures.orgId, orgId))
    .orderBy(desc(orgAnnualFigures.year));
  return { items: rows.map(present) };
}

/** The organisation (or staff for it) records one year's figures; a year not yet over cannot be reported. */
export async function saveFigures(
  db: Db,
  user: SessionUser,
  actor: Actor,
  orgId: number,
  year: number,
  currentYear: number,
  body: z.infer<typeof figuresBody>,
) {
  if (year >= currentYear) throw AppError.invalid('params.year', 'number_too_large', { maximum: currentYear - 1 });
  const fen = (value: number | string | null | undefined, field: string) => {
    if (value === undefined || value === null || value === '') return null;
    const result = yuanToFen(value);
    if (result === undefined) throw AppError.invalid(`body.${field}`, 'money');
    return result;
  };
  const values = {
    revenueFen: fen(body.revenue, 'revenue'),
    rdSpendFen: fen(body.rdSpend, 'rdSpend'),
    staff: body.staff ?? null,
    rdStaff: body.rdStaff ?? null,
  };
  if (values.rdStaff !== null && values.staff !== null && values.rdStaff > values.staff)
    throw AppError.invalid('body.rdStaff', 'number_too_large', { maximum: values.staff });
  return db.transaction(async (tx) => {
    await getOrg(tx, user, orgId);
    const [before] = await tx
      .select()
      .from(orgAnnualFigures)
      .where(and(eq(orgAnnualFigures.orgId, orgId), eq(orgAnnualFigures.year, year)))
      .for('update');
    const [after] = await tx
      .insert(orgAnnualFigures)
      .values({ orgId, year, ...values })
      .onConflictDoUpdate({
        target: [orgAnnualFigures.orgId, orgAnnualFigures.year],
        set: { ...values, updatedAt: sql`now()`, version: sql`${orgAnnualFigures.version} + 1` },
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'org.figures_saved',
      entityType: 'org',
      entityId: orgId,
      before: before ? present(before) : null,
      after: present(after!),
    });
    return present(after!);
  });
}
