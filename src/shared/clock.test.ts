import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.js';
import { addDays, beijingDay, daysBetween, now, pinToday, setRealInstant, thisYear, today } from './clock.js';

const suiteDay = process.env.KEGUAN_TODAY;

afterEach(() => {
  setRealInstant(undefined);
  pinToday(suiteDay);
});

describe('the one clock', () => {
  it('books the new Beijing day from 16:00 UTC: a run at 16:05 UTC on 31 December is already the new year', () => {
    pinToday(undefined);
    setRealInstant(() => Date.parse('2026-12-31T16:05:00Z'));
    expect(today()).toBe('2027-01-01');
    expect(thisYear()).toBe(2027);
    setRealInstant(() => Date.parse('2026-12-31T15:59:59Z'));
    expect(today()).toBe('2026-12-31');
    expect(thisYear()).toBe(2026);
  });

  it('a pinned day keeps the time of day and moves the instant by whole days onto it', () => {
    setRealInstant(() => Date.parse('2026-12-07T01:30:00Z'));
    pinToday('2027-03-01');
    expect(today()).toBe('2027-03-01');
    expect(now().toISOString()).toBe('2027-03-01T01:30:00.000Z');
    expect(beijingDay(now())).toBe('2027-03-01');
    // Just after midnight in Beijing the pinned day still holds.
    setRealInstant(() => Date.parse('2026-12-07T16:10:00Z'));
    expect(beijingDay(now())).toBe('2027-03-01');
  });

  it('refuses a day that is not on the calendar', () => {
    expect(() => pinToday('2027-02-29')).toThrow(RangeError);
    expect(() => pinToday('tomorrow')).toThrow(RangeError);
  });

  it('counts calendar days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-07', '2027-12-07')).toBe(365);
  });

  it('KEGUAN_TODAY is checked at start with one clear line', () => {
    expect(loadConfig({ KEGUAN_TODAY: '2027-03-01' }).today).toBe('2027-03-01');
    expect(loadConfig({}).today).toBeUndefined();
    expect(() => loadConfig({ KEGUAN_TODAY: '2027-13-01' })).toThrow(
      /KEGUAN_TODAY="2027-13-01": must be a calendar day/,
    );
  });
});

/**
 * Business code takes "today" only from the clock: an ad-hoc `new Date()`, a UTC day cut from an ISO
 * string, the server's own year or PostgreSQL's `now()` in a comparison would act on yesterday before
 * 08:00 Beijing time, and would ignore KEGUAN_TODAY. Security timing (sessions, one-time codes, lockouts,
 * the message form's check question) keeps the real instant on purpose and is listed here.
 */
describe('no ad-hoc today in the domains', () => {
  /** Security timing keeps the real instant on purpose: whole files, or the lines of one concern in a file. */
  const realTimeOnPurpose: Record<string, true | RegExp> = {
    'src/domains/auth/auth.service.ts': true,
    'src/domains/auth/totp.ts': true,
    'src/domains/audit/audit.service.ts': true,
    'src/server/plugins/session.ts': true,
    // The message form's check question expires in real minutes, like a session.
    'src/domains/messages/messages.service.ts': /expires/,
    // Operations run on the machine's time: jobs' durations and recent runs, purging expired sessions and old
    // login records, backups named by the moment they were taken, rate-limit windows.
    'src/domains/jobs/queue.ts': true,
    'src/domains/jobs/runs.ts': true,
    'src/server/jobs.ts': true,
    'src/server/rate-limit-store.ts': true,
    // A download waits for its PDF in real seconds; conversions left behind are purged after a real hour.
    'src/domains/reports/pdf-conversions.ts': true,
  };
  const forbidden: [RegExp, string][] = [
    [/new Date\(\)/, 'new Date()'],
    [/Date\.now\(\)/, 'Date.now()'],
    [/toISOString\(\)\.slice\(0, ?10\)/, 'a UTC day cut from an ISO string'],
    [/\.(getFullYear|getMonth|getDate)\(\)/, "the server time zone's calendar"],
    [
      /current_date|CURRENT_DATE|[<>]=?\s*now\(\)|(?<![.\w])now\(\)\s*[-+<>]|BETWEEN now\(\)/,
      "PostgreSQL's clock in a business comparison",
    ],
  ];
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory()
          ? files(path.join(dir, e.name))
          : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')
            ? [path.join(dir, e.name)]
            : [],
      );

  it('finds none outside the clock and the security code that keeps real time', () => {
    const found: string[] = [];
    for (const file of [...files('src/domains'), ...files('src/server')]) {
      const allowed = realTimeOnPurpose[file];
      if (allowed === true) continue;
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (allowed?.test(line)) return;
          for (const [pattern, what] of forbidden) if (pattern.test(line)) found.push(`${file}:${i + 1}: ${what}`);
        });
    }
    expect(found).toEqual([]);
  });
});
