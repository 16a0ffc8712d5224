import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import * as clock from '../../shared/clock.js';
import { idParams } from '../../shared/schemas.js';
import { actorOf } from '../audit/audit.service.js';
import { contentEditors as editors } from '../content/policy.js';
import { messageListView, replyStatisticsView } from './schema.js';
import {
  actOnMessage,
  listMessages,
  messageActionBody,
  messageListQuery,
  replyStatistics,
} from './messages.service.js';

/** 留言办理: the message box as staff work it — assign, answer within the promised days, publish by choice. */
export async function messageRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['portal'];

  r.get(
    '/api/portal/messages',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'The message box: messages and objections, open ones first by due day',
        querystring: messageListQuery,
        response: { 200: messageListView },
      },
    },
    (request) => listMessages(db, callerOf(request), request.query),
  );
  r.post(
    '/api/portal/messages/:id/actions',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'assign (to a section and/or a person), answer, or publish/unpublish an answered message',
        params: idParams,
        body: messageActionBody,
      },
    },
    (request) => actOnMessage(db, actorOf(request), callerOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/portal/messages/statistics',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "A year's replies: received, answered, on time, overdue",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: replyStatisticsView },
      },
    },
    (request) => replyStatistics(db, request.query.year ?? Number(clock.today().slice(0, 4))),
  );
}
