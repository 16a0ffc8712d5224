import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callerOf } from '../../server/access.js';
import { visibleFirst } from '../../server/visible-first.js';
import { actorOf } from '../audit/audit.service.js';
import { createPerson, getPerson, listPeople, updatePerson } from './people.service.js';
import { canReadPeople, canWritePeople } from './policy.js';
import { peopleList, peopleListQuery, person, personCreateBody, personUpdateBody } from './schema.js';
import { idParams } from '../../shared/schemas.js';

export async function peopleRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['people'];
  const preValidation = visibleFirst((request, id) => getPerson(db, callerOf(request), id));

  r.get(
    '/api/people',
    {
      config: { access: canReadPeople },
      schema: { tags, summary: 'List people', querystring: peopleListQuery, response: { 200: peopleList } },
    },
    (request) => listPeople(db, callerOf(request), request.query),
  );
  r.post(
    '/api/people',
    {
      config: { access: canWritePeople },
      schema: { tags, summary: 'Add a person', body: personCreateBody, response: { 201: person } },
    },
    async (request, reply) =>
      reply.status(201).send(await createPerson(db, callerOf(request), actorOf(request), request.body)),
  );
  r.get(
    '/api/people/:id',
    {
      config: { access: canReadPeople },
      schema: { tags, summary: 'One person', params: idParams, response: { 200: person } },
    },
    (request) => getPerson(db, callerOf(request), request.params.id),
  );
  r.patch(
    '/api/people/:id',
    {
      preValidation,
      config: { access: canWritePeople },
      schema: { tags, summary: 'Edit a person', params: idParams, body: personUpdateBody, response: { 200: person } },
    },
    (request) => updatePerson(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
}
