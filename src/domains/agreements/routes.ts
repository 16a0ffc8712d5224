import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Access, callerOf } from '../../server/access.js';
import { visibleFirst } from '../../server/visible-first.js';
import { actorOf } from '../audit/audit.service.js';
import { findProject } from '../projects/projects.service.js';
import { actOnAgreement, getAgreement, saveAgreement } from './agreements.service.js';
import { decideChange, listChangeRequests, requestChange } from './change-requests.js';
import { agreementContentInput, changeProposal } from './content.js';
import {
  listProgressReports,
  progressReportBody,
  reviewProgressReport,
  saveProgressReport,
} from './progress-reports.js';
import { executionQuery, executionQueue } from './queue.js';
import { idParams } from '../../shared/schemas.js';

/** Who follows a project's execution; experts' part ends with the review. */
const canReadExecution: Access = ['applicant', 'liaison', 'staff', 'leader'];
const ok = z.object({ ok: z.literal(true) });

export async function agreementRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['execution'];
  const preValidation = visibleFirst((request, id) => findProject(db, callerOf(request), id));
  const reportParams = idParams.extend({ reportId: z.coerce.number().int().positive() });
  const changeParams = idParams.extend({ changeId: z.coerce.number().int().positive() });

  r.get(
    '/api/execution',
    {
      config: { access: canReadExecution },
      schema: {
        tags,
        summary: 'Agreements, progress reports or change requests across my projects',
        querystring: executionQuery,
      },
    },
    (request) => executionQueue(db, callerOf(request), request.query),
  );
  r.get(
    '/api/projects/:id/agreement',
    {
      config: { access: canReadExecution },
      schema: { tags, summary: 'The task agreement (任务书), its versions and what each changed', params: idParams },
    },
    (request) => getAgreement(db, callerOf(request), request.params.id),
  );
  r.put(
    '/api/projects/:id/agreement',
    {
      preValidation,
      config: { access: ['applicant'] },
      schema: {
        tags,
        summary: 'Draft or revise the task agreement',
        params: idParams,
        body: z.object({ content: agreementContentInput, version: z.number().int().positive().optional() }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await saveAgreement(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );
  r.post(
    '/api/projects/:id/agreement/actions',
    {
      preValidation,
      config: { access: ['applicant', 'staff'] },
      schema: {
        tags,
        summary: 'submit (applicant), sign or return (staff) the task agreement',
        params: idParams,
        body: z.object({
          action: z.enum(['submit', 'sign', 'return']),
          comment: z.string().trim().max(2000).optional(),
        }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await actOnAgreement(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return { ok: true as const };
    },
  );
  r.get(
    '/api/projects/:id/progress-reports',
    {
      config: { access: canReadExecution },
      schema: { tags, summary: 'Progress reports (进度报告) by period', params: idParams },
    },
    async (request) => ({ items: await listProgressReports(db, callerOf(request), request.params.id) }),
  );
  r.put(
    '/api/projects/:id/progress-reports/:reportId',
    {
      preValidation,
      config: { access: ['applicant'] },
      schema: {
        tags,
        summary: 'Save or submit a progress report',
        params: reportParams,
        body: progressReportBody,
        response: { 200: ok },
      },
    },
    async (request) => {
      await saveProgressReport(
        db,
        callerOf(request),
        actorOf(request),
        request.params.id,
        request.params.reportId,
        request.body,
      );
      return { ok: true as const };
    },
  );
  r.post(
    '/api/projects/:id/progress-reports/:reportId/review',
    {
      preValidation,
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Accept a submitted progress report, or return it with what to fix',
        params: reportParams,
        body: z.object({ accept: z.boolean(), comment: z.string().trim().max(2000).optional() }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await reviewProgressReport(
        db,
        callerOf(request),
        actorOf(request),
        request.params.id,
        request.params.reportId,
        request.body,
      );
      return { ok: true as const };
    },
  );
  r.get(
    '/api/projects/:id/changes',
    {
      config: { access: canReadExecution },
      schema: { tags, summary: 'Change requests (变更) with their differences', params: idParams },
    },
    async (request) => ({ items: await listChangeRequests(db, callerOf(request), request.params.id) }),
  );
  r.post(
    '/api/projects/:id/changes',
    {
      preValidation,
      config: { access: ['applicant'] },
      schema: {
        tags,
        summary: 'Request a change of leader, period or budget',
        params: idParams,
        body: z.object({ proposal: changeProposal, reason: z.string().trim().min(2).max(2000) }),
        response: { 201: z.object({ id: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await requestChange(db, callerOf(request), actorOf(request), request.params.id, request.body)),
  );
  r.post(
    '/api/projects/:id/changes/:changeId/decision',
    {
      preValidation,
      config: { access: ['staff', 'applicant'] },
      schema: {
        tags,
        summary: 'approve or refuse (staff), or withdraw (applicant) a pending change request',
        params: changeParams,
        body: z.object({
          decision: z.enum(['approve', 'refuse', 'withdraw']),
          comment: z.string().trim().max(2000).optional(),
        }),
        response: { 200: ok },
      },
    },
    async (request) => {
      await decideChange(
        db,
        callerOf(request),
        actorOf(request),
        request.params.id,
        request.params.changeId,
        request.body,
      );
      return { ok: true as const };
    },
  );
}
