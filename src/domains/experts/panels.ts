import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import {
  calls,
  expertDraws,
  expertProfiles,
  orgs,
  programs,
  projects,
  reviewAssignments,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import * as clock from '../../shared/clock.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { notify } from '../notifications/notifications.service.js';
import { drawFrom, eligible, newSeed, type PoolExpert } from './draw.js';

export const drawBody = z.object({
  /** The technical field the panel is drawn from; any field when absent. */
  field: z.string().trim().max(40).optional(),
  size: z.number().int().min(1).max(15),
  /** The last day experts score on. */
  dueOn: z.iso.date(),
  /** Given only to repeat a draw for the record; a fresh one is made otherwise. */
  seed: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{8,64}$/)
    .optional(),
});
export const replaceBody = z.object({
  expertId: z.number().int().positive(),
  reason: z.enum(['declined', 'missed_deadline', 'conflict', 'other']),
  note: z.string().trim().max(500).optional(),
});
export const declineBody = z.object({ reason: z.string().trim().min(2).max(500) });

/** The call, for staff of its program's section only. */
async function ownCall(db: DbOrTx, user: SessionUser, callId: number) {
  const [call] = await db
    .select({ id: calls.id, title: calls.title, sectionCode: programs.sectionCode, expertReview: calls.expertReview })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(eq(calls.id, callId));
  if (!call) throw new AppError('NOT_FOUND');
  if (user.role === 'staff' && call.sectionCode !== user.sectionCode) throw new AppError('FORBIDDEN');
  return call;
}

async function poolExperts(db: DbOrTx): Promise<PoolExpert[]> {
  const rows = await db
    .select({ id: users.id, orgId: users.orgId, jurisdictionCode: users.jurisdictionCode, profile: expertProfiles })
    .from(users)
    .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .where(and(eq(users.role, 'expert'), eq(users.active, true)))
    .orderBy(asc(users.id));
  return rows.map((r) => ({
    id: r.id,
    orgId: r.orgId,
    jurisdictionCode: r.jurisdictionCode,
    fields: r.profile?.fields ?? [],
    available: r.profile?.available ?? true,
    unavailableUntil: r.profile?.unavailableUntil ?? null,
    conflictOrgIds: r.profile?.conflictOrgIds ?? [],
  }));
}

async function underReview(db: DbOrTx, callId: number) {
  return db
    .select({ id: projects.id, orgId: projects.orgId, jurisdictionCode: orgs.jurisdictionCode })
    .from(projects)
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    .where(and(eq(projects.callId, callId), eq(projects.state, 'under_review')))
    .orderBy(asc(projects.id));
}

async function assign(
  tx: DbOrTx,
  expertIds: number[],
  projectIds: number[],
  o: { drawId: number; dueOn: string; callTitle: string },
) {
  if (!expertIds.length || !projectIds.length) return;
  await tx
    .insert(reviewAssignments)
    .values(
      expertIds.flatMap((expertId) =>
        projectIds.map((projectId) => ({
          projectId,
          expertId,
          drawId: o.drawId,
          dueOn: o.dueOn,
          assignedAt: clock.now(),
        })),
      ),
    )
    .onConflictDoNothing();
  await notify(
    tx,
    { userIds: expertIds },
    { kind: 'review.assigned', params: { title: o.callTitle, count: projectIds.length, dueOn: o.dueOn } },
  );
}

/**
 * 随机抽取评审专家: a panel of `size` drawn at random from the pool — in the field, available, and free of
 * every conflict with every application under review (回避) — and assigned to each of them with the deadline.
 * The seed, the candidates and the experts left out (with why) are kept with the draw.
 */
export async function drawPanel(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  callId: number,
  body: z.infer<typeof drawBody>,
) {
  const call = await ownCall(db, user, callId);
  if (!call.expertReview) throw new AppError('NO_EXPERT_REVIEW');
  if (body.dueOn < clock.today()) throw AppError.invalid('body.dueOn', 'in_past');
  return db.transaction(async (tx) => {
    // One draw of a call at a time.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('expert_draw'), ${callId})`);
    const reviewed = await underReview(tx, callId);
    if (!reviewed.length) throw new AppError('NOTHING_TO_REVIEW');
    // A second draw for a call adds people: those already on its panel are not drawn again.
    const taken = await panelOf(tx, callId);
    const found = eligible(await poolExperts(tx), reviewed, { field: body.field, today: clock.today() });
    const candidates = found.candidates.filter((id) => !taken.has(id));
    const excluded = found.excluded;
    if (candidates.length < body.size)
      throw new AppError('POOL_TOO_SMALL', { params: { size: body.size, available: candidates.length } });
    const seed = body.seed ?? newSeed();
    const drawn = drawFrom(candidates, body.size, seed);
    const [draw] = await tx
      .insert(expertDraws)
      .values({
        callId,
        kind: 'panel',
        field: body.field ?? null,
        size: body.size,
        seed,
        candidates,
        excluded,
        drawn,
        dueOn: body.dueOn,
        drawnBy: user.id,
        drawnAt: clock.now(),
      })
      .returning();
    await assign(
      tx,
      drawn,
      reviewed.map((p) => p.id),
      { drawId: draw!.id, dueOn: body.dueOn, callTitle: call.title },
    );
    await recordAudit(tx, actor, {
      action: 'expert.draw',
      entityType: 'call',
      entityId: callId,
      after: { drawId: draw!.id, seed, size: body.size, field: body.field ?? null, candidates, drawn },
    });
    return presentDraw(draw!);
  });
}

/** Experts already on the call's panel (drawn, or assigned by hand), so a replacement is someone new. */
async function panelOf(db: DbOrTx, callId: number) {
  const rows = await db
    .select({ expertId: reviewAssignments.expertId })
    .from(reviewAssignments)
    .innerJoin(projects, eq(projects.id, reviewAssignments.projectId))
    .where(eq(projects.callId, callId));
  const draws = await db
    .select({ drawn: expertDraws.drawn, replaces: expertDraws.replaces })
    .from(expertDraws)
    .where(eq(expertDraws.callId, callId));
  return new Set([
    ...rows.map((r) => r.expertId),
    ...draws.flatMap((d) => [...d.drawn, ...(d.replaces ? [d.replaces] : [])]),
  ]);
}

/**
 * 补抽: an expert who declined, missed the deadline or turned out conflicted gives up the reviews not yet
 * scored; one expert is drawn afresh (new seed, same rules, nobody already on the panel) and takes them over.
 */
export async function replaceExpert(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  callId: number,
  body: z.infer<typeof replaceBody>,
) {
  const call = await ownCall(db, user, callId);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('expert_draw'), ${callId})`);
    const open = await tx
      .select({ projectId: reviewAssignments.projectId, dueOn: reviewAssignments.dueOn })
      .from(reviewAssignments)
      .innerJoin(projects, eq(projects.id, reviewAssignments.projectId))
      .where(
        and(
          eq(projects.callId, callId),
          eq(projects.state, 'under_review'),
          eq(reviewAssignments.expertId, body.expertId),
          isNull(reviewAssignments.scoredAt),
        ),
      );
    if (!open.length) throw AppError.invalid('body.expertId', 'not_on_panel');
    const reviewed = (await underReview(tx, callId)).filter((p) => open.some((o) => o.projectId === p.id));
    const [panel] = await tx
      .select({ field: expertDraws.field, dueOn: expertDraws.dueOn })
      .from(expertDraws)
      .where(and(eq(expertDraws.callId, callId), eq(expertDraws.kind, 'panel')))
      .orderBy(desc(expertDraws.id))
      .limit(1);
    const taken = await panelOf(tx, callId);
    const { candidates, excluded } = eligible(await poolExperts(tx), reviewed, {
      field: panel?.field,
      today: clock.today(),
    });
    const fresh = candidates.filter((id) => !taken.has(id));
    if (!fresh.length) throw new AppError('POOL_TOO_SMALL', { params: { size: 1, available: 0 } });
    const seed = newSeed();
    const drawn = drawFrom(fresh, 1, seed);
    const dueOn = [panel?.dueOn ?? null, clock.addDays(clock.today(), 5)]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1)!;
    await tx.delete(reviewAssignments).where(
      and(
        eq(reviewAssignments.expertId, body.expertId),
        isNull(reviewAssignments.scoredAt),
        inArray(
          reviewAssignments.projectId,
          open.map((o) => o.projectId),
        ),
      ),
    );
    const [draw] = await tx
      .insert(expertDraws)
      .values({
        callId,
        kind: 'replacement',
        field: panel?.field ?? null,
        size: 1,
        seed,
        candidates: fresh,
        excluded,
        drawn,
        replaces: body.expertId,
        reason: body.note ? `${body.reason}: ${body.note}` : body.reason,
        dueOn,
        drawnBy: user.id,
        drawnAt: clock.now(),
      })
      .returning();
    await assign(
      tx,
      drawn,
      open.map((o) => o.projectId),
      { drawId: draw!.id, dueOn, callTitle: call.title },
    );
    await recordAudit(tx, actor, {
      action: 'expert.replace',
      entityType: 'call',
      entityId: callId,
      after: { drawId: draw!.id, replaced: body.expertId, reason: body.reason, seed, drawn },
    });
    return presentDraw(draw!);
  });
}

/** 谢绝评审: an expert declines the reviews of a call not yet scored, with the reason; the section is told. */
export async function declineReviews(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  callId: number,
  body: z.infer<typeof declineBody>,
) {
  const [call] = await db
    .select({ title: calls.title, sectionCode: programs.sectionCode })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(eq(calls.id, callId));
  if (!call) throw new AppError('NOT_FOUND');
  await db.transaction(async (tx) => {
    const declined = await tx
      .update(reviewAssignments)
      .set({ declinedAt: clock.now(), declineReason: body.reason })
      .where(
        and(
          eq(reviewAssignments.expertId, user.id),
          isNull(reviewAssignments.scoredAt),
          isNull(reviewAssignments.declinedAt),
          sql`${reviewAssignments.projectId} IN (SELECT ${projects.id} FROM ${projects} WHERE ${projects.callId} = ${callId})`,
        ),
      )
      .returning({ projectId: reviewAssignments.projectId });
    if (!declined.length) throw new AppError('NOT_FOUND');
    await notify(
      tx,
      { sectionCode: call.sectionCode },
      { kind: 'review.declined', params: { title: call.title, expert: user.displayName, reason: body.reason, callId } },
      user.id,
    );
    await recordAudit(tx, actor, {
      action: 'expert.decline',
      entityType: 'call',
      entityId: callId,
      after: { reason: body.reason, projects: declined.map((d) => d.projectId) },
    });
  });
}

function presentDraw(d: typeof expertDraws.$inferSelect) {
  return {
    id: d.id,
    kind: d.kind,
    field: d.field,
    size: d.size,
    seed: d.seed,
    candidates: d.candidates,
    excluded: d.excluded as unknown[],
    drawn: d.drawn,
    replaces: d.replaces,
    reason: d.reason,
    dueOn: d.dueOn,
    drawnAt: d.drawnAt,
  };
}

/** The call's panel: its draws (seed, candidates, who was left out and why), and each expert's progress. */
export async function callPanel(db: DbOrTx, user: SessionUser, callId: number) {
  await ownCall(db, user, callId);
  const [draws, progress] = await Promise.all([
    db.select().from(expertDraws).where(eq(expertDraws.callId, callId)).orderBy(asc(expertDraws.id)),
    db
      .select({
        expertId: reviewAssignments.expertId,
        name: users.displayName,
        assigned: sql<number>`count(*)::int`,
        scored: sql<number>`count(${reviewAssignments.scoredAt})::int`,
        declined: sql<string | null>`max(${reviewAssignments.declineReason})`,
        dueOn: sql<string | null>`min(${reviewAssignments.dueOn})::text`,
      })
      .from(reviewAssignments)
      .innerJoin(projects, eq(projects.id, reviewAssignments.projectId))
      .innerJoin(users, eq(users.id, reviewAssignments.expertId))
      .where(eq(projects.callId, callId))
      .groupBy(reviewAssignments.expertId, users.displayName)
      .orderBy(asc(users.displayName)),
  ]);
  const names = new Map(
    (await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.role, 'expert'))).map(
      (u) => [u.id, u.name],
    ),
  );
  return {
    draws: draws.map((d) => ({
      ...presentDraw(d),
      drawnNames: d.drawn.map((id) => names.get(id) ?? `#${id}`),
      replacesName: d.replaces ? (names.get(d.replaces) ?? null) : null,
    })),
    experts: progress.map((p) => ({
      ...p,
      overdue: p.scored < p.assigned && !p.declined && p.dueOn !== null && p.dueOn < clock.today(),
    })),
  };
}
