import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOfficialCalendar } from '../../db/official-calendar.js';
import { portalItems, portalMessages, projects, workCalendar } from '../../db/tables/index.js';
import { ensureSection, makeCall, makeOrg, makeProject, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { answerCheckQuestion, postForm as sitePost } from '../../testing/site-forms.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';
import { isWorkingDay, loadCalendar, workingDaysAfter } from '../calendar/calendar.js';
import { sanitizeBody } from '../../server/sanitize.js';
import { sameSitePath } from '../site/site-kit.js';
import { highlighted } from '../site/views.js';

let t: TestApp;
let staff: Client;
let reviewer: Client;
let leader: Client;
const today = clock.today();

beforeAll(async () => {
  t = await testApp();
  const [a, b, c] = await Promise.all([makeUser(t.db, 'staff'), makeUser(t.db, 'staff'), makeUser(t.db, 'leader')]);
  [staff, reviewer, leader] = await Promise.all([
    login(t.app, a.username, a.password),
    login(t.app, b.username, b.password),
    login(t.app, c.username, c.password),
  ]);
});
afterAll(() => t.close());

const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

/** Writes an item, has it reviewed and published by a colleague; returns its id. */
async function published(input: Record<string, unknown>, o: { publishAt?: string } = {}): Promise<number> {
  const created = await staff.post('/api/portal/items', { attachments: [], ...input });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json();
  expect((await staff.post(`/api/portal/items/${id}/actions`, { action: 'submit', version: 1 })).statusCode).toBe(200);
  const done = await reviewer.post(`/api/portal/items/${id}/actions`, {
    action: 'publish',
    version: 2,
    ...(o.publishAt ? { publishAt: o.publishAt } : {}),
  });
  expect(done.statusCode, done.body).toBe(200);
  return id;
}

const postForm = (url: string, fields: Record<string, string>, ip?: string) => sitePost(t.app, url, fields, ip);

const solve = async (html: string) => answerCheckQuestion(html);

const payload = `"><script>alert('x')</script><img src=x onerror=alert(1)>`;
/** Neither an executable script nor an event handler from the payload reached the page. */
function expectInert(body: string) {
  expect(body).not.toContain("<script>alert('x')</script>");
  // No real tag carries an event handler (escaped text may still read "onerror=", harmlessly).
  // Quoted attribute values are text (a quote inside one is escaped), so they are set aside first.
  const tags = body.replace(/"[^"]*"/g, '""');
  expect(tags.match(/<[a-z][^>]*\son\w+\s*=[^>]*>/i)?.[0]).toBeUndefined();
}

describe('the working-day clock', () => {
  it('skips weekends and public holidays, and counts make-up working days', async () => {
    const calendar = await loadCalendar(t.db, '2026-01-01', '2026-12-31');
    // National Day 2026: 1–7 October off, Saturday 10 October worked.
    expect(workingDaysAfter('2026-09-30', 5, calendar)).toBe('2026-10-13');
    // A message on Friday: Monday is the first working day.
    expect(workingDaysAfter('2026-11-27', 1, calendar)).toBe('2026-11-30');
    // Spring Festival: 15–23 February off; Saturday 14 and 28 February worked.
    expect(isWorkingDay('2026-02-14', calendar)).toBe(true);
    expect(workingDaysAfter('2026-02-13', 3, calendar)).toBe('2026-02-25');
  });

  it("follows the State Council's arrangement of every year, across 春节 and 国庆", async () => {
    const calendar = await loadCalendar(t.db, '2019-01-01', '2025-12-31');
    // 2019 国庆: 1–7 October off, Sunday 29 September and Saturday 12 October worked.
    expect(workingDaysAfter('2019-09-30', 1, calendar)).toBe('2019-10-08');
    expect(isWorkingDay('2019-09-29', calendar)).toBe(true);
    // 2023 国庆 with 中秋: 29 September to 6 October off, the weekend of 7–8 October worked.
    expect(workingDaysAfter('2023-09-28', 1, calendar)).toBe('2023-10-07');
    expect(workingDaysAfter('2023-09-28', 2, calendar)).toBe('2023-10-08');
    // 2024 春节: 10–17 February off (除夕 the 9th a working day), Sundays 4 and 18 February worked.
    expect(isWorkingDay('2024-02-09', calendar)).toBe(true);
    expect(workingDaysAfter('2024-02-09', 1, calendar)).toBe('2024-02-18');
    // 2025 春节: 28 January to 4 February off, Sunday 26 January and Saturday 8 February worked.
    expect(workingDaysAfter('2025-01-27', 1, calendar)).toBe('2025-02-05');
    expect((await t.db.select().from(workCalendar).where(eq(workCalendar.day, '2025-01-29')))[0]).toEqual({
      day: '2025-01-29',
      kind: 'holiday',
      name: '春节',
      source: 'official',
    });
  });

  it("keeps the bureau's word on a day when the official arrangement is loaded again, and keeps official days from being removed", async () => {
    expect((await staff.put('/api/portal/calendar/2025-10-09', { kind: 'holiday', name: '本局调休' })).statusCode).toBe(
      200,
    );
    expect((await staff.put('/api/portal/calendar/2025-10-01', { kind: 'workday', name: '值班' })).statusCode).toBe(
      200,
    );
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await loadOfficialCalendar(client);
    await client.end();
    const year = (await staff.get('/api/portal/calendar?year=2025')).json();
    expect(year.official).toBe(true);
    expect(year.items.find((d: { day: string }) => d.day === '2025-10-01')).toEqual({
      day: '2025-10-01',
      kind: 'workday',
      name: '值班',
      source: 'staff',
    });
    expect(year.items.find((d: { day: string }) => d.day === '2025-10-09')).toMatchObject({
      kind: 'holiday',
      source: 'staff',
    });
    const refused = await staff.request({ method: 'DELETE', url: '/api/portal/calendar/2025-10-02' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('OFFICIAL_CALENDAR_DAY');
    expect((await staff.request({ method: 'DELETE', url: '/api/portal/calendar/2025-10-09' })).statusCode).toBe(204);
  });

  it('flags to staff, from November, a next year whose holidays nobody has entered', async () => {
    // Today is 2026-12-07 and the arrangement for 2027 is not published in the package.
    expect((await staff.get('/api/portal/calendar?year=2027')).json()).toEqual({ items: [], official: false });
    expect((await staff.get('/api/todos')).json().items).toContainEqual({
      kind: 'calendar_missing',
      count: 1,
      year: 2027,
    });
    expect((await staff.put('/api/portal/calendar/2027-01-01', { kind: 'holiday', name: '元旦' })).statusCode).toBe(
      200,
    );
    expect((await staff.get('/api/todos')).json().items.map((i: { kind: string }) => i.kind)).not.toContain(
      'calendar_missing',
    );
    expect((await staff.request({ method: 'DELETE', url: '/api/portal/calendar/2027-01-01' })).statusCode).toBe(204);
  });

  it('always lands on a working day, exactly N working days after the day received', async () => {
    const calendar = await loadCalendar(t.db, '2026-01-01', '2027-03-31');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 1, max: 20 }), (offset, days) => {
        const received = addDays('2026-01-01', offset);
        const due = workingDaysAfter(received, days, calendar);
        let counted = 0;
        for (let d = addDays(received, 1); d <= due; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) counted++;
        return due > received && isWorkingDay(due, calendar) && counted === days;
      }),
    );
  });
});

describe('content: draft → review → publish', () => {
  it('sanitises the body on save: no script, no event handler, no javascript: link', async () => {
    const dirty = `<p onclick="steal()">正文<script>alert(1)</script></p><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">链接</a><iframe src="//evil"></iframe><svg onload="alert(1)"></svg><p style="color:red">样式</p><a href="https://example.cn">外链</a><img src="/files/7/a.png" alt="图" onerror="x()">`;
    const clean = sanitizeBody(dirty);
    expect(clean).not.toMatch(/script|onclick|onerror|onload|javascript:|iframe|svg|style=/i);
    expect(clean).toContain('<p>正文</p>');
    expect(clean).toContain('<a href="https://example.cn" rel="noopener noreferrer">外链</a>');
    expect(clean).toContain('<img src="/files/7/a.png" alt="图" />');
    // Through the API too (an image must name an uploaded file, so that one is left out here).
    const created = await staff.post('/api/portal/items', {
      column: 'news',
      title: '消毒测试',
      bodyHtml: dirty.replace(/<img src="\/files[^>]*>/, ''),
      attachments: [],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().bodyHtml).not.toMatch(/script|onclick|onerror|javascript:/i);
    expect(created.json().bodyText).toContain('正文');
  });

  it('publishes only after review by someone else, and can schedule', async () => {
    const created = await staff.post('/api/portal/items', {
      column: 'notices',
      title: '关于申报科技计划的通知',
      bodyHtml: '<p>请各单位按时申报。</p>',
      attachments: [],
    });
    const { id } = created.json();
    // Nobody publishes a draft that was never put up for review.
    expect(
      (await reviewer.post(`/api/portal/items/${id}/actions`, { action: 'publish', version: 1 })).json().error.code,
    ).toBe('INVALID_TRANSITION');
    await staff.post(`/api/portal/items/${id}/actions`, { action: 'submit', version: 1 });
    expect(
      (await staff.post(`/api/portal/items/${id}/actions`, { action: 'publish', version: 2 })).json().error.code,
    ).toBe('SELF_REVIEW');
    // Not yet visible while in review.
    expect((await page(`/notices/${id}`)).statusCode).toBe(404);
    const tomorrow = `${addDays(today, 1)}T09:00:00+08:00`;
    const scheduled = await reviewer.post(`/api/portal/items/${id}/actions`, {
      action: 'publish',
      version: 2,
      publishAt: tomorrow,
    });
    expect(scheduled.json().state).toBe('published');
    expect((await page(`/notices/${id}`)).statusCode).toBe(404);
    expect((await page('/notices/')).body).not.toContain('关于申报科技计划的通知');
    // When its time comes it appears by itself.
    // By the app's clock, which KEGUAN_TODAY may set days away from PostgreSQL's.
    await t.db
      .update(portalItems)
      .set({ publishAt: new Date(clock.now().getTime() - 60_000) })
      .where(eq(portalItems.id, id));
    const shown = await page(`/notices/${id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('请各单位按时申报。');
    expect((await page('/notices/')).body).toContain('关于申报科技计划的通知');
  });

  it('edits only drafts, refuses a stale save, keeps every version, and corrects a published item by withdrawal', async () => {
    const created = (
      await staff.post('/api/portal/items', {
        column: 'news',
        title: '撤回测试新闻',
        bodyHtml: '<p>第一稿</p>',
        attachments: [],
      })
    ).json();
    const id = created.id;
    const edit = { column: 'news', title: '撤回测试新闻', bodyHtml: '<p>第二稿</p>', attachments: [] };
    expect((await staff.put(`/api/portal/items/${id}`, { ...edit, version: 1 })).statusCode).toBe(200);
    expect((await staff.put(`/api/portal/items/${id}`, { ...edit, version: 1 })).json().error.code).toBe(
      'STALE_VERSION',
    );
    expect(
      (await staff.put(`/api/portal/items/${id}`, { ...edit, column: 'notices', version: 2 })).json().error.code,
    ).toBe('VALIDATION');
    await staff.post(`/api/portal/items/${id}/actions`, { action: 'submit', version: 2 });
    // What the reviewer sees is what goes out: nobody edits it in review or once published.
    expect((await staff.put(`/api/portal/items/${id}`, { ...edit, version: 3 })).json().error.code).toBe(
      'ITEM_NOT_DRAFT',
    );
    await reviewer.post(`/api/portal/items/${id}/actions`, { action: 'publish', version: 3 });
    expect(
      (await staff.put(`/api/portal/items/${id}`, { ...edit, bodyHtml: '<p>偷改</p>', version: 4 })).json().error.code,
    ).toBe('ITEM_NOT_DRAFT');
    expect((await page(`/news/${id}`)).body).toContain('第二稿');

    const noReason = await leader.post(`/api/portal/items/${id}/actions`, { action: 'withdraw', version: 4 });
    expect(noReason.json().error.code).toBe('VALIDATION');
    const withdrawn = await leader.post(`/api/portal/items/${id}/actions`, {
      action: 'withdraw',
      version: 4,
      note: '数据有误，核实后重新发布',
    });
    expect(withdrawn.json().state).toBe('withdrawn');
    const gone = await page(`/news/${id}`);
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('数据有误，核实后重新发布');
    await staff.post(`/api/portal/items/${id}/actions`, { action: 'redraft', version: 5 });
    await staff.put(`/api/portal/items/${id}`, {
      ...edit,
      title: '撤回测试新闻（更正）',
      bodyHtml: '<p>更正稿</p>',
      version: 6,
    });
    await staff.post(`/api/portal/items/${id}/actions`, { action: 'submit', version: 7 });
    expect(
      (await reviewer.post(`/api/portal/items/${id}/actions`, { action: 'publish', version: 8 })).json().state,
    ).toBe('published');
    expect((await page(`/news/${id}`)).body).toContain('更正稿');
    const versions = (await staff.get(`/api/portal/items/${id}/versions`)).json().items;
    expect(versions.map((v: { change: string }) => v.change)).toEqual([
      'publish',
      'submit',
      'edit',
      'redraft',
      'withdraw',
      'publish',
      'submit',
      'edit',
      'create',
    ]);
    expect(versions[2].item.title).toBe('撤回测试新闻（更正）');
  });

  it('lets nobody approve what they wrote, nor date a publication back', async () => {
    const created = (
      await staff.post('/api/portal/items', {
        column: 'news',
        title: '合写稿件',
        bodyHtml: '<p>甲写</p>',
        attachments: [],
      })
    ).json();
    // The reviewer rewrites the draft: now neither may approve it.
    await reviewer.put(`/api/portal/items/${created.id}`, {
      column: 'news',
      title: '合写稿件',
      bodyHtml: '<p>乙改</p>',
      attachments: [],
      version: 1,
    });
    await reviewer.post(`/api/portal/items/${created.id}/actions`, { action: 'submit', version: 2 });
    expect(
      (await reviewer.post(`/api/portal/items/${created.id}/actions`, { action: 'publish', version: 3 })).json().error
        .code,
    ).toBe('SELF_REVIEW');
    expect(
      (await staff.post(`/api/portal/items/${created.id}/actions`, { action: 'publish', version: 3 })).json().error
        .code,
    ).toBe('SELF_REVIEW');
    const backdated = await leader.post(`/api/portal/items/${created.id}/actions`, {
      action: 'publish',
      version: 3,
      publishAt: '2001-01-01T09:00:00+08:00',
    });
    expect(backdated.json().error.code).toBe('VALIDATION');
    expect(
      (await leader.post(`/api/portal/items/${created.id}/actions`, { action: 'publish', version: 3 })).json().state,
    ).toBe('published');
  });

  it('shows nothing of a scheduled item withdrawn before its time', async () => {
    const created = (
      await staff.post('/api/portal/items', {
        column: 'notices',
        title: '未到点即撤回',
        bodyHtml: '<p>x</p>',
        attachments: [],
      })
    ).json();
    await staff.post(`/api/portal/items/${created.id}/actions`, { action: 'submit', version: 1 });
    await reviewer.post(`/api/portal/items/${created.id}/actions`, {
      action: 'publish',
      version: 2,
      publishAt: `${addDays(today, 10)}T09:00:00+08:00`,
    });
    await reviewer.post(`/api/portal/items/${created.id}/actions`, {
      action: 'withdraw',
      version: 3,
      note: '内部原因',
    });
    const shown = await page(`/notices/${created.id}`);
    expect(shown.statusCode).toBe(404);
    expect(shown.body).not.toContain('未到点即撤回');
  });

  it('asks for alt text on images and drops control characters from titles', async () => {
    const noAlt = await staff.post('/api/portal/items', {
      column: 'news',
      title: '图',
      bodyHtml: '<p>x</p><img src="/files/1">',
      attachments: [],
    });
    expect(noAlt.json().error).toMatchObject({ code: 'VALIDATION', details: [{ field: 'body.bodyHtml' }] });
    const pasted = await staff.post('/api/portal/items', {
      column: 'news',
      title: '第一行\u000b第二行\u0001',
      bodyHtml: '<p>x</p>',
      attachments: [],
    });
    expect(pasted.json().title).toBe('第一行 第二行');
  });

  it("asks for a column's own fields before review", async () => {
    const policy = (
      await staff.post('/api/portal/items', {
        column: 'policies',
        title: '某办法',
        bodyHtml: '<p>条文</p>',
        attachments: [],
      })
    ).json();
    const refused = await staff.post(`/api/portal/items/${policy.id}/actions`, { action: 'submit', version: 1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('PORTAL_ITEM_INCOMPLETE');
    expect(refused.json().error.message).toContain('validity');
    const guide = (
      await staff.post('/api/portal/items', {
        column: 'guide',
        title: '某服务',
        attachments: [],
        guide: { conditions: '条件' },
      })
    ).json();
    expect(
      (await staff.post(`/api/portal/items/${guide.id}/actions`, { action: 'submit', version: 1 })).json().error
        .message,
    ).toMatch(/guide\.materials.*guide\.steps/);
    const backwards = await staff.post('/api/portal/items', {
      column: 'publicity',
      title: '倒序',
      bodyHtml: '<p>x</p>',
      startsOn: '2026-05-10',
      endsOn: '2026-05-01',
      attachments: [],
    });
    expect(backwards.json().error.code).toBe('VALIDATION');
  });

  it('shows a policy with its validity and a guide with its steps', async () => {
    const policy = await published({
      column: 'policies',
      title: '专利申报资助办法',
      bodyHtml: '<p>第一条</p>',
      docNo: '江政办发〔2007〕86号',
      validity: 'repealed',
      effectiveOn: '2008-01-01',
    });
    const shown = (await page(`/policies/${policy}`)).body;
    expect(shown).toContain('已废止');
    expect(shown).toContain('2008年1月1日');
    expect(shown).toContain('江政办发〔2007〕86号');
    const guide = await published({
      column: 'guide',
      title: '专利申报资助',
      guide: {
        conditions: '本市单位',
        materials: ['受理通知书'],
        steps: ['网上申请', '审核', '公示'],
        timeLimit: '10个工作日',
        contact: '知识产权科',
      },
    });
    const body = (await page(`/guide/${guide}`)).body;
    for (const text of ['办理条件', '受理通知书', '网上申请', '10个工作日', '知识产权科']) expect(body).toContain(text);
  });
});

describe('the workbench', () => {
  it("lists items awaiting someone else's review and messages to answer", async () => {
    const created = (
      await staff.post('/api/portal/items', {
        column: 'news',
        title: '待办测试',
        bodyHtml: '<p>x</p>',
        attachments: [],
      })
    ).json();
    await staff.post(`/api/portal/items/${created.id}/actions`, { action: 'submit', version: 1 });
    const kinds = async (client: Client) =>
      Object.fromEntries(
        (await client.get('/api/todos'))
          .json()
          .items.filter((i: { kind: string }) => i.kind.startsWith('portal_'))
          .map((i: { kind: string; count: number }) => [i.kind, i.count]),
      );
    const mine = await kinds(staff);
    const theirs = await kinds(reviewer);
    // The writer is not asked to review their own item; a colleague is.
    expect((theirs.portal_review ?? 0) - (mine.portal_review ?? 0)).toBe(1);
    await t.db.insert(portalMessages).values({
      code: '20260101-WORKBENCHQ',
      kind: 'consult',
      subject: 's',
      body: 'b',
      name: 'n',
      contact: 'c',
      dueOn: '2026-01-08',
    });
    expect((await kinds(reviewer)).portal_overdue).toBeGreaterThanOrEqual(1);
  });
});

describe('publicity', () => {
  it("is made from a call's approvals in one click, once, and takes objections only while it runs", async () => {
    const org = await makeOrg(t.db, { name: '江川绿源农业科技有限公司' });
    const call = await makeCall(t.db, { title: '关于组织申报2009年度农业科技计划项目的通知', year: 2009 });
    await makeProject(t.db, {
      callId: call.id,
      orgId: org.id,
      state: 'approved',
      title: '设施葡萄栽培示范',
      approvedFen: 30_000_000,
    });
    const made = await staff.post('/api/portal/publicity/from-source', { kind: 'call', id: call.id, startsOn: today });
    expect(made.statusCode, made.body).toBe(201);
    const item = made.json();
    // Five working days, the first being the start day when it is one.
    const calendar = await loadCalendar(t.db, today, addDays(today, 60));
    expect(item).toMatchObject({
      column: 'publicity',
      state: 'draft',
      startsOn: today,
      endsOn: workingDaysAfter(addDays(today, -1), 5, calendar),
    });
    expect(item.bodyHtml).toContain('设施葡萄栽培示范');
    expect(item.bodyHtml).toContain('<th scope="col">资助经费（万元）</th>');
    expect(
      (await staff.post('/api/portal/publicity/from-source', { kind: 'call', id: call.id })).json().error.code,
    ).toBe('PUBLICITY_EXISTS');

    await staff.post(`/api/portal/items/${item.id}/actions`, { action: 'submit', version: 1 });
    await leader.post(`/api/portal/items/${item.id}/actions`, { action: 'publish', version: 2 });
    const running = await page(`/publicity/${item.id}`);
    expect(running.body).toContain('公示中');
    expect(running.body).toContain('本公示共收到异议0件，已答复0件。');
    expect((await page('/')).body).toContain(item.title);

    const objected = await postForm(`/publicity/${item.id}/objections`, {
      body: '该单位不在本市。',
      name: '王先生',
      contact: '13900000000',
      ...(await solve(running.body)),
    });
    expect(objected.statusCode).toBe(201);
    expect(objected.body).toContain('异议已收到');
    expect((await page(`/publicity/${item.id}`)).body).toContain('本公示共收到异议1件，已答复0件。');
    const box = (await staff.get('/api/portal/messages?kind=objection')).json().items;
    expect(box[0]).toMatchObject({ kind: 'objection', itemId: item.id, name: '王先生', contact: '13900000000' });

    // It expires by itself: past its end, no more objections.
    await t.db
      .update(portalItems)
      .set({ startsOn: '2020-01-01', endsOn: '2020-01-07' })
      .where(eq(portalItems.id, item.id));
    const ended = await page(`/publicity/${item.id}`);
    expect(ended.body).toContain('公示已结束');
    expect(ended.body).not.toContain('name="challenge"');
    expect((await page('/')).body).not.toContain(item.title);
    const late = await postForm(`/publicity/${item.id}/objections`, {
      body: '迟到的异议',
      name: '李',
      contact: '1',
      challenge: 'x',
      captcha: '1',
    });
    expect(late.statusCode).toBe(409);
    // Its period over, the approvals it announced are open data.
    expect((await page('/api/open/projects?year=2009')).json().items.map((p: { title: string }) => p.title)).toContain(
      '设施葡萄栽培示范',
    );
  });
});

describe('the message box', () => {
  it('takes a message without login, checks the captcha, keeps what was typed, and gives a tracking code', async () => {
    const form = await page('/messages/new');
    expect(form.statusCode).toBe(200);
    const wrong = await postForm('/messages', {
      kind: 'consult',
      subject: '专利资助咨询',
      body: '何时可申请？',
      name: '张先生',
      contact: '13800000000',
      challenge: (await solve(form.body)).challenge,
      captcha: '999',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('验证题答案不正确');
    // Nothing typed is lost.
    expect(wrong.body).toContain('value="专利资助咨询"');
    expect(wrong.body).toContain('何时可申请？</textarea>');
    const empty = await postForm('/messages', {
      kind: 'consult',
      subject: '',
      body: '',
      name: '',
      contact: '',
      ...(await solve(wrong.body)),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('请填写标题');
    expect(empty.body).toContain('aria-invalid="true"');

    const answer = await solve(empty.body);
    const sent = await postForm('/messages', {
      kind: 'consult',
      subject: '专利资助咨询',
      body: '何时可申请？',
      name: '张先生',
      contact: '13800000000',
      mayPublish: '1',
      ...answer,
    });
    expect(sent.statusCode).toBe(201);
    const code = sent.body.match(/<strong>(\d{8}-[A-Z0-9]{10})<\/strong>/)![1]!;
    const status = await page(`/messages/${code}`);
    expect(status.body).toContain('已受理');
    expect(status.body).toContain('何时可申请？');
    // The writer's contact is never shown publicly.
    expect(status.body).not.toContain('13800000000');
    expect(status.body).not.toContain('张先生');
    // A question is answered once: the same captcha cannot be reused.
    const replay = await postForm('/messages', {
      kind: 'consult',
      subject: 'x',
      body: 'x',
      name: 'x',
      contact: 'x',
      ...answer,
    });
    expect(replay.statusCode).toBe(400);
    expect((await page('/messages/20990101-AAAAAAAAAA')).statusCode).toBe(404);
    expect((await page('/messages/lookup?code=nonsense')).statusCode).toBe(404);
    expect((await page(`/messages/lookup?code=${code.toLowerCase()}`)).headers.location).toBe(`/messages/${code}`);
  });

  it('is answered within the promised working days, published by choice, and counted in public statistics', async () => {
    const form = await page('/messages/new');
    const sent = await postForm(
      '/messages',
      {
        kind: 'complain',
        subject: '经费拨付慢',
        body: '第二笔经费未到。',
        name: '某公司',
        contact: 'a@example.cn',
        mayPublish: '1',
        ...(await solve(form.body)),
      },
      '203.0.113.20',
    );
    const code = sent.body.match(/<strong>(\d{8}-[A-Z0-9]{10})<\/strong>/)![1]!;
    const [row] = await t.db.select().from(portalMessages).where(eq(portalMessages.code, code));
    const calendar = await loadCalendar(t.db, today, addDays(today, 60));
    expect(row!.dueOn).toBe(workingDaysAfter(today, 10, calendar));

    const item = (await staff.get(`/api/portal/messages?q=${encodeURIComponent('经费拨付')}`)).json().items[0];
    const notYet = await staff.post(`/api/portal/messages/${item.id}/actions`, {
      action: 'publish',
      version: item.version,
      published: true,
    });
    expect(notYet.json().error.code).toBe('MESSAGE_NOT_ANSWERED');
    expect(
      (await staff.post(`/api/portal/messages/${item.id}/actions`, { action: 'assign', version: item.version })).json()
        .error.code,
    ).toBe('VALIDATION');
    const assigned = await staff.post(`/api/portal/messages/${item.id}/actions`, {
      action: 'assign',
      version: item.version,
      sectionCode: await ensureSection(t.db, 'planning'),
    });
    expect(assigned.json()).toMatchObject({ state: 'assigned', sectionCode: 'planning' });
    const answered = await reviewer.post(`/api/portal/messages/${item.id}/actions`, {
      action: 'answer',
      version: item.version + 1,
      reply: '经核实，第二笔经费已于本周拨付。',
    });
    expect(answered.json().state).toBe('answered');
    expect((await page(`/messages/${code}`)).body).toContain('经核实，第二笔经费已于本周拨付。');
    expect((await page('/messages/')).body).not.toContain('经费拨付慢');
    await staff.post(`/api/portal/messages/${item.id}/actions`, {
      action: 'publish',
      version: item.version + 2,
      published: true,
    });
    const index = (await page('/messages/')).body;
    expect(index).toContain('经费拨付慢');
    expect(index).not.toContain('a@example.cn');
    expect(index).toMatch(/按时答复率：\d+(\.\d)?%/);

    // A late answer counts against the rate.
    await t.db
      .update(portalMessages)
      .set({ dueOn: addDays(today, -1) })
      .where(eq(portalMessages.id, item.id));
    const stats = (await staff.get('/api/portal/messages/statistics')).json();
    const complaints = stats.byKind.find((k: { kind: string }) => k.kind === 'complain');
    expect(complaints).toMatchObject({ received: 1, answered: 1, onTime: 0 });
  });

  it('refuses publication when the writer did not agree', async () => {
    const form = await page('/messages/new');
    const sent = await postForm(
      '/messages',
      { kind: 'suggest', subject: '私密建议', body: '内容', name: '某人', contact: '1', ...(await solve(form.body)) },
      '203.0.113.21',
    );
    const code = sent.body.match(/<strong>(\d{8}-[A-Z0-9]{10})<\/strong>/)![1]!;
    const [row] = await t.db.select().from(portalMessages).where(eq(portalMessages.code, code));
    await staff.post(`/api/portal/messages/${row!.id}/actions`, { action: 'answer', version: 1, reply: '收到' });
    expect(
      (
        await staff.post(`/api/portal/messages/${row!.id}/actions`, { action: 'publish', version: 2, published: true })
      ).json().error.code,
    ).toBe('MESSAGE_PRIVATE');
  });

  it('limits how often one address may write', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await postForm(
            '/messages',
            { kind: 'consult', subject: 'x', body: 'x', name: 'x', contact: 'x', challenge: 'none', captcha: '0' },
            '198.51.100.7',
          )
        ).statusCode,
      );
    expect(statuses.slice(0, 5).every((s) => s === 400)).toBe(true);
    expect(statuses[5]).toBe(429);
  });
});

describe('search', () => {
  it('finds Chinese by a two-character word, ranks title matches first, highlights, and filters', async () => {
    const inBody = await published({
      column: 'news',
      title: '科技工作会议召开',
      bodyHtml: '<p>会议部署了孵化器建设和人才引进工作。</p>',
    });
    const inTitle = await published({
      column: 'notices',
      title: '关于孵化器认定的通知',
      bodyHtml: '<p>请各单位申报。</p>',
    });
    const result = await page(`/search?q=${encodeURIComponent('孵化')}`);
    expect(result.body).toContain('找到与“孵化”相关的结果2条');
    const order = [result.body.indexOf(`/notices/${inTitle}`), result.body.indexOf(`/news/${inBody}`)];
    expect(order[0]).toBeGreaterThan(0);
    expect(order[0]).toBeLessThan(order[1]!);
    expect(result.body).toContain('<mark>孵化</mark>');
    const filtered = await page(`/search?q=${encodeURIComponent('孵化')}&column=news`);
    expect(filtered.body).toContain(`/news/${inBody}`);
    expect(filtered.body).not.toContain(`/notices/${inTitle}`);
    const otherYear = await page(`/search?q=${encodeURIComponent('孵化')}&year=2001`);
    expect(otherYear.body).toContain('没有找到与“孵化”相关的内容');
    // A guide is found by what it asks for, not only by its text.
    const guide = await published({
      column: 'guide',
      title: '高新技术企业认定',
      guide: {
        conditions: '注册满一年',
        materials: ['营业执照副本'],
        steps: ['网上申报'],
        timeLimit: '20个工作日',
        contact: '高新技术科',
      },
    });
    expect((await page(`/search?q=${encodeURIComponent('营业执照')}`)).body).toContain(`/guide/${guide}`);
    // Marks never cut through an escaped character.
    expect(highlighted("It's 3 < 4", ['3']).value).toBe('It&#39;s <mark>3</mark> &#60; 4');
    // Every word must occur; a word that is nowhere finds nothing.
    expect((await page(`/search?q=${encodeURIComponent('孵化 潜艇')}`)).body).toContain('没有找到');
  });
});

describe('feeds, sitemap, open data', () => {
  it('gives an Atom feed per column and a sitemap of what is published', async () => {
    const id = await published({
      column: 'achievements',
      title: '葡萄设施栽培关键技术 & 示范',
      summary: '亩均增收<3000元>',
      bodyHtml: '<p>成果</p>',
    });
    const feed = await page('/feeds/achievements.xml');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(feed.body).toContain('<title>葡萄设施栽培关键技术 &#38; 示范</title>');
    expect(feed.body).toContain('<summary>亩均增收&#60;3000元&#62;</summary>');
    expect(feed.body).toContain(`/achievements/${id}"/>`);
    expect((await page('/feeds/nonsense.xml')).statusCode).toBe(404);
    const draft = (
      await staff.post('/api/portal/items', {
        column: 'news',
        title: '未发布稿件',
        bodyHtml: '<p>x</p>',
        attachments: [],
      })
    ).json();
    const map = (await page('/sitemap.xml')).body;
    expect(map).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(map).toContain(`/achievements/${id}</loc>`);
    expect(map).not.toContain(`/news/${draft.id}</loc>`);
  });

  it('names each page properly: title, description, canonical', async () => {
    const id = await published({ column: 'news', title: '规范页面标题', summary: '页面摘要', bodyHtml: '<p>x</p>' });
    const body = (await page(`/news/${id}?utm=x`, { host: 'kjj.example.cn' })).body;
    expect(body).toContain('<title>规范页面标题 - 江川市科学技术局</title>');
    expect(body).toContain('<meta name="description" content="页面摘要">');
    expect(body).toContain(`<link rel="canonical" href="http://kjj.example.cn/news/${id}">`);
    expect(body).toContain('<html lang="zh-CN">');
    const english = (await page(`/news/${id}?lang=en`)).body;
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Skip to main content');
  });

  it('remembers large text, high contrast and language without script', async () => {
    const set = await page('/view?set=large&back=%2Fnews%2F');
    expect(set.statusCode).toBe(303);
    expect(set.headers.location).toBe('/news/');
    const cookie = String(set.headers['set-cookie']).split(';')[0]!;
    expect((await page('/news/', { cookie })).body).toContain('<html lang="zh-CN" class="large">');
    const both = await page('/view?set=contrast&back=%2F', { cookie });
    const cookie2 = String(both.headers['set-cookie']).split(';')[0]!;
    expect((await page('/', { cookie: cookie2 })).body).toContain('class="large contrast"');
    // Never back to another site, however the address is dressed up.
    for (const back of [
      '//evil.example',
      '/\t/evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/\n/evil.example',
      '/%0a/x',
    ]) {
      expect((await page(`/view?set=en&back=${encodeURIComponent(back)}`)).headers.location, back).toMatch(
        /^\/(?![/\\])/,
      );
    }
    expect(sameSitePath('/\t/evil.example')).toBe('/');
    expect(sameSitePath('/news/?page=2')).toBe('/news/?page=2');
    // A path in Chinese comes back percent-encoded, never as a server error.
    expect((await page(`/view?set=en&back=${encodeURIComponent('/search?q=专利')}`)).statusCode).toBe(303);
  });

  it('offers approved projects and key figures as CSV and JSON under a stated licence', async () => {
    const org = await makeOrg(t.db, { name: '开放数据测试公司' });
    const call = await makeCall(t.db, { year: 2007 });
    const project = await makeProject(t.db, {
      callId: call.id,
      orgId: org.id,
      state: 'approved',
      title: '=HYPERLINK("x")',
      approvedFen: 12_345_600,
    });
    // Decided but not yet announced: not public.
    expect((await page('/api/open/projects?year=2007')).json().items).toEqual([]);
    // With its approval document number it is.
    await t.db.update(projects).set({ docNo: '江科发〔2007〕9号' }).where(eq(projects.id, project.id));
    const csv = await page('/open-data/projects-2007.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF年度,申报通知,计划类别')).toBe(true);
    // A formula in a title stays text in a spreadsheet.
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.body).toContain('123456');
    const json = (await page('/open-data/projects-2007.json')).json();
    expect(json.licence.name).toBe('CC BY 4.0');
    expect(json.items[0]).toMatchObject({ org: '开放数据测试公司', fundingYuan: '123456.00' });
    const api = (await page('/api/open/projects?year=2007')).json();
    expect(api.items).toHaveLength(1);
    // The open API answers in JSON, bad input included.
    const bad = await page('/api/open/projects?year=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION');
    const figures = (await page('/api/open/figures?year=2007')).json();
    expect(figures.items.find((f: { key: string }) => f.key === 'projects.approved').value).toBe(1);
    expect((await page('/open-data/')).body).toContain('CC BY 4.0');
  });
});

describe('what the public cannot reach', () => {
  it('keeps drafts, previews and their files to staff', async () => {
    const draft = (
      await staff.post('/api/portal/items', {
        column: 'news',
        title: '草稿预览',
        bodyHtml: '<p>未公开内容</p>',
        attachments: [],
      })
    ).json();
    expect((await page(`/news/${draft.id}`)).statusCode).toBe(404);
    expect((await page(`/preview/items/${draft.id}`)).statusCode).toBe(401);
    const preview = await staff.get(`/preview/items/${draft.id}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('未公开内容');
    expect(preview.body).toContain('noindex');
    const boundary = 'b0undary';
    const pdf = Buffer.from('%PDF-1.4 portal attachment');
    const upload = await staff.request({
      method: 'POST',
      url: '/api/portal/files',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="申报指南.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        pdf,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const file = upload.json();
    const withFile = await published({
      column: 'notices',
      title: '带附件的通知',
      bodyHtml: '<p>见附件</p>',
      attachments: [file.id],
    });
    const shown = (await page(`/notices/${withFile}`)).body;
    expect(shown).toContain('申报指南.pdf');
    expect((await page(file.url)).statusCode).toBe(200);
    const unpublished = await staff.request({
      method: 'POST',
      url: '/api/portal/files',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="内部.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        Buffer.from('%PDF-1.4 internal'),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect((await page(unpublished.json().url)).statusCode).toBe(404);
    expect((await staff.get(unpublished.json().url)).statusCode).toBe(200);
    expect((await page('/nowhere/at/all')).body).toContain('页面不存在');
  });
});

describe('cross-site scripting in every public field', () => {
  it('shows hostile text as text on every page it reaches', async () => {
    const publicity = await published({
      column: 'publicity',
      title: `公示${payload}`,
      summary: payload,
      bodyHtml: `<p>${payload}</p>`,
      source: payload,
      docNo: payload,
      startsOn: today,
      endsOn: addDays(today, 6),
      objectionContact: payload,
    });
    const policy = await published({
      column: 'policies',
      title: `政策${payload}`,
      bodyHtml: '<p>x</p>',
      validity: 'in_force',
      docNo: payload,
      source: payload,
    });
    const guide = await published({
      column: 'guide',
      title: `指南${payload}`,
      guide: {
        conditions: payload,
        materials: [payload],
        steps: [payload],
        timeLimit: payload,
        fee: payload,
        contact: payload,
      },
    });
    const form = await page('/messages/new');
    const sent = await postForm(
      '/messages',
      {
        kind: 'consult',
        subject: `留言${payload}`,
        body: payload,
        name: payload.slice(0, 50),
        contact: payload,
        mayPublish: '1',
        ...(await solve(form.body)),
      },
      '203.0.113.50',
    );
    const code = sent.body.match(/<strong>(\d{8}-[A-Z0-9]{10})<\/strong>/)![1]!;
    const [message] = await t.db.select().from(portalMessages).where(eq(portalMessages.code, code));
    await staff.post(`/api/portal/messages/${message!.id}/actions`, { action: 'answer', version: 1, reply: payload });
    await staff.post(`/api/portal/messages/${message!.id}/actions`, { action: 'publish', version: 2, published: true });
    const invalid = await postForm(
      '/messages',
      {
        kind: payload,
        subject: payload,
        body: '',
        name: payload,
        contact: payload,
        challenge: payload,
        captcha: payload,
      },
      '203.0.113.51',
    );

    const pages = [
      '/',
      '/publicity/',
      `/publicity/${publicity}`,
      `/policies/${policy}`,
      '/policies/',
      `/guide/${guide}`,
      `/search?q=${encodeURIComponent(payload.slice(0, 40))}`,
      `/search?q=${encodeURIComponent('公示')}`,
      `/messages/${code}`,
      '/messages/',
      `/messages/lookup?code=${encodeURIComponent(payload)}`,
      `/view?set=en&back=${encodeURIComponent(`/"><script>alert('x')</script>`)}`,
      `/nowhere/${encodeURIComponent(payload)}`,
      '/feeds/publicity.xml',
      '/sitemap.xml',
    ];
    for (const url of pages) expectInert((await page(url)).body);
    expectInert(invalid.body);
    expect((await page(`/publicity/${publicity}`)).body).toContain(
      '&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;',
    );
  });
});
