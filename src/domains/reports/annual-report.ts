import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { annualReports, annualReportVersions, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { annualSummary, composeSummary, draftSummary, type Narratives, type Report, sectionKeys } from './annual.js';

/** Staff's paragraphs for one part: plain text, one string per paragraph, blank ones dropped. */
export const narrativeBody = z.object({
  year: z.number().int().min(2000).max(2100),
  section: z.enum(sectionKeys),
  paragraphs: z
    .array(z.string().max(5000))
    .max(60)
    // Control characters (pasted from other programs) have no place in an official document.
    .transform((list) => list.map((p) => p.replace(/\p{Cc}/gu, '').trim()).filter(Boolean)),
  version: z.number().int().min(0),
});
export const reportActionBody = z.object({
  year: z.number().int().min(2000).max(2100),
  action: z.enum(['finalise', 'reopen']),
  version: z.number().int().min(0),
});

export interface AnnualReportView extends Report {
  status: 'draft' | 'final';
  /** 0 until the first save. */
  version: number;
  finalisedAt: string | null;
  finalisedBy: string | null;
  updatedAt: string | null;
}

/** The year's summary as it stands: a draft's figures are live; a final one is what was frozen. */
export async function currentReport(db: DbOrTx, year: number, bureau: string): Promise<AnnualReportView> {
  const [row] = await db
    .select({ report: annualReports, finaliser: users.displayName })
    .from(annualReports)
    .leftJoin(users, eq(users.id, annualReports.finalisedBy))
    .where(eq(annualReports.year, year));
  const stored = row?.report;
  const report =
    stored?.status === 'final'
      ? (stored.snapshot as Report)
      : await annualSummary(db, year, (stored?.narratives ?? {}) as Narratives, { bureau });
  return {
    ...report,
    status: stored?.status === 'final' ? 'final' : 'draft',
    version: stored?.version ?? 0,
    finalisedAt: stored?.finalisedAt?.toISOString() ?? null,
    finalisedBy: row?.finaliser ?? null,
    updatedAt: stored?.updatedAt.toISOString() ?? null,
  };
}

/**
 * Locks the year's row (creating it on first use) and checks it is the version the writer saw: two people
 * editing the same summary never overwrite each other unseen.
 */
async function lockedRow(tx: DbOrTx, year: number, version: number) {
  await tx.insert(annualReports).values({ year, version: 0 }).onConflictDoNothing();
  const [row] = await tx.select().from(annualReports).where(eq(annualReports.year, year)).for('update');
  if (row!.version !== version) throw new AppError('STALE_VERSION');
  return row!;
}

async function keepVersion(
  tx: DbOrTx,
  actor: Actor,
  year: number,
  version: number,
  status: 'draft' | 'final',
  change: 'edit' | 'finalise' | 'reopen',
  report: Report,
  section?: string,
) {
  await tx.insert(annualReportVersions).values({ year, version, status, change, section, report, savedBy: actor.id });
}

/** Saves one part's narrative; every save is kept as a version with the report as it then read. */
export async function saveNarrative(
  db: DbOrTx,
  actor: Actor,
  body: z.output<typeof narrativeBody>,
  bureau: string,
): Promise<{ version: number }> {
  // The figures are counted before the year's row is locked (from the caches, outside the transaction).
  const drafts = await draftSummary(db, body.year);
  return db.transaction(async (tx) => {
    const row = await lockedRow(tx, body.year, body.version);
    if (row.status === 'final') throw new AppError('REPORT_FINAL');
    const narratives = { ...(row.narratives as Narratives), [body.section]: body.paragraphs };
    const version = row.version + 1;
    await tx
      .update(annualReports)
      .set({ narratives, version, updatedBy: actor.id, updatedAt: sql`now()` })
      .where(eq(annualReports.year, body.year));
    await keepVersion(
      tx,
      actor,
      body.year,
      version,
      'draft',
      'edit',
      composeSummary(body.year, drafts, narratives, { bureau }),
      body.section,
    );
    await recordAudit(tx, actor, {
      action: 'annual_report.edit',
      entityType: 'annual_report',
      entityId: body.year,
      before: { [body.section]: (row.narratives as Narratives)[body.section] ?? [] },
      after: { [body.section]: body.paragraphs },
    });
    return { version };
  });
}

/**
 * 定稿 freezes the report with the figures of this moment — later data no longer move it; 撤销定稿 (a
 * leader's decision) makes it a live draft again. Both are kept as versions.
 */
export async function reportAction(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  body: z.output<typeof reportActionBody>,
  bureau: string,
): Promise<{ version: number; status: 'draft' | 'final' }> {
  if (body.action === 'reopen' && user.role !== 'leader') throw new AppError('FORBIDDEN');
  const drafts = await draftSummary(db, body.year);
  return db.transaction(async (tx) => {
    const row = await lockedRow(tx, body.year, body.version);
    const version = row.version + 1;
    if (body.action === 'finalise') {
      if (row.status === 'final') throw new AppError('REPORT_FINAL');
      // Dated the day it is finalised: the date the director signs under.
      const snapshot = composeSummary(body.year, drafts, row.narratives as Narratives, { bureau });
      await tx
        .update(annualReports)
        .set({
          status: 'final',
          snapshot,
          finalisedAt: sql`now()`,
          finalisedBy: actor.id,
          version,
          updatedBy: actor.id,
          updatedAt: sql`now()`,
        })
        .where(eq(annualReports.year, body.year));
      await keepVersion(tx, actor, body.year, version, 'final', 'finalise', snapshot);
      await recordAudit(tx, actor, {
        action: 'annual_report.finalise',
        entityType: 'annual_report',
        entityId: body.year,
        after: { version },
      });
      return { version, status: 'final' as const };
    }
    if (row.status !== 'final') throw refusal('summary', row.status, 'reopen');
    await tx
      .update(annualReports)
      .set({
        status: 'draft',
        snapshot: null,
        finalisedAt: null,
        finalisedBy: null,
        version,
        updatedBy: actor.id,
        updatedAt: sql`now()`,
      })
      .where(eq(annualReports.year, body.year));
    await keepVersion(
      tx,
      actor,
      body.year,
      version,
      'draft',
      'reopen',
      composeSummary(body.year, drafts, row.narratives as Narratives, { bureau }),
    );
    await recordAudit(tx, actor, {
      action: 'annual_report.reopen',
      entityType: 'annual_report',
      entityId: body.year,
      before: { version: row.version },
    });
    return { version, status: 'draft' as const };
  });
}

/** The saved versions of a year's summary, newest first. */
export async function reportVersions(db: DbOrTx, year: number) {
  const items = await db
    .select({
      version: annualReportVersions.version,
      status: annualReportVersions.status,
      change: annualReportVersions.change,
      section: annualReportVersions.section,
      savedAt: annualReportVersions.savedAt,
      savedBy: users.displayName,
    })
    .from(annualReportVersions)
    .leftJoin(users, eq(users.id, annualReportVersions.savedBy))
    .where(eq(annualReportVersions.year, year))
    .orderBy(desc(annualReportVersions.version));
  return { items };
}

/** One saved version: the report exactly as it read then. */
export async function reportVersion(
  db: DbOrTx,
  year: number,
  version: number,
): Promise<Report & { version: number; status: 'draft' | 'final' }> {
  const [row] = await db
    .select()
    .from(annualReportVersions)
    .where(and(eq(annualReportVersions.year, year), eq(annualReportVersions.version, version)));
  if (!row) throw new AppError('NOT_FOUND');
  return { ...(row.report as Report), version: row.version, status: row.status };
}
