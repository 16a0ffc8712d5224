import { and, asc, eq, gte, lt, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { workCalendar } from '../../db/schema/index.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { addDays } from '../../shared/clock.js';

/** The calendar's exceptions: days that are holidays though weekdays, and weekend days worked. */
export interface WorkCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day of a time limit of `days` working days counted from the day after `received` (the day a
 * message arrives does not count, as 《政府信息公开条例》 counts its limits).
 */
export function workingDaysAfter(received: string, days: number, calendar: WorkCalendar): string {
  let day = received;
  for (let counted = 0; counted < days; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}

/** The exceptions between two days; callers ask for a window comfortably longer than the limit they count. */
export async function loadCalendar(db: DbOrTx, from: string, to: string): Promise<WorkCalendar> {
  const rows = await db.select().from(workCalendar).where(and(gte(workCalendar.day, from), lte(workCalendar.day, to)));
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.day)),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.day)),
  };
}

export const calendarDayBody = z.object({ kind: z.enum(['holiday', 'workday']), name: z.string().trim().min(1).max(50) });

export function calendarYear(db: DbOrTx, year: number) {
  return db
    .select()
    .from(workCalendar)
    .where(and(gte(workCalendar.day, `${year}-01-01`), lt(workCalendar.day, `${year + 1}-01-01`)))
    .orderBy(asc(workCalendar.day));
}

/** 节假日安排: marks a day a holiday or a make-up working day (as the State Council publishes each year). */
export async function setCalendarDay(db: DbOrTx, actor: Actor, row: { day: string } & z.infer<typeof calendarDayBody>) {
  return db.transaction(async (tx) => {
    const { day, ...rest } = row;
    await tx.insert(workCalendar).values(row).onConflictDoUpdate({ target: workCalendar.day, set: rest });
    await recordAudit(tx, actor, { action: 'portal.calendar_set', entityType: 'work_calendar', entityId: day, after: row });
    return row;
  });
}

export async function clearCalendarDay(db: DbOrTx, actor: Actor, day: string) {
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(workCalendar).where(eq(workCalendar.day, day)).returning();
    if (!gone) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'portal.calendar_clear', entityType: 'work_calendar', entityId: day, before: gone });
  });
}
