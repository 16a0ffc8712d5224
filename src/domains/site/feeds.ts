import type { PortalColumn } from '../../db/tables/index.js';
import { escapeHtml, type Html, html } from '../../server/html.js';
import { bracketed, bureauOf, columnHref, itemHref, page, type Site } from './layout.js';
import type { ListedItem } from '../content/public.service.js';

const xml = escapeHtml;

/** An Atom 1.0 feed (RFC 4287) of a column's latest items. */
export function atomFeed(site: Site, column: PortalColumn, items: (ListedItem & { bodyText?: string })[]): string {
  const self = `${site.origin}/feeds/${column}.xml`;
  // A scheduled item changes for readers when it appears, not when it was last saved.
  const changed = (i: ListedItem) => new Date(Math.max(i.updatedAt.getTime(), i.publishAt?.getTime() ?? 0));
  const updated = new Date(Math.max(0, ...items.map((i) => changed(i).getTime())));
  const title = `${bureauOf(site)} · ${site.w.columns[column]}`;
  const entries = items.map((i) => {
    const link = `${site.origin}${itemHref(i)}`;
    return `  <entry>
    <title>${xml(i.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <id>${xml(link)}</id>
    <published>${i.publishAt!.toISOString()}</published>
    <updated>${changed(i).toISOString()}</updated>
${i.summary ? `    <summary>${xml(i.summary)}</summary>\n` : ''}  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${xml(title)}</title>
  <subtitle>${xml(site.w.columnBlurb[column])}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${site.origin}${columnHref(column)}`)}"/>
  <id>${xml(self)}</id>
  <updated>${updated.toISOString()}</updated>
  <author><name>${xml(bureauOf(site))}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** The most addresses one sitemap file may list (sitemaps.org 0.9); past it, /sitemap.xml is an index of files. */
export const sitemapFileSize = 50_000;

/** sitemaps.org 0.9: one file of the site's addresses, the fixed pages first. */
export function sitemap(site: Site, fixed: string[], items: { id: number; column: string; updatedAt: Date }[]): string {
  const url = (path: string, lastmod?: Date) =>
    `  <url><loc>${xml(`${site.origin}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${[...fixed.map((p) => url(p)), ...items.map((i) => url(itemHref(i), i.updatedAt))].join('\n')}
</urlset>
`;
}

/** sitemaps.org 0.9: the index of a site with more addresses than one file holds, naming /sitemaps/1.xml … /sitemaps/{files}.xml. */
export function sitemapIndex(site: Site, files: number): string {
  const entries = Array.from(
    { length: files },
    (_, i) => `  <sitemap><loc>${xml(`${site.origin}/sitemaps/${i + 1}.xml`)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</sitemapindex>
`;
}

export function feedsPage(site: Site, columns: readonly PortalColumn[]): Html {
  const { w } = site;
  return page(site, {
    title: w.feeds,
    description: `${bureauOf(site)} Atom`,
    canonical: '/feeds/',
    crumbs: [{ label: w.feeds }],
    body: html`<h1>${w.feeds}</h1><ul class="items">${columns.map((c) => html`<li><a href="/feeds/${c}.xml">${w.columns[c]}${bracketed(site, 'Atom')}</a></li>`)}</ul>`,
  });
}
