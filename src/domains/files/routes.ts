import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { attachmentHeader } from '../../server/download-name.js';
import { actorOf } from '../audit/audit.service.js';
import { getOrg } from '../orgs/orgs.service.js';
import { canReadOrgs, canUpdateOrgs } from '../orgs/policy.js';
import { documentKinds, findFile, listOrgDocuments, storeOrgDocument } from './files.service.js';
import { idParams } from '../../shared/schemas.js';

const storedFile = z.object({
  id: z.number().int(),
  sha256: z.string(),
  size: z.number().int(),
  mediaType: z.string(),
  originalName: z.string(),
  kind: z.enum(documentKinds),
  createdAt: z.date(),
});

export async function fileRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, storage } = app.deps;
  const tags = ['orgs'];

  r.get(
    '/api/orgs/:id/documents',
    {
      config: { access: canReadOrgs },
      schema: {
        tags,
        summary: "An organisation's documents (营业执照 …)",
        params: idParams,
        response: { 200: z.object({ items: z.array(storedFile) }) },
      },
    },
    async (request) => ({ items: await listOrgDocuments(db, callerOf(request), request.params.id) }),
  );

  r.post(
    '/api/orgs/:id/documents',
    {
      config: { access: canUpdateOrgs },
      schema: {
        tags,
        summary: 'Upload a document (multipart: field kind, then file; PDF, PNG or JPEG, at most 20 MB)',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: storedFile },
      },
    },
    async (request, reply) => {
      // Scope first: a caller who may not see the organisation learns nothing, not even the upload rules.
      await getOrg(db, callerOf(request), request.params.id);
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: 'multipart/form-data' } });
      let kind: (typeof documentKinds)[number] = 'other';
      for await (const part of request.parts()) {
        if (part.type === 'field' && part.fieldname === 'kind') {
          const parsed = z.enum(documentKinds).safeParse(part.value);
          if (!parsed.success)
            throw AppError.invalid('body.kind', 'document_kind', { kinds: documentKinds.join(', ') });
          kind = parsed.data;
        } else if (part.type === 'file') {
          const bytes = await part.toBuffer();
          const row = await storeOrgDocument(db, storage, {
            user: callerOf(request),
            actor: actorOf(request),
            orgId: request.params.id,
            kind,
            fileName: part.filename,
            bytes,
          });
          return reply.status(201).send(row);
        }
      }
      throw AppError.invalid('body.file', 'no_file');
    },
  );

  r.get(
    '/api/files/:id',
    { config: { access: canReadOrgs }, schema: { tags, summary: 'Download a stored file', params: idParams } },
    async (request, reply) => {
      const file = await findFile(db, callerOf(request), request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachmentHeader(file.originalName))
        .header('x-content-type-options', 'nosniff')
        .send(storage.open(file.sha256));
    },
  );
}
