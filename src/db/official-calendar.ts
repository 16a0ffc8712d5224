import { createRequire } from 'node:module';
import type pg from 'pg';

/**
 * The State Council's holiday arrangements (国务院办公厅关于部分节假日安排的通知) for every year the maintained
 * `chinese-days` package carries: public holidays and the weekend days worked in exchange (调休上班). They are
 * loaded into the working-day calendar with the schema, and again at each start, so a newer package brings
 * its years in; a day staff set themselves is never overwritten.
 */
type Arrangements = { holidays: Record<string, string>; workdays: Record<string, string> };
const arrangements = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as Arrangements;

/** The package writes "Spring Festival,春节,4": the Chinese name is the second part. */
const chineseName = (entry: string) => entry.split(',')[1]?.trim() || entry;
/** 清明 and 端午 are written with 节 on the State Council's notices. */
const holidayName = (entry: string) => chineseName(entry).replace(/^(清明|端午|劳动|国庆|中秋)$/, '$1节');

export interface OfficialDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export function officialDays(): OfficialDay[] {
  return [
    ...Object.entries(arrangements.holidays).map(([day, entry]) => ({
      day,
      kind: 'holiday' as const,
      name: holidayName(entry),
    })),
    ...Object.entries(arrangements.workdays).map(([day, entry]) => ({
      day,
      kind: 'workday' as const,
      name: `${holidayName(entry)}调休上班`,
    })),
  ].sort((a, b) => a.day.localeCompare(b.day));
}

/** The years the official arrangements cover. */
export function officialYears(): number[] {
  return [...new Set(officialDays().map((d) => Number(d.day.slice(0, 4))))].sort((a, b) => a - b);
}

/** Writes the official days in; a day staff set (source 'staff') keeps their word. */
export async function loadOfficialCalendar(client: pg.ClientBase): Promise<void> {
  const days = officialDays();
  await client.query(
    `INSERT INTO work_calendar (day, kind, name, source)
     SELECT day, kind, name, 'official' FROM unnest($1::date[], $2::text[], $3::text[]) AS t(day, kind, name)
     ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name
     WHERE work_calendar.source = 'official' AND (work_calendar.kind, work_calendar.name) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.name)`,
    [days.map((d) => d.day), days.map((d) => d.kind), days.map((d) => d.name)],
  );
}
