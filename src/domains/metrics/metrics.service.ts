import { sql, type SQL } from 'drizzle-orm';
import { type PgColumn, PgTransaction } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { AppError, type Language } from '../../server/errors.js';
import { en } from '../../shared/locales/en.js';
import { zhCN } from '../../shared/locales/zh-CN.js';
import { fenToYuan } from '../../shared/money.js';
import { type Metric, metricByKey, metrics, paramsOf } from './catalogue.js';
import { filterConditions, fromFor, isBare, type MetricFilters, subjects } from './subjects.js';

export const metricQuery = z.object({
  year: z.coerce.number().int().min(1980).max(2100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  jurisdiction: z.string().max(40).optional(),
  org: z.coerce.number().int().positive().optional(),
  section: z.string().max(40).optional(),
  program: z.coerce.number().int().positive().optional(),
  /** 指令性计划, 指导性计划 …: the plan type a higher level listed an approved project under. */
  planType: z.string().max(40).optional(),
  /** One value, or several separated by commas. */
  level: z.string().max(80).optional(),
  category: z.string().max(120).optional(),
  state: z.string().max(40).optional(),
  type: z.string().max(40).optional(),
  kind: z.string().max(40).optional(),
  outlet: z.string().max(40).optional(),
  adopted: z.enum(['true', 'false']).optional(),
  source: z.string().max(40).optional(),
});
export type MetricQuery = z.infer<typeof metricQuery>;

export function findMetric(key: string): Metric {
  const metric = metricByKey.get(key);
  if (!metric) throw new AppError('NOT_FOUND');
  return metric;
}

/** The catalogue in the reader's language: each metric's title and its definition in plain words. */
export function catalogue(language: Language) {
  const words = (language === 'en' ? en : zhCN).metric.items as Record<string, { title: string; definition: string }>;
  return metrics.map((m) => ({
    key: m.key,
    title: words[m.key]?.title ?? m.key,
    definition: words[m.key]?.definition ?? '',
    unit: m.unit,
    kind: m.kind,
    params: paramsOf(m),
  }));
}

/** A filter the metric's subject has no column for is refused, rather than silently ignored. */
function whereOf(metric: Metric, q: MetricQuery, bare = false): SQL {
  const allowed = new Set<string>(paramsOf(metric));
  const given = Object.entries(q).filter(([, v]) => v !== undefined);
  const stray = given.filter(([k]) => !allowed.has(k));
  if (stray.length)
    throw new AppError('VALIDATION', {
      details: stray.map(([k]) => ({
        field: `querystring.${k}`,
        problem: 'metric_filter_unknown' as const,
        params: { metric: metric.key, filter: k },
      })),
    });
  const subject = subjects[metric.subject];
  const conditions = [
    ...(metric.where ? [metric.where] : []),
    ...filterConditions(subject, metric.date ?? subject.date, q as MetricFilters, bare),
  ];
  return conditions.length ? sql.join(conditions, sql` AND `) : sql`true`;
}

/** The figure: a count, or a sum exact to the fen (given in yuan, and as an exact yuan string). */
export async function metricValue(db: DbOrTx, key: string, q: MetricQuery) {
  const metric = findMetric(key);
  const subject = subjects[metric.subject];
  const expression = metric.kind === 'count' ? sql`count(*)` : sql`coalesce(sum(${metric.sum}), 0)`;
  const from = fromFor(subject, q as MetricFilters);
  const where = whereOf(metric, q, isBare(subject, from));
  // A figure is counted once per change of its tables: a dashboard asked a hundred times costs one count.
  const { version, database, cacheable } = await dataVersion(db, subject.tables);
  // The database is part of the key: one process may serve several (tests; a restore under a new name).
  const valueKey = JSON.stringify([database, key, q]);
  const known = cacheable ? values.get(valueKey) : undefined;
  let raw: number;
  if (known && sameVersion(known.version, version)) raw = known.raw;
  else {
    const result = await db.execute<{ value: string }>(
      sql`SELECT ${expression}::text AS value FROM ${from} WHERE ${where}`,
    );
    raw = Number(result.rows[0]?.value ?? 0);
    const latest = values.get(valueKey);
    if (cacheable && (!latest || !olderThan(version, latest.version))) remember(values, valueKey, { version, raw });
  }
  if (metric.kind === 'count') return { key, unit: metric.unit, value: raw };
  return { key, unit: metric.unit, value: raw / 100, exact: fenToYuan(raw) };
}

/** 下钻: the rows behind a figure, paged; for a count `total` is the figure itself. */
export async function metricRows(db: DbOrTx, key: string, q: MetricQuery & { page: number; pageSize: number }) {
  const { page, pageSize, ...filters } = q;
  const metric = findMetric(key);
  const subject = subjects[metric.subject];
  const where = whereOf(metric, filters);
  const columns = sql.join(
    Object.entries(subject.rows).map(([name, column]) => sql`${column} AS ${sql.identifier(name)}`),
    sql`, `,
  );
  const rows = await db.execute<Record<string, unknown>>(
    sql`SELECT ${columns} FROM ${subject.from} WHERE ${where} ORDER BY ${subject.order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  );
  const counted = fromFor(subject, filters as MetricFilters);
  const total = await db.execute<{ n: string }>(
    sql`SELECT count(*)::text AS n FROM ${counted} WHERE ${whereOf(metric, filters, isBare(subject, counted))}`,
  );
  const items = rows.rows.map(({ amountFen, approvedFen, ...r }) => ({
    ...r,
    ...(amountFen !== undefined ? { amount: amountFen === null ? null : fenToYuan(Number(amountFen)) } : {}),
    ...(approvedFen !== undefined
      ? { approvedFunding: approvedFen === null ? null : fenToYuan(Number(approvedFen)) }
      : {}),
  }));
  return { items, total: Number(total.rows[0]?.n ?? 0) };
}

/**
 * 按月: a figure month by month through a year (each month's own, not cumulative), for this-year-against-
 * last-year charts. Projects belong to their call's year, so their months fall in January.
 */
export async function metricSeries(db: DbOrTx, key: string, q: MetricQuery & { year: number }) {
  const metric = findMetric(key);
  const subject = subjects[metric.subject];
  const date = metric.date ?? subject.date;
  const expression = metric.kind === 'count' ? sql`count(*)` : sql`coalesce(sum(${metric.sum}), 0)`;
  const from = fromFor(subject, q as MetricFilters);
  const where = whereOf(metric, q, isBare(subject, from));
  // A year column: every row in January. An indexed date: twelve range scans of its index, cheaper than extracting and grouping each row.
  const monthly = sql`SELECT extract(month FROM ${date})::int AS month, ${expression}::text AS value FROM ${from} WHERE ${where} GROUP BY 1`;
  const ranged = sql`SELECT m AS month, (SELECT ${expression} FROM ${from} WHERE ${where} AND ${date} >= make_date(${q.year}::int, m, 1) AND ${date} < (make_date(${q.year}::int, m, 1) + interval '1 month')::date)::text AS value
                     FROM generate_series(1, 12) m`;
  const january = sql`SELECT 1 AS month, ${expression}::text AS value FROM ${from} WHERE ${where}`;
  const query =
    'year' in subject && subject.year && date === subject.date
      ? january
      : 'indexedDates' in subject && subject.indexedDates.some((c) => c === date)
        ? ranged
        : monthly;
  const result = await db.execute<{ month: number; value: string }>(query);
  const byMonth = new Map(result.rows.map((r) => [Number(r.month), Number(r.value)]));
  const values = Array.from({ length: 12 }, (_, i) => byMonth.get(i + 1) ?? 0);
  return {
    key,
    unit: metric.unit,
    year: q.year,
    months: metric.kind === 'count' ? values : values.map((fen) => fen / 100),
  };
}

export interface MetricCell {
  year: number;
  month: number;
  unit: string | null;
  value: number;
}

/** How long a dashboard waits for figures being recomputed before it shows the ones computed last. */
export interface GridFreshness {
  /** Wait at most this long for a recomputation; then answer with the previous grid (if there is one). */
  waitMs: number;
  /** Called when the previous grid was served: the caller says so, and asks again shortly. */
  stale(): void;
}

/**
 * 分年分月(分单位): a figure for every month of a span of years — and for every jurisdiction or section
 * when `by` is given — in one query, so a dashboard of many indicators and units costs one query per
 * indicator, and nothing while the data stand still. Cells without rows are absent; sums are in yuan.
 * Without `freshness` the grid is always as new as the data; with it, a recomputation that takes longer
 * than `waitMs` goes on in the background while the caller gets the previous grid.
 */
export async function metricGrid(
  db: DbOrTx,
  key: string,
  q: Omit<MetricQuery, 'year'>,
  span: { fromYear: number; toYear: number; by?: 'jurisdiction' | 'section' },
  freshness?: GridFreshness,
): Promise<MetricCell[]> {
  const metric = findMetric(key);
  const subject = subjects[metric.subject];
  const column = span.by ? (subject.columns as Partial<Record<string, PgColumn | SQL>>)[span.by] : undefined;
  if (span.by && !column) return [];
  // Read the counters first: what is computed afterwards is at least as new as they say.
  const { version, database, cacheable } = await dataVersion(db, subject.tables);
  if (!cacheable) return computeGrid(db, metric, q, span, column);
  const gridKey = JSON.stringify([database, key, q, span]);
  const known = grids.get(gridKey);
  if (known && sameVersion(known.version, version)) return known.cells;

  const running = computations.get(gridKey);
  // A dashboard under a burst of writes: one recomputation of a grid at a time, the previous grid meanwhile.
  if (running && !sameVersion(running.version, version) && freshness && known) {
    freshness.stale();
    return known.cells;
  }
  let computing = running && sameVersion(running.version, version) ? running.cells : undefined;
  if (!computing) {
    const started = computeGrid(db, metric, q, span, column).then((cells) => {
      const latest = grids.get(gridKey);
      if (!latest || !olderThan(version, latest.version)) remember(grids, gridKey, { version, cells });
      return cells;
    });
    computing = started;
    if (!running) {
      computations.set(gridKey, { version, cells: started });
      const done = () => {
        if (computations.get(gridKey)?.cells === started) computations.delete(gridKey);
      };
      started.then(done, done);
    }
  }
  if (!freshness || !known) return computing;
  const late = Symbol('late');
  const first = await Promise.race([
    computing,
    new Promise<typeof late>((resolve) => setTimeout(() => resolve(late), freshness.waitMs).unref()),
  ]);
  if (first !== late) return first;
  // The background computation may still fail (a closed transaction): nobody waits for it any more.
  computing.catch(() => undefined);
  freshness.stale();
  return known.cells;
}

async function computeGrid(
  db: DbOrTx,
  metric: Metric,
  q: Omit<MetricQuery, 'year'>,
  span: { fromYear: number; toYear: number; by?: 'jurisdiction' | 'section' },
  column: PgColumn | SQL | undefined,
): Promise<MetricCell[]> {
  const subject = subjects[metric.subject];
  const date = metric.date ?? subject.date;
  const expression = metric.kind === 'count' ? sql`count(*)` : sql`coalesce(sum(${metric.sum}), 0)`;
  const unit = column ? sql`${column}::text` : sql`NULL::text`;
  const from = fromFor(subject, q as MetricFilters, span.by);
  const result = await db.execute<{ year: number; month: number; unit: string | null; value: string }>(
    sql`SELECT extract(year FROM ${date})::int AS year, extract(month FROM ${date})::int AS month, ${unit} AS unit, ${expression}::text AS value
        FROM ${from}
        WHERE ${whereOf(metric, q, isBare(subject, from))} AND ${
          'year' in subject && subject.year && date === subject.date
            ? sql`${subject.year} BETWEEN ${span.fromYear} AND ${span.toYear}`
            : sql`${date} >= make_date(${span.fromYear}, 1, 1) AND ${date} < make_date(${span.toYear + 1}, 1, 1)`
        }
        GROUP BY 1, 2, 3`,
  );
  return result.rows.map((r) => ({
    year: Number(r.year),
    month: Number(r.month),
    unit: r.unit,
    value: metric.kind === 'count' ? Number(r.value) : Number(r.value) / 100,
  }));
}

/**
 * Grids by data version: a dashboard over millions of rows is computed once per change of the tables
 * behind it — every write moves its table's counter in the same transaction, so a grid kept under the
 * counters it was computed at is never mistaken for a newer one.
 */
const grids = new Map<string, { version: number[]; cells: MetricCell[] }>();
/** Single figures by data version, the same way. */
const values = new Map<string, { version: number[]; raw: number }>();
/** The computation under way for a grid: requests for the same version wait for it rather than start another. */
const computations = new Map<string, { version: number[]; cells: Promise<MetricCell[]> }>();
const cacheSize = 2000;
/** Keeps an entry as the newest, dropping the oldest when full. */
function remember<T>(cache: Map<string, T>, key: string, entry: T) {
  cache.delete(key);
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
  cache.set(key, entry);
}

/**
 * The counters of the tables a figure reads. Inside a transaction that has written something, what it
 * sees may never be committed: nothing computed there is kept.
 */
async function dataVersion(
  db: DbOrTx,
  tables: readonly string[],
): Promise<{ version: number[]; database: string; cacheable: boolean }> {
  // Only the pool's figures are kept: a transaction may still write before it counts, or end before a
  // computation it started is done.
  if (db instanceof PgTransaction) return { version: [], database: '', cacheable: false };
  const result = await db.execute<{ v: string | null; database: string }>(
    sql`SELECT string_agg(version::text, '.' ORDER BY table_name) AS v, current_database() AS database FROM data_versions WHERE table_name = ANY(${sql.param(tables)}::text[])`,
  );
  const row = result.rows[0];
  return { version: (row?.v ?? '').split('.').map(Number), database: row?.database ?? '', cacheable: true };
}
const sameVersion = (a: number[], b: number[]) => a.length === b.length && a.every((n, i) => n === b[i]);
/** Counters only move forward: a grid is older when any of its counters is behind. */
const olderThan = (a: number[], b: number[]) => a.some((n, i) => n < (b[i] ?? 0));

/** Whether a metric can be narrowed to a jurisdiction or a section. */
export function metricHasScope(key: string, by: 'jurisdiction' | 'section'): boolean {
  const metric = metricByKey.get(key);
  return Boolean(metric && by in subjects[metric.subject].columns);
}
