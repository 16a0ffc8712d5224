import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { actorOf } from '../audit/audit.service.js';
import { approvalKinds, chainBody, listChains, setChain } from './chains.js';
import { decideApproval, decisionBody } from './decide.js';
import { approvalListQuery, findApproval, listApprovals, withdrawApproval } from './requests.js';
import { idParams } from '../../shared/schemas.js';

/** 审批: what the rules reserve to the director, the chains that decide them, and each request's course. */
export async function approvalRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['approvals'];
  r.get(
    '/api/approvals',
    {
      config: { access: ['staff', 'leader'] },
      schema: { tags, summary: 'Approval requests: waiting on me, mine, or all', querystring: approvalListQuery },
    },
    (request) => listApprovals(db, callerOf(request), request.query),
  );
  r.get(
    '/api/approvals/:id',
    {
      config: { access: ['staff', 'leader'] },
      schema: { tags, summary: 'One request with its steps and decisions', params: idParams },
    },
    (request) => findApproval(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/approvals/:id/decision',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary:
          'Approve (on to the next step, or into effect) or refuse with the reason; only the current step’s signatory',
        params: idParams,
        body: decisionBody,
      },
    },
    (request) => decideApproval(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/approvals/:id/withdraw',
    {
      config: { access: ['staff'] },
      schema: { tags, summary: 'Take back a request still waiting (the one who asked)', params: idParams },
    },
    async (request) => {
      await withdrawApproval(db, callerOf(request), actorOf(request), request.params.id);
      return { ok: true };
    },
  );
  r.get(
    '/api/approval-chains',
    {
      config: { access: ['staff', 'leader', 'admin'] },
      schema: { tags, summary: 'Who signs each kind of decision, in which order, within how many days' },
    },
    () => listChains(db),
  );
  r.put(
    '/api/approval-chains/:kind',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Set a chain; the last step is a leader’s',
        params: z.object({ kind: z.enum(approvalKinds) }),
        body: chainBody,
      },
    },
    async (request) => {
      await setChain(db, actorOf(request), request.params.kind, request.body);
      return listChains(db);
    },
  );
}
