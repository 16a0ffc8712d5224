import { and, asc, desc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { calls, jurisdictions, orgs, portalItems, programs, projects } from '../../db/tables/index.js';
import { toCsv } from '../../server/csv.js';
import { fenToYuan } from '../../shared/money.js';
import { catalogue, metricValue } from '../metrics/metrics.service.js';
import * as clock from '../../shared/clock.js';
import { type Html, html } from '../../server/html.js';
import { bracketed, bureauOf, colon, page, type Site } from './layout.js';
import { visible } from '../content/public.service.js';
import { type SiteLanguage, siteWords } from './words.js';

/** The figures the public sees for a year, in this order. */
export const publicFigures = [
  'projects.applied',
  'projects.approved',
  'projects.funding',
  'patents.filed',
  'patents.granted',
  'subsidies.paid',
  'platforms.recognized',
  'qualifications.issued',
  'cooperations.signed',
  'publicity.adopted',
] as const;

/** The latest year the bureau has calls for, not after this one: the year whose figures mean something. */
export async function figuresYear(db: DbOrTx): Promise<number> {
  const thisYear = Number(clock.today().slice(0, 4));
  const [row] = await db
    .select({ year: sql<number | null>`max(${calls.year})` })
    .from(calls)
    .where(lte(calls.year, thisYear));
  return row?.year ?? thisYear;
}

/** Years with approved projects, newest first. */
export async function openDataYears(db: DbOrTx): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: calls.year })
    .from(calls)
    .innerJoin(projects, eq(projects.callId, calls.id))
    .where(isNotNull(projects.approvedFen))
    .orderBy(desc(calls.year));
  return rows.map((r) => r.year);
}

export async function keyFigures(db: DbOrTx, year: number, language: 'zh-CN' | 'en') {
  const titles = new Map(catalogue(language).map((m) => [m.key, m.title]));
  const values = await Promise.all(publicFigures.map((key) => metricValue(db, key, { year })));
  return values.map((v) => ({ key: v.key, title: titles.get(v.key) ?? v.key, value: v.value, unit: v.unit }));
}

/**
 * 立项项目名单: a year's approved projects that have been announced — with their approval document
 * number (立项文号), or once the call's approval publicity has been published and its period is over.
 * A decision recorded but not yet announced stays inside the bureau.
 */
export async function approvedProjects(db: DbOrTx, year: number, language: SiteLanguage = 'zh') {
  const today = clock.today();
  const announced = sql`(${projects.docNo} IS NOT NULL OR EXISTS (
    SELECT 1 FROM ${portalItems} WHERE ${portalItems.sourceKind} = 'call' AND ${portalItems.sourceId} = ${calls.id}
      AND ${visible()} AND ${portalItems.endsOn} < ${today}))`;
  const rows = await db
    .select({
      year: calls.year,
      call: calls.title,
      program: programs.name,
      level: programs.level,
      title: projects.title,
      org: orgs.name,
      place: jurisdictions.name,
      fen: projects.approvedFen,
      docNo: projects.docNo,
    })
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .leftJoin(orgs, eq(orgs.id, projects.orgId))
    .leftJoin(jurisdictions, eq(jurisdictions.code, orgs.jurisdictionCode))
    .where(and(eq(calls.year, year), isNotNull(projects.approvedFen), announced))
    .orderBy(asc(programs.level), asc(calls.id), asc(projects.id));
  // The level in words a reader knows (省级), its code kept beside it for machines.
  const levels = siteWords[language].levels;
  return rows.map(({ fen, level, ...r }) => ({
    ...r,
    level: levels[level] ?? level,
    levelCode: level,
    org: r.org ?? '',
    place: r.place ?? '',
    docNo: r.docNo ?? '',
    fundingYuan: fenToYuan(Number(fen)),
  }));
}

/** A table of records as CSV, its header in the reader's words. */
export function recordsCsv(header: Record<string, string>, rows: Record<string, unknown>[]): string {
  const keys = Object.keys(header);
  return toCsv([keys.map((k) => header[k]), ...rows.map((r) => keys.map((k) => r[k]))]);
}

export const licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

export function openDataPage(site: Site, o: { years: number[]; figuresYear: number }): Html {
  const { w } = site;
  const d = w.openData;
  const bureau = bureauOf(site);
  const files = (name: string, label: string) =>
    html`<li>${label}${colon(site)}<a href="/open-data/${name}.csv">CSV<span class="visually-hidden">${bracketed(site, label)}</span></a> · <a href="/open-data/${name}.json">JSON<span class="visually-hidden">${bracketed(site, label)}</span></a></li>`;
  return page(site, {
    title: w.columns['open-data'],
    description: w.columnBlurb['open-data'],
    canonical: '/open-data/',
    crumbs: [{ label: w.columns['open-data'] }],
    body: html`<h1>${w.columns['open-data']}</h1><p class="lead">${d.intro}</p>
<section aria-labelledby="h-figures"><h2 id="h-figures">${d.figures(o.figuresYear)}</h2><ul class="downloads">${files(`figures-${o.figuresYear}`, d.figures(o.figuresYear))}</ul>
<p>${d.apiText} <code>/api/open/figures?year=${o.figuresYear}</code></p>
<h3>${d.fields}</h3><dl class="fields">${Object.entries(d.figureFields).map(([k, v]) => html`<div><dt><code>${k}</code></dt><dd>${v}</dd></div>`)}</dl></section>
<section aria-labelledby="h-projects"><h2 id="h-projects">${d.projectLists}</h2>
${o.years.length ? html`<ul class="downloads">${o.years.map((y) => files(`projects-${y}`, d.projects(y)))}</ul>` : html`<p class="empty">${w.empty}</p>`}
<p>${d.apiText} <code>/api/open/projects?year=${o.years[0] ?? o.figuresYear}</code></p>
<h3>${d.fields}</h3><dl class="fields">${Object.entries(d.projectFields).map(([k, v]) => html`<div><dt><code>${k}</code></dt><dd>${v}</dd></div>`)}</dl></section>
<section aria-labelledby="h-licence"><h2 id="h-licence">${d.licence}</h2><p>${d.licenceText(bureau)} <a href="${licence.url}" rel="license">${licence.name}</a></p></section>`,
  });
}
