import ExcelJS from 'exceljs';
import type { ImportField } from './importer.js';

/**
 * 导入模板: a workbook whose first sheet has the headers the import recognises (required ones marked *), and a
 * second sheet saying for each column whether it must be filled, what it may hold and what an empty cell means.
 */
export async function importTemplate(fields: readonly ImportField[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  sheet.columns = fields.map((f) => ({
    header: f.required ? `${f.label}*` : f.label,
    key: f.key,
    width: Math.max(14, f.label.length * 2 + 6),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
  fields.forEach((f, i) => {
    if (f.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC0392B' } };
    if (f.accepts) header.getCell(i + 1).note = f.accepts;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const notes = workbook.addWorksheet('填写说明');
  notes.columns = [
    { header: '列名', key: 'label', width: 22 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '可填写的内容', key: 'accepts', width: 60 },
    { header: '不填时', key: 'otherwise', width: 16 },
    { header: '也认的表头', key: 'aliases', width: 40 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const f of fields) {
    notes.addRow({
      label: f.label,
      required: f.required ? '必填' : '选填',
      accepts: f.accepts ?? '文字',
      otherwise: f.otherwise ?? (f.required ? '该行不能导入' : '留空'),
      aliases: f.aliases.filter((a) => /[^\x20-\x7e]/.test(a)).join('、'),
    });
  }
  notes.addRow({});
  notes.addRow({
    label: `第一张表第一行为表头，从第二行起每行一条记录；列的顺序可以调整，多余的列不会导入；支持 .xlsx 和 .csv（UTF-8 或 GBK）。`,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
