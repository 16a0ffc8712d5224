import { and, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disclosureRequests } from '../../db/schema/index.js';
import type { SessionUser } from '../../server/access.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';
import { disclosureHandlers } from './policy.js';

type DisclosureTodo = { kind: 'disclosure_open' | 'disclosure_due_soon' | 'disclosure_overdue' | 'disclosure_correction_lapsed'; count: number };

/**
 * 待办 of 依申请公开, for staff and leaders: requests past their statutory day, those due within a week (the
 * warning before the deadline), the rest still open, and corrections whose time ran out unanswered.
 */
export async function disclosureTodos(db: Db, user: SessionUser): Promise<DisclosureTodo[]> {
  if (!(disclosureHandlers as readonly string[]).includes(user.role)) return [];
  const today = clock.today();
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${disclosureRequests.dueOn} < ${today})::int`,
      dueSoon: sql<number>`count(*) FILTER (WHERE ${disclosureRequests.dueOn} BETWEEN ${today} AND ${addDays(today, 7)})::int`,
      lapsed: sql<number>`count(*) FILTER (WHERE ${disclosureRequests.state} = 'correction' AND ${disclosureRequests.correctionDueOn} < ${today})::int`,
    })
    .from(disclosureRequests)
    .where(and(ne(disclosureRequests.state, 'answered')));
  const r = row!;
  const todos: DisclosureTodo[] = [];
  if (r.overdue) todos.push({ kind: 'disclosure_overdue', count: r.overdue });
  if (r.dueSoon) todos.push({ kind: 'disclosure_due_soon', count: r.dueSoon });
  if (r.lapsed) todos.push({ kind: 'disclosure_correction_lapsed', count: r.lapsed });
  const rest = r.open - r.overdue - r.dueSoon - r.lapsed;
  if (rest > 0) todos.push({ kind: 'disclosure_open', count: rest });
  return todos;
}
