import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/domains/demo/seed.js';
import { makeUser } from '../../src/testing/factories.js';
import {
  accessibilityViolations,
  type BrowserRun,
  hasChromium,
  pageLoggedInAs,
  screenshotOnFailure,
  startBrowserRun,
  visit,
} from './browser.js';

const password = 'Demo-Passw0rd!';

/** The back office and the service hall, as each role first meets them, at a desk and on a phone. */
const screens: { user?: string; path: string; width: number; label: string }[] = [
  { path: '/app/', width: 1366, label: '登录' },
  { path: '/app/register', width: 390, label: '单位注册' },
  { user: 'applicant', path: '/app/', width: 1366, label: '申报单位首页' },
  { user: 'applicant', path: '/app/hall', width: 390, label: '申报大厅' },
  { user: 'applicant', path: '/app/projects', width: 390, label: '我的项目' },
  { user: 'staff', path: '/app/projects', width: 1366, label: '科技项目' },
  { user: 'staff', path: '/app/approvals', width: 1366, label: '审批事项' },
  { user: 'staff', path: '/app/qualifications', width: 1366, label: '企业资质' },
  { user: 'staff', path: '/app/portal/items', width: 1366, label: '政务信息' },
  { user: 'staff', path: '/app/disclosure', width: 1366, label: '依申请公开' },
  { user: 'staff', path: '/app/disclosure', width: 390, label: '依申请公开（手机）' },
  { user: 'staff', path: '/app/portal/consultations', width: 1366, label: '意见征集' },
  { user: 'staff', path: '/app/reports/open-gov', width: 1366, label: '政府信息公开工作年度报告' },
  { user: 'staff', path: '/app/portal/site', width: 1366, label: '网站信息' },
  { user: 'leader', path: '/app/', width: 1366, label: '工作台' },
  { user: 'leader', path: '/app/targets', width: 1366, label: '目标任务' },
  { user: 'leader', path: '/app/wall', width: 1920, label: '大屏' },
  { user: 'liaison', path: '/app/projects', width: 390, label: '属地项目' },
  { user: 'expert', path: '/app/projects', width: 1366, label: '评审项目' },
  { user: 'admin', path: '/app/users', width: 1366, label: '用户管理' },
  { user: 'admin', path: '/app/system/jobs', width: 1366, label: '后台任务' },
  { user: 'admin', path: '/app/dictionaries', width: 1366, label: '数据字典' },
  { user: 'auditor', path: '/app/audit', width: 1366, label: '审计日志' },
];

describe.runIf(hasChromium)('the back office in the browser: WCAG 2.1 AA and its look', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  screenshotOnFailure(() => page, 'access');

  beforeAll(async () => {
    run = await startBrowserRun();
    await seedDemo(run.t.db, { password, storage: run.t.storage });
  });
  afterAll(async () => {
    await run?.close();
  });

  const open = async (user: string | undefined, path: string, width: number) => {
    // The admin and the auditor log in with a second factor: accounts of their own, whose codes the test knows.
    if (user === 'admin' || user === 'auditor') {
      const account = await makeUser(run.t.db, user);
      page = await pageLoggedInAs(run, {
        username: account.username,
        password: account.password,
        totp: account.totp(),
      });
    } else if (user) page = await pageLoggedInAs(run, { username: user, password });
    else page = await (await run.browser.newContext({ reducedMotion: 'reduce' })).newPage();
    await page.setViewportSize({ width, height: width > 1500 ? 1080 : 900 });
    await visit(page, `${run.base}${path}`);
    // The screen's content, not its loading spinner.
    await page.locator('h1, h2, form').first().waitFor();
    return page;
  };

  // A test a screen: each well inside the time limit on a slow machine, and a failure names its screen.
  it.each(
    screens.map((screen) => [`${screen.label} (${screen.user ?? '未登录'}, ${screen.width} px)`, screen] as const),
  )('%s passes axe-core for WCAG 2.0/2.1 A and AA', async (_, screen) => {
    const shown = await open(screen.user, screen.path, screen.width);
    expect(await accessibilityViolations(shown)).toEqual([]);
    await shown.context().close();
  });

  it("draws antd from built style sheets in the bureau's colours, with KeGuan's own rules over antd's", async () => {
    const login = await open(undefined, '/app/', 1366);
    const submit = login.getByRole('button', { name: /登\s*录/ });
    // The bureau's blue (#1456a0) on the primary button: antd's static rules, our theme's token.
    expect(await submit.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(20, 86, 160)');
    // Nothing of antd's component styles computed in the browser: its <style> elements hold token variables only.
    const computed = await login.evaluate(() =>
      [...document.querySelectorAll('style')].flatMap(
        (s) => s.textContent?.match(/[{;]\s*[a-z][a-z-]*\s*:[^;}]*/g) ?? [],
      ),
    );
    expect(computed).toEqual([]);
    await login.context().close();

    const desk = await open('staff', '/app/projects', 1366);
    // antd's layout paints its header dark; KeGuan's header is white, whatever order the sheets arrived in.
    expect(await desk.locator('.kg-header').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    expect(await desk.locator('.ant-layout-sider').evaluate((s) => getComputedStyle(s).backgroundColor)).not.toBe(
      'rgba(0, 0, 0, 0)',
    );
    await desk.context().close();
  });
});
