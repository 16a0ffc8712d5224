/**
 * Figures as officials write them in a report: money in 万元 or 亿元 with no more decimals than it needs,
 * counts without separators, ranges with an em dash (2—4家), and the change on the year before.
 */
const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));

export function moneyText(yuan: number): string {
  // Rounded to the unit's two decimals before the unit is chosen: 99,999,999 元 is 1亿元, not 10000万元.
  const wan = Number((yuan / 10_000).toFixed(2));
  if (Math.abs(wan) >= 10_000) return `${trim(yuan / 100_000_000, 2)}亿元`;
  if (Math.abs(Number(yuan.toFixed(2))) >= 10_000) return `${trim(wan, 2)}万元`;
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

const beijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day a moment falls on in Beijing, YYYY-MM-DD, whatever the server's time zone. */
export function beijingDay(moment: Date): string {
  return beijing.format(moment);
}

/** 2009年7月10日, as an official document dates itself: a YYYY-MM-DD day, or the Beijing day of a moment. */
export function chineseDate(day: Date | string): string {
  const [y, m, d] = (typeof day === 'string' ? day : beijingDay(day)).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The day `days` after a YYYY-MM-DD day (calendar arithmetic, no clock). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}
