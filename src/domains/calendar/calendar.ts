import { and, asc, eq, gte, lt, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { workCalendar } from '../../db/tables/index.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';
import { officialYears } from '../../db/official-calendar.js';

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
  const rows = await db
    .select()
    .from(workCalendar)
    .where(and(gte(workCalendar.day, from), lte(workCalendar.day, to)));
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.day)),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.day)),
  };
}

export const calendarDayBody = z.object({
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().min(1).max(50),
});

/** A year's exceptions, and whether the State Council's arrangement for it is known (else staff enter it). */
export async function calendarYear(db: DbOrTx, year: number) {
  const items = await db
    .select()
    .from(workCalendar)
    .where(and(gte(workCalendar.day, `${year}-01-01`), lt(workCalendar.day, `${year + 1}-01-01`)))
    .orderBy(asc(workCalendar.day));
  return { items, official: officialYears().includes(year) };
}

/**
 * The year whose holidays nobody has entered yet, when it matters: this year, or — from November, when the
 * State Council usually publishes the next year's arrangement — the next. Without them the working-day clock
 * counts 春节 and 国庆 as working days and statutory deadlines fall wrong.
 */
export async function calendarYearMissing(db: DbOrTx): Promise<number | undefined> {
  const today = clock.today();
  const year = Number(today.slice(0, 4));
  const years = today.slice(5) >= '11-01' ? [year, year + 1] : [year];
  for (const candidate of years) {
    const [row] = await db
      .select({ day: workCalendar.day })
      .from(workCalendar)
      .where(
        and(
          eq(workCalendar.kind, 'holiday'),
          gte(workCalendar.day, `${candidate}-01-01`),
          lt(workCalendar.day, `${candidate + 1}-01-01`),
        ),
      )
      .limit(1);
    if (!row) return candidate;
  }
  return undefined;
}

/** 节假日安排: marks a day a holiday or a make-up working day (as the State Council publishes each year). */
export async function setCalendarDay(db: DbOrTx, actor: Actor, row: { day: string } & z.infer<typeof calendarDayBody>) {
  return db.transaction(async (tx) => {
    const { day, ...rest } = row;
    // The bureau's word on a day stands, even against a later refresh of the official arrangements.
    await tx
      .insert(workCalendar)
      .values({ ...row, source: 'staff' })
      .onConflictDoUpdate({ target: workCalendar.day, set: { ...rest, source: 'staff' } });
    await recordAudit(tx, actor, {
      action: 'portal.calendar_set',
      entityType: 'work_calendar',
      entityId: day,
      after: row,
    });
    return row;
  });
}

export async function clearCalendarDay(db: DbOrTx, actor: Actor, day: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ source: workCalendar.source }).from(workCalendar).where(eq(workCalendar.day, day));
    if (!row) throw new AppError('NOT_FOUND');
    // The next refresh would bring an official day back: the bureau changes it instead, and that stands.
    if (row.source === 'official') throw new AppError('OFFICIAL_CALENDAR_DAY');
    const [gone] = await tx.delete(workCalendar).where(eq(workCalendar.day, day)).returning();
    if (!gone) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, {
      action: 'portal.calendar_clear',
      entityType: 'work_calendar',
      entityId: day,
      before: gone,
    });
  });
}
