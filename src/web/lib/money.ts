import i18n from '../i18n';

/** "1260000.00" yuan → 126万元 / 1,260,000.00 元 as officials write it. */
export function formatYuan(yuan: string | null | undefined, o: { wan?: boolean } = {}): string {
  if (yuan === null || yuan === undefined) return '—';
  const [whole = '0', cents = '00'] = yuan.split('.');
  const en = i18n.language === 'en';
  if (o.wan) {
    // 万元 with up to four decimals, exact: shift the decimal point by four places in the string.
    const fen = `${whole}${cents.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
    const padded = fen.padStart(7, '0');
    const wanWhole = padded.slice(0, -6).replace(/^0+(?=\d)/, '');
    const wanFraction = padded.slice(-6).replace(/0+$/, '');
    const text = `${Number(wanWhole).toLocaleString('en-US')}${wanFraction ? `.${wanFraction.slice(0, 4)}` : ''}`;
    // 万 is not an English unit: English readers get the yuan.
    return en ? `¥${Number(whole).toLocaleString('en-US')}${cents === '00' ? '' : `.${cents}`}` : `${text}万元`;
  }
  const grouped = Number(whole).toLocaleString('en-US');
  return en ? `¥${grouped}.${cents}` : `${grouped}.${cents}元`;
}

/** fen × 100 / unit, rounded half up, as a number with at most two decimals: exact for any amount (BigInt). */
function scaled(fen: bigint, unitFen: bigint): string {
  const hundredths = (fen * 100n * 2n + unitFen) / (unitFen * 2n);
  const whole = hundredths / 100n;
  const fraction = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${whole.toLocaleString('en-US')}${fraction ? `.${fraction}` : ''}`;
}

/**
 * A total as officials write it in a summary: 7.61亿元, 107万元, 3,000元 (in English ¥760.54 million,
 * ¥107,000) — rounded to two decimals of its unit; exact amounts stay with formatYuan.
 */
export function formatTotal(yuan: string | null | undefined): string {
  if (yuan === null || yuan === undefined) return '—';
  const negative = yuan.startsWith('-');
  const [whole = '0', cents = '00'] = yuan.replace(/^-/, '').split('.');
  const fen = BigInt(`${whole}${cents.padEnd(2, '0').slice(0, 2)}`);
  const sign = negative && fen > 0n ? '-' : '';
  if (i18n.language === 'en') {
    if (fen >= 100_000_000_000n) return `${sign}¥${scaled(fen, 100_000_000_000n)} billion`;
    if (fen >= 100_000_000n) return `${sign}¥${scaled(fen, 100_000_000n)} million`;
    return `${sign}¥${scaled(fen, 100n)}`;
  }
  if (fen >= 10_000_000_000n) return `${sign}${scaled(fen, 10_000_000_000n)}亿元`;
  if (fen >= 1_000_000n) return `${sign}${scaled(fen, 1_000_000n)}万元`;
  return `${sign}${scaled(fen, 100n)}元`;
}
