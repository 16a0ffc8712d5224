import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/domains/demo/seed.js';
import { type BrowserRun, hasChromium, pageLoggedInAs, screenshotOnFailure, startBrowserRun, visit } from './browser.js';

const password = 'Demo-Passw0rd!';

describe.runIf(hasChromium)('the annual summary in the browser', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  screenshotOnFailure(() => page, 'annual');

  beforeAll(async () => {
    run = await startBrowserRun();
    await seedDemo(run.t.db, { password, storage: run.t.storage });
  });
  afterAll(() => run?.close());

  it('staff write the shortcomings, trace a figure to its rows, and finalise; the leader sees it frozen', async () => {
    page = await pageLoggedInAs(run, { username: 'staff', password });
    await visit(page, `${run.base}/app/reports/annual?year=2008`);
    await expect.poll(() => page!.getByRole('heading', { name: '市科技局2008年工作总结' }).isVisible()).toBe(true);

    // A figure opens the rows it counts.
    await page.getByRole('button', { name: '126万元' }).click();
    const drawer = page.locator('.ant-drawer-open');
    await expect.poll(() => drawer.locator('.ant-pagination-total-text').textContent()).toMatch(/共\s*4\s*条/);
    await page.locator('.ant-drawer-close').click();
    await expect.poll(() => drawer.count()).toBe(0);

    await page.getByRole('button', { name: '为「存在的不足」撰写文字' }).click();
    await page.getByLabel('「存在的不足」的文字').fill('存在着创业创新平台建设不足、高新技术产业积聚困难。\n针对现状，我们将在今后的工作中积极作为。');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(() => page!.getByText('针对现状，我们将在今后的工作中积极作为。').isVisible()).toBe(true);

    await page.getByRole('button', { name: /定\s*稿/ }).first().click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /定\s*稿/ }).click();
    await expect.poll(() => page!.getByText(/已由张科员（农村科技科）于.*定稿/).isVisible()).toBe(true);
    // Final: nothing more to write.
    expect(await page.getByRole('button', { name: /撰写文字|修改文字/ }).count()).toBe(0);

    page = await pageLoggedInAs(run, { username: 'leader', password });
    await visit(page, `${run.base}/app/reports/annual?year=2008`);
    await expect.poll(() => page!.getByText('针对现状，我们将在今后的工作中积极作为。').isVisible()).toBe(true);
    await page.getByRole('button', { name: /历史版本/ }).click();
    const versions = page.locator('.ant-drawer-open');
    await expect.poll(() => versions.getByText('编写「存在的不足」').isVisible()).toBe(true);
    expect(await versions.getByRole('cell', { name: '定稿', exact: true }).count()).toBe(1);
  });
});
