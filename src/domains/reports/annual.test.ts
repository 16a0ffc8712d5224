import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { calls, patents, projects, targetAssessments, targetLetters } from '../../db/tables/index.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { demoYears } from '../demo/generate.js';
import { seedDemo } from '../demo/seed.js';
import { checkCharacter } from '../patents/application-number.js';
import { annualSummary, paragraphText } from './annual.js';
import { officialDocx, reportDocument } from './official-docx.js';
import { sofficePath } from './pdf.js';
import { addDays } from '../../shared/clock.js';
import { changeText, chineseDate, percentText, rangeText } from './wording.js';
import { formatTotal as moneyText } from '../../shared/money.js';

/** The demo's last complete year holds the seed's figures; the current year its targets. */
const { C, L } = demoYears();
const signing = { bureau: '江川市科学技术局' };

let t: TestApp;
let staff: Client;
let leader: Client;
beforeAll(async () => {
  t = await testApp();
  await seedDemo(t.db, { password: 'Demo-Passw0rd!', storage: t.storage });
  staff = await login(t.app, 'staff', 'Demo-Passw0rd!');
  leader = await login(t.app, 'leader', 'Demo-Passw0rd!');
});
afterAll(() => t.close());

describe('the annual summary', () => {
  it('writes figures as officials do', () => {
    expect([
      moneyText(1_260_000),
      moneyText(30_000),
      moneyText(350_000_000),
      moneyText(10_000_000),
      moneyText(1_030_000.5),
      moneyText(800),
    ]).toEqual(['126万元', '3万元', '3.5亿元', '1000万元', '103万元', '800元']);
    expect(rangeText(2, 4, '家')).toBe('2—4家');
    expect([changeText(120, 100), changeText(90, 120), changeText(5, 5), changeText(5, 0)]).toEqual([
      '，比上年增长20%',
      '，比上年下降25%',
      '，与上年持平',
      '',
    ]);
    // 四舍五入 from exact decimals, never through binary floating point: exact halves round up.
    expect([
      moneyText(1_106_950),
      moneyText(967_550),
      moneyText(1_234_550),
      moneyText(10_050),
      moneyText(0.29),
    ]).toEqual(['110.7万元', '96.76万元', '123.46万元', '1.01万元', '0.29元']);
    expect([
      changeText(2017, 2000),
      changeText(1, 8),
      changeText(1_106_950, 1_000_000),
      percentText(1_000_005, 1_000_000),
    ]).toEqual(['，比上年增长0.9%', '，比上年下降87.5%', '，比上年增长10.7%', '0']);
    expect(changeText(120, 100, { samePeriod: true })).toBe('，同比增长20%');
    // At the units' edges the rounding decides the unit: never 10000万元.
    expect([moneyText(99_999_999), moneyText(9_999.999), moneyText(9_999.99)]).toEqual(['1亿元', '1万元', '9999.99元']);
    // A document is dated by the Beijing day, whatever the server's clock says.
    expect([
      chineseDate(new Date('2009-06-30T23:30:00Z')),
      chineseDate('2026-12-01'),
      addDays('2026-12-28', 6),
    ]).toEqual(['2009年7月1日', '2026年12月1日', '2027-01-03']);
  });

  it('rounds every amount half up to the fen-exact 万元 figure, whatever the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 9_999_999_999 }), (fen) => {
        const text = moneyText(fen / 100);
        const wan = /^([\d.]+)万元$/.exec(text)?.[1];
        if (!wan) return text.endsWith('亿元');
        // Within half a hundredth of a 万元 (5,000 fen), and a tie goes up.
        const hundredths = Math.round(Number(wan) * 100);
        const diff = hundredths * 10_000 - fen;
        return diff > -5_000 && diff <= 5_000;
      }),
    );
  });

  it("reproduces the seed's figures for the seed's year, from the data", async () => {
    const report = await annualSummary(t.db, L, {}, signing);
    const text = report.sections.map((s) => `${s.heading}\n${s.paragraphs.map(paragraphText).join('\n')}`).join('\n');
    expect(report.title).toBe(`江川市科学技术局${L}年工作总结`);
    // The opening gives the year's picture: the letters' targets all met, the headline figures.
    expect(text).toContain(`${L}年，我市科技工作`);
    expect(text).toContain('全面完成了科技进步目标责任状所下达的指标任务');
    expect(text).toMatch(/专利申请580件、授权\d+件/);
    expect(text).toContain(
      '择优申报省级农业科技计划9项，镇江市级20项。目前，获省立项4项、资助经费126万元，获镇江市立项13项、资助经费103万元。',
    );
    expect(text).toContain(
      '一是加强科技与人才工作考核。年初，以责任状的形式将全年科技工作目标任务分解到20个镇（开发区、街道）和部门',
    );
    expect(text).toContain('共申报本市级社发计划项目6项，其中江川市人民医院的《');
    expect(text).toContain('被列入指令性计划，获3万元资助。');
    expect(text).toContain('申报江苏省高层次创新创业人才引进计划3名');
    expect(text).toContain(
      '推荐上报江苏省高层次创新创业人才培育计划4名，推荐上报镇江市杰出人才奖2名，获江苏省高层次创新创业人才资助1人、经费100万元。',
    );
    // The city's own plan beside the higher levels'.
    expect(text).toContain('组织实施本级科技计划，受理申报6项，批准立项1项、安排资助经费3万元。');
    expect(text).toContain('向省科技厅信息报送系统报送稿件72篇，被录用29篇');
    expect(text).toMatch(/向江川日报报送稿件\d+篇，被录用9篇/);
    for (const target of [
      '专利申请量达到700件',
      '专利授权量达到340件',
      '申报镇江市级以上农业科技计划达到20项',
      '农业科技计划立项达到10项',
      '农业科技计划完成达到8项',
      '镇江市级以上工程技术研究中心2—4家',
      '本市级企业技术中心3—5家',
      '争取上级科技经费达到1000万元',
      '本级财政科技拨款达到1000万元',
      '企业自筹科技投入达到3.5亿元',
    ]) {
      expect(text).toContain(target);
    }
    // Every figure can be traced to its metric.
    const figures = report.sections.flatMap((s) => s.paragraphs.flat()).filter((x) => typeof x !== 'string');
    expect(figures.find((f) => f.text === '126万元')?.metric).toEqual({
      key: 'projects.funding',
      filters: { category: 'agriculture', level: 'provincial', year: L },
    });
  });

  it('says nothing of a year without data rather than print figures of nothing', async () => {
    const empty = await annualSummary(t.db, 2031, {}, signing);
    expect(empty.sections.filter((s) => s.shown)).toEqual([]);
    expect(JSON.stringify(empty)).not.toMatch(/[^\d.]0(项|件|家|元|篇|名)/);
  });

  it('comes out as a Word document in the GB/T 9704 layout', async () => {
    const zip = await JSZip.loadAsync(await officialDocx(reportDocument(await annualSummary(t.db, L, {}, signing))));
    const read = (name: string) => zip.file(name)!.async('string');
    const document = await read('word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toContain('择优申报省级农业科技计划9项');
    const styles = await read('word/styles.xml');
    const style = (id: string) =>
      styles.slice(
        styles.indexOf(`w:styleId="${id}"`),
        styles.indexOf('</w:style>', styles.indexOf(`w:styleId="${id}"`)),
      );
    expect(style('OfficialTitle')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('OfficialTitle')).toContain('<w:sz w:val="44"/>');
    expect(style('OfficialBody')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style('OfficialBody')).toContain('<w:sz w:val="32"/>');
    expect(style('OfficialBody')).toMatch(/w:line="560" w:lineRule="exact"/);
    expect(style('OfficialHeading1')).toContain('w:eastAsia="黑体"');
    expect(style('OfficialHeading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(await read('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d+\.xml/.test(f))
        .map(read),
    );
    expect(
      footers
        .map((f) => [
          f.includes('w:val="right"') ? 'right' : f.includes('w:val="left"') ? 'left' : '?',
          f.includes('PAGE'),
          f.includes('— '),
        ])
        .sort(),
    ).toEqual([
      ['left', true, true],
      ['right', true, true],
    ]);
  });

  it('keeps the narrative staff write around the figures, refuses a stale save, and puts it in the document', async () => {
    const before = (await staff.get(`/api/reports/annual?year=${L}`)).json();
    // The demo's staff wrote the seed's words into it, part by part.
    const v = before.version as number;
    expect(before).toMatchObject({ status: 'draft' });
    expect(v).toBeGreaterThan(0);
    expect(before.sections.find((s: { key: string }) => s.key === 'shortcomings').narrative[0]).toContain(
      '存在着创业创新平台建设不足',
    );
    const saved = await staff.put('/api/reports/annual/narratives', {
      year: L,
      section: 'shortcomings',
      version: v,
      paragraphs: [
        '存在着创业创新平台建设不足、高新技术产业积聚困难。\u0007',
        '  ',
        '针对现状，我们将在今后的工作中积极作为。',
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ version: v + 1 });
    const stale = await staff.put('/api/reports/annual/narratives', {
      year: L,
      section: 'publicity',
      version: v,
      paragraphs: ['二是加强机关职能建设。'],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect(
      (
        await staff.put('/api/reports/annual/narratives', {
          year: L,
          section: 'publicity',
          version: v + 1,
          paragraphs: ['二是加强机关职能建设。'],
        })
      ).json(),
    ).toEqual({ version: v + 2 });
    expect(
      (
        await staff.put('/api/reports/annual/narratives', {
          year: L,
          section: 'nonsense',
          version: v + 2,
          paragraphs: [],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await leader.put('/api/reports/annual/narratives', {
          year: L,
          section: 'publicity',
          version: v + 2,
          paragraphs: [],
        })
      ).statusCode,
    ).toBe(403);

    const report = (await staff.get(`/api/reports/annual?year=${L}`)).json();
    expect(report.sections.find((s: { key: string }) => s.key === 'shortcomings').narrative).toEqual([
      '存在着创业创新平台建设不足、高新技术产业积聚困难。',
      '针对现状，我们将在今后的工作中积极作为。',
    ]);
    const publicity = report.sections.find((s: { key: string }) => s.key === 'publicity');
    expect(publicity.heading).toBe('六、强化软环境建设，展示科技部门良好形象。');
    expect(publicity.narrative).toEqual(['二是加强机关职能建设。']);

    const docx = await staff.request({ method: 'GET', url: `/api/reports/annual.docx?year=${L}` });
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const document = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    // The narrative follows the generated paragraph of its part.
    expect(document.indexOf('二是加强机关职能建设。')).toBeGreaterThan(document.indexOf('被录用'));
    expect(document).toContain('针对现状，我们将在今后的工作中积极作为。');
    expect(document).toContain(`七、${C}年度工作要点`);
    expect(document).toContain('（一）目标任务');
  });

  it('freezes a finalised summary against later data, keeps every version, and reopens only by a leader', async () => {
    const { version } = (await staff.get(`/api/reports/annual?year=${L}`)).json();
    const finalised = await staff.post('/api/reports/annual/actions', { year: L, action: 'finalise', version });
    expect(finalised.statusCode).toBe(200);
    expect(finalised.json()).toEqual({ version: version + 1, status: 'final' });
    const frozenText = JSON.stringify((await staff.get(`/api/reports/annual?year=${L}`)).json().sections);

    // A late filing of 2008 moves the live figures, not the final report.
    const late = `${L}10999999`;
    await t.db.insert(patents).values({
      applicationNumber: `${late}.${checkCharacter(late)}`,
      type: 'invention',
      title: '迟到的专利',
      applicantName: '某公司',
      filedOn: `${L}-12-30`,
    });
    const live = paragraphText(
      (await annualSummary(t.db, L, {}, signing)).sections.find((s) => s.key === 'industry')!.paragraphs[0]!,
    );
    const final = (await staff.get(`/api/reports/annual?year=${L}`)).json();
    expect(final).toMatchObject({ status: 'final', finalisedBy: '张科员（农村科技科）' });
    expect(JSON.stringify(final.sections)).toBe(frozenText);
    expect(frozenText).not.toContain(live.slice(0, live.indexOf('件')));

    const edit = await staff.put('/api/reports/annual/narratives', {
      year: L,
      section: 'shortcomings',
      version: version + 1,
      paragraphs: ['改一改'],
    });
    expect(edit.json().error.code).toBe('REPORT_FINAL');
    expect(
      (await staff.post('/api/reports/annual/actions', { year: L, action: 'reopen', version: version + 1 })).statusCode,
    ).toBe(403);
    expect(
      (await leader.post('/api/reports/annual/actions', { year: L, action: 'reopen', version: version + 1 })).json(),
    ).toEqual({ version: version + 2, status: 'draft' });

    const versions = (await staff.get(`/api/reports/annual/versions?year=${L}`)).json().items;
    expect(
      versions
        .slice(0, 4)
        .map((v: { version: number; change: string; section: string | null }) => [v.version, v.change, v.section]),
    ).toEqual([
      [version + 2, 'reopen', null],
      [version + 1, 'finalise', null],
      [version, 'edit', 'publicity'],
      [version - 1, 'edit', 'shortcomings'],
    ]);
    expect(versions.at(-1)).toMatchObject({ version: 1, change: 'edit', section: 'projects' });
    // A version reads as it did then, and comes out as a document of its own.
    const first = (await staff.get(`/api/reports/annual/versions/1?year=${L}`)).json();
    expect(first.sections.find((s: { key: string }) => s.key === 'publicity').narrative).toEqual([]);
    expect(
      JSON.stringify((await staff.get(`/api/reports/annual/versions/${version + 1}?year=${L}`)).json().sections),
    ).toBe(frozenText);
    expect((await staff.get(`/api/reports/annual/versions/99?year=${L}`)).statusCode).toBe(404);
    const old = await staff.request({ method: 'GET', url: `/api/reports/annual.docx?year=${L}&version=1` });
    expect(await (await JSZip.loadAsync(old.rawPayload)).file('word/document.xml')!.async('string')).not.toContain(
      '二是加强机关职能建设。',
    );
  });

  it('renders the document to PDF where LibreOffice is installed, and says why not where it is not', async () => {
    const pdf = await staff.request({ method: 'GET', url: `/api/reports/annual.pdf?year=${L}` });
    if (sofficePath()) {
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      expect(pdf.statusCode).toBe(503);
      expect(pdf.json().error.code).toBe('PDF_UNAVAILABLE');
    }
    // A converter that exits without writing a PDF: the user is told, nothing half-made is sent.
    const configured = process.env.KEGUAN_SOFFICE;
    process.env.KEGUAN_SOFFICE = '/bin/true';
    try {
      const failed = await staff.get(`/api/reports/annual.pdf?year=${L}`);
      expect([failed.statusCode, failed.json().error.code]).toEqual([502, 'PDF_FAILED']);
    } finally {
      if (configured === undefined) delete process.env.KEGUAN_SOFFICE;
      else process.env.KEGUAN_SOFFICE = configured;
    }
  });

  it('drafts the other recurring documents: the work plan, the approval list for publicity, the result notice, the monthly sheet', async () => {
    const text = async (url: string, client = staff) => {
      const response = await client.request({ method: 'GET', url });
      expect([url, response.statusCode]).toEqual([url, 200]);
      return (await (await JSZip.loadAsync(response.rawPayload)).file('word/document.xml')!.async('string')).replace(
        /<[^>]+>/g,
        '',
      );
    };
    // 工作要点: next year's targets, and the measures written in this year's summary.
    const { version } = (await staff.get(`/api/reports/annual?year=${L}`)).json();
    await staff.put('/api/reports/annual/narratives', {
      year: L,
      section: 'measures',
      version,
      paragraphs: ['一是不断强化科技园区示范辐射作用。', '三是认真做好社会发展科技工作。'],
    });
    const plan = await text(`/api/reports/work-plan.docx?year=${C}`);
    expect(plan).toContain(`江川市科学技术局${C}年度工作要点`);
    // The measures are numbered afresh: never a skipped or repeated 一是、二是.
    expect(plan).toMatch(
      /一、目标任务.*专利申请量达到700件.*二、工作措施一是不断强化科技园区示范辐射作用。二是认真做好社会发展科技工作。/,
    );
    expect((await staff.get('/api/reports/work-plan.docx?year=2031')).json().error.code).toBe('NO_WORK_PLAN');

    // 立项公示名单: a call's approved projects, the period, where to object.
    const [approved] = await t.db
      .select({ callId: projects.callId })
      .from(projects)
      .where(isNotNull(projects.approvedFen))
      .limit(1);
    const rows = await t.db
      .select({ title: projects.title })
      .from(projects)
      .where(and(eq(projects.callId, approved!.callId), isNotNull(projects.approvedFen)));
    const list = await text(`/api/reports/approval-list.docx?call=${approved!.callId}&from=2026-12-01&days=7`);
    expect(list).toContain(`拟对以下${rows.length}个项目予以立项支持`);
    expect(list).toContain('公示期为2026年12月1日至2026年12月7日');
    for (const row of rows) expect(list).toContain(row.title);
    expect((await staff.get('/api/reports/approval-list.docx?call=999999')).statusCode).toBe(404);
    const [pending] = await t.db
      .select({ id: calls.id })
      .from(calls)
      .where(sql`NOT EXISTS (SELECT 1 FROM projects p WHERE p.call_id = ${calls.id} AND p.approved_fen IS NOT NULL)`)
      .limit(1);
    expect((await staff.get(`/api/reports/approval-list.docx?call=${pending!.id}`)).json().error.code).toBe(
      'NO_APPROVED_PROJECTS',
    );
    expect((await staff.get(`/api/reports/approval-list.docx?call=${approved!.callId}&days=2`)).statusCode).toBe(400);

    // 考核结果通知: the demo's signed-off mid-year round, to the demo liaison's town; another town's is not theirs.
    // The latest mid-year round: this year's from July, last year's before.
    const [round] = await t.db
      .select()
      .from(targetAssessments)
      .where(eq(targetAssessments.kind, 'mid_year'))
      .orderBy(desc(targetAssessments.year))
      .limit(1);
    const roundYear = round!.year;
    const liaison = await login(t.app, 'liaison', 'Demo-Passw0rd!');
    const me = (await liaison.get('/api/auth/me')).json().user;
    const letters = await t.db
      .select()
      .from(targetLetters)
      .where(and(eq(targetLetters.year, roundYear), eq(targetLetters.unitKind, 'jurisdiction')));
    const mine = letters.find((l) => l.jurisdictionCode === me.jurisdictionCode)!;
    const notice = await text(`/api/reports/assessment-notice.docx?assessment=${round!.id}&letter=${mine.id}`, liaison);
    expect(notice).toContain(`关于${roundYear}年度科技进步目标责任制年中考核结果的通知`);
    expect(notice).toMatch(
      /年中考核总分[\d.]+分，其中按数据计算得分[\d.]+分、现场考核得分[\d.]+分.*在各镇（区、街道）中排名第\d+位（共\d+个）/,
    );
    expect(notice).toContain(`江科发〔${roundYear}〕21号`);
    expect(notice).toContain('江川市科学技术局');
    expect(notice).toContain('专利申请量');
    const theirs = letters.find((l) => l.jurisdictionCode !== me.jurisdictionCode)!;
    expect(
      (await liaison.get(`/api/reports/assessment-notice.docx?assessment=${round!.id}&letter=${theirs.id}`)).statusCode,
    ).toBe(404);

    // 科室月度进度表: the section's indicators at the end of June, its programmes of the year.
    const sheet = await staff.request({
      method: 'GET',
      url: `/api/reports/monthly-progress.xlsx?section=agriculture&year=${C}&month=6`,
    });
    expect(sheet.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['目标进度', '计划项目']);
    expect(book.getWorksheet('目标进度')!.getRow(1).getCell(3).value).toBe('截至6月末');
    expect(book.getWorksheet('目标进度')!.rowCount).toBeGreaterThan(1);
    expect(book.getWorksheet('计划项目')!.rowCount).toBeGreaterThan(1);
    expect((await staff.get(`/api/reports/monthly-progress.xlsx?section=nowhere&year=${C}&month=6`)).statusCode).toBe(
      404,
    );
  });
});
