import dayjs from 'dayjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureJurisdiction,
  makeCall,
  makeOrg,
  makeProject,
  makeUser,
  type MadeUser,
} from '../../src/testing/factories.js';
import {
  type BrowserRun,
  hasChromium,
  pageLoggedInAs,
  screenshotOnFailure,
  startBrowserRun,
  visit,
} from './browser.js';

describe.runIf(hasChromium)('an approved project under execution: agreement, progress report, change', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  let applicant: MadeUser;
  let staff: MadeUser;
  let projectUrl = '';
  screenshotOnFailure(() => page, 'execution');

  beforeAll(async () => {
    run = await startBrowserRun();
    await ensureJurisdiction(run.t.db, 'town-a');
    const org = await makeOrg(run.t.db, { name: '江川市绿源农业科技有限公司', jurisdictionCode: 'town-a' });
    applicant = await makeUser(run.t.db, 'applicant', { orgId: org.id });
    staff = await makeUser(run.t.db, 'staff', { sectionCode: 'agriculture' });
    const call = await makeCall(run.t.db, { level: 'city', sectionCode: 'agriculture' });
    const project = await makeProject(run.t.db, {
      callId: call.id,
      orgId: org.id,
      state: 'approved',
      approvedFen: 30_000_000,
      leaderName: '王建国',
      title: '设施蔬菜水肥一体化技术示范',
    });
    projectUrl = `${run.base}/app/projects/${project.id}`;
  });
  afterAll(() => run?.close());

  const open = async (who: MadeUser, tab?: string) => {
    page = await pageLoggedInAs(run, { username: who.username, password: who.password });
    await visit(page, projectUrl);
    if (tab) await page.getByRole('tab', { name: tab }).click();
    return page;
  };
  const confirm = async (p: Page) => {
    const dialog = p.getByRole('dialog');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  it('the applicant drafts and submits the task agreement, and staff sign it', async () => {
    const p = await open(applicant);
    const agreement = p.getByTestId('agreement');
    await agreement.getByLabel('研究内容与目标').fill('建立设施蔬菜水肥一体化示范基地200亩');
    await agreement.getByRole('button', { name: /添加进度节点/ }).click();
    await agreement.getByPlaceholder('进度节点').fill('示范基地建成');
    await agreement.getByPlaceholder('完成时间').click();
    await agreement.getByPlaceholder('完成时间').fill(dayjs().add(1, 'year').format('YYYY-MM-DD'));
    await agreement.getByPlaceholder('完成时间').press('Enter');
    // The bureau's part must equal the approved 300,000 yuan: a smaller sum is caught before it is sent.
    await agreement.getByPlaceholder('金额').fill('250000');
    await agreement.getByLabel('预算科目').fill('设备费');
    await agreement.getByRole('button', { name: /保存任务书/ }).click();
    await expect.poll(() => agreement.getByText(/须等于立项经费 300,000.00元/).isVisible()).toBe(true);
    await agreement.getByPlaceholder('金额').fill('300000');
    await agreement.getByRole('button', { name: /保存任务书/ }).click();
    await expect.poll(() => p.getByText('任务书已保存').count()).toBeGreaterThan(0);
    await agreement.getByRole('button', { name: /提交任务书/ }).click();
    await expect.poll(() => agreement.getByText('待签订').isVisible()).toBe(true);

    const s = await open(staff);
    await s
      .getByTestId('agreement')
      .getByRole('button', { name: /签订任务书/ })
      .click();
    await expect.poll(() => s.getByTestId('agreement').getByText('已签订').isVisible()).toBe(true);
    expect(await s.getByTestId('agreement').textContent()).toContain('300,000.00元');
  });

  it('the applicant files the first progress report and staff accept it', async () => {
    const p = await open(applicant, '进度报告');
    await p
      .getByRole('button', { name: /填\s*报/ })
      .first()
      .click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('本期进展').fill('完成示范基地选址与方案编制');
    await dialog.getByLabel('截至本期累计支出经费').fill('12500.5');
    await dialog.getByRole('button', { name: /提交报告/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => p.getByText('待审核').first().isVisible()).toBe(true);

    const s = await open(staff, '进度报告');
    await s
      .getByRole('button', { name: /审\s*核/ })
      .first()
      .click();
    const review = s.getByRole('dialog');
    expect(await review.textContent()).toContain('12,500.50元');
    await review.getByRole('button', { name: /审核通过/ }).click();
    await review.waitFor({ state: 'detached' });
    await expect.poll(() => s.getByText('已通过').first().isVisible()).toBe(true);
  });

  it('a change of leader is requested, approved, and the earlier version stays with the differences', async () => {
    const p = await open(applicant, '变更申请');
    await p.getByRole('button', { name: /申请变更/ }).click();
    const dialog = p.getByRole('dialog');
    await dialog.getByLabel('项目负责人').check();
    await dialog.getByLabel('变更后的项目负责人').fill('李明');
    await dialog.getByLabel('变更理由').fill('原负责人工作调动');
    await confirm(p);
    await expect.poll(() => p.getByText('待审批').first().isVisible()).toBe(true);

    const s = await open(staff, '变更申请');
    await s.getByRole('button', { name: /批准变更/ }).click();
    expect(await s.getByRole('dialog').textContent()).toMatch(/王建国.*李明/);
    await confirm(s);
    await expect.poll(() => s.getByText('已批准').isVisible()).toBe(true);
    await s.getByRole('tab', { name: '任务书' }).click();
    await s.getByText(/历史版本（共 2 版）/).click();
    await expect
      .poll(() => s.getByTestId('agreement').locator('.kg-diff-after').filter({ hasText: '李明' }).isVisible())
      .toBe(true);

    const back = await open(applicant);
    await back.getByTestId('notification-bell').click();
    await expect.poll(() => back.getByText(/的变更申请（项目负责人）已批准/).isVisible()).toBe(true);
  });
});
