import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.js';
import { progressReports, taskAgreements } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { fenToYuan, yuanToFen } from '../../shared/money.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { notify } from '../notifications/notifications.service.js';
import { findProject } from '../projects/projects.service.js';
import { executingState, projectForExecution } from './agreements.service.js';
import * as clock from '../../shared/clock.js';
import { yuan } from '../../shared/schemas.js';

export const milestoneStatuses = ['done', 'on_track', 'delayed'] as const;

/** 进度报告 as the applicant fills it in: progress, each milestone's status, money spent to date, problems. */
export const progressReportBody = z.object({
  summary: z.string().trim().min(1).max(5000),
  milestones: z
    .array(
      z.object({
        index: z.number().int().min(0).max(29),
        status: z.enum(milestoneStatuses),
        note: z.string().trim().max(500).optional(),
      }),
    )
    .max(30)
    .default([]),
  spent: yuan,
  problems: z.string().trim().max(3000).optional(),
  /** Submit to the section now; otherwise the report is only saved. */
  submit: z.boolean().default(false),
  version: z.number().int().positive().optional(),
});
export type ProgressReportBody = z.infer<typeof progressReportBody>;

export async function listProgressReports(db: Db, user: SessionUser, projectId: number) {
  await findProject(db, user, projectId);
  const rows = await db
    .select()
    .from(progressReports)
    .where(eq(progressReports.projectId, projectId))
    .orderBy(asc(progressReports.periodStart));
  const today = clock.today();
  return rows.map(({ spentFen, remindedAt: _r, overdueNotifiedAt: _o, ...r }) => ({
    ...r,
    content: r.content as Omit<ProgressReportBody, 'spent' | 'submit' | 'version'> | null,
    spent: spentFen === null ? null : fenToYuan(spentFen),
    overdue: (r.state === 'due' || r.state === 'returned') && r.dueOn < today,
  }));
}

async function reportOf(tx: DbOrTx, projectId: number, reportId: number) {
  const [row] = await tx
    .select()
    .from(progressReports)
    .where(and(eq(progressReports.id, reportId), eq(progressReports.projectId, projectId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The applicant saves or submits a report for a period that has begun, while the project is under way. */
export async function saveProgressReport(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  reportId: number,
  body: ProgressReportBody,
) {
  const spentFen = yuanToFen(body.spent);
  if (spentFen === undefined) throw AppError.invalid('body.spent', 'money');
  await db.transaction(async (tx) => {
    const project = await projectForExecution(tx, user, projectId);
    const report = await reportOf(tx, projectId, reportId);
    if (project.state !== executingState || (report.state !== 'due' && report.state !== 'returned'))
      throw project.state !== executingState
        ? refusal('project', project.state, 'submit')
        : refusal('progress_report', report.state, 'submit');
    if (body.version !== undefined && body.version !== report.version) throw new AppError('STALE_VERSION');
    if (report.periodStart > clock.today()) {
      throw AppError.invalid('body', 'period_not_begun', { day: report.periodStart });
    }
    const [agreement] = await tx
      .select({ content: taskAgreements.content })
      .from(taskAgreements)
      .where(eq(taskAgreements.projectId, projectId));
    const milestoneCount = (agreement?.content as { milestones: unknown[] } | undefined)?.milestones.length ?? 0;
    const stray = body.milestones.findIndex((m) => m.index >= milestoneCount);
    if (stray >= 0) throw AppError.invalid(`body.milestones.${stray}.index`, 'milestone_unknown');
    const { spent: _s, submit, version: _v, ...content } = body;
    const changes = { content, spentFen, ...(submit ? { state: 'submitted' as const, submittedAt: clock.now() } : {}) };
    await tx
      .update(progressReports)
      .set({ ...changes, updatedAt: sql`now()`, version: sql`${progressReports.version} + 1` })
      .where(eq(progressReports.id, reportId));
    await recordAudit(tx, actor, {
      action: submit ? 'report.submit' : 'report.save',
      entityType: 'progress_report',
      entityId: reportId,
      before: report,
      after: changes,
    });
    if (submit) {
      await notify(
        tx,
        { sectionCode: project.program.sectionCode },
        { kind: 'report.submitted', projectId, params: { title: project.title, periodEnd: report.periodEnd } },
        user.id,
      );
    }
  });
}

/** Staff accept a submitted report or return it with what to fix. */
export async function reviewProgressReport(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  reportId: number,
  body: { accept: boolean; comment?: string },
) {
  if (!body.accept && !body.comment) throw AppError.invalid('body.comment', 'comment_required');
  await db.transaction(async (tx) => {
    const project = await projectForExecution(tx, user, projectId);
    const report = await reportOf(tx, projectId, reportId);
    if (report.state !== 'submitted') throw refusal('progress_report', report.state, body.accept ? 'accept' : 'return');
    const changes = {
      state: body.accept ? ('accepted' as const) : ('returned' as const),
      reviewedBy: user.id,
      reviewedAt: clock.now(),
      reviewComment: body.comment ?? null,
    };
    await tx
      .update(progressReports)
      .set({ ...changes, updatedAt: sql`now()`, version: sql`${progressReports.version} + 1` })
      .where(eq(progressReports.id, reportId));
    await recordAudit(tx, actor, {
      action: body.accept ? 'report.accept' : 'report.return',
      entityType: 'progress_report',
      entityId: reportId,
      before: { state: report.state },
      after: changes,
    });
    await notify(
      tx,
      { orgId: project.orgId },
      {
        kind: body.accept ? 'report.accepted' : 'report.returned',
        projectId,
        params: { title: project.title, periodEnd: report.periodEnd, comment: body.comment ?? null },
      },
      user.id,
    );
  });
}
