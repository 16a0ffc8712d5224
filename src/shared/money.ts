/**
 * Money, everywhere in KeGuan: amounts travel as yuan (a number or a decimal string with at most two
 * places), are stored as integer fen, and are written as officials write them — 126万元, 7.61亿元 — or,
 * in English, in yuan (万 is not an English unit). Every rounding is 四舍五入 on exact integers (BigInt),
 * never through binary floating point: 1,106,950元 is 110.7万元 and 967,550元 is 96.76万元.
 */

export type MoneyLanguage = 'zh-CN' | 'en';

/** Anything with more than two decimal places is refused, never rounded. */
export function yuanToFen(yuan: number | string): number | undefined {
  if (typeof yuan === 'number') {
    if (!Number.isFinite(yuan) || yuan < 0 || yuan > 1e13) return undefined;
    const fen = Math.round(yuan * 100);
    return Math.abs(fen - yuan * 100) < 1e-6 ? fen : undefined;
  }
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 126000000 fen → "1260000.00" yuan. */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** n / d rounded half up, for whole n ≥ 0 and d > 0, exactly. */
export function roundHalfUp(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (2n * d);
}

/** An exact decimal with at most `digits` places, trailing zeros dropped: 11070 (hundredths) → "110.7"; grouped 1,234.5. */
export function decimalText(scaled: bigint, digits: number, grouped = false): string {
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const unit = 10n ** BigInt(digits);
  const fraction = (abs % unit).toString().padStart(digits, '0').replace(/0+$/, '');
  const whole = grouped ? (abs / unit).toLocaleString('en-US') : String(abs / unit);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A yuan amount as whole fen; a string is read exactly, however long (past what a double holds). */
export function fenOf(yuan: number | string): bigint {
  if (typeof yuan === 'number') return BigInt(Math.round(yuan * 100));
  const negative = yuan.trim().startsWith('-');
  const [whole = '0', cents = ''] = yuan.trim().replace(/^-/, '').split('.');
  const fen = BigInt(`${whole || '0'}${cents.padEnd(2, '0').slice(0, 2)}`);
  return negative ? -fen : fen;
}

/**
 * A total as officials write it in a summary: 7.61亿元, 110.7万元, 3000元 — rounded to two decimals of
 * its unit, the unit chosen after rounding (99,999,999 元 is 1亿元, not 10000万元). On screen the whole
 * part is grouped (3,000元); an official document writes it plain. In English: ¥760.54 million, ¥107,000.
 */
export function formatTotal(
  yuan: number | string | null | undefined,
  language: MoneyLanguage = 'zh-CN',
  o: { grouped?: boolean } = {},
): string {
  if (yuan === null || yuan === undefined) return '—';
  const fen = fenOf(yuan);
  const abs = fen < 0n ? -fen : fen;
  const sign = fen < 0n ? -1n : 1n;
  const grouped = o.grouped ?? language === 'en';
  if (language === 'en') {
    const millionHundredths = roundHalfUp(abs, 1_000_000n);
    const signText = fen < 0n ? '-' : '';
    if (millionHundredths >= 100_000n)
      return `${signText}¥${decimalText(roundHalfUp(abs, 1_000_000_000n), 2, true)} billion`;
    if (abs >= 100_000_000n) return `${signText}¥${decimalText(millionHundredths, 2, true)} million`;
    return `${signText}¥${decimalText(abs, 2, true)}`;
  }
  const wanHundredths = roundHalfUp(abs, 10_000n);
  if (wanHundredths >= 1_000_000n) return `${decimalText(sign * roundHalfUp(abs, 100_000_000n), 2, grouped)}亿元`;
  if (abs >= 1_000_000n) return `${decimalText(sign * wanHundredths, 2, grouped)}万元`;
  return `${decimalText(fen, 2, grouped)}元`;
}

/**
 * An exact amount: 1,260,000.00元, or with `wan` 126万元 (to the yuan: four decimals of 万). English
 * readers get the yuan: ¥1,260,000.00 (with `wan`, cents only when there are any).
 */
export function formatYuan(
  yuan: number | string | null | undefined,
  language: MoneyLanguage = 'zh-CN',
  o: { wan?: boolean } = {},
): string {
  if (yuan === null || yuan === undefined) return '—';
  const fen = fenOf(yuan);
  if (language === 'en') return `¥${o.wan && fen % 100n === 0n ? decimalText(fen / 100n, 0, true) : groupedYuan(fen)}`;
  if (o.wan) return `${decimalText(fen / 100n, 4, true)}万元`;
  return `${groupedYuan(fen)}元`;
}

/** 1260000.5 yuan in fen → "1,260,000.50", as a message or a form quotes an amount. */
export function groupedYuan(fen: number | bigint): string {
  const value = BigInt(fen);
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${(abs / 100n).toLocaleString('en-US')}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** An amount in 万元 without the unit, rounded half up to two places: a table's 资助经费（万元） column. */
export function wanNumber(yuan: number | string): string {
  const fen = fenOf(yuan);
  return decimalText((fen < 0n ? -1n : 1n) * roundHalfUp(fen < 0n ? -fen : fen, 10_000n), 2);
}
