import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { indexNumber } from './catalogue.js';

let t: TestApp;
let staff: Client;
let reviewer: Client;
const year = 2026;
const unit = '11321181014123456X';

beforeAll(async () => {
  t = await testApp();
  const [a, b] = await Promise.all([makeUser(t.db, 'staff'), makeUser(t.db, 'staff')]);
  [staff, reviewer] = await Promise.all([login(t.app, a.username, a.password), login(t.app, b.username, b.password)]);
});
afterAll(() => t.close());

const page = (url: string) => t.app.inject({ method: 'GET', url });

async function submitted(input: Record<string, unknown>): Promise<number> {
  const created = await staff.post('/api/portal/items', { attachments: [], bodyHtml: '<p>正文内容。</p>', ...input });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json();
  expect((await staff.post(`/api/portal/items/${id}/actions`, { action: 'submit', version: 1 })).statusCode).toBe(200);
  return id;
}
const publish = (id: number) => reviewer.post(`/api/portal/items/${id}/actions`, { action: 'publish', version: 2 });

async function setUnit(code: string, rule = '') {
  const { version, ...profile } = (await staff.get('/api/website/profile')).json();
  const saved = await staff.put('/api/website/profile', { ...profile, indexUnitCode: code, indexRule: rule, version });
  expect(saved.statusCode, saved.body).toBe(200);
}

describe('index numbers (索引号)', () => {
  it('writes unit, category, year and a padded serial by the rule', () => {
    expect(indexNumber('{unit}-{category}-{year}-{seq:4}', { unit, category: '03', year, serial: 7 })).toBe(
      `${unit}-03-2026-0007`,
    );
    expect(
      indexNumber('{unit}/{year}-{category}{seq:5}', { unit: '014123456', category: '01', year, serial: 12 }),
    ).toBe('014123456/2026-0100012');
  });

  it('invents none before the bureau sets its unit code, then numbers what was published, oldest first', async () => {
    const first = await submitted({
      column: 'policies',
      title: '江川市科技计划项目管理办法',
      validity: 'in_force',
      docNo: '江科规〔2026〕1号',
      topic: 'science',
    });
    const second = await submitted({
      column: 'open-gov',
      openGovCategory: 'functions',
      title: '江川市科学技术局主要职责',
    });
    expect((await publish(first)).json().indexNo).toBeNull();
    expect((await publish(second)).json().indexNo).toBeNull();
    await setUnit(unit);
    const numbered = await t.pool.query('SELECT id, index_no FROM portal_items WHERE id = ANY($1) ORDER BY id', [
      [first, second],
    ]);
    expect(numbered.rows.map((r) => r.index_no)).toEqual([`${unit}-03-${year}-0001`, `${unit}-01-${year}-0001`]);
    const rule = await staff.put('/api/website/profile', {
      ...((await staff.get('/api/website/profile')).json() as object),
      indexRule: '{unit}-{year}',
    });
    expect(rule.statusCode).toBe(400);
  });

  it('stays unique when many items of one category are published at the same moment', async () => {
    const ids = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        submitted({ column: 'notices', title: `关于第${i + 1}批科技计划项目的通知`, topic: 'science' }),
      ),
    );
    const results = await Promise.all(ids.map(publish));
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const numbers = results.map((r) => r.json().indexNo as string);
    expect(new Set(numbers).size).toBe(16);
    expect(numbers.map((n) => Number(n.slice(-4))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(numbers.every((n) => n.startsWith(`${unit}-09-${year}-`))).toBe(true);
  });

  it('keeps a number through withdrawal and republication, and gives none to columns outside the catalogue', async () => {
    const notice = await submitted({ column: 'notices', title: '关于开展科技活动周的通知' });
    const number = (await publish(notice)).json().indexNo;
    expect(
      (await reviewer.post(`/api/portal/items/${notice}/actions`, { action: 'withdraw', version: 3, note: '日期有误' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await staff.post(`/api/portal/items/${notice}/actions`, { action: 'redraft', version: 4 })).statusCode,
    ).toBe(200);
    expect((await staff.post(`/api/portal/items/${notice}/actions`, { action: 'submit', version: 5 })).statusCode).toBe(
      200,
    );
    expect(
      (await reviewer.post(`/api/portal/items/${notice}/actions`, { action: 'publish', version: 6 })).json().indexNo,
    ).toBe(number);
    const news = await submitted({ column: 'news', title: '科技新闻' });
    expect((await publish(news)).json().indexNo).toBeNull();
  });
});

describe('the open-government catalogue on the site', () => {
  it('lists items with their metadata, by category, year and words (a two-character word, a document number)', async () => {
    const all = await page('/open-gov/catalogue');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain(`${unit}-03-${year}-0001`);
    expect(all.body).toContain('江科规〔2026〕1号');
    const policies = await page('/open-gov/catalogue?category=policies');
    expect(policies.body).toContain('江川市科技计划项目管理办法');
    expect(policies.body).not.toContain('江川市科学技术局主要职责');
    expect((await page(`/open-gov/catalogue?q=${encodeURIComponent('职责')}`)).body).toContain(
      '江川市科学技术局主要职责',
    );
    expect((await page(`/open-gov/catalogue?q=${encodeURIComponent('江科规〔2026〕1号')}`)).body).toContain('共1条');
    expect((await page('/open-gov/catalogue?category=nonsense')).statusCode).toBe(404);
  });

  it('prints the 信息索引 table on a catalogue item and links a policy with its 解读 both ways', async () => {
    const [policy] = (await t.pool.query(`SELECT id FROM portal_items WHERE title = '江川市科技计划项目管理办法'`))
      .rows;
    const wrong = await staff.post('/api/portal/items', {
      column: 'open-gov',
      openGovCategory: 'interpretation',
      interprets: 999_999,
      title: '解读',
      bodyHtml: '<p>解读。</p>',
      attachments: [],
    });
    expect(wrong.statusCode).toBe(400);
    const interpretation = await submitted({
      column: 'open-gov',
      openGovCategory: 'interpretation',
      interprets: policy.id,
      title: '《江川市科技计划项目管理办法》政策解读',
    });
    expect((await publish(interpretation)).statusCode).toBe(200);
    const policyPage = await page(`/policies/${policy.id}`);
    expect(policyPage.body).toContain('<caption>信息索引</caption>');
    expect(policyPage.body).toContain(`${unit}-03-${year}-0001`);
    expect(policyPage.body).toContain('科技创新');
    expect(policyPage.body).toContain(`href="/open-gov/${interpretation}"`);
    const explained = await page(`/open-gov/${interpretation}`);
    expect(explained.body).toContain(`href="/policies/${policy.id}"`);
    expect(explained.body).toContain(`${unit}-04-${year}-0001`);
  });

  it('opens 政府信息公开 on its guide, request channel, catalogue by part, and annual reports', async () => {
    const guide = await submitted({
      column: 'open-gov',
      openGovCategory: 'disclosure_guide',
      title: '江川市科学技术局政府信息公开指南',
    });
    await publish(guide);
    const landing = await page('/open-gov/');
    expect(landing.statusCode).toBe(200);
    expect(landing.body).toContain(`href="/open-gov/${guide}"`);
    expect(landing.body).toContain('href="/disclosure/apply"');
    expect(landing.body).toContain('href="/open-gov/catalogue?category=leaders"');
    expect(landing.body).toMatch(/政策文件<\/a> <span class="meta">1条<\/span>/);
  });
});
