import contentDisposition from 'content-disposition';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { outlets, projects } from '../../db/tables/index.js';
import {
  ensureJurisdiction,
  ensureSection,
  makeCall,
  makeOrg,
  makeProgram,
  makeProject,
  makeUser,
} from '../../testing/factories.js';
import { approvedByDirector } from '../../testing/director.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import type { RegistryName } from './spec.js';
import { parseMoneyText } from './values.js';
import * as clock from '../../shared/clock.js';

let t: TestApp;
let staff: Client;
let applicant: Client;
let leader: Client;
let org: { id: number; name: string };

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  await ensureSection(t.db, 'agriculture');
  await t.db.insert(outlets).values([
    { code: 'provincial', name: '省科技厅信息报送系统' },
    { code: 'daily', name: '市日报' },
  ]);
  org = await makeOrg(t.db, { name: '江川市绿源农业科技有限公司', jurisdictionCode: 'town-a' });
  const [s, a, l] = [
    await makeUser(t.db, 'staff'),
    await makeUser(t.db, 'applicant', { orgId: org.id }),
    await makeUser(t.db, 'leader'),
  ];
  staff = await login(t.app, s.username, s.password);
  applicant = await login(t.app, a.username, a.password);
  leader = await login(t.app, l.username, l.password);
});
afterAll(() => t.close());

const samples: Record<RegistryName, () => Record<string, unknown>> = {
  platforms: () => ({
    name: '江川市设施农业工程技术研究中心',
    kind: 'engineering_center',
    level: 'prefecture',
    orgId: org.id,
    recognizedOn: '2008-06-18',
    docNo: '镇科计〔2008〕88号',
    status: 'active',
    evaluation: 'good',
    evaluationYear: 2008,
  }),
  qualifications: () => ({
    orgId: org.id,
    kind: 'high_tech_enterprise',
    certificateNo: 'GR200832000123',
    issuer: '江苏省科学技术厅',
    issuedOn: '2008-12-05',
    validUntil: '2011-12-04',
  }),
  cooperations: () => ({
    orgId: org.id,
    partner: '南京农业大学',
    subject: '葡萄设施栽培关键技术联合攻关',
    amount: '300000.50',
    signedOn: '2008-04-10',
    endsOn: '2010-04-09',
  }),
  funds: () => ({
    kind: 'superior',
    year: 2008,
    title: '省农业科技支撑计划项目经费',
    sourceLevel: 'provincial',
    docNo: '苏财教〔2008〕101号',
    receivedOn: '2008-09-01',
    amount: 400000,
  }),
  publicity: () => ({
    title: '我市召开全市科技工作会议',
    outletCode: 'provincial',
    sectionCode: 'agriculture',
    author: '王某',
    sentOn: '2008-02-20',
    adopted: true,
    adoptedOn: '2008-02-22',
  }),
};

function upload(client: Client, name: RegistryName, fileName: string, bytes: Buffer, dryRun = false) {
  const boundary = 'registryboundary';
  return client.request({
    method: 'POST',
    url: `/api/${name}/import${dryRun ? '?dryRun=true' : ''}`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
}

describe('every registry', () => {
  for (const name of Object.keys(samples) as RegistryName[]) {
    it(`${name}: added, listed, edited, exported and imported back unchanged, deleted`, async () => {
      const created = await staff.post(`/api/${name}`, samples[name]());
      expect(created.statusCode).toBe(201);
      const id = created.json().id;
      expect((await staff.post(`/api/${name}`, samples[name]())).json().error.code).toBe('DUPLICATE_RECORD');
      const list = (await staff.get(`/api/${name}?year=2008`)).json();
      expect(list.items.map((r: { id: number }) => r.id)).toContain(id);
      const record = (await staff.get(`/api/${name}/${id}`)).json();
      const edited = await staff.patch(`/api/${name}/${id}`, { version: record.version });
      expect(edited.statusCode).toBe(200);
      expect((await staff.patch(`/api/${name}/${id}`, { version: record.version })).json().error.code).toBe(
        'STALE_VERSION',
      );

      const exported = await staff.get(`/api/${name}/export?year=2008`);
      expect(exported.headers['content-type']).toContain('spreadsheetml');
      const back = (await upload(staff, name, 'back.xlsx', exported.rawPayload)).json();
      expect(back).toMatchObject({ committed: true, total: 1, inserted: 0, updated: 0, unchanged: 1, problems: [] });

      const removed = await staff.request({ method: 'DELETE', url: `/api/${name}/${id}` });
      expect(removed.statusCode).toBe(204);
      expect((await staff.get(`/api/${name}/${id}`)).statusCode).toBe(404);
    });
  }
});

describe('recognition through the project lifecycle', () => {
  it('approving an application of a platform program creates the platform record', async () => {
    const program = await makeProgram(t.db, { category: 'platform', level: 'city', sectionCode: 'agriculture' });
    const call = await makeCall(t.db, { programId: program.id });
    const project = await makeProject(t.db, {
      callId: call.id,
      orgId: org.id,
      state: 'reviewed',
      title: '江川市绿源葡萄工程技术研究中心',
    });
    await t.db
      .update(projects)
      .set({ formData: { platformKind: '工程技术研究中心' } })
      .where(eq(projects.id, project.id));
    const approved = await approvedByDirector(
      t,
      await staff.post(`/api/projects/${project.id}/transitions`, {
        action: 'approve',
        data: { funding: 100000, docNo: '江科发〔2009〕9号' },
      }),
    );
    expect(approved.json().status).toBe('approved');
    const found = (await staff.get(`/api/platforms?q=${encodeURIComponent('葡萄工程')}`)).json().items;
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'engineering_center',
        level: 'city',
        orgId: org.id,
        docNo: '江科发〔2009〕9号',
        projectId: project.id,
        status: 'active',
      }),
    ]);
  });
});

describe('a recognition approved just after midnight in Beijing', () => {
  afterEach(() => {
    clock.setRealInstant(undefined);
    clock.pinToday(process.env.KEGUAN_TODAY);
  });

  it("is dated by the approval's Beijing day (16:20 UTC on 31 December is New Year's Day) and counts in that year", async () => {
    const program = await makeProgram(t.db, { category: 'platform', level: 'city', sectionCode: 'agriculture' });
    const call = await makeCall(t.db, { programId: program.id });
    const project = await makeProject(t.db, {
      callId: call.id,
      orgId: org.id,
      state: 'reviewed',
      title: '江川市跨年认定企业技术中心',
    });
    await t.db
      .update(projects)
      .set({ formData: { platformKind: '企业技术中心' } })
      .where(eq(projects.id, project.id));
    clock.pinToday(undefined);
    clock.setRealInstant(() => Date.parse('2030-12-31T16:20:00Z'));
    const asked = await staff.post(`/api/projects/${project.id}/transitions`, {
      action: 'approve',
      data: { funding: 50000 },
    });
    // The director approves just after midnight in Beijing: the recognition is dated by that day.
    expect((await approvedByDirector(t, asked)).json().status).toBe('approved');
    const [platform] = (await staff.get(`/api/platforms?q=${encodeURIComponent('跨年认定')}`)).json().items;
    expect(platform.recognizedOn).toBe('2031-01-01');
    const count = async (year: number) =>
      (await staff.get(`/api/metrics/platforms.recognized?year=${year}&kind=enterprise_tech_center`)).json().value;
    expect([await count(2030), await count(2031)]).toEqual([0, 1]);
  });
});

describe('an article with its file', () => {
  it('staff keep a PDF with a publicity record and readers download it; other files are refused', async () => {
    const article = await staff.post('/api/publicity', {
      title: '附件测试稿件',
      outletCode: 'daily',
      sentOn: '2009-04-01',
    });
    const id = article.json().id;
    const send = (fileName: string, bytes: Buffer) => {
      const boundary = 'attachboundary';
      return staff.request({
        method: 'PUT',
        url: `/api/publicity/${id}/attachment`,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
          ),
          bytes,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    };
    const pdf = Buffer.from('%PDF-1.4\n稿件原文\n');
    expect((await send('article.pdf', pdf)).json()).toMatchObject({
      attachmentName: 'article.pdf',
      attachmentType: 'application/pdf',
      attachmentSize: pdf.length,
    });
    const download = await leader.get(`/api/publicity/${id}/attachment`);
    expect([download.statusCode, download.headers['content-type'], download.rawPayload.equals(pdf)]).toEqual([
      200,
      'application/pdf',
      true,
    ]);
    expect((await send('evil.pdf', Buffer.from('MZ\x90\x00 not a pdf'))).statusCode).toBe(415);
    expect((await staff.get(`/api/publicity/${id}`)).json().attachmentName).toBe('article.pdf');
  });
});

describe('linked projects', () => {
  it('a cooperation or an allocation names a project the caller may see; the import finds it by title', async () => {
    const call = await makeCall(t.db, { sectionCode: 'agriculture' });
    const own = await makeProject(t.db, {
      callId: call.id,
      orgId: org.id,
      state: 'approved',
      title: '葡萄设施栽培关键技术集成示范',
    });
    const other = await makeProject(t.db, {
      callId: call.id,
      orgId: (await makeOrg(t.db, { jurisdictionCode: 'town-a' })).id,
      state: 'approved',
      title: '他人的项目',
    });
    const linked = await applicant.post('/api/cooperations', {
      partner: '南京农业大学',
      subject: '葡萄栽培合作',
      signedOn: '2009-03-01',
      projectId: own.id,
    });
    expect((await applicant.get(`/api/cooperations/${linked.json().id}`)).json()).toMatchObject({
      projectId: own.id,
      projectTitle: '葡萄设施栽培关键技术集成示范',
    });
    const stranger = await applicant.post('/api/cooperations', {
      partner: '南京农业大学',
      subject: '越权关联',
      signedOn: '2009-03-01',
      projectId: other.id,
    });
    expect(stranger.json().error.details[0]).toMatchObject({ field: 'body.projectId', problem: 'project_unknown' });
    const csv =
      '经费类别,年度,项目名称或预算科目,来源级别,文号,关联项目,金额（元）\r\n上级科技经费,2009,省农业科技支撑计划项目经费,省级,苏财教〔2009〕7号,葡萄设施栽培关键技术集成示范,12.5万';
    const report = (await upload(staff, 'funds', 'funds.csv', Buffer.from(csv))).json();
    expect(report).toMatchObject({ inserted: 1, problems: [] });
    const fund = (await staff.get(`/api/funds?q=${encodeURIComponent('支撑计划')}&year=2009`)).json().items[0];
    expect(fund).toMatchObject({ projectId: own.id, amount: '125000.00', sourceLevel: 'provincial' });
  });
});

describe('registry rules and scopes', () => {
  it('keeps money exact and sums it over the filtered list', async () => {
    await staff.post('/api/funds', {
      kind: 'local',
      year: 2009,
      title: '本级科技三项费用',
      receivedOn: '2009-03-01',
      amount: '0.10',
    });
    await staff.post('/api/funds', {
      kind: 'local',
      year: 2009,
      title: '科技专项资金',
      receivedOn: '2009-04-01',
      amount: 0.2,
    });
    expect((await staff.get('/api/funds?year=2009&kind=local')).json().sums).toEqual({ amount: '0.30' });
    expect(parseMoneyText('12.5万')).toBe(12_500_000);
    expect(parseMoneyText('1,234.56元')).toBe(123_456);
    expect(parseMoneyText('1.2345678万')).toBeUndefined();
  });

  it('applicants keep their own records only, and report only their own self-raised investment', async () => {
    const mine = await applicant.post('/api/qualifications', {
      orgId: 999999,
      kind: 'tech_sme',
      certificateNo: '2009320100A0001',
      issuedOn: '2009-05-01',
      validUntil: '2010-04-30',
    });
    expect(mine.statusCode).toBe(201);
    expect((await applicant.get(`/api/qualifications/${mine.json().id}`)).json()).toMatchObject({
      orgId: org.id,
      jurisdictionCode: 'town-a',
    });
    const other = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
    const theirs = await staff.post('/api/qualifications', {
      orgId: other.id,
      kind: 'tech_sme',
      certificateNo: '2009320100A0002',
      issuedOn: '2009-05-01',
      validUntil: '2010-04-30',
    });
    expect((await applicant.get(`/api/qualifications/${theirs.json().id}`)).statusCode).toBe(404);
    expect(
      (await applicant.get('/api/qualifications')).json().items.every((q: { orgId: number }) => q.orgId === org.id),
    ).toBe(true);

    const superior = await applicant.post('/api/funds', {
      kind: 'superior',
      year: 2009,
      title: '冒领',
      sourceLevel: 'provincial',
      amount: 1,
    });
    expect(superior.json().error.details[0]).toMatchObject({
      field: 'body.kind',
      problem: 'applicant_self_raised_only',
    });
    const own = await applicant.post('/api/funds', {
      kind: 'self_raised',
      year: 2009,
      title: '企业研发投入',
      amount: '1500000',
      checked: true,
    });
    expect((await applicant.get(`/api/funds/${own.json().id}`)).json()).toMatchObject({
      checked: false,
      orgId: org.id,
      amount: '1500000.00',
    });
    // The API describes `checked` as nullable: null is "not checked", never a server error.
    const unknown = await staff.post('/api/funds', {
      kind: 'local',
      year: 2011,
      title: '知识产权专项资金（待核实）',
      amount: '300000',
      checked: null,
    });
    expect([unknown.statusCode, (await staff.get(`/api/funds/${unknown.json().id}`)).json().checked]).toEqual([
      201,
      false,
    ]);
    const checked = await staff.patch(`/api/funds/${own.json().id}`, { checked: true });
    expect(checked.json().checked).toBe(true);
    expect((await applicant.get('/api/publicity')).statusCode).toBe(403);
    expect((await leader.post('/api/platforms', samples.platforms())).statusCode).toBe(403);
  });

  it('lists qualifications lapsing within 90 days, soonest first, and counts them in the to-do lists', async () => {
    const day = (n: number) => clock.addDays(clock.today(), n);
    await staff.post('/api/qualifications', {
      orgId: org.id,
      kind: 'high_tech_enterprise',
      certificateNo: 'GR-SOON-60',
      issuedOn: day(-1000),
      validUntil: day(60),
    });
    await staff.post('/api/qualifications', {
      orgId: org.id,
      kind: 'high_tech_enterprise',
      certificateNo: 'GR-SOON-10',
      issuedOn: day(-1000),
      validUntil: day(10),
    });
    await staff.post('/api/qualifications', {
      orgId: org.id,
      kind: 'high_tech_enterprise',
      certificateNo: 'GR-LATER',
      issuedOn: day(-100),
      validUntil: day(400),
    });
    const expiring = (await staff.get('/api/qualifications?expiring=true'))
      .json()
      .items.map((q: { certificateNo: string }) => q.certificateNo);
    expect(expiring).toEqual(['GR-SOON-10', 'GR-SOON-60']);
    expect((await staff.get('/api/todos')).json().items).toContainEqual({ kind: 'expiring_qualifications', count: 2 });
    expect((await applicant.get('/api/todos')).json().items).toContainEqual({
      kind: 'expiring_qualifications',
      count: 2,
    });
  });

  it('keeps a required organisation: a staff edit cannot clear it', async () => {
    const q = await staff.post('/api/qualifications', {
      orgId: org.id,
      kind: 'other',
      certificateNo: 'KEEP-ORG',
      issuedOn: '2009-01-01',
      validUntil: '2010-01-01',
    });
    const cleared = await staff.patch(`/api/qualifications/${q.json().id}`, { orgId: null });
    expect([cleared.statusCode, cleared.json().error.details[0].field]).toEqual([400, 'body.orgId']);
    expect(
      (
        await staff.post('/api/qualifications', {
          kind: 'other',
          certificateNo: 'NO-ORG',
          issuedOn: '2009-01-01',
          validUntil: '2010-01-01',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('refuses dates that run backwards', async () => {
    const wrong = await staff.post('/api/qualifications', {
      orgId: org.id,
      kind: 'high_tech_enterprise',
      certificateNo: 'GR-BACKWARDS',
      issuedOn: '2009-05-01',
      validUntil: '2008-05-01',
    });
    expect(wrong.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.validUntil', problem: 'ends_before_start' }),
    ]);
  });

  it('imports a GBK publicity list by its Chinese headers, reporting unknown outlets and bad dates by row', async () => {
    const csv = [
      '稿件标题,报送渠道,报送科室,作者,报送日期,是否录用,录用日期',
      '我市新增两家省级工程技术研究中心,省科技厅信息报送系统,agriculture,李某,2008-05-06,是,2008-05-08',
      '科技特派员深入田间地头,市日报,,张某,2008年6月1日,否,',
      '未知渠道的稿件,某某报,,,2008-06-02,否,',
      '日期错误的稿件,市日报,,,2008-13-01,否,',
    ].join('\r\n');
    const report = (await upload(staff, 'publicity', '信息报送.csv', iconv.encode(csv, 'gbk'))).json();
    expect(report).toMatchObject({ encoding: 'gb18030', total: 4, valid: 2, inserted: 2, committed: true });
    expect(
      report.problems.map((p: { row: number; field: string; problem: string }) => [p.row, p.field, p.problem]),
    ).toEqual([
      [4, 'outletCode', 'dictionary_unknown'],
      [5, 'sentOn', 'date'],
    ]);
    const adopted = (await staff.get('/api/publicity?year=2008&adopted=true&outletCode=provincial')).json();
    expect(adopted.items.map((p: { title: string }) => p.title)).toContain('我市新增两家省级工程技术研究中心');
  });

  it('imports platforms from an .xlsx with labels for the options and the host found by name', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('载体');
    sheet.addRow(['载体名称', '载体类型', '级别', '依托单位', '认定日期', '状态']);
    sheet.addRow([
      '江川市茶叶加工企业技术中心',
      '企业技术中心',
      '本市级',
      '江川市绿源农业科技有限公司',
      '2009/3/1',
      '有效',
    ]);
    sheet.addRow(['不存在单位的中心', '企业技术中心', '本市级', '不存在的公司', '2009/3/1', '有效']);
    const report = (
      await upload(staff, 'platforms', '载体.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))
    ).json();
    expect(report).toMatchObject({ inserted: 1, problems: [{ row: 3, field: 'orgId', problem: 'org_unknown' }] });
    const found = (await staff.get(`/api/platforms?q=${encodeURIComponent('茶叶加工')}`)).json().items[0];
    expect(found).toMatchObject({
      kind: 'enterprise_tech_center',
      level: 'city',
      orgName: org.name,
      jurisdictionCode: 'town-a',
      recognizedOn: '2009-03-01',
    });
    expect((await staff.get(`/api/platforms?q=${encodeURIComponent('绿源')}`)).json().total).toBeGreaterThan(0);
  });

  it('offers a template to fill, and takes a sheet as staff keep it: other headers, no 状态 column (有效 unless said)', async () => {
    const template = await staff.get('/api/platforms/import/template');
    expect(template.headers['content-type']).toContain('spreadsheetml');
    expect(contentDisposition.parse(String(template.headers['content-disposition'])).parameters.filename).toBe(
      '创新载体导入模板.xlsx',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const headers = (workbook.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['载体名称*', '载体类型*', '级别*', '依托单位*']);
    expect(headers).toContain('状态');
    const notes = workbook.getWorksheet('填写说明')!;
    const statusRow = notes.getRows(2, notes.rowCount - 1)!.find((r) => r.getCell(1).value === '状态')!;
    expect([statusRow.getCell(2).value, statusRow.getCell(4).value]).toEqual(['选填', '有效']);
    expect(String(statusRow.getCell(3).value)).toContain('有效');
    // The template itself, filled in, imports.
    workbook.worksheets[0]!.addRow([
      '江川市模板填报技术中心',
      '企业技术中心',
      '本市级',
      '江川市绿源农业科技有限公司',
      '',
      '2009-05-01',
    ]);
    const fromTemplate = (
      await upload(staff, 'platforms', '模板.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()))
    ).json();
    expect(fromTemplate).toMatchObject({ inserted: 1, problems: [], unmapped: [] });

    const own = new ExcelJS.Workbook();
    const sheet = own.addWorksheet('平台');
    sheet.addRow(['平台名称', '类别', '认定级别', '建设单位', '认定时间']);
    sheet.addRow([
      '江川市果蔬保鲜工程技术研究中心',
      '工程技术研究中心',
      '本市级',
      '江川市绿源农业科技有限公司',
      '2009年6月1日',
    ]);
    const report = (await upload(staff, 'platforms', '平台.xlsx', Buffer.from(await own.xlsx.writeBuffer()))).json();
    expect(report).toMatchObject({ unmapped: [], inserted: 1, invalid: 0, problems: [] });
    const found = (await staff.get(`/api/platforms?q=${encodeURIComponent('果蔬保鲜')}`)).json().items[0];
    expect(found).toMatchObject({
      kind: 'engineering_center',
      level: 'city',
      status: 'active',
      recognizedOn: '2009-06-01',
    });
  });
});
