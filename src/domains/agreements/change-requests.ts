import { desc, eq, sql } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/errors.js';
import type { Db } from '../../db/client.js';
import { changeRequests, projects, taskAgreements, taskAgreementVersions, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { notify } from '../notifications/notifications.service.js';
import { findProject } from '../projects/projects.service.js';
import { executingState, projectForExecution, scheduleReports } from './agreements.service.js';
import {
  type AgreementContent,
  applyChange,
  type ChangeProposal,
  changeKinds,
  diffContent,
  normalizeContent,
} from './content.js';
import * as clock from '../../shared/clock.js';

/** 变更申请: every request of a project, newest first, each with the differences it makes (or made) to its base version. */
export async function listChangeRequests(db: Db, user: SessionUser, projectId: number) {
  await findProject(db, user, projectId);
  const rows = await db
    .select({ request: changeRequests, requestedByName: users.displayName })
    .from(changeRequests)
    .leftJoin(users, eq(users.id, changeRequests.requestedBy))
    .where(eq(changeRequests.projectId, projectId))
    .orderBy(desc(changeRequests.createdAt), desc(changeRequests.id));
  const versions = await db.select().from(taskAgreementVersions).where(eq(taskAgreementVersions.projectId, projectId));
  const contentOf = (version: number) =>
    versions.find((v) => v.version === version)?.content as AgreementContent | undefined;
  return rows.map(({ request, requestedByName }) => {
    const base = contentOf(request.baseVersion);
    const proposed = request.proposed as ChangeProposal;
    return {
      id: request.id,
      kinds: request.kinds,
      baseVersion: request.baseVersion,
      proposed,
      reason: request.reason,
      state: request.state,
      requestedByName,
      createdAt: request.createdAt,
      decidedAt: request.decidedAt,
      decisionComment: request.decisionComment,
      // Stored proposals hold exact amounts already, so applying one gives comparable content.
      changes: base ? diffContent(base, applyChange(base, proposed) as AgreementContent) : [],
    };
  });
}

/** The applicant proposes a change to the signed agreement; it must leave a valid agreement behind. */
export async function requestChange(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  body: { proposal: ChangeProposal; reason: string },
) {
  return db.transaction(async (tx) => {
    const project = await projectForExecution(tx, user, projectId);
    const [agreement] = await tx
      .select()
      .from(taskAgreements)
      .where(eq(taskAgreements.projectId, projectId))
      .for('update');
    if (project.state !== executingState || agreement?.state !== 'signed')
      throw project.state !== executingState
        ? refusal('project', project.state, 'edit')
        : refusal('agreement', agreement?.state ?? null, 'edit');
    const current = agreement.content as AgreementContent;
    const after = normalizeContent(applyChange(current, body.proposal), project.approvedFen, 'body.proposal');
    if (!diffContent(current, after).length) throw AppError.invalid('body.proposal', 'changes_nothing');
    const values = {
      projectId,
      kinds: changeKinds(body.proposal),
      baseVersion: agreement.contentVersion,
      proposed: { ...body.proposal, ...(body.proposal.budget ? { budget: after.budget } : {}) },
      reason: body.reason,
      requestedBy: user.id,
    };
    const [row] = await tx
      .insert(changeRequests)
      .values(values)
      .returning()
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new AppError('CHANGE_PENDING') : error;
      });
    await recordAudit(tx, actor, { action: 'change.request', entityType: 'project', entityId: projectId, after: row });
    await notify(
      tx,
      { sectionCode: project.program.sectionCode },
      { kind: 'change.requested', projectId, params: { title: project.title, kinds: values.kinds.join(',') } },
      user.id,
    );
    return { id: row!.id };
  });
}

/**
 * Staff approve (a new agreement version, the old one kept; a new leader goes onto the project; a new period
 * reschedules the reports) or refuse; the applicant may withdraw its own pending request.
 */
export async function decideChange(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  changeId: number,
  body: { decision: 'approve' | 'refuse' | 'withdraw'; comment?: string },
) {
  await db.transaction(async (tx) => {
    const project = await projectForExecution(tx, user, projectId);
    const [request] = await tx.select().from(changeRequests).where(eq(changeRequests.id, changeId)).for('update');
    if (!request || request.projectId !== projectId) throw new AppError('NOT_FOUND');
    if (request.state !== 'pending') throw refusal('change_request', request.state, 'decide');
    if ((body.decision === 'withdraw') !== (user.role === 'applicant')) throw new AppError('FORBIDDEN');
    if (body.decision === 'refuse' && !body.comment) throw AppError.invalid('body.comment', 'reason_required');
    const state = ({ approve: 'approved', refuse: 'refused', withdraw: 'withdrawn' } as const)[body.decision];
    if (body.decision === 'approve') {
      const [agreement] = await tx
        .select()
        .from(taskAgreements)
        .where(eq(taskAgreements.projectId, projectId))
        .for('update');
      if (!agreement || agreement.contentVersion !== request.baseVersion) throw new AppError('STALE_VERSION');
      const content = normalizeContent(
        applyChange(agreement.content as AgreementContent, request.proposed as ChangeProposal),
        project.approvedFen,
        'proposal',
      );
      const version = agreement.contentVersion + 1;
      await tx
        .insert(taskAgreementVersions)
        .values({ projectId, version, content, changeRequestId: changeId, createdBy: user.id });
      await tx
        .update(taskAgreements)
        .set({ content, contentVersion: version, updatedAt: sql`now()`, version: sql`${taskAgreements.version} + 1` })
        .where(eq(taskAgreements.projectId, projectId));
      if (request.kinds.includes('leader'))
        await tx
          .update(projects)
          .set({ leaderName: content.leaderName, updatedAt: sql`now()` })
          .where(eq(projects.id, projectId));
      if (request.kinds.includes('period')) await scheduleReports(tx, projectId, content);
    }
    const changes = { state, decidedBy: user.id, decidedAt: clock.now(), decisionComment: body.comment ?? null };
    await tx.update(changeRequests).set(changes).where(eq(changeRequests.id, changeId));
    await recordAudit(tx, actor, {
      action: `change.${body.decision}`,
      entityType: 'project',
      entityId: projectId,
      before: { state: request.state },
      after: { id: changeId, ...changes },
    });
    if (body.decision !== 'withdraw') {
      const params = { title: project.title, kinds: request.kinds.join(','), comment: body.comment ?? null };
      await notify(
        tx,
        { orgId: project.orgId },
        { kind: body.decision === 'approve' ? 'change.approved' : 'change.refused', projectId, params },
        user.id,
      );
    }
  });
}
