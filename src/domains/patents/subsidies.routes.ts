import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importRoutes } from '../imports/http.js';
import type { Importer } from '../imports/importer.js';
import { callerOf } from '../../server/access.js';
import { languageOf } from '../../server/errors.js';
import { writeXlsx, xlsxMediaType } from '../../shared/xlsx.js';
import { attachmentHeader } from '../../server/download-name.js';
import { en } from '../../shared/locales/en.js';
import { zhCN } from '../../shared/locales/zh-CN.js';
import { actorOf } from '../audit/audit.service.js';
import { canReadPatents } from './policy.js';
import { claimImporter } from './claim-import.js';
import {
  batchBody,
  createBatch,
  excludeBody,
  excludeClaim,
  listBatches,
  paymentBody,
  paymentColumns,
  paymentRows,
  requestPayment,
} from './batches.js';
import {
  claimListQuery,
  claimsForExport,
  claimSubsidy,
  decideClaim,
  findClaim,
  listClaims,
  ratesBody,
  setSubsidyRates,
  subsidyPolicy,
  subsidyRates,
  subsidyStages,
} from './subsidies.js';
import { idParams } from '../../shared/schemas.js';

/** 专利资助: yearly rates, claims by applicants, decisions and payment batches by staff. */
export async function subsidyRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['patent subsidies'];

  r.get(
    '/api/patent-subsidies/rates',
    {
      config: { access: canReadPatents },
      schema: {
        tags,
        summary: "A year's subsidy rates by type and stage, its claim window and deciding section",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (request) => ({
      year: request.query.year,
      items: await subsidyRates(db, request.query.year),
      ...(await subsidyPolicy(db, request.query.year)),
    }),
  );
  r.put(
    '/api/patent-subsidies/rates',
    {
      config: { access: ['staff'] },
      schema: { tags, summary: "Set a year's subsidy rates, claim window and deciding section", body: ratesBody },
    },
    async (request) => ({
      year: request.body.year,
      items: await setSubsidyRates(db, actorOf(request), request.body),
      ...(await subsidyPolicy(db, request.body.year)),
    }),
  );
  r.get(
    '/api/patent-subsidies',
    {
      config: { access: canReadPatents },
      schema: { tags, summary: 'Subsidy claims, with their total', querystring: claimListQuery },
    },
    (request) => listClaims(db, callerOf(request), request.query),
  );
  r.get(
    '/api/patent-subsidies/export',
    {
      config: { access: canReadPatents },
      schema: {
        tags,
        summary: 'The filtered claims as .xlsx',
        querystring: claimListQuery.extend({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (request, reply) => {
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const { patent, subsidy } = language === 'en' ? en : zhCN;
      const rows = await claimsForExport(db, callerOf(request), request.query);
      const body = await writeXlsx({
        sheetName: subsidy.title,
        columns: [
          { header: patent.applicationNumber, width: 18, value: (c: (typeof rows)[number]) => c.applicationNumber },
          { header: patent.title, width: 40, value: (c) => c.patentTitle },
          { header: patent.type, width: 12, value: (c) => patent.types[c.patentType] },
          { header: subsidy.stage, width: 10, value: (c) => subsidy.stages[c.stage] },
          { header: subsidy.org, width: 32, value: (c) => c.orgName },
          { header: subsidy.amount, width: 14, value: (c) => c.amount },
          { header: subsidy.state, width: 10, value: (c) => subsidy.states[c.state] },
          { header: subsidy.reason, width: 30, value: (c) => c.reason },
        ],
        rows,
      });
      return reply
        .header('content-type', xlsxMediaType)
        .header('content-disposition', attachmentHeader(`${subsidy.title}.xlsx`))
        .send(body);
    },
  );
  r.post(
    '/api/patent-subsidies',
    {
      config: { access: ['applicant', 'staff'] },
      schema: {
        tags,
        summary: 'Claim the subsidy for a patent at a stage (filed or granted)',
        body: z.object({ patentId: z.number().int().positive(), stage: z.enum(subsidyStages) }),
        response: { 201: z.object({ id: z.number().int(), amount: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await claimSubsidy(db, callerOf(request), actorOf(request), request.body)),
  );
  importRoutes(app, {
    url: '/api/patent-subsidies/import',
    importer: claimImporter as unknown as Importer<never, never>,
    access: ['staff'],
    tags,
    what: 'an earlier subsidy ledger',
    title: '专利资助',
  });
  r.get(
    '/api/patent-subsidies/:id',
    { config: { access: canReadPatents }, schema: { tags, summary: 'One subsidy claim', params: idParams } },
    (request) => findClaim(db, callerOf(request), request.params.id),
  );
  r.post(
    '/api/patent-subsidies/:id/decision',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Approve a claim, or refuse it with the reason',
        params: idParams,
        body: z.object({ approve: z.boolean(), reason: z.string().trim().max(500).optional() }),
      },
    },
    async (request) => {
      await decideClaim(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
  r.get(
    '/api/patent-subsidies/batches',
    { config: { access: ['staff', 'leader'] }, schema: { tags, summary: 'Payment batches' } },
    async () => ({ items: await listBatches(db) }),
  );
  r.get(
    '/api/patent-subsidies/batches/export',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary: 'Payment batches as .xlsx',
        querystring: z.object({ lang: z.enum(['zh-CN', 'en']).optional() }),
      },
    },
    async (request, reply) => {
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const { project, funding, subsidy } = language === 'en' ? en : zhCN;
      const rows = await listBatches(db);
      const body = await writeXlsx({
        sheetName: subsidy.batches,
        columns: [
          { header: subsidy.batchTitle, width: 36, value: (b: (typeof rows)[number]) => b.title },
          { header: project.docNo, width: 24, value: (b) => b.docNo },
          { header: funding.paidOn, width: 14, value: (b) => b.paidOn },
          { header: subsidy.claimCount, width: 10, value: (b) => b.claims },
          { header: `${subsidy.total}（${project.yuan}）`, width: 16, value: (b) => b.total },
        ],
        rows,
      });
      return reply
        .header('content-type', xlsxMediaType)
        .header('content-disposition', attachmentHeader(`${subsidy.batches}.xlsx`))
        .send(body);
    },
  );
  r.post(
    '/api/patent-subsidies/batches',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary:
          'List approved claims for publicity (拟资助名单); paid after the publicity and the director’s approval',
        body: batchBody,
        response: {
          201: z.object({
            id: z.number().int(),
            state: z.literal('publicity'),
            total: z.string(),
            claims: z.number().int(),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createBatch(db, callerOf(request), actorOf(request), request.body)),
  );
  r.post(
    '/api/patent-subsidies/batches/:id/exclude',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Take a claim off a list not yet paid (an objection upheld), refused with the reason',
        params: idParams,
        body: excludeBody,
      },
    },
    async (request) => {
      await excludeClaim(db, callerOf(request), actorOf(request), request.params.id, request.body);
      return { ok: true };
    },
  );
  r.post(
    '/api/patent-subsidies/batches/:id/payment',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: 'Put the payment up for approval once the publicity is over and objections answered',
        params: idParams,
        body: paymentBody,
        response: { 202: z.object({ pendingApproval: z.number().int() }) },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await requestPayment(db, callerOf(request), actorOf(request), request.params.id, request.body)),
  );
  r.get(
    '/api/patent-subsidies/batches/:id/payment.xlsx',
    {
      config: { access: ['staff', 'leader'] },
      schema: {
        tags,
        summary: '拨付清单 for the finance office: payee, bank, account, patent and amount',
        params: idParams,
      },
    },
    async (request, reply) => {
      const { batch, rows } = await paymentRows(db, request.params.id);
      const numbered = rows.map((r, i) => ({ ...r, index: i + 1 }));
      const body = await writeXlsx({ sheetName: '拨付清单', columns: paymentColumns(), rows: numbered });
      return reply
        .header('content-type', xlsxMediaType)
        .header('content-disposition', attachmentHeader(`${batch.title}拨付清单.xlsx`))
        .send(body);
    },
  );
}
