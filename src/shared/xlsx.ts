import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export interface XlsxColumn<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | Date | null | undefined;
}

export interface XlsxSheet<Row> {
  sheetName: string;
  columns: XlsxColumn<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
}

/** Writes rows to a one-sheet workbook with a bold, frozen header row and the given column widths. */
export function writeXlsx<Row>(o: XlsxSheet<Row>): Promise<Buffer> {
  return writeWorkbook([o as XlsxSheet<unknown>]);
}

/** Several sheets, each with a bold, frozen header row, streamed one after another. */
export async function writeWorkbook(sheets: XlsxSheet<unknown>[]): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  for (const o of sheets) {
    const sheet = workbook.addWorksheet(o.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = o.columns.map((c) => ({ header: c.header, width: c.width }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const row of o.rows) {
      sheet.addRow(o.columns.map((c) => c.value(row) ?? '')).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
