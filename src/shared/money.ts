/**
 * Money is exact: amounts travel as yuan (a number or a decimal string with at most two places) and are
 * stored as integer fen. Anything with more than two decimal places is refused, never rounded.
 */
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
