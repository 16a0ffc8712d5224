import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { attachmentHeader } from '../../server/download-name.js';
import { actorOf } from '../audit/audit.service.js';
import { currentSiteProfile } from '../content/site-profile.js';
import { officialDocx } from '../reports/official-docx.js';
import { beijingDay } from '../../shared/clock.js';
import { openGovReport, openGovReportAction, reportInput, saveOpenGovReport } from './report.js';
import { documentHtml, openGovReportDocument } from './report-document.js';
import { storePortalFile } from '../content/files.service.js';
import { createItem } from '../content/items.service.js';
import { letterDocx, letterFileName, letterKinds, lettersOf } from './letters.js';
import { disclosureHandlers as handlers } from './policy.js';
import {
  actOnRequest,
  getRequest,
  listRequests,
  receiveRequest,
  registeredRequest,
  requestActionBody,
  requestListQuery,
} from './requests.service.js';
import { idParams } from '../../shared/schemas.js';
import { requestDetailView, requestListView } from './schema.js';

/** 依申请公开 in the back office: every request, its handling on the statutory clock, and its letters. */
export async function disclosureRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['disclosure'];

  r.get(
    '/api/disclosure/requests',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary: 'Requests for disclosure, open ones first by their statutory day',
        querystring: requestListQuery,
        response: { 200: requestListView },
      },
    },
    (request) => listRequests(db, callerOf(request), request.query),
  );
  r.post(
    '/api/disclosure/requests',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary: 'Register a request received by letter, fax, e-mail or in person, with the day it arrived',
        body: registeredRequest,
      },
    },
    async (request, reply) => {
      const user = callerOf(request);
      const { channel, receivedOn, ...form } = request.body;
      const row = await receiveRequest(db, form, { channel, receivedOn, actor: actorOf(request), staffId: user.id });
      return reply.status(201).send(await getRequest(db, row.id));
    },
  );
  r.get(
    '/api/disclosure/requests/:id',
    {
      config: { access: handlers },
      schema: { tags, summary: 'A request with its history', params: idParams, response: { 200: requestDetailView } },
    },
    (request) => getRequest(db, request.params.id),
  );
  r.post(
    '/api/disclosure/requests/:id/actions',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary:
          'assign, ask_correction, correct, consult, consulted, extend (once, ≤ 20 working days) or answer (with an outcome and its ground)',
        params: idParams,
        body: requestActionBody,
      },
    },
    async (request) => {
      await actOnRequest(db, actorOf(request), callerOf(request), request.params.id, request.body);
      return getRequest(db, request.params.id);
    },
  );
  const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
  r.get(
    '/api/disclosure/reports/:year',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary:
          "The year's 政府信息公开工作年度报告: tables counted from the data, staff's narrative and entries; frozen once final",
        params: yearParams,
      },
    },
    (request) => openGovReport(db, request.params.year),
  );
  r.put(
    '/api/disclosure/reports/:year',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary: 'Save the narrative parts and the figures staff enter (a draft only; the version read is checked)',
        params: yearParams,
        body: reportInput.extend({ version: z.number().int().min(0) }),
      },
    },
    (request) => saveOpenGovReport(db, actorOf(request), callerOf(request), request.params.year, request.body),
  );
  r.post(
    '/api/disclosure/reports/:year/actions',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary: 'finalise (freeze it as it stands, after the year) or reopen (a leader)',
        params: yearParams,
        body: z.object({ action: z.enum(['finalise', 'reopen']), version: z.number().int().min(0) }),
      },
    },
    (request) => openGovReportAction(db, actorOf(request), callerOf(request), request.params.year, request.body),
  );
  r.get(
    '/api/disclosure/reports/:year/docx',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary: 'The annual report as .docx in the national template and the GB/T 9704 layout',
        params: yearParams,
      },
    },
    async (request, reply) => {
      const report = await openGovReport(db, request.params.year);
      const bytes = await officialDocx(
        openGovReportDocument(report, {
          bureau: config.bureauName,
          signedOn: report.finalisedAt ? beijingDay(report.finalisedAt) : undefined,
        }),
      );
      return reply
        .header('content-disposition', attachmentHeader(`${request.params.year}年政府信息公开工作年度报告.docx`))
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .send(bytes);
    },
  );
  r.post(
    '/api/disclosure/reports/:year/publication',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary:
          'Make the final report a draft item of 政府信息公开—年度报告 (its .docx attached), for review and publication',
        params: yearParams,
      },
    },
    async (request, reply) => {
      const report = await openGovReport(db, request.params.year);
      if (report.status !== 'final') throw new AppError('OPEN_GOV_REPORT_NOT_FINAL');
      const user = callerOf(request);
      const actor = actorOf(request);
      const doc = openGovReportDocument(report, {
        bureau: config.bureauName,
        signedOn: report.finalisedAt ? beijingDay(report.finalisedAt) : undefined,
      });
      const file = await storePortalFile(db, app.deps.storage, {
        user,
        actor,
        fileName: `${doc.title}.docx`,
        bytes: await officialDocx(doc),
      });
      const item = await createItem(db, user, actor, {
        column: 'open-gov',
        openGovCategory: 'annual_report',
        topic: 'general',
        title: doc.title,
        source: config.bureauName,
        bodyHtml: documentHtml(doc),
        attachments: [file.id],
      });
      return reply.status(201).send({ id: item.id });
    },
  );
  r.get(
    '/api/disclosure/requests/:id/letters/:kind',
    {
      config: { access: handlers },
      schema: {
        tags,
        summary: 'A letter of the request as .docx (correction, extension, reply), once the act it records is done',
        params: idParams.extend({ kind: z.enum(letterKinds) }),
      },
    },
    async (request, reply) => {
      const row = await getRequest(db, request.params.id);
      if (!lettersOf(row).includes(request.params.kind)) throw new AppError('NOT_FOUND');
      const bytes = await letterDocx(request.params.kind, row, {
        bureau: config.bureauName,
        phone: currentSiteProfile(db).phone || undefined,
      });
      return reply
        .header('content-disposition', attachmentHeader(letterFileName(request.params.kind, row.code)))
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .send(bytes);
    },
  );
}
