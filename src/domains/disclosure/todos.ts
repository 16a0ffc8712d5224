import { and, eq, like, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disclosureRequests, portalItems } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';
import { disclosureHandlers } from './policy.js';

type DisclosureTodo = {
  kind:
    | 'disclosure_open'
    | 'disclosure_due_soon'
    | 'disclosure_overdue'
    | 'disclosure_correction_lapsed'
    | 'open_gov_report_due';
  count: number;
  year?: number;
};

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
  // 条例第五十条: last year's annual report is on the site by 31 January; in January, until it is, it waits here.
  if (today.slice(5, 7) === '01') {
    const year = Number(today.slice(0, 4)) - 1;
    const [published] = await db
      .select({ id: portalItems.id })
      .from(portalItems)
      .where(
        and(
          eq(portalItems.column, 'open-gov'),
          eq(portalItems.state, 'published'),
          sql`${portalItems.details}->>'category' = 'annual_report'`,
          like(portalItems.title, `%${year}年%`),
        ),
      )
      .limit(1);
    if (!published) todos.push({ kind: 'open_gov_report_due', count: 1, year });
  }
  return todos;
}
