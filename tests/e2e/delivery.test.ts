import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/tables/index.js';
import { makeOrg, makeUser } from '../../src/testing/factories.js';
import { login, type TestApp, testApp } from '../../src/testing/harness.js';
import { webDistDir } from '../../src/server/plugins/web.js';

/** How the built back office and the site travel: compressed, cached as long as they can be, split by screen. */
let t: TestApp;
let html: string;
beforeAll(async () => {
  t = await testApp({ serveWeb: true });
  html = (await t.app.inject({ method: 'GET', url: '/app/' })).body;
});
afterAll(async () => {
  await t.close();
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });
/** The files the login screen needs before it shows: the entry script, what it preloads, the stylesheet. */
const firstFiles = () => [...html.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);

describe('the web bundle on the wire', () => {
  it('sends hashed assets precompressed (brotli, else gzip) and lets browsers keep them a year', async () => {
    const script = firstFiles().find((f) => f.endsWith('.js'))!;
    const raw = await fs.readFile(path.join(webDistDir, script));
    const br = await get(`/app/${script}`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(br.rawPayload).equals(raw)).toBe(true);
    const gz = await get(`/app/${script}`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).equals(raw)).toBe(true);
    const plain = await get(`/app/${script}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(raw)).toBe(true);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('asks for the page itself every time, so a new release is seen at once', async () => {
    for (const url of ['/app/', '/app/projects/12']) {
      const page = await get(url, 'br');
      expect(page.statusCode).toBe(200);
      // private: the page carries the caller's session.
      expect(page.headers['cache-control']).toBe('private, no-cache');
    }
  });

  it('keeps the login screen under 300 KB and every file under 500 KB: screens, charts and the editor load when used', async () => {
    let sent = 0;
    for (const file of firstFiles()) sent += (await get(`/app/${file}`, 'br')).rawPayload.length;
    expect(sent).toBeLessThan(300 * 1024);
    const assets = await fs.readdir(path.join(webDistDir, 'assets'));
    for (const file of assets.filter((f) => f.endsWith('.js')))
      expect([file, (await fs.stat(path.join(webDistDir, 'assets', file))).size < 500 * 1024]).toEqual([file, true]);
    // The charts and the editor are not among the login screen's files.
    const chunks = firstFiles().join(' ');
    expect(chunks).not.toMatch(/charts|zrender|BodyEditor/);
    expect(assets.some((f) => /^charts-.*\.js$/.test(f)) && assets.some((f) => /^BodyEditor-.*\.js$/.test(f))).toBe(
      true,
    );
  });

  it("names the chunks of a logged-in user's first screen in the page, so they load beside the entry", async () => {
    const org = await makeOrg(t.db);
    const applicant = await makeUser(t.db, 'applicant', { orgId: org.id });
    const client = await login(t.app, applicant.username, applicant.password);
    const preloads = async (url: string, cookie?: string) =>
      [
        ...(await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} })).body.matchAll(
          /rel="modulepreload" crossorigin href="\/app\/assets\/([^"]+)"/g,
        ),
      ].map((m) => m[1]!);
    const hall = await preloads('/app/hall', client.cookie);
    expect(hall.some((f) => f.startsWith('HallPage-'))).toBe(true);
    expect(hall.some((f) => f.startsWith('AppLayout-'))).toBe(true);
    // An applicant's home is its own, without the bureau's charts.
    const home = await preloads('/app/', client.cookie);
    expect(home.some((f) => f.startsWith('ApplicantHome-'))).toBe(true);
    expect(home.some((f) => /^(charts|zrender|DashboardPage)-/.test(f))).toBe(false);
    expect((await preloads('/app/projects/12', client.cookie)).some((f) => f.startsWith('ProjectDetailPage-'))).toBe(
      true,
    );
    // Logged out: the login screen, which the entry alone draws.
    expect(await preloads('/app/hall')).toEqual(await preloads('/app/'));
    expect((await preloads('/app/hall')).some((f) => f.startsWith('HallPage-'))).toBe(false);
  });

  it('carries the business day and the session in the page, so the first screen draws without asking; a name cannot break out of it', async () => {
    const boot = (body: string) =>
      JSON.parse(/<script id="kg-boot" type="application\/json">([^<]*)<\/script>/.exec(body)![1]!);
    const clock = (await t.app.inject({ method: 'GET', url: '/api/clock' })).json();
    const anonymous = boot(html);
    expect(anonymous.session).toBeNull();
    expect(anonymous.clock.today).toBe(clock.today);
    expect(Math.abs(Date.parse(anonymous.clock.now) - Date.parse(clock.now))).toBeLessThan(60_000);

    const applicant = await makeUser(t.db, 'applicant');
    await t.db
      .update(users)
      .set({ displayName: '</script><script>alert(1)</script><!--' })
      .where(eq(users.id, applicant.id));
    const client = await login(t.app, applicant.username, applicant.password);
    const page = await t.app.inject({ method: 'GET', url: '/app/hall', headers: { cookie: client.cookie } });
    expect(page.body.match(/<script/g)).toHaveLength(2);
    const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: client.cookie } })).json();
    expect(boot(page.body).session).toEqual(me);
  });

  it("names the style sheets of the first screen's components with its chunks: antd's styles are built, not computed in the browser", async () => {
    const staff = await makeUser(t.db, 'staff');
    const client = await login(t.app, staff.username, staff.password);
    const page = (await t.app.inject({ method: 'GET', url: '/app/projects', headers: { cookie: client.cookie } })).body;
    const sheets = [...page.matchAll(/rel="stylesheet" crossorigin href="\/app\/(assets\/[^"]+\.css)"/g)].map(
      (m) => m[1]!,
    );
    let css = '';
    for (const sheet of sheets) css += (await get(`/app/${sheet}`)).body;
    // The side menu's rules come with the shell's chunks; the login screen's sheets carry none of them.
    expect(css.includes('@layer antd{') && css.includes('.ant-menu-inline')).toBe(true);
    let loginCss = '';
    for (const file of firstFiles().filter((f) => f.endsWith('.css'))) loginCss += (await get(`/app/${file}`)).body;
    expect(loginCss.includes('.ant-btn-primary')).toBe(true);
    expect(loginCss.includes('.ant-menu')).toBe(false);
  });

  it('compresses pages and JSON on the fly above a kilobyte, and leaves small answers alone', async () => {
    const openapi = await get('/api/openapi.json', 'br');
    expect(openapi.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(openapi.rawPayload).toString()).openapi).toBe('3.0.3');
    const home = await get('/', 'gzip');
    expect(home.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(home.rawPayload).toString()).toContain('</html>');
    const health = await get('/api/health', 'br');
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});
