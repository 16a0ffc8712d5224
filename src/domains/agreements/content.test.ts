import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.js';
import type { FieldProblem } from '../../server/problems.js';
import {
  type AgreementContent,
  applyChange,
  diffContent,
  normalizeContent,
  reportIntervals,
  reportPeriods,
} from './content.js';

const agreement: AgreementContent = {
  startOn: '2009-04-01',
  endOn: '2010-12-31',
  leaderName: '王建国',
  objectives: '建立优质稻示范基地500亩',
  milestones: [
    { title: '完成品种筛选', dueOn: '2009-10-31' },
    { title: '示范基地建成', dueOn: '2010-09-30' },
  ],
  indicators: [{ name: '申请发明专利', unit: '件', target: '2' }],
  budget: [
    { source: 'superior', item: '设备费', amount: '200000.00' },
    { source: 'superior', item: '材料费', amount: '100000.00' },
    { source: 'self_raised', item: '劳务费', amount: '150000.00' },
  ],
  reportEvery: 'half_year',
};

function problemsOf(run: () => unknown): FieldProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.details as FieldProblem[];
    throw error;
  }
  return [];
}

describe('report periods', () => {
  it('follows calendar half-years, clipped to the project period, each due 15 days after it ends', () => {
    expect(reportPeriods('2009-04-01', '2010-12-31', 'half_year')).toEqual([
      { periodStart: '2009-04-01', periodEnd: '2009-06-30', dueOn: '2009-07-15' },
      { periodStart: '2009-07-01', periodEnd: '2009-12-31', dueOn: '2010-01-15' },
      { periodStart: '2010-01-01', periodEnd: '2010-06-30', dueOn: '2010-07-15' },
      { periodStart: '2010-07-01', periodEnd: '2010-12-31', dueOn: '2011-01-15' },
    ]);
  });

  it('covers the whole period without gaps or overlaps, for any dates and interval', () => {
    const dayNumber = fc.integer({ min: 0, max: 365 * 30 });
    fc.assert(
      fc.property(
        dayNumber,
        fc.integer({ min: 1, max: 365 * 6 }),
        fc.constantFrom(...reportIntervals),
        (from, length, every) => {
          const iso = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
          const start = iso(from);
          const end = iso(from + length);
          const periods = reportPeriods(start, end, every);
          expect(periods[0]!.periodStart).toBe(start);
          expect(periods.at(-1)!.periodEnd).toBe(end);
          for (let i = 1; i < periods.length; i++) {
            const previousEnd = new Date(`${periods[i - 1]!.periodEnd}T00:00:00Z`).getTime();
            expect(new Date(`${periods[i]!.periodStart}T00:00:00Z`).getTime() - previousEnd).toBe(86_400_000);
          }
          for (const p of periods) {
            expect(p.periodStart <= p.periodEnd).toBe(true);
            // A period never straddles two calendar years.
            expect(p.periodStart.slice(0, 4)).toBe(p.periodEnd.slice(0, 4));
          }
        },
      ),
    );
  });
});

describe('agreement content', () => {
  it('keeps amounts exact and accepts a budget whose bureau part equals the approved funding', () => {
    const content = normalizeContent(
      { ...agreement, budget: [{ source: 'superior', item: '设备费', amount: 300000.1 }] },
      30_000_010,
    );
    expect(content.budget[0]!.amount).toBe('300000.10');
  });

  it('refuses a bureau budget that differs from the approved funding, a backwards period and a milestone outside it', () => {
    const problems = problemsOf(() => normalizeContent({ ...agreement, endOn: '2009-01-01' }, 40_000_000));
    expect(problems.map((p) => p.field)).toEqual([
      'body.content.endOn',
      'body.content.milestones.0.dueOn',
      'body.content.milestones.1.dueOn',
      'body.content.budget',
    ]);
    expect(problems.at(-1)).toMatchObject({
      problem: 'budget_mismatch',
      params: { approved: '400000.00', bureau: '300000.00' },
    });
  });

  it('refuses amounts beyond the fen', () => {
    const problems = problemsOf(() =>
      normalizeContent({ ...agreement, budget: [{ source: 'local', item: '设备费', amount: '1.005' }] }, null),
    );
    expect(problems).toEqual([{ field: 'body.content.budget.0.amount', problem: 'money' }]);
  });

  it('lists each changed value and each changed, added or removed row', () => {
    const after = applyChange(agreement, {
      leaderName: '李明',
      budget: [
        { source: 'superior', item: '设备费', amount: '150000.00' },
        { source: 'superior', item: '材料费', amount: '150000.00' },
      ],
    }) as AgreementContent;
    expect(diffContent(agreement, after)).toEqual([
      { field: 'leaderName', before: '王建国', after: '李明' },
      { field: 'budget', index: 0, before: agreement.budget[0], after: after.budget[0] },
      { field: 'budget', index: 1, before: agreement.budget[1], after: after.budget[1] },
      { field: 'budget', index: 2, before: agreement.budget[2], after: null },
    ]);
    expect(diffContent(agreement, agreement)).toEqual([]);
  });
});
