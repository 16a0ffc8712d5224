import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { openSession } from '../../server/plugins/session.js';
import { actorOf } from '../audit/audit.service.js';
import { registerBody, sessionResponse } from '../auth/schema.js';
import { createOrg } from '../orgs/orgs.service.js';
import { createUser } from './users.service.js';

/** 单位注册: an applicant opens its own account with its organisation, and is logged in. */
export async function registrationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['auth'];

  r.post(
    '/api/auth/register',
    {
      // Each registration costs a password hash: a few an hour from one address is what an office needs.
      config: {
        access: 'public',
        rateLimit: { max: 20, timeWindow: '1 hour', keyGenerator: (request: FastifyRequest) => `a:${request.ip}` },
      },
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
      const csrfToken = await openSession(db, reply, {
        userId: user.id,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      const { id, username, displayName, role, orgId, jurisdictionCode, sectionCode } = user;
      return reply
        .status(201)
        .send({ user: { id, username, displayName, role, orgId, jurisdictionCode, sectionCode }, csrfToken });
    },
  );
}
