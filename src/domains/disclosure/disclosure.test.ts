import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disclosureOutcomes, workCalendar } from '../../db/tables/index.js';
import { makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { answerCheckQuestion, postForm as sitePost } from '../../testing/site-forms.js';
import * as clock from '../../shared/clock.js';
import type { WorkCalendar } from '../calendar/calendar.js';
import { correctionDeadline, dueDay, workingDaysBetween, workingDaysLeft } from './clock.js';

let t: TestApp;
let staff: Client;
const pinned = clock.today();

beforeAll(async () => {
  t = await testApp();
  const user = await makeUser(t.db, 'staff');
  staff = await login(t.app, user.username, user.password);
});
afterAll(() => t.close());
afterEach(() => clock.pinToday(pinned));

// 国庆 2026 as a bureau might enter it: 1–7 October off, Saturday 10 October worked.
const national: WorkCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-10-10']),
};

describe('the statutory working-day clock', () => {
  it('counts 20 working days from the day after receipt, across a holiday and its make-up Saturday', () => {
    // Received Friday 25 September: 28, 29, 30 Sep; 8, 9, 10 (Sat, worked), 12–16, 19–23, 26–29 Oct.
    expect(dueDay({ clockFrom: '2026-09-25', extendedDays: 0, pausedDays: 0 }, national)).toBe('2026-10-29');
  });

  it('adds an extension of up to 20 working days, and the days a third party was consulted', () => {
    expect(dueDay({ clockFrom: '2026-09-25', extendedDays: 20, pausedDays: 0 }, national)).toBe('2026-11-26');
    // Consulted from Monday 12 to Friday 16 October: 13, 14, 15, 16 do not count.
    const paused = workingDaysBetween('2026-10-12', '2026-10-16', national);
    expect(paused).toBe(4);
    expect(dueDay({ clockFrom: '2026-09-25', extendedDays: 0, pausedDays: paused }, national)).toBe('2026-11-04');
  });

  it('starts again from the day a correction arrives, and allows asking for one within 7 working days', () => {
    expect(correctionDeadline('2026-09-25', national)).toBe('2026-10-12');
    expect(dueDay({ clockFrom: '2026-10-09', extendedDays: 0, pausedDays: 0 }, national)).toBe('2026-11-05');
  });

  it('says how many working days are left, none on the day itself, and how many past', () => {
    expect(workingDaysLeft('2026-09-30', '2026-10-09', national)).toBe(2);
    expect(workingDaysLeft('2026-10-29', '2026-10-29', national)).toBe(0);
    expect(workingDaysLeft('2026-11-02', '2026-10-29', national)).toBe(-2);
  });
});

const person = {
  applicantKind: 'person',
  name: '王晓明',
  idType: 'id_card',
  idNumber: '11010519491231002X',
  phone: '13900001111',
  address: '江川市人民路8号',
  description: '2025年度江川市农业科技计划项目立项名单及各项目资助金额',
  purpose: '了解本镇企业获资助情况',
  form: 'electronic',
  delivery: 'online',
};
const company = {
  ...person,
  applicantKind: 'company',
  name: '江川市绿源茶业有限公司',
  idNumber: '91321181MA1NCX2K0B',
  contactName: '李会计',
  legalRepresentative: '张总',
};

const postForm = (url: string, fields: Record<string, string>) =>
  sitePost(t.app, url, fields, `203.0.113.${Math.floor(Math.random() * 200) + 1}`);
const page = (url: string) => t.app.inject({ method: 'GET', url });

async function docxText(bytes: Buffer): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

async function register(o: { receivedOn?: string; request?: Record<string, unknown> } = {}) {
  const created = await staff.post('/api/disclosure/requests', {
    channel: 'letter',
    receivedOn: o.receivedOn ?? clock.today(),
    ...(o.request ?? person),
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: number; code: string; version: number; dueOn: string; state: string };
}

async function act(id: number, body: Record<string, unknown>) {
  const current = (await staff.get(`/api/disclosure/requests/${id}`)).json();
  return staff.post(`/api/disclosure/requests/${id}/actions`, { version: current.version, ...body });
}

describe('a request from the public site, without script', () => {
  it('is taken from the plain form, with a tracking code and the statutory day', async () => {
    const form = await page('/disclosure/apply');
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('<script');
    const sent = await postForm('/disclosure/apply', { ...person, ...answerCheckQuestion(form.body) });
    expect(sent.statusCode, sent.body.slice(0, 300)).toBe(201);
    const code = sent.body.match(/<strong>(\d{8}-[A-Z0-9]{10})<\/strong>/)![1]!;
    // Received Monday 7 December 2026: 20 working days later is Monday 4 January 2027 (1 January a holiday).
    await t.db
      .insert(workCalendar)
      .values({ day: '2027-01-01', kind: 'holiday', name: '元旦', source: 'staff' })
      .onConflictDoNothing();
    const status = await page(`/disclosure/${code}`);
    expect(status.statusCode).toBe(200);
    expect(status.body).toContain('办理中');
    expect(status.body).toContain('2025年度江川市农业科技计划项目立项名单');
    expect(status.body).not.toContain('王晓明');
    expect(status.body).not.toContain('11010519491231002X');
    expect((await page(`/disclosure/lookup?code=${code.toLowerCase()}`)).headers.location).toBe(`/disclosure/${code}`);
  });

  it('comes back with every typed value and each problem named when something is wrong', async () => {
    const form = await page('/disclosure/apply');
    const sent = await postForm('/disclosure/apply', {
      ...company,
      idNumber: '91321181MA1NCX2K00',
      phone: '',
      ...answerCheckQuestion(form.body),
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.body).toContain('请填写正确的证件号码；法人或其他组织请填写18位统一社会信用代码');
    expect(sent.body).toContain('请填写联系电话');
    expect(sent.body).toContain('value="江川市绿源茶业有限公司"');
    expect(sent.body).toContain('2025年度江川市农业科技计划项目立项名单及各项目资助金额</textarea>');
    const wrong = await postForm('/disclosure/apply', { ...person, challenge: 'x', captcha: '1' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('验证题答案不正确或已过期');
  });

  it('says plainly when a code is unknown, and never answers 5xx to nonsense', async () => {
    for (const url of [
      '/disclosure/20261207-ZZZZZZZZZZ',
      '/disclosure/abc',
      '/disclosure/lookup?code=nonsense',
      '/disclosure/20261207-ZZZZZZZZZZ/letters/reply.docx',
    ]) {
      const response = await page(url);
      expect(response.statusCode, url).toBe(404);
    }
    const odd = await postForm('/disclosure/apply', { applicantKind: 'robot', form: 'x'.repeat(10_000) });
    expect(odd.statusCode).toBe(400);
  });
});

describe('handling a request on the statutory clock', () => {
  it('asks for a correction once, within 7 working days; the applicant corrects it online and the clock starts again', async () => {
    const received = await register();
    const late = await register({ receivedOn: '2026-11-20' });
    const refused = await act(late.id, {
      action: 'ask_correction',
      note: '请写明文件名称',
      correctionDueOn: '2026-12-21',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('DISCLOSURE_CORRECTION_LATE');

    const asked = await act(received.id, {
      action: 'ask_correction',
      note: '请写明所需立项名单的计划类别和年度。',
      correctionDueOn: '2026-12-21',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ state: 'correction', dueOn: null });
    expect(
      (await act(received.id, { action: 'ask_correction', note: '再补', correctionDueOn: '2026-12-22' })).json().error
        .code,
    ).toBe('DISCLOSURE_STATE');

    const status = await page(`/disclosure/${received.code}`);
    expect(status.body).toContain('请写明所需立项名单的计划类别和年度。');
    expect(status.body).toContain('2026年12月21日前补正');
    const letter = await page(`/disclosure/${received.code}/letters/correction.docx`);
    expect(letter.statusCode).toBe(200);
    expect(await docxText(letter.rawPayload)).toContain('第三十条');

    clock.pinToday('2026-12-10');
    const corrected = await postForm(`/disclosure/${received.code}/correction`, {
      description: '2025年度江川市农业科技计划（农业类）立项名单及资助金额',
      ...answerCheckQuestion(status.body),
    });
    expect(corrected.statusCode, corrected.body.slice(0, 200)).toBe(303);
    const after = (await staff.get(`/api/disclosure/requests/${received.id}`)).json();
    // From Thursday 10 December: 20 working days, 1 January a holiday, ends Friday 8 January 2027.
    expect(after).toMatchObject({
      state: 'received',
      clockFrom: '2026-12-10',
      dueOn: '2027-01-08',
      description: '2025年度江川市农业科技计划（农业类）立项名单及资助金额',
    });
    expect(after.events.map((e: { action: string }) => e.action)).toEqual(['receive', 'ask_correction', 'correct']);
  });

  it('pauses while a third party is consulted, extends once by at most 20 working days, and not after the day has passed', async () => {
    const received = await register({ receivedOn: '2026-12-01' });
    expect(received.dueOn).toBe('2026-12-29');
    clock.pinToday('2026-12-02');
    expect(
      (await act(received.id, { action: 'consult', note: '征求绿源茶业对公开其资助金额的意见' })).json(),
    ).toMatchObject({ state: 'consulting', dueOn: null });
    clock.pinToday('2026-12-09');
    // 3, 4, 7, 8, 9 December: five working days do not count.
    expect((await act(received.id, { action: 'consulted', note: '第三方同意公开' })).json()).toMatchObject({
      state: 'received',
      pausedDays: 5,
      dueOn: '2027-01-06',
    });
    expect((await act(received.id, { action: 'extend', days: 21, reason: '需要调阅档案' })).statusCode).toBe(400);
    const extended = await act(received.id, { action: 'extend', days: 10, reason: '需要调阅多年档案逐项核对' });
    expect(extended.json()).toMatchObject({ extendedDays: 10, dueOn: '2027-01-20' });
    expect((await act(received.id, { action: 'extend', days: 5, reason: '再延' })).json().error.code).toBe(
      'DISCLOSURE_ALREADY_EXTENDED',
    );
    const letter = await docxText(
      (await staff.get(`/api/disclosure/requests/${received.id}/letters/extension`)).rawPayload,
    );
    expect(letter).toContain('答复期限延长10个工作日');
    expect(letter).toContain('2027年1月20日前作出答复');

    const overdue = await register({ receivedOn: '2026-10-09' });
    clock.pinToday('2026-12-07');
    expect((await act(overdue.id, { action: 'extend', days: 20, reason: '迟了' })).json().error.code).toBe(
      'DISCLOSURE_EXTENSION_LATE',
    );
  });

  it('answers with every outcome the law knows, each ground, and a reply letter that cites it', async () => {
    const cases: { outcome: string; reason: string | null }[] = Object.entries(disclosureOutcomes).flatMap(
      ([outcome, reasons]) =>
        reasons.length
          ? (reasons as readonly string[]).map((reason): { outcome: string; reason: string | null } => ({
              outcome,
              reason,
            }))
          : [{ outcome, reason: null }],
    );
    expect(cases).toHaveLength(2 + 8 + 3 + 5 + 3);
    for (const c of cases) {
      const received = await register({ request: company });
      if (c.reason === 'no_correction') {
        await act(received.id, { action: 'ask_correction', note: '请写明文件名称', correctionDueOn: '2026-12-14' });
        const early = await act(received.id, {
          action: 'answer',
          outcome: 'other',
          reason: 'no_correction',
          replyText: '逾期未补正。',
        });
        expect(early.json().error.code).toBe('DISCLOSURE_CORRECTION_PENDING');
        clock.pinToday('2026-12-15');
      }
      const answered = await act(received.id, {
        action: 'answer',
        outcome: c.outcome,
        reason: c.reason,
        replyText: `经检索，现就${c.outcome}作出说明。`,
      });
      expect(answered.statusCode, `${c.outcome}/${c.reason}: ${answered.body}`).toBe(200);
      expect(answered.json()).toMatchObject({ state: 'answered', outcome: c.outcome, outcomeReason: c.reason });
      clock.pinToday(pinned);
      const letter = await page(`/disclosure/${received.code}/letters/reply.docx`);
      expect(letter.statusCode).toBe(200);
      expect(letter.headers['content-type']).toContain('wordprocessingml');
      const text = await docxText(letter.rawPayload);
      expect(text).toContain('政府信息公开申请答复告知书');
      expect(text).toContain('江川市绿源茶业有限公司：');
      expect(text).toContain('你单位');
      expect(text).toContain('《中华人民共和国政府信息公开条例》');
      expect(text).toContain('行政复议');
      expect(text).toContain('江川市科学技术局');
    }
  });

  it('refuses an outcome without its ground, a ground for an outcome that has none, and a second answer', async () => {
    const received = await register();
    expect(
      (await act(received.id, { action: 'answer', outcome: 'withhold', replyText: '不予公开。' })).statusCode,
    ).toBe(400);
    expect(
      (await act(received.id, { action: 'answer', outcome: 'disclose', reason: 'state_secret', replyText: '公开。' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await act(received.id, { action: 'answer', outcome: 'other', reason: 'no_correction', replyText: '。' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await act(received.id, { action: 'answer', outcome: 'disclose', replyText: '已在本局网站公开，网址见附件。' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await act(received.id, { action: 'answer', outcome: 'disclose', replyText: '再答' })).json().error.code,
    ).toBe('DISCLOSURE_STATE');
    const text = await docxText((await staff.get(`/api/disclosure/requests/${received.id}/letters/reply`)).rawPayload);
    expect(text).toContain('作出“予以公开”的答复');
    expect(text).toContain('提供形式：电子文档；获取方式：网上获取');
    expect(text).toContain('您');
    const history = (await staff.get(`/api/disclosure/requests/${received.id}`)).json().events;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['receive', 'answer']);
    const audit = await t.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'disclosure_request' AND entity_id = $1`,
      [String(received.id)],
    );
    expect(audit.rows[0].n).toBe(2);
  });

  it('lists open requests first, soonest due first, and tells staff what is overdue on their to-do list', async () => {
    const overdue = await register({ receivedOn: '2026-10-09' });
    const list = (await staff.get('/api/disclosure/requests?state=overdue')).json();
    expect(list.items.map((r: { id: number }) => r.id)).toContain(overdue.id);
    expect(list.items.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
    const todos = (await staff.get('/api/todos')).json().items;
    expect(todos.find((x: { kind: string }) => x.kind === 'disclosure_overdue')?.count).toBeGreaterThanOrEqual(1);
  });
  it('marks an overdue request as overdue when it is opened, not only in the list', async () => {
    const late = await register({ receivedOn: '2026-10-09' });
    const onTime = await register({ receivedOn: '2026-12-04' });
    expect((await staff.get(`/api/disclosure/requests/${late.id}`)).json().overdue).toBe(true);
    expect((await staff.get(`/api/disclosure/requests/${onTime.id}`)).json().overdue).toBe(false);
  });
});
