import { z } from 'zod';
import { zodProblem } from '../../server/problems.js';

export const indicatorBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9_.-]{1,40}$/i, 'letters, digits, . _ -'),
    name: z.string().trim().min(2).max(100),
    unit: z.string().trim().min(1).max(10),
    direction: z.enum(['at_least', 'at_most', 'within']),
    targetMin: z.number().min(0).nullish(),
    targetMax: z.number().min(0).nullish(),
    weight: z.number().min(0).max(100).default(0),
    scoringRule: z.string().trim().max(500).nullish(),
    source: z.enum(['metric', 'manual']),
    metricKey: z.string().max(60).nullish(),
    metricFilters: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
    sortOrder: z.number().int().min(0).max(10000).default(0),
  })
  .superRefine((b, ctx) => {
    if (b.direction !== 'at_most' && (b.targetMin === null || b.targetMin === undefined))
      ctx.addIssue(zodProblem('target_min_needed', ['targetMin']));
    if (b.direction !== 'at_least' && (b.targetMax === null || b.targetMax === undefined))
      ctx.addIssue(zodProblem('target_max_needed', ['targetMax']));
    if (b.targetMin != null && b.targetMax != null && b.targetMin > b.targetMax)
      ctx.addIssue(zodProblem('target_below_min', ['targetMax']));
    if (b.source === 'metric' && !b.metricKey) ctx.addIssue(zodProblem('metric_needed', ['metricKey']));
  });
export type IndicatorBody = z.infer<typeof indicatorBody>;

const unitGroups = ['town', 'zone', 'street', 'department', 'section', 'staff'] as const;
const directions = ['at_least', 'at_most', 'within'] as const;

/** A responsible unit as a screen names it. */
export const unitView = z.object({
  name: z.string(),
  nameEn: z.string().nullable(),
  code: z.string(),
  group: z.enum(unitGroups),
});
/** The metric behind a figure, under the filters that give that figure (for the drill-down). */
const metricRef = z.object({ key: z.string(), filters: z.record(z.string(), z.union([z.string(), z.number()])) });
const progressFields = {
  value: z.number().nullable(),
  ratio: z.number(),
  status: z.enum(['achieved', 'on_track', 'behind', 'exceeded', 'unreported']),
  projection: z.number().nullable(),
  likelyMiss: z.boolean(),
};
const months = z.array(z.number()).nullable();
const targetRange = {
  direction: z.enum(directions),
  min: z.number().nullable(),
  max: z.number().nullable(),
  text: z.string(),
};

const cityIndicator = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(directions),
  target: z.object({ min: z.number().nullable(), max: z.number().nullable(), text: z.string() }),
  weight: z.number(),
  source: z.enum(['metric', 'manual']),
  metric: metricRef.nullable(),
  months,
  lastYear: months,
  ...progressFields,
});

const unitLine = z.object({
  itemId: z.number().int(),
  indicatorId: z.number().int(),
  name: z.string(),
  unit: z.string(),
  source: z.enum(['metric', 'city', 'manual']),
  metric: metricRef.nullable(),
  weight: z.number(),
  share: z.object(targetRange),
  reportedQuarter: z.number().int().nullable(),
  months,
  ...progressFields,
});

/** The year at a glance (目标考核驾驶舱): the city's indicators, every unit's lines, the warnings and the latest ranking. */
export const targetsOverviewView = z.object({
  year: z.number().int(),
  /** Some figures are those computed before the latest change; new ones are on their way. */
  refreshing: z.boolean(),
  asOfMonth: z.number().int(),
  indicators: z.array(cityIndicator),
  units: z.array(
    z.object({
      letterId: z.number().int(),
      unitKind: z.enum(['jurisdiction', 'section', 'staff']),
      status: z.string(),
      unit: unitView,
      lines: z.array(unitLine),
      lagging: z.number().int(),
    }),
  ),
  warnings: z.array(
    z.object({
      letterId: z.number().int(),
      unit: unitView,
      indicatorId: z.number().int(),
      name: z.string(),
      unitOfMeasure: z.string(),
      share: z.string(),
      value: z.number().nullable(),
      projection: z.number().nullable(),
      ratio: z.number(),
    }),
  ),
  ranking: z
    .object({
      assessmentId: z.number().int(),
      kind: z.enum(['mid_year', 'year_end']),
      status: z.string(),
      units: z.array(
        z.object({
          letterId: z.number().int(),
          unit: unitView,
          rankGroup: z.string(),
          total: z.number(),
          rank: z.number().int(),
          rankOf: z.number().int(),
        }),
      ),
    })
    .nullable(),
});

/** 指标体系: a year's indicators with their targets, weights and live progress, and the caps on bonus and deductions. */
export const indicatorSystemView = z.object({
  year: z.number().int(),
  caps: z.object({ bonus: z.number(), deduction: z.number() }),
  weightTotal: z.number(),
  items: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      direction: z.enum(directions),
      target: z.object({ min: z.number().nullable(), max: z.number().nullable(), text: z.string() }),
      weight: z.number(),
      scoringRule: z.string().nullable(),
      source: z.enum(['metric', 'manual']),
      metric: metricRef.nullable(),
      progress: z
        .object({
          value: z.number(),
          ratio: z.number(),
          status: z.enum(['achieved', 'on_track', 'behind', 'exceeded']),
        })
        .nullable(),
      sortOrder: z.number().int(),
      version: z.number().int(),
    }),
  ),
});
