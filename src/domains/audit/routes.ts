import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Access } from '../../server/access.js';
import { auditActions, listAudit, verifyAudit } from './audit.service.js';
import { paging } from '../../shared/schemas.js';

/** 安全审计员: only the auditor reads the trail; nobody can change it through the API. */
const canReadAudit: Access = ['auditor'];

const auditQuery = z.object({
  actor: z.string().trim().max(50).optional(),
  action: z.string().max(60).optional(),
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(40).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  ...paging(50),
});

const auditEntry = z.object({
  seq: z.number().int(),
  at: z.date(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});

const verifyResult = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  headHash: z.string(),
  brokenAt: z.number().int().optional(),
  reason: z.enum(['content_changed', 'chain_broken', 'entry_missing']).optional(),
});

export async function auditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['audit'];

  r.get(
    '/api/audit',
    {
      config: { access: canReadAudit },
      schema: {
        tags,
        summary: 'The audit trail, newest first',
        querystring: auditQuery,
        response: { 200: z.object({ items: z.array(auditEntry), total: z.number().int() }) },
      },
    },
    (request) => listAudit(db, request.query),
  );
  r.get(
    '/api/audit/facets',
    {
      config: { access: canReadAudit },
      schema: {
        tags,
        summary: 'Actions and entity types present, for filters',
        response: { 200: z.object({ actions: z.array(z.string()), entityTypes: z.array(z.string()) }) },
      },
    },
    () => auditActions(db),
  );
  r.get(
    '/api/audit/verify',
    {
      config: { access: canReadAudit },
      schema: { tags, summary: 'Recompute the hash chain', response: { 200: verifyResult } },
    },
    () => verifyAudit(db),
  );
}
