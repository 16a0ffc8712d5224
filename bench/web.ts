import os from 'node:os';
import { sql } from 'drizzle-orm';
import { type BrowserContext, chromium } from 'playwright-core';
import { say } from '../src/cli/output.js';
import { buildWebIfStale } from '../src/cli/web-build.js';
import { benchPassword, withBenchServer } from './bench-server.js';
import { writeSection } from './report.js';

/** Slow 4G as the issue measured it: 1.6 Mbps down, 750 kbps up, 150 ms round trip; a mid-range phone's CPU (4× slower). */
const phone = {
  name: 'phone',
  viewport: { width: 390, height: 844 },
  isMobile: true,
  network: { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  cpu: 4,
};
const desktop = { name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false, network: null, cpu: 1 };
type Profile = typeof phone | typeof desktop;

interface Screen {
  name: string;
  /** Who is logged in (none for the login screen and the public site). */
  user?: string;
  path: string;
  /** What must be visible for the screen to count as shown: its main content, not a spinner. */
  shown: string;
  /** Seconds the phone may take. */
  goal: number;
  /** Kilobytes the phone may fetch, where the issue sets a limit. */
  kbGoal?: number;
}

interface Measured {
  ms: number;
  kb: number;
  scriptMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(
  browser: import('playwright-core').Browser,
  base: string,
  screen: Screen,
  profile: Profile,
): Promise<Measured> {
  // A new visitor each time: an empty cache, as on a first visit.
  const context: BrowserContext = await browser.newContext({
    viewport: profile.viewport,
    isMobile: profile.isMobile,
    hasTouch: profile.isMobile,
    locale: 'zh-CN',
  });
  try {
    if (screen.user) {
      const login = await context.request.post(`${base}/api/auth/login`, {
        data: { username: screen.user, password: benchPassword },
      });
      if (!login.ok()) throw new Error(`login as ${screen.user}: ${login.status()}`);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
    });
    const started = performance.now();
    await page.goto(`${base}${screen.path}`, { waitUntil: 'commit' });
    await page.locator(screen.shown).first().waitFor({ state: 'visible', timeout: 60_000 });
    const ms = performance.now() - started;
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
    return { ms, kb: bytes / 1024, scriptMs: script * 1000 };
  } finally {
    await context.close();
  }
}

/**
 * `npm run bench -- --web`: each screen users reach first, in Chromium, as a phone on a slow link and as
 * an unthrottled desktop — time until its main content shows, bytes fetched, JavaScript run — against the
 * issue's goals. A fresh browser context per round, so every visit is a first visit.
 */
export async function benchWeb(o: { rounds: number; out: string }): Promise<void> {
  await buildWebIfStale(say);
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  await withBenchServer(
    { label: 'Demo city', total: 1, serveWeb: true, grow: async (_db, progress) => progress(1) },
    async ({ db, base }) => {
      const first = async (query: ReturnType<typeof sql>) =>
        ((await db.execute<{ id: number }>(query)).rows[0]?.id ?? 0) as number;
      const draft = await first(
        sql`SELECT p.id FROM projects p JOIN users u ON u.org_id = p.org_id WHERE u.username = 'applicant' ORDER BY (p.state = 'draft') DESC, p.id DESC LIMIT 1`,
      );
      const publicity = await first(
        sql`SELECT id FROM portal_items WHERE "column" = 'publicity' AND state = 'published' ORDER BY id DESC LIMIT 1`,
      );
      const screens: Screen[] = [
        {
          name: '登录页 login screen',
          path: '/app/',
          shown: 'form input#username, form input[autocomplete=username]',
          goal: 3,
          kbGoal: 300,
        },
        {
          name: '申报大厅 service hall',
          user: 'applicant',
          path: '/app/hall',
          shown: '.kg-row-card, .ant-table-row',
          goal: 4,
        },
        {
          name: '申报书 application form',
          user: 'applicant',
          path: `/app/projects/${draft}`,
          shown: '[data-testid=project-state]',
          goal: 4,
        },
        { name: '驾驶舱 cockpit', user: 'leader', path: '/app/targets', shown: '.ant-card canvas', goal: 5 },
        { name: '门户首页 public home', path: '/', shown: 'main h2', goal: 1.5 },
        { name: '公示 a publicity item', path: `/publicity/${publicity}`, shown: 'main h1', goal: 1.5 },
        { name: '站内搜索 a search', path: `/search?q=${encodeURIComponent('专利')}`, shown: 'main h1', goal: 1.5 },
      ];
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
      const chromiumVersion = browser.version();
      const rows: string[] = [];
      let met = 0;
      try {
        for (const screen of screens) {
          const results: Record<string, Measured> = {};
          for (const profile of [phone, desktop]) {
            const runs: Measured[] = [];
            for (let i = 0; i < o.rounds; i++) runs.push(await measure(browser, base, screen, profile));
            results[profile.name] = {
              ms: median(runs.map((r) => r.ms)),
              kb: median(runs.map((r) => r.kb)),
              scriptMs: median(runs.map((r) => r.scriptMs)),
            };
          }
          const p = results.phone!;
          const d = results.desktop!;
          const ok = p.ms <= screen.goal * 1000 && (screen.kbGoal === undefined || p.kb <= screen.kbGoal);
          if (ok) met++;
          const goal = `≤ ${screen.goal} s${screen.kbGoal ? `, ≤ ${screen.kbGoal} KB` : ''}`;
          rows.push(
            `| ${screen.name} | ${(p.ms / 1000).toFixed(2)} | ${Math.round(p.kb)} | ${Math.round(p.scriptMs)} | ${(d.ms / 1000).toFixed(2)} | ${Math.round(d.kb)} | ${Math.round(d.scriptMs)} | ${goal} | ${ok ? 'met' : '**missed**'} |`,
          );
          say(
            `${screen.name}: phone ${(p.ms / 1000).toFixed(2)} s, ${Math.round(p.kb)} KB; desktop ${(d.ms / 1000).toFixed(2)} s`,
          );
        }
      } finally {
        await browser.close();
      }
      const cpu = os.cpus();
      const section = [
        '## web (the browser, phone and desktop)',
        '',
        `- **When**: ${new Date().toISOString().slice(0, 16).replace('T', ' ')}; **machine**: ${cpu.length} cores (${cpu[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'unknown'}), Node ${process.version.slice(1)}; Chromium ${chromiumVersion}`,
        `- **Profiles**: phone = 390×844, Slow 4G (1.6 Mbps down, 750 kbps up, 150 ms round trip), CPU 4× slower; desktop = 1440×900, no throttling. Each visit a first visit (empty cache); the median of ${o.rounds} rounds.`,
        "- **Shown** = from navigation until the screen's main content is visible (the form, the list, the chart, the article), after a login made beforehand; **KB** = bytes over the wire (compressed); **JS ms** = script execution (CDP ScriptDuration).",
        `- **Goals** (phone): login ≤ 3 s and ≤ 300 KB; the hall and a form ≤ 4 s; the cockpit ≤ 5 s; public pages ≤ 1.5 s — ${met} of ${screens.length} met.`,
        '',
        '| screen | phone shown s | phone KB | phone JS ms | desktop shown s | desktop KB | desktop JS ms | goal (phone) | |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | :---: |',
        ...rows,
      ].join('\n');
      await writeSection(o.out, 'web', section);
      say(`Written to ${o.out}`);
    },
  );
}
