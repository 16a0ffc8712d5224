import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { writeXlsx, xlsxMediaType } from '../../shared/xlsx.js';
import { attachmentHeader } from '../../server/download-name.js';
import { languageOf } from '../../server/errors.js';
import { visibleFirst } from '../../server/visible-first.js';
import { actorOf } from '../audit/audit.service.js';
import { canApply, canAssignExperts, canReadExpertPool, canReadProjects, canScore, canTransition } from './policy.js';
import { projectExportColumns } from './export.js';
import {
  createProject,
  findProject,
  getProject,
  listProjects,
  projectsForExport,
  updateProject,
} from './projects.service.js';
import { deleteAttachment, findAttachment, listAttachments, uploadAttachment } from './attachments.js';
import { decisionPackDocx, decisionPackXlsx } from './decision-pack.js';
import { assignExperts, listExperts, reviewTable, scoreProject } from './reviews.js';
import { attachmentSpec } from '../applications/form-spec.js';
import {
  integrityRecord,
  projectCreateBody,
  projectDetail,
  projectList,
  projectListQuery,
  projectUpdateBody,
  transitionBody,
} from './schema.js';
import { addFunding, projectFunding } from './funding.js';
import { addMisconduct, integrityOf } from './integrity.js';
import { bulkTransition, transition } from './transitions.js';
import * as clock from '../../shared/clock.js';
import { idParams, recordId } from '../../shared/schemas.js';

const exclusion = z.object({
  expertId: z.number().int(),
  reason: z.enum(['not_an_expert', 'same_org', 'same_jurisdiction']),
});
const scoreLine = z.object({
  expertId: z.number().int(),
  expertName: z.string(),
  scores: z.record(z.string(), z.number()).nullable(),
  totalScore: z.number().int().nullable(),
  comment: z.string().nullable(),
  scoredAt: z.date().nullable(),
});

export async function projectRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['projects'];
  const preValidation = visibleFirst((request, id) => findProject(db, callerOf(request), id));

  r.get(
    '/api/projects',
    {
      config: { access: canReadProjects },
      schema: {
        tags,
        summary: 'Applications and projects in my scope',
        querystring: projectListQuery,
        response: { 200: projectList },
      },
    },
    (request) => listProjects(db, callerOf(request), request.query),
  );
  r.get(
    '/api/orgs/:id/integrity',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary: "An organisation's integrity record (信用)",
        params: idParams,
        response: { 200: z.object({ items: z.array(integrityRecord) }) },
      },
    },
    async (request) => ({ items: await integrityOf(db, request.params.id) }),
  );
  r.post(
    '/api/orgs/:id/integrity',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Record a finding of misconduct',
        params: idParams,
        body: z.object({ note: z.string().trim().min(2).max(2000), projectId: z.number().int().positive().optional() }),
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addMisconduct(db, callerOf(request), actorOf(request), request.params.id, request.body)),
  );
  const fundingLine = z.object({
    id: z.number().int(),
    source: z.enum(['superior', 'local', 'self_raised']),
    amount: z.string(),
    paidOn: z.string(),
    docNo: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.date(),
  });
  r.get(
    '/api/projects/:id/funding',
    {
      config: { access: canReadProjects },
      schema: {
        tags,
        summary: 'Funding of a project: tranches, approved, allocated, outstanding, self-raised (yuan, exact)',
        params: idParams,
        response: {
          200: z.object({
            items: z.array(fundingLine),
            approved: z.string().nullable(),
            allocated: z.string(),
            outstanding: z.string().nullable(),
            selfRaised: z.string(),
          }),
        },
      },
    },
    (request) => projectFunding(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/projects/:id/funding',
    {
      preValidation,
      config: { access: ['staff', 'applicant'] },
      schema: {
        tags,
        summary: 'Record a tranche (staff: superior or local) or self-raised money (applicant)',
        params: idParams,
        body: z.object({
          source: z.enum(['superior', 'local', 'self_raised']),
          amount: z.union([z.number(), z.string().trim().max(20)]),
          paidOn: z.iso.date(),
          docNo: z.string().trim().max(60).optional(),
          note: z.string().trim().max(500).optional(),
        }),
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addFunding(db, callerOf(request), actorOf(request), request.params.id, request.body)),
  );
  r.get(
    '/api/projects/export',
    {
      config: { access: canReadProjects },
      schema: {
        tags,
        summary: 'The filtered list as .xlsx',
        querystring: projectListQuery.extend({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (request, reply) => {
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const body = await writeXlsx({
        sheetName: language === 'en' ? 'Projects' : '科技项目',
        columns: projectExportColumns(language),
        rows: await projectsForExport(db, callerOf(request), request.query),
      });
      return reply
        .header('content-type', xlsxMediaType)
        .header(
          'content-disposition',
          attachmentHeader(`${language === 'en' ? 'projects' : '科技项目'}-${clock.today()}.xlsx`),
        )
        .send(body);
    },
  );
  r.post(
    '/api/projects/bulk-transitions',
    {
      config: { access: canTransition },
      schema: {
        tags,
        summary: 'The same action on many projects; each succeeds or fails on its own',
        body: z.object({
          ids: z.array(z.number().int().positive()).min(1).max(200),
          action: transitionBody.shape.action,
          comment: transitionBody.shape.comment,
          data: transitionBody.shape.data,
        }),
        response: {
          200: z.object({
            results: z.array(
              z.object({
                id: z.number().int(),
                ok: z.boolean(),
                code: z.string().optional(),
                message: z.string().optional(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      results: await bulkTransition(
        db,
        callerOf(request),
        actorOf(request),
        request.body,
        languageOf(request.headers['accept-language']),
      ),
    }),
  );
  r.post(
    '/api/projects',
    {
      config: { access: canApply },
      schema: {
        tags,
        summary: 'Start an application (a draft) in an open call',
        body: projectCreateBody,
        response: { 201: projectDetail },
      },
    },
    async (request, reply) => {
      const id = await createProject(db, callerOf(request), actorOf(request), request.body);
      return reply
        .status(201)
        .send(await getProject(db, callerOf(request), id, languageOf(request.headers['accept-language'])));
    },
  );
  r.get(
    '/api/projects/:id',
    {
      config: { access: canReadProjects },
      schema: {
        tags,
        summary: 'A project with its state, version, the actions I may take and its history',
        params: idParams,
        response: { 200: projectDetail },
      },
    },
    (request) => getProject(db, callerOf(request), request.params.id, languageOf(request.headers['accept-language'])),
  );
  r.patch(
    '/api/projects/:id',
    {
      preValidation,
      config: { access: canApply },
      schema: {
        tags,
        summary: 'Edit a draft or returned application',
        params: idParams,
        body: projectUpdateBody,
        response: { 200: projectDetail },
      },
    },
    async (request) => {
      await updateProject(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return getProject(db, callerOf(request), request.params.id, languageOf(request.headers['accept-language']));
    },
  );
  r.post(
    '/api/projects/:id/transitions',
    {
      preValidation,
      config: { access: canTransition },
      schema: {
        tags,
        summary: 'Take an action of the lifecycle (submit, recommend, approve …)',
        params: idParams,
        body: transitionBody,
        response: { 200: projectDetail },
      },
    },
    async (request) => {
      await transition(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return getProject(db, callerOf(request), request.params.id, languageOf(request.headers['accept-language']));
    },
  );
  r.post(
    '/api/projects/:id/experts',
    {
      preValidation,
      config: { access: canAssignExperts },
      schema: {
        tags,
        summary: 'Assign experts; conflicts of interest are excluded automatically',
        params: idParams,
        body: z.object({ expertIds: z.array(z.number().int().positive()).min(1).max(50) }),
        response: { 200: z.object({ assigned: z.array(z.number().int()), excluded: z.array(exclusion) }) },
      },
    },
    (request) => assignExperts(db, callerOf(request), actorOf(request), request.params.id, request.body.expertIds),
  );
  r.get(
    '/api/calls/:id/decision-pack',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary:
          '上会材料: the applications awaiting decision with scores, spread, recommendations and requested funding',
        params: idParams,
        querystring: z.object({ format: z.enum(['docx', 'xlsx']).default('docx') }),
      },
    },
    async (request, reply) => {
      const pack =
        request.query.format === 'xlsx'
          ? await decisionPackXlsx(db, request.params.id)
          : await decisionPackDocx(db, request.params.id);
      const type =
        request.query.format === 'xlsx'
          ? xlsxMediaType
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      return reply
        .header('content-type', type)
        .header('content-disposition', attachmentHeader(pack.fileName))
        .send(pack.body);
    },
  );
  const attachment = z.object({
    id: z.number().int(),
    attachmentKey: z.string(),
    sha256: z.string(),
    size: z.number().int(),
    mediaType: z.string(),
    originalName: z.string(),
    /** The stamped copy's: the checksum of the version it was uploaded against. */
    checksum: z.string().nullable(),
    createdAt: z.date(),
  });
  const attachmentParams = z.object({ id: recordId, attachmentId: recordId });
  r.get(
    '/api/projects/:id/attachments',
    {
      config: { access: canReadProjects },
      schema: {
        tags,
        summary: "The project's files, the attachments asked for, and which the caller may upload now",
        params: idParams,
        response: {
          200: z.object({
            items: z.array(attachment),
            specs: z.array(attachmentSpec),
            uploadable: z.array(z.string()),
          }),
        },
      },
    },
    (request) => listAttachments(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/projects/:id/attachments',
    {
      preValidation,
      config: { access: canApply },
      schema: {
        tags,
        summary: "Upload a file for one of the call's attachments (multipart: field key, then file)",
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: attachment },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: 'multipart/form-data' } });
      let key = '';
      for await (const part of request.parts()) {
        if (part.type === 'field' && part.fieldname === 'key') key = String(part.value);
        else if (part.type === 'file') {
          const row = await uploadAttachment(db, app.deps.storage, {
            user: callerOf(request),
            actor: actorOf(request),
            projectId: request.params.id,
            key,
            fileName: part.filename,
            bytes: await part.toBuffer(),
          });
          return reply.status(201).send(row);
        }
      }
      throw AppError.invalid('body.file', 'no_file');
    },
  );
  r.get(
    '/api/projects/:id/attachments/:attachmentId',
    {
      config: { access: canReadProjects },
      schema: { tags, summary: 'Download an attachment', params: attachmentParams },
    },
    async (request, reply) => {
      const file = await findAttachment(db, callerOf(request), request.params.id, request.params.attachmentId);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachmentHeader(file.originalName))
        .send(app.deps.storage.open(file.sha256));
    },
  );
  r.delete(
    '/api/projects/:id/attachments/:attachmentId',
    {
      config: { access: canApply },
      schema: {
        tags,
        summary: 'Remove an attachment from a draft or returned application',
        params: attachmentParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteAttachment(db, callerOf(request), actorOf(request), request.params.id, request.params.attachmentId);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/experts',
    {
      config: { access: canReadExpertPool },
      schema: {
        tags,
        summary: '专家库: expert accounts with their fields, title, availability and declared conflicts',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                displayName: z.string(),
                orgId: z.number().int().nullable(),
                orgName: z.string().nullable(),
                jurisdictionCode: z.string().nullable(),
                fields: z.array(z.string()),
                title: z.string().nullable(),
                specialty: z.string().nullable(),
                available: z.boolean(),
                unavailableUntil: z.string().nullable(),
                conflictOrgIds: z.array(z.number().int()),
                conflictOrgs: z.array(z.object({ id: z.number().int(), name: z.string() })),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: await listExperts(db) }),
  );
  r.get(
    '/api/projects/:id/reviews',
    {
      config: { access: ['staff', 'leader', 'expert'] },
      schema: {
        tags,
        summary: 'The score table and its spread',
        params: idParams,
        response: {
          200: z.object({
            items: z.array(scoreLine),
            spread: z.object({
              scored: z.number().int(),
              assigned: z.number().int(),
              mean: z.number().nullable(),
              min: z.number().nullable(),
              max: z.number().nullable(),
            }),
          }),
        },
      },
    },
    (request) => reviewTable(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/projects/:id/reviews',
    {
      preValidation,
      config: { access: canScore },
      schema: {
        tags,
        summary: "An assigned expert's scores on the call's criteria",
        params: idParams,
        body: z.object({ scores: z.record(z.string(), z.number()), comment: z.string().trim().max(2000).optional() }),
        response: { 201: scoreLine.omit({ expertName: true, scoredAt: true }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await scoreProject(db, callerOf(request), actorOf(request), request.params.id, request.body)),
  );
}
