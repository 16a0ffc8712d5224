import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import {
  indicators,
  targetEvidence,
  targetLetterItems,
  targetLetters,
  targetProgressReports,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import type { Storage } from '../../server/storage.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { detectMediaType } from '../files/files.service.js';
import { type Audience, notify } from '../notifications/notifications.service.js';
import { itemSource } from './figures.js';
import { answersFor, type UnitRef, unitsOf } from './units.js';
import * as clock from '../../shared/clock.js';

export const reportBody = z.object({
  letterItemId: z.number().int().positive(),
  quarter: z.number().int().min(1).max(4),
  /** Cumulative for the year up to the end of the quarter. */
  value: z.number().min(0).max(1e15),
  note: z.string().trim().max(2000).nullish(),
});
export const reportAction = z.object({
  action: z.enum(['submit', 'accept', 'return']),
  reason: z.string().trim().max(500).optional(),
});
export const reportQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  status: z.enum(['draft', 'submitted', 'accepted', 'returned']).optional(),
  letterId: z.coerce.number().int().positive().optional(),
});

const evidenceTypes = ['.pdf', '.png', '.jpg', '.jpeg', '.docx', '.xlsx'];
const inForce = ['issued', 'signed', 'locked'];

function audienceOf(letter: UnitRef): Audience {
  if (letter.unitKind === 'jurisdiction') return { jurisdictionCode: letter.jurisdictionCode! };
  if (letter.unitKind === 'section') return { sectionCode: letter.sectionCode! };
  return { userIds: [letter.userId!] };
}

/** The item with its letter and indicator; staff and leaders reach every one, a unit only its own letter's. */
async function findItem(db: DbOrTx, user: SessionUser, itemId: number) {
  const [row] = await db
    .select({ item: targetLetterItems, letter: targetLetters, indicator: indicators })
    .from(targetLetterItems)
    .innerJoin(targetLetters, eq(targetLetters.id, targetLetterItems.letterId))
    .innerJoin(indicators, eq(indicators.id, targetLetterItems.indicatorId))
    .where(eq(targetLetterItems.id, itemId));
  if (!row || !inForce.includes(row.letter.status)) throw new AppError('NOT_FOUND');
  if (user.role !== 'staff' && user.role !== 'leader' && !answersFor(user, row.letter)) throw new AppError('NOT_FOUND');
  return row;
}

async function findReport(db: DbOrTx, user: SessionUser, id: number) {
  const [report] = await db.select().from(targetProgressReports).where(eq(targetProgressReports.id, id));
  if (!report) throw new AppError('NOT_FOUND');
  return { report, ...(await findItem(db, user, report.letterItemId)) };
}

/** 进度报送 of a year: the units' reports with their letter, indicator and evidence, newest first. */
export async function listReports(db: DbOrTx, user: SessionUser, q: z.infer<typeof reportQuery>) {
  const rows = await db
    .select({
      report: targetProgressReports,
      letter: targetLetters,
      indicatorName: indicators.name,
      indicatorUnit: indicators.unit,
      submitter: users.displayName,
    })
    .from(targetProgressReports)
    .innerJoin(targetLetterItems, eq(targetLetterItems.id, targetProgressReports.letterItemId))
    .innerJoin(targetLetters, eq(targetLetters.id, targetLetterItems.letterId))
    .innerJoin(indicators, eq(indicators.id, targetLetterItems.indicatorId))
    .leftJoin(users, eq(users.id, targetProgressReports.submittedBy))
    .where(
      and(
        eq(targetLetters.year, q.year),
        q.status ? eq(targetProgressReports.status, q.status) : undefined,
        q.letterId ? eq(targetLetters.id, q.letterId) : undefined,
      ),
    )
    .orderBy(sql`${targetProgressReports.updatedAt} DESC`, asc(targetProgressReports.id));
  const visible = rows.filter((r) => user.role === 'staff' || user.role === 'leader' || answersFor(user, r.letter));
  const files = visible.length
    ? await db
        .select({
          id: targetEvidence.id,
          reportId: targetEvidence.reportId,
          name: targetEvidence.originalName,
          size: targetEvidence.size,
        })
        .from(targetEvidence)
        .where(
          inArray(
            targetEvidence.reportId,
            visible.map((r) => r.report.id),
          ),
        )
        .orderBy(asc(targetEvidence.id))
    : [];
  const unit = await unitsOf(
    db,
    visible.map((r) => r.letter),
  );
  return {
    items: visible.map(({ report, letter, indicatorName, indicatorUnit, submitter }) => ({
      id: report.id,
      letterId: letter.id,
      letterItemId: report.letterItemId,
      unit: unit(letter),
      indicator: { name: indicatorName, unit: indicatorUnit },
      quarter: report.quarter,
      value: Number(report.value),
      note: report.note,
      status: report.status,
      submitter,
      submittedAt: report.submittedAt,
      reviewedAt: report.reviewedAt,
      reviewReason: report.reviewReason,
      version: report.version,
      evidence: files.filter((f) => f.reportId === report.id).map(({ reportId: _r, ...f }) => f),
    })),
  };
}

/**
 * Writes a unit's figure for a quarter (a draft, or a returned report put right). Only the unit reports,
 * only on a letter in force, and only for an indicator whose figure is not computed from the data.
 */
export async function saveReport(db: DbOrTx, user: SessionUser, actor: Actor, body: z.infer<typeof reportBody>) {
  const { letter, indicator } = await findItem(db, user, body.letterItemId);
  if (!answersFor(user, letter)) throw new AppError('FORBIDDEN');
  const unit = (await unitsOf(db, [letter]))(letter);
  if (itemSource(indicator, letter.unitKind, unit) !== 'manual')
    throw AppError.invalid('body.letterItemId', 'figure_computed');
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(targetProgressReports)
      .where(
        and(eq(targetProgressReports.letterItemId, body.letterItemId), eq(targetProgressReports.quarter, body.quarter)),
      )
      .for('update');
    const values = { value: String(body.value), note: body.note ?? null };
    if (existing) {
      if (!['draft', 'returned'].includes(existing.status)) throw refusal('target_report', existing.status, 'edit');
      await tx
        .update(targetProgressReports)
        .set({ ...values, updatedAt: sql`now()`, version: sql`${targetProgressReports.version} + 1` })
        .where(eq(targetProgressReports.id, existing.id));
      await recordAudit(tx, actor, {
        action: 'target_report.update',
        entityType: 'target_report',
        entityId: existing.id,
        before: existing,
        after: values,
      });
      return { id: existing.id };
    }
    const [row] = await tx
      .insert(targetProgressReports)
      .values({ letterItemId: body.letterItemId, quarter: body.quarter, ...values, submittedBy: user.id })
      .returning({ id: targetProgressReports.id });
    await recordAudit(tx, actor, {
      action: 'target_report.create',
      entityType: 'target_report',
      entityId: row!.id,
      after: body,
    });
    return { id: row!.id };
  });
}

/** 佐证材料: a PDF, image, Word or Excel file kept with a report that is still being written. */
export async function addEvidence(
  db: DbOrTx,
  storage: Storage,
  user: SessionUser,
  actor: Actor,
  reportId: number,
  file: { fileName: string; bytes: Buffer },
) {
  const { report, letter } = await findReport(db, user, reportId);
  if (!answersFor(user, letter)) throw new AppError('FORBIDDEN');
  if (!['draft', 'returned'].includes(report.status)) throw refusal('target_report', report.status, 'edit');
  const mediaType = await detectMediaType(file.fileName, file.bytes, evidenceTypes);
  const { sha256, size } = await storage.put(file.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targetEvidence)
      .values({ reportId, sha256, size, mediaType, originalName: file.fileName.slice(0, 200), uploadedBy: user.id })
      .returning({ id: targetEvidence.id });
    await recordAudit(tx, actor, {
      action: 'target_report.evidence',
      entityType: 'target_report',
      entityId: reportId,
      after: { file: file.fileName, sha256, size },
    });
    return { id: row!.id, name: file.fileName, size };
  });
}

export async function findEvidence(db: DbOrTx, user: SessionUser, id: number) {
  const [file] = await db.select().from(targetEvidence).where(eq(targetEvidence.id, id));
  if (!file) throw new AppError('NOT_FOUND');
  const { report, letter } = await findReport(db, user, file.reportId);
  return { file, report, letter };
}

export async function removeEvidence(db: DbOrTx, user: SessionUser, actor: Actor, id: number) {
  const { file, report, letter } = await findEvidence(db, user, id);
  if (!answersFor(user, letter)) throw new AppError('FORBIDDEN');
  if (!['draft', 'returned'].includes(report.status)) throw refusal('target_report', report.status, 'edit');
  await db.transaction(async (tx) => {
    await tx.delete(targetEvidence).where(eq(targetEvidence.id, id));
    await recordAudit(tx, actor, {
      action: 'target_report.evidence_remove',
      entityType: 'target_report',
      entityId: report.id,
      before: { file: file.originalName, sha256: file.sha256 },
    });
  });
}

/** 报送 → 审核: the unit submits with evidence; a member of staff other than the submitter accepts or returns it with a reason. */
export async function actOnReport(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof reportAction>,
) {
  const { report, letter, indicator } = await findReport(db, user, id);
  const from = body.action === 'submit' ? ['draft', 'returned'] : ['submitted'];
  const to = { submit: 'submitted', accept: 'accepted', return: 'returned' }[body.action];
  if (body.action === 'submit' ? !answersFor(user, letter) : user.role !== 'staff' || report.submittedBy === user.id)
    throw new AppError('FORBIDDEN');
  if (!from.includes(report.status)) throw refusal('target_report', report.status, body.action);
  if (body.action === 'return' && !body.reason) throw AppError.invalid('body.reason', 'reason_required');
  if (body.action === 'submit') {
    const [{ n }] = (await db
      .select({ n: sql<number>`count(*)::int` })
      .from(targetEvidence)
      .where(eq(targetEvidence.reportId, id))) as [{ n: number }];
    if (!n) throw new AppError('EVIDENCE_REQUIRED');
  }
  const set =
    body.action === 'submit'
      ? { status: to, submittedBy: user.id, submittedAt: clock.now(), reviewReason: null }
      : { status: to, reviewedBy: user.id, reviewedAt: clock.now(), reviewReason: body.reason ?? null };
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(targetProgressReports)
      .set({ ...set, updatedAt: sql`now()`, version: sql`${targetProgressReports.version} + 1` })
      .where(and(eq(targetProgressReports.id, id), inArray(targetProgressReports.status, from)))
      .returning({ id: targetProgressReports.id });
    if (!updated.length) throw new AppError('STALE_VERSION');
    await recordAudit(tx, actor, {
      action: `target_report.${body.action}`,
      entityType: 'target_report',
      entityId: id,
      before: { status: report.status },
      after: set,
    });
    const params = {
      letterId: letter.id,
      indicator: indicator.name,
      quarter: report.quarter,
      comment: body.reason ?? null,
    };
    if (body.action === 'submit')
      await notify(
        tx,
        { userIds: letter.issuedBy ? [letter.issuedBy] : [] },
        { kind: 'target_report.submitted', params },
        user.id,
      );
    else
      await notify(
        tx,
        audienceOf(letter),
        { kind: body.action === 'accept' ? 'target_report.accepted' : 'target_report.returned', params },
        user.id,
      );
  });
  return { status: to };
}

/** 待办 from the targets: staff review the units' submitted figures; a liaison corrects returned ones and signs issued letters. */
export async function targetTodos(
  db: DbOrTx,
  user: SessionUser,
): Promise<
  { kind: 'target_reports' | 'target_reports_returned' | 'target_reports_due' | 'letters_to_sign'; count: number }[]
> {
  if (user.role === 'staff') {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(targetProgressReports)
      .where(eq(targetProgressReports.status, 'submitted'));
    return row?.n ? [{ kind: 'target_reports', count: row.n }] : [];
  }
  if (user.role !== 'liaison' || !user.jurisdictionCode) return [];
  const mine = and(
    eq(targetLetters.unitKind, 'jurisdiction'),
    eq(targetLetters.jurisdictionCode, user.jurisdictionCode),
  );
  // 进度报送: each manual indicator of this year's letter is reported for the quarter just ended.
  const year = clock.thisYear();
  const quarter = Math.floor((Number(clock.today().slice(5, 7)) - 1) / 3);
  const [[returned], [toSign], [due]] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(targetProgressReports)
      .innerJoin(targetLetterItems, eq(targetLetterItems.id, targetProgressReports.letterItemId))
      .innerJoin(targetLetters, eq(targetLetters.id, targetLetterItems.letterId))
      .where(and(mine, eq(targetProgressReports.status, 'returned'))),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(targetLetters)
      .where(and(mine, eq(targetLetters.status, 'issued'))),
    quarter === 0
      ? Promise.resolve([{ n: 0 }])
      : db
          .select({ n: sql<number>`count(*)::int` })
          .from(targetLetterItems)
          .innerJoin(targetLetters, eq(targetLetters.id, targetLetterItems.letterId))
          .innerJoin(indicators, eq(indicators.id, targetLetterItems.indicatorId))
          .leftJoin(
            targetProgressReports,
            and(
              eq(targetProgressReports.letterItemId, targetLetterItems.id),
              eq(targetProgressReports.quarter, quarter),
            ),
          )
          .where(
            and(
              mine,
              eq(targetLetters.year, year),
              inArray(targetLetters.status, ['signed', 'locked']),
              eq(indicators.source, 'manual'),
              sql`(${targetProgressReports.id} IS NULL OR ${targetProgressReports.status} = 'draft')`,
            ),
          ),
  ]);
  return [
    ...(returned?.n ? [{ kind: 'target_reports_returned' as const, count: returned.n }] : []),
    ...(toSign?.n ? [{ kind: 'letters_to_sign' as const, count: toSign.n }] : []),
    ...(due?.n ? [{ kind: 'target_reports_due' as const, count: due.n }] : []),
  ];
}
