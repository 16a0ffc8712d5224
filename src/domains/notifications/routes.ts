import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { actorOf } from '../audit/audit.service.js';
import { listNotifications, markRead, notificationKinds } from './notifications.service.js';
import { paging } from '../../shared/schemas.js';

export async function notificationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['notifications'];
  r.get(
    '/api/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'My notifications (消息), newest first, with the unread count',
        querystring: z.object({
          unread: z.enum(['true', 'false']).optional(),
          ...paging(20, 100),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                kind: z.enum(notificationKinds),
                projectId: z.number().int().nullable(),
                params: z.record(z.string(), z.unknown()),
                readAt: z.date().nullable(),
                createdAt: z.date(),
              }),
            ),
            total: z.number().int(),
            unread: z.number().int(),
          }),
        },
      },
    },
    (request) =>
      listNotifications(db, callerOf(request), { ...request.query, unread: request.query.unread === 'true' }),
  );
  r.post(
    '/api/notifications/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mark some (ids) or all of my notifications read',
        body: z.object({ ids: z.array(z.number().int().positive()).min(1).max(500).optional() }),
        response: { 200: z.object({ updated: z.number().int() }) },
      },
    },
    (request) => markRead(db, callerOf(request), actorOf(request), request.body.ids),
  );
}
