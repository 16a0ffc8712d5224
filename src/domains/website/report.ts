import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { calls, consultationComments, consultationResults, portalItems, portalMessages, programs, projects } from '../../db/schema/index.js';
import { catalogueColumns } from '../portal/catalogue.js';
import { inBeijingYear } from '../portal/public.service.js';
import { readSiteProfile } from './profile.js';
import { visitsOfYear } from './visits.js';

const inYear = (column: Parameters<typeof inBeijingYear>[0], year: number) => inBeijingYear(column, year);

/**
 * 政府网站工作年度报表: what the site did in a year, counted by the site itself — items published by kind,
 * columns kept, interpretations, services, messages and consultations, visits.
 */
export async function websiteReport(db: DbOrTx, year: number) {
  const published = and(eq(portalItems.state, 'published'), inYear(portalItems.publishAt, year));
  const category = sql`${portalItems.details}->>'category'`;
  const [profile, visits, [items], columns, [services], [messages], [consultations], [comments]] = await Promise.all([
    readSiteProfile(db),
    visitsOfYear(db, year),
    db
      .select({
        total: sql<number>`count(*)::int`,
        overview: sql<number>`count(*) FILTER (WHERE ${portalItems.column} = 'open-gov' AND ${category} IN ('functions', 'leaders'))::int`,
        news: sql<number>`count(*) FILTER (WHERE ${portalItems.column} IN ('news', 'notices'))::int`,
        catalogue: sql<number>`count(*) FILTER (WHERE ${portalItems.column} IN ${sql.raw(`(${catalogueColumns.map((c) => `'${c}'`).join(', ')})`)})::int`,
        interpretations: sql<number>`count(*) FILTER (WHERE ${portalItems.column} = 'open-gov' AND ${category} = 'interpretation')::int`,
      })
      .from(portalItems)
      .where(published),
    // A column is kept in a year when something went out in it; opened that year when nothing had before.
    db.execute<{ kept: number; opened: number }>(sql`
      SELECT count(*) FILTER (WHERE last_year >= ${year})::int AS kept, count(*) FILTER (WHERE first_year = ${year})::int AS opened FROM (
        SELECT ${portalItems.column}, min(extract(year FROM ${portalItems.publishAt} AT TIME ZONE 'Asia/Shanghai')) AS first_year,
               max(extract(year FROM ${portalItems.publishAt} AT TIME ZONE 'Asia/Shanghai')) FILTER (WHERE extract(year FROM ${portalItems.publishAt} AT TIME ZONE 'Asia/Shanghai') <= ${year}) AS last_year
        FROM ${portalItems} WHERE ${portalItems.state} = 'published' GROUP BY ${portalItems.column}) AS c`),
    db
      .select({
        guides: sql<number>`(SELECT count(*)::int FROM ${portalItems} WHERE ${portalItems.column} = 'guide' AND ${portalItems.state} = 'published')`,
        onlineCalls: sql<number>`count(DISTINCT ${calls.id})::int`,
        applications: sql<number>`count(${projects.id}) FILTER (WHERE ${projects.submittedAt} IS NOT NULL AND ${inYear(projects.submittedAt, year)})::int`,
        byPersons: sql<number>`count(${projects.id}) FILTER (WHERE ${projects.submittedAt} IS NOT NULL AND ${inYear(projects.submittedAt, year)} AND ${programs.applicantKind} = 'person')::int`,
      })
      .from(calls)
      .innerJoin(programs, eq(programs.id, calls.programId))
      .leftJoin(projects, eq(projects.callId, calls.id))
      .where(eq(calls.year, year)),
    db
      .select({
        received: sql<number>`count(*)::int`,
        answered: sql<number>`count(*) FILTER (WHERE ${portalMessages.state} = 'answered')::int`,
        averageDays: sql<number | null>`round(avg(extract(epoch FROM ${portalMessages.repliedAt} - ${portalMessages.receivedAt}) / 86400) FILTER (WHERE ${portalMessages.state} = 'answered'), 1)::float`,
        published: sql<number>`count(*) FILTER (WHERE ${portalMessages.published})::int`,
      })
      .from(portalMessages)
      .where(inYear(portalMessages.receivedAt, year)),
    db
      .select({ held: sql<number>`count(*)::int`, results: sql<number>`count(${consultationResults.itemId}) FILTER (WHERE ${consultationResults.publishedAt} IS NOT NULL)::int` })
      .from(portalItems)
      .leftJoin(consultationResults, eq(consultationResults.itemId, portalItems.id))
      .where(and(published, eq(portalItems.column, 'consultations'))),
    db.select({ n: sql<number>`count(*)::int` }).from(consultationComments).where(inYear(consultationComments.receivedAt, year)),
  ]);
  const kept = columns.rows[0] ?? { kept: 0, opened: 0 };
  return {
    year,
    site: { sponsor: profile.sponsor, siteCode: profile.siteCode, icp: profile.icp, policeFiling: profile.policeFiling },
    visits: { visitors: visits.visitors, views: visits.views, months: visits.months, pages: visits.pages },
    items: items!,
    columns: kept,
    services: { guides: services?.guides ?? 0, onlineCalls: services?.onlineCalls ?? 0, applications: services?.applications ?? 0, byPersons: services?.byPersons ?? 0, byOrgs: (services?.applications ?? 0) - (services?.byPersons ?? 0) },
    messages: { ...messages!, averageDays: messages!.averageDays ?? 0 },
    consultations: { held: consultations!.held, comments: comments!.n, results: consultations!.results },
  };
}
export type WebsiteReport = Awaited<ReturnType<typeof websiteReport>>;
