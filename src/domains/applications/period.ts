import { addDays } from '../../shared/clock.js';

/**
 * 执行期 in months as a call counts it: whole months from the start to the day after the end, a part month
 * counting as one. 2027-01-01 to 2028-12-31 is 24 months; 2027-01-15 to 2028-12-31 is 24 too.
 */
export function periodMonths(startOn: string, endOn: string): number {
  const next = addDays(endOn, 1);
  const [y1, m1, d1] = startOn.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = next.split('-').map(Number) as [number, number, number];
  const whole = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return whole + (d2 === d1 ? 0 : 1);
}
