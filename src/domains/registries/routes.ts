import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importRoutes } from '../imports/http.js';
import type { Importer } from '../imports/importer.js';
import { callerOf } from '../../server/access.js';
import { AppError, languageOf } from '../../server/errors.js';
import { writeXlsx, xlsxMediaType } from '../../shared/xlsx.js';
import { attachmentHeader } from '../../server/download-name.js';
import { actorOf } from '../audit/audit.service.js';
import { registryExportColumns } from './export.js';
import { registryImporter } from './registry-import.js';
import {
  attachFile,
  attachmentOf,
  bodySchema,
  createRecord,
  deleteRecord,
  findRecord,
  type ListQuery,
  listQuerySchema,
  listRecords,
  recordsForExport,
  updateRecord,
} from './registry.service.js';
import type { RegistrySpec } from './spec.js';
import { registrySpecs } from './specs.js';
import { registryTitle } from './values.js';
import * as clock from '../../shared/clock.js';
import { idParams } from '../../shared/schemas.js';

/** The same seven routes for every registry, with the spec's rules of who may read and write. */
function routesFor(spec: RegistrySpec) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const { db, storage } = app.deps;
    const tags = [spec.name];
    const base = `/api/${spec.name}`;
    const body = bodySchema(spec);
    const listQuery = listQuerySchema(spec);
    const importer = registryImporter(spec);

    r.get(
      base,
      {
        config: { access: spec.readers },
        schema: { tags, summary: `List ${spec.name} (filters, q, paging), with money totals`, querystring: listQuery },
      },
      (request) => listRecords(db, spec, callerOf(request), request.query as ListQuery),
    );
    r.get(
      `${base}/export`,
      {
        config: { access: spec.readers },
        schema: {
          tags,
          summary: `The filtered ${spec.name} as .xlsx`,
          querystring: listQuery.extend({ lang: z.enum(['zh-CN', 'en']).optional() }),
        },
      },
      async (request, reply) => {
        const query = request.query as ListQuery & { lang?: 'zh-CN' | 'en' };
        const language = query.lang ?? languageOf(request.headers['accept-language']);
        const { sheet, columns } = await registryExportColumns(db, spec, language);
        const xlsx = await writeXlsx({
          sheetName: sheet,
          columns,
          rows: await recordsForExport(db, spec, callerOf(request), query),
        });
        return reply
          .header('content-type', xlsxMediaType)
          .header('content-disposition', attachmentHeader(`${sheet}-${clock.today()}.xlsx`))
          .send(xlsx);
      },
    );
    importRoutes(app, {
      url: `${base}/import`,
      importer: importer as unknown as Importer<never, never>,
      access: ['staff'],
      tags,
      what: spec.name,
      title: registryTitle(spec),
    });
    r.post(
      base,
      {
        config: { access: spec.writers },
        schema: { tags, summary: `Add to ${spec.name}`, body, response: { 201: z.object({ id: z.number().int() }) } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createRecord(db, spec, callerOf(request), actorOf(request), request.body as Record<string, unknown>),
          ),
    );
    r.get(
      `${base}/:id`,
      { config: { access: spec.readers }, schema: { tags, summary: `One of ${spec.name}`, params: idParams } },
      (request) => findRecord(db, spec, callerOf(request), request.params.id),
    );
    r.patch(
      `${base}/:id`,
      {
        config: { access: spec.writers },
        schema: {
          tags,
          summary: `Edit one of ${spec.name}`,
          params: idParams,
          body: body.partial().extend({ version: z.number().int().positive().optional() }),
        },
      },
      (request) =>
        updateRecord(
          db,
          spec,
          callerOf(request),
          actorOf(request),
          request.params.id,
          request.body as Record<string, unknown>,
        ),
    );
    if (spec.attachment) {
      r.put(
        `${base}/:id/attachment`,
        {
          config: { access: spec.writers },
          schema: {
            tags,
            summary: 'Keep a file with the record (multipart: file; PDF, image or Word, at most 20 MB)',
            params: idParams,
            consumes: ['multipart/form-data'],
          },
        },
        async (request) => {
          // Scope first: who may not see the record learns nothing about uploads.
          await findRecord(db, spec, callerOf(request), request.params.id);
          if (!request.isMultipart())
            throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: 'multipart/form-data' } });
          const part = await request.file();
          if (!part) throw AppError.invalid('body.file', 'no_file');
          return attachFile(db, storage, spec, callerOf(request), actorOf(request), request.params.id, {
            fileName: part.filename,
            bytes: await part.toBuffer(),
          });
        },
      );
      r.get(
        `${base}/:id/attachment`,
        { config: { access: spec.readers }, schema: { tags, summary: "Download the record's file", params: idParams } },
        async (request, reply) => {
          const file = await attachmentOf(db, spec, callerOf(request), request.params.id);
          return reply
            .header('content-type', file.type)
            .header('content-disposition', attachmentHeader(file.name))
            .header('x-content-type-options', 'nosniff')
            .send(storage.open(file.sha256));
        },
      );
    }
    r.delete(
      `${base}/:id`,
      { config: { access: spec.writers }, schema: { tags, summary: `Delete one of ${spec.name}`, params: idParams } },
      async (request, reply) => {
        await deleteRecord(db, spec, callerOf(request), actorOf(request), request.params.id);
        return reply.status(204).send();
      },
    );
  };
}

export async function registryRoutes(app: FastifyInstance): Promise<void> {
  for (const spec of Object.values(registrySpecs)) await app.register(routesFor(spec));
}
