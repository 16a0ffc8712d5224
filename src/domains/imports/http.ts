import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../server/errors.js';

/** The multipart body of an import: the file, and optionally `mapping` (JSON: field key → column header) and `dryRun`. */
export async function receiveImport(request: FastifyRequest): Promise<{ bytes: Buffer; fileName: string; mapping?: Record<string, string>; dryRun: boolean }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: 'multipart/form-data' } });
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
