import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callerOf } from '../../server/access.js';
import { visibleFirst } from '../../server/visible-first.js';
import { languageOf } from '../../server/errors.js';
import { writeXlsx, xlsxMediaType } from '../../shared/xlsx.js';
import { attachmentHeader } from '../../server/download-name.js';
import { actorOf } from '../audit/audit.service.js';
import { orgExportColumns } from './export.js';
import {
  createOrg,
  getOrg,
  getOrgDetail,
  listOrgs,
  mergeOrg,
  orgStats,
  orgsForExport,
  setOrgStatus,
  updateOrg,
} from './orgs.service.js';
import {
  canChangeOrgStatus,
  canCreateOrgs,
  canExportOrgs,
  canMergeOrgs,
  canReadOrgs,
  canUpdateOrgs,
} from './policy.js';
import {
  org,
  orgCreateBody,
  orgDetail,
  orgExportQuery,
  orgList,
  orgListQuery,
  orgMergeBody,
  orgMerged,
  orgStatsResponse,
  orgUpdateBody,
} from './schema.js';
import * as clock from '../../shared/clock.js';
import { figures, figuresBody, figuresYearParams, listFigures, saveFigures } from './figures.js';
import { z } from 'zod';
import { idParams } from '../../shared/schemas.js';

export async function orgRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['orgs'];
  const preValidation = visibleFirst((request, id) => getOrg(db, callerOf(request), id));

  r.get(
    '/api/orgs',
    {
      config: { access: canReadOrgs },
      schema: {
        tags,
        summary: 'List organisations (search any Chinese substring with q)',
        querystring: orgListQuery,
        response: { 200: orgList },
      },
    },
    (request) => listOrgs(db, callerOf(request), request.query),
  );

  r.get(
    '/api/orgs/stats',
    {
      config: { access: canReadOrgs },
      schema: {
        tags,
        summary: 'Counts by jurisdiction, type and status, for dashboards',
        response: { 200: orgStatsResponse },
      },
    },
    (request) => orgStats(db, callerOf(request)),
  );

  r.get(
    '/api/orgs/export',
    {
      config: { access: canExportOrgs },
      schema: { tags, summary: 'The filtered list as .xlsx', querystring: orgExportQuery },
    },
    async (request, reply) => {
      const language = request.query.lang ?? languageOf(request.headers['accept-language']);
      const body = await writeXlsx({
        sheetName: language === 'en' ? 'Organisations' : '单位名录',
        columns: orgExportColumns(language),
        rows: orgsForExport(db, callerOf(request), request.query),
      });
      const date = clock.today();
      return reply
        .header('content-type', xlsxMediaType)
        .header(
          'content-disposition',
          attachmentHeader(`${language === 'en' ? 'organisations' : '单位名录'}-${date}.xlsx`),
        )
        .send(body);
    },
  );

  r.post(
    '/api/orgs',
    {
      config: { access: canCreateOrgs },
      schema: { tags, summary: 'Register an organisation', body: orgCreateBody, response: { 201: org } },
    },
    async (request, reply) => {
      const created = await db.transaction((tx) => createOrg(tx, actorOf(request), request.body));
      const detail = await getOrgDetail(db, callerOf(request), created.id);
      return reply.status(201).send(detail);
    },
  );

  r.get(
    '/api/orgs/:id',
    {
      config: { access: canReadOrgs },
      schema: { tags, summary: 'One organisation', params: idParams, response: { 200: orgDetail } },
    },
    (request) => getOrgDetail(db, callerOf(request), request.params.id),
  );

  r.patch(
    '/api/orgs/:id',
    {
      preValidation,
      config: { access: canUpdateOrgs },
      schema: {
        tags,
        summary: 'Edit an organisation (send version to detect concurrent edits)',
        params: idParams,
        body: orgUpdateBody,
        response: { 200: org },
      },
    },
    (request) => updateOrg(db, callerOf(request), actorOf(request), request.params.id, request.body),
  );

  r.post(
    '/api/orgs/:id/merge',
    {
      config: { access: canMergeOrgs },
      schema: {
        tags,
        summary: 'Merge this duplicate into another organisation',
        params: idParams,
        body: orgMergeBody,
        response: { 200: orgMerged },
      },
    },
    (request) => mergeOrg(db, callerOf(request), actorOf(request), request.params.id, request.body.intoId),
  );

  r.post(
    '/api/orgs/:id/deactivate',
    {
      config: { access: canChangeOrgStatus },
      schema: { tags, summary: 'Deactivate (注销)', params: idParams, response: { 200: org } },
    },
    (request) => setOrgStatus(db, callerOf(request), actorOf(request), request.params.id, 'inactive'),
  );

  r.post(
    '/api/orgs/:id/activate',
    {
      config: { access: canChangeOrgStatus },
      schema: { tags, summary: 'Reactivate', params: idParams, response: { 200: org } },
    },
    (request) => setOrgStatus(db, callerOf(request), actorOf(request), request.params.id, 'active'),
  );

  r.get(
    '/api/orgs/:id/figures',
    {
      config: { access: canReadOrgs },
      schema: {
        tags,
        summary: '年度经营数据: revenue, R&D spending and staff by year, latest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(figures) }) },
      },
    },
    (request) => listFigures(db, callerOf(request), request.params.id),
  );
  r.put(
    '/api/orgs/:id/figures/:year',
    {
      preValidation,
      config: { access: canUpdateOrgs },
      schema: {
        tags,
        summary: "Record a past year's figures (营业收入, 研发投入, 职工人数, 研发人员)",
        params: figuresYearParams,
        body: figuresBody,
        response: { 200: figures },
      },
    },
    (request) =>
      saveFigures(
        db,
        callerOf(request),
        actorOf(request),
        request.params.id,
        request.params.year,
        Number(clock.today().slice(0, 4)),
        request.body,
      ),
  );
}
