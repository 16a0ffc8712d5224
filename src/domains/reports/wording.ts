import { beijingDay } from '../../shared/clock.js';

/**
 * Figures as officials write them in a report: money in 万元 or 亿元 with no more decimals than it needs,
 * counts without separators, ranges with an em dash (2—4家), and the change on the year before. Every
 * rounding is 四舍五入 on exact integers (fen, counts), never through binary floating point: 1,106,950元
 * is 110.7万元 and 967,550元 is 96.76万元.
 */

/** n / d rounded half up, for whole n ≥ 0 and d > 0, exactly (BigInt: no float on the way). */
function roundHalfUp(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (2n * d);
}

/** An exact decimal with at most `digits` places, trailing zeros dropped: 11070 (hundredths) → "110.7". */
function decimal(scaled: bigint, digits: number): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const unit = 10n ** BigInt(digits);
  const fraction = (abs % unit).toString().padStart(digits, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / unit}${fraction ? `.${fraction}` : ''}`;
}

/** A yuan amount as whole fen (amounts are exact to the fen everywhere in KeGuan). */
const fenOf = (yuan: number) => BigInt(Math.round(yuan * 100));

/** A decimal figure rounded half up to `digits` places. */
function roundedText(value: number, digits: number): string {
  const scale = 10 ** digits;
  // Figures carry at most two decimals (fen, or a weight like 12.5): scaled by 100 they are whole.
  const hundredths = BigInt(Math.round(value * 100));
  const negative = hundredths < 0n;
  const abs = negative ? -hundredths : hundredths;
  const scaled = digits >= 2 ? abs * BigInt(scale / 100) : roundHalfUp(abs, BigInt(100 / scale));
  return decimal(negative ? -scaled : scaled, digits);
}

export function moneyText(yuan: number): string {
  const fen = fenOf(yuan);
  const abs = fen < 0n ? -fen : fen;
  const sign = fen < 0n ? -1n : 1n;
  // Rounded to the unit's two decimals before the unit is chosen: 99,999,999 元 is 1亿元, not 10000万元.
  const wanHundredths = roundHalfUp(abs, 10_000n);
  if (wanHundredths >= 1_000_000n) return `${decimal(sign * roundHalfUp(abs, 1_000_000_00n), 2)}亿元`;
  if (abs >= 1_000_000n) return `${decimal(sign * wanHundredths, 2)}万元`;
  return `${decimal(fen, 2)}元`;
}

/** An amount in 万元 without the unit, rounded half up to two places: a table's 资助经费（万元） column. */
export function wanNumber(yuan: number): string {
  const fen = fenOf(yuan);
  return decimal((fen < 0n ? -1n : 1n) * roundHalfUp(fen < 0n ? -fen : fen, 10_000n), 2);
}

export function countText(n: number, unit: string): string {
  return unit === '元' ? moneyText(n) : `${roundedText(n, 2)}${unit}`;
}

export function rangeText(min: number | null, max: number | null, unit: string): string {
  if (min !== null && max !== null && min !== max) return unit === '元' ? `${moneyText(min)}—${moneyText(max)}` : `${roundedText(min, 2)}—${roundedText(max, 2)}${unit}`;
  return countText((min ?? max)!, unit);
}

/** The change from `before` to `now` in percent, rounded half up to one decimal: "8.1". */
export function percentText(now: number, before: number): string {
  const [a, b] = [fenOf(now), fenOf(before)];
  const diff = a > b ? a - b : b - a;
  return decimal(roundHalfUp(diff * 1000n, b < 0n ? -b : b), 1);
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
