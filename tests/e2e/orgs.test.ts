import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../../src/domains/orgs/uscc.js';
import { ensureJurisdiction, makeOrg, makeUser, validUscc } from '../../src/testing/factories.js';
import {
  type BrowserRun,
  hasChromium,
  pageLoggedInAs,
  screenshotOnFailure,
  startBrowserRun,
  visit,
  choose,
} from './browser.js';

describe.runIf(hasChromium)('the organisation registry in the browser', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  screenshotOnFailure(() => page, 'orgs');

  beforeAll(async () => {
    run = await startBrowserRun();
    await ensureJurisdiction(run.t.db, 'donghu');
    await makeOrg(run.t.db, { name: '江川市延岭茶叶专业合作社', jurisdictionCode: 'donghu', type: 'cooperative' });
  });
  afterAll(() => run?.close());

  it('staff log in, register an organisation (a bad USCC first), find it by a Chinese substring, export, switch to English', async () => {
    const staff = await makeUser(run.t.db, 'staff');
    const context = await run.browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
    await visit(page, `${run.base}/app/`);
    await page.getByLabel('用户名').fill(staff.username);
    await page.getByLabel('密码').fill(staff.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText(`您好，${staff.username}`).waitFor();

    await page.getByRole('menuitem', { name: '单位名录' }).click();
    await page.getByRole('button', { name: /登记单位/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('单位名称').fill('江川市东湖葡萄酒业有限公司');
    const good = validUscc();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(usccCheckCharacter(bad.slice(0, 17))).not.toBe(bad[17]);
    await dialog.getByLabel('统一社会信用代码').fill(bad);
    await choose(page, dialog.getByLabel('单位类型'), '企业');
    await choose(page, dialog.getByLabel('属地'), /测试donghu镇/);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.getByText('统一社会信用代码无效').isVisible()).toBe(true);

    await dialog.getByLabel('统一社会信用代码').fill(good.toLowerCase());
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('heading', { name: /江川市东湖葡萄酒业有限公司/ }).waitFor();
    await expect.poll(() => page!.getByText(good).isVisible()).toBe(true);

    await page.getByRole('menuitem', { name: '单位名录' }).click();
    await page.getByPlaceholder('按单位名称或信用代码的任意片段搜索').fill('葡萄');
    await page.getByPlaceholder('按单位名称或信用代码的任意片段搜索').press('Enter');
    await expect.poll(() => page!.locator('.ant-table-row').count()).toBe(1);
    await expect
      .poll(() => page!.locator('.ant-table-row').first().textContent())
      .toContain('江川市东湖葡萄酒业有限公司');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-orgs').click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('单位名称');
    expect(sheet.getRow(2).getCell(1).value).toBe('江川市东湖葡萄酒业有限公司');
    expect(sheet.rowCount).toBe(2);

    await page.getByTestId('language-switch').click();
    await page.getByRole('menuitem', { name: 'Organisations' }).waitFor();
    await expect.poll(() => page!.getByRole('heading', { level: 1 }).textContent()).toBe('Organisations');
    await expect.poll(() => page!.getByText('单位名录').count()).toBe(0);
    await context.close();
  });

  it('an applicant registers itself and its organisation, then sees only its own organisation', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    page = await context.newPage();
    await visit(page, `${run.base}/app/register`);
    await page.getByLabel('单位名称').fill('江川市新锐光电科技有限公司');
    await page.getByLabel('统一社会信用代码').fill(validUscc());
    await choose(page, page.getByLabel('单位类型'), '企业');
    await choose(page, page.getByLabel('属地'), /测试donghu镇/);
    await page.getByLabel('用户名').fill('xinrui-optics');
    await page.getByLabel('姓名').fill('周经理');
    await page.getByLabel('密码', { exact: true }).fill('Xinrui-Passw0rd');
    await page.getByLabel('确认密码').fill('Xinrui-Passw0rd');
    await page.getByRole('button', { name: /注册并登录/ }).click();
    await page.getByRole('heading', { name: /江川市新锐光电科技有限公司/ }).waitFor();
    await expect.poll(() => page!.getByRole('menuitem', { name: '单位名录' }).count()).toBe(0);
    await context.close();
  });

  it('the auditor reads and verifies the audit trail', async () => {
    const auditor = await makeUser(run.t.db, 'auditor');
    page = await pageLoggedInAs(run, { username: auditor.username, password: auditor.password, totp: auditor.totp() });
    await visit(page, `${run.base}/app/audit`);
    await expect.poll(() => page!.getByText('登记单位').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: /核验哈希链/ }).click();
    await expect.poll(() => page!.getByText(/审计日志完整/).isVisible()).toBe(true);
  });
});
