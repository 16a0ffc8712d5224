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
    return en ? `${text} × 10k yuan` : `${text}万元`;
  }
  const grouped = Number(whole).toLocaleString('en-US');
  return en ? `¥${grouped}.${cents}` : `${grouped}.${cents}元`;
}
