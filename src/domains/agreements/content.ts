import { z } from 'zod';
import { AppError } from '../../server/errors.js';
import type { FieldProblem } from '../../server/problems.js';
import { fenToYuan, yuanToFen } from '../../shared/money.js';
import { calendarDayOf } from '../../shared/clock.js';
import { yuan } from '../../shared/schemas.js';

export const fundingSources = ['superior', 'local', 'self_raised'] as const;
export const reportIntervals = ['quarter', 'half_year', 'year'] as const;
export type ReportInterval = (typeof reportIntervals)[number];

const day = z.iso.date();
const milestone = z.object({
  title: z.string().trim().min(1).max(200),
  dueOn: day,
  deliverable: z.string().trim().max(500).optional(),
});
const indicator = z.object({
  name: z.string().trim().min(1).max(100),
  unit: z.string().trim().min(1).max(20),
  target: z.string().trim().min(1).max(40),
});
/** 预算: one line of the budget, by source (上级/本级财政/自筹) and item (设备费, 材料费 …). */
const budgetLine = z.object({ source: z.enum(fundingSources), item: z.string().trim().min(1).max(40), amount: yuan });

/** 任务书 as sent by a client: amounts in yuan as numbers or strings. */
export const agreementContentInput = z.object({
  startOn: day,
  endOn: day,
  leaderName: z.string().trim().min(1).max(50),
  objectives: z.string().trim().min(1).max(5000),
  milestones: z.array(milestone).min(1).max(30),
  indicators: z.array(indicator).max(30),
  budget: z.array(budgetLine).min(1).max(40),
  reportEvery: z.enum(reportIntervals),
});
export type AgreementContentInput = z.infer<typeof agreementContentInput>;

/** 任务书 as stored and returned: amounts as exact yuan strings ("120000.00"). */
export const agreementContent = agreementContentInput.extend({
  budget: z.array(budgetLine.extend({ amount: z.string() })),
});
export type AgreementContent = z.infer<typeof agreementContent>;

/** The parts a change request (变更) may propose: leader, period (with the milestones it moves), budget. */
export const changeProposal = z
  .object({
    leaderName: agreementContentInput.shape.leaderName.optional(),
    startOn: day.optional(),
    endOn: day.optional(),
    milestones: agreementContentInput.shape.milestones.optional(),
    budget: agreementContentInput.shape.budget.optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'propose_change',
    params: { problem: 'propose_change' },
  });
export type ChangeProposal = z.infer<typeof changeProposal>;
export type ChangeKind = 'leader' | 'period' | 'budget';

export function changeKinds(p: ChangeProposal): ChangeKind[] {
  const kinds: ChangeKind[] = [];
  if (p.leaderName !== undefined) kinds.push('leader');
  if (p.startOn !== undefined || p.endOn !== undefined || p.milestones !== undefined) kinds.push('period');
  if (p.budget !== undefined) kinds.push('budget');
  return kinds;
}

/**
 * Checks a whole agreement and returns it with exact amounts: the period runs forwards, milestones fall
 * inside it, every amount is yuan with at most two decimals, and the bureau's part of the budget (superior
 * plus local) equals the funding the project was approved — a 任务书 cannot promise other money.
 */
export function normalizeContent(
  input: AgreementContentInput,
  approvedFen: number | null,
  at = 'body.content',
): AgreementContent {
  const problems: FieldProblem[] = [];
  if (input.endOn <= input.startOn) problems.push({ field: `${at}.endOn`, problem: 'period_reversed' });
  input.milestones.forEach((m, i) => {
    if (m.dueOn < input.startOn || m.dueOn > input.endOn)
      problems.push({ field: `${at}.milestones.${i}.dueOn`, problem: 'milestone_outside_period' });
  });
  let bureauFen = 0;
  const budget = input.budget.map((line, i) => {
    const fen = yuanToFen(line.amount);
    if (fen === undefined) {
      problems.push({ field: `${at}.budget.${i}.amount`, problem: 'money' });
      return { ...line, amount: '0.00' };
    }
    if (line.source !== 'self_raised') bureauFen += fen;
    return { ...line, amount: fenToYuan(fen) };
  });
  if (approvedFen !== null && bureauFen !== approvedFen) {
    problems.push({
      field: `${at}.budget`,
      problem: 'budget_mismatch',
      params: { bureau: fenToYuan(bureauFen), approved: fenToYuan(approvedFen) },
    });
  }
  if (problems.length) throw AppError.invalidFields(problems);
  return { ...input, budget };
}

/** The agreement after a change: the proposed parts replace the current ones. */
export function applyChange(current: AgreementContent, proposal: ChangeProposal): AgreementContentInput {
  const defined = Object.fromEntries(Object.entries(proposal).filter(([, v]) => v !== undefined));
  return { ...current, ...defined };
}

export interface ContentDifference {
  field: keyof AgreementContent;
  /** Row number within a list (milestones, indicators, budget); absent for single values. */
  index?: number;
  before: unknown;
  after: unknown;
}

const listFields = ['milestones', 'indicators', 'budget'] as const;
const valueFields = ['startOn', 'endOn', 'leaderName', 'objectives', 'reportEvery'] as const;

/** What changed between two versions, value by value and row by row (a row added or removed has null on one side). */
export function diffContent(before: AgreementContent, after: AgreementContent): ContentDifference[] {
  const differences: ContentDifference[] = [];
  for (const field of valueFields) {
    if (before[field] !== after[field]) differences.push({ field, before: before[field], after: after[field] });
  }
  for (const field of listFields) {
    const a: unknown[] = before[field];
    const b: unknown[] = after[field];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (JSON.stringify(a[i] ?? null) !== JSON.stringify(b[i] ?? null))
        differences.push({ field, index: i, before: a[i] ?? null, after: b[i] ?? null });
    }
  }
  return differences;
}

/** Budget totals by source, in fen. */
export function budgetTotals(content: AgreementContent): Record<(typeof fundingSources)[number], number> {
  const totals = { superior: 0, local: 0, self_raised: 0 };
  for (const line of content.budget) totals[line.source] += yuanToFen(line.amount) ?? 0;
  return totals;
}

export interface ReportPeriod {
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

/** A progress report is due this many days after its period ends. */
export const reportGraceDays = 15;

const monthsPer: Record<ReportInterval, number> = { quarter: 3, half_year: 6, year: 12 };
const iso = calendarDayOf;
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * 报告期: the calendar quarters, half-years or years the project period touches, clipped to the period, so
 * reports line up with the bureau's own quarterly statistics. Each report is due `reportGraceDays` after its period.
 */
export function reportPeriods(startOn: string, endOn: string, every: ReportInterval): ReportPeriod[] {
  const months = monthsPer[every];
  const periods: ReportPeriod[] = [];
  const start = utc(startOn);
  let cursor = new Date(Date.UTC(start.getUTCFullYear(), Math.floor(start.getUTCMonth() / months) * months, 1));
  const end = utc(endOn);
  while (cursor <= end) {
    const next = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + months, 1));
    const lastDay = new Date(next.getTime() - 86_400_000);
    const periodStart = cursor < start ? start : cursor;
    const periodEnd = lastDay > end ? end : lastDay;
    periods.push({
      periodStart: iso(periodStart),
      periodEnd: iso(periodEnd),
      dueOn: iso(new Date(periodEnd.getTime() + reportGraceDays * 86_400_000)),
    });
    cursor = next;
  }
  return periods;
}
