import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { type TestApp, testApp } from '../../src/testing/harness.js';

/** The system's Chromium (Debian's), never a downloaded one. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  if (process.env.CI === 'true')
    throw new Error(`CI=true but no Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH`);
  console.warn(
    `Browser tests skipped: no Chromium at ${chromiumPath} (install Debian's chromium or set CHROMIUM_PATH).`,
  );
}

export interface BrowserRun {
  t: TestApp;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A KeGuan server on a free port with its own database, and a headless Chromium. */
export async function startBrowserRun(): Promise<BrowserRun> {
  const t = await testApp({ serveWeb: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    t,
    base,
    browser,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** Saves a screenshot of the page when the current test fails, to test-results/. */
export function screenshotOnFailure(page: () => Page | undefined, name: string): void {
  afterEach(async (context) => {
    const p = page();
    if (!p || context.task.result?.state !== 'fail') return;
    await fs.mkdir('test-results', { recursive: true });
    await p
      .screenshot({
        path: path.join(
          'test-results',
          `${name}-${context.task.name.slice(0, 40).replace(/[^\w\u4e00-\u9fa5]+/g, '_')}.png`,
        ),
        fullPage: true,
      })
      .catch(() => undefined);
  });
}

/** Logs in through the API and hands the session cookie to a new browser page. */
export async function pageLoggedInAs(
  run: BrowserRun,
  o: { username: string; password: string; totp?: string },
): Promise<Page> {
  const response = await fetch(`${run.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(o),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const [name, value] = cookie.split('=') as [string, string];
  // Without motion, as a reader who asks their system for less of it: a click never lands on a dialog or a dropdown still zooming in.
  const context = await run.browser.newContext({
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  await context.addCookies([{ name, value, url: run.base }]);
  return context.newPage();
}

/**
 * Opens a page and waits until its first requests have settled: a click on a table that is still being
 * re-rendered by arriving data can land on a node React is about to replace.
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}

/** Nothing on the page scrolls sideways: its content is no wider than the window (a phone's 390 px). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const [content, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(content, `${page.url()} is ${content} px wide in a ${width} px window`).toBeLessThanOrEqual(width!);
}

/** The element is within the window as it stands (a main action a user sees without scrolling sideways). */
export async function expectOnScreen(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  expect(box, 'the element is shown').not.toBeNull();
  // Layout works in fractions of a pixel: a box ending a tenth of a pixel past the edge is still all shown.
  expect(box!.x).toBeGreaterThanOrEqual(-0.5);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
}

/** Picks an option of an Ant Design select and waits until the field shows it (the dropdown animates in). */
export async function choose(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  const item = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: option });
  await item.first().click();
  await expect
    .poll(() => page.locator('.ant-select-item-option-selected').filter({ hasText: option }).count())
    .toBeGreaterThan(0);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page for WCAG 2.0/2.1 A and AA; returns the violations, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
