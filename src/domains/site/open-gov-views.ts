import { type CatalogueCategory, categoryOf, openGovCategories } from '../content/catalogue.js';
import { type Html, html } from '../../server/html.js';
import { bureauOf, colon, contentLang, dayText, itemHref, page, pager, type Site } from './layout.js';
import type { catalogueItems, ListedItem, openGovOverview } from '../content/public.service.js';

/** The parts of the catalogue in the order a reader looks for them (条例第二十条 first, the columns after). */
export const catalogueCategories: CatalogueCategory[] = [
  'functions',
  'leaders',
  'policies',
  'interpretation',
  'plans',
  'budget',
  'funds',
  'publicity',
  'notices',
  'guide',
  'annual_report',
  'disclosure_guide',
  'disclosure_rules',
  'other',
];

const catalogueHref = (category?: string) =>
  category ? `/open-gov/catalogue?category=${category}` : '/open-gov/catalogue';

/** 政府信息公开: the guide and rules, the catalogue by part, requests for disclosure, the annual reports. */
export function openGovPage(site: Site, o: Awaited<ReturnType<typeof openGovOverview>>): Html {
  const { w } = site;
  const g = w.openGov;
  const link = (item: ListedItem | undefined, label: string) =>
    item
      ? html`<a href="${itemHref(item)}"${contentLang(site)}>${label}</a>`
      : html`${label} <span class="meta">${g.notYet}</span>`;
  return page(site, {
    title: w.columns['open-gov'],
    description: g.intro,
    canonical: '/open-gov/',
    crumbs: [{ label: w.columns['open-gov'] }],
    feed: { href: '/feeds/open-gov.xml', title: w.columns['open-gov'] },
    body: html`<h1>${w.columns['open-gov']}</h1><p class="lead">${g.intro}</p>
<div class="grid">
<section class="box" aria-labelledby="h-og-frame"><h2 id="h-og-frame">${g.guide} · ${g.rules}</h2><ul class="map">
<li>${link(o.guide, w.openGovCategory.disclosure_guide!)}</li>
${o.rules.length ? o.rules.map((r) => html`<li><a href="${itemHref(r)}"${contentLang(site)}>${r.title}</a></li>`) : html`<li>${w.openGovCategory.disclosure_rules} <span class="meta">${g.notYet}</span></li>`}
</ul></section>
<section class="box" aria-labelledby="h-og-request"><h2 id="h-og-request"><a href="/disclosure/">${g.request}</a></h2><p>${g.requestHint}</p><p><a class="button" href="/disclosure/apply">${w.disclosure}</a> <a class="button secondary" href="/disclosure/">${w.messages.follow}</a></p></section>
</div>
<section aria-labelledby="h-og-catalogue"><h2 id="h-og-catalogue"><a href="${catalogueHref()}">${g.catalogue}</a></h2><p>${g.catalogueHint}</p>
<form class="search-page" role="search" method="get" action="/open-gov/catalogue"><p><label for="og-q">${g.keyword}</label> <input id="og-q" name="q" type="search" maxlength="50"> <button type="submit">${w.search}</button></p></form>
<h3>${g.active}</h3>
<ul class="categories">${catalogueCategories.map((c) => html`<li><a href="${catalogueHref(c)}">${w.openGovCategory[c]}</a> <span class="meta">${g.count(o.counts[c] ?? 0)}</span></li>`)}</ul></section>
<section aria-labelledby="h-og-reports"><h2 id="h-og-reports">${g.reports}</h2>${o.reports.length ? html`<ul class="items">${o.reports.map((r) => html`<li><a href="${itemHref(r)}"${contentLang(site)}>${r.title}</a><time datetime="${r.publishAt?.toISOString() ?? ''}">${dayText(site, r.publishAt)}</time></li>`)}</ul>` : html`<p class="empty">${g.notYet}</p>`}</section>`,
  });
}

/** 政府信息公开目录: every item with its metadata, filtered and searched without script. */
export function cataloguePage(
  site: Site,
  o: {
    q?: string;
    category?: CatalogueCategory;
    year?: number;
    years: number[];
    page: number;
    pageSize: number;
    result: Awaited<ReturnType<typeof catalogueItems>>;
  },
): Html {
  const { w } = site;
  const g = w.openGov;
  const params = (page: number) =>
    new URLSearchParams({
      ...(o.q ? { q: o.q } : {}),
      ...(o.category ? { category: o.category } : {}),
      ...(o.year ? { year: String(o.year) } : {}),
      ...(page > 1 ? { page: String(page) } : {}),
    });
  const href = (page: number) => `/open-gov/catalogue?${params(page)}`.replace(/\?$/, '');
  const title = o.category ? w.openGovCategory[o.category]! : g.catalogue;
  const cell = (label: string, value: Html | string) => html`<td data-label="${label}">${value}</td>`;
  return page(site, {
    title,
    description: g.catalogueHint,
    canonical: href(o.page),
    crumbs: [
      { label: w.columns['open-gov'], href: '/open-gov/' },
      ...(o.category ? [{ label: g.catalogue, href: catalogueHref() }] : []),
      { label: title },
    ],
    body: html`<h1>${title}</h1>
<form class="search-page filters" role="search" method="get" action="/open-gov/catalogue"><p>
<label for="cat-q">${g.keyword}</label> <input id="cat-q" name="q" type="search" maxlength="50" value="${o.q ?? ''}">
<label for="cat-category">${g.category}</label> <select id="cat-category" name="category"><option value="">${g.allCategories}</option>${catalogueCategories.map((c) => html`<option value="${c}"${c === o.category ? html` selected` : ''}>${w.openGovCategory[c]}</option>`)}</select>
<label for="cat-year">${w.year}</label> <select id="cat-year" name="year"><option value="">${w.allYears}</option>${o.years.map((y) => html`<option value="${y}"${y === o.year ? html` selected` : ''}>${y}</option>`)}</select>
<button type="submit">${w.search}</button></p></form>
<p role="status" class="result-count">${o.result.total ? g.results(o.result.total) : g.none}</p>
${
  o.result.items.length
    ? html`<table class="labelled catalogue"><caption class="visually-hidden">${title}</caption><thead><tr><th scope="col">${g.indexNo}</th><th scope="col">${w.messages.subject}</th><th scope="col">${g.issuer}</th><th scope="col">${g.date}</th><th scope="col">${w.docNo}</th><th scope="col">${w.validityLabel}</th></tr></thead><tbody>
${o.result.items.map(
  (i) =>
    html`<tr>${cell(g.indexNo, i.indexNo ?? '—')}${cell(w.messages.subject, html`<a href="${itemHref(i)}"${contentLang(site)}>${i.title}</a>`)}${cell(g.issuer, i.source ?? bureauOf(site))}${cell(g.date, dayText(site, i.publishAt))}${cell(w.docNo, i.docNo ?? '—')}${cell(w.validityLabel, i.validity ? html`<span class="tag tag-${i.validity}">${w.validity[i.validity]}</span>` : '—')}</tr>`,
)}
</tbody></table>`
    : ''
}
${pager(site, { page: o.page, total: o.result.total, pageSize: o.pageSize, href })}`,
  });
}

/** 信息索引: the catalogue's metadata at the head of a catalogue item, as government sites print it. */
export function metadataTable(
  site: Site,
  item: {
    column: string;
    details: unknown;
    indexNo?: string | null;
    topic?: string | null;
    source: string | null;
    publishAt: Date | null;
    docNo: string | null;
    validity: string | null;
  },
): Html {
  const category = categoryOf(item);
  if (!category) return html``;
  const { w } = site;
  const g = w.openGov;
  const rows: [string, string][] = [
    [g.indexNo, item.indexNo ?? '—'],
    [g.category, w.openGovCategory[category] ?? category],
    [g.topic, item.topic ? (w.topics[item.topic] ?? item.topic) : '—'],
    [g.issuer, item.source ?? bureauOf(site)],
    [g.date, dayText(site, item.publishAt)],
    [w.docNo, item.docNo ?? '—'],
    ...(item.validity ? [[w.validityLabel, w.validity[item.validity] ?? item.validity] as [string, string]] : []),
  ];
  return html`<table class="metadata"><caption>${g.metadata}</caption><tbody>${rows.map(([label, value]) => html`<tr><th scope="row">${label}${colon(site)}</th><td>${value}</td></tr>`)}</tbody></table>`;
}

export function isOpenGovCategory(value: string): boolean {
  return (openGovCategories as readonly string[]).includes(value);
}
