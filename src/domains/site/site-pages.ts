import { type Html, html } from '../../server/html.js';
import { bureauOf, columnHref, navColumns, page, type Site } from './layout.js';

/** 网站地图: every column and service of the site as links, for readers (the XML sitemap is for crawlers). */
export function siteMapPage(site: Site): Html {
  const { w } = site;
  const m = w.siteMapPage;
  const entry = (href: string, label: string, blurb?: string) =>
    html`<li><a href="${href}">${label}</a>${blurb ? html`<span class="meta">${blurb}</span>` : ''}</li>`;
  return page(site, {
    title: m.title,
    description: m.intro,
    canonical: '/sitemap/',
    crumbs: [{ label: m.title }],
    body: html`<h1>${m.title}</h1><p class="lead">${m.intro}</p>
<div class="grid site-map">
<section aria-labelledby="h-map-columns"><h2 id="h-map-columns">${m.columns}</h2><ul class="map">
${entry('/', w.home)}
${navColumns.map((c) => entry(columnHref(c), w.columns[c], w.columnBlurb[c]))}
</ul></section>
<section aria-labelledby="h-map-services"><h2 id="h-map-services">${m.services}</h2><ul class="map">
${entry('/app/', w.hall, w.hallHint)}
${entry('/messages/new', w.messages.write)}
${entry('/messages/', w.messages.follow)}
${entry('/disclosure/', w.disclosure, w.contactPage.disclose)}
${entry('/search', w.searchSite)}
${entry('/feeds/', w.feeds)}
</ul></section>
<section aria-labelledby="h-map-about"><h2 id="h-map-about">${m.about}</h2><ul class="map">
${entry('/contact/', w.footer.contact)}
${entry('/sitemap/', m.title)}
${site.profile.errorReportUrl ? entry(site.profile.errorReportUrl, w.footer.errorReport) : ''}
</ul></section>
</div>`,
  });
}

/** 联系我们: where the bureau is and how to reach it, as the bureau has set it; the online channels always. */
export function contactPage(site: Site): Html {
  const { w, profile: p } = site;
  const c = w.contactPage;
  const bureau = p.sponsor || bureauOf(site);
  const rows = (
    [
      [w.footer.address, p.address],
      [w.footer.postcode, p.postcode],
      [w.footer.phone, p.phone],
      [w.footer.email, p.email],
      [w.footer.hours, p.hours],
    ] as const
  ).filter(([, value]) => value);
  return page(site, {
    title: c.title,
    description: c.intro(bureau),
    canonical: '/contact/',
    crumbs: [{ label: c.title }],
    body: html`<h1>${c.title}</h1>
<section aria-labelledby="h-bureau"><h2 id="h-bureau">${bureau}</h2>
${
  rows.length
    ? html`<dl class="item-meta contact">${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${label === w.footer.email ? html`<a href="mailto:${value}">${value}</a>` : label === w.footer.phone ? html`<a href="tel:${value.replace(/[^\d+-]/g, '')}">${value}</a>` : value}</dd></div>`)}</dl>`
    : html`<p>${c.unset}</p>`
}</section>
<section aria-labelledby="h-online"><h2 id="h-online">${w.hall}</h2><ul class="map">
<li><a href="/messages/new">${w.messages.write}</a><span class="meta">${c.write}</span></li>
<li><a href="/disclosure/">${w.disclosure}</a><span class="meta">${c.disclose}</span></li>
<li><a href="/app/">${w.hall}</a><span class="meta">${w.hallHint}</span></li>
</ul></section>`,
  });
}
