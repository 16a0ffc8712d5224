import { type Html, html } from '../../server/html.js';
import { bracketed, colon, contentLang, dayText, page, pager, type Site, timeText } from './layout.js';
import type { messageByCode, publishedMessages, replyStatistics } from '../messages/messages.service.js';
import { promisedWorkingDays } from '../messages/messages.service.js';

/** A section as the reader's language names it. */
function sectionName(site: Site, o: { section: string | null; sectionEn: string | null }): string {
  return (site.view.lang === 'en' ? o.sectionEn : null) ?? o.section ?? '';
}

export interface Challenge {
  token: string;
  a: number;
  b: number;
  op: 'plus' | 'minus';
}

/** What a form keeps when it comes back with errors: the writer loses nothing they typed. */
export type FormValues = Partial<Record<'kind' | 'subject' | 'body' | 'name' | 'contact' | 'mayPublish', string>>;

/** The form's errors at its top, each a link to its field; `texts` says what is wrong with each. */
export function errorSummary(
  site: Site,
  errors: string[],
  texts: Record<string, string> = site.w.messages.fieldErrors,
): Html {
  if (!errors.length) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-title" tabindex="-1"><h2 id="error-title">${site.w.messages.errors}</h2><ul>${errors.map((e) => html`<li><a href="#${e}">${texts[e]}</a></li>`)}</ul></div>`;
}

/** One labelled field with its hint and error, marked required unless `optional`. */
export function field(
  site: Site,
  o: {
    name: string;
    label: string;
    errors: string[];
    control: (attrs: Html) => Html;
    hint?: string;
    optional?: boolean;
    texts?: Record<string, string>;
  },
): Html {
  const invalid = o.errors.includes(o.name);
  const described = [o.hint ? `${o.name}-hint` : '', invalid ? `${o.name}-error` : ''].filter(Boolean).join(' ');
  const attrs = html` id="${o.name}" name="${o.name}"${o.optional ? '' : html` required aria-required="true"`}${invalid ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`;
  return html`<div class="field${invalid ? ' invalid' : ''}"><label for="${o.name}">${o.label}${o.optional ? '' : html` <span class="req">${bracketed(site, site.w.messages.required)}</span>`}</label>
${o.hint ? html`<p class="hint" id="${o.name}-hint">${o.hint}</p>` : ''}
${invalid ? html`<p class="field-error" id="${o.name}-error">${(o.texts ?? site.w.messages.fieldErrors)[o.name]}</p>` : ''}
${o.control(attrs)}</div>`;
}

export function captchaField(site: Site, challenge: Challenge, errors: string[]): Html {
  return html`<input type="hidden" name="challenge" value="${challenge.token}">${field(site, {
    name: 'captcha',
    label: `${site.w.messages.captcha}${colon(site)}${site.w.messages.captchaQuestion(challenge.a, challenge.b, challenge.op)}`,
    errors,
    control: (attrs) =>
      html`<input${attrs} type="text" inputmode="numeric" autocomplete="off" maxlength="4" class="short">`,
  })}`;
}

export function messageFormPage(site: Site, o: { challenge: Challenge; values?: FormValues; errors?: string[] }): Html {
  const { w } = site;
  const m = w.messages;
  const v = o.values ?? {};
  const errors = o.errors ?? [];
  return page(site, {
    title: errors.length ? `${m.errorTitle}${m.write}` : m.write,
    description: `${w.columnBlurb.messages}${site.view.lang === 'en' ? ' ' : ''}${m.promise(promisedWorkingDays)}`,
    canonical: '/messages/new',
    crumbs: [{ label: w.columns.messages, href: '/messages/' }, { label: m.write }],
    body: html`<h1>${m.write}</h1>
<p class="lead">${m.promise(promisedWorkingDays)}</p>
${errorSummary(site, errors)}
<form class="message-form" method="post" action="/messages" novalidate>
<fieldset class="field${errors.includes('kind') ? ' invalid' : ''}" id="kind"><legend>${m.kind} <span class="req">${bracketed(site, m.required)}</span></legend>
${errors.includes('kind') ? html`<p class="field-error">${m.fieldErrors.kind}</p>` : ''}
${(['consult', 'suggest', 'complain'] as const).map((k) => html`<label class="choice"><input type="radio" name="kind" value="${k}"${(v.kind ?? 'consult') === k ? html` checked` : ''}> ${m.kinds[k]}</label>`)}
</fieldset>
${field(site, { name: 'subject', label: m.subject, errors, control: (a) => html`<input${a} type="text" maxlength="100" value="${v.subject ?? ''}">` })}
${field(site, { name: 'body', label: m.body, errors, control: (a) => html`<textarea${a} rows="8" maxlength="3000">${v.body ?? ''}</textarea>` })}
${field(site, { name: 'name', label: m.name, errors, control: (a) => html`<input${a} type="text" maxlength="50" autocomplete="name" value="${v.name ?? ''}">` })}
${field(site, { name: 'contact', label: m.contact, errors, hint: m.contactHint, control: (a) => html`<input${a} type="text" maxlength="100" autocomplete="off" value="${v.contact ?? ''}">` })}
<div class="field"><label class="choice"><input type="checkbox" name="mayPublish" value="1"${v.mayPublish ? html` checked` : ''}> ${m.mayPublish}</label></div>
${captchaField(site, o.challenge, errors)}
<p><button type="submit">${m.submit}</button></p>
</form>`,
  });
}

export function objectionForm(
  site: Site,
  o: { itemId: number; challenge: Challenge; values?: FormValues; errors?: string[] },
): Html {
  const m = site.w.messages;
  const v = o.values ?? {};
  const errors = o.errors ?? [];
  return html`<h3 id="objection">${site.w.objectionForm}</h3>
${errorSummary(site, errors)}
<form class="message-form" method="post" action="/publicity/${o.itemId}/objections#objection" novalidate>
${field(site, { name: 'body', label: site.w.objectionBody, errors, control: (a) => html`<textarea${a} rows="6" maxlength="3000">${v.body ?? ''}</textarea>` })}
${field(site, { name: 'name', label: m.name, errors, control: (a) => html`<input${a} type="text" maxlength="50" autocomplete="name" value="${v.name ?? ''}">` })}
${field(site, { name: 'contact', label: m.contact, errors, hint: m.contactHint, control: (a) => html`<input${a} type="text" maxlength="100" autocomplete="off" value="${v.contact ?? ''}">` })}
${captchaField(site, o.challenge, errors)}
<p><button type="submit">${m.submit}</button></p>
</form>`;
}

export function receivedPage(site: Site, o: { code: string; dueOn: string; objection?: boolean }): Html {
  const m = site.w.messages;
  const title = o.objection ? site.w.objectionSent : m.received;
  return page(site, {
    title,
    description: title,
    canonical: `/messages/${o.code}`,
    noindex: true,
    crumbs: [{ label: site.w.columns.messages, href: '/messages/' }, { label: title }],
    body: html`<h1>${title}</h1>
<div class="receipt" role="status"><p>${m.keepCode}</p><p class="code"><strong>${o.code}</strong></p><p>${m.dueOn}${colon(site)}${dayText(site, o.dueOn)}</p></div>
<p><a class="button" href="/messages/${o.code}">${m.follow}</a></p>`,
  });
}

type Message = NonNullable<Awaited<ReturnType<typeof messageByCode>>>;

export function messageStatusPage(site: Site, msg: Message): Html {
  const m = site.w.messages;
  return page(site, {
    title: `${m.follow}${colon(site)}${msg.code}`,
    description: m.follow,
    canonical: `/messages/${msg.code}`,
    noindex: true,
    crumbs: [{ label: site.w.columns.messages, href: '/messages/' }, { label: msg.code }],
    body: html`<h1${contentLang(site)}>${msg.subject}</h1>
<dl class="item-meta">
<div><dt>${m.code}</dt><dd>${msg.code}</dd></div>
<div><dt>${m.kind}</dt><dd>${m.kinds[msg.kind]}</dd></div>
<div><dt>${m.stateLabel}</dt><dd><span class="tag tag-${msg.state}">${m.state[msg.state]}</span></dd></div>
<div><dt>${m.receivedAt}</dt><dd>${timeText(site, msg.receivedAt)}</dd></div>
<div><dt>${m.dueOn}</dt><dd>${dayText(site, msg.dueOn)}</dd></div>
${msg.section ? html`<div><dt>${m.section}</dt><dd>${sectionName(site, msg)}</dd></div>` : ''}
</dl>
<section aria-labelledby="h-body"><h2 id="h-body">${m.body}</h2><p class="prewrap"${contentLang(site)}>${msg.body}</p></section>
${msg.reply ? html`<section class="reply" aria-labelledby="h-reply"><h2 id="h-reply">${m.reply}</h2><p class="prewrap"${contentLang(site)}>${msg.reply}</p><p class="meta">${m.repliedAt}${colon(site)}${timeText(site, msg.repliedAt!)}</p></section>` : ''}`,
  });
}

export function lookupNotFoundPage(site: Site): Html {
  const m = site.w.messages;
  return page(site, {
    title: m.follow,
    description: m.follow,
    canonical: '/messages/',
    noindex: true,
    crumbs: [{ label: site.w.columns.messages, href: '/messages/' }, { label: m.follow }],
    body: html`<h1>${m.follow}</h1><p class="notice" role="alert">${m.notFound}</p>${lookupForm(site)}`,
  });
}

function lookupForm(site: Site): Html {
  const m = site.w.messages;
  return html`<form class="lookup" method="get" action="/messages/lookup"><label for="code">${m.code}</label><p class="hint" id="code-hint">${m.codeHint}</p><input id="code" name="code" type="text" maxlength="30" aria-describedby="code-hint" autocomplete="off"><button type="submit">${m.followButton}</button></form>`;
}

type Stats = Awaited<ReturnType<typeof replyStatistics>>;
type Published = Awaited<ReturnType<typeof publishedMessages>>;

export function messagesIndexPage(
  site: Site,
  o: { stats: Stats; published: Published; page: number; pageSize: number },
): Html {
  const { w } = site;
  const m = w.messages;
  const s = o.stats;
  const pct = s.onTimeRate === null ? '—' : `${(s.onTimeRate * 100).toFixed(1)}%`;
  return page(site, {
    title: w.columns.messages,
    description: `${w.columnBlurb.messages}${site.view.lang === 'en' ? ' ' : ''}${m.promise(promisedWorkingDays)}`,
    canonical: '/messages/',
    crumbs: [{ label: w.columns.messages }],
    body: html`<h1>${w.columns.messages}</h1><p class="lead">${w.columnBlurb.messages}${site.view.lang === 'en' ? ' ' : ''}${m.promise(promisedWorkingDays)}</p>
<p><a class="button" href="/messages/new">${m.write}</a></p>
<section aria-labelledby="h-follow"><h2 id="h-follow">${m.follow}</h2>${lookupForm(site)}</section>
<section aria-labelledby="h-stats"><h2 id="h-stats">${m.statistics(s.year)}</h2>
${
  s.total.received
    ? html`<p class="rate"><strong>${m.onTimeRate}${colon(site)}${pct}</strong></p>
<table class="stats"><caption class="visually-hidden">${m.statistics(s.year)}</caption><thead><tr><th scope="col">${m.kind}</th><th scope="col">${m.statReceived}</th><th scope="col">${m.statAnswered}</th><th scope="col">${m.statOnTime}</th><th scope="col">${m.statOverdue}</th><th scope="col">${m.statPending}</th></tr></thead>
<tbody>${s.byKind.map((k) => html`<tr><th scope="row">${m.kinds[k.kind]}</th><td>${k.received}</td><td>${k.answered}</td><td>${k.onTime}</td><td>${k.overdue}</td><td>${k.pending}</td></tr>`)}</tbody>
<tfoot><tr><th scope="row">${m.statTotal}</th><td>${s.total.received}</td><td>${s.total.answered}</td><td>${s.total.onTime}</td><td>${s.total.overdue}</td><td>${s.total.pending}</td></tr></tfoot></table>`
    : html`<p class="empty">${m.noStatistics}</p>`
}
</section>
<section aria-labelledby="h-selected"><h2 id="h-selected">${m.selected}</h2>
${
  o.published.items.length
    ? html`<ul class="qa">${o.published.items.map((q) => html`<li><h3><a href="/messages/${q.code}"${contentLang(site)}>${q.subject}</a></h3><p class="meta">${m.kinds[q.kind]} · ${dayText(site, q.receivedAt)}${q.section ? html` · ${m.section}${colon(site)}${sectionName(site, q)}` : ''}</p><p class="prewrap"${contentLang(site)}>${q.body}</p><div class="reply"><p><strong>${m.reply}${colon(site)}</strong></p><p class="prewrap"${contentLang(site)}>${q.reply}</p></div></li>`)}</ul>
${pager(site, { page: o.page, total: o.published.total, pageSize: o.pageSize, href: (p) => (p > 1 ? `/messages/?page=${p}` : '/messages/') })}`
    : html`<p class="empty">${w.empty}</p>`
}
</section>`,
  });
}
