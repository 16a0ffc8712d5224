import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type DbOrTx, together } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import {
  indicatorSystems,
  targetAssessmentAbsences,
  targetAssessmentAdjustments,
  targetAssessmentAssessors,
  targetAssessmentScores,
  targetAssessmentSheets,
  targetAssessments,
  targetLetterItems,
  targetLetters,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import type { FieldProblem } from '../../server/problems.js';
import { refusal } from '../../server/refusals.js';
import { closeByLeader, pendingApproval, requestApproval } from '../approvals/requests.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { figuresAt, loadYear, type YearData } from './figures.js';
import { combineSheets, expectedBy, lineScore, rankByTotal, type ScoringRule, scoringRules } from './scoring.js';
import { answersFor } from './units.js';
import * as clock from '../../shared/clock.js';
import type { ApprovalExecutor } from '../approvals/executors.js';
import { apiEn } from '../../shared/locales/api.en.js';
import { apiZhCN } from '../../shared/locales/api.zh-CN.js';

const twoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const assessorIds = z.array(z.number().int().positive()).max(30);

export const roundBody = z.object({
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(['mid_year', 'year_end']),
  onsiteShare: z.number().min(0).max(100).default(40),
  scoringRule: z.enum(scoringRules).default('mean'),
  /** 考核组: the members of staff (or leaders) who score on site. */
  assessorIds: assessorIds.default([]),
});
export const teamBody = z.object({ assessorIds });
export const scoresBody = z.object({
  items: z
    .array(
      z.object({
        letterItemId: z.number().int().positive(),
        onsiteScore: z
          .number()
          .min(0)
          .max(100)
          .refine(twoDecimals, { params: { problem: 'at_most_two_decimals' } })
          .nullable(),
        note: z.string().trim().max(500).nullish(),
      }),
    )
    .min(1)
    .max(2000),
});
export const adjustmentBody = z.object({
  letterId: z.number().int().positive(),
  kind: z.enum(['deduction', 'bonus']),
  points: z
    .number()
    .positive()
    .max(100)
    .refine(twoDecimals, { params: { problem: 'at_most_two_decimals' } }),
  reason: z.string().trim().min(2).max(500),
});
export const absenceBody = z.object({
  letterId: z.number().int().positive(),
  reason: z.string().trim().min(2).max(500),
});
export const roundAction = z.object({
  action: z.enum(['lock', 'unlock', 'sign_off']),
  /** For sign_off: the 文号 the result notices carry, e.g. 江科发〔2026〕12号. */
  noticeDocNo: z.string().trim().min(4).max(60).optional(),
});

/** Towns, zones and streets are ranked together; departments, sections and staff each among themselves. */
const rankGroupOf = (group: string) => (['town', 'zone', 'street'].includes(group) ? 'territory' : group);

async function findRound(db: DbOrTx, id: number) {
  const [round] = await db.select().from(targetAssessments).where(eq(targetAssessments.id, id));
  if (!round) throw new AppError('NOT_FOUND');
  return round;
}

/** A year's rounds, the latest first: the year-end round before the mid-year one. */
export async function listRounds(db: DbOrTx, q: { year?: number }) {
  const rows = await db
    .select()
    .from(targetAssessments)
    .where(q.year ? eq(targetAssessments.year, q.year) : undefined)
    .orderBy(desc(targetAssessments.year), desc(targetAssessments.kind));
  return {
    items: rows.map((r) => ({
      id: r.id,
      year: r.year,
      kind: r.kind,
      status: r.status,
      onsiteShare: Number(r.onsiteShare),
      scoringRule: r.scoringRule,
      lockedAt: r.lockedAt,
      signedOffAt: r.signedOffAt,
    })),
  };
}

/** Only active members of the bureau (staff or leaders) sit on an assessment team. */
async function checkTeam(db: DbOrTx, ids: number[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const found = await db
    .select({ id: users.id, role: users.role, active: users.active })
    .from(users)
    .where(inArray(users.id, unique));
  unique.forEach((id, i) => {
    const member = found.find((u) => u.id === id);
    if (!member?.active || !['staff', 'leader'].includes(member.role))
      throw AppError.invalid(`body.assessorIds.${i}`, 'not_bureau_member');
  });
  return unique;
}

export async function createRound(db: DbOrTx, actor: Actor, body: z.infer<typeof roundBody>) {
  const team = await checkTeam(db, body.assessorIds);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targetAssessments)
      .values({
        year: body.year,
        kind: body.kind,
        onsiteShare: String(body.onsiteShare),
        scoringRule: body.scoringRule,
      })
      .returning({ id: targetAssessments.id })
      .catch((error: unknown) => {
        throw isUniqueViolation(error)
          ? new AppError('DUPLICATE_RECORD', {
              params: { fields: { zh: apiZhCN.records.roundKey, en: apiEn.records.roundKey } },
            })
          : error;
      });
    if (team.length)
      await tx.insert(targetAssessmentAssessors).values(team.map((userId) => ({ assessmentId: row!.id, userId })));
    await recordAudit(tx, actor, {
      action: 'assessment.create',
      entityType: 'assessment',
      entityId: row!.id,
      after: body,
    });
    return { id: row!.id };
  });
}

/** 考核组 changes while the round is open; a member who leaves takes their sheets along. */
export async function setTeam(db: DbOrTx, actor: Actor, id: number, body: z.infer<typeof teamBody>) {
  await openRound(db, id);
  const team = await checkTeam(db, body.assessorIds);
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: targetAssessments.status })
      .from(targetAssessments)
      .where(eq(targetAssessments.id, id))
      .for('update');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    const before = await tx
      .select({ userId: targetAssessmentAssessors.userId })
      .from(targetAssessmentAssessors)
      .where(eq(targetAssessmentAssessors.assessmentId, id));
    await tx.delete(targetAssessmentAssessors).where(eq(targetAssessmentAssessors.assessmentId, id));
    if (team.length)
      await tx.insert(targetAssessmentAssessors).values(team.map((userId) => ({ assessmentId: id, userId })));
    await tx
      .delete(targetAssessmentSheets)
      .where(
        and(
          eq(targetAssessmentSheets.assessmentId, id),
          team.length ? notInArray(targetAssessmentSheets.assessorId, team) : undefined,
        ),
      );
    await recordAudit(tx, actor, {
      action: 'assessment.team',
      entityType: 'assessment',
      entityId: id,
      before: before.map((b) => b.userId),
      after: team,
    });
  });
}

/** Bonus and deduction caps of a year's indicator system (the defaults when none is set). */
export async function capsOf(db: DbOrTx, year: number) {
  const [system] = await db.select().from(indicatorSystems).where(eq(indicatorSystems.year, year));
  return { bonus: Number(system?.bonusCap ?? 5), deduction: Number(system?.deductionCap ?? 10) };
}

/**
 * 考核结果: every unit in force with each indicator's figure, computed points and the team's on-site score
 * (each member's sheet shown), its deductions and bonus items, total and rank in its group. Only units whose
 * letter is signed and locked are ranked. Open rounds compute figures live (mid-year as of June, year end as
 * of December); locked rounds read what was frozen when they were locked.
 */
export async function roundResults(db: DbOrTx, user: SessionUser, id: number, loaded?: YearData) {
  const round = await findRound(db, id);
  const kind = round.kind as 'mid_year' | 'year_end';
  const onsiteShare = Number(round.onsiteShare);
  const rule = round.scoringRule as ScoringRule;
  const [figures, frozenScores, sheets, team, absences, adjustments, caps, pendingSignOff] = await together(db, [
    () =>
      (loaded?.year === round.year ? Promise.resolve(loaded) : loadYear(db, round.year)).then((data) =>
        figuresAt(data, { asOfMonth: kind === 'mid_year' ? 6 : 12 }),
      ),
    () => db.select().from(targetAssessmentScores).where(eq(targetAssessmentScores.assessmentId, id)),
    () =>
      db
        .select({ sheet: targetAssessmentSheets, assessor: users.displayName })
        .from(targetAssessmentSheets)
        .innerJoin(users, eq(users.id, targetAssessmentSheets.assessorId))
        .where(eq(targetAssessmentSheets.assessmentId, id))
        .orderBy(asc(targetAssessmentSheets.assessorId)),
    () =>
      db
        .select({ id: users.id, name: users.displayName })
        .from(targetAssessmentAssessors)
        .innerJoin(users, eq(users.id, targetAssessmentAssessors.userId))
        .where(eq(targetAssessmentAssessors.assessmentId, id))
        .orderBy(asc(users.id)),
    () => db.select().from(targetAssessmentAbsences).where(eq(targetAssessmentAbsences.assessmentId, id)),
    () =>
      db
        .select()
        .from(targetAssessmentAdjustments)
        .where(eq(targetAssessmentAdjustments.assessmentId, id))
        .orderBy(asc(targetAssessmentAdjustments.id)),
    () => capsOf(db, round.year),
    () => (round.status === 'locked' ? pendingApproval(db, 'assessment_result', id) : Promise.resolve(null)),
  ]);
  const frozenBy = new Map(frozenScores.map((s) => [s.letterItemId, s]));
  const sheetsBy = new Map<number, typeof sheets>();
  for (const s of sheets) sheetsBy.set(s.sheet.letterItemId, [...(sheetsBy.get(s.sheet.letterItemId) ?? []), s]);
  const absentBy = new Map(absences.map((a) => [a.letterId, a]));
  const teamIds = new Set(team.map((m) => m.id));
  const frozen = round.status !== 'open';
  const onsiteNeeded = onsiteShare > 0;
  const units = figures.units.map((u) => {
    const absence = absentBy.get(u.letterId);
    let missingSheets = 0;
    const lines = u.lines.map((line) => {
      const saved = frozenBy.get(line.itemId);
      const value = frozen ? (saved?.value == null ? null : Number(saved.value)) : line.value;
      const target = expectedBy({ direction: line.share.direction, min: line.share.min, max: line.share.max }, kind);
      const mine = (sheetsBy.get(line.itemId) ?? []).filter((s) => teamIds.has(s.sheet.assessorId) || frozen);
      const teamScore = frozen
        ? saved?.onsiteScore == null
          ? null
          : Number(saved.onsiteScore)
        : absence
          ? null
          : combineSheets(
              mine.map((s) => Number(s.sheet.onsiteScore)),
              rule,
            );
      if (onsiteNeeded && !absence)
        missingSheets += [...teamIds].filter((member) => !mine.some((s) => s.sheet.assessorId === member)).length;
      const points = lineScore({ weight: line.weight, onsiteShare, target, value, onsiteScore: teamScore });
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
        ...(frozen && saved?.computedScore != null
          ? { computed: Number(saved.computedScore), points: Number(saved.computedScore) + points.onsite }
          : {}),
        onsiteScore: teamScore,
        sheets: mine.map((s) => ({
          assessorId: s.sheet.assessorId,
          assessor: s.assessor,
          score: Number(s.sheet.onsiteScore),
          note: s.sheet.note,
        })),
      };
    });
    const mine = adjustments
      .filter((a) => a.letterId === u.letterId)
      .map((a) => ({ id: a.id, kind: a.kind, points: Number(a.points), reason: a.reason }));
    const sum = (f: (l: (typeof lines)[number]) => number) =>
      Math.round(lines.reduce((a, l) => a + f(l) * 100, 0)) / 100;
    const bonus = sum2(mine.filter((a) => a.kind === 'bonus').map((a) => a.points));
    const deductions = sum2(mine.filter((a) => a.kind === 'deduction').map((a) => a.points));
    const computed = sum((l) => l.computed);
    const onsite = sum((l) => l.onsite);
    return {
      letterId: u.letterId,
      letterStatus: u.status,
      unit: u.unit,
      rankGroup: rankGroupOf(u.unit.group),
      lines,
      adjustments: mine,
      absence: absence ? { reason: absence.reason } : null,
      /** Team sheets still to be filled in before the round can lock. */
      missingSheets,
      computed,
      onsite,
      bonus,
      deductions,
      total: Math.round((computed + onsite + bonus - deductions) * 100) / 100,
    };
  });
  // Only signed and locked letters are ranked; the others are shown, unranked, with their letter's state.
  const ranked = [...new Set(units.map((u) => u.rankGroup))].flatMap((group) => {
    const members = units.filter((u) => u.rankGroup === group);
    const rankable = members.filter((u) => u.letterStatus === 'locked');
    const ranks = new Map(rankByTotal(rankable).map((u) => [u.letterId, u.rank]));
    return [...members]
      .sort(
        (a, b) =>
          (ranks.get(a.letterId) ?? Number.MAX_SAFE_INTEGER) - (ranks.get(b.letterId) ?? Number.MAX_SAFE_INTEGER) ||
          b.total - a.total,
      )
      .map((u) => ({ ...u, rank: ranks.get(u.letterId) ?? null, rankOf: rankable.length }));
  });
  // A unit sees its own result once the round is locked; the bureau sees every unit's all along.
  const refBy = new Map(figures.units.map((u) => [u.letterId, u.ref]));
  const visible =
    user.role === 'staff' || user.role === 'leader'
      ? ranked
      : frozen
        ? ranked.filter((u) => answersFor(user, refBy.get(u.letterId)!))
        : [];
  return {
    id: round.id,
    year: round.year,
    kind,
    status: round.status,
    onsiteShare,
    scoringRule: rule,
    team,
    caps,
    asOfMonth: kind === 'mid_year' ? 6 : 12,
    lockedAt: round.lockedAt,
    signedOffAt: round.signedOffAt,
    noticeDocNo: round.noticeDocNo,
    /** Put up for sign-off and waiting for the director: its approval and the 文号 proposed. */
    pendingSignOff: pendingSignOff
      ? {
          id: pendingSignOff.id,
          noticeDocNo: (pendingSignOff.payload as { noticeDocNo: string }).noticeDocNo,
          dueOn: pendingSignOff.dueOn,
        }
      : null,
    version: round.version,
    units: visible,
  };
}

const sum2 = (values: number[]) => Math.round(values.reduce((a, v) => a + Math.round(v * 100), 0)) / 100;

async function openRound(db: DbOrTx, id: number) {
  const round = await findRound(db, id);
  if (round.status !== 'open') throw new AppError('ROUND_LOCKED');
  return round;
}

/** 现场打分: a team member's own sheet — on-site points per unit and indicator, each within its on-site maximum. */
export async function saveScores(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof scoresBody>,
) {
  const round = await openRound(db, id);
  const results = await roundResults(db, user, id);
  if (!results.team.some((m) => m.id === user.id)) throw new AppError('NOT_ASSESSOR');
  const lineBy = new Map(
    results.units.flatMap((u) => u.lines.map((l) => [l.letterItemId, { line: l, absent: u.absence !== null }])),
  );
  const problems = body.items.flatMap((item, i): FieldProblem[] => {
    const found = lineBy.get(item.letterItemId);
    if (!found)
      return [{ field: `body.items.${i}.letterItemId`, problem: 'not_letter_item', params: { year: round.year } }];
    if (found.absent && item.onsiteScore !== null)
      return [{ field: `body.items.${i}.onsiteScore`, problem: 'unit_absent' }];
    if (item.onsiteScore !== null && item.onsiteScore > found.line.onsiteMax)
      return [
        { field: `body.items.${i}.onsiteScore`, problem: 'onsite_over_max', params: { max: found.line.onsiteMax } },
      ];
    return [];
  });
  if (problems.length) throw AppError.invalidFields(problems);
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: targetAssessments.status })
      .from(targetAssessments)
      .where(eq(targetAssessments.id, id))
      .for('share');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    for (const item of body.items) {
      const mine = and(
        eq(targetAssessmentSheets.assessmentId, id),
        eq(targetAssessmentSheets.letterItemId, item.letterItemId),
        eq(targetAssessmentSheets.assessorId, user.id),
      );
      if (item.onsiteScore === null) {
        await tx.delete(targetAssessmentSheets).where(mine);
        continue;
      }
      const values = { onsiteScore: String(item.onsiteScore), note: item.note ?? null, updatedAt: clock.now() };
      await tx
        .insert(targetAssessmentSheets)
        .values({ assessmentId: id, letterItemId: item.letterItemId, assessorId: user.id, ...values })
        .onConflictDoUpdate({
          target: [
            targetAssessmentSheets.assessmentId,
            targetAssessmentSheets.letterItemId,
            targetAssessmentSheets.assessorId,
          ],
          set: values,
        });
    }
    await recordAudit(tx, actor, { action: 'assessment.score', entityType: 'assessment', entityId: id, after: body });
  });
}

/** 缺考: a unit not assessed on site, with the reason; its sheets go, its on-site part scores nothing. */
export async function markAbsent(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof absenceBody>,
) {
  const round = await openRound(db, id);
  await letterInForce(db, round.year, body.letterId);
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: targetAssessments.status })
      .from(targetAssessments)
      .where(eq(targetAssessments.id, id))
      .for('update');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    await tx
      .insert(targetAssessmentAbsences)
      .values({
        assessmentId: id,
        letterId: body.letterId,
        reason: body.reason,
        markedBy: user.id,
        markedAt: clock.now(),
      })
      .onConflictDoUpdate({
        target: [targetAssessmentAbsences.assessmentId, targetAssessmentAbsences.letterId],
        set: { reason: body.reason, markedBy: user.id, markedAt: clock.now() },
      });
    const items = tx
      .select({ id: targetLetterItems.id })
      .from(targetLetterItems)
      .where(eq(targetLetterItems.letterId, body.letterId));
    await tx
      .delete(targetAssessmentSheets)
      .where(and(eq(targetAssessmentSheets.assessmentId, id), inArray(targetAssessmentSheets.letterItemId, items)));
    await recordAudit(tx, actor, { action: 'assessment.absent', entityType: 'assessment', entityId: id, after: body });
  });
}

export async function clearAbsence(db: DbOrTx, actor: Actor, id: number, letterId: number) {
  await openRound(db, id);
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: targetAssessments.status })
      .from(targetAssessments)
      .where(eq(targetAssessments.id, id))
      .for('update');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    const [before] = await tx
      .delete(targetAssessmentAbsences)
      .where(and(eq(targetAssessmentAbsences.assessmentId, id), eq(targetAssessmentAbsences.letterId, letterId)))
      .returning();
    if (!before) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, {
      action: 'assessment.absence_clear',
      entityType: 'assessment',
      entityId: id,
      before,
    });
  });
}

async function letterInForce(db: DbOrTx, year: number, letterId: number) {
  const [letter] = await db
    .select({ year: targetLetters.year, status: targetLetters.status })
    .from(targetLetters)
    .where(eq(targetLetters.id, letterId));
  if (!letter || letter.year !== year || letter.status === 'draft')
    throw AppError.invalid('body.letterId', 'not_letter', { year });
}

/** 加分 / 扣分 with its reason, the unit's total of each kind within the cap its year's indicator system sets. */
export async function addAdjustment(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof adjustmentBody>,
) {
  const round = await openRound(db, id);
  await letterInForce(db, round.year, body.letterId);
  const caps = await capsOf(db, round.year);
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: targetAssessments.status })
      .from(targetAssessments)
      .where(eq(targetAssessments.id, id))
      .for('update');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    const same = await tx
      .select({ points: targetAssessmentAdjustments.points })
      .from(targetAssessmentAdjustments)
      .where(
        and(
          eq(targetAssessmentAdjustments.assessmentId, id),
          eq(targetAssessmentAdjustments.letterId, body.letterId),
          eq(targetAssessmentAdjustments.kind, body.kind),
        ),
      );
    const used = sum2(same.map((a) => Number(a.points)));
    const cap = body.kind === 'bonus' ? caps.bonus : caps.deduction;
    if (Math.round((used + body.points) * 100) > Math.round(cap * 100))
      throw AppError.invalid('body.points', body.kind === 'bonus' ? 'bonus_over_cap' : 'deduction_over_cap', {
        cap,
        used,
      });
    const [row] = await tx
      .insert(targetAssessmentAdjustments)
      .values({
        assessmentId: id,
        letterId: body.letterId,
        kind: body.kind,
        points: String(body.points),
        reason: body.reason,
        createdBy: user.id,
      })
      .returning({ id: targetAssessmentAdjustments.id });
    await recordAudit(tx, actor, {
      action: `assessment.${body.kind}`,
      entityType: 'assessment',
      entityId: id,
      after: body,
    });
    return { id: row!.id };
  });
}

export async function removeAdjustment(db: DbOrTx, actor: Actor, id: number, adjustmentId: number) {
  await openRound(db, id);
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: targetAssessments.status })
      .from(targetAssessments)
      .where(eq(targetAssessments.id, id))
      .for('update');
    if (locked?.status !== 'open') throw new AppError('ROUND_LOCKED');
    const [before] = await tx
      .delete(targetAssessmentAdjustments)
      .where(and(eq(targetAssessmentAdjustments.id, adjustmentId), eq(targetAssessmentAdjustments.assessmentId, id)))
      .returning();
    if (!before) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, {
      action: 'assessment.adjustment_remove',
      entityType: 'assessment',
      entityId: id,
      before,
    });
  });
}

/**
 * 锁定 freezes each unit's figures, computed points and the team's on-site score as they stand, so later data
 * cannot move a result — and only when every unit has every team member's sheet or is marked absent;
 * 解锁 reopens a round not yet signed off; 签发 (a leader) makes the locked result final under its 文号.
 */
export async function actOnRound(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof roundAction>,
): Promise<{ status: string; pendingApproval?: number }> {
  const round = await findRound(db, id);
  const from = { lock: 'open', unlock: 'locked', sign_off: 'locked' }[body.action];
  const to = { lock: 'locked', unlock: 'open', sign_off: 'signed_off' }[body.action];
  // Staff lock and unlock; the result is signed off by a leader — directly, or by approving what staff put up for it.
  if (body.action !== 'sign_off' && user.role !== 'staff') throw new AppError('FORBIDDEN');
  if (round.status !== from)
    throw round.status === 'signed_off' ? new AppError('ROUND_LOCKED') : refusal('round', round.status, body.action);
  if (body.action === 'sign_off' && !body.noticeDocNo) throw AppError.invalid('body.noticeDocNo', 'required');
  if (body.action === 'sign_off' && user.role === 'staff') {
    const request = await db.transaction((tx) =>
      requestApproval(tx, user, actor, {
        kind: 'assessment_result',
        entityType: 'assessment',
        entityId: id,
        sectionCode: user.sectionCode,
        title: `${round.year}年度${round.kind === 'mid_year' ? '年中' : '年终'}考核结果`,
        payload: { noticeDocNo: body.noticeDocNo },
      }),
    );
    return { status: round.status, pendingApproval: request.id };
  }
  if (body.action === 'unlock' && (await pendingApproval(db, 'assessment_result', id)))
    throw new AppError('APPROVAL_PENDING');
  const results = body.action === 'lock' ? await roundResults(db, user, id) : null;
  if (results) {
    if (Number(round.onsiteShare) > 0 && !results.team.length) throw new AppError('NO_ASSESSMENT_TEAM');
    const unscored = results.units.filter((u) => u.missingSheets > 0);
    if (unscored.length) {
      throw new AppError('ROUND_INCOMPLETE', {
        params: {
          count: unscored.length,
          units:
            unscored
              .slice(0, 5)
              .map((u) => u.unit.name)
              .join('、') + (unscored.length > 5 ? '…' : ''),
        },
        details: unscored.map((u) => ({ letterId: u.letterId, missingSheets: u.missingSheets })),
      });
    }
  }
  await db.transaction(async (tx) => {
    const set =
      body.action === 'lock'
        ? { status: to, lockedAt: clock.now(), lockedBy: user.id }
        : body.action === 'unlock'
          ? { status: to, lockedAt: null, lockedBy: null }
          : { status: to, signedOffAt: clock.now(), signedOffBy: user.id, noticeDocNo: body.noticeDocNo! };
    const updated = await tx
      .update(targetAssessments)
      .set({ ...set, updatedAt: sql`now()`, version: sql`${targetAssessments.version} + 1` })
      .where(and(eq(targetAssessments.id, id), eq(targetAssessments.status, from)))
      .returning({ id: targetAssessments.id });
    if (!updated.length) throw new AppError('STALE_VERSION');
    for (const line of results?.units.flatMap((u) => u.lines) ?? []) {
      const frozen = {
        value: line.value === null ? null : String(line.value),
        computedScore: String(line.computed),
        onsiteScore: line.onsiteScore === null ? null : String(line.onsiteScore),
        updatedAt: clock.now(),
      };
      await tx
        .insert(targetAssessmentScores)
        .values({ assessmentId: id, letterItemId: line.letterItemId, ...frozen })
        .onConflictDoUpdate({
          target: [targetAssessmentScores.assessmentId, targetAssessmentScores.letterItemId],
          set: frozen,
        });
    }
    if (body.action === 'sign_off') await closeByLeader(tx, user, 'assessment_result', id);
    await recordAudit(tx, actor, {
      action: `assessment.${body.action}`,
      entityType: 'assessment',
      entityId: id,
      before: { status: from },
      after: set,
    });
  });
  return { status: to };
}

/** Signing off an assessment round's results, once its approval is signed, under the notice's number. */
export const executeAssessmentResult: ApprovalExecutor = (tx, e) => {
  const p = e.request.payload as { noticeDocNo: string };
  return actOnRound(tx, e.approver, e.actor, e.request.entityId, { action: 'sign_off', noticeDocNo: p.noticeDocNo });
};
