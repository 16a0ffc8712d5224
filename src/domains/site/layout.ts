import type { FastifyRequest } from 'fastify';
import type { Config } from '../../server/config.js';
import { policeRecordNumber, type SiteProfile } from '../content/site-profile.js';
import { type Html, html } from '../../server/html.js';
import { type SiteLanguage, siteWords, type Words } from './words.js';

/**
 * How a reader chose to read the site: language, text size, contrast, and 关怀版 (the care mode for older
 * readers: larger type, stronger contrast, one column, read aloud). A cookie; no script needed.
 */
export interface ReadingView {
  lang: SiteLanguage;
  large: boolean;
  contrast: boolean;
  care: boolean;
}

export const viewCookie = 'keguan_view';

export function readingView(request: FastifyRequest): ReadingView {
  const saved = String(request.cookies[viewCookie] ?? '').split('.');
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  const lang: SiteLanguage = asked === 'en' || asked === 'zh' ? asked : saved.includes('en') ? 'en' : 'zh';
  return { lang, large: saved.includes('large'), contrast: saved.includes('contrast'), care: saved.includes('care') };
}

export function cookieOf(view: ReadingView): string {
  return [
    view.lang,
    ...(view.large ? ['large'] : []),
    ...(view.contrast ? ['contrast'] : []),
    ...(view.care ? ['care'] : []),
  ].join('.');
}

export interface Site {
  config: Config;
  /** The bureau's own words about its site: identifiers, sponsor, contact. */
  profile: SiteProfile;
  origin: string;
  view: ReadingView;
  w: Words;
  /** The path being shown, for the view switches to come back to. */
  path: string;
}

export function siteOf(request: FastifyRequest, config: Config, profile: SiteProfile): Site {
  const view = readingView(request);
  const origin = config.publicUrl ?? `${request.protocol}://${request.host}`;
  return { config, profile, origin, view, w: siteWords[view.lang], path: request.url.split('?')[0] ?? '/' };
}

/** Punctuation differs: 标题：内容 in Chinese, "Title: text" in English. */
export function colon(site: Site): string {
  return site.view.lang === 'en' ? ': ' : '：';
}

export function bracketed(site: Site, text: string): string {
  return site.view.lang === 'en' ? ` (${text})` : `（${text}）`;
}

/** Items, calls and messages are written in Chinese: in the English view they say so, for screen readers (WCAG 3.1.2). */
export function contentLang(site: Site): Html {
  return site.view.lang === 'en' ? html` lang="zh-CN"` : html``;
}

export function bureauOf(site: Site): string {
  return site.view.lang === 'en' ? site.config.bureauNameEn : site.config.bureauName;
}

/** 2009年3月1日 in Chinese, 2009-03-01 in English; the Beijing day of a moment. */
export function dayText(site: Site, value: Date | string | null | undefined): string {
  if (!value) return '—';
  const day = typeof value === 'string' ? value : beijingParts(value).day;
  const [y, m, d] = day.split('-').map(Number);
  return site.w.dateOf(y!, m!, d!);
}

export function timeText(site: Site, value: Date): string {
  const { day, hh, mm } = beijingParts(value);
  const [y, m, d] = day.split('-').map(Number);
  return site.w.timeOf(y!, m!, d!, hh, mm);
}

const beijing = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function beijingParts(moment: Date) {
  const parts = Object.fromEntries(beijing.formatToParts(moment).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hh: parts.hour!, mm: parts.minute! };
}

export interface Crumb {
  label: string;
  href?: string;
}

interface PageSpec {
  title: string;
  description: string;
  /** The page's stable address, without query (or with the query that makes it what it is). */
  canonical: string;
  crumbs?: Crumb[];
  body: Html;
  /** The column's feed, offered to readers and feed readers. */
  feed?: { href: string; title: string };
  noindex?: boolean;
}

export const navColumns = [
  'news',
  'notices',
  'policies',
  'calls',
  'publicity',
  'achievements',
  'guide',
  'commitments',
  'open-gov',
  'consultations',
  'messages',
  'open-data',
] as const;

export function columnHref(column: string): string {
  return `/${column}/`;
}

export function itemHref(item: { id: number; column: string }): string {
  return `${columnHref(item.column)}${item.id}`;
}

function switchHref(site: Site, change: string): string {
  return `/view?set=${change}&back=${encodeURIComponent(site.path)}`;
}

/** The whole page: skip link, reading aids, masthead with search, navigation, breadcrumb, main, footer. */
export function page(site: Site, spec: PageSpec): Html {
  const { w, view } = site;
  const bureau = bureauOf(site);
  const title = spec.title === bureau ? `${bureau} · ${w.siteTag}` : `${spec.title} - ${bureau}`;
  const current = site.path;
  const classes = [view.large ? 'large' : '', view.contrast ? 'contrast' : '', view.care ? 'care' : '']
    .filter(Boolean)
    .join(' ');
  return html`<!doctype html>
<html lang="${view.lang === 'en' ? 'en' : 'zh-CN'}"${classes ? html` class="${classes}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${spec.description}">
<link rel="canonical" href="${site.origin}${spec.canonical}">
${spec.noindex ? html`<meta name="robots" content="noindex">` : ''}
${spec.feed ? html`<link rel="alternate" type="application/atom+xml" title="${spec.feed.title}" href="${spec.feed.href}">` : ''}
<link rel="stylesheet" href="/site.css">
${view.care ? html`<script src="/site-care.js" defer></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${w.skip}</a>
<div class="aids"><div class="wrap">
<span id="aids-label">${w.view.tools}</span>
<ul aria-labelledby="aids-label">
<li><a href="${switchHref(site, view.care ? 'uncare' : 'care')}">${view.care ? w.view.careOff : w.view.care}</a></li>
<li><a href="${switchHref(site, view.large ? 'normal' : 'large')}">${view.large ? w.view.normal : w.view.large}</a></li>
<li><a href="${switchHref(site, view.contrast ? 'standard' : 'contrast')}">${view.contrast ? w.view.standard : w.view.high}</a></li>
<li><a href="${switchHref(site, view.lang === 'en' ? 'zh' : 'en')}" lang="${view.lang === 'en' ? 'zh-CN' : 'en'}">${w.view.other}</a></li>
<li><a href="/app/">${w.hall}</a></li>
</ul>
</div></div>
<header class="masthead"><div class="wrap">
<a class="brand" href="/"><span class="emblem" aria-hidden="true">科</span><span><strong>${bureau}</strong><small>${w.siteTag}</small></span></a>
<form class="search" role="search" action="/search" method="get">
<label for="site-q" class="visually-hidden">${w.searchSite}</label>
<input id="site-q" name="q" type="search" placeholder="${w.searchPlaceholder}" maxlength="50">
<button type="submit">${w.search}</button>
</form>
</div></header>
<nav class="columns" aria-label="${w.nav}"><div class="wrap"><ul>
<li><a href="/"${current === '/' ? html` aria-current="page"` : ''}>${w.home}</a></li>
${navColumns.map((c) => html`<li><a href="${columnHref(c)}"${current.startsWith(`/${c}/`) ? html` aria-current="page"` : ''}>${w.columns[c]}</a></li>`)}
</ul></div></nav>
${spec.crumbs?.length ? html`<nav class="crumbs wrap" aria-label="${w.breadcrumb}"><ol><li><a href="/">${w.home}</a></li>${spec.crumbs.map((c) => (c.href ? html`<li><a href="${c.href}">${c.label}</a></li>` : html`<li aria-current="page">${c.label}</li>`))}</ol></nav>` : ''}
<main id="main" tabindex="-1" class="wrap">
${view.care ? html`<p class="care-bar"><span>${w.care.hint}</span> <button type="button" class="read-aloud" hidden data-stop="${w.care.stop}">${w.care.read}</button></p>` : ''}
${spec.body}
</main>
${footer(site)}
</body>
</html>`;
}

/** 页脚: the site's links, its sponsor and contact, and the identifiers the bureau has been issued (only those). */
function footer(site: Site): Html {
  const { w, profile: p } = site;
  const f = w.footer;
  const sep =
    site.view.lang === 'en' ? html`<span aria-hidden="true"> · </span>` : html`<span aria-hidden="true">　</span>`;
  const pairs = (entries: [string, string][]) => {
    const shown = entries.filter(([, value]) => value);
    return shown.length
      ? html`<p>${shown.map(([label, value], i) => html`${i ? sep : ''}<span>${label}${colon(site)}${value}</span>`)}</p>`
      : '';
  };
  const police = policeRecordNumber(p.policeFiling);
  const filings = [
    p.siteCode ? html`<span>${f.siteCode}${colon(site)}${p.siteCode}</span>` : '',
    p.icp ? html`<a href="https://beian.miit.gov.cn/" rel="noopener">${p.icp}</a>` : '',
    p.policeFiling
      ? police
        ? html`<a href="https://beian.mps.gov.cn/#/query/webSearch?code=${police}" rel="noopener">${p.policeFiling}</a>`
        : html`<span>${p.policeFiling}</span>`
      : '',
  ].filter(Boolean);
  return html`<footer class="site-footer"><div class="wrap">
<nav aria-label="${f.about}"><ul class="footer-links">
<li><a href="/contact/">${f.contact}</a></li>
<li><a href="/sitemap/">${w.sitemap}</a></li>
<li><a href="/messages/new">${w.messages.write}</a></li>
<li><a href="/feeds/">${w.feeds}</a></li>
<li><a href="/open-data/">${w.columns['open-data']}</a></li>
${p.errorReportUrl ? html`<li><a class="badge-link" href="${p.errorReportUrl}" rel="noopener">${f.errorReport}</a></li>` : ''}
</ul></nav>
<div class="footer-body">
${p.conacUrl ? html`<a class="conac" href="${p.conacUrl}" rel="noopener" aria-label="${f.conacLabel}"><span aria-hidden="true">${f.conac}</span></a>` : ''}
<div>
${pairs([
  [f.host, p.sponsor || bureauOf(site)],
  [f.organiser, p.organiser],
])}
${pairs([
  [f.address, p.address],
  [f.postcode, p.postcode],
  [f.phone, p.phone],
])}
${filings.length ? html`<p>${filings.map((x, i) => html`${i ? sep : ''}${x}`)}</p>` : ''}
<p>${w.accessibility}</p>
</div>
</div>
</div></footer>`;
}

/** Numbered pages as links, with the current one marked for screen readers. */
export function pager(
  site: Site,
  o: { page: number; total: number; pageSize: number; href: (page: number) => string },
): Html {
  const pages = Math.max(1, Math.ceil(o.total / o.pageSize));
  if (pages === 1) return html``;
  return html`<nav class="pager" aria-label="${site.w.page(o.page, pages)}">
${o.page > 1 ? html`<a href="${o.href(o.page - 1)}" rel="prev">${site.w.previous}</a>` : ''}
<span>${site.w.page(o.page, pages)}</span>
${o.page < pages ? html`<a href="${o.href(o.page + 1)}" rel="next">${site.w.next}</a>` : ''}
</nav>`;
}
