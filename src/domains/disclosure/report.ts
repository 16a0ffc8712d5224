import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import {
  disclosureApplicantKinds,
  type DisclosureApplicantKind,
  disclosureOutcomes,
  disclosureRequests,
  openGovReports,
  portalItems,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import * as clock from '../../shared/clock.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { catalogueColumns } from '../content/catalogue.js';
import { inBeijingYear } from '../content/public.service.js';

/** A row of the requests table: one count per applicant kind, and their total. */
export type KindCounts = Record<DisclosureApplicantKind | 'total', number>;

const zero = (): KindCounts => ({
  person: 0,
  company: 0,
  research: 0,
  public_interest: 0,
  legal_service: 0,
  other: 0,
  total: 0,
});

/**
 * Part 三 of the report, counted from the requests: received this year, carried over from last year, each
 * outcome (and ground) decided this year, the total decided, and what is carried into next year. The table's
 * own check holds: new + carried in = decided + carried out.
 */
export async function requestTable(db: DbOrTx, year: number) {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const r = disclosureRequests;
  const rows = await db
    .select({
      kind: r.applicantKind,
      received: sql<number>`count(*) FILTER (WHERE ${r.receivedOn} BETWEEN ${start} AND ${end})::int`,
      carriedIn: sql<number>`count(*) FILTER (WHERE ${r.receivedOn} < ${start} AND (${r.repliedOn} IS NULL OR ${r.repliedOn} >= ${start}))::int`,
      carriedOut: sql<number>`count(*) FILTER (WHERE ${r.receivedOn} <= ${end} AND (${r.repliedOn} IS NULL OR ${r.repliedOn} > ${end}))::int`,
    })
    .from(r)
    .groupBy(r.applicantKind);
  const decided = await db
    .select({ kind: r.applicantKind, outcome: r.outcome, reason: r.outcomeReason, n: sql<number>`count(*)::int` })
    .from(r)
    .where(and(eq(r.state, 'answered'), sql`${r.repliedOn} BETWEEN ${start} AND ${end}`))
    .groupBy(r.applicantKind, r.outcome, r.outcomeReason);
  const table = {
    received: zero(),
    carriedIn: zero(),
    carriedOut: zero(),
    decided: zero(),
    outcomes: {} as Record<string, KindCounts>,
  };
  for (const [outcome, reasons] of Object.entries(disclosureOutcomes)) {
    table.outcomes[outcome] = zero();
    for (const reason of reasons) table.outcomes[`${outcome}.${reason}`] = zero();
  }
  const add = (row: KindCounts, kind: string, n: number) => {
    row[kind as DisclosureApplicantKind] += n;
    row.total += n;
  };
  for (const row of rows) {
    add(table.received, row.kind, row.received);
    add(table.carriedIn, row.kind, row.carriedIn);
    add(table.carriedOut, row.kind, row.carriedOut);
  }
  for (const row of decided) {
    add(table.outcomes[row.outcome!]!, row.kind, row.n);
    if (row.reason) add(table.outcomes[`${row.outcome}.${row.reason}`]!, row.kind, row.n);
    add(table.decided, row.kind, row.n);
  }
  return table;
}
export type RequestTable = Awaited<ReturnType<typeof requestTable>>;

/** Part 二, counted from the site: normative documents issued this year, repealed this year, in force at its end. */
export async function activeDisclosure(db: DbOrTx, year: number) {
  const yearEnd = new Date(`${year + 1}-01-01T00:00:00+08:00`);
  const published = and(eq(portalItems.state, 'published'), sql`${portalItems.publishAt} < ${yearEnd}`);
  const [row] = await db
    .select({
      issued: sql<number>`count(*) FILTER (WHERE ${portalItems.column} = 'policies' AND ${inBeijingYear(portalItems.publishAt, year)})::int`,
      repealed: sql<number>`count(*) FILTER (WHERE ${portalItems.column} = 'policies' AND ${portalItems.validity} = 'repealed' AND ${inBeijingYear(portalItems.updatedAt, year)})::int`,
      inForce: sql<number>`count(*) FILTER (WHERE ${portalItems.column} = 'policies' AND ${portalItems.validity} = 'in_force')::int`,
      catalogue: sql<number>`count(*) FILTER (WHERE ${portalItems.column} IN ${sql.raw(`(${catalogueColumns.map((c) => `'${c}'`).join(', ')})`)} AND ${inBeijingYear(portalItems.publishAt, year)})::int`,
      all: sql<number>`count(*) FILTER (WHERE ${inBeijingYear(portalItems.publishAt, year)})::int`,
    })
    .from(portalItems)
    .where(published);
  return row!;
}

const count = z.number().int().min(0).max(1_000_000).default(0);
const outcomeRow = z
  .object({ maintained: count, corrected: count, other: count, pending: count })
  .default({ maintained: 0, corrected: 0, other: 0, pending: 0 });
const paragraphs = z.array(z.string().trim().min(1).max(4000)).max(30).default([]);

/** What staff write and enter for a year's report. */
export const reportInput = z.object({
  narrative: z
    .object({ overview: paragraphs, problems: paragraphs, other: paragraphs })
    .default({ overview: [], problems: [], other: [] }),
  entered: z
    .object({
      permits: count,
      penalties: count,
      coercion: count,
      /** 行政事业性收费, 万元 (two decimals). */
      feesWan: z.number().min(0).max(1_000_000).multipleOf(0.01).default(0),
      reconsideration: outcomeRow,
      litigationDirect: outcomeRow,
      litigationAfterReview: outcomeRow,
    })
    .default({
      permits: 0,
      penalties: 0,
      coercion: 0,
      feesWan: 0,
      reconsideration: { maintained: 0, corrected: 0, other: 0, pending: 0 },
      litigationDirect: { maintained: 0, corrected: 0, other: 0, pending: 0 },
      litigationAfterReview: { maintained: 0, corrected: 0, other: 0, pending: 0 },
    }),
});
export type ReportInput = z.infer<typeof reportInput>;

export interface OpenGovReport extends ReportInput {
  year: number;
  status: 'draft' | 'final';
  version: number;
  finalisedAt: Date | null;
  active: Awaited<ReturnType<typeof activeDisclosure>>;
  requests: RequestTable;
}

/** The year's report: live figures while a draft, the frozen report once final. */
export async function openGovReport(db: DbOrTx, year: number): Promise<OpenGovReport> {
  const [row] = await db.select().from(openGovReports).where(eq(openGovReports.year, year));
  if (row?.status === 'final')
    return { ...(row.snapshot as OpenGovReport), status: 'final', version: row.version, finalisedAt: row.finalisedAt };
  const saved = reportInput.parse({ narrative: row?.narrative ?? undefined, entered: row?.entered ?? undefined });
  const [active, requests] = await Promise.all([activeDisclosure(db, year), requestTable(db, year)]);
  return { year, status: 'draft', version: row?.version ?? 0, finalisedAt: null, ...saved, active, requests };
}

export async function saveOpenGovReport(
  db: DbOrTx,
  actor: Actor,
  user: SessionUser,
  year: number,
  body: ReportInput & { version: number },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(openGovReports).where(eq(openGovReports.year, year)).for('update');
    if ((before?.version ?? 0) !== body.version) throw new AppError('STALE_VERSION');
    if (before?.status === 'final') throw new AppError('OPEN_GOV_REPORT_FINAL');
    const values = { narrative: body.narrative, entered: body.entered, updatedBy: user.id, updatedAt: clock.now() };
    if (before)
      await tx
        .update(openGovReports)
        .set({ ...values, version: before.version + 1 })
        .where(eq(openGovReports.year, year));
    else await tx.insert(openGovReports).values({ year, ...values });
    await recordAudit(tx, actor, {
      action: 'disclosure.report_save',
      entityType: 'open_gov_report',
      entityId: String(year),
      after: { version: body.version + 1 },
    });
    return openGovReport(tx, year);
  });
}

/** Finalise: the report as it stands now is frozen (later data no longer move it); a leader may reopen it. */
export async function openGovReportAction(
  db: DbOrTx,
  actor: Actor,
  user: SessionUser,
  year: number,
  body: { action: 'finalise' | 'reopen'; version: number },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(openGovReports).where(eq(openGovReports.year, year)).for('update');
    if ((before?.version ?? 0) !== body.version) throw new AppError('STALE_VERSION');
    if (body.action === 'finalise') {
      if (before?.status === 'final') throw new AppError('OPEN_GOV_REPORT_FINAL');
      if (year >= clock.thisYear()) throw new AppError('OPEN_GOV_REPORT_YEAR_OPEN', { params: { year } });
      const report = await openGovReport(tx, year);
      const snapshot = { ...report, status: 'final' };
      if (before)
        await tx
          .update(openGovReports)
          .set({
            status: 'final',
            snapshot,
            finalisedAt: clock.now(),
            finalisedBy: user.id,
            version: before.version + 1,
            updatedAt: clock.now(),
          })
          .where(eq(openGovReports.year, year));
      else
        await tx.insert(openGovReports).values({
          year,
          status: 'final',
          snapshot,
          finalisedAt: clock.now(),
          finalisedBy: user.id,
          updatedBy: user.id,
        });
    } else {
      if (user.role !== 'leader') throw new AppError('FORBIDDEN');
      if (before?.status !== 'final') throw new AppError('OPEN_GOV_REPORT_NOT_FINAL');
      await tx
        .update(openGovReports)
        .set({
          status: 'draft',
          snapshot: null,
          finalisedAt: null,
          finalisedBy: null,
          version: before.version + 1,
          updatedAt: clock.now(),
        })
        .where(eq(openGovReports.year, year));
    }
    await recordAudit(tx, actor, {
      action: `disclosure.report_${body.action}`,
      entityType: 'open_gov_report',
      entityId: String(year),
    });
    return openGovReport(tx, year);
  });
}

export const applicantColumns = disclosureApplicantKinds;
