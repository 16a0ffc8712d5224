import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit.service.js';
import { idParams } from '../orgs/schema.js';
import { indicatorBody } from './schema.js';
import { createIndicator, deleteIndicator, indicatorSystem, indicatorYears, updateIndicator } from './targets.service.js';

/** 目标责任制: the year's indicator system; letters, progress reports and assessments build on it. */
export async function targetRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['targets'];
  r.get(
    '/api/targets/indicators',
    { config: { access: ['staff', 'leader', 'liaison'] }, schema: { tags, summary: "A year's indicator system with targets and live progress", querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) } },
    (request) => indicatorSystem(db, request.query.year),
  );
  r.get(
    '/api/targets/years',
    { config: { access: ['staff', 'leader', 'liaison'] }, schema: { tags, summary: 'Years with an indicator system, latest first' } },
    async () => ({ items: await indicatorYears(db) }),
  );
  r.post(
    '/api/targets/indicators',
    { config: { access: ['staff'] }, schema: { tags, summary: 'Add an indicator', body: indicatorBody, response: { 201: z.object({ id: z.number().int() }) } } },
    async (request, reply) => reply.status(201).send(await createIndicator(db, actorOf(request), request.body)),
  );
  r.put(
    '/api/targets/indicators/:id',
    { config: { access: ['staff'] }, schema: { tags, summary: 'Change an indicator', params: idParams, body: indicatorBody.and(z.object({ version: z.number().int().positive().optional() })) } },
    async (request) => {
      await updateIndicator(db, actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
  r.delete('/api/targets/indicators/:id', { config: { access: ['staff'] }, schema: { tags, summary: 'Remove an indicator', params: idParams } }, async (request, reply) => {
    await deleteIndicator(db, actorOf(request), request.params.id);
    return reply.status(204).send();
  });
}
