import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importRoutes } from '../imports/http.js';
import type { Importer } from '../imports/importer.js';
import { callerOf } from '../../server/access.js';
import { languageOf } from '../../server/errors.js';
import { writeXlsx, xlsxMediaType } from '../../shared/xlsx.js';
import { attachmentHeader } from '../../server/download-name.js';
import { actorOf } from '../audit/audit.service.js';
import { patentExportColumns } from './export.js';
import { patentImporter } from './patent-import.js';
import {
  createPatent,
  deletePatent,
  findPatent,
  listPatents,
  patentsForExport,
  updatePatent,
} from './patents.service.js';
import { canImportPatents, canReadPatents, canWritePatents } from './policy.js';
import { patent, patentBody, patentListQuery, patentUpdateBody } from './schema.js';
import * as clock from '../../shared/clock.js';
import { idParams } from '../../shared/schemas.js';

export async function patentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['patents'];

  r.get(
    '/api/patents',
    {
      config: { access: canReadPatents },
      schema: {
        tags,
        summary: 'Patents (专利) by year, type, town, organisation, keyword',
        querystring: patentListQuery,
        response: { 200: z.object({ items: z.array(patent), total: z.number().int() }) },
      },
    },
    (request) => listPatents(db, callerOf(request), request.query),
  );
  r.get(
    '/api/patents/export',
    {
      config: { access: canReadPatents },
      schema: {
        tags,
        summary: 'The filtered list as .xlsx, with the patent office headers',
        querystring: patentListQuery.extend({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (request, reply) => {
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const body = await writeXlsx({
        sheetName: language === 'en' ? 'Patents' : '专利',
        columns: patentExportColumns(language),
        rows: await patentsForExport(db, callerOf(request), request.query),
      });
      return reply
        .header('content-type', xlsxMediaType)
        .header(
          'content-disposition',
          attachmentHeader(`${language === 'en' ? 'patents' : '专利'}-${clock.today()}.xlsx`),
        )
        .send(body);
    },
  );
  importRoutes(app, {
    url: '/api/patents/import',
    importer: patentImporter as unknown as Importer<never, never>,
    access: canImportPatents,
    tags,
    what: 'patents',
    title: '专利',
  });
  r.post(
    '/api/patents',
    {
      config: { access: canWritePatents },
      schema: {
        tags,
        summary: 'Record a patent (the application number is checked and normalised)',
        body: patentBody,
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPatent(db, callerOf(request), actorOf(request), request.body)),
  );
  r.get(
    '/api/patents/:id',
    {
      config: { access: canReadPatents },
      schema: { tags, summary: 'A patent', params: idParams, response: { 200: patent } },
    },
    (request) => findPatent(db, callerOf(request), request.params.id),
  );
  r.patch(
    '/api/patents/:id',
    {
      config: { access: canWritePatents },
      schema: {
        tags,
        summary: 'Edit a patent (grant date, legal status …)',
        params: idParams,
        body: patentUpdateBody,
        response: { 200: patent },
      },
    },
    (request) => updatePatent(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
  r.delete(
    '/api/patents/:id',
    {
      config: { access: ['staff'] },
      schema: { tags, summary: 'Delete a patent recorded in error (not one with a subsidy claim)', params: idParams },
    },
    async (request, reply) => {
      await deletePatent(db, callerOf(request), actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
