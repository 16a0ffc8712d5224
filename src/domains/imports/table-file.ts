import ExcelJS from 'exceljs';
import { parseCsv } from '../../server/csv.js';
import { AppError } from '../../server/errors.js';
import { calendarDayOf } from '../../shared/clock.js';

/** A spreadsheet as text: its header row and its data rows, every cell a trimmed string. */
export interface Table {
  headers: string[];
  rows: string[][];
  encoding?: 'utf-8' | 'gb18030';
}

/** Text of a CSV: UTF-8 (with or without BOM) when it decodes as such, else GB18030 — a superset of GBK, which Chinese offices still send. */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return calendarDayOf(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      params: { allowed: '.xlsx, .csv' },
      details: { reason: 'not a readable .xlsx workbook' },
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

const isXlsx = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32BE(0) === 0x504b0304;

/** Reads an .xlsx (first sheet) or .csv upload; the first non-empty row is the header. */
export async function readTable(bytes: Buffer): Promise<Table> {
  let raw: string[][];
  let encoding: Table['encoding'];
  if (isXlsx(bytes)) raw = await readXlsx(bytes);
  else {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    raw = parseCsv(decoded.text);
  }
  const rows = raw.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  const [headers = [], ...data] = rows;
  return { headers, rows: data, encoding };
}
