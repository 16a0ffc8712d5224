import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { languageOf } from '../../server/errors.js';
import { visibleFirst } from '../../server/visible-first.js';
import { attachmentHeader } from '../../server/download-name.js';
import { applicationSections } from '../applications/schema.js';
import { applicationFile } from './application-files.js';
import { canReadProjects } from './policy.js';
import { findProject } from './projects.service.js';
import { compareVersions, listVersions } from './versions.js';
import { duplicatesOf, judgeDuplicate } from './duplicates.js';
import { actorOf } from '../audit/audit.service.js';
import { idParams, recordId } from '../../shared/schemas.js';

const personInBoth = z.object({
  personId: z.number().int(),
  name: z.string(),
  here: z.enum(['leader', 'member']),
  there: z.enum(['leader', 'member']),
});
const duplicateFlag = z.object({
  id: z.number().int(),
  kind: z.enum(['similar', 'same_leader', 'same_member']),
  /** The share of text in common (0–1); 1 for a person in both. */
  similarity: z.number(),
  other: z.object({
    id: z.number().int(),
    title: z.string(),
    applicationNo: z.string().nullable(),
    code: z.string().nullable(),
    state: z.string(),
    orgName: z.string(),
    callTitle: z.string(),
    year: z.number().int(),
  }),
  passages: z.array(z.object({ mine: z.string(), theirs: z.string(), similarity: z.number() })),
  people: z.array(personInBoth),
  /** Of a similar application: the people on both teams (any year), and whether the budget tables are the same. */
  sharedTeam: z.array(z.object({ personId: z.number().int(), name: z.string() })),
  sameBudget: z.boolean(),
  judgement: z.enum(['not_duplicate', 'duplicate', 'multiple_allowed']).nullable(),
  judgementNote: z.string().nullable(),
  judgedBy: z.string().nullable(),
  judgedAt: z.date().nullable(),
});
const flagParams = z.object({ id: recordId, flagId: recordId });

const versionMeta = z.object({ seq: z.number().int(), checksum: z.string(), submittedAt: z.date() });
const seq = z.coerce.number().int().min(1).max(10000);

/** The 申报书 as files and as versions: download, print, and compare what was submitted. */
export async function applicationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['projects'];
  const preValidation = visibleFirst((request, id) => findProject(db, callerOf(request), id));

  for (const format of ['pdf', 'docx'] as const) {
    r.get(
      `/api/projects/:id/application.${format}`,
      {
        config: { access: canReadProjects },
        schema: {
          tags,
          summary: `申报书 as ${format === 'pdf' ? 'PDF' : '.docx'}: cover, every section, the budget table, the pledge and seal page; number and checksum in the header`,
          params: idParams,
        },
      },
      async (request, reply) => {
        const file = await applicationFile(db, callerOf(request), request.params.id, format, app.toPdf);
        return reply
          .header('content-type', file.type)
          .header('content-disposition', attachmentHeader(file.fileName))
          .send(file.body);
      },
    );
  }
  r.get(
    '/api/projects/:id/versions',
    {
      config: { access: canReadProjects },
      schema: {
        tags,
        summary: 'Every submission of the application, oldest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(versionMeta.extend({ submittedBy: z.string().nullable() })) }) },
      },
    },
    (request) => listVersions(db, callerOf(request), request.params.id),
  );
  r.get(
    '/api/projects/:id/versions/compare',
    {
      preValidation,
      config: { access: canReadProjects },
      schema: {
        tags,
        summary:
          'Two submissions compared by section and sentence (default: the latest against the one before; to=current compares the draft being revised)',
        params: idParams,
        querystring: z.object({ from: seq.optional(), to: z.union([z.literal('current'), seq]).optional() }),
        response: {
          200: z.object({
            from: versionMeta,
            to: versionMeta.nullable(),
            sections: z.array(
              z.object({
                key: z.enum(applicationSections),
                title: z.string(),
                changed: z.boolean(),
                lines: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
              }),
            ),
          }),
        },
      },
    },
    (request) =>
      compareVersions(
        db,
        callerOf(request),
        request.params.id,
        request.query,
        languageOf(request.headers['accept-language']),
      ),
  );
  r.get(
    '/api/projects/:id/duplicates',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary:
          "查重: applications of the last five years sharing much of this one's text, and those of the same year sharing a person (多头申报)",
        params: idParams,
        response: { 200: z.object({ items: z.array(duplicateFlag) }) },
      },
    },
    (request) => duplicatesOf(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/projects/:id/duplicates/:flagId/judgement',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Record staff judgement of a 查重 flag',
        params: flagParams,
        body: z.object({
          judgement: z.enum(['not_duplicate', 'duplicate', 'multiple_allowed']),
          note: z.string().trim().max(1000).nullish(),
        }),
        response: {
          200: z.object({
            id: z.number().int(),
            judgement: z.enum(['not_duplicate', 'duplicate', 'multiple_allowed']),
            judgementNote: z.string().nullable(),
          }),
        },
      },
    },
    (request) =>
      judgeDuplicate(db, callerOf(request), actorOf(request), request.params.id, request.params.flagId, request.body),
  );
}
