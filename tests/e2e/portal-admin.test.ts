import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/domains/demo/seed.js';
import { type BrowserRun, hasChromium, pageLoggedInAs, screenshotOnFailure, startBrowserRun, visit } from './browser.js';

const password = 'Demo-Passw0rd!';

describe.runIf(hasChromium)('the public website from the back office', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  screenshotOnFailure(() => page, 'portal-admin');

  beforeAll(async () => {
    run = await startBrowserRun();
    await seedDemo(run.t.db, { password, storage: run.t.storage });
  });
  afterAll(() => run?.close());

  it('staff write a news item with bold words and submit it; the leader publishes it; the public reads it', async () => {
    page = await pageLoggedInAs(run, { username: 'staff', password });
    await visit(page, `${run.base}/app/portal/items`);
    await page.getByRole('button', { name: /新\s*建/ }).click();
    await page.getByRole('menuitem', { name: '科技动态' }).click();
    await expect.poll(() => page!.getByRole('heading', { name: /新建科技动态/ }).isVisible()).toBe(true);

    await page.getByLabel('标题').fill('我市新增一批高新技术企业');
    const body = page.getByRole('textbox', { name: '正文' });
    await body.click();
    await page.keyboard.type('今年全市新增高新技术企业');
    await page.getByRole('button', { name: '加粗' }).click();
    await page.keyboard.type('二十家');
    await page.getByRole('button', { name: '加粗' }).click();
    await page.keyboard.type('，创历史新高。');
    await expect.poll(() => body.locator('b, strong').textContent()).toBe('二十家');

    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/app\/portal\/items\/\d+$/);
    const id = Number(/\/items\/(\d+)$/.exec(page.url())![1]);
    await expect.poll(() => page!.getByTestId('item-state').first().textContent()).toBe('草稿');
    await page.waitForLoadState('networkidle');

    await page.getByRole('button', { name: '提交审核' }).click();
    await expect.poll(() => page!.getByTestId('item-state').first().textContent()).toBe('待审核');
    // The author cannot approve their own item.
    expect(await page.getByRole('button', { name: '审核发布' }).isDisabled()).toBe(true);

    page = await pageLoggedInAs(run, { username: 'leader', password });
    await visit(page, `${run.base}/app/portal/items/${id}`);
    await page.getByRole('button', { name: '审核发布' }).click();
    const dialog = page.locator('.ant-modal').filter({ hasText: '立即发布' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '审核发布' }).click();
    await expect.poll(() => page!.getByTestId('item-state').first().textContent()).toBe('已发布');
    expect(await page.getByTestId('public-link').getAttribute('href')).toBe(`/news/${id}`);

    await visit(page, `${run.base}/news/${id}`);
    await expect.poll(() => page!.getByRole('heading', { name: '我市新增一批高新技术企业' }).isVisible()).toBe(true);
    expect(await page.locator('strong', { hasText: '二十家' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page!.getByText('创历史新高').isVisible()).toBe(true);
  });

  it('staff answer an open message, and its status page shows the reply', async () => {
    page = await pageLoggedInAs(run, { username: 'staff', password });
    await visit(page, `${run.base}/app/portal/messages`);
    await page.getByRole('button', { name: '高新技术企业认定的申报时间' }).click();
    const drawer = page.locator('.ant-drawer-open');
    await expect.poll(() => drawer.getByText('留言人信息（不公开）').isVisible()).toBe(true);
    const status = await drawer.getByRole('link', { name: /网站办理页/ }).getAttribute('href');
    expect(status).toMatch(/^\/messages\/\d{8}-[A-Z0-9]{10}$/);

    await drawer.getByLabel('答复').fill('您好！今年高新技术企业认定预计于5月开始申报，届时将在本网站“通知公告”栏目发布通知。');
    await drawer.getByRole('button', { name: '提交答复' }).click();
    await expect.poll(() => drawer.getByText(/^答复于/).isVisible()).toBe(true);
    // The writer did not agree to publication: the switch says why it is off.
    expect(await drawer.getByRole('switch').isDisabled()).toBe(true);
    await expect.poll(() => drawer.getByText('留言人未同意公开，不能公开此留言。').isVisible()).toBe(true);

    await visit(page, `${run.base}${status}`);
    await expect.poll(() => page!.getByText('届时将在本网站“通知公告”栏目发布通知').isVisible()).toBe(true);
  });
});
