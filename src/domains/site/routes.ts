import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type PortalColumn, portalColumns } from '../../db/tables/index.js';
import { AppError, errorMessage } from '../../server/errors.js';
import { databaseAppError } from '../../server/plugins/errors.js';
import { attachmentHeader } from '../../server/download-name.js';
import * as clock from '../../shared/clock.js';
import { atomFeed, feedsPage, sitemap, sitemapFileSize, sitemapIndex } from './feeds.js';
import { html } from '../../server/html.js';
import { failedFields, formBody, formText, perAddress, sameSitePath, sendPage, siteFor } from './site-kit.js';
import { cookieOf, page, readingView, type Site, viewCookie } from './layout.js';
import { siteWords } from './words.js';
import {
  type FormValues,
  lookupNotFoundPage,
  messageFormPage,
  messagesIndexPage,
  messageStatusPage,
  objectionForm,
  receivedPage,
} from './message-views.js';
import {
  messageByCode,
  messageForm,
  newChallenge,
  objectionForm as objectionSchema,
  passChallenge,
  publishedMessages,
  receiveMessage,
  replyStatistics,
} from '../messages/messages.service.js';
import {
  approvedProjects,
  figuresYear,
  keyFigures,
  licence,
  openDataPage,
  openDataYears,
  recordsCsv,
} from './open-data.js';
import {
  catalogueItems,
  callsOfYear,
  callYears,
  columnItems,
  interpretationsOf,
  interpretedPolicy,
  openGovOverview,
  latest,
  objectionCounts,
  publicCall,
  publicCalls,
  searchCalls,
  publicityRunning,
  publishedYears,
  searchSite,
  sitemapItemCount,
  sitemapItems,
  visibleItem,
  withdrawnItem,
} from '../content/public.service.js';
import {
  callPage,
  callsOfYearPage,
  callsPage,
  columnPage,
  homePage,
  itemPage,
  notFoundPage,
  periodState,
  searchPage,
  withdrawnPage,
} from './views.js';
import { portalFileForReader } from '../content/files.service.js';
import { primeSiteProfile } from '../content/site-profile.js';
import type { CatalogueCategory } from '../content/catalogue.js';
import { catalogueCategories, cataloguePage, openGovPage } from './open-gov-views.js';
import { VisitCounter } from '../website/visits.js';
import { contactPage, siteMapPage } from './site-pages.js';

const stylesheet = readFileSync(new URL('./site.css', import.meta.url), 'utf8');
const careScript = readFileSync(new URL('./site-care.js', import.meta.url), 'utf8');
const pageSize = 20;
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const yearValue = z.coerce.number().int().min(2000).max(2100);

/**
 * 科技网: the public site, rendered on the server so it works without script, with stable addresses. Staff
 * write its content in the back office; calls, figures and open data come live from the working system.
 */
export async function siteRoutes(app: FastifyInstance, options: { parts?: FastifyPluginAsync[] } = {}): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Pages read from a replica when there is one; what writes (messages, objections, check questions) and what
  // a writer must see at once (a message's status page, a draft's files) stay on the primary.
  const { db, readDb: read, config } = app.deps;
  await primeSiteProfile(db);
  const site = siteFor(app);
  const today = () => clock.today();
  const chinese = (s: Site): Site => ({ ...s, view: { ...s.view, lang: 'zh' }, w: siteWords.zh });
  formBody(app);
  // Every page read is counted (no cookie, nothing personal kept): the website's annual report needs it.
  const visits = new VisitCounter(db, (error) =>
    app.log.warn({ err: error }, 'visit counts not written; kept for the next try'),
  );
  visits.start();
  app.addHook('onClose', () => visits.stop());
  app.addHook('onResponse', async (request, reply) => {
    if (
      request.method !== 'GET' ||
      reply.statusCode !== 200 ||
      !String(reply.getHeader('content-type') ?? '').startsWith('text/html')
    )
      return;
    visits.count(request.url.split('?')[0] ?? '/', { ip: request.ip, userAgent: request.headers['user-agent'] });
  });
  // Writing is limited per address; so are the pages that cost a query per word or a check question.
  const objectionLimit = perAddress(5, '10 minutes');

  // A public page that fails shows a page, not JSON; the API keeps its own handler.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const known = error instanceof AppError ? error : databaseAppError(error);
    if (known?.code === 'NOT_FOUND') return sendPage(reply, notFoundPage(site(request)), 404);
    if (known && (known.status < 500 || known.code === 'DATABASE_UNAVAILABLE')) {
      const s = site(request);
      const message = errorMessage(known.code, s.view.lang === 'en' ? 'en' : 'zh-CN', known.params);
      if (known.code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', '5');
      return sendPage(
        reply,
        page(s, {
          title: message,
          description: message,
          canonical: s.path,
          noindex: true,
          body: html`<h1>${message}</h1><p><a href="/app/">${s.w.hall}</a> · <a href="/">${s.w.home}</a></p>`,
        }),
        known.status,
      );
    }
    if (error.statusCode === 429) {
      const s = site(request);
      return sendPage(
        reply,
        page(s, {
          title: s.w.messages.tooMany,
          description: s.w.messages.tooMany,
          canonical: s.path,
          noindex: true,
          body: html`<h1>${s.w.messages.tooMany}</h1><p><a href="/">${s.w.home}</a></p>`,
        }),
        429,
      );
    }
    if (error.statusCode === 400 || error instanceof SyntaxError)
      return sendPage(reply, notFoundPage(site(request)), 404);
    // A body too large (413) or of a type the site does not read (415): said plainly, not logged as a failure.
    if (error.statusCode && error.statusCode < 500) {
      const s = site(request);
      return sendPage(
        reply,
        page(s, {
          title: s.w.badRequest,
          description: s.w.badRequest,
          canonical: s.path,
          noindex: true,
          body: html`<h1>${s.w.badRequest}</h1><p><a href="/">${s.w.home}</a></p>`,
        }),
        error.statusCode,
      );
    }
    request.log.error({ err: error }, 'public page failed');
    const s = site(request);
    return sendPage(
      reply,
      page(s, {
        title: s.w.error,
        description: s.w.errorText,
        canonical: s.path,
        noindex: true,
        body: html`<h1>${s.w.error}</h1><p>${s.w.errorText}</p>`,
      }),
      500,
    );
  });

  app.get('/site.css', (_request, reply) =>
    reply.header('cache-control', 'public, max-age=3600').type('text/css; charset=utf-8').send(stylesheet),
  );
  app.get('/site-care.js', (_request, reply) =>
    reply.header('cache-control', 'public, max-age=3600').type('text/javascript; charset=utf-8').send(careScript),
  );
  app.get('/robots.txt', (request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(
        `User-agent: *\nDisallow: /app/\nDisallow: /api/\nDisallow: /preview/\nSitemap: ${site(request).origin}/sitemap.xml\n`,
      ),
  );

  r.get(
    '/view',
    {
      schema: {
        hide: true,
        querystring: z.object({
          set: z.enum(['zh', 'en', 'large', 'normal', 'contrast', 'standard', 'care', 'uncare']),
          back: z.string().max(500).default('/'),
        }),
      },
    },
    (request, reply) => {
      const view = readingView(request);
      const { set } = request.query;
      if (set === 'zh' || set === 'en') view.lang = set;
      if (set === 'large' || set === 'normal') view.large = set === 'large';
      if (set === 'contrast' || set === 'standard') view.contrast = set === 'contrast';
      if (set === 'care' || set === 'uncare') view.care = set === 'care';
      reply.setCookie(viewCookie, cookieOf(view), {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        maxAge: 365 * 24 * 3600,
      });
      return reply.redirect(sameSitePath(request.query.back), 303);
    },
  );

  app.get('/', async (request, reply) => {
    const s = site(request);
    const year = await figuresYear(read);
    const [news, notices, policies, running, calls, figures] = await Promise.all([
      latest(read, 'news', 6),
      latest(read, 'notices', 6),
      latest(read, 'policies', 6),
      publicityRunning(read, 6),
      publicCalls(read),
      keyFigures(read, year, s.view.lang === 'en' ? 'en' : 'zh-CN'),
    ]);
    return sendPage(
      reply,
      homePage(s, { news, notices, policies, running, calls, figures: { year, items: figures }, today: today() }),
    );
  });

  // 意见征集's pages come with its comments and outcome (the consultations part of the site).
  for (const column of portalColumns.filter((c) => c !== 'consultations')) {
    app.get(`/${column}`, (_request, reply) => reply.redirect(`/${column}/`, 301));
    // 政府信息公开 opens on its guide, catalogue and request channel; every other column on its newest items.
    if (column === 'open-gov')
      app.get('/open-gov/', async (request, reply) =>
        sendPage(reply, openGovPage(site(request), await openGovOverview(read))),
      );
    else {
      r.get(
        `/${column}/`,
        {
          schema: {
            hide: true,
            querystring: z.object({
              page: z.coerce.number().int().min(1).max(10_000).default(1),
              year: z.union([yearValue, z.literal('')]).optional(),
            }),
          },
        },
        async (request, reply) => {
          const year = request.query.year === '' ? undefined : request.query.year;
          const [result, years] = await Promise.all([
            columnItems(read, column, { page: request.query.page, pageSize, year }),
            publishedYears(read, column),
          ]);
          return sendPage(
            reply,
            columnPage(site(request), {
              column,
              ...result,
              page: request.query.page,
              pageSize,
              year,
              years,
              today: today(),
            }),
          );
        },
      );
    }
    r.get(`/${column}/:id`, { schema: { hide: true, params: idParam } }, async (request, reply) => {
      const s = site(request);
      const item = await visibleItem(read, request.params.id);
      if (!item || item.column !== column) {
        const gone = await withdrawnItem(read, request.params.id);
        if (gone && gone.column === column) return sendPage(reply, withdrawnPage(s, gone), 410);
        if (item) return reply.redirect(`/${item.column}/${item.id}`, 301);
        throw new AppError('NOT_FOUND');
      }
      if (column === 'policies')
        return sendPage(
          reply,
          itemPage(s, item, { related: { interpretations: await interpretationsOf(read, item.id) } }),
        );
      if (column === 'open-gov')
        return sendPage(reply, itemPage(s, item, { related: { policy: await interpretedPolicy(read, item) } }));
      if (column !== 'publicity') return sendPage(reply, itemPage(s, item, {}));
      return sendPage(reply, itemPage(s, item, { publicity: await publicityExtras(s, item) }));
    });
  }

  async function publicityExtras(
    s: Site,
    item: { id: number; startsOn: string | null; endsOn: string | null },
    form?: { values?: FormValues; errors?: string[] },
  ) {
    const running = periodState(today(), item) === 'running';
    return {
      today: today(),
      objections: await objectionCounts(read, item.id),
      form: running
        ? objectionForm(s, { itemId: item.id, challenge: await newChallenge(db), ...form })
        : html`<p>${s.w.objectionClosed}</p>`,
    };
  }

  r.post(
    '/publicity/:id/objections',
    { config: objectionLimit, schema: { hide: true, params: idParam } },
    async (request, reply) => {
      const s = site(request);
      const item = await visibleItem(db, request.params.id);
      if (item?.column !== 'publicity') throw new AppError('NOT_FOUND');
      const values = {
        body: formText(request.body, 'body'),
        name: formText(request.body, 'name'),
        contact: formText(request.body, 'contact'),
      };
      const parsed = objectionSchema.safeParse(values);
      const errors = parsed.success ? [] : failedFields(parsed.error);
      const running = periodState(today(), item) === 'running';
      if (running && !errors.length) {
        const passed = await passChallenge(
          db,
          formText(request.body, 'challenge'),
          formText(request.body, 'captcha'),
        ).then(
          () => true,
          () => false,
        );
        if (passed && parsed.success) {
          const message = await receiveMessage(db, {
            kind: 'objection',
            subject: `对“${item.title}”的异议`.slice(0, 100),
            ...parsed.data,
            mayPublish: false,
            itemId: item.id,
            ip: request.ip,
          });
          return sendPage(reply, receivedPage(s, { code: message.code, dueOn: message.dueOn, objection: true }), 201);
        }
        errors.push('captcha');
      }
      return sendPage(
        reply,
        itemPage(s, item, { publicity: await publicityExtras(s, item, { values, errors }) }),
        running ? 400 : 409,
      );
    },
  );

  r.get(
    '/open-gov/catalogue',
    {
      config: perAddress(config.siteRateLimit, '1 minute'),
      schema: {
        hide: true,
        querystring: z.object({
          q: z
            .string()
            .max(200)
            .default('')
            .transform((q) => q.trim().slice(0, 50)),
          category: z
            .union([z.enum(catalogueCategories as [CatalogueCategory, ...CatalogueCategory[]]), z.literal('')])
            .optional(),
          year: z.union([yearValue, z.literal('')]).optional(),
          page: z.coerce.number().int().min(1).max(500).default(1),
        }),
      },
    },
    async (request, reply) => {
      const { q, page: pageNo } = request.query;
      const category = request.query.category || undefined;
      const year = request.query.year || undefined;
      const [result, years] = await Promise.all([
        catalogueItems(read, { q: q || undefined, category, year, page: pageNo, pageSize }),
        publishedYears(read),
      ]);
      return sendPage(
        reply,
        cataloguePage(site(request), { q: q || undefined, category, year, years, page: pageNo, pageSize, result }),
      );
    },
  );

  app.get('/calls', (_request, reply) => reply.redirect('/calls/', 301));
  r.get(
    '/calls/',
    { schema: { hide: true, querystring: z.object({ year: z.union([yearValue, z.literal('')]).optional() }) } },
    async (request, reply) => {
      const { year } = request.query;
      if (year)
        return sendPage(reply, callsOfYearPage(site(request), year, await callsOfYear(read, year), clock.now()));
      const [current, years] = await Promise.all([publicCalls(read), callYears(read)]);
      return sendPage(reply, callsPage(site(request), current, years));
    },
  );
  r.get('/calls/:id', { schema: { hide: true, params: idParam } }, async (request, reply) => {
    const call = await publicCall(read, request.params.id);
    if (!call) throw new AppError('NOT_FOUND');
    return sendPage(reply, callPage(site(request), call, clock.now()));
  });

  r.get(
    '/search',
    {
      config: perAddress(config.siteRateLimit, '1 minute'),
      schema: {
        hide: true,
        querystring: z.object({
          q: z
            .string()
            .max(200)
            .default('')
            .transform((q) => q.trim().slice(0, 50)),
          column: z.union([z.enum(portalColumns), z.literal('calls'), z.literal('')]).optional(),
          year: z.union([yearValue, z.literal('')]).optional(),
          page: z.coerce.number().int().min(1).max(500).default(1),
        }),
      },
    },
    async (request, reply) => {
      const { q, page: pageNo } = request.query;
      const column = request.query.column || undefined;
      const year = request.query.year || undefined;
      // Calls are matched apart (they are not items): all of them under their own facet, the first few above the items.
      const callsOnly = column === 'calls';
      const [years, result, callHits] = await Promise.all([
        publishedYears(read),
        q && !callsOnly ? searchSite(read, { q, column, year, page: pageNo, pageSize }) : undefined,
        q && (callsOnly || pageNo === 1) ? searchCalls(read, q, callsOnly ? 100 : 3) : undefined,
      ]);
      return sendPage(
        reply,
        searchPage(site(request), {
          q,
          column,
          year,
          years,
          page: pageNo,
          pageSize,
          result,
          calls: callHits,
          now: clock.now(),
        }),
      );
    },
  );

  app.get('/messages', (_request, reply) => reply.redirect('/messages/', 301));
  r.get(
    '/messages/',
    { schema: { hide: true, querystring: z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }) } },
    async (request, reply) => {
      const year = Number(today().slice(0, 4));
      const [stats, published] = await Promise.all([
        replyStatistics(read, year),
        publishedMessages(read, { page: request.query.page, pageSize }),
      ]);
      return sendPage(
        reply,
        messagesIndexPage(site(request), { stats, published, page: request.query.page, pageSize }),
      );
    },
  );
  app.get('/messages/new', { config: perAddress(config.siteRateLimit, '1 minute') }, async (request, reply) =>
    sendPage(reply, messageFormPage(site(request), { challenge: await newChallenge(db) })),
  );

  r.post('/messages', { config: objectionLimit, schema: { hide: true } }, async (request, reply) => {
    const s = site(request);
    const values: FormValues = {
      kind: formText(request.body, 'kind'),
      subject: formText(request.body, 'subject'),
      body: formText(request.body, 'body'),
      name: formText(request.body, 'name'),
      contact: formText(request.body, 'contact'),
      mayPublish: formText(request.body, 'mayPublish'),
    };
    const parsed = messageForm.safeParse({ ...values, mayPublish: values.mayPublish === '1' });
    const errors = parsed.success ? [] : failedFields(parsed.error);
    // The question is used up whatever else is wrong, so a wrong answer cannot be retried against it.
    const passed = await passChallenge(db, formText(request.body, 'challenge'), formText(request.body, 'captcha')).then(
      () => true,
      () => false,
    );
    if (!passed) errors.push('captcha');
    if (parsed.success && passed) {
      const message = await receiveMessage(db, { ...parsed.data, ip: request.ip });
      return sendPage(reply, receivedPage(s, { code: message.code, dueOn: message.dueOn }), 201);
    }
    return sendPage(reply, messageFormPage(s, { challenge: await newChallenge(db), values, errors }), 400);
  });

  r.get(
    '/messages/lookup',
    { schema: { hide: true, querystring: z.object({ code: z.string().max(40).default('') }) } },
    async (request, reply) => {
      const code = request.query.code.trim().toUpperCase();
      if (/^\d{8}-[A-Z0-9]{10}$/.test(code)) return reply.redirect(`/messages/${code}`, 303);
      return sendPage(reply, lookupNotFoundPage(site(request)), 404);
    },
  );
  r.get(
    '/messages/:code',
    { schema: { hide: true, params: z.object({ code: z.string().max(40) }) } },
    async (request, reply) => {
      const message = /^\d{8}-[A-Za-z0-9]{10}$/.test(request.params.code)
        ? await messageByCode(db, request.params.code)
        : undefined;
      if (!message) return sendPage(reply, lookupNotFoundPage(site(request)), 404);
      return sendPage(reply, messageStatusPage(site(request), message));
    },
  );

  app.get('/open-data', (_request, reply) => reply.redirect('/open-data/', 301));
  app.get('/open-data/', async (request, reply) => {
    const [years, year] = await Promise.all([openDataYears(read), figuresYear(read)]);
    return sendPage(reply, openDataPage(site(request), { years, figuresYear: year }));
  });
  r.get(
    '/open-data/:file',
    { schema: { hide: true, params: z.object({ file: z.string().regex(/^(projects|figures)-\d{4}\.(csv|json)$/) }) } },
    async (request, reply) => {
      const [, set, yearText, format] = request.params.file.match(/^(projects|figures)-(\d{4})\.(csv|json)$/)!;
      // A year outside the bureau's records is a file that does not exist.
      const parsedYear = yearValue.safeParse(yearText);
      if (!parsedYear.success) throw new AppError('NOT_FOUND');
      const year = parsedYear.data;
      const s = site(request);
      const rows: Record<string, unknown>[] =
        set === 'projects'
          ? await approvedProjects(read, year, s.view.lang)
          : await keyFigures(read, year, s.view.lang === 'en' ? 'en' : 'zh-CN');
      const header = set === 'projects' ? s.w.openData.projectFields : s.w.openData.figureFields;
      reply
        .header('cache-control', 'public, max-age=300')
        .header('vary', 'Cookie')
        .header('content-disposition', attachmentHeader(request.params.file));
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(recordsCsv(header, rows));
      return reply
        .type('application/json; charset=utf-8')
        .send({ licence, source: config.bureauName, year, items: rows });
    },
  );

  app.get('/sitemap', (_request, reply) => reply.redirect('/sitemap/', 301));
  app.get('/sitemap/', (request, reply) => sendPage(reply, siteMapPage(site(request))));
  app.get('/contact', (_request, reply) => reply.redirect('/contact/', 301));
  app.get('/contact/', (request, reply) => sendPage(reply, contactPage(site(request))));

  app.get('/feeds/', (request, reply) => sendPage(reply, feedsPage(site(request), portalColumns)));
  r.get(
    '/feeds/:file',
    { schema: { hide: true, params: z.object({ file: z.string().max(40) }) } },
    async (request, reply) => {
      const column = request.params.file.replace(/\.xml$/, '') as PortalColumn;
      if (!request.params.file.endsWith('.xml') || !portalColumns.includes(column)) throw new AppError('NOT_FOUND');
      const items = await latest(read, column, 30);
      // A feed is the same for every reader (it is cached): in Chinese, whatever the reader's view.
      return reply
        .header('cache-control', 'public, max-age=300')
        .type('application/atom+xml; charset=utf-8')
        .send(atomFeed(chinese(site(request)), column, items));
    },
  );

  // One file while the site's addresses fit in one; past that, /sitemap.xml indexes /sitemaps/N.xml, the
  // fixed pages heading the first.
  const fixedPages = [
    '/',
    ...portalColumns.map((c) => `/${c}/`),
    '/open-gov/catalogue',
    '/calls/',
    '/messages/',
    '/messages/new',
    '/open-data/',
    '/sitemap/',
    '/contact/',
    '/disclosure/',
    '/disclosure/apply',
  ];
  const sendXml = (reply: FastifyReply, body: string) =>
    reply.header('cache-control', 'public, max-age=300').type('application/xml; charset=utf-8').send(body);
  app.get('/sitemap.xml', async (request, reply) => {
    const addresses = fixedPages.length + (await sitemapItemCount(read));
    if (addresses <= sitemapFileSize)
      return sendXml(
        reply,
        sitemap(site(request), fixedPages, await sitemapItems(read, { offset: 0, limit: sitemapFileSize })),
      );
    return sendXml(reply, sitemapIndex(site(request), Math.ceil(addresses / sitemapFileSize)));
  });
  r.get(
    '/sitemaps/:file',
    { schema: { hide: true, params: z.object({ file: z.string().regex(/^[1-9]\d{0,4}\.xml$/) }) } },
    async (request, reply) => {
      const file = Number.parseInt(request.params.file, 10);
      const first = file === 1;
      // Items fill what the fixed pages leave of the first file, then whole files.
      const offset = first ? 0 : (file - 1) * sitemapFileSize - fixedPages.length;
      const items = await sitemapItems(read, {
        offset,
        limit: first ? sitemapFileSize - fixedPages.length : sitemapFileSize,
      });
      if (!first && !items.length) throw new AppError('NOT_FOUND');
      return sendXml(reply, sitemap(site(request), first ? fixedPages : [], items));
    },
  );

  const fileParams = z.object({
    id: z.coerce.number().int().positive().max(2_147_483_647),
    name: z.string().max(300).optional(),
  });
  const sendFile = async (request: FastifyRequest<{ Params: z.infer<typeof fileParams> }>, reply: FastifyReply) => {
    const file = await portalFileForReader(db, request, request.params.id);
    return reply
      .header('cache-control', 'private, max-age=300')
      .header(
        'content-disposition',
        attachmentHeader(file.originalName, file.mediaType.startsWith('image/') ? 'inline' : 'attachment'),
      )
      .header('x-content-type-options', 'nosniff')
      .type(file.mediaType)
      .send(app.deps.storage.open(file.sha256));
  };
  // Public, but the session is read: staff previewing a draft see its files.
  r.get('/files/:id', { config: { access: 'public' }, schema: { hide: true, params: fileParams } }, sendFile);
  r.get('/files/:id/:name', { config: { access: 'public' }, schema: { hide: true, params: fileParams } }, sendFile);

  // Other domains' pages (依申请公开, 意见征集) live inside the site: its frame, error pages, forms and counts.
  for (const part of options.parts ?? []) await app.register(part);
}
