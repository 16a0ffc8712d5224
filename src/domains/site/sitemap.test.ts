import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as clock from '../../shared/clock.js';
import { type TestApp, testApp } from '../../testing/harness.js';

/** A site past what one sitemap file may list (50,000 addresses) is indexed, and every item is in some file. */
let t: TestApp;
const items = 50_010;
beforeAll(async () => {
  t = await testApp();
  await t.db.execute(sql`
    INSERT INTO portal_items ("column", title, body_html, body_text, state, publish_at)
    SELECT 'news', '科技新闻第' || n || '号', '<p>正文</p>', '正文', 'published', ${new Date(clock.now().getTime() - 86_400_000)}::timestamptz
    FROM generate_series(1, ${items}) AS n`);
});
afterAll(() => t.close());

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

describe('the sitemap past 50,000 addresses', () => {
  it('is an index of files, each within the limit, that together list every page and item once', async () => {
    const index = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const files = locs(index.body);
    expect(files).toEqual(['/sitemaps/1.xml', '/sitemaps/2.xml']);
    const listed: string[] = [];
    for (const file of files) {
      const part = await t.app.inject({ method: 'GET', url: file });
      expect(part.headers['content-type']).toContain('application/xml');
      const addresses = locs(part.body);
      expect(addresses.length).toBeLessThanOrEqual(50_000);
      listed.push(...addresses);
    }
    expect(listed[0]).toBe('/');
    const itemAddresses = listed.filter((p) => /^\/news\/\d+$/.test(p));
    expect(itemAddresses.length).toBe(items);
    expect(new Set(listed).size).toBe(listed.length);
    expect((await t.app.inject({ method: 'GET', url: '/sitemaps/3.xml' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/sitemaps/0.xml' })).statusCode).toBe(404);
  });
});
