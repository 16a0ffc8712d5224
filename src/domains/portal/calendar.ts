import { and, gte, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { workCalendar } from '../../db/schema/index.js';
import { addDays } from '../reports/wording.js';

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

/** The exceptions between two days (a year and a month either side is enough for any time limit). */
export async function loadCalendar(db: DbOrTx, from: string, to: string): Promise<WorkCalendar> {
  const rows = await db.select().from(workCalendar).where(and(gte(workCalendar.day, from), lte(workCalendar.day, to)));
  return {
    holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.day)),
    workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.day)),
  };
}
