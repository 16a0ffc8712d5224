/** How far an indicator is towards its target, by its direction. */
export type Direction = 'at_least' | 'at_most' | 'within';
export type ProgressStatus = 'achieved' | 'on_track' | 'behind' | 'exceeded';

export interface Target {
  direction: Direction;
  min: number | null;
  max: number | null;
}

/**
 * at_least 700: achieved at 700; within 2—4: achieved from 2 to 4, exceeded above 4; at_most: achieved while
 * at or below the ceiling. `ratio` is the share of the (lower) target reached, for progress bars.
 */
export function progressOf(target: Target, value: number): { ratio: number; status: ProgressStatus } {
  const floor = target.direction === 'at_most' ? null : target.min;
  const ratio = floor ? Math.round((value / floor) * 1000) / 1000 : target.max && value <= target.max ? 1 : 0;
  if (target.direction === 'at_most')
    return {
      ratio: value <= (target.max ?? 0) ? 1 : ratio,
      status: value <= (target.max ?? 0) ? 'achieved' : 'exceeded',
    };
  if (target.direction === 'within' && target.max !== null && value > target.max) return { ratio, status: 'exceeded' };
  if (floor !== null && value >= floor) return { ratio, status: 'achieved' };
  return { ratio, status: 'behind' };
}

/** 2—4家, 700件, ≤5项, 10,000,000元: a target as officials write it. */
export function targetText(target: Target, unit: string): string {
  const n = (v: number) =>
    Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (target.direction === 'within' && target.min !== null && target.max !== null)
    return `${n(target.min)}—${n(target.max)}${unit}`;
  if (target.direction === 'at_most') return `≤${n(target.max ?? 0)}${unit}`;
  return `${n(target.min ?? 0)}${unit}`;
}

/**
 * 预计全年: where a figure will end the year, from what it is now. When past years have data, their same
 * months say what share of a year's figure is usually in by now (seasonality: patents are filed unevenly,
 * projects all at the call); otherwise the pace so far is carried on evenly.
 */
export function projectYearEnd(toDate: number, asOfMonth: number, pastYears: number[][]): number {
  if (asOfMonth >= 12) return toDate;
  if (asOfMonth <= 0) return 0;
  let soFar = 0;
  let whole = 0;
  for (const months of pastYears) {
    soFar += months.slice(0, asOfMonth).reduce((a, v) => a + v, 0);
    whole += months.reduce((a, v) => a + v, 0);
  }
  const share = whole > 0 ? soFar / whole : 0;
  const projected = share > 0 ? toDate / share : (toDate * 12) / asOfMonth;
  return Math.round(projected * 100) / 100;
}

/** A projected figure that would leave the target unmet: below the floor, or above a ceiling. */
export function likelyToMiss(target: Target, projected: number): boolean {
  if (target.direction === 'at_most') return target.max !== null && projected > target.max;
  return target.min !== null && projected < target.min;
}
