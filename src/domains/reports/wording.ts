import { beijingDay } from '../../shared/clock.js';
import { decimalText, fenOf, formatTotal, roundHalfUp } from '../../shared/money.js';

/**
 * Figures as officials write them in a report: money in 万元 or 亿元 (src/shared/money.ts) with no more
 * decimals than it needs, counts without separators, ranges with an em dash (2—4家), and the change on
 * the year before. Every rounding is 四舍五入 on exact integers, never through binary floating point.
 */

/** A decimal figure rounded half up to `digits` places. */
function roundedText(value: number, digits: number): string {
  const scale = 10 ** digits;
  // Figures carry at most two decimals (fen, or a weight like 12.5): scaled by 100 they are whole.
  const hundredths = BigInt(Math.round(value * 100));
  const negative = hundredths < 0n;
  const abs = negative ? -hundredths : hundredths;
  const scaled = digits >= 2 ? abs * BigInt(scale / 100) : roundHalfUp(abs, BigInt(100 / scale));
  return decimalText(negative ? -scaled : scaled, digits);
}

export function countText(n: number, unit: string): string {
  return unit === '元' ? formatTotal(n) : `${roundedText(n, 2)}${unit}`;
}

export function rangeText(min: number | null, max: number | null, unit: string): string {
  if (min !== null && max !== null && min !== max)
    return unit === '元'
      ? `${formatTotal(min)}—${formatTotal(max)}`
      : `${roundedText(min, 2)}—${roundedText(max, 2)}${unit}`;
  return countText((min ?? max)!, unit);
}

/** The change from `before` to `now` in percent, rounded half up to one decimal: "8.1". */
export function percentText(now: number, before: number): string {
  const [a, b] = [fenOf(now), fenOf(before)];
  const diff = a > b ? a - b : b - a;
  return decimalText(roundHalfUp(diff * 1000n, b < 0n ? -b : b), 1);
}

/**
 * 比上年增长12.5% / 下降3% / 与上年持平; with `sameperiod`, 同比增长… (a year still running is compared with
 * the same months of the year before, never with its whole). Nothing when the earlier figure is nothing.
 */
export function changeText(now: number, before: number, o: { samePeriod?: boolean } = {}): string {
  if (!before) return '';
  const against = o.samePeriod ? '同比' : '比上年';
  if (now === before) return o.samePeriod ? '，与上年同期持平' : '，与上年持平';
  return `，${against}${now > before ? '增长' : '下降'}${percentText(now, before)}%`;
}

/** 2009年7月10日, as an official document dates itself: a YYYY-MM-DD day, or the Beijing day of a moment. */
export function chineseDate(day: Date | string): string {
  const [y, m, d] = (typeof day === 'string' ? day : beijingDay(day)).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
