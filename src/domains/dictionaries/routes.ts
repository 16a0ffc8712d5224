import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access } from '../../server/access.js';
import { actorOf } from '../audit/audit.service.js';
import { createDictionaryEntry, listDictionary, updateDictionaryEntry } from './dictionaries.service.js';
import {
  codeParams,
  dictionaryListQuery,
  jurisdiction,
  jurisdictionCreateBody,
  jurisdictionList,
  jurisdictionUpdateBody,
  section,
  sectionCreateBody,
  sectionList,
  sectionUpdateBody,
  techField,
  techFieldCreateBody,
  techFieldList,
  techFieldUpdateBody,
} from './schema.js';
import { AppError } from '../../server/errors.js';

/** Dictionaries are the administrator's to keep; everyone may read the jurisdictions (registration needs them). */
const canManageDictionaries: Access = ['admin'];

export async function dictionaryRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/api/jurisdictions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['dictionaries'],
        summary: 'Towns, zones, streets and departments (all=1 includes inactive)',
        querystring: dictionaryListQuery,
        response: { 200: jurisdictionList },
      },
    },
    async (request) => ({ items: await listDictionary(db, 'jurisdiction', request.query.all === '1') }),
  );
  r.post(
    '/api/jurisdictions',
    {
      config: { access: canManageDictionaries },
      schema: {
        tags: ['dictionaries'],
        summary: 'Add a jurisdiction',
        body: jurisdictionCreateBody,
        response: { 201: jurisdiction },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDictionaryEntry(db, actorOf(request), 'jurisdiction', request.body)),
  );
  r.patch(
    '/api/jurisdictions/:code',
    {
      config: { access: canManageDictionaries },
      schema: {
        tags: ['dictionaries'],
        summary: 'Edit or deactivate a jurisdiction',
        params: codeParams,
        body: jurisdictionUpdateBody,
        response: { 200: jurisdiction },
      },
    },
    (request) => updateDictionaryEntry(db, actorOf(request), 'jurisdiction', request.params.code, request.body),
  );

  r.get(
    '/api/sections',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dictionaries'],
        summary: 'Bureau sections',
        querystring: dictionaryListQuery,
        response: { 200: sectionList },
      },
    },
    async (request) => ({ items: await listDictionary(db, 'section', request.query.all === '1') }),
  );
  r.post(
    '/api/sections',
    {
      config: { access: canManageDictionaries },
      schema: { tags: ['dictionaries'], summary: 'Add a section', body: sectionCreateBody, response: { 201: section } },
    },
    async (request, reply) =>
      reply.status(201).send(await createDictionaryEntry(db, actorOf(request), 'section', request.body)),
  );
  r.patch(
    '/api/sections/:code',
    {
      config: { access: canManageDictionaries },
      schema: {
        tags: ['dictionaries'],
        summary: 'Edit or deactivate a section',
        params: codeParams,
        body: sectionUpdateBody,
        response: { 200: section },
      },
    },
    (request) => updateDictionaryEntry(db, actorOf(request), 'section', request.params.code, request.body),
  );

  r.get(
    '/api/outlets',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dictionaries'],
        summary: 'Publicity outlets (报送渠道)',
        querystring: dictionaryListQuery,
        response: { 200: sectionList },
      },
    },
    async (request) => ({ items: await listDictionary(db, 'outlet', request.query.all === '1') }),
  );
  r.post(
    '/api/outlets',
    {
      config: { access: canManageDictionaries },
      schema: { tags: ['dictionaries'], summary: 'Add an outlet', body: sectionCreateBody, response: { 201: section } },
    },
    async (request, reply) =>
      reply.status(201).send(await createDictionaryEntry(db, actorOf(request), 'outlet', request.body)),
  );
  r.patch(
    '/api/outlets/:code',
    {
      config: { access: canManageDictionaries },
      schema: {
        tags: ['dictionaries'],
        summary: 'Edit or deactivate an outlet',
        params: codeParams,
        body: sectionUpdateBody,
        response: { 200: section },
      },
    },
    (request) => updateDictionaryEntry(db, actorOf(request), 'outlet', request.params.code, request.body),
  );

  r.get(
    '/api/tech-fields',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dictionaries'],
        summary: '技术领域: the fields an application is filed under, two levels (all=1 includes retired ones)',
        querystring: dictionaryListQuery,
        response: { 200: techFieldList },
      },
    },
    async (request) => ({ items: await listDictionary(db, 'techField', request.query.all === '1') }),
  );
  r.post(
    '/api/tech-fields',
    {
      config: { access: canManageDictionaries },
      schema: {
        tags: ['dictionaries'],
        summary: 'Add a technology field',
        body: techFieldCreateBody,
        response: { 201: techField },
      },
    },
    async (request, reply) => {
      const { parentCode, ...rest } = request.body;
      // A sub-field hangs under a top-level field, and only two levels deep.
      if (parentCode) {
        const parents = await listDictionary(db, 'techField', true);
        const parent = parents.find((f) => f.code === parentCode);
        if (!parent || parent.parentCode) throw AppError.invalid('body.parentCode', 'tech_field_unknown');
      }
      return reply.status(201).send(
        await createDictionaryEntry(db, actorOf(request), 'techField', {
          ...rest,
          nameEn: rest.nameEn ?? null,
          parentCode: parentCode ?? null,
        }),
      );
    },
  );
  r.patch(
    '/api/tech-fields/:code',
    {
      config: { access: canManageDictionaries },
      schema: {
        tags: ['dictionaries'],
        summary: 'Rename, reorder or retire a technology field',
        params: codeParams,
        body: techFieldUpdateBody,
        response: { 200: techField },
      },
    },
    (request) => updateDictionaryEntry(db, actorOf(request), 'techField', request.params.code, request.body),
  );
}
