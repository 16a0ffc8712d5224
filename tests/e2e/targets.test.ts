import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patents } from '../../src/db/tables/index.js';
import { checkCharacter } from '../../src/domains/patents/application-number.js';
import { ensureJurisdiction, type MadeUser, makeUser } from '../../src/testing/factories.js';
import { approvedByDirector } from '../../src/testing/director.js';
import { login } from '../../src/testing/harness.js';
import {
  type BrowserRun,
  hasChromium,
  pageLoggedInAs,
  screenshotOnFailure,
  startBrowserRun,
  visit,
} from './browser.js';

describe.runIf(hasChromium)(
  'targets: a town reports a manual indicator; the leader drills down from the cockpit',
  () => {
    let run: BrowserRun;
    let page: Page | undefined;
    let liaison: MadeUser;
    let staff: MadeUser;
    let leader: MadeUser;
    screenshotOnFailure(() => page, 'targets');

    beforeAll(async () => {
      run = await startBrowserRun();
      await ensureJurisdiction(run.t.db, 'town-a');
      // Eight utility models filed by the town from January to May 2009, and a spread-out 2008.
      const filed = (year: number, months: number[]) =>
        months.map((month, i) => {
          const digits = `${year}2${String(1000 + month * 10 + i).padStart(7, '0')}`;
          return {
            applicationNumber: `${digits}.${checkCharacter(digits)}`,
            type: 'utility_model' as const,
            title: `葡萄避雨栽培装置${year}-${i}`,
            applicantName: '某公司',
            jurisdictionCode: 'town-a',
            filedOn: `${year}-${String(month).padStart(2, '0')}-08`,
          };
        });
      await run.t.db
        .insert(patents)
        .values([...filed(2009, [1, 1, 2, 3, 3, 4, 5, 5]), ...filed(2008, [1, 3, 5, 7, 9, 11])]);
      [liaison, staff, leader] = [
        await makeUser(run.t.db, 'liaison', { jurisdictionCode: 'town-a' }),
        await makeUser(run.t.db, 'staff'),
        await makeUser(run.t.db, 'leader'),
      ];
      const s = await login(run.t.app, staff.username, staff.password);
      const patentsId = (
        await s.post('/api/targets/indicators', {
          year: 2009,
          code: 'patents',
          name: '专利申请量',
          unit: '件',
          direction: 'at_least',
          targetMin: 10,
          weight: 50,
          source: 'metric',
          metricKey: 'patents.filed',
        })
      ).json().id;
      const trainingId = (
        await s.post('/api/targets/indicators', {
          year: 2009,
          code: 'training',
          name: '科技培训农民',
          unit: '人次',
          direction: 'at_least',
          targetMin: 100,
          weight: 50,
          source: 'manual',
          sortOrder: 2,
        })
      ).json().id;
      const letter = await s.post('/api/targets/letters', {
        year: 2009,
        unitKind: 'jurisdiction',
        jurisdictionCode: 'town-a',
        items: [
          { indicatorId: patentsId, shareMin: 10, weight: 50 },
          { indicatorId: trainingId, shareMin: 100, weight: 50 },
        ],
      });
      // 下达 once the director approves it.
      await approvedByDirector(
        run.t,
        await s.post(`/api/targets/letters/${letter.json().id}/actions`, { action: 'issue' }),
      );
    });
    afterAll(() => run?.close());

    it("the town's liaison reports its training figure with evidence, and staff accept it", async () => {
      page = await pageLoggedInAs(run, { username: liaison.username, password: liaison.password });
      await visit(page, `${run.base}/app/targets?year=2009`);
      const row = page.getByRole('row').filter({ hasText: '科技培训农民' });
      await expect.poll(() => row.getByText('尚未报送').isVisible()).toBe(true);
      await row.getByRole('button', { name: /报\s*送/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('累计完成（人次）').fill('60');
      await dialog.getByLabel('情况说明').fill('举办葡萄栽培培训班2期');
      // Without evidence the bureau will not take it.
      await dialog.getByRole('button', { name: /^报\s*送$/ }).click();
      await expect.poll(() => page!.getByText('请先上传佐证材料再报送').isVisible()).toBe(true);
      await dialog.locator('input[type=file]').setInputFiles({
        name: '培训签到表.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n签到表\n'),
      });
      await dialog.getByRole('button', { name: /^报\s*送$/ }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page!.getByText('已报送，等待审核').count()).toBeGreaterThan(0);

      // Staff find it in their to-do list, which leads to the reports.
      page = await pageLoggedInAs(run, { username: staff.username, password: staff.password });
      await visit(page, `${run.base}/app`);
      await page.getByRole('link', { name: '1 份指标进度报送待审核' }).click();
      await page.waitForURL(/tab=reports/);
      const report = page.getByRole('row').filter({ hasText: '科技培训农民' });
      await expect.poll(() => report.getByRole('link', { name: '培训签到表.pdf' }).isVisible()).toBe(true);
      await report.getByRole('button', { name: /通\s*过/ }).click();
      await expect.poll(() => page!.getByText('已审核通过').count()).toBeGreaterThan(0);

      page = await pageLoggedInAs(run, { username: liaison.username, password: liaison.password });
      await visit(page, `${run.base}/app/targets?year=2009`);
      const reported = page.getByRole('row').filter({ hasText: '科技培训农民' });
      await expect.poll(() => reported.getByText('60人次').isVisible()).toBe(true);
      expect(await reported.textContent()).toContain('已报至第2季度');
    });

    it("the leader's cockpit shows each indicator against target, and a bar opens the rows behind it", async () => {
      page = await pageLoggedInAs(run, { username: leader.username, password: leader.password });
      await visit(page, `${run.base}/app/targets?year=2009`);
      await expect.poll(() => page!.getByText('2009年6月').isVisible()).toBe(true);
      const chart = page.locator('.ant-card').filter({ hasText: '全市各项指标完成进度' }).locator('canvas').first();
      await chart.waitFor();
      const box = (await chart.boundingBox())!;
      // Patent applications are the first row; its projected bar (160% of the target) spans the plot. The bars
      // grow in, so the click is repeated until one lands.
      const drawer = page.locator('.ant-drawer').filter({ hasText: '专利申请量' });
      await expect
        .poll(async () => {
          await page!.mouse.move(box.x + box.width * 0.6, box.y + 84);
          await page!.mouse.down();
          await page!.mouse.up();
          return drawer.count();
        })
        .toBeGreaterThan(0);
      await expect.poll(() => drawer.getByText('共 8 条').isVisible()).toBe(true);
      expect(await drawer.getByText(/葡萄避雨栽培装置2009/).count()).toBeGreaterThan(0);
    });

    it('the wall display fits one 1920×1080 screen and counts the targets as the cockpit does', async () => {
      page = await pageLoggedInAs(run, { username: leader.username, password: leader.password });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await visit(page, `${run.base}/app/wall?year=2009`);
      await expect
        .poll(() => page!.getByRole('heading', { name: /2009年度科技工作目标责任制/ }).isVisible())
        .toBe(true);
      const [scrollHeight, scrollWidth] = await page.evaluate(() => [
        document.documentElement.scrollHeight,
        document.documentElement.scrollWidth,
      ]);
      expect(scrollHeight).toBeLessThanOrEqual(1080);
      expect(scrollWidth).toBeLessThanOrEqual(1920);
      for (const panel of await page.locator('.kg-wall-panel').all()) {
        const box = (await panel.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(1080);
      }
      // No menu, a legend entry for every colour the bars use.
      expect(await page.locator('.ant-layout-sider').count()).toBe(0);
      expect(await page.getByRole('list', { name: '图例' }).getByRole('listitem').allTextContents()).toEqual([
        '已达标',
        '进度正常',
        '预计完不成',
        '尚无数据',
        '预计全年',
        '目标线（100%）',
      ]);
      const wallMet = (await page
        .locator('.kg-wall-kpi')
        .filter({ hasText: '已完成的指标' })
        .locator('b')
        .textContent())!.replace(/\s+/g, '');
      await page.setViewportSize({ width: 1440, height: 900 });
      await visit(page, `${run.base}/app/targets?year=2009`);
      const cockpit = page.locator('.ant-card').filter({ hasText: '已完成的指标' }).first();
      await expect
        .poll(async () => (await cockpit.locator('.ant-statistic-content').textContent())?.replace(/\s+/g, ''))
        .toBe(wallMet);
    });
  },
);
