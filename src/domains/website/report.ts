import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  calls,
  consultationComments,
  consultationResults,
  portalItems,
  portalMessages,
  programs,
  projects,
} from '../../db/tables/index.js';
import { catalogueColumns } from '../content/catalogue.js';
import { inBeijingYear } from '../content/public.service.js';
import { readSiteProfile } from '../content/site-profile.js';
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
        averageDays: sql<
          number | null
        >`round(avg(extract(epoch FROM ${portalMessages.repliedAt} - ${portalMessages.receivedAt}) / 86400) FILTER (WHERE ${portalMessages.state} = 'answered'), 1)::float`,
        published: sql<number>`count(*) FILTER (WHERE ${portalMessages.published})::int`,
      })
      .from(portalMessages)
      .where(inYear(portalMessages.receivedAt, year)),
    db
      .select({
        held: sql<number>`count(*)::int`,
        results: sql<number>`count(${consultationResults.itemId}) FILTER (WHERE ${consultationResults.publishedAt} IS NOT NULL)::int`,
      })
      .from(portalItems)
      .leftJoin(consultationResults, eq(consultationResults.itemId, portalItems.id))
      .where(and(published, eq(portalItems.column, 'consultations'))),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(consultationComments)
      .where(inYear(consultationComments.receivedAt, year)),
  ]);
  const kept = columns.rows[0] ?? { kept: 0, opened: 0 };
  return {
    year,
    site: {
      sponsor: profile.sponsor,
      siteCode: profile.siteCode,
      icp: profile.icp,
      policeFiling: profile.policeFiling,
    },
    visits: { visitors: visits.visitors, views: visits.views, months: visits.months, pages: visits.pages },
    items: items!,
    columns: kept,
    services: {
      guides: services?.guides ?? 0,
      onlineCalls: services?.onlineCalls ?? 0,
      applications: services?.applications ?? 0,
      byPersons: services?.byPersons ?? 0,
      byOrgs: (services?.applications ?? 0) - (services?.byPersons ?? 0),
    },
    messages: { ...messages!, averageDays: messages!.averageDays ?? 0 },
    consultations: { held: consultations!.held, comments: comments!.n, results: consultations!.results },
  };
}
export type WebsiteReport = Awaited<ReturnType<typeof websiteReport>>;

/** The report as the national form lists it: section, item, figure (in the form's own words). */
export function websiteReportRows(
  r: WebsiteReport,
  o: { siteName: string; origin: string },
): { section: string; item: string; value: string | number }[] {
  return [
    { section: '网站基本信息', item: '网站名称', value: o.siteName },
    { section: '网站基本信息', item: '首页网址', value: o.origin },
    { section: '网站基本信息', item: '主办单位', value: r.site.sponsor || '—' },
    { section: '网站基本信息', item: '政府网站标识码', value: r.site.siteCode || '—' },
    { section: '网站基本信息', item: 'ICP备案号', value: r.site.icp || '—' },
    { section: '网站基本信息', item: '公安机关备案号', value: r.site.policeFiling || '—' },
    { section: '访问情况', item: '独立用户访问总量（单位：个，按日去重）', value: r.visits.visitors },
    { section: '访问情况', item: '网站总访问量（单位：次）', value: r.visits.views },
    { section: '信息发布（单位：条）', item: '总数', value: r.items.total },
    { section: '信息发布（单位：条）', item: '概况类信息更新量', value: r.items.overview },
    { section: '信息发布（单位：条）', item: '政务动态信息更新量', value: r.items.news },
    { section: '信息发布（单位：条）', item: '信息公开目录信息更新量', value: r.items.catalogue },
    { section: '专栏专题（单位：个）', item: '维护数量', value: r.columns.kept },
    { section: '专栏专题（单位：个）', item: '新开设数量', value: r.columns.opened },
    { section: '政策解读（单位：条）', item: '解读信息发布总数', value: r.items.interpretations },
    { section: '办事服务', item: '政务服务事项数量（单位：项）', value: r.services.guides },
    { section: '办事服务', item: '可全程在线办理政务服务事项数量（单位：项）', value: r.services.onlineCalls },
    { section: '办事服务', item: '办件量（单位：件）总数', value: r.services.applications },
    { section: '办事服务', item: '办件量（单位：件）自然人', value: r.services.byPersons },
    { section: '办事服务', item: '办件量（单位：件）法人', value: r.services.byOrgs },
    { section: '互动交流', item: '收到留言数量（单位：条）', value: r.messages.received },
    { section: '互动交流', item: '办结留言数量（单位：条）', value: r.messages.answered },
    { section: '互动交流', item: '平均办理时间（单位：天）', value: r.messages.averageDays },
    { section: '互动交流', item: '公开答复数量（单位：条）', value: r.messages.published },
    { section: '互动交流', item: '征集调查期数（单位：期）', value: r.consultations.held },
    { section: '互动交流', item: '收到意见数量（单位：条）', value: r.consultations.comments },
    { section: '互动交流', item: '公布调查结果期数（单位：期）', value: r.consultations.results },
  ];
}
