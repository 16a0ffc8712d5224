import { type AnyColumn, and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  callQuotas,
  calls,
  jurisdictions,
  type PortalColumn,
  portalItems,
  portalMessages,
  programs,
  sections,
} from '../../db/tables/index.js';
import { attachmentSpec } from '../applications/form-spec.js';
import { criterion } from '../programs/schema.js';
import { z } from 'zod';
import { likePatterns, queryGrams } from '../../shared/search.js';
import * as clock from '../../shared/clock.js';
import { type CatalogueCategory, catalogueColumns } from './catalogue.js';
import { itemFiles } from './items.service.js';

/** Published and due: a scheduled item appears by itself when its time comes. */
/** Published, and its time has come by the business clock. */
export const visible = () => sql`${portalItems.state} = 'published' AND ${portalItems.publishAt} <= ${clock.now()}`;

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
  indexNo: portalItems.indexNo,
  topic: portalItems.topic,
};
export type ListedItem = Awaited<ReturnType<typeof latest>>[number];

/** A moment falls in a calendar year as Beijing counts it (an index range, not a function of the column). */
export const inBeijingYear = (moment: AnyColumn, year: number) =>
  sql`${moment} >= make_timestamptz(${year}, 1, 1, 0, 0, 0, 'Asia/Shanghai') AND ${moment} < make_timestamptz(${year + 1}, 1, 1, 0, 0, 0, 'Asia/Shanghai')`;
const yearOf = (year: number) => inBeijingYear(portalItems.publishAt, year);

export async function latest(db: DbOrTx, column: PortalColumn, limit: number) {
  return db
    .select(listed)
    .from(portalItems)
    .where(and(visible(), eq(portalItems.column, column)))
    .orderBy(desc(portalItems.publishAt), desc(portalItems.id))
    .limit(limit);
}

export async function columnItems(
  db: DbOrTx,
  column: PortalColumn,
  o: { page: number; pageSize: number; year?: number },
) {
  const where = and(visible(), eq(portalItems.column, column), o.year ? yearOf(o.year) : undefined);
  const [items, [total]] = await Promise.all([
    db
      .select(listed)
      .from(portalItems)
      .where(where)
      .orderBy(desc(portalItems.publishAt), desc(portalItems.id))
      .limit(o.pageSize)
      .offset((o.page - 1) * o.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(portalItems).where(where),
  ]);
  return { items, total: total!.n };
}

/** 公示 running today (Beijing), ending soonest first. */
export async function publicityRunning(db: DbOrTx, limit: number) {
  const today = clock.today();
  return db
    .select(listed)
    .from(portalItems)
    .where(
      and(
        visible(),
        eq(portalItems.column, 'publicity'),
        lte(portalItems.startsOn, today),
        gte(portalItems.endsOn, today),
      ),
    )
    .orderBy(asc(portalItems.endsOn), desc(portalItems.id))
    .limit(limit);
}

export async function visibleItem(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      ...listed,
      bodyHtml: portalItems.bodyHtml,
      bodyText: portalItems.bodyText,
      objectionContact: portalItems.objectionContact,
      withdrawnReason: portalItems.withdrawnReason,
    })
    .from(portalItems)
    .where(and(visible(), eq(portalItems.id, id)));
  if (!row) return undefined;
  const files = (await itemFiles(db, id)).filter((f) => f.role === 'attachment');
  return { ...row, files };
}

/** Objections to a publicity item: how many came in and how many are answered (their contents stay private). */
export async function objectionCounts(db: DbOrTx, itemId: number) {
  const [row] = await db
    .select({
      received: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) FILTER (WHERE ${portalMessages.state} = 'answered')::int`,
    })
    .from(portalMessages)
    .where(and(eq(portalMessages.kind, 'objection'), eq(portalMessages.itemId, itemId)));
  return row!;
}

/** An item that was withdrawn keeps its address: readers are told it was withdrawn, and why. */
export async function withdrawnItem(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      id: portalItems.id,
      column: portalItems.column,
      title: portalItems.title,
      withdrawnReason: portalItems.withdrawnReason,
    })
    .from(portalItems)
    .where(and(eq(portalItems.id, id), eq(portalItems.state, 'withdrawn'), sql`${portalItems.publishAt} IS NOT NULL`));
  return row;
}

/** 申报通知 the public sees: open now, opening soon, and closed in the last year; with their programme. */
export async function publicCalls(db: DbOrTx) {
  const rows = await db
    .select({
      id: calls.id,
      title: calls.title,
      year: calls.year,
      opensAt: calls.opensAt,
      closesAt: calls.closesAt,
      description: calls.description,
      program: programs.name,
      programEn: programs.nameEn,
      level: programs.level,
    })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(sql`${calls.closesAt} > ${clock.now()}::timestamptz - interval '1 year'`)
    .orderBy(asc(calls.closesAt));
  const now = clock.now().getTime();
  return {
    open: rows.filter((c) => c.opensAt.getTime() <= now && c.closesAt.getTime() > now),
    upcoming: rows.filter((c) => c.opensAt.getTime() > now),
    closed: rows.filter((c) => c.closesAt.getTime() <= now).reverse(),
  };
}

const publicCallRow = {
  id: calls.id,
  title: calls.title,
  year: calls.year,
  opensAt: calls.opensAt,
  closesAt: calls.closesAt,
  description: calls.description,
  program: programs.name,
  programEn: programs.nameEn,
  level: programs.level,
  category: programs.category,
};

/** Where a call stands at a moment: not yet open, open, or closed. */
export function callStatus(call: { opensAt: Date; closesAt: Date }, at: Date): 'upcoming' | 'open' | 'closed' {
  if (call.opensAt > at) return 'upcoming';
  return call.closesAt > at ? 'open' : 'closed';
}

/** 申报通知 in full, as the public reads it: the text, programme, period, quotas, materials, criteria, contact. */
export async function publicCall(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      ...publicCallRow,
      contact: calls.contact,
      defaultQuota: calls.defaultQuota,
      attachments: calls.attachments,
      criteria: calls.criteria,
      applicantKind: programs.applicantKind,
      section: sections.name,
      sectionEn: sections.nameEn,
    })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .leftJoin(sections, eq(sections.code, programs.sectionCode))
    .where(eq(calls.id, id));
  if (!row) return undefined;
  const [quotas, results] = await Promise.all([
    db
      .select({ place: jurisdictions.name, placeEn: jurisdictions.nameEn, quota: callQuotas.quota })
      .from(callQuotas)
      .innerJoin(jurisdictions, eq(jurisdictions.code, callQuotas.jurisdictionCode))
      .where(eq(callQuotas.callId, id))
      .orderBy(asc(jurisdictions.sortOrder), asc(jurisdictions.code)),
    db
      .select({ id: portalItems.id, column: portalItems.column, title: portalItems.title })
      .from(portalItems)
      .where(and(visible(), eq(portalItems.sourceKind, 'call'), eq(portalItems.sourceId, id))),
  ]);
  // Stored definitions pass through their schemas, as the back office reads them.
  const attachments = z.array(attachmentSpec).safeParse(row.attachments);
  const criteria = z.array(criterion).safeParse(row.criteria);
  return {
    ...row,
    attachments: attachments.success ? attachments.data : [],
    criteria: criteria.success ? criteria.data : [],
    quotas,
    results,
  };
}

/** Years that have calls, newest first, for the archive of past calls. */
export async function callYears(db: DbOrTx): Promise<number[]> {
  const rows = await db.selectDistinct({ year: calls.year }).from(calls).orderBy(desc(calls.year));
  return rows.map((r) => r.year);
}

export async function callsOfYear(db: DbOrTx, year: number) {
  return db
    .select(publicCallRow)
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(eq(calls.year, year))
    .orderBy(desc(calls.closesAt), desc(calls.id));
}

/**
 * Calls whose title, text or programme holds every word. A bureau issues tens of calls a year, so they are
 * read whole rather than indexed; open calls first, then the newest.
 */
export async function searchCalls(db: DbOrTx, q: string, limit: number) {
  const patterns = likePatterns(q);
  if (!patterns.length) return { items: [], total: 0 };
  const text = sql`(${calls.title} || ' ' || coalesce(${calls.description}, '') || ' ' || ${programs.name})`;
  const where = sql.join(
    patterns.map((p) => sql`${text} ILIKE ${p}`),
    sql` AND `,
  );
  const now = clock.now();
  const [items, [total]] = await Promise.all([
    db
      .select(publicCallRow)
      .from(calls)
      .innerJoin(programs, eq(programs.id, calls.programId))
      .where(where)
      .orderBy(
        sql`(${calls.opensAt} <= ${now} AND ${calls.closesAt} > ${now}) DESC`,
        desc(calls.closesAt),
        desc(calls.id),
      )
      .limit(limit),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(calls)
      .innerJoin(programs, eq(programs.id, calls.programId))
      .where(where),
  ]);
  return { items, total: total!.n };
}

/** An item's catalogue category in SQL: the open-government part, or the column itself. */
const categorySql = sql<string>`CASE WHEN ${portalItems.column} = 'open-gov' THEN coalesce(${portalItems.details}->>'category', 'other') ELSE ${portalItems.column} END`;
const inCatalogue = () => and(visible(), inArray(portalItems.column, [...catalogueColumns]));

export interface CatalogueQuery {
  q?: string;
  category?: CatalogueCategory;
  year?: number;
  page: number;
  pageSize: number;
}

/** 公开目录: the catalogue's items, newest first, by category, year and any words of title or text. */
export async function catalogueItems(db: DbOrTx, o: CatalogueQuery) {
  const filters: (SQL | undefined)[] = [inCatalogue()];
  if (o.category) filters.push(sql`${categorySql} = ${o.category}`);
  if (o.year) filters.push(yearOf(o.year));
  const patterns = likePatterns(o.q ?? '');
  if (patterns.length) {
    // The words in the text (found through its bigrams), or a document or index number typed in.
    const grams = queryGrams(o.q ?? '');
    const text = sql`(${portalItems.title} || ' ' || coalesce(${portalItems.summary}, '') || ' ' || ${portalItems.bodyText})`;
    const inText = sql.join(
      [
        ...(grams.length ? [sql`${portalItems.searchGrams} @> ${sql.param(grams)}::text[]`] : []),
        ...patterns.map((p) => sql`${text} ILIKE ${p}`),
      ],
      sql` AND `,
    );
    const numbers = sql`(coalesce(${portalItems.docNo}, '') || ' ' || coalesce(${portalItems.indexNo}, ''))`;
    filters.push(
      sql`((${inText}) OR (${sql.join(
        patterns.map((p) => sql`${numbers} ILIKE ${p}`),
        sql` AND `,
      )}))`,
    );
  }
  const where = and(...filters);
  const [items, [total]] = await Promise.all([
    db
      .select(listed)
      .from(portalItems)
      .where(where)
      .orderBy(desc(portalItems.publishAt), desc(portalItems.id))
      .limit(o.pageSize)
      .offset((o.page - 1) * o.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(portalItems).where(where),
  ]);
  return { items, total: total!.n };
}

/** 政府信息公开 at a glance: how many items each part holds, the guide and rules in force, the annual reports. */
export async function openGovOverview(db: DbOrTx) {
  const [counts, reports, frames] = await Promise.all([
    db
      .select({ category: categorySql, n: sql<number>`count(*)::int` })
      .from(portalItems)
      .where(inCatalogue())
      .groupBy(categorySql),
    db
      .select(listed)
      .from(portalItems)
      .where(and(inCatalogue(), sql`${categorySql} = 'annual_report'`))
      .orderBy(desc(portalItems.publishAt))
      .limit(10),
    db
      .select(listed)
      .from(portalItems)
      .where(and(inCatalogue(), sql`${categorySql} IN ('disclosure_guide', 'disclosure_rules')`))
      .orderBy(desc(portalItems.publishAt)),
  ]);
  return {
    counts: Object.fromEntries(counts.map((c) => [c.category, c.n])) as Record<string, number>,
    reports,
    guide: frames.find((i) => (i.details as { category?: string }).category === 'disclosure_guide'),
    rules: frames.filter((i) => (i.details as { category?: string }).category === 'disclosure_rules'),
  };
}

/** The 解读 of a policy, and the policy a 解读 explains. */
export async function interpretationsOf(db: DbOrTx, policyId: number) {
  return db
    .select({ id: portalItems.id, column: portalItems.column, title: portalItems.title })
    .from(portalItems)
    .where(
      and(
        visible(),
        eq(portalItems.column, 'open-gov'),
        sql`(${portalItems.details}->>'interprets')::int = ${policyId}`,
      ),
    )
    .orderBy(desc(portalItems.publishAt));
}

export async function interpretedPolicy(db: DbOrTx, item: { details: unknown }) {
  const id = (item.details as { interprets?: number } | null)?.interprets;
  if (!id) return undefined;
  const [policy] = await db
    .select({ id: portalItems.id, column: portalItems.column, title: portalItems.title })
    .from(portalItems)
    .where(and(visible(), eq(portalItems.id, id)));
  return policy;
}

export interface SearchQuery {
  q: string;
  column?: PortalColumn;
  year?: number;
  page: number;
  pageSize: number;
}

/** Past this many matches a search says "more than 1000": counting every match of a common word costs more than it tells. */
export const searchCountCap = 1000;

/**
 * 全站搜索: every word (up to five) must occur in the title, summary or body, found through the bigram
 * indexes, so a two-character word is as fast as a long one. Items whose title holds the words come first,
 * then the rest; each group newest first, which lets a common word be read down the date index until the
 * page is full instead of ranking every item that mentions it.
 */
export async function searchSite(db: DbOrTx, q: SearchQuery) {
  const words = q.q.split(/\s+/).filter(Boolean).slice(0, 5);
  const patterns = likePatterns(words.join(' '));
  if (!patterns.length) return { items: [], total: 0, capped: false, byColumn: [] as { column: string; n: number }[] };
  const grams = sql.param(queryGrams(words.join(' ')));
  const text = sql`(${portalItems.title} || ' ' || coalesce(${portalItems.summary}, '') || ' ' || ${portalItems.bodyText})`;
  const titleHolds = sql.join(
    patterns.map((p) => sql`${portalItems.title} ILIKE ${p}`),
    sql` AND `,
  );
  const inTitle = sql`${portalItems.titleGrams} @> ${grams}::text[] AND ${titleHolds}`;
  const anywhere = sql`${portalItems.searchGrams} @> ${grams}::text[] AND ${sql.join(
    patterns.map((p) => sql`${text} ILIKE ${p}`),
    sql` AND `,
  )}`;
  const scope = and(
    visible(),
    q.column ? eq(portalItems.column, q.column) : undefined,
    q.year ? yearOf(q.year) : undefined,
  )!;
  const offset = (q.page - 1) * q.pageSize;
  const page = (where: SQL, limit: number, from: number) =>
    db
      .select({ ...listed, bodyText: portalItems.bodyText })
      .from(portalItems)
      .where(where)
      .orderBy(desc(portalItems.publishAt), desc(portalItems.id))
      .limit(limit)
      .offset(from);
  // One pass over the matches (up to the cap) gives the total and the count per column.
  const [titleFirst, counted] = await Promise.all([
    offset === 0 ? page(sql`${scope} AND ${inTitle}`, q.pageSize, 0) : undefined,
    matchesByColumn(db, and(visible(), q.year ? yearOf(q.year) : undefined)!, anywhere),
  ]);
  // Page 1 needs no count of title matches: a short first group is the whole group.
  const titleTotal = titleFirst
    ? titleFirst.length < q.pageSize
      ? titleFirst.length
      : Number.POSITIVE_INFINITY
    : await cappedCount(db, sql`${scope} AND ${inTitle}`, 10 * searchCountCap);
  const first = titleFirst ?? (offset < titleTotal ? await page(sql`${scope} AND ${inTitle}`, q.pageSize, offset) : []);
  const rest =
    first.length < q.pageSize
      ? await page(
          sql`${scope} AND ${anywhere} AND NOT (${titleHolds})`,
          q.pageSize - first.length,
          Math.max(0, offset - titleTotal),
        )
      : [];
  const inColumn = q.column ? (counted.byColumn.find((c) => c.column === q.column)?.n ?? 0) : counted.total;
  // Past the cap the sample's split by column is not the column's count: that one is counted for itself.
  const total =
    q.column && counted.capped ? await cappedCount(db, sql`${scope} AND ${anywhere}`, searchCountCap) : inColumn;
  return {
    items: [...first, ...rest],
    total: Math.min(total, searchCountCap),
    capped: total > searchCountCap || (!q.column && counted.capped),
    byColumn: counted.byColumn,
  };
}

async function cappedCount(db: DbOrTx, where: SQL, cap: number): Promise<number> {
  const result = await db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${portalItems} WHERE ${where} LIMIT ${cap + 1}) AS hits`,
  );
  return result.rows[0]!.n;
}

/** The matches per column, read once and up to the cap (past it, the split is that of the first matches found). */
async function matchesByColumn(db: DbOrTx, scope: SQL, anywhere: SQL) {
  const result = await db.execute<{ column: string; n: number }>(sql`
    SELECT "column", count(*)::int AS n FROM (SELECT ${portalItems.column} AS "column" FROM ${portalItems} WHERE ${scope} AND ${anywhere} LIMIT ${searchCountCap + 1}) AS hits
    GROUP BY "column" ORDER BY n DESC`);
  const total = result.rows.reduce((sum, r) => sum + r.n, 0);
  return { byColumn: result.rows, total, capped: total > searchCountCap };
}

/**
 * Years that have published items, newest first, for the year filters: one index probe per year
 * (a loose index scan), not a pass over every item.
 */
export async function publishedYears(db: DbOrTx, column?: PortalColumn): Promise<number[]> {
  const scope = and(visible(), column ? eq(portalItems.column, column) : undefined)!;
  const result = await db.execute<{ year: number }>(sql`
    WITH RECURSIVE latest(at) AS (
      SELECT max(${portalItems.publishAt}) FROM ${portalItems} WHERE ${scope}
      UNION ALL
      SELECT (SELECT max(${portalItems.publishAt}) FROM ${portalItems} WHERE ${scope}
                AND ${portalItems.publishAt} < (date_trunc('year', latest.at AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai'))
      FROM latest WHERE latest.at IS NOT NULL
    )
    SELECT extract(year FROM at AT TIME ZONE 'Asia/Shanghai')::int AS year FROM latest WHERE at IS NOT NULL`);
  return result.rows.map((r) => r.year);
}

/** Published items' addresses and last changes for the sitemap, newest first, a window at a time. */
export async function sitemapItems(db: DbOrTx, window: { offset: number; limit: number }) {
  if (window.limit <= 0) return [];
  return db
    .select({
      id: portalItems.id,
      column: portalItems.column,
      updatedAt: sql<Date>`greatest(${portalItems.updatedAt}, ${portalItems.publishAt})`.mapWith(portalItems.updatedAt),
    })
    .from(portalItems)
    .where(visible())
    .orderBy(desc(portalItems.id))
    .offset(window.offset)
    .limit(window.limit);
}

export async function sitemapItemCount(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(portalItems).where(visible());
  return row?.n ?? 0;
}
