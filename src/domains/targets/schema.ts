import { z } from 'zod';
import { zodProblem } from '../../server/problems.js';

export const indicatorBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    code: z.string().trim().regex(/^[a-z0-9_.-]{1,40}$/i, 'letters, digits, . _ -'),
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
    if (b.direction !== 'at_most' && (b.targetMin === null || b.targetMin === undefined)) ctx.addIssue(zodProblem('target_min_needed', ['targetMin']));
    if (b.direction !== 'at_least' && (b.targetMax === null || b.targetMax === undefined)) ctx.addIssue(zodProblem('target_max_needed', ['targetMax']));
    if (b.targetMin != null && b.targetMax != null && b.targetMin > b.targetMax) ctx.addIssue(zodProblem('target_below_min', ['targetMax']));
    if (b.source === 'metric' && !b.metricKey) ctx.addIssue(zodProblem('metric_needed', ['metricKey']));
  });
export type IndicatorBody = z.infer<typeof indicatorBody>;
