import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertProfiles, reviewAssignments, users } from '../../src/db/tables/index.js';
import {
  ensureJurisdiction,
  makeCall,
  makeOrg,
  makeProgram,
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
  choose,
} from './browser.js';

describe.runIf(hasChromium)('a plan project from application to acceptance, across every role', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  let applicant: MadeUser;
  let liaison: MadeUser;
  let staff: MadeUser;
  let director: MadeUser;
  let projectUrl = '';
  screenshotOnFailure(() => page, 'projects');

  beforeAll(async () => {
    run = await startBrowserRun();
    await ensureJurisdiction(run.t.db, 'town-a');
    const org = await makeOrg(run.t.db, { name: '江川市绿源农业科技有限公司', jurisdictionCode: 'town-a' });
    applicant = await makeUser(run.t.db, 'applicant', { orgId: org.id });
    liaison = await makeUser(run.t.db, 'liaison', { jurisdictionCode: 'town-a' });
    staff = await makeUser(run.t.db, 'staff', { sectionCode: 'agriculture' });
    director = await makeUser(run.t.db, 'leader');
    await makeCall(run.t.db, {
      level: 'city',
      sectionCode: 'agriculture',
      title: '关于组织申报江川市农业科技计划项目的通知',
      formFields: [{ key: 'field', label: '技术领域', type: 'select', required: true, options: ['种植', '养殖'] }],
    });
  });
  afterAll(() => run?.close());

  const act = async (
    who: MadeUser,
    action: RegExp,
    fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  ) => {
    page = await pageLoggedInAs(run, { username: who.username, password: who.password });
    await visit(page, projectUrl);
    await page.getByRole('button', { name: action }).click();
    const dialog = page.getByRole('dialog');
    if (fill) await fill(dialog);
    const answered = page.waitForResponse((r) => r.url().includes('/transitions') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    const response = await answered;
    expect(response.status(), await response.text()).toBeLessThan(300);
    await dialog.waitFor({ state: 'detached' });
  };
  const state = () => page!.getByTestId('project-state').textContent();

  it('the applicant applies and submits, the liaison recommends, staff approve with exact funding and accept it', async () => {
    page = await pageLoggedInAs(run, { username: applicant.username, password: applicant.password });
    await visit(page, `${run.base}/app/hall`);
    await page.getByRole('button', { name: /我要申报/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('项目名称').fill('葡萄设施栽培关键技术集成与示范');
    await dialog.getByLabel('申请经费').fill('150000');
    await dialog.getByRole('button', { name: /保存草稿/ }).click();
    await page.getByRole('heading', { name: /葡萄设施栽培关键技术集成与示范/ }).waitFor();
    projectUrl = page.url();
    expect(await state()).toBe('草稿');

    await page.getByRole('button', { name: /^提\s*交$/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page!.getByRole('dialog').getByText('技术领域：必填项').isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    await choose(page, page.getByLabel('技术领域'), '种植');
    await page.getByRole('button', { name: /保存草稿/ }).click();
    await expect.poll(() => page!.getByText('已保存').count()).toBeGreaterThan(0);
    await act(applicant, /^提\s*交$/, (d) => d.getByLabel('意见').fill('请审核'));
    expect(await state()).toBe('已提交');

    await act(liaison, /属地推荐/);
    expect(await state()).toBe('属地已推荐');
    await act(staff, /形式审查通过/);
    expect(await state()).toBe('待局审定');
    await act(staff, /^立\s*项$/, async (d) => {
      await d.getByLabel('资助经费').fill('30000.50');
      await d.getByLabel('立项文号').fill('江科发〔2026〕21号');
    });
    // 局审定 is the director's: the clerk's decision waits for approval.
    expect(await state()).toBe('待局审定');
    await expect.poll(() => page!.getByText(/已报局长审批（第1步\/共1步/).isVisible()).toBe(true);

    // The director's day: the workbench's to-do leads to the decision, approved with a comment.
    page = await pageLoggedInAs(run, { username: director.username, password: director.password });
    await visit(page, `${run.base}/app/`);
    await page.getByRole('link', { name: '1 项事项待您审批' }).click();
    await page.getByRole('button', { name: '葡萄设施栽培关键技术集成与示范' }).click();
    const drawer = page.locator('.ant-drawer');
    await expect
      .poll(() => drawer.getByText('同意立项，资助经费30,000.50元（江科发〔2026〕21号）').isVisible())
      .toBe(true);
    await drawer.getByLabel('审批意见').fill('同意立项。');
    await drawer.getByRole('button', { name: /^同\s*意$/ }).click();
    await expect.poll(() => page!.getByText('已审批同意').first().isVisible()).toBe(true);
    await visit(page, projectUrl);
    expect(await state()).toBe('已立项');
    await expect.poll(() => page!.getByText('30,000.50元').first().isVisible()).toBe(true);

    page = await pageLoggedInAs(run, { username: applicant.username, password: applicant.password });
    await visit(page, projectUrl);
    await page
      .locator('.ant-list-item')
      .filter({ hasText: '验收材料' })
      .locator('input[type=file]')
      .setInputFiles({
        name: '验收报告.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n验收报告\n'),
      });
    await expect.poll(() => page!.getByRole('link', { name: '验收报告.pdf' }).isVisible()).toBe(true);
    await act(applicant, /申请验收/);
    expect(await state()).toBe('申请验收');
    await act(staff, /验收通过/);
    expect(await state()).toBe('已验收');
    const history = await page!.locator('.ant-timeline').textContent();
    for (const step of ['创建申报', '提交', '属地推荐', '形式审查通过', '立项', '申请验收', '验收通过', '请审核'])
      expect(history).toContain(step);
  });

  it("another organisation's applicant cannot see a project", async () => {
    const mine = await makeUser(run.t.db, 'applicant');
    page = await pageLoggedInAs(run, { username: mine.username, password: mine.password });
    await visit(page, `${run.base}/app/hall`);
    await page.getByRole('button', { name: /我要申报/ }).click();
    await page.getByRole('dialog').getByLabel('项目名称').fill('别人看不到的申报');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保存草稿/ })
      .click();
    await page.getByRole('heading', { name: /别人看不到的申报/ }).waitFor();
    const projectUrl = page.url();
    const other = await makeUser(run.t.db, 'applicant');
    page = await pageLoggedInAs(run, { username: other.username, password: other.password });
    await visit(page, projectUrl);
    await expect.poll(() => page!.getByText('未找到该记录，或您无权查看').isVisible()).toBe(true);
    await visit(page, `${run.base}/app/projects`);
    await expect.poll(() => page!.locator('.ant-table-row').count()).toBe(0);
  });
});

describe.runIf(hasChromium)('expert review in the browser', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  screenshotOnFailure(() => page, 'review');
  beforeAll(async () => {
    run = await startBrowserRun();
  });
  afterAll(() => run?.close());

  it('staff assign experts (a conflicted one is excluded), the expert scores, staff see the spread', async () => {
    await ensureJurisdiction(run.t.db, 'town-a');
    const org = await makeOrg(run.t.db, { name: '江川市评审测试农业有限公司', jurisdictionCode: 'town-a' });
    const call = await makeCall(run.t.db, { level: 'provincial', expertReview: true, sectionCode: 'agriculture' });
    const project = await makeProject(run.t.db, {
      callId: call.id,
      orgId: org.id,
      state: 'under_review',
      title: '待评审的项目',
    });
    const staff = await makeUser(run.t.db, 'staff', { sectionCode: 'agriculture' });
    const fair = await makeUser(run.t.db, 'expert', { username: 'expert-fair', jurisdictionCode: 'town-b' });
    await makeUser(run.t.db, 'expert', { username: 'expert-local', jurisdictionCode: 'town-a' });
    await run.t.db.update(users).set({ displayName: '公正专家' }).where(eq(users.username, 'expert-fair'));
    await run.t.db.update(users).set({ displayName: '本地专家' }).where(eq(users.username, 'expert-local'));

    page = await pageLoggedInAs(run, { username: staff.username, password: staff.password });
    await visit(page, `${run.base}/app/projects/${project.id}`);
    await page.locator('.ant-select').filter({ hasText: '选择评审专家' }).click();
    await page.getByTitle(/公正专家/).click();
    await page.getByTitle(/本地专家/).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /指\s*派/ }).click();
    await expect.poll(() => page!.getByText(/本地专家：同一属地/).isVisible()).toBe(true);

    page = await pageLoggedInAs(run, { username: fair.username, password: fair.password });
    await visit(page, `${run.base}/app/projects/${project.id}`);
    // Out of range or with decimals: refused with the reason, not turned into another score.
    await page.getByLabel(/创新性/).fill('41');
    await page.getByLabel(/可行性/).fill('12.5');
    await page.getByRole('button', { name: /提交评分/ }).click();
    await expect.poll(() => page!.getByText('请填写0至40之间的整数').isVisible()).toBe(true);
    await expect.poll(() => page!.getByText('请填写0至60之间的整数').isVisible()).toBe(true);
    expect(await page.getByLabel(/创新性/).inputValue()).toBe('41');
    expect(await page.getByText('评分已提交').count()).toBe(0);
    await page.getByLabel(/创新性/).fill('35');
    await page.getByLabel(/可行性/).fill('50');
    await page.getByRole('button', { name: /提交评分/ }).click();
    await expect.poll(() => page!.getByText('评分已提交').isVisible()).toBe(true);

    page = await pageLoggedInAs(run, { username: staff.username, password: staff.password });
    await visit(page, `${run.base}/app/projects/${project.id}`);
    await expect
      .poll(() => page!.locator('.ant-statistic').filter({ hasText: '平均分' }).textContent())
      .toContain('85');
    await page.getByRole('button', { name: /结束专家评审/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page!.getByTestId('project-state').textContent()).toBe('待局审定');
  });
});

describe.runIf(hasChromium)("an expert's review, from the random draw to the scores", () => {
  let run: BrowserRun;
  let page: Page | undefined;
  screenshotOnFailure(() => page, 'expert-review');
  beforeAll(async () => {
    run = await startBrowserRun();
  });
  afterAll(() => run?.close());

  it('staff draw a panel at random (the local expert left out, and why); an expert scores from the workbench, another declines and is replaced', async () => {
    for (const town of ['town-a', 'town-b', 'town-c']) await ensureJurisdiction(run.t.db, town);
    const org = await makeOrg(run.t.db, { name: '江川市抽取测试农业有限公司', jurisdictionCode: 'town-a' });
    const call = await makeCall(run.t.db, { level: 'provincial', expertReview: true, sectionCode: 'agriculture' });
    const project = await makeProject(run.t.db, {
      callId: call.id,
      orgId: org.id,
      state: 'under_review',
      title: '设施葡萄水肥一体化示范',
    });
    const staff = await makeUser(run.t.db, 'staff', { sectionCode: 'agriculture' });
    const pool = [
      await makeUser(run.t.db, 'expert', { jurisdictionCode: 'town-b' }),
      await makeUser(run.t.db, 'expert', { jurisdictionCode: 'town-c' }),
      await makeUser(run.t.db, 'expert', { jurisdictionCode: 'town-c' }),
      await makeUser(run.t.db, 'expert', { jurisdictionCode: 'town-a' }),
    ];
    const names = ['钱教授', '孙研究员', '李高工', '本地专家'];
    for (const [i, e] of pool.entries()) {
      await run.t.db.update(users).set({ displayName: names[i]! }).where(eq(users.id, e.id));
      await run.t.db.insert(expertProfiles).values({ userId: e.id, fields: ['农业'], title: '研究员' });
    }

    page = await pageLoggedInAs(run, { username: staff.username, password: staff.password });
    await visit(page, `${run.base}/app/projects/${project.id}`);
    await page.getByRole('button', { name: '随机抽取专家' }).click();
    const draw = page.getByRole('dialog');
    await choose(page, draw.getByLabel('专业领域'), '农业');
    await draw.getByLabel('抽取人数').fill('2');
    await draw.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => page!.getByText('已抽取 2 位专家并分配评审任务').isVisible()).toBe(true);
    await expect.poll(() => page!.getByText(/本地专家（与申报单位同属地）/).isVisible()).toBe(true);
    const drawn = (
      await run.t.db
        .select({ expertId: reviewAssignments.expertId })
        .from(reviewAssignments)
        .where(eq(reviewAssignments.projectId, project.id))
    ).map((r) => r.expertId);
    expect(drawn).toHaveLength(2);
    expect(drawn).not.toContain(pool[3]!.id);
    const [first, second] = drawn.map((id) => pool.find((e) => e.id === id)!);

    // The expert finds the task on the workbench, with its deadline, and reads the application beside the form.
    page = await pageLoggedInAs(run, { username: first!.username, password: first!.password });
    await visit(page, `${run.base}/app/`);
    await page.getByRole('link', { name: /1 个项目等待您评分/ }).click();
    await page.getByRole('link', { name: '设施葡萄水肥一体化示范' }).click();
    await expect.poll(() => page!.getByRole('heading', { name: /设施葡萄水肥一体化示范/ }).isVisible()).toBe(true);
    await page.getByLabel(/创新性/).fill('36');
    await page.getByLabel(/可行性/).fill('52');
    await page.getByRole('button', { name: /提交评分/ }).click();
    await expect.poll(() => page!.getByText('评分已提交').isVisible()).toBe(true);

    // The other declines, with the reason; staff replace them by a fresh draw.
    page = await pageLoggedInAs(run, { username: second!.username, password: second!.password });
    await visit(page, `${run.base}/app/projects/${project.id}`);
    await page.getByRole('button', { name: '谢绝评审' }).click();
    const decline = page.getByRole('dialog');
    await decline.getByLabel('理由').fill('近期出国访问，无法按期评审');
    await decline.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => page!.getByText('已谢绝评审，业务科室将另行抽取专家').isVisible()).toBe(true);

    page = await pageLoggedInAs(run, { username: staff.username, password: staff.password });
    await visit(page, `${run.base}/app/projects/${project.id}`);
    const row = page.getByRole('row', { name: new RegExp(names[pool.indexOf(second!)]!) });
    await expect.poll(() => row.getByText(/已谢绝：近期出国访问/).isVisible()).toBe(true);
    await row.getByRole('button', { name: '补抽替换' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page!.getByText('已补抽专家替换').isVisible()).toBe(true);
    const now = (
      await run.t.db
        .select({ expertId: reviewAssignments.expertId })
        .from(reviewAssignments)
        .where(eq(reviewAssignments.projectId, project.id))
    )
      .map((r) => r.expertId)
      .sort();
    expect(now).toEqual([first!.id, pool.find((e) => e !== first && e !== second && e !== pool[3])!.id].sort());
  });
});

describe.runIf(hasChromium)('publishing a call in the browser', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  screenshotOnFailure(() => page, 'calls');
  beforeAll(async () => {
    run = await startBrowserRun();
  });
  afterAll(() => run?.close());

  it("staff publish a call of their section's program with a form field, and applicants see it open in the hall", async () => {
    const staff = await makeUser(run.t.db, 'staff', { sectionCode: 'agriculture' });
    await makeProgram(run.t.db, { level: 'prefecture', sectionCode: 'agriculture' });
    page = await pageLoggedInAs(run, { username: staff.username, password: staff.password });
    await visit(page, `${run.base}/app/calls`);
    await page.getByRole('button', { name: /发布申报通知/ }).click();
    const drawer = page.locator('.ant-drawer');
    await choose(page, drawer.getByLabel('科技计划'), /镇江市级/);
    await drawer.getByLabel('通知标题').fill('关于组织申报2027年度镇江市农业科技计划项目的通知');
    await drawer.getByRole('button', { name: /添加表单项/ }).click();
    await drawer.getByPlaceholder('键名').fill('field');
    await drawer.getByPlaceholder('名称').first().fill('技术领域');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.waitFor({ state: 'detached' });
    await expect.poll(() => page!.getByText('关于组织申报2027年度镇江市农业科技计划项目的通知').isVisible()).toBe(true);

    const applicant = await makeUser(run.t.db, 'applicant');
    page = await pageLoggedInAs(run, { username: applicant.username, password: applicant.password });
    await visit(page, `${run.base}/app/hall`);
    await expect.poll(() => page!.getByText('关于组织申报2027年度镇江市农业科技计划项目的通知').isVisible()).toBe(true);
    await page.getByRole('button', { name: /我要申报/ }).click();
    await expect.poll(() => page!.getByRole('dialog').getByLabel('技术领域').isVisible()).toBe(true);
  });
});
