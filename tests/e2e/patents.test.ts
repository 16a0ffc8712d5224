import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { patentSubsidyRates, patents, portalItems } from '../../src/db/tables/index.js';
import { checkCharacter } from '../../src/domains/patents/application-number.js';
import { director } from '../../src/testing/director.js';
import { ensureJurisdiction, makeOrg, makeUser, type MadeUser } from '../../src/testing/factories.js';
import {
  type BrowserRun,
  hasChromium,
  pageLoggedInAs,
  screenshotOnFailure,
  startBrowserRun,
  visit,
  choose,
} from './browser.js';

const number = (serial: number, type = 1, year = 2009) => {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  return `${digits}.${checkCharacter(digits)}`;
};

describe.runIf(hasChromium)('patents in the browser', () => {
  let run: BrowserRun;
  let page: Page | undefined;
  let staff: MadeUser;
  let applicant: MadeUser;
  let orgId: number;
  screenshotOnFailure(() => page, 'patents');

  beforeAll(async () => {
    run = await startBrowserRun();
    await ensureJurisdiction(run.t.db, 'town-a');
    orgId = (await makeOrg(run.t.db, { name: '江川市绿源农业科技有限公司', jurisdictionCode: 'town-a' })).id;
    staff = await makeUser(run.t.db, 'staff');
    applicant = await makeUser(run.t.db, 'applicant', { orgId });
  });
  afterAll(() => run?.close());

  it('staff import a GBK list: the preview shows the bad rows and why, then the valid ones are imported', async () => {
    page = await pageLoggedInAs(run, { username: staff.username, password: staff.password });
    await visit(page, `${run.base}/app/patents`);
    await page.getByRole('button', { name: /导\s*入/ }).click();
    const list = [
      '申请号,专利名称,专利类型,申请(专利权)人,申请日,授权公告日,法律状态',
      `${number(1)},一种葡萄避雨栽培方法,发明,江川市绿源农业科技有限公司,2009-03-01,,审中`,
      `${number(2, 2)},一种果园喷雾装置,实用新型,江川市绿源农业科技有限公司,2009-04-02,2009-10-09,有效`,
      `${number(3).slice(0, -1)}${number(3).endsWith('0') ? '1' : '0'},校验位错误的专利,发明,某公司,2009-05-01,,审中`,
    ].join('\r\n');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '专利清单.csv', mimeType: 'text/csv', buffer: iconv.encode(list, 'gbk') });
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.getByText('申请号校验位不正确').isVisible()).toBe(true);
    expect(await report.textContent()).toContain('gb18030');
    await report.getByRole('button', { name: /导入 2 条有效记录/ }).click();
    await expect.poll(() => report.getByText(/新增 2 条/).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page!.getByText('一种果园喷雾装置').isVisible()).toBe(true);
  });

  it('an applicant claims a subsidy; staff approve and list it, publicise the list, and after the period the director approves the payment', async () => {
    await run.t.db
      .insert(patentSubsidyRates)
      .values({ year: 2026, type: 'utility_model', stage: 'granted', amountFen: 80_000 });
    await run.t.db.insert(patents).values({
      applicationNumber: number(26, 2, 2026),
      type: 'utility_model',
      title: '一种滴灌带接头',
      applicantName: '江川市绿源农业科技有限公司',
      orgId,
      jurisdictionCode: 'town-a',
      filedOn: '2026-01-05',
      grantedOn: '2026-08-08',
      legalStatus: '有效',
    });
    page = await pageLoggedInAs(run, { username: applicant.username, password: applicant.password });
    await visit(page, `${run.base}/app/patents`);
    await page
      .getByRole('row', { name: /一种滴灌带接头/ })
      .getByRole('button', { name: /申请资助/ })
      .click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText(/2026年资助标准：800.00元/).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'detached' });

    page = await pageLoggedInAs(run, { username: staff.username, password: staff.password });
    await visit(page, `${run.base}/app/subsidies`);
    await page
      .getByRole('row', { name: /一种滴灌带接头/ })
      .getByRole('button', { name: /核\s*准/ })
      .click();
    await expect.poll(() => page!.getByText('一种滴灌带接头').count()).toBe(0);
    await choose(page, page.getByRole('combobox').first(), '已核准');
    await page
      .getByRole('row', { name: /一种滴灌带接头/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: /列入拟资助名单（1）/ }).click();
    const list = page.getByRole('dialog');
    expect(await list.textContent()).toContain('800.00元');
    await list.getByRole('button', { name: /确\s*定/ }).click();
    await list.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '资助批次' }).click();
    const row = page.getByRole('row', { name: /2026年度专利资助/ });
    await expect.poll(() => row.getByText('尚未公示').isVisible()).toBe(true);
    // 公示 before 拨付: the list's publicity is drafted in one click, for the site's review.
    await row.getByRole('button', { name: '生成公示' }).click();
    await page.waitForURL(/\/app\/portal\/items\/\d+/);
    const itemId = Number(page.url().split('/').at(-1));
    // Reviewed, published and run out (dated back, as time would).
    await run.t.db
      .update(portalItems)
      .set({
        state: 'published',
        publishAt: new Date('2026-11-20T01:00:00Z'),
        startsOn: '2026-11-20',
        endsOn: '2026-11-26',
      })
      .where(eq(portalItems.id, itemId));
    await visit(page, `${run.base}/app/subsidies?tab=batches`);
    await expect
      .poll(() =>
        page!
          .getByRole('row', { name: /2026年度专利资助/ })
          .getByText(/公示期满/)
          .isVisible(),
      )
      .toBe(true);
    await page
      .getByRole('row', { name: /2026年度专利资助/ })
      .getByRole('button', { name: '报请拨付' })
      .click();
    const pay = page.getByRole('dialog');
    // A payment is made under its document number.
    await pay.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => pay.getByText('此项为必填项').isVisible()).toBe(true);
    await pay.getByLabel('拨付文号').fill('江科发〔2026〕30号');
    await pay.getByRole('button', { name: /确\s*定/ }).click();
    await pay.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        page!
          .getByRole('row', { name: /2026年度专利资助/ })
          .getByText('审批中')
          .isVisible(),
      )
      .toBe(true);

    // The director approves the payment from the desk.
    const desk = await director(run.t);
    const [waiting] = (await desk.get('/api/approvals?scope=waiting')).json().items;
    expect(waiting).toMatchObject({ kind: 'subsidy_payment', payload: { docNo: '江科发〔2026〕30号' } });
    expect((await desk.post(`/api/approvals/${waiting.id}/decision`, { decision: 'approve' })).json().status).toBe(
      'approved',
    );

    page = await pageLoggedInAs(run, { username: applicant.username, password: applicant.password });
    await visit(page, `${run.base}/app/subsidies`);
    await expect
      .poll(() =>
        page!
          .getByRole('row', { name: /一种滴灌带接头/ })
          .getByText('已拨付')
          .isVisible(),
      )
      .toBe(true);
  });
});
