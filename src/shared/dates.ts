/**
 * A date as people type it in spreadsheets — 2008-03-01, 2008/3/1, 2008.3.1, 20080301, 2008年3月1日, or an
 * Excel serial day number — as ISO "2008-03-01"; undefined when it is not a real calendar date.
 */
export function parseLooseDate(raw: string): string | undefined {
  const text = raw.normalize('NFKC').trim();
  let y: number;
  let m: number;
  let d: number;
  const parts =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (parts) {
    [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  } else if (/^\d{5}(\.\d+)?$/.test(text)) {
    // Excel's serial day: 1 is 1900-01-01, with its phantom 29 February 1900.
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000);
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2100)
    return undefined;
  return date.toISOString().slice(0, 10);
}
