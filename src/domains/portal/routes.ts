import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { actorOf } from '../audit/audit.service.js';
import * as clock from '../../shared/clock.js';
import { calendarDayBody, calendarYear, clearCalendarDay, setCalendarDay } from './calendar.js';
import { storePortalFile } from './files.service.js';
import { actOnItem, createItem, getItem, itemActionBody, itemInput, itemListQuery, itemVersions, listItems, updateItem } from './items.service.js';
import { siteOf } from './layout.js';
import { currentSiteProfile } from '../website/profile.js';
import { actOnMessage, listMessages, messageActionBody, messageListQuery, replyStatistics } from './messages.service.js';
import { approvedProjects, figuresYear, keyFigures, licence } from './open-data.js';
import { contentEditors as editors } from './policy.js';
import { objectionCounts } from './public.service.js';
import { publicityFromSource, publicityFromSourceBody, publicitySourceOptions } from './publicity-sources.js';
import { itemPage } from './views.js';
import { idParams } from '../../shared/schemas.js';

const day = z.iso.date();
const yearValue = z.coerce.number().int().min(2000).max(2100);

/** The back office's side of the public site: content, publicity, the message box and the working-day calendar. */
export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage, config } = app.deps;
  const tags = ['portal'];

  r.get('/api/portal/items', { config: { access: editors }, schema: { tags, summary: 'Items of the public site in every state, newest change first', querystring: itemListQuery } }, (request) =>
    listItems(db, request.query),
  );
  r.post('/api/portal/items', { config: { access: editors }, schema: { tags, summary: 'Write a new item (a draft); the body is sanitised on save', body: itemInput } }, async (request, reply) =>
    reply.status(201).send(await createItem(db, callerOf(request), actorOf(request), request.body)),
  );
  r.get('/api/portal/items/:id', { config: { access: editors }, schema: { tags, summary: 'An item with its attachments', params: idParams } }, (request) => getItem(db, request.params.id));
  r.put(
    '/api/portal/items/:id',
    { config: { access: editors }, schema: { tags, summary: 'Save an item over the version the editor opened (409 STALE_VERSION otherwise)', params: idParams, body: itemInput.extend({ version: z.number().int().min(1) }) } },
    (request) => updateItem(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/portal/items/:id/actions',
    { config: { access: editors }, schema: { tags, summary: 'submit, publish (now or at publishAt), return, withdraw (with a reason) or redraft', params: idParams, body: itemActionBody } },
    (request) => actOnItem(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
  r.get('/api/portal/items/:id/versions', { config: { access: editors }, schema: { tags, summary: 'Every saved state of an item, newest first', params: idParams } }, async (request) => ({
    items: await itemVersions(db, request.params.id),
  }));

  r.post(
    '/api/portal/files',
    { config: { access: editors }, schema: { tags, summary: 'Upload an image (PNG, JPEG) or attachment (PDF, DOCX, XLSX) for the site', consumes: ['multipart/form-data'] } },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: 'multipart/form-data' } });
      const part = await request.file();
      if (!part) throw AppError.invalid('body.file', 'no_file');
      const row = await storePortalFile(db, storage, { user: callerOf(request), actor: actorOf(request), fileName: part.filename, bytes: await part.toBuffer() });
      return reply.status(201).send({ ...row, url: `/files/${row.id}/${encodeURIComponent(row.originalName)}` });
    },
  );

  r.get('/api/portal/publicity/sources', { config: { access: editors }, schema: { tags, summary: 'What a publicity item can be made from: calls with approvals, subsidy batches, years with recognitions' } }, () =>
    publicitySourceOptions(db),
  );
  r.post(
    '/api/portal/publicity/from-source',
    { config: { access: editors }, schema: { tags, summary: 'Make a draft publicity item from a call, a subsidy batch or a year of recognitions, in one click', body: publicityFromSourceBody } },
    async (request, reply) => reply.status(201).send(await publicityFromSource(db, callerOf(request), actorOf(request), request.body, app.deps.config.bureauName)),
  );

  r.get('/api/portal/messages', { config: { access: editors }, schema: { tags, summary: 'The message box: messages and objections, open ones first by due day', querystring: messageListQuery } }, (request) =>
    listMessages(db, callerOf(request), request.query),
  );
  r.post(
    '/api/portal/messages/:id/actions',
    { config: { access: editors }, schema: { tags, summary: 'assign (to a section and/or a person), answer, or publish/unpublish an answered message', params: idParams, body: messageActionBody } },
    (request) => actOnMessage(db, actorOf(request), callerOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/portal/messages/statistics',
    { config: { access: editors }, schema: { tags, summary: "A year's replies: received, answered, on time, overdue", querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) } },
    (request) => replyStatistics(db, request.query.year ?? Number(clock.today().slice(0, 4))),
  );

  r.get(
    '/api/portal/calendar',
    { config: { access: editors }, schema: { tags, summary: "A year's holidays and make-up working days (the working-day clock's exceptions)", querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) } },
    (request) => calendarYear(db, request.query.year),
  );
  r.put(
    '/api/portal/calendar/:day',
    { config: { access: editors }, schema: { tags, summary: 'Mark a day a holiday or a make-up working day', params: z.object({ day }), body: calendarDayBody } },
    (request) => setCalendarDay(db, actorOf(request), { day: request.params.day, ...request.body }),
  );
  r.delete('/api/portal/calendar/:day', { config: { access: editors }, schema: { tags, summary: 'Make a day ordinary again', params: z.object({ day }) } }, async (request, reply) => {
    await clearCalendarDay(db, actorOf(request), request.params.day);
    return reply.status(204).send();
  });

  const openTags = ['open data'];
  r.get(
    '/api/open/projects',
    { config: { access: 'public' }, schema: { tags: openTags, summary: "A year's approved projects, once announced (CC BY 4.0)", querystring: z.object({ year: yearValue }) } },
    async (request) => ({ licence, source: config.bureauName, year: request.query.year, items: await approvedProjects(db, request.query.year) }),
  );
  r.get(
    '/api/open/figures',
    { config: { access: 'public' }, schema: { tags: openTags, summary: "A year's key figures (CC BY 4.0)", querystring: z.object({ year: yearValue.optional() }) } },
    async (request) => {
      const year = request.query.year ?? (await figuresYear(db));
      return { licence, source: config.bureauName, year, items: await keyFigures(db, year, 'zh-CN') };
    },
  );

  // 预览: the item as the public will see it, whatever its state; staff only, never indexed.
  r.get('/preview/items/:id', { config: { access: editors }, schema: { hide: true, params: idParams } }, async (request, reply) => {
    const item = await getItem(db, request.params.id);
    const site = siteOf(request, config, currentSiteProfile(db));
    const files = item.attachments.map((f) => ({ id: f.id, originalName: f.originalName, size: f.size }));
    const publicity = item.column === 'publicity' ? { today: clock.today(), objections: await objectionCounts(db, item.id) } : undefined;
    const body = itemPage(site, { ...item, files }, { preview: true, publicity });
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body.value);
  });
}
