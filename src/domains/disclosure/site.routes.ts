import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'drizzle-orm';
import { disclosureRequests } from '../../db/tables/index.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../server/errors.js';
import { attachmentHeader } from '../../server/download-name.js';
import * as clock from '../../shared/clock.js';
import { type Html, html } from '../../server/html.js';
import { bracketed, colon, dayText, page, type Site } from '../site/layout.js';
import { captchaField, type Challenge, errorSummary, field } from '../site/message-views.js';
import { newChallenge, passChallenge } from '../messages/messages.service.js';
import { failedFields, formText, perAddress, sendPage, siteFor } from '../site/site-kit.js';
import { currentSiteProfile } from '../content/site-profile.js';
import { type LetterKind, letterDocx, letterFileName, letterKinds, lettersOf } from './letters.js';
import {
  applicantCorrection,
  correctByApplicant,
  receiveRequest,
  requestByCode,
  requestForm,
} from './requests.service.js';
import { type DisclosureWords, disclosureWords } from './site-words.js';

const codePattern = /^\d{8}-[A-Za-z0-9]{10}$/;
const formFields = [
  'applicantKind',
  'name',
  'idType',
  'idNumber',
  'legalRepresentative',
  'contactName',
  'phone',
  'email',
  'address',
  'postcode',
  'description',
  'purpose',
  'form',
  'delivery',
] as const;
type Values = Partial<Record<(typeof formFields)[number], string>>;

const wordsOf = (site: Site): DisclosureWords => disclosureWords[site.view.lang];
const crumbs = (site: Site, last?: string) => [
  { label: site.w.columns['open-gov'], href: '/open-gov/' },
  ...(last
    ? [{ label: wordsOf(site).title, href: '/disclosure/' }, { label: last }]
    : [{ label: wordsOf(site).title }]),
];

/** A year's requests on the public page: received, answered, in hand. */
async function yearFigures(db: DbOrTx, year: number) {
  const result = await db.execute<{ received: number; answered: number }>(sql`
    SELECT count(*)::int AS received, count(*) FILTER (WHERE ${disclosureRequests.state} = 'answered')::int AS answered
    FROM ${disclosureRequests} WHERE ${disclosureRequests.receivedOn} BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`);
  return result.rows[0]!;
}

function indexPage(site: Site, o: { year: number; figures: { received: number; answered: number } }): Html {
  const d = wordsOf(site);
  return page(site, {
    title: d.title,
    description: d.blurb,
    canonical: '/disclosure/',
    crumbs: crumbs(site),
    body: html`<h1>${d.title}</h1><p class="lead">${d.blurb}</p>
<p><a class="button" href="/disclosure/apply">${d.apply}</a></p>
<section aria-labelledby="h-guide"><h2 id="h-guide">${d.guideTitle}</h2><ol>${d.guide.map((p) => html`<li>${p}</li>`)}</ol></section>
<section aria-labelledby="h-follow"><h2 id="h-follow">${d.follow}</h2>
<form class="lookup" method="get" action="/disclosure/lookup"><label for="code">${d.code}</label><p class="hint" id="code-hint">${d.codeHint}</p><input id="code" name="code" type="text" maxlength="40" autocomplete="off" aria-describedby="code-hint"> <button type="submit">${d.lookup}</button></form></section>
${o.figures.received ? html`<section aria-labelledby="h-year"><h2 id="h-year">${d.statistics(o.year)}</h2><dl class="figures-inline"><div><dt>${d.received}</dt><dd>${o.figures.received}</dd></div><div><dt>${d.answered}</dt><dd>${o.figures.answered}</dd></div><div><dt>${d.pending}</dt><dd>${o.figures.received - o.figures.answered}</dd></div></dl></section>` : ''}`,
  });
}

function choices(name: string, options: Record<string, string>, chosen: string | undefined): Html {
  return html`${Object.entries(options).map(([value, label]) => html`<label class="choice"><input type="radio" name="${name}" value="${value}"${chosen === value ? html` checked` : ''}> ${label}</label>`)}`;
}

function fieldset(
  site: Site,
  o: { name: string; legend: string; errors: string[]; body: Html; texts: Record<string, string> },
): Html {
  const invalid = o.errors.includes(o.name);
  return html`<fieldset class="field${invalid ? ' invalid' : ''}" id="${o.name}"><legend>${o.legend} <span class="req">${bracketed(site, site.w.messages.required)}</span></legend>
${invalid ? html`<p class="field-error">${o.texts[o.name]}</p>` : ''}${o.body}</fieldset>`;
}

/** 政府信息公开申请表, a plain form: it works without script, and a failed one comes back as it was typed. */
function formPage(site: Site, o: { challenge: Challenge; values?: Values; errors?: string[] }): Html {
  const d = wordsOf(site);
  const v = o.values ?? {};
  const errors = o.errors ?? [];
  const texts = d.fieldErrors;
  const input = (
    name: (typeof formFields)[number],
    label: string,
    extra: { max: number; hint?: string; optional?: boolean; type?: string; autocomplete?: string; short?: boolean },
  ) =>
    field(site, {
      name,
      label,
      errors,
      texts,
      hint: extra.hint,
      optional: extra.optional,
      control: (a) =>
        html`<input${a} type="${extra.type ?? 'text'}" maxlength="${extra.max}"${extra.autocomplete ? html` autocomplete="${extra.autocomplete}"` : ''}${extra.short ? html` class="short"` : ''} value="${v[name] ?? ''}">`,
    });
  return page(site, {
    title: errors.length ? `${site.w.messages.errorTitle}${d.formTitle}` : d.formTitle,
    description: d.blurb,
    canonical: '/disclosure/apply',
    crumbs: crumbs(site, d.apply),
    body: html`<h1>${d.formTitle}</h1><p class="lead">${d.formLead}</p>
${errorSummary(site, errors, texts)}
<form class="message-form" method="post" action="/disclosure/apply" novalidate>
<h2>${d.applicant}</h2>
${fieldset(site, {
  name: 'applicantKind',
  legend: d.applicantKind,
  errors,
  texts,
  body: html`<p class="hint">${d.person}</p>${choices('applicantKind', { person: d.kinds.person! }, v.applicantKind ?? 'person')}<p class="hint">${d.organisation}</p>${choices('applicantKind', Object.fromEntries(Object.entries(d.kinds).filter(([k]) => k !== 'person')), v.applicantKind)}`,
})}
${input('name', d.name, { max: 100, hint: d.nameHint, autocomplete: 'name' })}
${field(site, { name: 'idType', label: d.idType, errors, texts, optional: true, control: (a) => html`<select${a}>${Object.entries(d.idTypes).map(([value, label]) => html`<option value="${value}"${(v.idType ?? 'id_card') === value ? html` selected` : ''}>${label}</option>`)}</select>` })}
${input('idNumber', d.idNumber, { max: 40, hint: d.idNumberHint, autocomplete: 'off' })}
${input('legalRepresentative', d.legalRepresentative, { max: 50, optional: true })}
${input('contactName', d.contactName, { max: 50, optional: true })}
${input('phone', d.phone, { max: 40, type: 'tel', autocomplete: 'tel' })}
${input('email', d.email, { max: 100, type: 'email', autocomplete: 'email', hint: d.emailHint, optional: true })}
${input('address', d.address, { max: 200, autocomplete: 'street-address' })}
${input('postcode', d.postcode, { max: 6, autocomplete: 'postal-code', optional: true, short: true })}
<h2>${d.request}</h2>
${field(site, { name: 'description', label: d.description, errors, texts, hint: d.descriptionHint, control: (a) => html`<textarea${a} rows="6" maxlength="2000">${v.description ?? ''}</textarea>` })}
${field(site, { name: 'purpose', label: d.purpose, errors, texts, optional: true, control: (a) => html`<textarea${a} rows="2" maxlength="500">${v.purpose ?? ''}</textarea>` })}
${fieldset(site, { name: 'form', legend: d.form, errors, texts, body: choices('form', d.forms, v.form ?? 'electronic') })}
${fieldset(site, { name: 'delivery', legend: d.delivery, errors, texts, body: choices('delivery', d.deliveries, v.delivery ?? 'online') })}
${captchaField(site, o.challenge, errors)}
<p><button type="submit">${d.submit}</button></p>
</form>`,
  });
}

function receivedPage(site: Site, o: { code: string; dueOn: string }): Html {
  const d = wordsOf(site);
  return page(site, {
    title: d.receivedTitle,
    description: d.receivedTitle,
    canonical: `/disclosure/${o.code}`,
    noindex: true,
    crumbs: crumbs(site, d.receivedTitle),
    body: html`<h1>${d.receivedTitle}</h1>
<div class="receipt" role="status"><p>${d.keepCode}</p><p class="code"><strong>${o.code}</strong></p><p>${d.dueOn}${colon(site)}${dayText(site, o.dueOn)}</p></div>
<p><a class="button" href="/disclosure/${o.code}">${d.follow}</a></p>`,
  });
}

type Found = NonNullable<Awaited<ReturnType<typeof requestByCode>>>;

/** Where a request stands, for whoever holds its code: never the applicant's name, ID or address. */
function statusPage(
  site: Site,
  r: Found,
  o: { challenge?: Challenge; values?: { description?: string }; errors?: string[]; corrected?: boolean },
): Html {
  const d = wordsOf(site);
  const errors = o.errors ?? [];
  const outcome = r.outcome ? d.outcomes[r.outcome as keyof typeof d.outcomes] : undefined;
  const due =
    r.state === 'correction'
      ? d.waitingCorrection
      : r.state === 'consulting'
        ? d.paused
        : r.dueOn
          ? dayText(site, r.dueOn)
          : '—';
  const letters = lettersOf(r);
  return page(site, {
    title: `${d.follow}${colon(site)}${r.code}`,
    description: d.follow,
    canonical: `/disclosure/${r.code}`,
    noindex: true,
    crumbs: crumbs(site, r.code),
    body: html`<h1>${d.follow}</h1>
${o.corrected ? html`<p class="notice" role="status">${d.corrected}</p>` : ''}
<dl class="item-meta">
<div><dt>${d.code}</dt><dd>${r.code}</dd></div>
<div><dt>${d.state}</dt><dd><span class="tag tag-${r.state === 'answered' ? 'answered' : 'received'}">${d.states[r.state]}</span></dd></div>
<div><dt>${d.receivedOn}</dt><dd>${dayText(site, r.receivedOn)}</dd></div>
${r.state === 'answered' ? '' : html`<div><dt>${d.dueOn}</dt><dd>${due}${r.extendedDays ? bracketed(site, d.extendedBy(r.extendedDays)) : ''}</dd></div>`}
</dl>
<section aria-labelledby="h-request"><h2 id="h-request">${d.yourRequest}</h2><p lang="zh-CN" class="pre">${r.description}</p></section>
${
  r.state === 'correction' && o.challenge
    ? html`<section aria-labelledby="h-correct" id="correct"><h2 id="h-correct">${d.correctionTitle}</h2><p>${d.correctionAsk}</p><p class="pre" lang="zh-CN">${r.correctionNote ?? ''}</p><p>${d.correctionBy(dayText(site, r.correctionDueOn))}</p>
${errorSummary(site, errors, d.fieldErrors)}
<form class="message-form" method="post" action="/disclosure/${r.code}/correction#correct" novalidate>
${field(site, { name: 'description', label: d.correctionField, errors, texts: d.fieldErrors, control: (a) => html`<textarea${a} rows="6" maxlength="2000">${o.values?.description ?? r.description}</textarea>` })}
${captchaField(site, o.challenge, errors)}
<p><button type="submit">${d.correctionSubmit}</button></p></form></section>`
    : ''
}
${outcome ? html`<section aria-labelledby="h-outcome"><h2 id="h-outcome">${d.outcome}</h2><p><strong>${outcome.label}</strong>${r.outcomeReason ? bracketed(site, outcome.reasons[r.outcomeReason] ?? '') : ''}</p>${r.replyText ? html`<p class="pre" lang="zh-CN">${r.replyText}</p>` : ''}</section>` : ''}
${letters.length ? html`<section aria-labelledby="h-letters"><h2 id="h-letters">${d.letters}</h2><ul class="files">${letters.map((kind) => html`<li><a href="/disclosure/${r.code}/letters/${kind}.docx" download>${d.letterNames[kind]}</a> <span class="meta">(.docx)</span></li>`)}</ul></section>` : ''}
<section aria-labelledby="h-history"><h2 id="h-history">${d.history}</h2><ol class="history">${r.events.map((e) => html`<li><time datetime="${e.day}">${dayText(site, e.day)}</time> ${d.events[e.action] ?? e.action}${e.action === 'extend' && typeof e.data === 'object' && e.data && 'days' in e.data ? bracketed(site, d.extendedBy(Number((e.data as { days: number }).days))) : ''}</li>`)}</ol></section>`,
  });
}

function notFound(site: Site): Html {
  const d = wordsOf(site);
  return page(site, {
    title: d.notFound,
    description: d.notFound,
    canonical: '/disclosure/',
    noindex: true,
    crumbs: crumbs(site, d.follow),
    body: html`<h1>${d.follow}</h1><p class="notice" role="alert">${d.notFound}</p><p><a href="/disclosure/">${d.title}</a></p>`,
  });
}

/** 依申请公开 on the public site: the guide, the form, the tracking page, corrections and letters. */
export async function disclosureSite(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, readDb: read, config } = app.deps;
  const site = siteFor(app);
  const writing = perAddress(5, '10 minutes');

  app.get('/disclosure', (_request, reply) => reply.redirect('/disclosure/', 301));
  app.get('/disclosure/', async (request, reply) => {
    const year = clock.thisYear();
    return sendPage(reply, indexPage(site(request), { year, figures: await yearFigures(read, year) }));
  });
  app.get('/disclosure/apply', { config: perAddress(config.siteRateLimit, '1 minute') }, async (request, reply) =>
    sendPage(reply, formPage(site(request), { challenge: await newChallenge(db) })),
  );

  r.post('/disclosure/apply', { config: writing, schema: { hide: true } }, async (request, reply) => {
    const s = site(request);
    const values: Values = Object.fromEntries(formFields.map((name) => [name, formText(request.body, name)]));
    const parsed = requestForm.safeParse(values);
    const errors = parsed.success ? [] : failedFields(parsed.error);
    // The question is used up whatever else is wrong, so a wrong answer cannot be retried against it.
    const passed = await passChallenge(db, formText(request.body, 'challenge'), formText(request.body, 'captcha')).then(
      () => true,
      () => false,
    );
    if (!passed) errors.push('captcha');
    if (parsed.success && passed) {
      const row = await receiveRequest(db, parsed.data, {
        channel: 'online',
        actor: { id: null, name: 'public', role: 'anonymous', ip: request.ip },
      });
      return sendPage(reply, receivedPage(s, { code: row.code, dueOn: row.dueOn! }), 201);
    }
    return sendPage(reply, formPage(s, { challenge: await newChallenge(db), values, errors }), 400);
  });

  r.get(
    '/disclosure/lookup',
    { schema: { hide: true, querystring: z.object({ code: z.string().max(40).default('') }) } },
    async (request, reply) => {
      const code = request.query.code.trim().toUpperCase();
      if (codePattern.test(code)) return reply.redirect(`/disclosure/${code}`, 303);
      return sendPage(reply, notFound(site(request)), 404);
    },
  );

  const codeParams = z.object({ code: z.string().max(40) });
  const found = async (code: string) => (codePattern.test(code) ? await requestByCode(db, code) : undefined);

  r.get(
    '/disclosure/:code',
    { schema: { hide: true, params: codeParams, querystring: z.object({ corrected: z.literal('1').optional() }) } },
    async (request, reply) => {
      const current = await found(request.params.code);
      if (!current) return sendPage(reply, notFound(site(request)), 404);
      const challenge = current.state === 'correction' ? await newChallenge(db) : undefined;
      return sendPage(
        reply,
        statusPage(site(request), current, { challenge, corrected: request.query.corrected === '1' }),
      );
    },
  );

  r.post(
    '/disclosure/:code/correction',
    { config: writing, schema: { hide: true, params: codeParams } },
    async (request, reply) => {
      const s = site(request);
      const current = await found(request.params.code);
      if (!current) return sendPage(reply, notFound(s), 404);
      const values = { description: formText(request.body, 'description') };
      const parsed = applicantCorrection.safeParse(values);
      const errors = parsed.success ? [] : failedFields(parsed.error);
      const passed = await passChallenge(
        db,
        formText(request.body, 'challenge'),
        formText(request.body, 'captcha'),
      ).then(
        () => true,
        () => false,
      );
      if (!passed) errors.push('captcha');
      if (current.state !== 'correction') throw new AppError('DISCLOSURE_STATE', { params: { state: current.state } });
      if (parsed.success && passed) {
        await correctByApplicant(db, current.code, parsed.data.description, request.ip);
        return reply.redirect(`/disclosure/${current.code}?corrected=1`, 303);
      }
      return sendPage(reply, statusPage(s, current, { challenge: await newChallenge(db), values, errors }), 400);
    },
  );

  r.get(
    '/disclosure/:code/letters/:file',
    { schema: { hide: true, params: codeParams.extend({ file: z.string().max(30) }) } },
    async (request, reply) => {
      const kind = request.params.file.replace(/\.docx$/, '') as LetterKind;
      const current = await found(request.params.code);
      if (
        !current ||
        !request.params.file.endsWith('.docx') ||
        !letterKinds.includes(kind) ||
        !lettersOf(current).includes(kind)
      )
        throw new AppError('NOT_FOUND');
      const bytes = await letterDocx(kind, current, {
        bureau: config.bureauName,
        phone: currentSiteProfile(db).phone || undefined,
      });
      return reply
        .header('cache-control', 'private, no-store')
        .header('content-disposition', attachmentHeader(letterFileName(kind, current.code)))
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .send(bytes);
    },
  );
}
