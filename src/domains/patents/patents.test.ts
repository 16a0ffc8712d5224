import { count } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patents } from '../../db/tables/index.js';
import { systemActor } from '../audit/audit.service.js';
import { runImport } from '../imports/importer.js';
import { ensureJurisdiction, makeOrg, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { checkCharacter } from './application-number.js';
import { patentImporter } from './patent-import.js';

let t: TestApp;
let staff: Client;
let greenSource: { id: number; uscc: string };

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  await ensureJurisdiction(t.db, 'town-b');
  greenSource = await makeOrg(t.db, { name: '江川市绿源农业科技有限公司', jurisdictionCode: 'town-a' });
  await makeOrg(t.db, { name: '江川市华瑞机械有限公司', jurisdictionCode: 'town-b' });
  const s = await makeUser(t.db, 'staff');
  staff = await login(t.app, s.username, s.password);
});
afterAll(() => t.close());

/** A valid application number: year, type digit, serial, and its check character. */
function number(year: number, type: 1 | 2 | 3, serial: number): string {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  return `${digits}.${checkCharacter(digits)}`;
}

function upload(
  client: Client,
  fileName: string,
  bytes: Buffer,
  o: { dryRun?: boolean; mapping?: Record<string, string> } = {},
) {
  const boundary = 'importboundary';
  const parts = [
    ...(o.mapping
      ? [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify(o.mapping)}\r\n`,
          ),
        ]
      : []),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(fileName)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  return client.request({
    method: 'POST',
    url: `/api/patents/import${o.dryRun ? '?dryRun=true' : ''}`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

const officeList = (
  rows: string[][],
  headers = ['申请号', '专利名称', '专利类型', '申请(专利权)人', '申请日', '授权公告日', '法律状态'],
) => [headers, ...rows].map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n');

const rows = [
  [number(2008, 1, 10001), '一种葡萄避雨栽培方法', '发明', '江川市绿源农业科技有限公司', '2008-03-01', '', '审中'],
  [
    number(2008, 2, 10002),
    '一种果园用喷雾装置',
    '实用新型',
    '江川市绿源农业科技有限公司;南京农业大学',
    '2008/4/2',
    '2008年11月5日',
    '有效',
  ],
  [number(2008, 3, 10003), '包装盒（茶叶）', '外观设计', '江川市华瑞机械有限公司', '20080510', '2008-09-01', '有效'],
  [number(2008, 1, 10004), '一种稻田养蟹方法', '发明', '张某某', '2008-06-30', '', '审中'],
];

describe('patent import', () => {
  it('recognises the patent office headers, previews without writing, then imports; the same file again changes nothing', async () => {
    const csv = Buffer.from(`\uFEFF${officeList(rows)}`);
    const preview = await upload(staff, '专利清单.csv', csv, { dryRun: true });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      committed: false,
      total: 4,
      valid: 4,
      invalid: 0,
      unmapped: [],
      encoding: 'utf-8',
    });
    expect(preview.json().warnings).toEqual([
      { row: 5, problem: 'org_unmatched', message: expect.stringContaining('单位名录') },
    ]);
    const [none] = await t.db.select({ n: count() }).from(patents);
    expect(none!.n).toBe(0);

    const first = (await upload(staff, '专利清单.csv', csv)).json();
    expect(first).toMatchObject({ committed: true, inserted: 4, updated: 0, unchanged: 0 });
    const again = (await upload(staff, '专利清单.csv', csv)).json();
    expect(again).toMatchObject({ committed: true, inserted: 0, updated: 0, unchanged: 4 });

    const list = (await staff.get('/api/patents?year=2008&pageSize=50')).json();
    const sprayer = list.items.find((p: { title: string }) => p.title === '一种果园用喷雾装置');
    expect(sprayer).toMatchObject({
      type: 'utility_model',
      orgId: greenSource.id,
      orgName: '江川市绿源农业科技有限公司',
      jurisdictionCode: 'town-a',
      filedOn: '2008-04-02',
      grantedOn: '2008-11-05',
    });
    expect((await staff.get('/api/patents?q=葡萄')).json().total).toBe(1);
    expect((await staff.get('/api/patents?year=2008&granted=true')).json().total).toBe(2);
  });

  it('reads GBK and reordered columns as the same data, and updates what changed', async () => {
    const reordered = ['法律状态', '申请日', '名称', '申请人', '申请号', '授权日'];
    const body = rows.map(([no, title, , applicant, filed, granted, status]) => [
      status!,
      filed!,
      title!,
      applicant!,
      no!,
      granted!,
    ]);
    body[0]![0] = '有效';
    body[0]![5] = '2009-12-01';
    const gbk = iconv.encode(officeList(body, reordered), 'gbk');
    const report = (await upload(staff, 'gbk.csv', gbk)).json();
    expect(report).toMatchObject({ encoding: 'gb18030', committed: true, inserted: 0, updated: 1, unchanged: 3 });
    const grape = (await staff.get('/api/patents?q=避雨')).json().items[0];
    expect(grape).toMatchObject({ legalStatus: '有效', grantedOn: '2009-12-01' });
  });

  it('reports every bad row with its row number and why, and imports the rest', async () => {
    const bad = [
      [number(2009, 1, 20001), '合格的一行', '发明', '江川市华瑞机械有限公司', '2009-01-05', '', ''],
      [
        `${number(2009, 1, 20002).slice(0, -1)}${number(2009, 1, 20002).endsWith('0') ? '1' : '0'}`,
        '校验位错误',
        '',
        '某公司',
        '2009-01-05',
        '',
        '',
      ],
      [number(2009, 2, 20003), '', '', '某公司', '2009-02-30', '', ''],
      [number(2009, 1, 20004), '类型不符', '外观设计', '某公司', '2009-03-01', '2009-01-01', ''],
      [number(2009, 1, 20001), '重复的一行', '发明', '某公司', '2009-01-05', '', ''],
    ];
    const report = (await upload(staff, 'bad.csv', Buffer.from(officeList(bad)))).json();
    expect(report).toMatchObject({ total: 5, valid: 1, invalid: 4, duplicates: 1, inserted: 1, committed: true });
    expect(
      report.problems.map((p: { row: number; field?: string; problem: string }) => [p.row, p.field ?? null, p.problem]),
    ).toEqual([
      [3, 'applicationNumber', 'number_check'],
      [4, 'title', 'required'],
      [4, 'filedOn', 'date'],
      [5, 'grantedOn', 'granted_before_filed'],
      [5, 'type', 'type_mismatch'],
      [6, null, 'duplicate_in_file'],
    ]);
    expect(report.problems[0].message).toBe('申请号校验位不正确');
  });

  it('imports an .xlsx with real dates, and refuses a file without the required columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('专利');
    sheet.addRow(['申请号', '名称', '申请人', '申请日', '授权日']);
    sheet.addRow([
      number(2010, 2, 30001),
      '一种茶叶揉捻机',
      '江川市华瑞机械有限公司',
      new Date(Date.UTC(2010, 2, 3)),
      new Date(Date.UTC(2010, 8, 9)),
    ]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = (await upload(staff, '专利.xlsx', xlsx)).json();
    expect(report).toMatchObject({ committed: true, inserted: 1 });
    expect((await staff.get('/api/patents?q=揉捻')).json().items[0]).toMatchObject({
      type: 'utility_model',
      filedOn: '2010-03-03',
      grantedOn: '2010-09-09',
    });

    const missing = (await upload(staff, 'missing.csv', Buffer.from('名称,申请人\r\n某专利,某公司'))).json();
    expect(missing).toMatchObject({ committed: false, unmapped: ['applicationNumber', 'filedOn'] });
    // A chosen mapping is used, and remembered for the next import.
    const custom = Buffer.from(`编号,标题,权利人,提交日\r\n${number(2010, 1, 30002)},自选列名的专利,某公司,2010-05-05`);
    const mapped = (
      await upload(staff, 'custom.csv', custom, {
        mapping: { applicationNumber: '编号', title: '标题', applicant: '权利人', filedOn: '提交日' },
      })
    ).json();
    expect(mapped).toMatchObject({ committed: true, inserted: 1 });
    const next = (await upload(staff, 'custom.csv', custom, { dryRun: true })).json();
    expect(next).toMatchObject({ unmapped: [], valid: 1 });
  });

  it('writes nothing when the commit fails part-way', async () => {
    const many = Array.from({ length: 4500 }, (_, i) => [
      number(2011, 1, 40000 + i),
      `批量专利${i}`,
      '发明',
      '某公司',
      '2011-01-01',
      '',
      '',
    ]);
    let batches = 0;
    const failing = {
      ...patentImporter,
      async upsert(...args: Parameters<typeof patentImporter.upsert>) {
        if (++batches === 2) throw new Error('disk full');
        return patentImporter.upsert(...args);
      },
    };
    const [before] = await t.db.select({ n: count() }).from(patents);
    await expect(
      runImport(t.db, systemActor, failing, Buffer.from(officeList(many)), { dryRun: false }),
    ).rejects.toThrow('disk full');
    const [after] = await t.db.select({ n: count() }).from(patents);
    expect(after!.n).toBe(before!.n);
  });

  it('is for staff only; applicants record their own patents and see only them', async () => {
    const applicantUser = await makeUser(t.db, 'applicant', { orgId: greenSource.id });
    const applicant = await login(t.app, applicantUser.username, applicantUser.password);
    expect((await upload(applicant, 'x.csv', Buffer.from(officeList(rows)))).statusCode).toBe(403);
    const mine = (await applicant.get('/api/patents?pageSize=100')).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((p: { orgId: number }) => p.orgId === greenSource.id)).toBe(true);
    const created = await applicant.post('/api/patents', {
      applicationNumber: `ZL ${number(2012, 1, 50001)}`,
      title: '一种新型滴灌带',
      applicantName: '江川市绿源农业科技有限公司',
      filedOn: '2012-02-02',
      orgId: 999999,
    });
    expect(created.statusCode).toBe(201);
    expect((await applicant.get(`/api/patents/${created.json().id}`)).json()).toMatchObject({
      orgId: greenSource.id,
      type: 'invention',
    });
    const again = await applicant.post('/api/patents', {
      applicationNumber: number(2012, 1, 50001),
      title: '重复的专利',
      applicantName: '某公司',
      filedOn: '2012-02-02',
    });
    expect(again.json().error.code).toBe('DUPLICATE_PATENT');
    const wrong = await applicant.post('/api/patents', {
      applicationNumber: '201210050001.0',
      title: '错号的专利',
      applicantName: '某公司',
      filedOn: '2012-02-02',
    });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'INVALID_PATENT_NUMBER']);
  });

  it('exports the filtered list as .xlsx that imports back unchanged', async () => {
    const response = await staff.get('/api/patents/export?year=2008');
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual(
      expect.arrayContaining(['申请号', '专利名称', '专利类型', '申请人', '申请日', '授权日']),
    );
    expect(workbook.worksheets[0]!.rowCount).toBe(5);
    const back = (await upload(staff, 'export.xlsx', response.rawPayload)).json();
    expect(back).toMatchObject({ committed: true, total: 4, inserted: 0, updated: 0, unchanged: 4 });
  });
});
