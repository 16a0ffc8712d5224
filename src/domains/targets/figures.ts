import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { type DbOrTx, together } from '../../db/client.js';
import { indicators, targetLetterItems, targetLetters, targetProgressReports } from '../../db/tables/index.js';
import {
  type GridFreshness,
  type MetricCell,
  type MetricQuery,
  metricGrid,
  metricHasScope,
} from '../metrics/metrics.service.js';
import {
  type Direction,
  likelyToMiss,
  type ProgressStatus,
  progressOf,
  projectYearEnd,
  type Target,
  targetText,
} from './progress.js';
import { type Unit, type UnitKind, unitsOf } from './units.js';
import * as clock from '../../shared/clock.js';

const num = (v: string | null) => (v === null ? null : Number(v));
const round2 = (n: number) => Math.round(n * 100) / 100;
const cumulative = (months: number[], through: number) => round2(months.slice(0, through).reduce((a, v) => a + v, 0));
const blank = () => Array.from({ length: 12 }, () => 0);

/** How many past years' same months shape a projection. */
const PAST_YEARS = 3;

export interface Progress {
  value: number | null;
  ratio: number;
  status: ProgressStatus | 'unreported';
  projection: number | null;
  likelyMiss: boolean;
}

function progress(target: Target, value: number | null, projection: number | null): Progress {
  if (value === null) return { value: null, ratio: 0, status: 'unreported', projection: null, likelyMiss: false };
  const p = progressOf(target, value);
  return { value, ...p, projection, likelyMiss: projection !== null && likelyToMiss(target, projection) };
}

/** Where a letter item's figure comes from: the metric narrowed to the unit, the city's own (a section answering for it), or the unit's reports. */
export function itemSource(
  indicator: { source: string; metricKey: string | null },
  unitKind: string,
  unit: Unit,
): 'metric' | 'city' | 'manual' {
  if (indicator.source !== 'metric' || !indicator.metricKey) return 'manual';
  if (unitKind === 'jurisdiction')
    return unit.group !== 'department' && metricHasScope(indicator.metricKey, 'jurisdiction') ? 'metric' : 'manual';
  if (unitKind === 'section') return metricHasScope(indicator.metricKey, 'section') ? 'metric' : 'city';
  return 'manual';
}

function cellsToMonths(cells: MetricCell[], year: number, unit?: string): number[] {
  const months = blank();
  for (const c of cells)
    if (c.year === year && (unit === undefined || c.unit === unit))
      months[c.month - 1] = round2(months[c.month - 1]! + c.value);
  return months;
}

/** The month the figures stand at: asked for; else the last month with data, no later than today. */
function standingMonth(year: number, asked: number | undefined, latestData: number, today: string): number {
  if (asked !== undefined) return asked;
  const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const calendar = year < thisYear ? 12 : year > thisYear ? 0 : thisMonth;
  return latestData > 0 ? Math.min(calendar, latestData) : calendar;
}

/**
 * Everything a year's figures are made of, read once: indicators, letters in force, metric grids, accepted
 * reports. `freshness` lets a dashboard take the grids computed last while new ones are being computed;
 * assessments never pass it.
 */
export async function loadYear(db: DbOrTx, year: number, freshness?: GridFreshness) {
  const system = await db
    .select()
    .from(indicators)
    .where(eq(indicators.year, year))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id));
  const letters = await db
    .select()
    .from(targetLetters)
    .where(and(eq(targetLetters.year, year), ne(targetLetters.status, 'draft')))
    .orderBy(asc(targetLetters.id));
  const items = letters.length
    ? await db
        .select()
        .from(targetLetterItems)
        .where(
          inArray(
            targetLetterItems.letterId,
            letters.map((l) => l.id),
          ),
        )
    : [];
  const unitOf = await unitsOf(db, letters);
  const letterBy = new Map(letters.map((l) => [l.id, l]));

  // Every figure the year needs, concurrently: each metric's city months over this and past years, and its months per unit.
  const grids = await together(
    db,
    system.map((indicator) => async () => {
      if (indicator.source !== 'metric' || !indicator.metricKey) return null;
      const filters = indicator.metricFilters as Omit<MetricQuery, 'year'>;
      const carried = items.filter((i) => i.indicatorId === indicator.id).map((i) => letterBy.get(i.letterId)!);
      const want = (kind: string) =>
        carried.some((l) => l.unitKind === kind) &&
        metricHasScope(indicator.metricKey!, kind as 'jurisdiction' | 'section');
      // The city's months are the sum of its units': one query by jurisdiction over the years serves both.
      const span = { fromYear: year - PAST_YEARS, toYear: year };
      const byPlace = want('jurisdiction');
      const [city, bySection] = await together(db, [
        () =>
          metricGrid(db, indicator.metricKey!, filters, byPlace ? { ...span, by: 'jurisdiction' } : span, freshness),
        async () =>
          want('section')
            ? metricGrid(db, indicator.metricKey!, filters, { fromYear: year, toYear: year, by: 'section' }, freshness)
            : [],
      ]);
      return { city, byJurisdiction: byPlace ? city : [], bySection };
    }),
  );
  const reports = items.length
    ? await db
        .select({
          itemId: targetProgressReports.letterItemId,
          quarter: targetProgressReports.quarter,
          value: targetProgressReports.value,
        })
        .from(targetProgressReports)
        .where(
          and(
            inArray(
              targetProgressReports.letterItemId,
              items.map((i) => i.id),
            ),
            eq(targetProgressReports.status, 'accepted'),
          ),
        )
        .orderBy(desc(targetProgressReports.quarter))
    : [];
  return { year, system, letters, items, unitOf, grids, reports };
}
export type YearData = Awaited<ReturnType<typeof loadYear>>;

/**
 * 目标进度: a year's figures for every indicator of the city and every letter in force — live from the
 * metrics (one query per indicator for the city and its past years, one per indicator for all units) or
 * from the latest accepted reports — with projected year-end values and who is likely to miss.
 */
export async function yearFigures(db: DbOrTx, year: number, options: { asOfMonth?: number; today?: string } = {}) {
  return figuresAt(await loadYear(db, year), options);
}

/** The figures as they stood at the end of a month (by default the latest month with data, not after today). */
export function figuresAt(data: YearData, options: { asOfMonth?: number; today?: string } = {}) {
  const { year, system, letters, items, unitOf, grids, reports } = data;
  const today = options.today ?? clock.today();
  const indicatorBy = new Map(system.map((i) => [i.id, i]));
  const gridBy = new Map(system.map((indicator, i) => [indicator.id, grids[i]]));
  let latestData = Math.max(0, ...reports.map((r) => r.quarter * 3));
  for (const grid of grids)
    for (const c of grid?.city ?? []) if (c.year === year && c.value > 0) latestData = Math.max(latestData, c.month);
  const asOfMonth = standingMonth(year, options.asOfMonth, latestData, today);
  const asOfQuarter = Math.floor(asOfMonth / 3);
  const reported = new Map<number, { quarter: number; value: number }>();
  for (const r of reports)
    if (r.quarter <= asOfQuarter && !reported.has(r.itemId))
      reported.set(r.itemId, { quarter: r.quarter, value: Number(r.value) });
  const pastOf = (cells: MetricCell[]) =>
    Array.from({ length: PAST_YEARS }, (_, k) => cellsToMonths(cells, year - 1 - k));

  const units = letters.map((letter) => {
    const unit = unitOf(letter);
    const lines = items
      .filter((i) => i.letterId === letter.id)
      .sort(
        (a, b) =>
          indicatorBy.get(a.indicatorId)!.sortOrder - indicatorBy.get(b.indicatorId)!.sortOrder ||
          a.indicatorId - b.indicatorId,
      )
      .map((item) => {
        const indicator = indicatorBy.get(item.indicatorId)!;
        const share: Target = {
          direction: indicator.direction as Direction,
          min: num(item.shareMin),
          max: num(item.shareMax),
        };
        const source = itemSource(indicator, letter.unitKind, unit);
        const grid = gridBy.get(indicator.id);
        let value: number | null = null;
        let projection: number | null = null;
        let months: number[] | null = null;
        if (source !== 'manual' && grid) {
          const cells =
            source === 'city' ? grid.city : letter.unitKind === 'section' ? grid.bySection : grid.byJurisdiction;
          months = cellsToMonths(cells, year, source === 'city' ? undefined : unit.code);
          value = cumulative(months, asOfMonth);
          projection = projectYearEnd(value, asOfMonth, pastOf(grid.city));
        } else {
          const last = reported.get(item.id);
          if (last) {
            value = last.value;
            projection = last.quarter >= 4 ? last.value : round2((last.value * 4) / last.quarter);
          }
        }
        return {
          itemId: item.id,
          indicatorId: indicator.id,
          name: indicator.name,
          unit: indicator.unit,
          source,
          metric:
            source === 'metric' && indicator.metricKey
              ? {
                  key: indicator.metricKey,
                  filters: {
                    ...(indicator.metricFilters as Record<string, string | number>),
                    [letter.unitKind === 'section' ? 'section' : 'jurisdiction']: unit.code,
                  },
                }
              : source === 'city' && indicator.metricKey
                ? { key: indicator.metricKey, filters: indicator.metricFilters as Record<string, string | number> }
                : null,
          weight: Number(item.weight),
          share: { ...share, text: targetText(share, indicator.unit) },
          reportedQuarter: reported.get(item.id)?.quarter ?? null,
          months,
          ...progress(share, value, projection),
        };
      });
    return {
      letterId: letter.id,
      unitKind: letter.unitKind as UnitKind,
      ref: {
        unitKind: letter.unitKind,
        jurisdictionCode: letter.jurisdictionCode,
        sectionCode: letter.sectionCode,
        userId: letter.userId,
      },
      status: letter.status,
      unit,
      lines,
      lagging: lines.filter((l) => l.likelyMiss).length,
    };
  });

  const city = system.map((indicator) => {
    const target: Target = {
      direction: indicator.direction as Direction,
      min: num(indicator.targetMin),
      max: num(indicator.targetMax),
    };
    const grid = gridBy.get(indicator.id);
    let value: number | null = null;
    let projection: number | null = null;
    let months: number[] | null = null;
    let lastYear: number[] | null = null;
    if (grid) {
      months = cellsToMonths(grid.city, year);
      lastYear = cellsToMonths(grid.city, year - 1);
      value = cumulative(months, asOfMonth);
      projection = projectYearEnd(value, asOfMonth, pastOf(grid.city));
    } else {
      // A manual indicator's city figure is what the towns, zones, streets and departments reported.
      const lines = units
        .filter((u) => u.unitKind === 'jurisdiction')
        .flatMap((u) => u.lines.filter((l) => l.indicatorId === indicator.id && l.value !== null));
      if (lines.length) {
        value = round2(lines.reduce((a, l) => a + (l.value ?? 0), 0));
        projection = round2(lines.reduce((a, l) => a + (l.projection ?? 0), 0));
      }
    }
    return {
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      direction: target.direction,
      target: { min: target.min, max: target.max, text: targetText(target, indicator.unit) },
      weight: Number(indicator.weight),
      source: indicator.source as 'metric' | 'manual',
      metric: indicator.metricKey
        ? { key: indicator.metricKey, filters: indicator.metricFilters as Record<string, string | number> }
        : null,
      months,
      lastYear,
      ...progress(target, value, projection),
    };
  });
  return { year, asOfMonth, indicators: city, units };
}

export type YearFigures = ReturnType<typeof figuresAt>;

/** 预警: the lines of letters in force whose projected year-end misses the unit's share, worst first. */
export function warningsOf(figures: YearFigures) {
  return figures.units
    .flatMap((u) =>
      u.lines
        .filter((l) => l.likelyMiss)
        .map((l) => ({
          letterId: u.letterId,
          unit: u.unit,
          indicatorId: l.indicatorId,
          name: l.name,
          unitOfMeasure: l.unit,
          share: l.share.text,
          value: l.value,
          projection: l.projection,
          ratio: l.share.min ? round2((l.projection ?? 0) / l.share.min) : 0,
        })),
    )
    .sort((a, b) => a.ratio - b.ratio);
}

/**
 * Computes the grids of a year's cockpit (the latest year with indicators unless named), so the first leader to open it after the server starts
 * does not wait for every indicator's four years of months to be counted. Returns the year and how long it took.
 */
export async function warmCockpit(db: DbOrTx, year?: number): Promise<{ year: number; ms: number } | null> {
  const [latest] = year
    ? [{ year }]
    : await db.select({ year: indicators.year }).from(indicators).orderBy(desc(indicators.year)).limit(1);
  if (!latest) return null;
  const started = performance.now();
  await loadYear(db, latest.year);
  return { year: latest.year, ms: Math.round(performance.now() - started) };
}
