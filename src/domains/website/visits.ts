import { createHash, randomBytes } from 'node:crypto';
import { and, desc, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { siteVisitors, siteVisits } from '../../db/tables/index.js';
import * as clock from '../../shared/clock.js';

/** Crawlers and monitors are not readers. */
const robot = /bot|spider|crawl|slurp|curl|wget|python|httpclient|monitor|headless/i;

/**
 * 访问量: the site counts its own page views, per Beijing day and page, with no cookie and nothing personal
 * kept. A reader is told apart from another for one day by a hash of their address and browser under a
 * random salt that lives only in this process's memory and is replaced each day, so no stored value can be
 * traced back to anyone. Counts are gathered in memory and written every few seconds (and on shutdown):
 * a page is never slowed by its own counting.
 */
export class VisitCounter {
  private views = new Map<string, number>();
  private newVisitors = new Map<string, number>();
  private seen = new Set<string>();
  private salt = randomBytes(16);
  private saltDay = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DbOrTx,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(everyMs = 5000) {
    this.timer = setInterval(() => void this.flush().catch(this.onError), everyMs);
    this.timer.unref();
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    await this.flush().catch(this.onError);
  }

  count(path: string, reader: { ip: string; userAgent: string | undefined }) {
    if (!reader.userAgent || robot.test(reader.userAgent)) return;
    const day = clock.today();
    if (day !== this.saltDay) {
      this.saltDay = day;
      this.salt = randomBytes(16);
      this.seen.clear();
    }
    const key = `${day} ${path.slice(0, 200)}`;
    this.views.set(key, (this.views.get(key) ?? 0) + 1);
    const mark = createHash('sha256')
      .update(this.salt)
      .update(reader.ip)
      .update('\0')
      .update(reader.userAgent)
      .digest('base64');
    if (!this.seen.has(mark)) {
      this.seen.add(mark);
      this.newVisitors.set(day, (this.newVisitors.get(day) ?? 0) + 1);
    }
  }

  /** Writes what was counted since the last time; on failure the counts are kept for the next try. */
  async flush() {
    if (!this.views.size && !this.newVisitors.size) return;
    const views = this.views;
    const visitors = this.newVisitors;
    this.views = new Map();
    this.newVisitors = new Map();
    try {
      await this.db.transaction(async (tx) => {
        if (views.size) {
          const rows = [...views].map(([key, n]) => ({ day: key.slice(0, 10), path: key.slice(11), views: n }));
          await tx
            .insert(siteVisits)
            .values(rows)
            .onConflictDoUpdate({
              target: [siteVisits.day, siteVisits.path],
              set: { views: sql`${siteVisits.views} + excluded.views` },
            });
        }
        if (visitors.size) {
          await tx
            .insert(siteVisitors)
            .values([...visitors].map(([day, n]) => ({ day, visitors: n })))
            .onConflictDoUpdate({
              target: siteVisitors.day,
              set: { visitors: sql`${siteVisitors.visitors} + excluded.visitors` },
            });
        }
      });
    } catch (error) {
      for (const [key, n] of views) this.views.set(key, (this.views.get(key) ?? 0) + n);
      for (const [day, n] of visitors) this.newVisitors.set(day, (this.newVisitors.get(day) ?? 0) + n);
      throw error;
    }
  }
}

/** A year's visits: page views and readers in all, by month, and the most read pages. */
export async function visitsOfYear(db: DbOrTx, year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const inYear = (day: typeof siteVisits.day | typeof siteVisitors.day) => and(gte(day, from), lt(day, to));
  const [[totals], [readers], months, pages] = await Promise.all([
    db
      .select({ views: sql<number>`coalesce(sum(${siteVisits.views}), 0)::int` })
      .from(siteVisits)
      .where(inYear(siteVisits.day)),
    db
      .select({ visitors: sql<number>`coalesce(sum(${siteVisitors.visitors}), 0)::int` })
      .from(siteVisitors)
      .where(inYear(siteVisitors.day)),
    db
      .select({
        month: sql<number>`extract(month FROM ${siteVisits.day})::int`,
        views: sql<number>`sum(${siteVisits.views})::int`,
      })
      .from(siteVisits)
      .where(inYear(siteVisits.day))
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({ path: siteVisits.path, views: sql<number>`sum(${siteVisits.views})::int` })
      .from(siteVisits)
      .where(inYear(siteVisits.day))
      .groupBy(siteVisits.path)
      .orderBy(desc(sql`2`), siteVisits.path)
      .limit(10),
  ]);
  return { views: totals!.views, visitors: readers!.visitors, months, pages };
}
