import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import * as clock from '../../shared/clock.js';
import { VisitCounter, visitsOfYear } from './visits.js';
import { portalItems, portalMessages } from '../../db/tables/index.js';

let t: TestApp;
let staff: Client;

beforeAll(async () => {
  t = await testApp();
  const user = await makeUser(t.db, 'staff');
  staff = await login(t.app, user.username, user.password);
});
afterAll(() => t.close());

const page = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const footerOf = (body: string) => body.slice(body.indexOf('<footer'));

const issued = {
  sponsor: '江川市科学技术局',
  organiser: '江川市科学技术局办公室',
  siteCode: '3205000042',
  icp: '苏ICP备05001234号-1',
  policeFiling: '苏公网安备32050002000123号',
  conacUrl: 'https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D',
  errorReportUrl: 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3205000042',
  address: '江川市人民路100号',
  postcode: '215000',
  phone: '0512-12345678',
  email: 'kjj@jiangchuan.gov.cn',
  hours: '工作日上午8:30—12:00，下午13:30—17:30',
  indexUnitCode: '11320500014123456X',
};

describe('the site frame (网站信息)', () => {
  it('shows no identifier the bureau has not set, and the sponsor defaults to the bureau', async () => {
    const footer = footerOf((await page('/')).body);
    expect(footer).toContain('主办：江川市科学技术局');
    expect(footer).not.toContain('网站标识码');
    expect(footer).not.toContain('ICP');
    expect(footer).not.toContain('找错');
    expect(footer).toContain('href="/contact/"');
    expect(footer).toContain('href="/sitemap/"');
  });

  it('refuses a malformed identifier with the field named, and keeps what was saved', async () => {
    const before = await staff.get('/api/website/profile');
    const bad = await staff.put('/api/website/profile', {
      ...issued,
      siteCode: '32050',
      version: before.json().version,
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('siteCode');
    const link = await staff.put('/api/website/profile', {
      ...issued,
      errorReportUrl: 'javascript:alert(1)',
      version: before.json().version,
    });
    expect(link.statusCode).toBe(400);
    expect((await staff.get('/api/website/profile')).json().siteCode).toBe('');
  });

  it('puts every identifier set by staff on every page at once, with the filings linked to their registers', async () => {
    const { version } = (await staff.get('/api/website/profile')).json();
    const saved = await staff.put('/api/website/profile', { ...issued, version });
    expect(saved.statusCode, saved.body).toBe(200);
    for (const url of ['/', '/news/', '/nowhere']) {
      const footer = footerOf((await page(url)).body);
      expect(footer).toContain('网站标识码：3205000042');
      expect(footer).toContain('<a href="https://beian.miit.gov.cn/" rel="noopener">苏ICP备05001234号-1</a>');
      expect(footer).toContain('https://beian.mps.gov.cn/#/query/webSearch?code=32050002000123');
      expect(footer).toContain('承办：江川市科学技术局办公室');
      expect(footer).toContain(issued.conacUrl.replaceAll('&', '&#38;'));
      expect(footer).toContain('我为政府网站找错');
    }
    const again = await staff.put('/api/website/profile', { ...issued, version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STALE_VERSION');
    const audit = await t.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'website.profile_save'`);
    expect(audit.rows[0].n).toBe(1);
  });

  it('has a 联系我们 page with the contact set, and an HTML 网站地图 linking every column', async () => {
    const contact = await page('/contact/');
    expect(contact.statusCode).toBe(200);
    expect(contact.body).toContain('<a href="tel:0512-12345678">0512-12345678</a>');
    expect(contact.body).toContain('办公时间');
    const map = await page('/sitemap/');
    expect(map.statusCode).toBe(200);
    expect(map.headers['content-type']).toContain('text/html');
    for (const href of [
      '/news/',
      '/notices/',
      '/policies/',
      '/calls/',
      '/publicity/',
      '/open-gov/',
      '/messages/',
      '/open-data/',
      '/contact/',
      '/app/',
    ]) {
      expect(map.body).toContain(`href="${href}"`);
    }
    expect((await page('/sitemap.xml')).headers['content-type']).toContain('application/xml');
    expect((await page('/sitemap')).headers.location).toBe('/sitemap/');
  });

  it('offers 关怀版 beside large text and high contrast: a cookie, larger type, and read-aloud where the browser speaks', async () => {
    const home = await page('/');
    expect(home.body).toContain('href="/view?set=care&#38;back=%2F"');
    const set = await page('/view?set=care&back=/news/');
    expect(set.statusCode).toBe(303);
    expect(set.headers.location).toBe('/news/');
    const cookie = String(set.headers['set-cookie']).split(';')[0]!;
    const cared = await page('/news/', { cookie });
    expect(cared.body).toMatch(/<html lang="zh-CN" class="care">/);
    expect(cared.body).toContain('<script src="/site-care.js" defer></script>');
    expect(cared.body).toContain('<button type="button" class="read-aloud" hidden');
    expect(cared.body).toContain('退出关怀版');
    const script = await page('/site-care.js');
    expect(script.headers['content-type']).toContain('text/javascript');
    expect(script.body).toContain('speechSynthesis');
    // Without the care mode the page carries no script at all.
    expect((await page('/news/')).body).not.toContain('<script');
  });
});

describe('visits counted by the site itself (访问量)', () => {
  const browser =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
  const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

  it('counts views per page and readers per day, no robots, and keeps nothing that names a reader', async () => {
    const counter = new VisitCounter(t.db, (error) => {
      throw error;
    });
    counter.count('/news/', { ip: '203.0.113.5', userAgent: browser });
    counter.count('/news/', { ip: '203.0.113.5', userAgent: browser });
    counter.count('/', { ip: '203.0.113.5', userAgent: browser });
    counter.count('/', { ip: '198.51.100.7', userAgent: phone });
    counter.count('/', { ip: '198.51.100.8', userAgent: 'Mozilla/5.0 (compatible; Baiduspider/2.0)' });
    counter.count('/', { ip: '198.51.100.9', userAgent: undefined });
    await counter.flush();
    counter.count('/news/', { ip: '198.51.100.7', userAgent: phone });
    await counter.flush();
    const year = Number(clock.today().slice(0, 4));
    const visits = await visitsOfYear(t.db, year);
    expect(visits.views).toBe(5);
    expect(visits.visitors).toBe(2);
    expect(visits.pages).toEqual([
      { path: '/news/', views: 3 },
      { path: '/', views: 2 },
    ]);
    const stored = JSON.stringify(
      (await t.pool.query('SELECT * FROM site_visits UNION ALL SELECT day, visitors::text, 0 FROM site_visitors')).rows,
    );
    expect(stored).not.toMatch(/203\.0\.113|198\.51|Mozilla|iPhone/);
  });

  it('counts the pages readers are served, and writes the counts when the server stops', async () => {
    const own = await testApp();
    for (const url of ['/', '/', '/news/', '/nowhere', '/site.css'])
      await own.app.inject({ method: 'GET', url, headers: { 'user-agent': browser }, remoteAddress: '203.0.113.77' });
    await own.app.close();
    const rows = (await own.pool.query('SELECT path, views FROM site_visits ORDER BY path')).rows;
    expect(rows).toEqual([
      { path: '/', views: 2 },
      { path: '/news/', views: 1 },
    ]);
    await own.close();
  });
});

describe('the website annual report (政府网站工作年度报表)', () => {
  it('counts the year from the site itself: items by kind, messages answered with the average days, consultations', async () => {
    const year = Number(clock.today().slice(0, 4));
    const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
    await t.db.insert(portalItems).values([
      { column: 'news', title: '动态一', state: 'published', publishAt: at(`${year}-03-01`) },
      { column: 'notices', title: '通知一', state: 'published', publishAt: at(`${year}-04-01`) },
      {
        column: 'open-gov',
        title: '机构概况',
        state: 'published',
        publishAt: at(`${year}-01-05`),
        details: { category: 'functions' },
      },
      {
        column: 'open-gov',
        title: '解读',
        state: 'published',
        publishAt: at(`${year}-05-05`),
        details: { category: 'interpretation' },
      },
      { column: 'news', title: '去年的动态', state: 'published', publishAt: at(`${year - 1}-06-01`) },
      { column: 'news', title: '草稿', state: 'draft' },
    ]);
    await t.db.insert(portalMessages).values([
      {
        code: `${year}0301-AAAAAAAAAA`,
        kind: 'consult',
        subject: '问',
        body: '问',
        name: '甲',
        contact: '1',
        receivedAt: at(`${year}-03-01`),
        dueOn: `${year}-03-08`,
        state: 'answered',
        reply: '答',
        repliedAt: at(`${year}-03-03`),
        published: false,
      },
      {
        code: `${year}0401-BBBBBBBBBB`,
        kind: 'suggest',
        subject: '建议',
        body: '建议',
        name: '乙',
        contact: '2',
        receivedAt: at(`${year}-04-01`),
        dueOn: `${year}-04-15`,
        state: 'answered',
        reply: '谢谢',
        repliedAt: at(`${year}-04-05`),
        mayPublish: true,
        published: true,
      },
      {
        code: `${year}0501-CCCCCCCCCC`,
        kind: 'complain',
        subject: '诉',
        body: '诉',
        name: '丙',
        contact: '3',
        receivedAt: at(`${year}-05-01`),
        dueOn: `${year}-05-15`,
      },
    ]);
    const report = (await staff.get(`/api/website/reports/${year}`)).json();
    expect(report.items).toMatchObject({ total: 4, overview: 1, news: 2, interpretations: 1 });
    expect(report.columns).toMatchObject({ kept: 3, opened: 2 });
    expect(report.messages).toEqual({ received: 3, answered: 2, averageDays: 3, published: 1 });
    expect(report.visits.views).toBeGreaterThan(0);
    const workbook = await staff.get(`/api/website/reports/${year}/xlsx`);
    expect(workbook.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook.rawPayload as unknown as ArrayBuffer);
    const lines = book.worksheets[0]!.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1).join('|') : ''));
    expect(lines).toContain('互动交流|平均办理时间（单位：天）|3');
    expect(lines).toContain('信息发布（单位：条）|概况类信息更新量|1');
  });
});
