import { isWorkingDay, type WorkCalendar, workingDaysAfter } from '../calendar/calendar.js';
import { addDays } from '../../shared/clock.js';

/** 《政府信息公开条例》第三十三条: a reply within 20 working days of receipt, extendable once by up to 20. */
export const statutoryWorkingDays = 20;
export const maxExtensionDays = 20;
/** 第三十条: an unclear request is sent back for correction, once, within 7 working days of receipt. */
export const correctionWithinDays = 7;

export interface RequestClock {
  /** The day the period counts from: the receipt, or the day a correction arrived. */
  clockFrom: string;
  extendedDays: number;
  /** Working days during which third parties were consulted (第三十二条: not counted). */
  pausedDays: number;
}

/** The last day of the statutory period (the day after `clockFrom` is the first counted). */
export function dueDay(c: RequestClock, calendar: WorkCalendar): string {
  return workingDaysAfter(c.clockFrom, statutoryWorkingDays + c.extendedDays + c.pausedDays, calendar);
}

/** The last day on which a correction may still be asked for. */
export function correctionDeadline(receivedOn: string, calendar: WorkCalendar): string {
  return workingDaysAfter(receivedOn, correctionWithinDays, calendar);
}

/** Working days after `from` up to and including `to` (none when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkCalendar): number {
  let n = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) n++;
  return n;
}

/** Working days left from `today` to `due` (0 on the due day itself, negative once past). */
export function workingDaysLeft(today: string, due: string, calendar: WorkCalendar): number {
  return today <= due ? workingDaysBetween(today, due, calendar) : -workingDaysBetween(due, today, calendar);
}
