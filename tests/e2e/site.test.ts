import { and, eq } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls, disclosureRequests, portalItems, portalMessages } from '../../src/db/tables/index.js';
import { seedDemo } from '../../src/domains/demo/seed.js';
import { login } from '../../src/testing/harness.js';
import {
  accessibilityViolations as violations,
  type BrowserRun,
  expectNoSidewaysScroll,
  expectOnScreen,
  hasChromium,
  screenshotOnFailure,
  startBrowserRun,
} from './browser.js';

const password = 'Demo-Passw0rd!';
describe.runIf(hasChromium)('the public site in the browser', () => {
  let run: BrowserRun;
  let context: BrowserContext;
  let page: Page | undefined;
  screenshotOnFailure(() => page, 'site');

  beforeAll(async () => {
    run = await startBrowserRun();
    await seedDemo(run.t.db, { password, storage: run.t.storage });
    // Scripts may be switched off: the public site must not need them. axe is evaluated through the
    // browser's debugging channel, which works either way, past the page's Content Security Policy.
    context = await run.browser.newContext({ bypassCSP: true, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await context?.close();
    await run?.close();
  });

  async function pageTypes(): Promise<string[]> {
    const item = async (column: string) => {
      const [row] = await run.t.db
        .select({ id: portalItems.id })
        .from(portalItems)
        .where(and(eq(portalItems.column, column), eq(portalItems.state, 'published')))
        .limit(1);
      return `/${column}/${row!.id}`;
    };
    const [message] = await run.t.db
      .select({ code: portalMessages.code })
      .from(portalMessages)
      .where(eq(portalMessages.state, 'answered'))
      .limit(1);
    const [correction] = await run.t.db
      .select({ code: disclosureRequests.code })
      .from(disclosureRequests)
      .where(eq(disclosureRequests.state, 'correction'))
      .limit(1);
    const [answered] = await run.t.db
      .select({ code: disclosureRequests.code })
      .from(disclosureRequests)
      .where(eq(disclosureRequests.state, 'answered'))
      .limit(1);
    const consultations = (
      await run.t.db
        .select({ id: portalItems.id, endsOn: portalItems.endsOn })
        .from(portalItems)
        .where(eq(portalItems.column, 'consultations'))
    ).sort((a, b) => String(a.endsOn).localeCompare(String(b.endsOn)));
    const [call] = await run.t.db.select({ id: calls.id }).from(calls).limit(1);
    const running = (
      await run.t.db
        .select({ id: portalItems.id, endsOn: portalItems.endsOn })
        .from(portalItems)
        .where(eq(portalItems.column, 'publicity'))
    ).sort((a, b) => String(b.endsOn).localeCompare(String(a.endsOn)))[0]!;
    return [
      '/',
      '/news/',
      '/notices/',
      '/policies/',
      '/publicity/',
      '/achievements/',
      '/guide/',
      '/commitments/',
      '/open-gov/',
      '/calls/',
      await item('news'),
      await item('policies'),
      await item('guide'),
      await item('open-gov'),
      `/publicity/${running.id}`,
      `/search?q=${encodeURIComponent('专利')}`,
      `/search?q=${encodeURIComponent('潜水艇')}`,
      '/messages/',
      '/messages/new',
      `/messages/${message!.code}`,
      '/messages/lookup?code=nothing',
      '/open-data/',
      '/feeds/',
      '/no/such/page',
      '/open-gov/catalogue',
      '/open-gov/catalogue?category=leaders',
      '/disclosure/',
      '/disclosure/apply',
      `/disclosure/${correction!.code}`,
      `/disclosure/${answered!.code}`,
      '/consultations/',
      `/consultations/${consultations[0]!.id}`,
      `/consultations/${consultations.at(-1)!.id}`,
      `/calls/${call!.id}`,
      '/calls/?year=2026',
      '/sitemap/',
      '/contact/',
    ];
  }

  it('has no WCAG 2.1 A or AA violation on any page type, in every reading mode', async () => {
    page = await context.newPage();
    const found: string[] = [];
    const urls = await pageTypes();
    for (const view of ['', 'large.contrast', 'en', 'care', 'care.contrast']) {
      await context.clearCookies();
      if (view) await context.addCookies([{ name: 'keguan_view', value: view, url: run.base }]);
      // Every page in the standard view; the home page, a list, an item and the forms in the others.
      for (const url of view
        ? [
            urls[0]!,
            urls[1]!,
            urls[10]!,
            '/messages/new',
            '/disclosure/apply',
            '/open-gov/catalogue',
            urls.find((u) => u.startsWith('/consultations/') && u !== '/consultations/')!,
          ]
        : urls) {
        await page.goto(`${run.base}${url}`);
        for (const v of await violations(page)) found.push(`${view || 'standard'} ${url}: ${v}`);
      }
    }
    // A form sent back with its mistakes marked.
    await context.clearCookies();
    await page.goto(`${run.base}/messages/new`);
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page!.getByRole('alert').isVisible()).toBe(true);
    for (const v of await violations(page)) found.push(`form with errors: ${v}`);
    expect(found).toEqual([]);
  });

  it('passes axe as a browser without JavaScript shows the pages, 关怀版 included', async () => {
    // axe itself needs script to run; the pages do not. So the pages are checked as a script-less browser
    // draws them: they carry no script of their own, and the care mode's read-aloud script is blocked.
    const noScript = await run.browser.newContext({ bypassCSP: true });
    await noScript.route('**/site-care.js', (route) => route.abort());
    page = await noScript.newPage();
    const found: string[] = [];
    for (const view of ['', 'care']) {
      await noScript.clearCookies();
      if (view) await noScript.addCookies([{ name: 'keguan_view', value: view, url: run.base }]);
      for (const url of ['/', '/disclosure/apply', '/open-gov/', '/consultations/', '/contact/']) {
        await page.goto(`${run.base}${url}`);
        if (!view) expect(await page.locator('script').count(), url).toBe(0);
        for (const v of await violations(page)) found.push(`no script ${view || 'standard'} ${url}: ${v}`);
      }
    }
    expect(found).toEqual([]);
    await noScript.close();
  });

  it('takes a request for disclosure with scripts off, and shows its tracking page', async () => {
    const noScript = await run.browser.newContext({ javaScriptEnabled: false });
    page = await noScript.newPage();
    await page.goto(`${run.base}/open-gov/`);
    await page.getByRole('link', { name: '依申请公开' }).first().click();
    await page.getByRole('link', { name: '在线申请' }).click();
    await page.getByLabel('商业企业').check();
    await page.getByLabel(/^姓名或名称/).fill('江川市绿源茶业有限公司');
    await page.getByLabel(/^证件号码或统一社会信用代码/).fill('91321181MA1NCX2K0B');
    await page.getByLabel(/^联系人/).fill('李会计');
    await page.getByLabel(/^联系电话/).fill('0511-86021234');
    await page.getByLabel(/^通讯地址/).fill('江川市茶园路1号');
    await page.getByLabel(/^所需政府信息的名称/).fill('2025年度市级农业科技计划项目立项名单');
    const question = await page.locator('label[for="captcha"]').textContent();
    const [, a, op, b] = question!.match(/(\d+) (加|减) (\d+)/)!;
    await page.getByLabel(/^验证题/).fill(String(op === '加' ? Number(a) + Number(b) : Number(a) - Number(b)));
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => page!.getByRole('heading', { name: '您的申请已收到' }).isVisible()).toBe(true);
    const code = (await page.locator('.receipt .code').textContent())!.trim();
    await page.getByRole('link', { name: '查询办理进度' }).click();
    await expect.poll(() => page!.getByText('2025年度市级农业科技计划项目立项名单').isVisible()).toBe(true);
    expect(await page.content()).not.toContain('李会计');
    const [row] = await run.t.db.select().from(disclosureRequests).where(eq(disclosureRequests.code, code));
    expect(row).toMatchObject({ applicantKind: 'company', idNumber: '91321181MA1NCX2K0B', channel: 'online' });
    await noScript.close();
  });

  it('takes a comment on a running consultation with scripts off', async () => {
    const noScript = await run.browser.newContext({ javaScriptEnabled: false });
    page = await noScript.newPage();
    await page.goto(`${run.base}/consultations/`);
    await page.getByRole('link', { name: /申报指南（征求意见稿）/ }).click();
    await page.getByLabel(/^意见和建议/).fill('建议增加对科技型中小企业的支持方向。');
    await page.getByLabel(/^姓名或单位/).fill('吴先生');
    await page.getByLabel(/^联系电话或电子邮箱/).fill('13800001111');
    const question = await page.locator('label[for="captcha"]').textContent();
    const [, a, op, b] = question!.match(/(\d+) (加|减) (\d+)/)!;
    await page.getByLabel(/^验证题/).fill(String(op === '加' ? Number(a) + Number(b) : Number(a) - Number(b)));
    await page.getByRole('button', { name: '提交意见' }).click();
    await expect.poll(() => page!.getByRole('heading', { name: '您的意见已收到' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: '返回征集页' }).click();
    await expect.poll(() => page!.getByText('已收到意见1条').isVisible()).toBe(true);
    await noScript.close();
  });

  it('is usable from the keyboard: the skip link leads to the content', async () => {
    page = await context.newPage();
    await page.goto(`${run.base}/news/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到主要内容' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page!.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('takes a message with scripts off, and shows the published answer', async () => {
    const noScript = await run.browser.newContext({ javaScriptEnabled: false });
    page = await noScript.newPage();
    await page.goto(`${run.base}/`);
    await page.getByRole('link', { name: '我要留言' }).first().click();
    await page.getByLabel('咨询').check();
    await page.getByLabel(/^标题/).fill('科技型中小企业如何评价？');
    await page.getByLabel(/^内容/).fill('请问评价的条件和时间安排。');
    await page.getByLabel(/^姓名或单位/).fill('周女士');
    await page.getByLabel(/^联系电话或电子邮箱/).fill('13912345678');
    await page.getByLabel('同意在答复后公开').check();
    const question = await page.locator('label[for="captcha"]').textContent();
    const [, a, op, b] = question!.match(/(\d+) (加|减) (\d+)/)!;
    await page.getByLabel(/^验证题/).fill(String(op === '加' ? Number(a) + Number(b) : Number(a) - Number(b)));
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page!.getByRole('heading', { name: '您的留言已收到' }).isVisible()).toBe(true);
    const code = (await page.locator('.receipt .code').textContent())!.trim();
    expect(code).toMatch(/^\d{8}-[A-Z0-9]{10}$/);

    // Staff answer it and choose to publish it.
    const staff = await login(run.t.app, 'staff', password);
    const [row] = await run.t.db.select().from(portalMessages).where(eq(portalMessages.code, code));
    expect(
      (
        await staff.post(`/api/portal/messages/${row!.id}/actions`, {
          action: 'answer',
          version: 1,
          reply: '请登录网上办事大厅填报评价信息，全年受理。',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await staff.post(`/api/portal/messages/${row!.id}/actions`, { action: 'publish', version: 2, published: true }))
        .statusCode,
    ).toBe(200);

    await page.goto(`${run.base}/messages/`);
    await page.getByLabel('查询码').fill(code);
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page!.getByText('请登录网上办事大厅填报评价信息，全年受理。').isVisible()).toBe(true);
    await expect.poll(() => page!.getByText('已答复').first().isVisible()).toBe(true);
    await page.goto(`${run.base}/messages/`);
    await expect.poll(() => page!.getByRole('heading', { name: '科技型中小企业如何评价？' }).isVisible()).toBe(true);
    expect(await page.content()).not.toContain('13912345678');
    await noScript.close();
  });

  it('lets a citizen on a phone read a running 公示 as cards and lodge an objection, nothing scrolling sideways', async () => {
    const phone = await run.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    page = await phone.newPage();
    await page.goto(`${run.base}/`);
    await expectNoSidewaysScroll(page);
    await page.getByRole('link', { name: '公示公告' }).first().click();
    await expectNoSidewaysScroll(page);
    // The column strip slides to the column being read, even the last one, beyond the phone's edge.
    await expectOnScreen(page, page.locator('nav.columns a[aria-current="page"]'));
    await page.goto(`${run.base}/open-data/`);
    await expectOnScreen(page, page.locator('nav.columns a[aria-current="page"]'));
    await page.goto(`${run.base}/publicity/`);
    // The running one: the period is on, so the objection form is there.
    const running = (
      await run.t.db
        .select({ id: portalItems.id, endsOn: portalItems.endsOn })
        .from(portalItems)
        .where(eq(portalItems.column, 'publicity'))
    ).sort((a, b) => String(b.endsOn).localeCompare(String(a.endsOn)))[0]!;
    await page.goto(`${run.base}/publicity/${running.id}`);
    await expectNoSidewaysScroll(page);
    // The list's rows read as cards, each value under its column's name.
    const firstCell = page.locator('table.labelled tbody td').first();
    expect(await firstCell.getAttribute('data-label')).toBeTruthy();
    expect(await firstCell.evaluate((td) => getComputedStyle(td).display)).toBe('grid');
    await page.getByLabel(/^异议内容及理由/).fill('名单中有一家单位不在本市注册。');
    await page.getByLabel(/^姓名或单位/).fill('王先生');
    await page.getByLabel(/^联系电话或电子邮箱/).fill('13900000000');
    const question = await page.locator('label[for="captcha"]').textContent();
    const [, a, op, b] = question!.match(/(\d+) (加|减) (\d+)/)!;
    await page.getByLabel(/^验证题/).fill(String(op === '加' ? Number(a) + Number(b) : Number(a) - Number(b)));
    const submit = page.getByRole('button', { name: '提交' });
    await submit.scrollIntoViewIfNeeded();
    await expectOnScreen(page, submit);
    await submit.click();
    await expect.poll(() => page!.getByRole('heading', { name: '异议已收到' }).isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await phone.close();
  });

  it('serves feeds and a sitemap that are well-formed XML', async () => {
    page = await context.newPage();
    await page.goto(`${run.base}/`);
    const parsed = await page.evaluate(
      async (urls) => {
        const out: { url: string; root: string; error: boolean; entries: number }[] = [];
        for (const url of urls) {
          const text = await (await fetch(url)).text();
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          out.push({
            url,
            root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
            error: doc.getElementsByTagName('parsererror').length > 0,
            entries: doc.documentElement.children.length,
          });
        }
        return out;
      },
      ['/feeds/news.xml', '/feeds/publicity.xml', '/sitemap.xml'],
    );
    expect(parsed.map((p) => [p.url, p.root, p.error])).toEqual([
      ['/feeds/news.xml', 'http://www.w3.org/2005/Atom feed', false],
      ['/feeds/publicity.xml', 'http://www.w3.org/2005/Atom feed', false],
      ['/sitemap.xml', 'http://www.sitemaps.org/schemas/sitemap/0.9 urlset', false],
    ]);
    expect(parsed[2]!.entries).toBeGreaterThan(20);
  });
});
