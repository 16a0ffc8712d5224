import type pg from 'pg';
import { metricByKey, metrics } from '../src/domains/metrics/catalogue.js';
import { subjects } from '../src/domains/metrics/subjects.js';
import { type FloorFilters, type FloorQuery, floorMany, floorMonths, floorValues } from './floors.js';

/**
 * One figure of a dashboard: the API route that serves it and, when there is one, the hand-written SQL that
 * is its floor, with a check that both give the same answer (a fast floor for another figure proves nothing). When there are several ways to write it, the fastest counts.
 */
export interface Figure {
  name: string;
  path: string;
  /** Hand-written statements for the figure; the fastest is the floor. */
  floors?: FloorQuery[];
  agrees?(api: unknown, floor: pg.QueryResult): boolean;
  /** A goal of its own, in ms, instead of the figures' 200. */
  goalMs?: number;
}

/** Routes measured through the API only, until they have a hand-written floor: add one line per route. */
export const apiOnlyFigures = (year: number): Figure[] => [
  { name: 'targets overview (领导驾驶舱)', path: `/api/targets/overview?year=${year}`, goalMs: overviewGoalMs },
];
/** The issue's goal for the leader's overview: the whole page's data in one request under 500 ms. */
export const overviewGoalMs = 500;

const isSum = (key: string) => metricByKey.get(key)?.kind === 'sum';
/** The API gives sums in yuan, the floor in fen. */
const sameFigure = (key: string, apiValue: number, floorText: unknown) =>
  (isSum(key) ? Math.round(apiValue * 100) : apiValue) === Number(floorText);

function metricFigure(key: string, f: FloorFilters): Figure {
  const query = new URLSearchParams({
    year: String(f.year),
    ...(f.jurisdiction ? { jurisdiction: f.jurisdiction } : {}),
  });
  return {
    name: `${key}${f.jurisdiction ? ` · ${f.jurisdiction}` : ''}`,
    path: `/api/metrics/${key}?${query}`,
    floors: floorValues(key, f),
    agrees: (api, floor) => sameFigure(key, (api as { value: number }).value, floor.rows[0]?.value),
  };
}

function monthsFigure(key: string, year: number): Figure {
  return {
    name: `${key} by month`,
    path: `/api/metrics/${key}/months?year=${year}`,
    floors: floorMonths(key, { year }),
    agrees: (api, floor) => {
      const months = (api as { months: number[] }).months;
      const byMonth = new Map(floor.rows.map((r: { month: number; value: string }) => [Number(r.month), r.value]));
      return months.every((v, i) => sameFigure(key, v, byMonth.get(i + 1) ?? 0));
    },
  };
}

interface IndicatorRow {
  metric_key: string | null;
  metric_filters: Record<string, string>;
}

/** The indicator system with live progress: its floor computes every metric-based indicator in one statement. */
function indicatorsFigure(year: number, indicators: IndicatorRow[]): Figure {
  const computed = indicators;
  const path = `/api/targets/indicators?year=${year}`;
  const name = `indicator system (${computed.length} live)`;
  let floor: FloorQuery;
  try {
    floor = floorMany(
      computed.map((i) => ({ key: i.metric_key!, filters: { ...floorFilters(i.metric_filters), year } })),
    );
  } catch {
    return { name, path };
  }
  return {
    name,
    path,
    floors: [floor],
    agrees: (api, result) => {
      const items = (
        api as { items: { metric: { key: string } | null; progress: { value: number } | null }[] }
      ).items.filter((i) => i.metric && i.progress);
      const row = result.rows[0] as Record<string, string>;
      return (
        items.length === computed.length &&
        items.every((item, i) => sameFigure(item.metric!.key, item.progress!.value, row[`v${i}`]))
      );
    },
  };
}

function floorFilters(filters: Record<string, string>): Omit<FloorFilters, 'year'> {
  const known = new Set(['jurisdiction', 'level', 'category', 'kind', 'program', 'planType']);
  const stray = Object.keys(filters).filter((k) => !known.has(k));
  if (stray.length) throw new Error(`no floor for filters ${stray.join(', ')}`);
  return filters;
}

/**
 * Every figure of the dashboards at `year`: each metric alone and (where it has jurisdictions) for one
 * jurisdiction, each metric month by month, the year's indicator system, then the API-only routes.
 */
export async function dashboardFigures(pool: pg.Pool, o: { year: number; jurisdiction: string }): Promise<Figure[]> {
  const indicators = await pool.query<IndicatorRow>(
    `SELECT metric_key, metric_filters FROM indicators WHERE year = $1 AND source = 'metric' AND metric_key IS NOT NULL ORDER BY sort_order, id`,
    [o.year],
  );
  return [
    ...metrics.map((m) => metricFigure(m.key, { year: o.year })),
    ...metrics
      .filter((m) => 'jurisdiction' in subjects[m.subject].columns)
      .map((m) => metricFigure(m.key, { year: o.year, jurisdiction: o.jurisdiction })),
    ...metrics.map((m) => monthsFigure(m.key, o.year)),
    indicatorsFigure(o.year, indicators.rows),
    ...apiOnlyFigures(o.year),
  ];
}
