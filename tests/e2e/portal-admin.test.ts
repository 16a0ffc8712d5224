import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/domains/demo/seed.js';
import {
  type BrowserRun,
  hasChromium,
  pageLoggedInAs,
  screenshotOnFailure,
  startBrowserRun,
  visit,
} from './browser.js';

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

  it('keeps the lists and the table of a text pasted from Word, without its styling; a table grows and shrinks; undo works', async () => {
    page = await pageLoggedInAs(run, { username: 'staff', password });
    await visit(page, `${run.base}/app/portal/items`);
    await page.getByRole('button', { name: /新\s*建/ }).click();
    await page.getByRole('menuitem', { name: '科技动态' }).click();
    await page.getByLabel('标题').fill('从Word粘贴的通知');
    const body = page.getByRole('textbox', { name: '正文' });
    await body.click();
    // The clipboard as Word 2016 fills it: list paragraphs with typed-in markers in conditional comments, a styled table.
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><body lang=ZH-CN><!--StartFragment-->
<p class=MsoNormal><b><span style='font-family:黑体;color:red'>申报条件</span></b><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span lang=EN-US>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]--><span style='font-family:宋体'>在本市注册的企业</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span lang=EN-US>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><!--[endif]--><span style='font-family:宋体'>上年度研发投入不低于营业收入的3%</span><o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><!--[endif]-->材料一式三份<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=184 style='width:138.25pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>项目类别</b></p></td><td width=184 style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>资助额度</b></p></td></tr>
<tr><td width=184 style='border:solid windowtext 1.0pt'><p class=MsoNormal>重点项目</p></td><td width=184 style='border:solid windowtext 1.0pt'><p class=MsoNormal><span style='color:blue'>30万元</span></p></td></tr>
</table><!--EndFragment--></body></html>`;
    await body.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', '申报条件 在本市注册的企业 …');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, word);
    await expect
      .poll(() => body.locator('ol > li').allTextContents())
      .toEqual(['在本市注册的企业', '上年度研发投入不低于营业收入的3%']);
    expect(await body.locator('ul > li').allTextContents()).toEqual(['材料一式三份']);
    expect(await body.locator('strong').first().textContent()).toBe('申报条件');
    expect(await body.locator('table tr').count()).toBe(2);
    expect(await body.locator('table td, table th').allTextContents()).toEqual([
      '项目类别',
      '资助额度',
      '重点项目',
      '30万元',
    ]);
    // Word's styling stays behind: no font, colour or class reaches the body.
    expect(
      await body.evaluate(
        (el) => el.querySelectorAll('[style*="font"], [style*="color"], [class^="Mso"], span[lang]').length,
      ),
    ).toBe(0);

    // The table grows by a row and a column, and loses them again; undo brings the row back.
    await body.locator('table td').filter({ hasText: '重点项目' }).click();
    await page.getByRole('button', { name: '在下方插入一行' }).click();
    await expect.poll(() => body.locator('table tr').count()).toBe(3);
    await page.getByRole('button', { name: '在右侧插入一列' }).click();
    await expect.poll(() => body.locator('table tr').first().locator('td, th').count()).toBe(3);
    // The new column is the second: remove it from inside it.
    await body.locator('table tr').nth(1).locator('td').nth(1).click();
    await page.getByRole('button', { name: '删除所在列' }).click();
    await expect.poll(() => body.locator('table tr').first().locator('td, th').count()).toBe(2);
    await page.getByRole('button', { name: '删除所在行' }).click();
    await expect.poll(() => body.locator('table tr').count()).toBe(2);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => body.locator('table tr').count()).toBe(3);

    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/app\/portal\/items\/\d+$/);
    const id = Number(/\/items\/(\d+)$/.exec(page.url())![1]);
    const saved = await page.evaluate(
      async (itemId) => (await (await fetch(`/api/portal/items/${itemId}`)).json()).bodyHtml as string,
      id,
    );
    expect(saved).toMatch(
      /<ol><li><p>在本市注册的企业<\/p><\/li><li><p>上年度研发投入不低于营业收入的3%<\/p><\/li><\/ol>/,
    );
    expect(saved).toContain('<ul><li><p>材料一式三份</p></li></ul>');
    expect(saved).toMatch(/<table>.*<td><p>重点项目<\/p><\/td><td><p>30万元<\/p><\/td>/s);
    expect(saved).not.toMatch(/style=|class=|font-family/);
  });

  it('staff answer an open message, and its status page shows the reply', async () => {
    page = await pageLoggedInAs(run, { username: 'staff', password });
    await visit(page, `${run.base}/app/portal/messages`);
    await page.getByRole('button', { name: '高新技术企业认定的申报时间' }).click();
    const drawer = page.locator('.ant-drawer-open');
    await expect.poll(() => drawer.getByText('留言人信息（不公开）').isVisible()).toBe(true);
    const status = await drawer.getByRole('link', { name: /网站办理页/ }).getAttribute('href');
    expect(status).toMatch(/^\/messages\/\d{8}-[A-Z0-9]{10}$/);

    await drawer
      .getByLabel('答复')
      .fill('您好！今年高新技术企业认定预计于5月开始申报，届时将在本网站“通知公告”栏目发布通知。');
    await drawer.getByRole('button', { name: '提交答复' }).click();
    await expect.poll(() => drawer.getByText(/^答复于/).isVisible()).toBe(true);
    // The writer did not agree to publication: the switch says why it is off.
    expect(await drawer.getByRole('switch').isDisabled()).toBe(true);
    await expect.poll(() => drawer.getByText('留言人未同意公开，不能公开此留言。').isVisible()).toBe(true);

    await visit(page, `${run.base}${status}`);
    await expect.poll(() => page!.getByText('届时将在本网站“通知公告”栏目发布通知').isVisible()).toBe(true);
  });
});
