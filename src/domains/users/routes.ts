import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access } from '../../server/access.js';
import { actorOf } from '../audit/audit.service.js';
import {
  passwordResetBody,
  totpReset,
  userCreateBody,
  userCreated,
  userList,
  userListQuery,
  userUpdateBody,
  userView,
} from './schema.js';
import { createUser, getUser, listUsers, resetPassword, resetTotp, unlockUser, updateUser } from './users.service.js';
import { idParams } from '../../shared/schemas.js';

/** 系统管理员: accounts are the administrator's alone. */
const canManageUsers: Access = ['admin'];

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['users'];
  const access = { access: canManageUsers };

  r.get(
    '/api/users',
    {
      config: access,
      schema: { tags, summary: 'List accounts', querystring: userListQuery, response: { 200: userList } },
    },
    (request) => listUsers(db, request.query),
  );
  r.post(
    '/api/users',
    {
      config: access,
      schema: { tags, summary: 'Create an account', body: userCreateBody, response: { 201: userCreated } },
    },
    async (request, reply) =>
      reply.status(201).send(await db.transaction((tx) => createUser(tx, actorOf(request), request.body))),
  );
  r.get(
    '/api/users/:id',
    { config: access, schema: { tags, summary: 'One account', params: idParams, response: { 200: userView } } },
    (request) => getUser(db, request.params.id),
  );
  r.patch(
    '/api/users/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'Edit, rebind or deactivate an account',
        params: idParams,
        body: userUpdateBody,
        response: { 200: userView },
      },
    },
    (request) => updateUser(db, actorOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/users/:id/password',
    {
      config: access,
      schema: {
        tags,
        summary: 'Set a new password',
        params: idParams,
        body: passwordResetBody,
        response: { 200: userView },
      },
    },
    (request) => resetPassword(db, actorOf(request), request.params.id, request.body.password),
  );
  r.post(
    '/api/users/:id/unlock',
    { config: access, schema: { tags, summary: 'Lift a login lock', params: idParams, response: { 200: userView } } },
    (request) => unlockUser(db, actorOf(request), request.params.id),
  );
  r.post(
    '/api/users/:id/totp',
    {
      config: access,
      schema: { tags, summary: 'Issue a new TOTP secret', params: idParams, response: { 200: totpReset } },
    },
    (request) => resetTotp(db, actorOf(request), request.params.id),
  );
}
