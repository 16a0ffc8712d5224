import { and, asc, eq, ne, notInArray, sql } from 'drizzle-orm';
import * as clock from '../../shared/clock.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { people, progressReports, projects, taskAgreements, taskAgreementVersions } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { fenToYuan } from '../../shared/money.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { notify } from '../notifications/notifications.service.js';
import { findProject, type ProjectRow } from '../projects/projects.service.js';
import { budgetInFen, budgetTotals as applicationBudgetTotals } from '../applications/budget.js';
import { applicationLabels } from '../applications/labels.js';
import { paragraphsOf } from '../applications/render.js';
import type { StoredApplication } from '../applications/schema.js';
import { indicatorKinds } from '../applications/template.js';
import {
  type AgreementContent,
  type AgreementContentInput,
  budgetTotals,
  diffContent,
  normalizeContent,
  reportPeriods,
} from './content.js';

/** A project under execution (立项后、验收前) is the only one whose agreement, reports and changes move. */
export const executingState = 'approved';

/** The project, locked, when this caller may act on its execution: staff only on their own section's programs. */
export async function projectForExecution(tx: DbOrTx, user: SessionUser, projectId: number): Promise<ProjectRow> {
  const project = await findProject(tx, user, projectId, { lock: true });
  if (user.role === 'staff' && project.program.sectionCode !== user.sectionCode) throw new AppError('FORBIDDEN');
  return project;
}

/**
 * What an applicant starts from: the 申报书 as approved — its period, goals, milestones and indicators, its
 * budget by category (the fiscal part as approved) — or, for an application without one, the leader and
 * money, a two-year period and half-yearly reports.
 */
function firstDraft(project: ProjectRow, personName: string | null): AgreementContent {
  const a = (project.application ?? {}) as StoredApplication;
  const startOn = a.startOn ?? clock.today();
  const source: 'local' | 'superior' = project.program.level === 'city' ? 'local' : 'superior';
  const labels = applicationLabels('zh-CN');
  const lines = budgetInFen(a.budget ?? []).lines;
  const fiscal = applicationBudgetTotals(lines).fiscal;
  // The bureau's part by category when it was approved as applied for; one line of the approved sum otherwise.
  const fiscalLines =
    project.approvedFen && fiscal === project.approvedFen
      ? lines
          .filter((l) => l.fiscal > 0)
          .map((l) => ({ source, item: labels.budget[l.category], amount: fenToYuan(l.fiscal) }))
      : project.approvedFen
        ? [{ source, item: lines.length ? '财政资金' : '', amount: fenToYuan(project.approvedFen) }]
        : [];
  const ownLines = lines
    .filter((l) => l.self + l.other > 0)
    .map((l) => ({
      source: 'self_raised' as const,
      item: labels.budget[l.category],
      amount: fenToYuan(l.self + l.other),
    }));
  return {
    startOn,
    endOn: a.endOn ?? clock.addDays(`${Number(startOn.slice(0, 4)) + 2}${startOn.slice(4)}`, 0),
    leaderName: project.leaderName ?? personName ?? '',
    objectives: a.texts?.goals ? paragraphsOf(a.texts.goals).join('\n').slice(0, 5000) : '',
    milestones: (a.milestones ?? []).map((m) => ({
      title: m.title,
      dueOn: m.dueOn,
      ...(m.deliverable ? { deliverable: m.deliverable } : {}),
    })),
    indicators: (a.indicators ?? []).map((i) => ({
      name: i.kind === 'other' ? (i.name ?? labels.indicators.other) : labels.indicators[i.kind],
      unit: i.unit || indicatorKinds[i.kind] || '项',
      target: String(i.value),
    })),
    budget: [...fiscalLines, ...ownLines],
    reportEvery: 'half_year',
  };
}

async function agreementRow(db: DbOrTx, projectId: number) {
  const [row] = await db.select().from(taskAgreements).where(eq(taskAgreements.projectId, projectId));
  return row;
}

/** 任务书: the agreement (or, before one is saved, a first draft to start from), its versions and each version's changes. */
export async function getAgreement(db: Db, user: SessionUser, projectId: number) {
  const project = await findProject(db, user, projectId);
  const row = await agreementRow(db, projectId);
  const versions = await db
    .select()
    .from(taskAgreementVersions)
    .where(eq(taskAgreementVersions.projectId, projectId))
    .orderBy(asc(taskAgreementVersions.version));
  // A talent project's leader is the person who applied.
  const [person] =
    !row && project.personId
      ? await db.select({ name: people.name }).from(people).where(eq(people.id, project.personId))
      : [];
  const content = (row?.content as AgreementContent | undefined) ?? firstDraft(project, person?.name ?? null);
  const totals = budgetTotals(content);
  const mayEdit = user.role === 'applicant' && project.state === executingState && (!row || row.state === 'draft');
  const maySign =
    user.role === 'staff' && project.program.sectionCode === user.sectionCode && row?.state === 'submitted';
  return {
    state: row?.state ?? null,
    version: row?.version ?? null,
    contentVersion: row?.contentVersion ?? 0,
    content,
    totals: {
      superior: fenToYuan(totals.superior),
      local: fenToYuan(totals.local),
      selfRaised: fenToYuan(totals.self_raised),
    },
    approvedFunding: project.approvedFen === null ? null : fenToYuan(project.approvedFen),
    returnComment: row?.returnComment ?? null,
    submittedAt: row?.submittedAt ?? null,
    signedAt: row?.signedAt ?? null,
    availableActions: [
      ...(mayEdit ? ['save', ...(row ? ['submit'] : [])] : []),
      ...(maySign ? ['sign', 'return'] : []),
    ],
    versions: versions.map((v, i) => ({
      version: v.version,
      changeRequestId: v.changeRequestId,
      createdAt: v.createdAt,
      changes: i === 0 ? [] : diffContent(versions[i - 1]!.content as AgreementContent, v.content as AgreementContent),
    })),
  };
}

/** The applicant drafts (or, once returned, revises) the agreement; a stale `version` is refused. */
export async function saveAgreement(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  body: { content: AgreementContentInput; version?: number },
) {
  return db.transaction(async (tx) => {
    const project = await projectForExecution(tx, user, projectId);
    const row = await agreementRow(tx, projectId);
    if (project.state !== executingState || (row && row.state !== 'draft'))
      throw project.state !== executingState
        ? refusal('project', project.state, 'save')
        : refusal('agreement', row?.state ?? null, 'save');
    if (row && body.version !== undefined && body.version !== row.version) throw new AppError('STALE_VERSION');
    const content = normalizeContent(body.content, project.approvedFen);
    if (row) {
      await tx
        .update(taskAgreements)
        .set({ content, updatedAt: sql`now()`, version: sql`${taskAgreements.version} + 1` })
        .where(eq(taskAgreements.projectId, projectId));
    } else {
      await tx.insert(taskAgreements).values({ projectId, content });
    }
    await recordAudit(tx, actor, {
      action: 'agreement.save',
      entityType: 'project',
      entityId: projectId,
      before: row?.content ?? null,
      after: content,
    });
  });
}

export type AgreementAction = 'submit' | 'sign' | 'return';

/**
 * submit (applicant) → submitted; sign (staff) → signed, version 1 kept and the progress reports scheduled;
 * return (staff, with a reason) → back to draft.
 */
export async function actOnAgreement(
  db: Db,
  user: SessionUser,
  actor: Actor,
  projectId: number,
  body: { action: AgreementAction; comment?: string },
) {
  await db.transaction(async (tx) => {
    const project = await projectForExecution(tx, user, projectId);
    const row = await agreementRow(tx, projectId);
    const from = row?.state ?? null;
    const allowed = { submit: ['applicant', 'draft'], sign: ['staff', 'submitted'], return: ['staff', 'submitted'] }[
      body.action
    ];
    if (project.state !== executingState || from !== allowed[1])
      throw project.state !== executingState
        ? refusal('project', project.state, body.action)
        : refusal('agreement', from, body.action);
    if (user.role !== allowed[0]) throw new AppError('FORBIDDEN');
    if (body.action === 'return' && !body.comment) throw AppError.invalid('body.comment', 'comment_required');
    const content = row!.content as AgreementContent;
    // Money approved or changed since the draft was saved must still match the budget.
    if (body.action !== 'return') normalizeContent(content, project.approvedFen);
    const changes =
      body.action === 'submit'
        ? { state: 'submitted' as const, submittedAt: clock.now(), returnComment: null }
        : body.action === 'sign'
          ? { state: 'signed' as const, signedAt: clock.now(), signedBy: user.id, contentVersion: 1 }
          : { state: 'draft' as const, returnComment: body.comment ?? null };
    await tx
      .update(taskAgreements)
      .set({ ...changes, updatedAt: sql`now()`, version: sql`${taskAgreements.version} + 1` })
      .where(eq(taskAgreements.projectId, projectId));
    if (body.action === 'sign') {
      await tx.insert(taskAgreementVersions).values({ projectId, version: 1, content, createdBy: user.id });
      await tx.update(projects).set({ leaderName: content.leaderName }).where(eq(projects.id, projectId));
      await scheduleReports(tx, projectId, content);
    }
    await recordAudit(tx, actor, {
      action: `agreement.${body.action}`,
      entityType: 'project',
      entityId: projectId,
      before: { state: from },
      after: changes,
    });
    const params = { title: project.title, comment: body.comment ?? null };
    if (body.action === 'submit')
      await notify(
        tx,
        { sectionCode: project.program.sectionCode },
        { kind: 'agreement.submitted', projectId, params },
        user.id,
      );
    else
      await notify(
        tx,
        { orgId: project.orgId },
        { kind: body.action === 'sign' ? 'agreement.signed' : 'agreement.returned', projectId, params },
        user.id,
      );
  });
}

/**
 * 进度报告计划: one report per period of the agreement. Reports already begun (submitted, accepted or
 * returned) stay as they are; unstarted ones outside a changed period are dropped.
 */
export async function scheduleReports(tx: DbOrTx, projectId: number, content: AgreementContent): Promise<void> {
  const periods = reportPeriods(content.startOn, content.endOn, content.reportEvery);
  await tx.delete(progressReports).where(
    and(
      eq(progressReports.projectId, projectId),
      eq(progressReports.state, 'due'),
      notInArray(
        progressReports.periodStart,
        periods.map((p) => p.periodStart),
      ),
    ),
  );
  // A period overlapping a report already begun is that report's; it is not scheduled twice.
  const begun = await tx
    .select({ periodStart: progressReports.periodStart, periodEnd: progressReports.periodEnd })
    .from(progressReports)
    .where(and(eq(progressReports.projectId, projectId), ne(progressReports.state, 'due')));
  const open = periods.filter((p) => !begun.some((b) => b.periodStart <= p.periodEnd && p.periodStart <= b.periodEnd));
  if (!open.length) return;
  await tx
    .insert(progressReports)
    .values(open.map((p) => ({ projectId, ...p })))
    .onConflictDoUpdate({
      target: [progressReports.projectId, progressReports.periodStart],
      set: { periodEnd: sql`excluded.period_end`, dueOn: sql`excluded.due_on` },
      where: sql`${progressReports.state} = 'due'`,
    });
}
