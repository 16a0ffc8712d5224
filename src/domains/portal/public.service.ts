import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { calls, type PortalColumn, portalItems, portalMessages, programs } from '../../db/schema/index.js';
import { likePatterns, queryGrams } from '../../shared/search.js';
import { beijingDay } from '../reports/wording.js';
import { itemFiles } from './items.service.js';

/** Published and due: a scheduled item appears by itself when its time comes. */
export const visible = sql`${portalItems.state} = 'published' AND ${portalItems.publishAt} <= now()`;

const listed = {
  id: portalItems.id,
  column: portalItems.column,
  title: portalItems.title,
  summary: portalItems.summary,
  publishAt: portalItems.publishAt,
  updatedAt: portalItems.updatedAt,
  source: portalItems.source,
  docNo: portalItems.docNo,
  validity: portalItems.validity,
  effectiveOn: portalItems.effectiveOn,
  startsOn: portalItems.startsOn,
  endsOn: portalItems.endsOn,
  details: portalItems.details,
};
export type ListedItem = Awaited<ReturnType<typeof latest>>[number];

const yearOf = (year: number) => sql`${portalItems.publishAt} >= make_timestamptz(${year}, 1, 1, 0, 0, 0, 'Asia/Shanghai') AND ${portalItems.publishAt} < make_timestamptz(${year + 1}, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;

export async function latest(db: DbOrTx, column: PortalColumn, limit: number) {
  return db.select(listed).from(portalItems).where(and(visible, eq(portalItems.column, column))).orderBy(desc(portalItems.publishAt), desc(portalItems.id)).limit(limit);
}

export async function columnItems(db: DbOrTx, column: PortalColumn, o: { page: number; pageSize: number; year?: number }) {
  const where = and(visible, eq(portalItems.column, column), o.year ? yearOf(o.year) : undefined);
  const [items, [total]] = await Promise.all([
    db.select(listed).from(portalItems).where(where).orderBy(desc(portalItems.publishAt), desc(portalItems.id)).limit(o.pageSize).offset((o.page - 1) * o.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(portalItems).where(where),
  ]);
  return { items, total: total!.n };
}

/** 公示 running today (Beijing), ending soonest first. */
export async function publicityRunning(db: DbOrTx, limit: number) {
  const today = beijingDay(new Date());
  return db
    .select(listed)
    .from(portalItems)
    .where(and(visible, eq(portalItems.column, 'publicity'), lte(portalItems.startsOn, today), gte(portalItems.endsOn, today)))
    .orderBy(asc(portalItems.endsOn), desc(portalItems.id))
    .limit(limit);
}

export async function visibleItem(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ ...listed, bodyHtml: portalItems.bodyHtml, objectionContact: portalItems.objectionContact, withdrawnReason: portalItems.withdrawnReason })
    .from(portalItems)
    .where(and(visible, eq(portalItems.id, id)));
  if (!row) return undefined;
  const files = (await itemFiles(db, id)).filter((f) => f.role === 'attachment');
  return { ...row, files };
}

/** Objections to a publicity item: how many came in and how many are answered (their contents stay private). */
export async function objectionCounts(db: DbOrTx, itemId: number) {
  const [row] = await db
    .select({ received: sql<number>`count(*)::int`, answered: sql<number>`count(*) FILTER (WHERE ${portalMessages.state} = 'answered')::int` })
    .from(portalMessages)
    .where(and(eq(portalMessages.kind, 'objection'), eq(portalMessages.itemId, itemId)));
  return row!;
}

/** An item that was withdrawn keeps its address: readers are told it was withdrawn, and why. */
export async function withdrawnItem(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ id: portalItems.id, column: portalItems.column, title: portalItems.title, withdrawnReason: portalItems.withdrawnReason })
    .from(portalItems)
    .where(and(eq(portalItems.id, id), eq(portalItems.state, 'withdrawn'), sql`${portalItems.publishAt} IS NOT NULL`));
  return row;
}

/** 申报通知 the public sees: open now, opening soon, and closed in the last year; with their programme. */
export async function publicCalls(db: DbOrTx) {
  const rows = await db
    .select({ id: calls.id, title: calls.title, year: calls.year, opensAt: calls.opensAt, closesAt: calls.closesAt, description: calls.description, program: programs.name, programEn: programs.nameEn, level: programs.level })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(sql`${calls.closesAt} > now() - interval '1 year'`)
    .orderBy(asc(calls.closesAt));
  const now = Date.now();
  return {
    open: rows.filter((c) => c.opensAt.getTime() <= now && c.closesAt.getTime() > now),
    upcoming: rows.filter((c) => c.opensAt.getTime() > now),
    closed: rows.filter((c) => c.closesAt.getTime() <= now).reverse(),
  };
}

export interface SearchQuery {
  q: string;
  column?: PortalColumn;
  year?: number;
  page: number;
  pageSize: number;
}

/**
 * 全站搜索: every word must occur in the title, summary or body (found through the bigram index, so a
 * two-character word is as fast as a long one); ranked by matches in the title, then how often the words
 * occur, then how recent the item is.
 */
export async function searchSite(db: DbOrTx, q: SearchQuery) {
  const grams = queryGrams(q.q);
  const patterns = likePatterns(q.q);
  if (!patterns.length) return { items: [], total: 0, byColumn: [] as { column: string; n: number }[] };
  const text = sql`(${portalItems.title} || ' ' || coalesce(${portalItems.summary}, '') || ' ' || ${portalItems.bodyText})`;
  const base: SQL[] = [visible, sql`${portalItems.searchGrams} @> ${sql.param(grams)}::text[]`, ...patterns.map((p) => sql`${text} ILIKE ${p}`)];
  const filters = [...base, ...(q.column ? [eq(portalItems.column, q.column)] : []), ...(q.year ? [yearOf(q.year)] : [])];
  const words = q.q.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  const titleHits = sql.join(
    words.map((w) => sql`(CASE WHEN position(${w} in lower(${portalItems.title})) > 0 THEN 10 ELSE 0 END)`),
    sql` + `,
  );
  const occurrences = sql.join(
    words.map((w) => sql`least((char_length(lower(${portalItems.bodyText})) - char_length(replace(lower(${portalItems.bodyText}), ${w}, ''))) / ${w.length}, 20)`),
    sql` + `,
  );
  const score = sql<number>`(${titleHits}) + (${occurrences})`;
  const [items, [total], byColumn] = await Promise.all([
    db
      .select({ ...listed, bodyText: portalItems.bodyText, score })
      .from(portalItems)
      .where(and(...filters))
      .orderBy(desc(score), desc(portalItems.publishAt), desc(portalItems.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(portalItems).where(and(...filters)),
    db
      .select({ column: portalItems.column, n: sql<number>`count(*)::int` })
      .from(portalItems)
      .where(and(...base, ...(q.year ? [yearOf(q.year)] : [])))
      .groupBy(portalItems.column),
  ]);
  return { items, total: total!.n, byColumn };
}

/** Years that have published items, newest first, for the year filters. */
export async function publishedYears(db: DbOrTx, column?: PortalColumn): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${portalItems.publishAt} AT TIME ZONE 'Asia/Shanghai')::int` })
    .from(portalItems)
    .where(and(visible, column ? eq(portalItems.column, column) : undefined));
  return rows.map((r) => r.year).sort((a, b) => b - a);
}

/** Every published item's address and last change, for the sitemap. */
export async function sitemapItems(db: DbOrTx) {
  return db.select({ id: portalItems.id, column: portalItems.column, updatedAt: portalItems.updatedAt }).from(portalItems).where(visible).orderBy(desc(portalItems.id)).limit(45_000);
}
