import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { actorOf } from '../audit/audit.service.js';
import { contentEditors as editors } from '../content/policy.js';
import {
  adoptionBody,
  consultationDetail,
  consultationsForStaff,
  decideComment,
  publishResult,
  resultBody,
  saveResult,
} from './consultations.service.js';
import { idParams } from '../../shared/schemas.js';

/** 意见征集 in the back office: the comments each consultation received, how each was taken up, the outcome. */
export async function consultationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['consultations'];

  r.get(
    '/api/consultations',
    {
      config: { access: editors },
      schema: { tags, summary: 'Published consultations with their comment counts and whether the outcome is out' },
    },
    async () => ({ items: await consultationsForStaff(db) }),
  );
  r.get(
    '/api/consultations/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "A consultation's comments (with the writers' contact, for staff) and its outcome",
        params: idParams,
      },
    },
    (request) => consultationDetail(db, request.params.id),
  );
  r.post(
    '/api/consultations/comments/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Record how a comment was taken up: adopted, partly or not_adopted (with the reason)',
        params: idParams,
        body: adoptionBody,
      },
    },
    (request) => decideComment(db, actorOf(request), callerOf(request), request.params.id, request.body),
  );
  r.put(
    '/api/consultations/:id/result',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Save the outcome (采纳情况) before it is published',
        params: idParams,
        body: resultBody,
      },
    },
    (request) => saveResult(db, actorOf(request), callerOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/consultations/:id/result/publish',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Publish the outcome once the period has ended and every comment is weighed',
        params: idParams,
        body: z.object({ version: z.number().int().min(1) }),
      },
    },
    (request) => publishResult(db, actorOf(request), request.params.id, request.body.version),
  );
}
