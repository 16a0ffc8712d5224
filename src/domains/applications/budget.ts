import type { FieldProblem } from '../../server/problems.js';
import { groupedYuan, yuanToFen } from '../../shared/money.js';
import type { ApplicationTemplate, BudgetCategory, BudgetSource } from './template.js';
import { budgetCategories, budgetSources } from './template.js';

export type BudgetRules = NonNullable<ApplicationTemplate['budget']>;
export interface BudgetLineFen {
  category: BudgetCategory;
  fiscal: number;
  self: number;
  other: number;
}
export type BudgetTotals = Record<BudgetSource | 'total', number>;

/**
 * Reads typed amounts into fen, refusing anything that is not yuan exact to the fen (a third decimal, a
 * negative, a word). An empty cell is zero: a budget table leaves most cells blank.
 */
export function budgetInFen(
  lines: {
    category: BudgetCategory;
    fiscal?: number | string | null;
    self?: number | string | null;
    other?: number | string | null;
  }[],
) {
  const problems: FieldProblem[] = [];
  const parsed = lines.map((line, index) => {
    const fen = (source: BudgetSource) => {
      const value = line[source];
      if (value === undefined || value === null || value === '') return 0;
      const result = yuanToFen(value);
      if (result === undefined)
        problems.push({ field: `body.application.budget.${index}.${source}`, problem: 'money' });
      return result ?? 0;
    };
    return { category: line.category, fiscal: fen('fiscal'), self: fen('self'), other: fen('other') };
  });
  return { lines: parsed, problems };
}

export function budgetTotals(lines: BudgetLineFen[]): BudgetTotals {
  const totals = { fiscal: 0, self: 0, other: 0, total: 0 };
  for (const line of lines) {
    for (const source of budgetSources) totals[source] += line[source];
  }
  totals.total = totals.fiscal + totals.self + totals.other;
  return totals;
}

/** 间接费用's ceiling on the 财政资金: cap% of the direct fiscal costs less equipment, rounded down to the fen. */
export function indirectCeiling(lines: BudgetLineFen[], capPercent: number): number {
  const direct = lines
    .filter((l) => l.category !== 'indirect' && l.category !== 'equipment')
    .reduce((sum, l) => sum + l.fiscal, 0);
  return Math.floor((direct * capPercent) / 100);
}

/**
 * The call's budget rules, exact to the fen: categories of the call's scheme only, 财政资金 adding up to the
 * amount applied for and within the call's ceiling, 自筹 at least the call's ratio to it, 间接费用 within its cap.
 * Integer arithmetic throughout, so 0.1 + 0.2 never decides a refusal.
 */
export function checkBudget(lines: BudgetLineFen[], rules: BudgetRules, requestedFen: number | null): FieldProblem[] {
  const field = 'body.application.budget';
  const problems: FieldProblem[] = [];
  const allowed: readonly string[] = budgetCategories[rules.scheme];
  lines.forEach((line, index) => {
    if (!allowed.includes(line.category))
      problems.push({ field: `${field}.${index}.category`, problem: 'budget_category_scheme' });
  });
  const totals = budgetTotals(lines);
  if (totals.total === 0) return [...problems, { field, problem: 'budget_empty' }];
  if (requestedFen === null) problems.push({ field: 'body.requestedFunding', problem: 'required' });
  else if (totals.fiscal !== requestedFen) {
    problems.push({
      field,
      problem: 'budget_fiscal_mismatch',
      params: { fiscal: groupedYuan(totals.fiscal), requested: groupedYuan(requestedFen) },
    });
  }
  const max = rules.maxFiscal ? yuanToFen(rules.maxFiscal) : undefined;
  if (max !== undefined && totals.fiscal > max)
    problems.push({
      field,
      problem: 'budget_fiscal_over_max',
      params: { fiscal: groupedYuan(totals.fiscal), max: groupedYuan(max) },
    });
  // 自筹 ≥ ratio × 财政资金, compared as whole numbers: self × 100 ≥ ratio% × fiscal.
  if (totals.self * 100 < rules.selfRatioPercent * totals.fiscal) {
    const required = Math.ceil((rules.selfRatioPercent * totals.fiscal) / 100);
    problems.push({
      field,
      problem: 'budget_self_short',
      params: { self: groupedYuan(totals.self), ratio: rules.selfRatioPercent, required: groupedYuan(required) },
    });
  }
  const indirect = lines.filter((l) => l.category === 'indirect').reduce((sum, l) => sum + l.fiscal, 0);
  const ceiling = indirectCeiling(lines, rules.indirectCapPercent);
  if (indirect > ceiling) {
    problems.push({
      field,
      problem: 'budget_indirect_over',
      params: { indirect: groupedYuan(indirect), cap: rules.indirectCapPercent, ceiling: groupedYuan(ceiling) },
    });
  }
  return problems;
}
