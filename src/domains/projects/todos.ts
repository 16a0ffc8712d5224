import { and, count, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { calls, orgs, programs, projects, reviewAssignments } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { projectScope } from './policy.js';
import type { ProjectState } from './workflow.js';
import * as clock from '../../shared/clock.js';

/**
 * 待办: what is waiting for this user, counted from the data — the states the transition table hands to the
 * user's role, calls about to close, and scores an expert still owes.
 */
export interface Todo {
  kind: 'state' | 'closing' | 'scores' | 'overdue_reviews';
  state?: ProjectState;
  count: number;
  /** The earliest deadline among them, when one applies. */
  dueAt?: Date | null;
  callId?: number;
  callTitle?: string;
}

/** An expert scores within this many days of being assigned; later, the section is told. */
export const reviewDays = 14;

const waitingFor: Partial<Record<SessionUser['role'], ProjectState[]>> = {
  applicant: ['draft', 'returned', 'approved'],
  liaison: ['submitted'],
  staff: ['recommended', 'under_review', 'reviewed', 'reported', 'acceptance_requested'],
};

export async function projectTodos(db: Db, user: SessionUser): Promise<Todo[]> {
  const todos: Todo[] = [];
  const now = clock.now();
  const states = waitingFor[user.role] ?? [];
  if (states.length) {
    const section = user.role === 'staff' ? eq(programs.sectionCode, user.sectionCode ?? '') : undefined;
    const rows = await db
      .select({
        state: projects.state,
        n: count(),
        dueAt: sql<Date | null>`min(${calls.closesAt}) FILTER (WHERE ${calls.closesAt} > ${now}::timestamptz)`.mapWith(
          calls.closesAt,
        ),
      })
      .from(projects)
      .innerJoin(calls, eq(calls.id, projects.callId))
      .innerJoin(programs, eq(programs.id, calls.programId))
      .innerJoin(orgs, eq(orgs.id, projects.orgId))
      .where(and(projectScope(user), inArray(projects.state, states), section))
      .groupBy(projects.state);
    for (const state of states) {
      const row = rows.find((r) => r.state === state);
      if (row) todos.push({ kind: 'state', state, count: row.n, dueAt: row.dueAt });
    }
  }
  if (user.role === 'applicant' || user.role === 'liaison' || user.role === 'staff') {
    // Calls closing within 7 days: applicants and liaisons act before the deadline, staff prepare for it.
    const closing = await db
      .select({ id: calls.id, title: calls.title, closesAt: calls.closesAt })
      .from(calls)
      .innerJoin(programs, eq(programs.id, calls.programId))
      .where(
        and(
          lte(calls.opensAt, now),
          sql`${calls.closesAt} BETWEEN ${now}::timestamptz AND ${now}::timestamptz + interval '7 days'`,
          user.role === 'staff' ? eq(programs.sectionCode, user.sectionCode ?? '') : undefined,
        ),
      );
    for (const c of closing)
      todos.push({ kind: 'closing', count: 1, dueAt: c.closesAt, callId: c.id, callTitle: c.title });
  }
  if (user.role === 'expert') {
    const [owed] = await db
      .select({
        n: count(),
        since: sql<Date | null>`min(${reviewAssignments.assignedAt})`.mapWith(reviewAssignments.assignedAt),
        dueOn: sql<string | null>`min(${reviewAssignments.dueOn})::text`,
      })
      .from(reviewAssignments)
      .innerJoin(projects, eq(projects.id, reviewAssignments.projectId))
      .where(
        and(
          eq(reviewAssignments.expertId, user.id),
          isNull(reviewAssignments.scoredAt),
          isNull(reviewAssignments.declinedAt),
          eq(projects.state, 'under_review'),
        ),
      );
    // Due by the draw's deadline (the end of that day in Beijing), else a fortnight after assignment.
    const due = owed?.dueOn
      ? clock.beijingMoment(owed.dueOn, '23:59')
      : owed?.since
        ? new Date(owed.since.getTime() + reviewDays * 86_400_000)
        : null;
    if (owed?.n) todos.push({ kind: 'scores', count: owed.n, dueAt: due });
  }
  if (user.role === 'staff') {
    const [late] = await db
      .select({ n: sql<number>`count(DISTINCT ${projects.id})`.mapWith(Number) })
      .from(reviewAssignments)
      .innerJoin(projects, eq(projects.id, reviewAssignments.projectId))
      .innerJoin(calls, eq(calls.id, projects.callId))
      .innerJoin(programs, eq(programs.id, calls.programId))
      .where(
        and(
          eq(programs.sectionCode, user.sectionCode ?? ''),
          eq(projects.state, 'under_review'),
          isNull(reviewAssignments.scoredAt),
          sql`(${reviewAssignments.declinedAt} IS NOT NULL OR coalesce(${reviewAssignments.dueOn}::timestamptz, ${reviewAssignments.assignedAt} + make_interval(days => ${reviewDays})) < ${now}::timestamptz)`,
        ),
      );
    if (late?.n) todos.push({ kind: 'overdue_reviews', count: late.n });
  }
  return todos;
}
