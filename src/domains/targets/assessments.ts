import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type DbOrTx, together } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { targetAssessmentAdjustments, targetAssessmentScores, targetAssessments, targetLetters, users } from '../../db/schema/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { figuresAt, loadYear, type YearData } from './figures.js';
import { expectedBy, lineScore, rankByTotal } from './scoring.js';
import { answersFor } from './units.js';
import * as clock from '../../shared/clock.js';

export const roundBody = z.object({
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(['mid_year', 'year_end']),
  onsiteShare: z.number().min(0).max(100).default(40),
});
export const scoresBody = z.object({
  items: z
    .array(z.object({ letterItemId: z.number().int().positive(), onsiteScore: z.number().min(0).max(100).nullable(), note: z.string().trim().max(500).nullish() }))
    .min(1)
    .max(2000),
});
export const adjustmentBody = z.object({
  letterId: z.number().int().positive(),
  kind: z.enum(['deduction', 'bonus']),
  points: z.number().positive().max(100),
  reason: z.string().trim().min(2).max(500),
});
export const roundAction = z.object({ action: z.enum(['lock', 'unlock', 'sign_off']) });

/** Towns, zones and streets are ranked together; departments, sections and staff each among themselves. */
const rankGroupOf = (group: string) => (['town', 'zone', 'street'].includes(group) ? 'territory' : group);

async function findRound(db: DbOrTx, id: number) {
  const [round] = await db.select().from(targetAssessments).where(eq(targetAssessments.id, id));
  if (!round) throw new AppError('NOT_FOUND');
  return round;
}

export async function listRounds(db: DbOrTx, q: { year?: number }) {
  const rows = await db
    .select()
    .from(targetAssessments)
    .where(q.year ? eq(targetAssessments.year, q.year) : undefined)
    .orderBy(desc(targetAssessments.year), asc(targetAssessments.kind));
  return { items: rows.map((r) => ({ id: r.id, year: r.year, kind: r.kind, status: r.status, onsiteShare: Number(r.onsiteShare), lockedAt: r.lockedAt, signedOffAt: r.signedOffAt })) };
}

export async function createRound(db: DbOrTx, actor: Actor, body: z.infer<typeof roundBody>) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targetAssessments)
      .values({ year: body.year, kind: body.kind, onsiteShare: String(body.onsiteShare) })
      .returning({ id: targetAssessments.id })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new AppError('DUPLICATE_RECORD', { params: { fields: { zh: '年度和考核类型', en: 'year and kind of round' } } }) : error;
      });
    await recordAudit(tx, actor, { action: 'assessment.create', entityType: 'assessment', entityId: row!.id, after: body });
    return { id: row!.id };
  });
}

/**
 * 考核结果: every unit in force with each indicator's figure, computed and on-site points, its deductions
 * and bonus items, total and rank in its group. Open rounds compute figures live (mid-year as of June, year
 * end as of December); locked rounds read the figures frozen when they were locked.
 */
export async function roundResults(db: DbOrTx, user: SessionUser, id: number, loaded?: YearData) {
  const round = await findRound(db, id);
  const kind = round.kind as 'mid_year' | 'year_end';
  const onsiteShare = Number(round.onsiteShare);
  const [figures, scores, adjustments] = await together(db, [
    () => (loaded?.year === round.year ? Promise.resolve(loaded) : loadYear(db, round.year)).then((data) => figuresAt(data, { asOfMonth: kind === 'mid_year' ? 6 : 12 })),
    () => db.select({ score: targetAssessmentScores, assessor: users.displayName }).from(targetAssessmentScores).leftJoin(users, eq(users.id, targetAssessmentScores.assessorId)).where(eq(targetAssessmentScores.assessmentId, id)),
    () => db.select().from(targetAssessmentAdjustments).where(eq(targetAssessmentAdjustments.assessmentId, id)).orderBy(asc(targetAssessmentAdjustments.id)),
  ]);
  const scoreBy = new Map(scores.map((s) => [s.score.letterItemId, s]));
  const frozen = round.status !== 'open';
  const units = figures.units.map((u) => {
    const lines = u.lines.map((line) => {
      const saved = scoreBy.get(line.itemId);
      const value = frozen ? (saved?.score.value == null ? null : Number(saved.score.value)) : line.value;
      const target = expectedBy({ direction: line.share.direction, min: line.share.min, max: line.share.max }, kind);
      const onsiteScore = saved?.score.onsiteScore == null ? null : Number(saved.score.onsiteScore);
      const points = lineScore({ weight: line.weight, onsiteShare, target, value, onsiteScore });
      return {
        letterItemId: line.itemId,
        indicatorId: line.indicatorId,
        name: line.name,
        unit: line.unit,
        weight: line.weight,
        share: line.share.text,
        source: line.source,
        value,
        ...points,
        ...(frozen && saved?.score.computedScore != null ? { computed: Number(saved.score.computedScore), points: Number(saved.score.computedScore) + points.onsite } : {}),
        onsiteScore,
        onsiteNote: saved?.score.onsiteNote ?? null,
        assessor: saved?.assessor ?? null,
      };
    });
    const mine = adjustments.filter((a) => a.letterId === u.letterId).map((a) => ({ id: a.id, kind: a.kind, points: Number(a.points), reason: a.reason }));
    const sum = (f: (l: (typeof lines)[number]) => number) => Math.round(lines.reduce((a, l) => a + f(l) * 100, 0)) / 100;
    const bonus = mine.filter((a) => a.kind === 'bonus').reduce((a, x) => a + x.points, 0);
    const deductions = mine.filter((a) => a.kind === 'deduction').reduce((a, x) => a + x.points, 0);
    const computed = sum((l) => l.computed);
    const onsite = sum((l) => l.onsite);
    return {
      letterId: u.letterId,
      unit: u.unit,
      rankGroup: rankGroupOf(u.unit.group),
      lines,
      adjustments: mine,
      computed,
      onsite,
      bonus,
      deductions,
      total: Math.round((computed + onsite + bonus - deductions) * 100) / 100,
    };
  });
  const ranked = [...new Set(units.map((u) => u.rankGroup))].flatMap((group) => rankByTotal(units.filter((u) => u.rankGroup === group)));
  // A unit sees its own result once the round is locked; the bureau sees every unit's all along.
  const refBy = new Map(figures.units.map((u) => [u.letterId, u.ref]));
  const visible = user.role === 'staff' || user.role === 'leader' ? ranked : frozen ? ranked.filter((u) => answersFor(user, refBy.get(u.letterId)!)) : [];
  return {
    id: round.id,
    year: round.year,
    kind,
    status: round.status,
    onsiteShare,
    asOfMonth: kind === 'mid_year' ? 6 : 12,
    lockedAt: round.lockedAt,
    signedOffAt: round.signedOffAt,
    version: round.version,
    units: visible,
  };
}

async function openRound(db: DbOrTx, id: number) {
  const round = await findRound(db, id);
  if (round.status !== 'open') throw new AppError('ROUND_LOCKED');
  return round;
}

/** 现场打分: assessors' on-site points per unit and indicator, each within its on-site maximum. */
export async function saveScores(db: DbOrTx, user: SessionUser, actor: Actor, id: number, body: z.infer<typeof scoresBody>) {
  const round = await openRound(db, id);
  const results = await roundResults(db, user, id);
  const lineBy = new Map(results.units.flatMap((u) => u.lines.map((l) => [l.letterItemId, l])));
  body.items.forEach((item, i) => {
    const line = lineBy.get(item.letterItemId);
    if (!line) throw AppError.invalid(`body.items.${i}.letterItemId`, 'not_letter_item', { year: round.year });
    if (item.onsiteScore !== null && item.onsiteScore > line.onsiteMax) throw AppError.invalid(`body.items.${i}.onsiteScore`, 'onsite_over_max', { max: line.onsiteMax });
  });
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: targetAssessments.status }).from(targetAssessments).where(eq(targetAssessments.id, id)).for('share');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    for (const item of body.items) {
      const values = { onsiteScore: item.onsiteScore === null ? null : String(item.onsiteScore), onsiteNote: item.note ?? null, assessorId: user.id, updatedAt: clock.now() };
      await tx
        .insert(targetAssessmentScores)
        .values({ assessmentId: id, letterItemId: item.letterItemId, ...values })
        .onConflictDoUpdate({ target: [targetAssessmentScores.assessmentId, targetAssessmentScores.letterItemId], set: values });
    }
    await recordAudit(tx, actor, { action: 'assessment.score', entityType: 'assessment', entityId: id, after: body });
  });
}

export async function addAdjustment(db: DbOrTx, user: SessionUser, actor: Actor, id: number, body: z.infer<typeof adjustmentBody>) {
  const round = await openRound(db, id);
  const [letter] = await db.select({ year: targetLetters.year, status: targetLetters.status }).from(targetLetters).where(eq(targetLetters.id, body.letterId));
  if (!letter || letter.year !== round.year || letter.status === 'draft') throw AppError.invalid('body.letterId', 'not_letter', { year: round.year });
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: targetAssessments.status }).from(targetAssessments).where(eq(targetAssessments.id, id)).for('share');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    const [row] = await tx
      .insert(targetAssessmentAdjustments)
      .values({ assessmentId: id, letterId: body.letterId, kind: body.kind, points: String(body.points), reason: body.reason, createdBy: user.id })
      .returning({ id: targetAssessmentAdjustments.id });
    await recordAudit(tx, actor, { action: `assessment.${body.kind}`, entityType: 'assessment', entityId: id, after: body });
    return { id: row!.id };
  });
}

export async function removeAdjustment(db: DbOrTx, actor: Actor, id: number, adjustmentId: number) {
  await openRound(db, id);
  await db.transaction(async (tx) => {
    const [locked] = await tx.select({ status: targetAssessments.status }).from(targetAssessments).where(eq(targetAssessments.id, id)).for('share');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    const [before] = await tx
      .delete(targetAssessmentAdjustments)
      .where(and(eq(targetAssessmentAdjustments.id, adjustmentId), eq(targetAssessmentAdjustments.assessmentId, id)))
      .returning();
    if (!before) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'assessment.adjustment_remove', entityType: 'assessment', entityId: id, before });
  });
}

/**
 * 锁定 freezes each unit's figures and computed points as they stand, so later data cannot move a result;
 * 解锁 reopens a round not yet signed off; 签发 (a leader) makes the locked result final.
 */
export async function actOnRound(db: DbOrTx, user: SessionUser, actor: Actor, id: number, body: z.infer<typeof roundAction>) {
  const round = await findRound(db, id);
  const from = { lock: 'open', unlock: 'locked', sign_off: 'locked' }[body.action];
  const to = { lock: 'locked', unlock: 'open', sign_off: 'signed_off' }[body.action];
  if ((body.action === 'sign_off') !== (user.role === 'leader')) throw new AppError('FORBIDDEN');
  if (round.status !== from) throw round.status === 'signed_off' ? new AppError('ROUND_LOCKED') : refusal('round', round.status, body.action);
  const results = body.action === 'lock' ? await roundResults(db, user, id) : null;
  await db.transaction(async (tx) => {
    const set =
      body.action === 'lock'
        ? { status: to, lockedAt: clock.now(), lockedBy: user.id }
        : body.action === 'unlock'
          ? { status: to, lockedAt: null, lockedBy: null }
          : { status: to, signedOffAt: clock.now(), signedOffBy: user.id };
    const updated = await tx
      .update(targetAssessments)
      .set({ ...set, updatedAt: sql`now()`, version: sql`${targetAssessments.version} + 1` })
      .where(and(eq(targetAssessments.id, id), eq(targetAssessments.status, from)))
      .returning({ id: targetAssessments.id });
    if (!updated.length) throw new AppError('STALE_VERSION');
    for (const line of results?.units.flatMap((u) => u.lines) ?? []) {
      const frozen = { value: line.value === null ? null : String(line.value), computedScore: String(line.computed), updatedAt: clock.now() };
      await tx
        .insert(targetAssessmentScores)
        .values({ assessmentId: id, letterItemId: line.letterItemId, ...frozen })
        .onConflictDoUpdate({ target: [targetAssessmentScores.assessmentId, targetAssessmentScores.letterItemId], set: frozen });
    }
    await recordAudit(tx, actor, { action: `assessment.${body.action}`, entityType: 'assessment', entityId: id, before: { status: from }, after: { status: to } });
  });
  return { status: to };
}
