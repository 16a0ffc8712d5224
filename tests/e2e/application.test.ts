import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationTemplate } from '../../src/domains/applications/template.js';
import { sofficePath } from '../../src/domains/reports/pdf.js';
import {
  ensureJurisdiction,
  type MadeUser,
  makeCall,
  makeOrg,
  makePerson,
  makeProgram,
  makeUser,
} from '../../src/testing/factories.js';
import {
  accessibilityViolations,
  type BrowserRun,
  choose,
  expectNoSidewaysScroll,
  expectOnScreen,
  hasChromium,
  pageLoggedInAs,
  screenshotOnFailure,
  startBrowserRun,
  visit,
} from './browser.js';

/** The 申报书 filled part by part in the browser, as an applicant does it at a desk and on a phone. */
describe.runIf(hasChromium)('an applicant fills the 申报书 part by part, prints it, stamps it and sends it', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  let applicant: MadeUser;
  let liaison: MadeUser;
  const leaders: string[] = [];
  screenshotOnFailure(() => page, 'application');

  beforeAll(async () => {
    run = await startBrowserRun();
    await ensureJurisdiction(run.t.db, 'town-a');
    const org = await makeOrg(run.t.db, {
      name: '江川市绿源农业科技有限公司',
      jurisdictionCode: 'town-a',
      legalRepresentative: '陈建国',
    });
    applicant = await makeUser(run.t.db, 'applicant', { orgId: org.id });
    liaison = await makeUser(run.t.db, 'liaison', { jurisdictionCode: 'town-a' });
    for (const name of ['王建国', '李秀英', '赵志强'])
      leaders.push((await makePerson(run.t.db, org.id, { name, title: '高级农艺师', degree: '硕士' })).name);
    const program = await makeProgram(run.t.db, { level: 'city', sectionCode: 'agriculture' });
    const template = applicationTemplate.parse({
      texts: [
        { key: 'content', maxLength: 2000 },
        { key: 'goals', maxLength: 1000 },
      ],
      indicators: { minCount: 1 },
      budget: { scheme: 'national', selfRatioPercent: 100, indirectCapPercent: 20, maxFiscal: '300000' },
      minMilestones: 1,
      stampedCopyStep: 'recommend',
    });
    await makeCall(run.t.db, {
      programId: program.id,
      title: '关于组织申报江川市农业科技计划项目的通知',
      applicationTemplate: template,
    });
  });
  afterAll(() => run?.close());

  const saved = async () => {
    await expect.poll(() => page!.getByText('已保存').count()).toBeGreaterThan(0);
    await page!.waitForLoadState('networkidle');
  };
  /** Opens a part: a tab at a desk, a choice from the list on a phone. */
  const openPart = async (name: string, phone: boolean) => {
    if (phone) await choose(page!, page!.getByLabel('申报书部分'), new RegExp(`^${name}`));
    else await page!.getByRole('tab', { name: new RegExp(name) }).click();
  };
  const typeInto = async (label: string, text: string) => {
    const editor = page!
      .locator('.ant-form-item')
      .filter({ has: page!.getByText(label, { exact: true }) })
      .locator('[contenteditable=true]');
    await editor.click();
    await page!.keyboard.type(text);
  };

  async function fillWholeApplication(title: string, leader: string, member: string, phone: boolean) {
    page = await pageLoggedInAs(run, { username: applicant.username, password: applicant.password });
    if (phone) {
      // As applicants arrive: from the public site's calls, through 在线申报, straight into the application.
      await page.setViewportSize({ width: 390, height: 844 });
      await visit(page, `${run.base}/calls/`);
      await expectNoSidewaysScroll(page);
      const apply = page.getByRole('link', { name: /在线申报/ }).first();
      await expectOnScreen(page, apply);
      await apply.click();
      await page.getByRole('dialog').waitFor();
      await expectNoSidewaysScroll(page);
    } else {
      await visit(page, `${run.base}/app/hall`);
      await page.getByRole('button', { name: /我要申报/ }).click();
    }
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('项目名称').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel('项目名称').fill(title);
    await dialog.getByLabel('申请经费').fill('200000');
    await dialog.getByRole('button', { name: /保存草稿/ }).click();
    await page.getByRole('heading', { name: new RegExp(title) }).waitFor();
    await expect.poll(() => page!.getByText(/尚缺 \d+ 项/).isVisible()).toBe(true);

    await openPart('基本信息', phone);
    await page.getByLabel('技术领域').click();
    await page.keyboard.type('农业生物');
    await page.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: '农业生物技术' }).first().click();
    await page.getByLabel('所属行业').fill('农业');
    await page.getByLabel('起止时间 1').fill('2027-01-01');
    await page.keyboard.press('Enter');
    await page.getByLabel('起止时间 2').fill('2028-12-31');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '保存本部分' }).click();
    await saved();

    await openPart('申报单位', phone);
    await page.getByRole('button', { name: '确认单位信息' }).click();
    await expect.poll(() => page!.getByText(/已于 .* 确认/).isVisible()).toBe(true);

    await openPart('负责人及团队', phone);
    const team = page.locator('.ant-tabs-content-active');
    await choose(
      page,
      team.locator('.ant-form-item').filter({ hasText: '人员' }).locator('.ant-select').first(),
      new RegExp(`^${leader}`),
    );
    await team.getByLabel('项目分工').first().fill('总体设计与组织实施');
    await team.getByLabel('投入月数').first().fill('18');
    await team.getByRole('button', { name: /添加成员/ }).click();
    await choose(page, team.locator('.kg-list-row .ant-select').first(), new RegExp(`^${member}`));
    await team.locator('.kg-list-row').getByPlaceholder('项目分工').fill('田间试验');
    await team.locator('.kg-list-row').getByPlaceholder('投入月数').fill('12');
    await team.getByRole('button', { name: '保存本部分' }).click();
    await saved();

    await openPart('项目内容', phone);
    await typeInto('研究内容', '开展设施葡萄避雨栽培和水肥一体化技术集成研究。');
    await typeInto('预期目标', '建立示范基地200亩，亩均增收3000元。');
    await page.locator('.ant-tabs-content-active').getByRole('button', { name: '保存本部分' }).click();
    await saved();

    await openPart('绩效目标', phone);
    const targets = page.locator('.ant-tabs-content-active');
    await targets.getByRole('button', { name: /添加指标/ }).click();
    await choose(page, targets.locator('.kg-list-row .ant-select').first(), '申请发明专利');
    await targets.getByPlaceholder('目标值').fill('2');
    await targets.getByRole('button', { name: '保存本部分' }).click();
    await saved();

    await openPart('经费预算', phone);
    const budget = page.locator('.ant-tabs-content-active');
    await budget.getByLabel('设备费 申请财政资金').fill('50000');
    await budget.getByLabel('业务费 申请财政资金').fill('100000');
    await budget.getByLabel('劳务费 申请财政资金').fill('30000');
    // The check runs as the figures are typed: 30,000 of indirect costs is over its cap, 20% of the 130,000 of operating and labour costs.
    await budget.getByLabel('间接费用 申请财政资金').fill('30000');
    await expect.poll(() => page!.getByTestId('budget-check').textContent()).toContain('超过上限');
    await budget.getByLabel('间接费用 申请财政资金').fill('20000');
    await budget.getByLabel('设备费 自筹资金').fill('100000');
    await budget.getByLabel('业务费 自筹资金').fill('100000.00');
    await expect.poll(() => page!.getByTestId('budget-check').textContent()).toContain('预算符合本通知要求');
    await budget.getByRole('button', { name: '保存本部分' }).click();
    await saved();

    await openPart('进度安排', phone);
    const schedule = page.locator('.ant-tabs-content-active');
    await schedule.getByRole('button', { name: /添加阶段/ }).click();
    await schedule.getByPlaceholder('完成时间').fill('2027-12-31');
    await page.keyboard.press('Enter');
    await schedule.getByPlaceholder('阶段任务').fill('完成品种筛选与基地建设');
    await schedule.getByRole('button', { name: '保存本部分' }).click();
    await saved();

    await expect.poll(() => page!.getByText('申报书各部分已填写完整，可以提交').isVisible()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    if (phone) {
      await expectNoSidewaysScroll(page);
      await expectOnScreen(page, page.getByRole('button', { name: /^提\s*交$/ }));
    }
    return page.url();
  }

  async function submitPrintAndStamp(url: string) {
    await page!.getByRole('button', { name: /^提\s*交$/ }).click();
    await page!
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page!.getByTestId('project-state').textContent()).toBe('已提交');
    await expectNoSidewaysScroll(page!);
    expect(await accessibilityViolations(page!)).toEqual([]);
    const checksum = (await page!.getByText(/请下载申报书 PDF/).textContent())!.match(
      /[0-9A-F]{4}(-[0-9A-F]{4}){3}/,
    )![0];

    if (sofficePath()) {
      const download = page!.waitForEvent('download');
      await page!.getByRole('button', { name: 'PDF' }).click();
      const file = await (await download).path();
      expect((await fs.readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await page!
      .locator('.ant-list-item')
      .filter({ hasText: '盖章申报书' })
      .locator('input[type=file]')
      .setInputFiles({ name: '盖章申报书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n盖章\n') });
    await expect.poll(() => page!.getByRole('link', { name: '盖章申报书.pdf' }).isVisible()).toBe(true);

    page = await pageLoggedInAs(run, { username: liaison.username, password: liaison.password });
    await visit(page, url);
    await expect.poll(() => page!.getByText(checksum).first().isVisible()).toBe(true);
    await page.getByRole('button', { name: /属地推荐/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page!.getByTestId('project-state').textContent()).toBe('属地已推荐');
  }

  it('at a desk: every part, the budget checked as it is typed, then the PDF, the stamped copy and the recommendation', async () => {
    const url = await fillWholeApplication('设施葡萄避雨栽培技术集成与示范', leaders[0]!, leaders[1]!, false);
    await submitPrintAndStamp(url);
  });

  it('on a phone: the same application, the parts chosen from a list', async () => {
    const url = await fillWholeApplication('草莓高架基质栽培技术示范', leaders[2]!, leaders[1]!, true);
    await submitPrintAndStamp(url);
  });
});
