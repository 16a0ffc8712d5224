import type { PortalColumn } from '../../db/tables/index.js';
import { formatTotal } from '../../shared/money.js';
import { type Html, html, trusted } from '../../server/html.js';
import {
  bracketed,
  bureauOf,
  colon,
  columnHref,
  contentLang,
  dayText,
  itemHref,
  page,
  pager,
  type Site,
  timeText,
} from './layout.js';
import {
  callStatus,
  type ListedItem,
  type callsOfYear,
  type publicCall,
  type publicCalls,
  type searchCalls,
  type searchSite,
} from '../content/public.service.js';
import { labelTableCells } from './table-labels.js';
import { metadataTable } from './open-gov-views.js';

export type PeriodState = 'upcoming' | 'running' | 'ended';

/** Where a publicity stands on a Beijing day; one without a whole period is not running. */
export function periodState(today: string, item: { startsOn: string | null; endsOn: string | null }): PeriodState {
  if (!item.startsOn || !item.endsOn) return 'ended';
  if (today < item.startsOn) return 'upcoming';
  if (today > item.endsOn) return 'ended';
  return 'running';
}

function itemLine(site: Site, item: ListedItem, today: string): Html {
  const extra =
    item.column === 'policies' && item.validity
      ? html` <span class="tag tag-${item.validity}">${site.w.validity[item.validity]}</span>`
      : item.column === 'publicity' && item.startsOn
        ? html` <span class="tag tag-${periodState(today, item)}">${site.w.periodState[periodState(today, item)]}</span> <span class="meta">${site.w.period}${colon(site)}${dayText(site, item.startsOn)}—${dayText(site, item.endsOn)}</span>`
        : '';
  return html`<li><a href="${itemHref(item)}"${contentLang(site)}>${item.title}</a>${extra}<time datetime="${item.publishAt?.toISOString() ?? ''}">${dayText(site, item.publishAt)}</time></li>`;
}

function itemList(site: Site, items: ListedItem[], today: string): Html {
  if (!items.length) return html`<p class="empty">${site.w.empty}</p>`;
  return html`<ul class="items">${items.map((i) => itemLine(site, i, today))}</ul>`;
}

type Calls = Awaited<ReturnType<typeof publicCalls>>;

function callLine(site: Site, call: Calls['open'][number], o: { apply: boolean }): Html {
  const program = site.view.lang === 'en' ? (call.programEn ?? call.program) : call.program;
  return html`<li><a class="call-title" href="/calls/${call.id}"${contentLang(site)}>${call.title}</a>
<span class="meta">${site.w.program}${colon(site)}${program} · ${o.apply ? site.w.deadline : site.w.opensAt}${colon(site)}${timeText(site, o.apply ? call.closesAt : call.opensAt)}</span>
${o.apply ? html`<a class="button" href="/app/hall?call=${call.id}">${site.w.applyOnline}<span class="visually-hidden"${contentLang(site)}>${colon(site)}${call.title}</span></a>` : ''}</li>`;
}

export interface HomeData {
  news: ListedItem[];
  notices: ListedItem[];
  policies: ListedItem[];
  running: ListedItem[];
  calls: Calls;
  figures: { year: number; items: { key: string; title: string; value: number; unit: string }[] };
  today: string;
}

/** 126万元 and 340件 in Chinese; 1,260,000 yuan and 340 in English. */
function figureText(site: Site, value: number, unit: string): string {
  if (site.view.lang === 'en') return unit === '元' ? `${value.toLocaleString('en')} yuan` : value.toLocaleString('en');
  return unit === '元' ? formatTotal(value) : `${value}${unit}`;
}

export function homePage(site: Site, d: HomeData): Html {
  const { w } = site;
  // A figure nobody has recorded yet reads as "0元" to a citizen: only figures with data are shown.
  const figures = d.figures.items.filter((f) => f.value > 0);
  const box = (column: PortalColumn, items: ListedItem[]) =>
    html`<section class="box" aria-labelledby="h-${column}"><h2 id="h-${column}"><a href="${columnHref(column)}">${w.columns[column]}</a></h2>${itemList(site, items, d.today)}<p class="more"><a href="${columnHref(column)}">${w.more}<span class="visually-hidden">${w.columns[column]}</span></a></p></section>`;
  return page(site, {
    title: bureauOf(site),
    description: `${bureauOf(site)}${w.siteTag}${colon(site)}${w.columnBlurb.news}${w.columnBlurb.calls}`,
    canonical: '/',
    feed: { href: '/feeds/news.xml', title: w.columns.news },
    body: html`<h1 class="visually-hidden">${bureauOf(site)} ${w.siteTag}</h1>
<section class="hall" aria-labelledby="h-hall"><h2 id="h-hall">${w.hall}</h2><p>${w.hallHint}</p><p><a class="button" href="/app/">${w.hall}</a> <a class="button secondary" href="/guide/">${w.columns.guide}</a> <a class="button secondary" href="/messages/new">${w.messages.write}</a></p></section>
<div class="grid">
<section class="box" aria-labelledby="h-calls"><h2 id="h-calls"><a href="/calls/">${w.openCalls}</a></h2>${d.calls.open.length ? html`<ul class="calls">${d.calls.open.slice(0, 5).map((c) => callLine(site, c, { apply: true }))}</ul>` : html`<p class="empty">${w.noOpenCalls}</p>`}</section>
<section class="box" aria-labelledby="h-running"><h2 id="h-running"><a href="/publicity/">${w.runningPublicity}</a></h2>${itemList(site, d.running, d.today)}</section>
${box('notices', d.notices)}
${box('news', d.news)}
${box('policies', d.policies)}
${figures.length ? html`<section class="box figures" aria-labelledby="h-figures"><h2 id="h-figures">${w.keyFigures(d.figures.year)}</h2><dl>${figures.map((f) => html`<div><dt>${f.title}</dt><dd>${figureText(site, f.value, f.unit)}</dd></div>`)}</dl><p class="more"><a href="/open-data/">${w.columns['open-data']}</a></p></section>` : ''}
</div>`,
  });
}

export function columnPage(
  site: Site,
  o: {
    column: PortalColumn;
    items: ListedItem[];
    total: number;
    page: number;
    pageSize: number;
    year?: number;
    years: number[];
    today: string;
  },
): Html {
  const { w } = site;
  const name = w.columns[o.column];
  const base = columnHref(o.column);
  const query = (page: number) =>
    `${base}?${new URLSearchParams({ ...(o.year ? { year: String(o.year) } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`.replace(
      /\?$/,
      '',
    );
  const grouped = itemList(site, o.items, o.today);
  return page(site, {
    title: name,
    description: w.columnBlurb[o.column],
    canonical: query(o.page),
    crumbs: [{ label: name }],
    feed: { href: `/feeds/${o.column}.xml`, title: name },
    body: html`<h1>${name}</h1><p class="lead">${w.columnBlurb[o.column]}</p>
${o.years.length > 1 ? html`<form class="filters" method="get" action="${base}"><label for="year">${w.year}</label><select id="year" name="year"><option value="">${w.allYears}</option>${o.years.map((y) => html`<option value="${y}"${y === o.year ? html` selected` : ''}>${y}</option>`)}</select><button type="submit">${w.filter}</button></form>` : ''}
${grouped}
${pager(site, { page: o.page, total: o.total, pageSize: o.pageSize, href: query })}
<p class="feed-link"><a href="/feeds/${o.column}.xml">${w.feeds}${colon(site)}${name}${bracketed(site, 'Atom')}</a></p>`,
  });
}

export interface ItemView {
  id: number;
  column: string;
  title: string;
  summary: string | null;
  bodyHtml: string;
  bodyText: string;
  publishAt: Date | null;
  updatedAt: Date;
  source: string | null;
  docNo: string | null;
  validity: string | null;
  effectiveOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  objectionContact: string | null;
  details: unknown;
  indexNo?: string | null;
  topic?: string | null;
  files: { id: number; originalName: string; size: number }[];
}

function guideParts(site: Site, details: unknown): Html {
  const g = (details ?? {}) as {
    conditions?: string;
    materials?: string[];
    steps?: string[];
    timeLimit?: string;
    fee?: string;
    contact?: string;
  };
  const words = site.w.guide;
  return html`<dl class="guide">
${g.conditions ? html`<dt>${words.conditions}</dt><dd>${g.conditions}</dd>` : ''}
${g.materials?.length ? html`<dt>${words.materials}</dt><dd><ol>${g.materials.map((m) => html`<li>${m}</li>`)}</ol></dd>` : ''}
${g.steps?.length ? html`<dt>${words.steps}</dt><dd><ol class="steps">${g.steps.map((m) => html`<li>${m}</li>`)}</ol></dd>` : ''}
${g.timeLimit ? html`<dt>${words.timeLimit}</dt><dd>${g.timeLimit}</dd>` : ''}
${g.fee ? html`<dt>${words.fee}</dt><dd>${g.fee}</dd>` : ''}
${g.contact ? html`<dt>${words.contact}</dt><dd>${g.contact}</dd>` : ''}
</dl>`;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface PublicityExtras {
  today: string;
  objections: { received: number; answered: number };
  form?: Html;
}

export interface Interpretations {
  /** A policy's 解读. */
  interpretations?: { id: number; column: string; title: string }[];
  /** The policy a 解读 explains. */
  policy?: { id: number; column: string; title: string };
}

export function itemPage(
  site: Site,
  item: ItemView,
  o: { publicity?: PublicityExtras; preview?: boolean; related?: Interpretations; extra?: Html },
): Html {
  const { w } = site;
  const column = item.column as PortalColumn;
  const name = w.columns[column];
  const meta: Html[] = [];
  if (item.publishAt)
    meta.push(
      html`<div><dt>${w.published}</dt><dd><time datetime="${item.publishAt.toISOString()}">${dayText(site, item.publishAt)}</time></dd></div>`,
    );
  if (item.source) meta.push(html`<div><dt>${w.source}</dt><dd>${item.source}</dd></div>`);
  if (item.docNo) meta.push(html`<div><dt>${w.docNo}</dt><dd>${item.docNo}</dd></div>`);
  if (item.validity)
    meta.push(
      html`<div><dt>${w.validityLabel}</dt><dd><span class="tag tag-${item.validity}">${w.validity[item.validity]}</span></dd></div>`,
    );
  if (item.effectiveOn)
    meta.push(html`<div><dt>${w.effectiveOn}</dt><dd>${dayText(site, item.effectiveOn)}</dd></div>`);
  const p = o.publicity;
  const publicity = p
    ? html`<section class="period" aria-labelledby="h-period"><h2 id="h-period">${w.period}</h2>
<p><span class="tag tag-${periodState(p.today, item)}">${w.periodState[periodState(p.today, item)]}</span> ${dayText(site, item.startsOn)}—${dayText(site, item.endsOn)}</p>
<p>${w.objectionChannel}${colon(site)}${item.objectionContact ?? '—'}</p>
<p>${w.objections(p.objections.received, p.objections.answered)}</p>
${p.form ?? ''}
</section>`
    : '';
  return page(site, {
    title: item.title,
    description: (item.summary ?? item.bodyText).slice(0, 150) || name,
    canonical: itemHref(item),
    crumbs: [{ label: name, href: columnHref(column) }, { label: item.title }],
    noindex: o.preview,
    body: html`${o.preview ? html`<p class="notice" role="status">${w.preview}</p>` : ''}<article class="item">
<h1${contentLang(site)}>${item.title}</h1>
${meta.length ? html`<dl class="item-meta">${meta}</dl>` : ''}
${metadataTable(site, item)}
${o.related?.policy ? html`<p class="notice">${w.openGov.interprets}${colon(site)}<a href="${itemHref(o.related.policy)}"${contentLang(site)}>${o.related.policy.title}</a></p>` : ''}
${item.column === 'guide' ? guideParts(site, item.details) : ''}
<div class="body"${contentLang(site)}>${trusted(labelTableCells(item.bodyHtml))}</div>
${item.files.length ? html`<section aria-labelledby="h-files"><h2 id="h-files">${w.attachments}</h2><ul class="files">${item.files.map((f) => html`<li><a href="/files/${f.id}/${encodeURIComponent(f.originalName)}" download>${f.originalName}</a> <span class="meta">(${sizeText(f.size)})</span></li>`)}</ul></section>` : ''}
${publicity}
${o.extra ?? ''}
${o.related?.interpretations?.length ? html`<section aria-labelledby="h-interpretations"><h2 id="h-interpretations">${w.openGov.interpretations}</h2><ul>${o.related.interpretations.map((r) => html`<li><a href="${itemHref(r)}"${contentLang(site)}>${r.title}</a></li>`)}</ul></section>` : ''}
</article>`,
  });
}

export function withdrawnPage(
  site: Site,
  item: { id: number; column: string; title: string; withdrawnReason: string | null },
): Html {
  const name = site.w.columns[item.column as PortalColumn];
  return page(site, {
    title: item.title,
    description: site.w.withdrawn,
    canonical: itemHref(item),
    noindex: true,
    crumbs: [{ label: name, href: columnHref(item.column) }, { label: item.title }],
    body: html`<h1>${item.title}</h1><p class="notice" role="status">${site.w.withdrawn}</p>${item.withdrawnReason ? html`<p>${site.w.withdrawnReason}${colon(site)}${item.withdrawnReason}</p>` : ''}`,
  });
}

export function callsPage(site: Site, calls: Calls, years: number[]): Html {
  const { w } = site;
  return page(site, {
    title: w.columns.calls,
    description: w.columnBlurb.calls,
    canonical: '/calls/',
    crumbs: [{ label: w.columns.calls }],
    body: html`<h1>${w.columns.calls}</h1><p class="lead">${w.columnBlurb.calls}</p>
<section aria-labelledby="h-open"><h2 id="h-open">${w.openCalls}</h2>${calls.open.length ? html`<ul class="calls">${calls.open.map((c) => callLine(site, c, { apply: true }))}</ul>` : html`<p class="empty">${w.noOpenCalls}</p>`}</section>
${calls.upcoming.length ? html`<section aria-labelledby="h-upcoming"><h2 id="h-upcoming">${w.upcoming}</h2><ul class="calls">${calls.upcoming.map((c) => callLine(site, c, { apply: false }))}</ul></section>` : ''}
${calls.closed.length ? html`<section aria-labelledby="h-closed"><h2 id="h-closed">${w.closedCalls}</h2><ul class="calls">${calls.closed.map((c) => html`<li><a class="call-title" href="/calls/${c.id}"${contentLang(site)}>${c.title}</a><span class="meta">${w.deadline}${colon(site)}${timeText(site, c.closesAt)}</span></li>`)}</ul></section>` : ''}
${years.length ? html`<section aria-labelledby="h-years"><h2 id="h-years">${w.callPage.byYear}</h2><ul class="years">${years.map((y) => html`<li><a href="/calls/?year=${y}">${w.callPage.yearCalls(y)}</a></li>`)}</ul></section>` : ''}`,
  });
}

type YearCall = Awaited<ReturnType<typeof callsOfYear>>[number];

/** 往年申报通知: every call of a year, each with where it stands. */
export function callsOfYearPage(site: Site, year: number, calls: YearCall[], at: Date): Html {
  const { w } = site;
  const title = w.callPage.yearCalls(year);
  return page(site, {
    title,
    description: w.columnBlurb.calls,
    canonical: `/calls/?year=${year}`,
    crumbs: [{ label: w.columns.calls, href: '/calls/' }, { label: title }],
    body: html`<h1>${title}</h1>${
      calls.length
        ? html`<ul class="calls">${calls.map((c) => {
            const status = callStatus(c, at);
            return html`<li><a class="call-title" href="/calls/${c.id}"${contentLang(site)}>${c.title}</a> <span class="tag tag-${status === 'open' ? 'running' : status === 'upcoming' ? 'upcoming' : 'ended'}">${w.callPage.status[status]}</span><span class="meta">${w.callPage.period}${colon(site)}${timeText(site, c.opensAt)}—${timeText(site, c.closesAt)}</span></li>`;
          })}</ul>`
        : html`<p class="empty">${w.empty}</p>`
    }`,
  });
}

type PublicCall = NonNullable<Awaited<ReturnType<typeof publicCall>>>;

/** One 申报通知 in full: what a unit reads before it decides to apply, with the way in while it is open. */
export function callPage(site: Site, call: PublicCall, at: Date): Html {
  const { w } = site;
  const c = w.callPage;
  const en = site.view.lang === 'en';
  const status = callStatus(call, at);
  const meta = [
    [w.program, en ? (call.programEn ?? call.program) : call.program],
    [c.level, w.levels[call.level] ?? call.level],
    [c.category, w.categories[call.category] ?? call.category],
    [c.who, c.applicantKinds[call.applicantKind] ?? call.applicantKind],
    [c.period, `${timeText(site, call.opensAt)} — ${timeText(site, call.closesAt)}`],
    ...(call.section ? [[c.section, en ? (call.sectionEn ?? call.section) : call.section]] : []),
  ];
  const paragraphs = (call.description ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const action =
    status === 'open'
      ? html`<p><a class="button" href="/app/hall?call=${call.id}">${c.apply}</a></p>`
      : status === 'upcoming'
        ? html`<p class="notice" role="status">${c.notYet(timeText(site, call.opensAt))}</p>`
        : html`<p class="notice" role="status">${c.closedText}</p>`;
  return page(site, {
    title: call.title,
    description: `${call.title}${colon(site)}${c.period} ${timeText(site, call.opensAt)} — ${timeText(site, call.closesAt)}`,
    canonical: `/calls/${call.id}`,
    crumbs: [{ label: w.columns.calls, href: '/calls/' }, { label: call.title }],
    body: html`<article class="item call">
<h1${contentLang(site)}>${call.title}</h1>
<p><span class="tag tag-${status === 'open' ? 'running' : status === 'upcoming' ? 'upcoming' : 'ended'}">${c.status[status]}</span></p>
<dl class="item-meta">${meta.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>
${action}
${paragraphs.length ? html`<section aria-labelledby="h-text"><h2 id="h-text">${c.text}</h2><div class="body"${contentLang(site)}>${paragraphs.map((p) => html`<p>${p.split('\n').map((line, i) => html`${i ? html`<br>` : ''}${line}`)}</p>`)}</div></section>` : ''}
${
  call.quotas.length || call.defaultQuota !== null
    ? html`<section aria-labelledby="h-quotas"><h2 id="h-quotas">${c.quotas}</h2>${call.quotas.length ? html`<table class="labelled"><thead><tr><th scope="col">${c.jurisdiction}</th><th scope="col">${c.quota}</th></tr></thead><tbody>${call.quotas.map((q) => html`<tr><td data-label="${c.jurisdiction}">${en ? (q.placeEn ?? q.place) : q.place}</td><td data-label="${c.quota}">${q.quota}</td></tr>`)}</tbody></table>` : ''}${call.defaultQuota !== null ? html`<p>${c.defaultQuota(call.defaultQuota)}</p>` : ''}</section>`
    : ''
}
${call.attachments.length ? html`<section aria-labelledby="h-materials"><h2 id="h-materials">${c.materials}</h2><ol class="materials">${call.attachments.map((a) => html`<li><span${contentLang(site)}>${a.name}</span> <span class="tag ${a.required ? 'tag-running' : 'tag-upcoming'}">${a.required ? c.required : c.optional}</span><span class="meta">${c.formats(a.types.join(' '), Math.round(a.maxBytes / 1024 / 1024) || 1)}</span></li>`)}</ol></section>` : ''}
${call.criteria.length ? html`<section aria-labelledby="h-criteria"><h2 id="h-criteria">${c.criteria}</h2><ul class="materials">${call.criteria.map((k) => html`<li><span${contentLang(site)}>${k.name}</span><span class="meta">${c.points(k.max)}</span></li>`)}</ul></section>` : ''}
${call.contact ? html`<section aria-labelledby="h-contact"><h2 id="h-contact">${c.contact}</h2><p${contentLang(site)}>${call.contact}</p></section>` : ''}
${call.results.length ? html`<section aria-labelledby="h-results"><h2 id="h-results">${c.results}</h2><ul>${call.results.map((r) => html`<li><a href="${itemHref(r)}"${contentLang(site)}>${r.title}</a></li>`)}</ul></section>` : ''}
</article>`,
  });
}

/** Marks every occurrence of the query's words, escaping the text around and inside the marks. */
export function highlighted(text: string, words: string[]): Html {
  const marks = words.filter(Boolean).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!marks.length) return html`${text}`;
  const pieces = text.split(new RegExp(`(${marks.join('|')})`, 'gi'));
  // split() with a capturing group puts the matches at the odd places.
  return html`${pieces.map((piece, i) => (i % 2 ? html`<mark>${piece}</mark>` : piece))}`;
}

/** A stretch of the body around the first word found, so the reader sees why the item matched. */
export function snippet(text: string, words: string[], length = 120): string {
  const lower = text.toLowerCase();
  const at = Math.min(...words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0), text.length);
  const start = at === text.length ? 0 : Math.max(0, at - 30);
  const piece = text.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${piece}${start + length < text.length ? '…' : ''}`;
}

export function searchPage(
  site: Site,
  o: {
    q: string;
    column?: PortalColumn | 'calls';
    year?: number;
    years: number[];
    page: number;
    pageSize: number;
    result?: Awaited<ReturnType<typeof searchSite>>;
    calls?: Awaited<ReturnType<typeof searchCalls>>;
    now: Date;
  },
): Html {
  const { w } = site;
  const words = o.q.split(/\s+/).filter(Boolean);
  const columns = [
    'news',
    'notices',
    'policies',
    'publicity',
    'achievements',
    'guide',
    'commitments',
    'open-gov',
    'consultations',
  ] as const;
  const href = (p: { page?: number; column?: string }) =>
    `/search?${new URLSearchParams({ q: o.q, ...((p.column ?? o.column) ? { column: (p.column ?? o.column)! } : {}), ...(o.year ? { year: String(o.year) } : {}), ...(p.page && p.page > 1 ? { page: String(p.page) } : {}) })}`;
  const r = o.result;
  const found = o.calls;
  const callHits = found?.items.length
    ? html`<section class="call-hits" aria-labelledby="h-call-hits"><h2 id="h-call-hits">${w.columns.calls}${o.column === 'calls' ? '' : bracketed(site, String(found.total))}</h2><ol class="results">${found.items.map((c) => html`<li><h3><a href="/calls/${c.id}"${contentLang(site)}>${highlighted(c.title, words)}</a></h3>${c.description ? html`<p${contentLang(site)}>${highlighted(snippet(c.description, words), words)}</p>` : ''}<p class="meta">${w.callPage.status[callStatus(c, o.now)]} · ${w.callPage.period}${colon(site)}${dayText(site, c.opensAt)}—${dayText(site, c.closesAt)}</p></li>`)}</ol>${o.column !== 'calls' && found.total > found.items.length ? html`<p class="more"><a href="${href({ column: 'calls' })}">${w.more}<span class="visually-hidden">${w.columns.calls}</span></a></p>` : ''}</section>`
    : '';
  return page(site, {
    title: o.q ? `${w.search}${colon(site)}${o.q}` : w.searchSite,
    description: w.searchHint,
    canonical: o.q ? `/search?q=${encodeURIComponent(o.q)}` : '/search',
    crumbs: [{ label: w.searchSite }],
    noindex: true,
    body: html`<h1>${w.searchSite}</h1>
<form class="search-page" role="search" method="get" action="/search">
<p><label for="q">${w.searchPlaceholder}</label><input id="q" name="q" type="search" value="${o.q}" maxlength="50" aria-describedby="q-hint"></p>
<p id="q-hint" class="hint">${w.searchHint}</p>
<p><label for="column">${w.column}</label><select id="column" name="column"><option value="">${w.allColumns}</option>${[...columns, 'calls' as const].map((c) => html`<option value="${c}"${c === o.column ? html` selected` : ''}>${w.columns[c]}</option>`)}</select>
<label for="year">${w.year}</label><select id="year" name="year"><option value="">${w.allYears}</option>${o.years.map((y) => html`<option value="${y}"${y === o.year ? html` selected` : ''}>${y}</option>`)}</select>
<button type="submit">${w.search}</button></p>
</form>
${
  o.column === 'calls'
    ? html`<p role="status" class="result-count">${found?.total ? w.results(found.total, o.q, false) : w.noResults(o.q)}</p>${callHits}`
    : r
      ? html`${callHits}<p role="status" class="result-count">${r.total ? w.results(r.total, o.q, r.capped) : w.noResults(o.q)}</p>
${r.byColumn.length > 1 ? html`<ul class="facets">${r.byColumn.map((b) => html`<li><a href="${href({ column: b.column })}"${b.column === o.column ? html` aria-current="true"` : ''}>${w.columns[b.column as PortalColumn]}${r.capped ? '' : ` (${b.n})`}</a></li>`)}</ul>` : ''}
<ol class="results">${r.items.map((i) => html`<li><h2><a href="${itemHref(i)}"${contentLang(site)}>${highlighted(i.title, words)}</a></h2><p${contentLang(site)}>${highlighted(snippet(i.bodyText || i.summary || '', words), words)}</p><p class="meta">${w.columns[i.column as PortalColumn]} · ${dayText(site, i.publishAt)}</p></li>`)}</ol>
${pager(site, { page: o.page, total: r.total, pageSize: o.pageSize, href: (page) => href({ page }) })}`
      : ''
}`,
  });
}

export function notFoundPage(site: Site): Html {
  return page(site, {
    title: site.w.notFound,
    description: site.w.notFoundText,
    canonical: site.path,
    noindex: true,
    body: html`<h1>${site.w.notFound}</h1><p>${site.w.notFoundText}</p><p><a href="/">${site.w.home}</a> · <a href="/search">${site.w.searchSite}</a></p>`,
  });
}
