import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan } from '../../shared/money.js';
import { type BudgetLineFen, type BudgetRules, budgetInFen, checkBudget, indirectCeiling } from './budget.js';
import { budgetCategories } from './template.js';

// Up to 5 million yuan a cell, in fen: the range of a municipal grant and its matching funds.
const fen = fc.integer({ min: 0, max: 500_000_000 });
const directLines = fc
  .uniqueArray(fc.constantFrom('equipment', 'business', 'labour'), { minLength: 1, maxLength: 3 })
  .chain((categories) =>
    fc.tuple(
      ...categories.map((category) =>
        fc.record({ category: fc.constant(category), fiscal: fen, self: fen, other: fen }),
      ),
    ),
  ) as fc.Arbitrary<BudgetLineFen[]>;
const rules = fc.record({
  scheme: fc.constant('national' as const),
  selfRatioPercent: fc.integer({ min: 0, max: 300 }),
  indirectCapPercent: fc.integer({ min: 0, max: 60 }),
  maxFiscal: fc.constant(null),
}) satisfies fc.Arbitrary<BudgetRules>;
const sum = (lines: BudgetLineFen[], source: 'fiscal' | 'self' | 'other') => lines.reduce((s, l) => s + l[source], 0);
const problemsOf = (lines: BudgetLineFen[], r: BudgetRules, requested: number) =>
  checkBudget(lines, r, requested).map((p) => p.problem);

describe('经费预算 rules, exact to the fen', () => {
  it('refuses a table whose 财政资金 is one fen off the amount applied for, and accepts the exact one', () => {
    fc.assert(
      fc.property(directLines, rules, fc.integer({ min: -1, max: 1 }), (lines, r, delta) => {
        const fiscal = sum(lines, 'fiscal');
        if (fiscal + delta < 0) return;
        expect(problemsOf(lines, r, fiscal + delta).includes('budget_fiscal_mismatch')).toBe(delta !== 0);
      }),
    );
  });

  it('takes 自筹 at exactly the call ratio and refuses one fen less', () => {
    fc.assert(
      fc.property(directLines, rules, (lines, r) => {
        const fiscal = sum(lines, 'fiscal');
        // The least 自筹 that meets the ratio: ceil(ratio% × 财政资金), spread onto the first line.
        const least = Math.ceil((r.selfRatioPercent * fiscal) / 100);
        const withSelf = (self: number) => lines.map((l, i) => ({ ...l, self: i === 0 ? self : 0 }));
        expect(problemsOf(withSelf(least), r, fiscal)).not.toContain('budget_self_short');
        if (least > 0) expect(problemsOf(withSelf(least - 1), r, fiscal)).toContain('budget_self_short');
      }),
    );
  });

  it('takes 间接费用 at its ceiling and refuses one fen over', () => {
    fc.assert(
      fc.property(directLines, rules, (lines, r) => {
        const ceiling = indirectCeiling(lines, r.indirectCapPercent);
        const direct = lines.filter((l) => l.category !== 'equipment').reduce((s, l) => s + l.fiscal, 0);
        expect(ceiling).toBe(Math.floor((direct * r.indirectCapPercent) / 100));
        const withIndirect = (indirect: number) => [
          ...lines,
          { category: 'indirect' as const, fiscal: indirect, self: 0, other: 0 },
        ];
        const total = (indirect: number) => sum(lines, 'fiscal') + indirect;
        const lenient = { ...r, selfRatioPercent: 0 };
        // An all-blank table is refused as empty before any cap is looked at.
        if (sum(lines, 'fiscal') + sum(lines, 'self') + sum(lines, 'other') + ceiling === 0) return;
        expect(problemsOf(withIndirect(ceiling), lenient, total(ceiling))).toEqual([]);
        expect(problemsOf(withIndirect(ceiling + 1), lenient, total(ceiling + 1))).toEqual(['budget_indirect_over']);
      }),
    );
  });

  it('reads typed yuan to the same fen it prints, and never rounds a third decimal', () => {
    fc.assert(
      fc.property(fen, (amount) => {
        const typed = fenToYuan(amount);
        expect(budgetInFen([{ category: 'business', fiscal: typed }]).lines[0]!.fiscal).toBe(amount);
        const { problems } = budgetInFen([{ category: 'business', fiscal: `${typed}1` }]);
        expect(problems).toEqual([{ field: 'body.application.budget.0.fiscal', problem: 'money' }]);
      }),
    );
  });

  it('adds decimal cells without floating-point drift: 0.1 + 0.2 is the 0.30 applied for', () => {
    const { lines } = budgetInFen([
      { category: 'business', fiscal: 0.1 },
      { category: 'labour', fiscal: '0.2' },
    ]);
    expect(
      checkBudget(lines, { scheme: 'national', selfRatioPercent: 0, indirectCapPercent: 20, maxFiscal: null }, 30),
    ).toEqual([]);
  });

  it('quotes the figures in the refusal as officials read them', () => {
    const lines: BudgetLineFen[] = [
      { category: 'equipment', fiscal: 40_000_000, self: 0, other: 0 },
      { category: 'business', fiscal: 60_000_000, self: 50_000_000, other: 0 },
      { category: 'indirect', fiscal: 12_000_001, self: 0, other: 0 },
    ];
    const problems = checkBudget(
      lines,
      { scheme: 'national', selfRatioPercent: 100, indirectCapPercent: 20, maxFiscal: '1000000' },
      112_000_001,
    );
    expect(problems).toEqual([
      {
        field: 'body.application.budget',
        problem: 'budget_fiscal_over_max',
        params: { fiscal: '1,120,000.01', max: '1,000,000.00' },
      },
      {
        field: 'body.application.budget',
        problem: 'budget_self_short',
        params: { self: '500,000.00', ratio: 100, required: '1,120,000.01' },
      },
      {
        field: 'body.application.budget',
        problem: 'budget_indirect_over',
        params: { indirect: '120,000.01', cap: 20, ceiling: '120,000.00' },
      },
    ]);
  });

  it('refuses categories outside the call scheme', () => {
    const itemisedOnly = budgetCategories.itemised.find(
      (c) => !(budgetCategories.national as readonly string[]).includes(c),
    )!;
    const lines: BudgetLineFen[] = [{ category: itemisedOnly, fiscal: 100, self: 0, other: 0 }];
    expect(
      checkBudget(lines, { scheme: 'national', selfRatioPercent: 0, indirectCapPercent: 20, maxFiscal: null }, 100),
    ).toEqual([{ field: 'body.application.budget.0.category', problem: 'budget_category_scheme' }]);
  });
});
