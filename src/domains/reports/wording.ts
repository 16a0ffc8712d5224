/**
 * Figures as officials write them in a report: money in 万元 or 亿元 with no more decimals than it needs,
 * counts without separators, ranges with an em dash (2—4家), and the change on the year before.
 */
const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));

export function moneyText(yuan: number): string {
  if (Math.abs(yuan) >= 100_000_000) return `${trim(yuan / 100_000_000, 2)}亿元`;
  if (Math.abs(yuan) >= 10_000) return `${trim(yuan / 10_000, 2)}万元`;
  return `${trim(yuan, 2)}元`;
}

export function countText(n: number, unit: string): string {
  return unit === '元' ? moneyText(n) : `${trim(n, 2)}${unit}`;
}

export function rangeText(min: number | null, max: number | null, unit: string): string {
  if (min !== null && max !== null && min !== max) return unit === '元' ? `${moneyText(min)}—${moneyText(max)}` : `${trim(min, 2)}—${trim(max, 2)}${unit}`;
  return countText((min ?? max)!, unit);
}

/** 比上年增长12.5% / 下降3% / 与上年持平; nothing when last year has no figure to compare with. */
export function changeText(now: number, before: number): string {
  if (!before) return '';
  if (now === before) return '，与上年持平';
  const pct = trim((Math.abs(now - before) / before) * 100, 1);
  return `，比上年${now > before ? '增长' : '下降'}${pct}%`;
}

/** 2009年7月10日, as an official document dates itself. */
export function chineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}
