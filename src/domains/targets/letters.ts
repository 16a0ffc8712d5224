import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type DbOrTx, together } from '../../db/client.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.js';
import {
  approvalRequests,
  indicators,
  jurisdictions,
  sections,
  targetLetterItems,
  targetLetters,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { zodProblem } from '../../server/problems.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { pendingApproval, requestApproval } from '../approvals/requests.js';
import { notify } from '../notifications/notifications.service.js';
import { checkDecomposition, type DecompositionTier } from './decomposition.js';
import { type Direction, targetText } from './progress.js';
import { answersFor, type UnitRef, unitsOf } from './units.js';
import * as clock from '../../shared/clock.js';
import type { ApprovalExecutor } from '../approvals/executors.js';
import { apiEn } from '../../shared/locales/api.en.js';
import { apiZhCN } from '../../shared/locales/api.zh-CN.js';

const year = z.number().int().min(2000).max(2100);

export const letterBody = z
  .object({
    year,
    unitKind: z.enum(['jurisdiction', 'section', 'staff']),
    jurisdictionCode: z.string().max(40).nullish(),
    sectionCode: z.string().max(40).nullish(),
    userId: z.number().int().positive().nullish(),
    note: z.string().trim().max(2000).nullish(),
    items: z
      .array(
        z.object({
          indicatorId: z.number().int().positive(),
          shareMin: z.number().min(0).nullish(),
          shareMax: z.number().min(0).nullish(),
          weight: z.number().min(0).max(100),
        }),
      )
      .max(100),
  })
  .superRefine((b, ctx) => {
    const needs = { jurisdiction: 'jurisdictionCode', section: 'sectionCode', staff: 'userId' } as const;
    if (!b[needs[b.unitKind]]) ctx.addIssue(zodProblem('name_the_unit', [needs[b.unitKind]]));
    const seen = new Set<number>();
    b.items.forEach((item, i) => {
      if (seen.has(item.indicatorId)) ctx.addIssue(zodProblem('indicator_repeated', ['items', i, 'indicatorId']));
      seen.add(item.indicatorId);
      if (item.shareMin != null && item.shareMax != null && item.shareMin > item.shareMax)
        ctx.addIssue(zodProblem('share_below_min', ['items', i, 'shareMax']));
    });
    const weights = b.items.reduce((a, item) => a + Math.round(item.weight * 100), 0);
    if (weights > 10000) ctx.addIssue(zodProblem('weights_over_100', ['items'], { total: weights / 100 }));
  });
export type LetterBody = z.infer<typeof letterBody>;

export const letterAction = z.object({
  action: z.enum(['issue', 'withdraw', 'sign', 'lock']),
  /** For sign: who signed for the unit, and the day. */
  signatory: z.string().trim().min(2).max(40).optional(),
  signedOn: z.iso.date().optional(),
});

const num = (v: string | null) => (v === null ? null : Number(v));
const rateUnits = new Set(['%', '‰', '个百分点']);
const tierOf = (unitKind: string): DecompositionTier | null =>
  unitKind === 'jurisdiction' ? 'territory' : unitKind === 'section' ? 'bureau' : null;

/** Staff and leaders see every letter; a liaison or a member of staff also its own once issued. */
function canSee(user: SessionUser, letter: UnitRef & { status: string }): boolean {
  if (user.role === 'leader' || user.role === 'staff') return true;
  return letter.status !== 'draft' && answersFor(user, letter);
}

export async function findLetter(db: DbOrTx, user: SessionUser, id: number) {
  const [letter] = await db.select().from(targetLetters).where(eq(targetLetters.id, id));
  if (!letter || !canSee(user, letter)) throw new AppError('NOT_FOUND');
  return letter;
}

/** A year's letters with their units, status, and how many indicators each carries. */
export async function listLetters(
  db: DbOrTx,
  user: SessionUser,
  q: { year: number; status?: string; unitKind?: string },
) {
  const rows = await db
    .select({
      id: targetLetters.id,
      year: targetLetters.year,
      unitKind: targetLetters.unitKind,
      jurisdictionCode: targetLetters.jurisdictionCode,
      sectionCode: targetLetters.sectionCode,
      userId: targetLetters.userId,
      status: targetLetters.status,
      signatory: targetLetters.signatory,
      signedOn: targetLetters.signedOn,
      version: targetLetters.version,
    })
    .from(targetLetters)
    .where(
      and(
        eq(targetLetters.year, q.year),
        q.status ? eq(targetLetters.status, q.status) : undefined,
        q.unitKind ? eq(targetLetters.unitKind, q.unitKind) : undefined,
      ),
    )
    .orderBy(asc(targetLetters.unitKind), asc(targetLetters.id));
  const visible = rows.filter((r) => canSee(user, r));
  const carried = visible.length
    ? await db
        .select({
          letterId: targetLetterItems.letterId,
          items: sql<number>`count(*)::int`,
          weight: sql<string>`sum(${targetLetterItems.weight})::text`,
        })
        .from(targetLetterItems)
        .where(
          inArray(
            targetLetterItems.letterId,
            visible.map((r) => r.id),
          ),
        )
        .groupBy(targetLetterItems.letterId)
    : [];
  const carriedBy = new Map(carried.map((c) => [c.letterId, c]));
  // 报批中: drafts whose 下达 waits for the director.
  const drafts = visible.filter((r) => r.status === 'draft').map((r) => r.id);
  const pending = new Set(
    drafts.length
      ? (
          await db
            .select({ id: approvalRequests.entityId })
            .from(approvalRequests)
            .where(
              and(
                eq(approvalRequests.kind, 'letter_issue'),
                eq(approvalRequests.status, 'pending'),
                inArray(approvalRequests.entityId, drafts),
              ),
            )
        ).map((r) => r.id)
      : [],
  );
  const unit = await unitsOf(db, visible);
  const groupOrder = ['town', 'zone', 'street', 'department', 'section', 'staff'];
  return {
    items: visible
      .map((r) => ({
        ...r,
        items: carriedBy.get(r.id)?.items ?? 0,
        weight: Number(carriedBy.get(r.id)?.weight ?? 0),
        unit: unit(r),
        pendingIssue: pending.has(r.id),
      }))
      .sort((a, b) => groupOrder.indexOf(a.unit.group) - groupOrder.indexOf(b.unit.group) || a.id - b.id),
  };
}

/** A letter with the indicators it carries and each share as officials write it. */
export async function letterDetail(db: DbOrTx, user: SessionUser, id: number) {
  const letter = await findLetter(db, user, id);
  const items = await db
    .select({ item: targetLetterItems, indicator: indicators })
    .from(targetLetterItems)
    .innerJoin(indicators, eq(indicators.id, targetLetterItems.indicatorId))
    .where(eq(targetLetterItems.letterId, id))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id));
  const unit = (await unitsOf(db, [letter]))(letter);
  return {
    ...letter,
    unit,
    items: items.map(({ item, indicator }) => {
      const share = { direction: indicator.direction as Direction, min: num(item.shareMin), max: num(item.shareMax) };
      return {
        id: item.id,
        indicatorId: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        direction: share.direction,
        source: indicator.source,
        share: { min: share.min, max: share.max, text: targetText(share, indicator.unit) },
        cityTarget: targetText(
          { direction: share.direction, min: num(indicator.targetMin), max: num(indicator.targetMax) },
          indicator.unit,
        ),
        weight: Number(item.weight),
      };
    }),
  };
}

/** The unit must exist (and a staff letter name a member of staff); every indicator must be the year's, with the share its direction needs. */
async function checkLetter(db: DbOrTx, body: LetterBody) {
  if (
    body.unitKind === 'jurisdiction' &&
    !(
      await db
        .select({ c: jurisdictions.code })
        .from(jurisdictions)
        .where(eq(jurisdictions.code, body.jurisdictionCode!))
    ).length
  )
    throw AppError.invalid('body.jurisdictionCode', 'jurisdiction_unknown');
  if (
    body.unitKind === 'section' &&
    !(await db.select({ c: sections.code }).from(sections).where(eq(sections.code, body.sectionCode!))).length
  )
    throw AppError.invalid('body.sectionCode', 'section_unknown');
  if (body.unitKind === 'staff') {
    const [person] = await db.select({ role: users.role }).from(users).where(eq(users.id, body.userId!));
    if (!person || !['staff', 'leader'].includes(person.role))
      throw AppError.invalid('body.userId', 'not_bureau_member');
  }
  const ids = body.items.map((i) => i.indicatorId);
  const known = ids.length
    ? await db
        .select()
        .from(indicators)
        .where(and(inArray(indicators.id, ids), eq(indicators.year, body.year)))
    : [];
  const byId = new Map(known.map((k) => [k.id, k]));
  body.items.forEach((item, i) => {
    const indicator = byId.get(item.indicatorId);
    if (!indicator) throw AppError.invalid(`body.items.${i}.indicatorId`, 'indicator_not_of_year', { year: body.year });
    if (indicator.direction !== 'at_most' && item.shareMin == null)
      throw AppError.invalid(`body.items.${i}.shareMin`, 'share_min_needed');
    if (indicator.direction !== 'at_least' && item.shareMax == null)
      throw AppError.invalid(`body.items.${i}.shareMax`, 'share_max_needed');
    // A unit's part of a count or an amount cannot exceed the whole city's; a rate (%) may be set above it.
    if (rateUnits.has(indicator.unit)) return;
    const city = {
      direction: indicator.direction as Direction,
      min: num(indicator.targetMin),
      max: num(indicator.targetMax),
    };
    const above = (share: number | null | undefined, whole: number | null) =>
      share != null && whole !== null && Math.round(share * 100) > Math.round(whole * 100);
    if (above(item.shareMin, city.min) || above(item.shareMax, city.max ?? city.min)) {
      const share = { direction: city.direction, min: item.shareMin ?? null, max: item.shareMax ?? null };
      throw AppError.invalid(
        `body.items.${i}.${above(item.shareMin, city.min) ? 'shareMin' : 'shareMax'}`,
        'share_above_target',
        { share: targetText(share, indicator.unit), target: targetText(city, indicator.unit) },
      );
    }
  });
}

function unitColumns(body: LetterBody) {
  return {
    year: body.year,
    unitKind: body.unitKind,
    jurisdictionCode: body.unitKind === 'jurisdiction' ? body.jurisdictionCode! : null,
    sectionCode: body.unitKind === 'section' ? body.sectionCode! : null,
    userId: body.unitKind === 'staff' ? body.userId! : null,
    note: body.note ?? null,
  };
}

async function writeItems(tx: DbOrTx, letterId: number, body: LetterBody) {
  await tx.delete(targetLetterItems).where(eq(targetLetterItems.letterId, letterId));
  if (!body.items.length) return;
  await tx.insert(targetLetterItems).values(
    body.items.map((i) => ({
      letterId,
      indicatorId: i.indicatorId,
      shareMin: i.shareMin == null ? null : String(i.shareMin),
      shareMax: i.shareMax == null ? null : String(i.shareMax),
      weight: String(i.weight),
    })),
  );
}

const duplicateUnit = (error: unknown) =>
  isUniqueViolation(error)
    ? new AppError('DUPLICATE_RECORD', {
        params: { fields: { zh: apiZhCN.records.letterKey, en: apiEn.records.letterKey } },
      })
    : error;

export async function createLetter(db: DbOrTx, actor: Actor, body: LetterBody) {
  await checkLetter(db, body);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targetLetters)
      .values(unitColumns(body))
      .returning({ id: targetLetters.id })
      .catch((error: unknown) => {
        throw duplicateUnit(error);
      });
    await writeItems(tx, row!.id, body);
    await recordAudit(tx, actor, {
      action: 'target_letter.create',
      entityType: 'target_letter',
      entityId: row!.id,
      after: body,
    });
    return { id: row!.id };
  });
}

/** Only a draft changes; an issued letter is withdrawn to draft first, a signed one not at all. */
export async function updateLetter(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: LetterBody & { version?: number },
) {
  const before = await findLetter(db, user, id);
  if (before.status !== 'draft') throw new AppError('LETTER_LOCKED');
  if (await pendingApproval(db, 'letter_issue', id)) throw new AppError('APPROVAL_PENDING');
  if (body.version !== undefined && body.version !== before.version) throw new AppError('STALE_VERSION');
  await checkLetter(db, body);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(targetLetters)
      .set({ ...unitColumns(body), updatedAt: sql`now()`, version: sql`${targetLetters.version} + 1` })
      .where(
        and(eq(targetLetters.id, id), eq(targetLetters.version, before.version), eq(targetLetters.status, 'draft')),
      )
      .returning({ id: targetLetters.id })
      .catch((error: unknown) => {
        throw duplicateUnit(error);
      });
    if (!updated.length) throw new AppError('STALE_VERSION');
    await writeItems(tx, id, body);
    await recordAudit(tx, actor, {
      action: 'target_letter.update',
      entityType: 'target_letter',
      entityId: id,
      before,
      after: body,
    });
  });
}

export async function deleteLetter(db: DbOrTx, user: SessionUser, actor: Actor, id: number) {
  const before = await findLetter(db, user, id);
  if (before.status !== 'draft') throw new AppError('LETTER_LOCKED');
  if (await pendingApproval(db, 'letter_issue', id)) throw new AppError('APPROVAL_PENDING');
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(targetLetters)
      .where(and(eq(targetLetters.id, id), eq(targetLetters.status, 'draft')))
      .returning({ id: targetLetters.id })
      .catch((error: unknown) => {
        throw isForeignKeyViolation(error) ? new AppError('IN_USE') : error;
      });
    if (!deleted.length) throw new AppError('LETTER_LOCKED');
    await recordAudit(tx, actor, { action: 'target_letter.delete', entityType: 'target_letter', entityId: id, before });
  });
}

/**
 * 目标分解校核 for a year: every indicator's city target beside the sum of the units' shares, per tier
 * (towns, zones, streets and departments; the bureau's sections).
 */
export async function decomposition(db: DbOrTx, year: number) {
  const [system, shares] = await together(db, [
    () =>
      db
        .select()
        .from(indicators)
        .where(eq(indicators.year, year))
        .orderBy(asc(indicators.sortOrder), asc(indicators.id)),
    () =>
      db
        .select({
          indicatorId: targetLetterItems.indicatorId,
          unitKind: targetLetters.unitKind,
          min: targetLetterItems.shareMin,
          max: targetLetterItems.shareMax,
        })
        .from(targetLetterItems)
        .innerJoin(targetLetters, eq(targetLetters.id, targetLetterItems.letterId))
        .where(eq(targetLetters.year, year)),
  ]);
  return {
    year,
    items: system.map((indicator) => {
      const target = {
        direction: indicator.direction as Direction,
        min: num(indicator.targetMin),
        max: num(indicator.targetMax),
      };
      const mine = shares.flatMap((s) => {
        const tier = tierOf(s.unitKind);
        return s.indicatorId === indicator.id && tier ? [{ tier, min: num(s.min), max: num(s.max) }] : [];
      });
      return {
        indicatorId: indicator.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        target: { ...target, text: targetText(target, indicator.unit) },
        tiers: checkDecomposition(target, mine),
      };
    }),
  };
}

/**
 * 下达 → 签订 → 锁定. Issuing checks the decomposition of every indicator the letter carries in its tier and
 * that its weights make 100; signing records who signed for the unit and when; a locked letter is final.
 */
export async function actOnLetter(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof letterAction>,
  o: { approvedBy?: SessionUser } = {},
): Promise<{ status: string; pendingApproval?: number }> {
  const letter = await findLetter(db, user, id);
  const from = { issue: 'draft', withdraw: 'issued', sign: 'issued', lock: 'signed' }[body.action];
  const to = { issue: 'issued', withdraw: 'draft', sign: 'signed', lock: 'locked' }[body.action];
  const staffOnly = body.action !== 'sign';
  if (user.role !== 'staff' && (staffOnly || !answersFor(user, letter))) throw new AppError('FORBIDDEN');
  if (letter.status !== from) throw refusal('letter', letter.status, body.action);
  const set: Partial<typeof targetLetters.$inferInsert> = { status: to };
  if (body.action === 'issue') {
    const detail = await letterDetail(db, user, id);
    const weight = detail.items.reduce((a, i) => a + Math.round(i.weight * 100), 0);
    if (!detail.items.length || weight !== 10000)
      throw AppError.invalid('body.items', 'weights_not_100', { total: weight / 100 });
    const tier = tierOf(letter.unitKind);
    if (tier) {
      const carried = new Set(detail.items.map((i) => i.indicatorId));
      const short = (await decomposition(db, letter.year)).items.filter(
        (i) => carried.has(i.indicatorId) && i.tiers.some((t) => t.tier === tier && t.status === 'short'),
      );
      if (short.length)
        throw new AppError('DECOMPOSITION_SHORT', {
          params: { indicators: short.map((i) => i.name).join('、') },
          details: short.map((i) => ({ indicatorId: i.indicatorId, tiers: i.tiers })),
        });
    }
    // 下达 is the director's: the prepared letter goes to its approval chain and is issued when approved.
    if (!o.approvedBy) {
      const request = await db.transaction((tx) =>
        requestApproval(tx, user, actor, {
          kind: 'letter_issue',
          entityType: 'target_letter',
          entityId: id,
          sectionCode: user.sectionCode,
          title: `${letter.year}年度目标责任状：${detail.unit.name}`,
          payload: { year: letter.year, unit: detail.unit.name },
        }),
      );
      return { status: letter.status, pendingApproval: request.id };
    }
    Object.assign(set, { issuedAt: clock.now(), issuedBy: user.id });
  }
  if (body.action === 'sign') {
    if (!body.signatory || !body.signedOn)
      throw AppError.invalid(body.signatory ? 'body.signedOn' : 'body.signatory', 'signatory_and_day');
    // Signed between its issue and the end of its year, and not in the future.
    const issuedOn = clock.beijingDay(letter.issuedAt!);
    if (body.signedOn < issuedOn) throw AppError.invalid('body.signedOn', 'signed_before_issue', { issuedOn });
    if (body.signedOn > `${letter.year}-12-31`)
      throw AppError.invalid('body.signedOn', 'signed_outside_year', { year: letter.year });
    if (body.signedOn > clock.today()) throw AppError.invalid('body.signedOn', 'in_future', { today: clock.today() });
    Object.assign(set, { signatory: body.signatory, signedOn: body.signedOn, signedRecordedBy: user.id });
  }
  if (body.action === 'lock') Object.assign(set, { lockedAt: clock.now(), lockedBy: user.id });
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(targetLetters)
      .set({ ...set, updatedAt: sql`now()`, version: sql`${targetLetters.version} + 1` })
      .where(and(eq(targetLetters.id, id), eq(targetLetters.status, from)))
      .returning({ id: targetLetters.id });
    if (!updated.length) throw new AppError('STALE_VERSION');
    await recordAudit(tx, actor, {
      action: `target_letter.${body.action}`,
      entityType: 'target_letter',
      entityId: id,
      before: { status: from },
      after: set,
    });
    if (body.action === 'issue') {
      const audience =
        letter.unitKind === 'jurisdiction'
          ? { jurisdictionCode: letter.jurisdictionCode! }
          : letter.unitKind === 'section'
            ? { sectionCode: letter.sectionCode! }
            : { userIds: [letter.userId!] };
      await notify(tx, audience, { kind: 'letter.issued', params: { letterId: id, year: letter.year } }, user.id);
    }
  });
  return { status: to };
}

/** Issuing a letter, once its approval is signed. */
export const executeLetterIssue: ApprovalExecutor = (tx, e) =>
  actOnLetter(tx, e.requester, e.actor, e.request.entityId, { action: 'issue' }, { approvedBy: e.approver });
