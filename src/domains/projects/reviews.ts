import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { expertProfiles, orgs, reviewAssignments, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import type { FieldProblem } from '../../server/problems.js';
import { refusal } from '../../server/refusals.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { getCall } from '../programs/programs.service.js';
import { findProject } from './projects.service.js';
import * as clock from '../../shared/clock.js';

export type Exclusion = { expertId: number; reason: 'not_an_expert' | 'same_org' | 'same_jurisdiction' };

/**
 * 专家评审 with 回避: staff assign experts to a project under review; an expert from the applicant's own
 * organisation or jurisdiction is excluded automatically, and the answer says who and why.
 */
export async function assignExperts(db: Db, user: SessionUser, actor: Actor, projectId: number, expertIds: number[]) {
  return db.transaction(async (tx) => {
    const project = await findProject(tx, user, projectId, { lock: true });
    if (project.program.sectionCode !== user.sectionCode) throw new AppError('FORBIDDEN');
    if (project.state !== 'under_review')
      throw refusal('project', project.state, 'assign_experts', { allowedFrom: ['under_review'] });
    const candidates = await tx
      .select({
        id: users.id,
        role: users.role,
        orgId: users.orgId,
        jurisdictionCode: users.jurisdictionCode,
        active: users.active,
      })
      .from(users)
      .where(inArray(users.id, expertIds));
    const excluded: Exclusion[] = [];
    const assigned: number[] = [];
    for (const id of expertIds) {
      const expert = candidates.find((c) => c.id === id);
      if (expert?.role !== 'expert' || !expert.active) excluded.push({ expertId: id, reason: 'not_an_expert' });
      else if (expert.orgId === project.orgId) excluded.push({ expertId: id, reason: 'same_org' });
      else if (expert.jurisdictionCode && expert.jurisdictionCode === project.jurisdictionCode)
        excluded.push({ expertId: id, reason: 'same_jurisdiction' });
      else assigned.push(id);
    }
    if (assigned.length) {
      await tx
        .insert(reviewAssignments)
        .values(assigned.map((expertId) => ({ projectId, expertId })))
        .onConflictDoNothing();
    }
    await recordAudit(tx, actor, {
      action: 'project.assign_experts',
      entityType: 'project',
      entityId: projectId,
      after: { assigned, excluded },
    });
    return { assigned, excluded };
  });
}

/** An assigned expert scores on the call's criteria, each within its maximum. */
export async function scoreProject(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  body: { scores: Record<string, number>; comment?: string },
) {
  return db.transaction(async (tx) => {
    const project = await findProject(tx, user, projectId, { lock: true });
    if (project.state !== 'under_review')
      throw refusal('project', project.state, 'score', { allowedFrom: ['under_review'] });
    const call = await getCall(tx, project.callId);
    const problems: FieldProblem[] = [
      ...Object.keys(body.scores)
        .filter((key) => !call.criteria.some((c) => c.key === key))
        .map((key) => ({ field: `body.scores.${key}`, problem: 'not_criterion' as const })),
      ...call.criteria
        .filter((c) => {
          const v = body.scores[c.key];
          return v === undefined || !Number.isInteger(v) || v < 0 || v > c.max;
        })
        .map((c) => ({ field: `body.scores.${c.key}`, problem: 'score_range' as const, params: { max: c.max } })),
    ];
    if (call.reviewCommentRequired && !body.comment?.trim())
      problems.push({ field: 'body.comment', problem: 'review_comment_required' });
    const [mine] = await tx
      .select({ declinedAt: reviewAssignments.declinedAt })
      .from(reviewAssignments)
      .where(and(eq(reviewAssignments.projectId, projectId), eq(reviewAssignments.expertId, user.id)));
    if (mine?.declinedAt) problems.push({ field: 'body.scores', problem: 'review_declined' });
    if (problems.length) throw new AppError('VALIDATION', { details: problems });
    const total = Object.values(body.scores).reduce((sum, v) => sum + v, 0);
    const [updated] = await tx
      .update(reviewAssignments)
      .set({ scores: body.scores, totalScore: total, comment: body.comment ?? null, scoredAt: clock.now() })
      .where(and(eq(reviewAssignments.projectId, projectId), eq(reviewAssignments.expertId, user.id)))
      .returning();
    if (!updated) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, {
      action: 'project.score',
      entityType: 'project',
      entityId: projectId,
      after: { scores: body.scores, total },
    });
    return { expertId: user.id, scores: body.scores, totalScore: total, comment: body.comment ?? null };
  });
}

/** The score table and its spread; an expert sees only its own line. */
export async function reviewTable(db: Db, user: SessionUser, projectId: number) {
  await findProject(db, user, projectId);
  const rows = await db
    .select({
      expertId: reviewAssignments.expertId,
      expertName: users.displayName,
      scores: reviewAssignments.scores,
      totalScore: reviewAssignments.totalScore,
      comment: reviewAssignments.comment,
      scoredAt: reviewAssignments.scoredAt,
    })
    .from(reviewAssignments)
    .innerJoin(users, eq(users.id, reviewAssignments.expertId))
    .where(
      and(
        eq(reviewAssignments.projectId, projectId),
        user.role === 'expert' ? eq(reviewAssignments.expertId, user.id) : undefined,
      ),
    )
    .orderBy(asc(reviewAssignments.assignedAt));
  const totals = rows.map((r) => r.totalScore).filter((t): t is number => t !== null);
  const mean = totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null;
  return {
    items: rows.map((r) => ({ ...r, scores: (r.scores ?? null) as Record<string, number> | null })),
    spread: {
      scored: totals.length,
      assigned: rows.length,
      mean: mean === null ? null : Math.round(mean * 100) / 100,
      min: totals.length ? Math.min(...totals) : null,
      max: totals.length ? Math.max(...totals) : null,
    },
  };
}

/** 专家库: expert accounts with their profiles — what assignment, the draw and conflict checks use. */
export async function listExperts(db: Db) {
  const rows = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      orgId: users.orgId,
      orgName: orgs.name,
      jurisdictionCode: users.jurisdictionCode,
      profile: expertProfiles,
    })
    .from(users)
    .leftJoin(orgs, eq(orgs.id, users.orgId))
    .leftJoin(expertProfiles, eq(expertProfiles.userId, users.id))
    .where(and(eq(users.role, 'expert'), eq(users.active, true)))
    .orderBy(asc(users.displayName));
  const conflictIds = [...new Set(rows.flatMap((r) => r.profile?.conflictOrgIds ?? []))];
  const names = new Map(
    conflictIds.length
      ? (await db.select({ id: orgs.id, name: orgs.name }).from(orgs).where(inArray(orgs.id, conflictIds))).map((o) => [
          o.id,
          o.name,
        ])
      : [],
  );
  return rows.map(({ profile, ...r }) => ({
    ...r,
    fields: profile?.fields ?? [],
    title: profile?.title ?? null,
    specialty: profile?.specialty ?? null,
    available: profile?.available ?? true,
    unavailableUntil: profile?.unavailableUntil ?? null,
    conflictOrgIds: profile?.conflictOrgIds ?? [],
    conflictOrgs: (profile?.conflictOrgIds ?? []).map((id) => ({ id, name: names.get(id) ?? `#${id}` })),
  }));
}
