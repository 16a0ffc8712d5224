import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callQuotas } from '../../db/tables/index.js';
import { ensureJurisdiction, makeCall, makeOrg, makeProject } from '../../testing/factories.js';
import { type TestApp, testApp } from '../../testing/harness.js';
import * as clock from '../../shared/clock.js';

let t: TestApp;
const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const day = 24 * 3600 * 1000;

let open: Awaited<ReturnType<typeof makeCall>>;
let upcoming: Awaited<ReturnType<typeof makeCall>>;
let closed: Awaited<ReturnType<typeof makeCall>>;

beforeAll(async () => {
  t = await testApp();
  const now = clock.now().getTime();
  open = await makeCall(t.db, {
    title: '2026年度农业科技计划项目申报通知',
    level: 'provincial',
    description:
      '为推进乡村振兴，现组织申报2026年度农业科技计划项目。\n\n申报单位须为本市注册的企业或事业单位。\n重点支持茶叶精深加工、设施农业等方向。',
    contact: '农村科技科 张科长 0512-12345678',
    defaultQuota: 2,
    attachments: [
      { key: 'sealed', name: '盖章申报书', types: ['.pdf'], maxBytes: 10 * 1024 * 1024, required: true },
      { key: 'licence', name: '营业执照', types: ['.pdf', '.jpg'], maxBytes: 5 * 1024 * 1024, required: false },
    ],
  });
  await ensureJurisdiction(t.db, 'town-a');
  await t.db.insert(callQuotas).values({ callId: open.id, jurisdictionCode: 'town-a', quota: 3 });
  upcoming = await makeCall(t.db, {
    title: '2027年度软科学研究项目申报通知',
    opensAt: new Date(now + 5 * day),
    closesAt: new Date(now + 30 * day),
  });
  closed = await makeCall(t.db, { title: '2026年度专利转化项目申报通知', closed: true, year: 2025 });
});
afterAll(() => t.close());

describe('calls on the public site', () => {
  it('lists every call by where it stands, each title a link to the call in full', async () => {
    const list = await page('/calls/');
    expect(list.statusCode).toBe(200);
    for (const call of [open, upcoming, closed]) expect(list.body).toContain(`href="/calls/${call.id}"`);
    expect(list.body.indexOf('正在受理的申报')).toBeLessThan(list.body.indexOf(open.title));
    expect(list.body.indexOf('即将开始受理')).toBeLessThan(list.body.indexOf(upcoming.title));
    const year = await page('/calls/?year=2025');
    expect(year.body).toContain(closed.title);
    expect(year.body).not.toContain(open.title);
    expect(year.body).toContain('已截止');
  });

  it('shows a call in full — text, programme and level in words, period, quotas, materials, criteria, contact — and the way to apply while it is open', async () => {
    const body = (await page(`/calls/${open.id}`)).body;
    expect(body).toContain('<h1>2026年度农业科技计划项目申报通知</h1>');
    expect(body).toContain('<p>为推进乡村振兴，现组织申报2026年度农业科技计划项目。</p>');
    expect(body).toContain('申报单位须为本市注册的企业或事业单位。<br>重点支持');
    expect(body).toContain('省级');
    expect(body).not.toContain('provincial');
    expect(body).toMatch(/受理时间<\/dt><dd>\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d — /);
    expect(body).toContain('<td data-label="属地">测试town-a镇</td><td data-label="名额">3</td>');
    expect(body).toContain('每个属地可推荐2项');
    expect(body).toContain('盖章申报书');
    expect(body).toContain('必须提交');
    expect(body).toContain('格式：.pdf .jpg，不超过5MB');
    expect(body).toContain('创新性');
    expect(body).toContain('40分');
    expect(body).toContain('农村科技科 张科长 0512-12345678');
    expect(body).toContain(`href="/app/hall?call=${open.id}"`);

    const later = (await page(`/calls/${upcoming.id}`)).body;
    expect(later).not.toContain('/app/hall?call=');
    expect(later).toContain('开始受理，届时可在网上办事大厅在线申报');
    const over = (await page(`/calls/${closed.id}`)).body;
    expect(over).not.toContain('/app/hall?call=');
    expect(over).toContain('本批次已截止受理');
  });

  it("answers an unknown or malformed call address with the site's 404 page", async () => {
    for (const url of ['/calls/999999', '/calls/abc', '/calls/0', '/calls/99999999999999']) {
      const response = await page(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('text/html');
    }
  });

  it('finds calls by any two-character word of their text, above the items, and on their own facet', async () => {
    const found = await page(`/search?q=${encodeURIComponent('茶叶')}`);
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(`href="/calls/${open.id}"`);
    expect(found.body).toContain('<mark>茶叶</mark>');
    const facet = await page(`/search?q=${encodeURIComponent('申报通知')}&column=calls`);
    for (const call of [open, upcoming, closed]) expect(facet.body).toContain(`href="/calls/${call.id}"`);
    const none = await page(`/search?q=${encodeURIComponent('潜艇')}&column=calls`);
    expect(none.body).toContain('没有找到与“潜艇”相关的内容');
  });
});

describe('public figures in words a reader knows', () => {
  it('leaves out of the home page a figure with no data, rather than publish "0元"', async () => {
    const home = (await page('/')).body;
    expect(home).not.toMatch(/<dd>0(元|项|件|个)?<\/dd>/);
  });

  it('writes the level as 省级 in the open-data CSV, the code in a column of its own', async () => {
    const org = await makeOrg(t.db);
    const project = await makeProject(t.db, {
      callId: closed.id,
      orgId: org.id,
      state: 'approved',
      approvedFen: 150_000_00,
    });
    await t.pool.query(`UPDATE projects SET doc_no = '江科计〔2025〕8号' WHERE id = $1`, [project.id]);
    const csv = await page('/open-data/projects-2025.csv');
    expect(csv.statusCode).toBe(200);
    const [header, row] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const columns = header!.split(',');
    const values = row!.split(',');
    expect(values[columns.indexOf('级别')]).toBe('本市级');
    expect(values[columns.indexOf('级别代码')]).toBe('city');
    const json = await page('/api/open/projects?year=2025');
    expect(json.json().items[0]).toMatchObject({ level: '本市级', levelCode: 'city' });
  });
});
