import { and, eq, ne, or, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { portalItems, portalMessages } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import * as clock from '../../shared/clock.js';
import { calendarYearMissing } from '../calendar/calendar.js';
import { contentEditors } from './policy.js';

type PortalTodo = {
  kind: 'portal_review' | 'portal_messages' | 'portal_overdue' | 'calendar_missing';
  count: number;
  year?: number;
};

/**
 * 待办 of the public site, for staff and leaders: items others wrote that wait for review, and messages
 * not yet answered (those past their promised day counted apart), and a year whose holidays are not entered.
 */
export async function portalTodos(db: Db, user: SessionUser): Promise<PortalTodo[]> {
  if (!(contentEditors as readonly string[]).includes(user.role)) return [];
  const today = clock.today();
  const [[review], [open], missingYear] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(portalItems)
      .where(and(eq(portalItems.state, 'review'), or(isNull(portalItems.authorId), ne(portalItems.authorId, user.id)))),
    db
      .select({
        n: sql<number>`count(*)::int`,
        overdue: sql<number>`count(*) FILTER (WHERE ${portalMessages.dueOn} < ${today})::int`,
      })
      .from(portalMessages)
      .where(ne(portalMessages.state, 'answered')),
    calendarYearMissing(db),
  ]);
  const todos: PortalTodo[] = [];
  if (review!.n) todos.push({ kind: 'portal_review', count: review!.n });
  if (open!.overdue) todos.push({ kind: 'portal_overdue', count: open!.overdue });
  if (open!.n - open!.overdue) todos.push({ kind: 'portal_messages', count: open!.n - open!.overdue });
  if (missingYear) todos.push({ kind: 'calendar_missing', count: 1, year: missingYear });
  return todos;
}
