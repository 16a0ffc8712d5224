import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { actorOf } from '../audit/audit.service.js';
import { canManagePrograms, canReadCalls } from './policy.js';
import {
  createCall,
  createProgram,
  getCall,
  listCalls,
  listPrograms,
  updateCall,
  updateProgram,
} from './programs.service.js';
import {
  callBody,
  callDetail,
  callListQuery,
  callSummary,
  callUpdateBody,
  program,
  programBody,
  programUpdateBody,
} from './schema.js';
import { idParams } from '../../shared/schemas.js';

export async function programRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['programs'];

  r.get(
    '/api/programs',
    {
      config: { access: canReadCalls },
      schema: { tags, summary: 'Plan programs (计划类别)', response: { 200: z.object({ items: z.array(program) }) } },
    },
    async () => ({ items: await listPrograms(db) }),
  );
  r.post(
    '/api/programs',
    {
      config: { access: canManagePrograms },
      schema: { tags, summary: 'Add a program', body: programBody, response: { 201: program } },
    },
    async (request, reply) =>
      reply.status(201).send(await createProgram(db, callerOf(request), actorOf(request), request.body)),
  );
  r.patch(
    '/api/programs/:id',
    {
      config: { access: canManagePrograms },
      schema: {
        tags,
        summary: 'Edit a program',
        params: idParams,
        body: programUpdateBody,
        response: { 200: program },
      },
    },
    (request) => updateProgram(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/calls',
    {
      config: { access: canReadCalls },
      schema: {
        tags,
        summary: 'Calls (申报通知); status=open lists those taking applications now',
        querystring: callListQuery,
        response: { 200: z.object({ items: z.array(callSummary), total: z.number().int() }) },
      },
    },
    (request) => listCalls(db, request.query),
  );
  r.get(
    '/api/calls/:id',
    {
      config: { access: canReadCalls },
      schema: {
        tags,
        summary: 'A call with its form, attachments, criteria and quotas',
        params: idParams,
        response: { 200: callDetail },
      },
    },
    (request) => getCall(db, request.params.id),
  );
  r.post(
    '/api/calls',
    {
      config: { access: canManagePrograms },
      schema: {
        tags,
        summary: "Publish a call of one of my section's programs",
        body: callBody,
        response: { 201: callDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCall(db, callerOf(request), actorOf(request), request.body)),
  );
  r.patch(
    '/api/calls/:id',
    {
      config: { access: canManagePrograms },
      schema: { tags, summary: 'Edit a call', params: idParams, body: callUpdateBody, response: { 200: callDetail } },
    },
    (request) => updateCall(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
}
