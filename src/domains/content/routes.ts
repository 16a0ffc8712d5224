import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { actorOf } from '../audit/audit.service.js';
import { storePortalFile } from './files.service.js';
import {
  actOnItem,
  createItem,
  getItem,
  itemActionBody,
  itemInput,
  itemListQuery,
  itemVersions,
  listItems,
  updateItem,
} from './items.service.js';
import { contentEditors as editors } from './policy.js';
import { publicityFromSource, publicityFromSourceBody, publicitySourceOptions } from './publicity-sources.js';
import { idParams } from '../../shared/schemas.js';
import { itemDetailView, itemListView, itemVersionList } from './schema.js';

/** 内容管理: the back office's side of the public site's content — items, their files, publicity made from other work. */
export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app.deps;
  const tags = ['portal'];

  r.get(
    '/api/portal/items',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Items of the public site in every state, newest change first',
        querystring: itemListQuery,
        response: { 200: itemListView },
      },
    },
    (request) => listItems(db, request.query),
  );
  r.post(
    '/api/portal/items',
    {
      config: { access: editors },
      schema: { tags, summary: 'Write a new item (a draft); the body is sanitised on save', body: itemInput },
    },
    async (request, reply) =>
      reply.status(201).send(await createItem(db, callerOf(request), actorOf(request), request.body)),
  );
  r.get(
    '/api/portal/items/:id',
    {
      config: { access: editors },
      schema: { tags, summary: 'An item with its attachments', params: idParams, response: { 200: itemDetailView } },
    },
    (request) => getItem(db, request.params.id),
  );
  r.put(
    '/api/portal/items/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Save an item over the version the editor opened (409 STALE_VERSION otherwise)',
        params: idParams,
        body: itemInput.extend({ version: z.number().int().min(1) }),
      },
    },
    (request) => updateItem(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/portal/items/:id/actions',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'submit, publish (now or at publishAt), return, withdraw (with a reason) or redraft',
        params: idParams,
        body: itemActionBody,
      },
    },
    (request) => actOnItem(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/portal/items/:id/versions',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Every saved state of an item, newest first',
        params: idParams,
        response: { 200: itemVersionList },
      },
    },
    async (request) => ({
      items: await itemVersions(db, request.params.id),
    }),
  );

  r.post(
    '/api/portal/files',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Upload an image (PNG, JPEG) or attachment (PDF, DOCX, XLSX) for the site',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: 'multipart/form-data' } });
      const part = await request.file();
      if (!part) throw AppError.invalid('body.file', 'no_file');
      const row = await storePortalFile(db, storage, {
        user: callerOf(request),
        actor: actorOf(request),
        fileName: part.filename,
        bytes: await part.toBuffer(),
      });
      return reply.status(201).send({ ...row, url: `/files/${row.id}/${encodeURIComponent(row.originalName)}` });
    },
  );

  r.get(
    '/api/portal/publicity/sources',
    {
      config: { access: editors },
      schema: {
        tags,
        summary:
          'What a publicity item can be made from: calls with approvals, subsidy batches, years with recognitions',
      },
    },
    () => publicitySourceOptions(db),
  );
  r.post(
    '/api/portal/publicity/from-source',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Make a draft publicity item from a call, a subsidy batch or a year of recognitions, in one click',
        body: publicityFromSourceBody,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await publicityFromSource(db, callerOf(request), actorOf(request), request.body, app.deps.config.bureauName),
        ),
  );
}
