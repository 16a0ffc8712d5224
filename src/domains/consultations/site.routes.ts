import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../server/errors.js';
import { phrasebook, wordsIn } from '../../server/words.js';
import { siteEn } from '../../shared/locales/site.en.js';
import { siteZhCN } from '../../shared/locales/site.zh-CN.js';
import * as clock from '../../shared/clock.js';
import { type Html, html } from '../../server/html.js';
import { colon, contentLang, dayText, itemHref, page, type Site } from '../site/layout.js';
import { captchaField, type Challenge, errorSummary, field } from '../site/message-views.js';
import { newChallenge, passChallenge } from '../messages/messages.service.js';
import { visibleItem, withdrawnItem } from '../content/public.service.js';
import { failedFields, formText, perAddress, sendPage, siteFor } from '../site/site-kit.js';
import { itemPage, periodState, withdrawnPage } from '../site/views.js';
import { commentForm, publicConsultations, publishedResult, receiveComment, tallyOf } from './consultations.service.js';

/** The 意见征集 pages' phrases that take values. */
const phrases = {
  received: (n: number) => ({ n }),
  thanksText: (title: string) => ({ title }),
  resultCounts: (t: { received: number; adopted: number; partly: number; notAdopted: number }) => ({ ...t }),
};

/** The words of the 意见征集 pages, in Chinese and English. */
const words = {
  zh: phrasebook(wordsIn('zh-CN', 'site'), 'consultations', siteZhCN.consultations, phrases),
  en: phrasebook(wordsIn('en', 'site'), 'consultations', siteEn.consultations, phrases),
};
const wordsOf = (site: Site) => words[site.view.lang];
type Values = { body?: string; name?: string; contact?: string };

function listPage(site: Site, items: Awaited<ReturnType<typeof publicConsultations>>, today: string): Html {
  const { w } = site;
  const c = wordsOf(site);
  const state = (i: { startsOn: string | null; endsOn: string | null }) => periodState(today, i);
  const label = { running: c.running, ended: c.ended, upcoming: c.upcoming };
  return page(site, {
    title: w.columns.consultations,
    description: c.intro,
    canonical: '/consultations/',
    crumbs: [{ label: w.columns.consultations }],
    body: html`<h1>${w.columns.consultations}</h1><p class="lead">${c.intro}</p>
${
  items.length
    ? html`<ul class="items">${items.map(
        (i) =>
          html`<li><a href="${itemHref(i)}"${contentLang(site)}>${i.title}</a> <span class="tag tag-${state(i)}">${label[state(i)]}</span>${i.resultAt ? html` <span class="tag tag-answered">${c.resultPublished}</span>` : ''}<span class="meta">${c.period}${colon(site)}${dayText(site, i.startsOn)}—${dayText(site, i.endsOn)}</span></li>`,
      )}</ul>`
    : html`<p class="empty">${c.none}</p>`
}`,
  });
}

function commentSection(
  site: Site,
  o: { itemId: number; running: boolean; received: number; challenge?: Challenge; values?: Values; errors?: string[] },
): Html {
  const c = wordsOf(site);
  const errors = o.errors ?? [];
  const v = o.values ?? {};
  return html`<section aria-labelledby="h-comment" id="comment"><h2 id="h-comment">${c.form}</h2><p>${c.received(o.received)}</p>
${
  o.running && o.challenge
    ? html`<p class="hint">${c.formHint}</p>${errorSummary(site, errors, c.errors)}
<form class="message-form" method="post" action="/consultations/${o.itemId}/comments#comment" novalidate>
${field(site, { name: 'body', label: c.body, errors, texts: c.errors, control: (a) => html`<textarea${a} rows="8" maxlength="5000">${v.body ?? ''}</textarea>` })}
${field(site, { name: 'name', label: c.name, errors, texts: c.errors, control: (a) => html`<input${a} type="text" maxlength="50" autocomplete="name" value="${v.name ?? ''}">` })}
${field(site, { name: 'contact', label: c.contact, errors, texts: c.errors, control: (a) => html`<input${a} type="text" maxlength="100" autocomplete="off" value="${v.contact ?? ''}">` })}
${captchaField(site, o.challenge, errors)}
<p><button type="submit">${c.submit}</button></p></form>`
    : html`<p>${c.closed}</p>`
}</section>`;
}

function resultSection(site: Site, result: Awaited<ReturnType<typeof publishedResult>>, ended: boolean): Html {
  const c = wordsOf(site);
  if (!ended) return html``;
  if (!result)
    return html`<section aria-labelledby="h-result"><h2 id="h-result">${c.result}</h2><p>${c.resultPending}</p></section>`;
  return html`<section aria-labelledby="h-result" class="result"><h2 id="h-result">${c.result}</h2><p><strong>${c.resultCounts(result.tally)}</strong></p>${result.body.split(/\n+/).map((p) => html`<p${contentLang(site)}>${p}</p>`)}<p class="meta">${dayText(site, result.publishedAt)}</p></section>`;
}

/** 意见征集 on the public site: the drafts out for comment, a comment form without script, the published outcome. */
export async function consultationsSite(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, readDb: read } = app.deps;
  const site = siteFor(app);
  const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

  app.get('/consultations', (_request, reply) => reply.redirect('/consultations/', 301));
  app.get('/consultations/', async (request, reply) =>
    sendPage(reply, listPage(site(request), await publicConsultations(read), clock.today())),
  );

  async function show(request: Parameters<typeof site>[0], id: number, form?: { values?: Values; errors?: string[] }) {
    const s = site(request);
    const item = await visibleItem(read, id);
    if (item?.column !== 'consultations') {
      const gone = await withdrawnItem(read, id);
      if (gone?.column === 'consultations') return { status: 410, body: withdrawnPage(s, gone) };
      throw new AppError('NOT_FOUND');
    }
    const state = periodState(clock.today(), item);
    const [tally, result] = await Promise.all([tallyOf(db, id), publishedResult(read, id)]);
    const extra = html`<section class="period" aria-labelledby="h-period"><h2 id="h-period">${wordsOf(s).period}</h2><p><span class="tag tag-${state}">${wordsOf(s)[state]}</span> ${dayText(s, item.startsOn)}—${dayText(s, item.endsOn)}</p></section>
${commentSection(s, { itemId: id, running: state === 'running', received: tally.received, challenge: state === 'running' ? await newChallenge(db) : undefined, ...form })}
${resultSection(s, result, state === 'ended')}`;
    return { status: 200, body: itemPage(s, item, { extra }), item, state };
  }

  r.get('/consultations/:id', { schema: { hide: true, params: idParam } }, async (request, reply) => {
    const shown = await show(request, request.params.id);
    return sendPage(reply, shown.body, shown.status);
  });

  r.post(
    '/consultations/:id/comments',
    { config: perAddress(5, '10 minutes'), schema: { hide: true, params: idParam } },
    async (request, reply) => {
      const s = site(request);
      const item = await visibleItem(db, request.params.id);
      if (item?.column !== 'consultations') throw new AppError('NOT_FOUND');
      const values: Values = {
        body: formText(request.body, 'body'),
        name: formText(request.body, 'name'),
        contact: formText(request.body, 'contact'),
      };
      const parsed = commentForm.safeParse(values);
      const errors = parsed.success ? [] : failedFields(parsed.error);
      const running = periodState(clock.today(), item) === 'running';
      if (running) {
        // The question is used up whatever else is wrong, so a wrong answer cannot be retried against it.
        const passed = await passChallenge(
          db,
          formText(request.body, 'challenge'),
          formText(request.body, 'captcha'),
        ).then(
          () => true,
          () => false,
        );
        if (!passed) errors.push('captcha');
        if (parsed.success && passed) {
          await receiveComment(db, item.id, parsed.data, request.ip);
          const c = wordsOf(s);
          return sendPage(
            reply,
            page(s, {
              title: c.thanks,
              description: c.thanks,
              canonical: itemHref(item),
              noindex: true,
              crumbs: [{ label: s.w.columns.consultations, href: '/consultations/' }, { label: c.thanks }],
              body: html`<h1>${c.thanks}</h1><div class="receipt" role="status"><p>${c.thanksText(item.title)}</p></div><p><a class="button" href="${itemHref(item)}">${c.back}</a></p>`,
            }),
            201,
          );
        }
      }
      const shown = await show(request, item.id, { values, errors });
      return sendPage(reply, shown.body, running ? 400 : 409);
    },
  );
}
