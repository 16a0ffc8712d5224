import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { answerCheckQuestion, postForm as sitePost } from '../../testing/site-forms.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';

let t: TestApp;
let staff: Client;
let reviewer: Client;
const today = clock.today();
let consultation: number;

beforeAll(async () => {
  t = await testApp();
  const [a, b] = await Promise.all([makeUser(t.db, 'staff'), makeUser(t.db, 'staff')]);
  [staff, reviewer] = await Promise.all([login(t.app, a.username, a.password), login(t.app, b.username, b.password)]);
  const created = await staff.post('/api/portal/items', {
    column: 'consultations',
    title: '《江川市科技创新券管理办法（征求意见稿）》公开征求意见',
    bodyHtml: '<p>第一条　为降低中小企业研发成本，设立科技创新券。</p>',
    startsOn: today,
    endsOn: addDays(today, 14),
    attachments: [],
  });
  expect(created.statusCode, created.body).toBe(201);
  consultation = created.json().id;
  expect(
    (await staff.post(`/api/portal/items/${consultation}/actions`, { action: 'submit', version: 1 })).statusCode,
  ).toBe(200);
  expect(
    (await reviewer.post(`/api/portal/items/${consultation}/actions`, { action: 'publish', version: 2 })).statusCode,
  ).toBe(200);
});
afterAll(() => t.close());
afterEach(() => clock.pinToday(today));

const page = (url: string) => t.app.inject({ method: 'GET', url });
const postForm = (url: string, fields: Record<string, string>, ip: string) => sitePost(t.app, url, fields, ip);

async function comment(body: string, ip: string) {
  const form = await page(`/consultations/${consultation}`);
  return postForm(
    `/consultations/${consultation}/comments`,
    { body, name: '赵工', contact: '13900002222', ...answerCheckQuestion(form.body) },
    ip,
  );
}

describe('意见征集', () => {
  it('takes comments from a plain form while the period runs, and never shows who wrote them', async () => {
    const shown = await page(`/consultations/${consultation}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).not.toContain('<script');
    expect(shown.body).toContain('正在征集');
    for (const [i, text] of [
      '建议创新券面额分档设置。',
      '建议允许科研院所作为服务机构。',
      '建议兑付周期缩短到30天。',
    ].entries()) {
      const sent = await comment(text, `198.51.100.${i + 10}`);
      expect(sent.statusCode, sent.body.slice(0, 200)).toBe(201);
      expect(sent.body).toContain('您的意见已收到');
    }
    const after = await page(`/consultations/${consultation}`);
    expect(after.body).toContain('已收到意见3条');
    expect(after.body).not.toContain('赵工');
    const empty = await postForm(
      `/consultations/${consultation}/comments`,
      { body: '', name: '', contact: '', challenge: 'x', captcha: '1' },
      '198.51.100.50',
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('请填写意见');
    expect((await page('/consultations/')).body).toContain(`href="/consultations/${consultation}"`);
  });

  it('publishes how the comments were taken up only after the period, once each is weighed, with the counts', async () => {
    const detail = (await staff.get(`/api/consultations/${consultation}`)).json();
    expect(detail.comments).toHaveLength(3);
    expect(detail.comments[0].contact).toBe('13900002222');
    const saved = await staff.put(`/api/consultations/${consultation}/result`, {
      body: '共收到意见3条。关于面额分档的建议已采纳，修改了第五条。',
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (await staff.post(`/api/consultations/${consultation}/result/publish`, { version: 1 })).json().error.code,
    ).toBe('CONSULTATION_RUNNING');

    clock.pinToday(addDays(today, 15));
    expect(
      (await staff.post(`/api/consultations/${consultation}/result/publish`, { version: 1 })).json().error.code,
    ).toBe('CONSULTATION_UNDECIDED');
    const [first, second, third] = detail.comments as { id: number; version: number }[];
    expect(
      (
        await staff.post(`/api/consultations/comments/${first!.id}`, {
          adoption: 'not_adopted',
          version: first!.version,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await staff.post(`/api/consultations/comments/${first!.id}`, { adoption: 'adopted', version: first!.version }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await staff.post(`/api/consultations/comments/${second!.id}`, {
          adoption: 'partly',
          reason: '服务机构范围另行规定',
          version: second!.version,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await staff.post(`/api/consultations/comments/${third!.id}`, {
          adoption: 'not_adopted',
          reason: '财政兑付程序需要45天',
          version: third!.version,
        })
      ).statusCode,
    ).toBe(200);
    const closedForm = await postForm(
      `/consultations/${consultation}/comments`,
      { body: '迟到的意见', name: '钱', contact: '1', challenge: 'x', captcha: '1' },
      '198.51.100.60',
    );
    expect(closedForm.statusCode).toBe(409);
    expect((await page(`/consultations/${consultation}`)).body).toContain('意见采纳情况正在整理');

    const published = await staff.post(`/api/consultations/${consultation}/result/publish`, { version: 1 });
    expect(published.statusCode, published.body).toBe(200);
    const shown = await page(`/consultations/${consultation}`);
    expect(shown.body).toContain('共收到意见3条，采纳1条，部分采纳1条，未采纳1条。');
    expect(shown.body).toContain('关于面额分档的建议已采纳');
    expect(
      (await staff.put(`/api/consultations/${consultation}/result`, { body: '改', version: 2 })).json().error.code,
    ).toBe('CONSULTATION_RESULT_PUBLISHED');
    const list = (await staff.get('/api/consultations')).json().items;
    expect(list.find((c: { id: number }) => c.id === consultation)).toMatchObject({
      received: 3,
      adopted: 1,
      partly: 1,
      notAdopted: 1,
    });
  });
});
