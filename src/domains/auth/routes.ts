import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { closeSession, openSession } from '../../server/plugins/session.js';
import { actorOf, recordAudit } from '../audit/audit.service.js';
import { createOrg } from '../orgs/orgs.service.js';
import { createUser } from '../users/users.service.js';
import { authenticate, changeOwnPassword } from './auth.service.js';
import { loginBody, passwordChangeBody, registerBody, sessionResponse } from './schema.js';

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['auth'];

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public', csrf: false },
      schema: { tags, summary: 'Log in; admin and auditor also send totp', body: loginBody, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const user = await authenticate(db, request.body, { ip: request.ip, failuresPerAddress: config.loginFailuresPerAddress });
      const csrfToken = await openSession(db, reply, { userId: user.id, ip: request.ip, userAgent: request.headers['user-agent'] });
      return { user, csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Log out', response: { 204: z.null() } } },
    async (request, reply) => {
      await closeSession(db, request, reply);
      await db.transaction((tx) =>
        recordAudit(tx, actorOf(request), { action: 'auth.logout', entityType: 'user', entityId: callerOf(request).id }),
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/auth/me',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'The logged-in account and its CSRF token', response: { 200: sessionResponse } } },
    async (request) => ({ user: callerOf(request), csrfToken: request.sessionCsrf ?? '' }),
  );

  r.post(
    '/api/auth/register',
    {
      // Each registration costs a password hash: a few an hour from one address is what an office needs.
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 hour', keyGenerator: (request: FastifyRequest) => `a:${request.ip}` } },
      schema: {
        tags,
        summary: 'An applicant registers itself and its organisation (单位注册), and is logged in',
        body: registerBody,
        response: { 201: sessionResponse },
      },
    },
    async (request, reply) => {
      const { org, ...account } = request.body;
      const user = await db.transaction(async (tx) => {
        const actor = { ...actorOf(request), name: account.username, role: 'applicant' };
        const created = await createOrg(tx, actor, org);
        return createUser(tx, actor, { ...account, role: 'applicant', orgId: created.id });
      });
      const csrfToken = await openSession(db, reply, { userId: user.id, ip: request.ip, userAgent: request.headers['user-agent'] });
      const { id, username, displayName, role, orgId, jurisdictionCode, sectionCode } = user;
      return reply.status(201).send({ user: { id, username, displayName, role, orgId, jurisdictionCode, sectionCode }, csrfToken });
    },
  );

  r.post(
    '/api/auth/password',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Change my password', body: passwordChangeBody, response: { 204: z.null() } } },
    async (request, reply) => {
      const caller = callerOf(request);
      await changeOwnPassword(db, { ...actorOf(request), id: caller.id }, request.body);
      return reply.status(204).send(null);
    },
  );
}
