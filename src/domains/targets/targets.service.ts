import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.js';
import { indicatorSystems, indicators, targetLetterItems } from '../../db/tables/index.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { type MetricQuery, metricGrid, metricQuery, metricValue } from '../metrics/metrics.service.js';
import { type Direction, progressOf, targetText } from './progress.js';
import type { IndicatorBody } from './schema.js';
import { wordsIn } from '../../server/words.js';

const num = (v: string | null) => (v === null ? null : Number(v));

/** The metric filters an indicator names must be ones the metric takes; checked by computing it once. */
async function checkMetric(db: Db, body: Pick<IndicatorBody, 'source' | 'metricKey' | 'metricFilters' | 'year'>) {
  if (body.source !== 'metric') return;
  const parsed = metricQuery.safeParse(body.metricFilters);
  if (!parsed.success) throw AppError.invalid('body.metricFilters', 'metric_filters_invalid');
  await metricValue(db, body.metricKey!, { ...parsed.data, year: body.year }).catch((error: unknown) => {
    if (error instanceof AppError)
      throw AppError.invalid('body.metricKey', 'metric_unknown', { metric: body.metricKey ?? '' });
    throw error;
  });
}

/**
 * 指标体系 of a year with each indicator's progress: metric-based ones computed live from the data of
 * that year, manual ones without a figure until they are reported.
 */
export async function indicatorSystem(db: Db, year: number) {
  const rows = await db
    .select()
    .from(indicators)
    .where(eq(indicators.year, year))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id));
  const figures = await Promise.all(
    rows.map(async (row) => {
      if (row.source !== 'metric' || !row.metricKey) return null;
      const cells = await metricGrid(db, row.metricKey, row.metricFilters as Omit<MetricQuery, 'year'>, {
        fromYear: year,
        toYear: year,
      });
      return Math.round(cells.reduce((a, c) => a + c.value, 0) * 100) / 100;
    }),
  );
  const items = rows.map((row, i) => {
    const target = { direction: row.direction as Direction, min: num(row.targetMin), max: num(row.targetMax) };
    const value = figures[i];
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      unit: row.unit,
      direction: target.direction,
      target: { min: target.min, max: target.max, text: targetText(target, row.unit) },
      weight: Number(row.weight),
      scoringRule: row.scoringRule,
      source: row.source as 'metric' | 'manual',
      metric: row.metricKey
        ? { key: row.metricKey, filters: row.metricFilters as Record<string, string | number> }
        : null,
      progress: value === null || value === undefined ? null : { value, ...progressOf(target, value) },
      sortOrder: row.sortOrder,
      version: row.version,
    };
  });
  const [caps] = await db.select().from(indicatorSystems).where(eq(indicatorSystems.year, year));
  return {
    year,
    caps: { bonus: Number(caps?.bonusCap ?? 5), deduction: Number(caps?.deductionCap ?? 10) },
    weightTotal: Math.round(items.reduce((a, i) => a + i.weight * 100, 0)) / 100,
    items,
  };
}

export const capsBody = z.object({ bonusCap: z.number().min(0).max(50), deductionCap: z.number().min(0).max(100) });

/** 加分、扣分上限 of a year's indicator system. */
export async function saveCaps(db: Db, actor: Actor, year: number, body: z.infer<typeof capsBody>) {
  await db.transaction(async (tx) => {
    const values = { bonusCap: String(body.bonusCap), deductionCap: String(body.deductionCap) };
    const [before] = await tx.select().from(indicatorSystems).where(eq(indicatorSystems.year, year)).for('update');
    await tx
      .insert(indicatorSystems)
      .values({ year, ...values })
      .onConflictDoUpdate({
        target: indicatorSystems.year,
        set: { ...values, updatedAt: sql`now()`, version: sql`${indicatorSystems.version} + 1` },
      });
    await recordAudit(tx, actor, {
      action: 'indicator_system.caps',
      entityType: 'indicator_system',
      entityId: year,
      before,
      after: body,
    });
  });
}

/**
 * 沿用上年指标体系: next year's system starts as a copy of an earlier one — every indicator with its target,
 * weight, rule and source, and the caps — to be adjusted on the screen. Only into a year that has none.
 */
export async function copySystem(db: Db, actor: Actor, year: number, fromYear: number) {
  return db.transaction(async (tx) => {
    // One copy at a time into a year: the lock serialises two clicks.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('indicator_system'), ${year})`);
    const existing = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.year, year)).limit(1);
    if (existing.length) throw new AppError('SYSTEM_EXISTS', { params: { year } });
    const source = await tx
      .select()
      .from(indicators)
      .where(eq(indicators.year, fromYear))
      .orderBy(asc(indicators.sortOrder), asc(indicators.id));
    if (!source.length) throw AppError.invalid('body.fromYear', 'no_system', { year: fromYear });
    await tx.insert(indicators).values(
      source.map(({ id: _id, year: _year, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => ({
        ...rest,
        year,
      })),
    );
    const [caps] = await tx.select().from(indicatorSystems).where(eq(indicatorSystems.year, fromYear));
    await tx
      .insert(indicatorSystems)
      .values({ year, bonusCap: caps?.bonusCap ?? '5', deductionCap: caps?.deductionCap ?? '10' })
      .onConflictDoNothing();
    await recordAudit(tx, actor, {
      action: 'indicator_system.copy',
      entityType: 'indicator_system',
      entityId: year,
      after: { fromYear, indicators: source.length },
    });
    return { copied: source.length };
  });
}

function columns(body: Partial<IndicatorBody>) {
  const { targetMin, targetMax, weight, ...rest } = body;
  return {
    ...rest,
    ...(targetMin !== undefined ? { targetMin: targetMin === null ? null : String(targetMin) } : {}),
    ...(targetMax !== undefined ? { targetMax: targetMax === null ? null : String(targetMax) } : {}),
    ...(weight !== undefined ? { weight: String(weight) } : {}),
  };
}

export async function createIndicator(db: Db, actor: Actor, body: IndicatorBody) {
  await checkMetric(db, body);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(indicators)
      .values(columns(body) as typeof indicators.$inferInsert)
      .returning({ id: indicators.id })
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? new AppError('DUPLICATE_CODE') : error;
      });
    await recordAudit(tx, actor, {
      action: 'indicator.create',
      entityType: 'indicator',
      entityId: row!.id,
      after: body,
    });
    return { id: row!.id };
  });
}

export async function updateIndicator(db: Db, actor: Actor, id: number, body: IndicatorBody & { version?: number }) {
  const [before] = await db.select().from(indicators).where(eq(indicators.id, id));
  if (!before) throw new AppError('NOT_FOUND');
  if (body.version !== undefined && body.version !== before.version) throw new AppError('STALE_VERSION');
  await checkMetric(db, body);
  const { version: _v, ...changes } = body;
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(indicators)
      .set({ ...columns(changes), updatedAt: sql`now()`, version: sql`${indicators.version} + 1` })
      .where(and(eq(indicators.id, id), eq(indicators.version, before.version)))
      .returning({ id: indicators.id });
    if (!updated.length) throw new AppError('STALE_VERSION');
    await recordAudit(tx, actor, {
      action: 'indicator.update',
      entityType: 'indicator',
      entityId: id,
      before,
      after: changes,
    });
  });
}

export async function deleteIndicator(db: Db, actor: Actor, id: number) {
  await db.transaction(async (tx) => {
    // Say what keeps it: the letters that decompose it (removing it from them, or deleting a draft, frees it).
    const [use] = await tx
      .select({ letters: sql<number>`count(DISTINCT ${targetLetterItems.letterId})::int` })
      .from(targetLetterItems)
      .where(eq(targetLetterItems.indicatorId, id));
    if (use && use.letters > 0)
      throw new AppError('IN_USE_BY', {
        params: {
          what: {
            zh: wordsIn('zh-CN', 'api')(`records.${use.letters > 1 ? 'lettersInUse' : 'letterInUse'}`, {
              n: use.letters,
            }),
            en: wordsIn('en', 'api')(`records.${use.letters > 1 ? 'lettersInUse' : 'letterInUse'}`, { n: use.letters }),
          },
        },
      });
    const [before] = await tx
      .delete(indicators)
      .where(eq(indicators.id, id))
      .returning()
      .catch((error: unknown) => {
        throw isForeignKeyViolation(error) ? new AppError('IN_USE') : error;
      });
    if (!before) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'indicator.delete', entityType: 'indicator', entityId: id, before });
  });
}

/** The years that have an indicator system, latest first: dashboards open on the latest. */
export async function indicatorYears(db: Db): Promise<number[]> {
  const rows = await db.selectDistinct({ year: indicators.year }).from(indicators).orderBy(desc(indicators.year));
  return rows.map((r) => r.year);
}
