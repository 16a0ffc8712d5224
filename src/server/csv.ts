import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * CSV as Chinese offices exchange it, through csv-parse and csv-stringify (RFC 4180: quoted fields with
 * doubled quotes and line breaks, CRLF or LF).
 */

/** The rows of a CSV text; a tab separates the fields instead of a comma when the header row says so (Excel's "Unicode text"). */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  return parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before one) is
 * written as text, with a leading apostrophe (OWASP's CSV-injection guard). Numbers stay numbers.
 */
export function guardedCell(value: unknown): string | number {
  if (typeof value === 'number') return value;
  const text = String(value ?? '');
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** CSV with a byte-order mark and CRLF line ends, so that Excel and WPS open the Chinese correctly; every cell guarded. */
export function toCsv(rows: unknown[][]): string {
  return `\uFEFF${stringify(
    rows.map((row) => row.map(guardedCell)),
    { record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  )}`;
}
