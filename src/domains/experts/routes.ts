import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callerOf } from '../../server/access.js';
import { actorOf } from '../audit/audit.service.js';
import { callPanel, declineBody, declineReviews, drawBody, drawPanel, replaceBody, replaceExpert } from './panels.js';
import { profileBody, saveProfile } from './profiles.js';
import { idParams } from '../../shared/schemas.js';

/** 专家库: experts' profiles, the random draw of a call's panel with 回避, replacements and declines. */
export async function expertRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['experts'];
  r.put(
    '/api/experts/:id/profile',
    {
      config: { access: ['staff', 'expert'] },
      schema: {
        tags,
        summary:
          "An expert's fields, title, availability and declared conflicts (the expert: their own availability and conflicts)",
        params: idParams,
        body: profileBody,
      },
    },
    async (request) => {
      await saveProfile(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
  r.get(
    '/api/calls/:id/panel',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary:
          "The call's review panel: its draws (seed, candidates, who was left out and why) and each expert's progress",
        params: idParams,
      },
    },
    (request) => callPanel(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/calls/:id/panel/draw',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary:
          'Draw a panel at random from the pool (by field, with 回避) and assign it to every application under review',
        params: idParams,
        body: drawBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await drawPanel(db, callerOf(request), actorOf(request), request.params.id, request.body)),
  );
  r.post(
    '/api/calls/:id/panel/replace',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Replace an expert who declined or missed the deadline by a fresh draw',
        params: idParams,
        body: replaceBody,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await replaceExpert(db, callerOf(request), actorOf(request), request.params.id, request.body)),
  );
  r.post(
    '/api/calls/:id/panel/decline',
    {
      config: { access: ['expert'] },
      schema: {
        tags,
        summary: "Decline the call's reviews not yet scored, with the reason",
        params: idParams,
        body: declineBody,
      },
    },
    async (request) => {
      await declineReviews(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
}
