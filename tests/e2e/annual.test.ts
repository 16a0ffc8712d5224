import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoYears } from '../../src/domains/demo/generate.js';
import { openCallYear } from '../../src/domains/demo/projects-seed.js';
import { seedDemo } from '../../src/domains/demo/seed.js';
import * as clock from '../../src/shared/clock.js';
import { sofficePath } from '../../src/domains/reports/pdf.js';
import { login } from '../../src/testing/harness.js';
import {
  type BrowserRun,
  hasChromium,
  pageLoggedInAs,
  screenshotOnFailure,
  startBrowserRun,
  visit,
  choose,
} from './browser.js';

const password = 'Demo-Passw0rd!';

/** A .docx as LibreOffice reads it: its paragraphs as plain text, one a line (headers and footers aside). */
function docxText(docx: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keguan-docx-'));
  try {
    fs.writeFileSync(path.join(dir, 'summary.docx'), docx);
    execFileSync(
      sofficePath()!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        dir,
        path.join(dir, 'summary.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return fs
      .readFileSync(path.join(dir, 'summary.txt'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const { C, L } = demoYears();

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
    await visit(page, `${run.base}/app/reports/annual?year=${L}`);
    await expect
      .poll(() => page!.getByRole('heading', { name: `江川市科学技术局${L}年工作总结` }).isVisible())
      .toBe(true);
    // The opening gives the year's picture, and the summary ends with the bureau and the date.
    await expect
      .poll(() => page!.getByText('全面完成了科技进步目标责任状所下达的指标任务', { exact: false }).isVisible())
      .toBe(true);
    expect(await page.locator('.kg-signature').textContent()).toContain('江川市科学技术局');

    // A figure opens the rows it counts.
    await page.getByRole('button', { name: '126万元' }).click();
    const drawer = page.locator('.ant-drawer-open');
    await expect.poll(() => drawer.locator('.ant-pagination-total-text').textContent()).toMatch(/共\s*4\s*条/);
    await page.locator('.ant-drawer-close').click();
    await expect.poll(() => drawer.count()).toBe(0);

    await page.getByRole('button', { name: '为「存在的不足」撰写文字' }).click();
    await page
      .getByLabel('「存在的不足」的文字')
      .fill('存在着创业创新平台建设不足、高新技术产业积聚困难。\n针对现状，我们将在今后的工作中积极作为。');
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(() => page!.getByText('针对现状，我们将在今后的工作中积极作为。').isVisible()).toBe(true);
    // The page re-reads the summary after a save: finalise once that has settled.
    await page.waitForLoadState('networkidle');

    await page
      .getByRole('button', { name: /定\s*稿/ })
      .first()
      .click();
    const confirm = page.locator('.ant-popover').filter({ hasText: '定稿后' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: /定\s*稿/ }).click();
    await expect.poll(() => page!.getByText(/已由张科员（农村科技科）于.*定稿/).isVisible()).toBe(true);
    // Final: nothing more to write.
    expect(await page.getByRole('button', { name: /撰写文字|修改文字/ }).count()).toBe(0);

    page = await pageLoggedInAs(run, { username: 'leader', password });
    await visit(page, `${run.base}/app/reports/annual?year=${L}`);
    await expect.poll(() => page!.getByText('针对现状，我们将在今后的工作中积极作为。').isVisible()).toBe(true);
    await page.getByRole('button', { name: /历史版本/ }).click();
    const versions = page.locator('.ant-drawer-open');
    await expect.poll(() => versions.getByText('编写「存在的不足」').first().isVisible()).toBe(true);
    expect(await versions.getByRole('cell', { name: '定稿', exact: true }).count()).toBe(1);
  });

  it.runIf(Boolean(sofficePath()))(
    'prints in Word exactly what the page shows: the .docx rendered to text by LibreOffice reads line for line as the page',
    async () => {
      page = await pageLoggedInAs(run, { username: 'leader', password });
      await visit(page, `${run.base}/app/reports/annual?year=${L}`);
      await expect
        .poll(() => page!.getByRole('heading', { name: `江川市科学技术局${L}年工作总结` }).isVisible())
        .toBe(true);
      const shown = await page.evaluate(() => {
        const article = document.querySelector('.kg-official article')!.cloneNode(true) as HTMLElement;
        for (const aside of article.querySelectorAll('.kg-no-print, .kg-narrative-actions, button:not(.kg-figure)'))
          aside.remove();
        return [...article.querySelectorAll('h1, h2, h3, p')].map((e) => e.textContent ?? '');
      });
      const leader = await login(run.t.app, 'leader', password);
      const docx = await leader.request({ method: 'GET', url: `/api/reports/annual.docx?year=${L}` });
      const printed = docxText(docx.rawPayload);
      const lines = (list: string[]) => list.map((line) => line.replace(/\s+/g, '')).filter(Boolean);
      expect(lines(printed)).toEqual(lines(shown));
      expect(lines(printed).at(-1)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    },
  );

  it('staff download the work plan, and learn why when a document has nothing to list', async () => {
    page = await pageLoggedInAs(run, { username: 'staff', password });
    await visit(page, `${run.base}/app/reports/documents`);
    const plan = page.locator('.ant-card').filter({ hasText: '年度工作要点' });
    await expect.poll(() => plan.textContent()).toContain(`${C}年`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      plan.getByRole('button', { name: /下\s*载/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`江川市科学技术局${C}年度工作要点.docx`);

    // A call without approvals has no list: the page says why, and nothing is downloaded.
    const list = page.locator('.ant-card').filter({ hasText: '立项公示名单' });
    // The social-development call open now (next year's, late in the year) has no approvals yet.
    const socialYear = openCallYear(clock.today(), 45);
    await choose(page, list.getByRole('combobox').first(), `${socialYear}年`);
    await choose(page, list.getByRole('combobox').nth(1), new RegExp(`${socialYear}年度江川市社会发展科技计划`));
    await list.getByRole('button', { name: /下\s*载/ }).click();
    await expect.poll(() => page!.getByText('该申报通知尚无立项项目，无法生成公示名单').isVisible()).toBe(true);
  });

  it('shows a writer that someone else saved the part meanwhile, instead of overwriting it unseen', async () => {
    page = await pageLoggedInAs(run, { username: 'staff', password });
    await visit(page, `${run.base}/app/reports/annual?year=${C}`);
    await page.getByRole('button', { name: '为「工作措施」撰写文字' }).click();
    await page.getByLabel('「工作措施」的文字').fill('我的措施。');
    // Meanwhile a colleague saves the same part.
    const colleague = await login(run.t.app, 'staff-social', password);
    const { version } = (await colleague.get(`/api/reports/annual?year=${C}`)).json();
    expect(
      (
        await colleague.put('/api/reports/annual/narratives', {
          year: C,
          section: 'measures',
          version,
          paragraphs: ['同事的措施。'],
        })
      ).statusCode,
    ).toBe(200);

    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(() => page!.getByText('这部分刚被他人修改并保存').isVisible()).toBe(true);
    await expect.poll(() => page!.locator('.kg-narrative-editor').getByText('同事的措施。').isVisible()).toBe(true);
    expect(await page.getByLabel('「工作措施」的文字').inputValue()).toBe('我的措施。');
    // Having seen it, the writer saves again: theirs stands.
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(() => page!.locator('.kg-narrative').getByText('我的措施。').isVisible()).toBe(true);
    expect(
      (await colleague.get(`/api/reports/annual?year=${C}`))
        .json()
        .sections.find((s: { key: string }) => s.key === 'measures').narrative,
    ).toEqual(['我的措施。']);
  });
});
