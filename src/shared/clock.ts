/**
 * The one clock of KeGuan's business: the current instant and the calendar day in Beijing (Asia/Shanghai),
 * whatever the server's time zone. Every business date — due days, reminders, approvals, recognitions,
 * publication, document dates, "this year" — comes from here, so a run just after midnight Beijing time
 * (16:xx UTC) books the new day everywhere.
 *
 * `pinToday('2027-03-01')` (KEGUAN_TODAY) pins the calendar day for demonstrations and tests: the instant
 * keeps its time of day and moves by whole days onto the pinned one. Security timing (sessions, one-time
 * codes, lockouts, rate limits) keeps the real instant and does not read this clock.
 */

const dayMs = 86_400_000;
const beijingFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let pinned: string | undefined;
let realInstant: () => number = () => Date.now();

/** The calendar day a moment falls on in Beijing, YYYY-MM-DD. */
export function beijingDay(moment: Date | number): string {
  return beijingFormat.format(moment);
}

/** Whether a YYYY-MM-DD string is a real calendar day. */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return calendarDayOf(date) === day;
}

/**
 * The calendar day a date-only value stands for: spreadsheet cells and calendar arithmetic carry a day as
 * midnight UTC, which is not a moment in Beijing and must not be shifted into one.
 */
export function calendarDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after a YYYY-MM-DD day (calendar arithmetic). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return calendarDayOf(new Date(Date.UTC(y!, m! - 1, d! + days)));
}

/** Whole days from one YYYY-MM-DD day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** Pins the business calendar day (KEGUAN_TODAY); undefined follows the real day again. */
export function pinToday(day: string | undefined): void {
  if (day !== undefined && !isCalendarDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  pinned = day;
}

/** Tests only: where the real instant comes from (a run at 16:05 UTC, say). */
export function setRealInstant(source: (() => number) | undefined): void {
  realInstant = source ?? (() => Date.now());
}

/** The current business instant. */
export function now(): Date {
  const real = realInstant();
  if (!pinned) return new Date(real);
  return new Date(real + daysBetween(beijingDay(real), pinned) * dayMs);
}

/** Today in Beijing, YYYY-MM-DD. */
export function today(): string {
  return pinned ?? beijingDay(realInstant());
}

/** The current year in Beijing. */
export function thisYear(): number {
  return Number(today().slice(0, 4));
}

/** The moment a Beijing calendar day starts (00:00 +08:00), or a time of that day ("09:30"). */
export function beijingMoment(day: string, time = '00:00'): Date {
  return new Date(`${day}T${time}:00+08:00`);
}
