import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3100';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
async function as(username, width = 1366) {
  const r = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'Demo-Passw0rd!' }) });
  const cookie = r.headers.get('set-cookie').split(';')[0];
  const [name, value] = cookie.split('=');
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  await ctx.addCookies([{ name, value, url: base }]);
  return { page: await ctx.newPage(), cookie };
}
const steps = process.argv.slice(2);
for (const step of steps) {
  const [user, url, file, action] = step.split('|');
  const { page } = await as(user);
  await page.goto(`${base}${url}`);
  await page.waitForTimeout(2500);
  if (action === 'bell') { await page.click('[data-testid=notification-bell]'); await page.waitForTimeout(800); }
  if (action?.startsWith('tab:')) { await page.getByRole('tab', { name: action.slice(4) }).click(); await page.waitForTimeout(1000); }
  if (action?.startsWith('click:')) { await page.getByRole('button', { name: action.slice(6) }).first().click(); await page.waitForTimeout(1200); }
  await page.screenshot({ path: `/tmp/shots/${file}.png`, fullPage: true });
  await page.context().close();
}
await browser.close();
