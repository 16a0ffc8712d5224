import { and, asc, desc, eq, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import * as clock from '../../shared/clock.js';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import {
  calls,
  changeRequests,
  orgs,
  progressReports,
  programs,
  projects,
  taskAgreements,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { projectScope } from '../projects/policy.js';
import { executingState } from './agreements.service.js';
import { paging } from '../../shared/schemas.js';

export const executionQuery = z.object({
  kind: z.enum(['agreements', 'reports', 'changes']),
  /** Only what waits for me: staff their section's submissions, applicants what they owe. */
  waiting: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  overdue: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  ...paging(),
});
export type ExecutionQuery = z.infer<typeof executionQuery>;

function projectsInScope(user: SessionUser, waiting: boolean): SQL | undefined {
  return and(
    projectScope(user),
    waiting && user.role === 'staff' ? eq(programs.sectionCode, user.sectionCode ?? '') : undefined,
  );
}

/**
 * 项目执行: agreements, progress reports or change requests across the projects the caller may see,
 * with `waiting` narrowing to what the caller has to act on.
 */
export async function executionQueue(db: Db, user: SessionUser, q: ExecutionQuery) {
  const base = {
    projectId: projects.id,
    projectTitle: projects.title,
    orgName: orgs.name,
    leaderName: projects.leaderName,
    sectionCode: programs.sectionCode,
    // The whole list's length on every row: one query gives the page and its total.
    total: sql<number>`count(*) OVER ()`.mapWith(Number),
  };
  const from = <T extends SelectedFields>(select: T) =>
    db
      .select({ ...base, ...select })
      .from(projects)
      .innerJoin(calls, eq(calls.id, projects.callId))
      .innerJoin(programs, eq(programs.id, calls.programId))
      .innerJoin(orgs, eq(orgs.id, projects.orgId));
  const page = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
  const paged = <R extends { total: number }>(rows: R[]) => ({
    items: rows.map(({ total: _t, ...r }) => r),
    total: rows[0]?.total ?? 0,
  });
  const mine = projectsInScope(user, q.waiting || q.overdue);

  if (q.kind === 'agreements') {
    // An approved project without an agreement yet is listed as one to draft.
    const waitingStates =
      user.role === 'applicant'
        ? sql`coalesce(${taskAgreements.state}::text, 'draft') = 'draft'`
        : eq(taskAgreements.state, 'submitted');
    const where = and(
      mine,
      q.waiting
        ? and(eq(projects.state, executingState), waitingStates)
        : sql`(${taskAgreements.projectId} IS NOT NULL OR ${projects.state} = ${executingState})`,
    );
    const rows = await from({
      id: projects.id,
      state: taskAgreements.state,
      returnComment: taskAgreements.returnComment,
      submittedAt: taskAgreements.submittedAt,
      signedAt: taskAgreements.signedAt,
      contentVersion: taskAgreements.contentVersion,
    })
      .leftJoin(taskAgreements, eq(taskAgreements.projectId, projects.id))
      .where(where)
      .orderBy(desc(projects.updatedAt), desc(projects.id))
      .limit(page.limit)
      .offset(page.offset);
    return paged(rows);
  }

  if (q.kind === 'reports') {
    const owed =
      user.role === 'applicant'
        ? and(inArray(progressReports.state, ['due', 'returned']), lte(progressReports.periodStart, clock.today()))
        : eq(progressReports.state, 'submitted');
    const late = and(
      inArray(progressReports.state, ['due', 'returned']),
      lt(progressReports.dueOn, clock.today()),
      eq(projects.state, executingState),
    );
    const where = and(mine, q.waiting ? owed : undefined, q.overdue ? late : undefined);
    const rows = await from({
      id: progressReports.id,
      state: progressReports.state,
      periodStart: progressReports.periodStart,
      periodEnd: progressReports.periodEnd,
      dueOn: progressReports.dueOn,
      submittedAt: progressReports.submittedAt,
    })
      .innerJoin(progressReports, eq(progressReports.projectId, projects.id))
      .where(where)
      .orderBy(asc(progressReports.dueOn), asc(progressReports.id))
      .limit(page.limit)
      .offset(page.offset);
    const { items, total } = paged(rows);
    return {
      items: items.map((r) => ({
        ...r,
        overdue: (r.state === 'due' || r.state === 'returned') && r.dueOn < clock.today(),
      })),
      total,
    };
  }

  const where = and(mine, q.waiting ? eq(changeRequests.state, 'pending') : undefined);
  const rows = await from({
    id: changeRequests.id,
    state: changeRequests.state,
    kinds: changeRequests.kinds,
    reason: changeRequests.reason,
    createdAt: changeRequests.createdAt,
    decidedAt: changeRequests.decidedAt,
  })
    .innerJoin(changeRequests, eq(changeRequests.projectId, projects.id))
    .where(where)
    .orderBy(desc(changeRequests.createdAt), desc(changeRequests.id))
    .limit(page.limit)
    .offset(page.offset);
  return paged(rows);
}

export interface ExecutionTodo {
  kind: 'agreements' | 'reports' | 'changes' | 'overdue_reports';
  count: number;
  dueAt?: Date | null;
}

/** 待办 from project execution: agreements to draft or sign, reports to write or review, changes to decide, reports overdue. */
export async function executionTodos(db: Db, user: SessionUser): Promise<ExecutionTodo[]> {
  if (user.role !== 'applicant' && user.role !== 'staff') return [];
  const todos: ExecutionTodo[] = [];
  for (const kind of ['agreements', 'reports', 'changes'] as const) {
    if (kind === 'changes' && user.role === 'applicant') continue;
    const { total, items } = await executionQueue(db, user, {
      kind,
      waiting: true,
      overdue: false,
      page: 1,
      pageSize: 1,
    });
    const first = items[0] as { dueOn?: string } | undefined;
    // The deadline matters to whoever owes the report, not to the reviewer.
    const dueAt = user.role === 'applicant' && first?.dueOn ? new Date(`${first.dueOn}T23:59:59+08:00`) : null;
    if (total) todos.push({ kind, count: total, dueAt });
  }
  if (user.role === 'staff') {
    const { total } = await executionQueue(db, user, {
      kind: 'reports',
      waiting: false,
      overdue: true,
      page: 1,
      pageSize: 1,
    });
    if (total) todos.push({ kind: 'overdue_reports', count: total });
  }
  return todos;
}
