import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from '../domains/imports/table-file.js';
import { validUscc } from '../testing/factories.js';
import { parseCsv, toCsv } from './csv.js';

describe('CSV', () => {
  it('reads back what it writes: quotes, commas, line breaks and Chinese', () => {
    const rows = [
      ['名称', '备注'],
      ['江川市"绿源"农业, 有限公司', '第一行\r\n第二行'],
      ['', '空'],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });

  it('writes a cell a spreadsheet would run as a formula as text, and keeps numbers as numbers', () => {
    const text = toCsv([['=HYPERLINK("http://evil.example","点击")', '+1', '-2', '@SUM(A1)', '\t=1', -3, 12.5]]);
    expect(parseCsv(text)).toEqual([
      [`'=HYPERLINK("http://evil.example","点击")`, "'+1", "'-2", "'@SUM(A1)", "'\t=1", '-3', '12.5'],
    ]);
  });

  it('round-trips any text that is no formula', () => {
    const cell = fc
      .string({ unit: fc.constantFrom('科', '技', 'a', ',', '"', '\n', ' ', '1', "'") })
      .filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
    );
  });

  it('reads a GBK file from a Chinese office, and a tab-separated one from Excel', async () => {
    const uscc = validUscc();
    const gbk = iconv.encode(`单位名称,统一社会信用代码\r\n"江川市绿源农业科技有限公司",${uscc}\r\n`, 'gbk');
    expect(await readTable(gbk)).toEqual({
      headers: ['单位名称', '统一社会信用代码'],
      rows: [['江川市绿源农业科技有限公司', uscc]],
      encoding: 'gb18030',
    });
    expect(parseCsv('名称\t类别\n研发中心\t工程技术研究中心\n')).toEqual([
      ['名称', '类别'],
      ['研发中心', '工程技术研究中心'],
    ]);
  });
});
