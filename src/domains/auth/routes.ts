import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { closeSession, openSession } from '../../server/plugins/session.js';
import { actorOf, recordAudit } from '../audit/audit.service.js';
import { authenticate, changeOwnPassword } from './auth.service.js';
import { loginBody, passwordChangeBody, sessionResponse } from './schema.js';

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['auth'];

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public', csrf: false },
      schema: {
        tags,
        summary: 'Log in; admin and auditor also send totp',
        body: loginBody,
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const user = await authenticate(db, request.body, {
        ip: request.ip,
        failuresPerAddress: config.loginFailuresPerAddress,
      });
      const csrfToken = await openSession(db, reply, {
        userId: user.id,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      return { user, csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Log out', response: { 204: z.null() } } },
    async (request, reply) => {
      await closeSession(db, request, reply);
      await db.transaction((tx) =>
        recordAudit(tx, actorOf(request), {
          action: 'auth.logout',
          entityType: 'user',
          entityId: callerOf(request).id,
        }),
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/auth/me',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'The logged-in account and its CSRF token', response: { 200: sessionResponse } },
    },
    async (request) => ({ user: callerOf(request), csrfToken: request.sessionCsrf ?? '' }),
  );

  r.post(
    '/api/auth/password',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Change my password', body: passwordChangeBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      await changeOwnPassword(db, { ...actorOf(request), id: caller.id }, request.body);
      return reply.status(204).send(null);
    },
  );
}
