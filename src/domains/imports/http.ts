import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Access } from '../../server/access.js';
import { attachmentHeader } from '../../server/download-name.js';
import { AppError, languageOf } from '../../server/errors.js';
import { xlsxMediaType } from '../../shared/xlsx.js';
import { actorOf } from '../audit/audit.service.js';
import { type Importer, runImport } from './importer.js';
import { describeReport } from './problems.js';
import { importTemplate } from './template.js';

/** The multipart body of an import: the file, and optionally `mapping` (JSON: field key → column header) and `dryRun`. */
export async function receiveImport(
  request: FastifyRequest,
): Promise<{ bytes: Buffer; fileName: string; mapping?: Record<string, string>; dryRun: boolean }> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: 'multipart/form-data' } });
  let mapping: Record<string, string> | undefined;
  let dryRun = (request.query as { dryRun?: string }).dryRun === 'true';
  for await (const part of request.parts()) {
    if (part.type === 'field' && part.fieldname === 'mapping') {
      let json: unknown;
      try {
        json = JSON.parse(String(part.value || '{}'));
      } catch {
        json = null;
      }
      const parsed = z.record(z.string().max(40), z.string().max(200)).safeParse(json);
      if (!parsed.success) throw AppError.invalid('body.mapping', 'mapping');
      mapping = parsed.data;
    } else if (part.type === 'field' && part.fieldname === 'dryRun') {
      dryRun = part.value === 'true';
    } else if (part.type === 'file') {
      const lower = part.filename.toLowerCase();
      if (!lower.endsWith('.xlsx') && !lower.endsWith('.csv') && !lower.endsWith('.txt')) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: '.xlsx, .csv' } });
      }
      return { bytes: await part.toBuffer(), fileName: part.filename, mapping, dryRun };
    }
  }
  throw AppError.invalid('body.file', 'no_file');
}

/**
 * A registry's import: `POST {url}` checks (dryRun=true) or imports a spreadsheet, answering the report with
 * the fields the import knows; `GET {url}/template` gives the workbook to fill.
 */
export function importRoutes(
  app: FastifyInstance,
  o: { url: string; importer: Importer<never, never>; access: Access; tags: string[]; what: string; title: string },
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const fields = o.importer.fields.map(({ key, required, accepts, otherwise }) => ({
    key,
    required: Boolean(required),
    ...(accepts ? { accepts } : {}),
    ...(otherwise ? { otherwise } : {}),
  }));
  r.post(
    o.url,
    {
      config: { access: o.access },
      schema: {
        tags: o.tags,
        summary: `Import ${o.what} from .xlsx or .csv (UTF-8 or GB18030); dryRun=true only checks and previews`,
        consumes: ['multipart/form-data'],
        querystring: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
      },
    },
    async (request) => {
      const upload = await receiveImport(request);
      const report = await runImport(db, actorOf(request), o.importer, upload.bytes, {
        dryRun: upload.dryRun,
        mapping: upload.mapping,
        fileName: upload.fileName,
      });
      return { ...describeReport(report, languageOf(request.headers['accept-language'])), fields };
    },
  );
  r.get(
    `${o.url}/template`,
    {
      config: { access: o.access },
      schema: {
        tags: o.tags,
        summary: `The workbook to fill for an import of ${o.what}: its headers, and what each column takes`,
      },
    },
    async (_request, reply) =>
      reply
        .header('content-type', xlsxMediaType)
        .header('content-disposition', attachmentHeader(`${o.title}导入模板.xlsx`))
        .send(await importTemplate(o.importer.fields, o.title)),
  );
}
