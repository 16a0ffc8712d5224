import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { xlsxMediaType } from '../../shared/xlsx.js';
import { attachmentHeader } from '../../server/download-name.js';
import { actorOf } from '../audit/audit.service.js';
import type { Report } from './annual.js';
import {
  currentReport,
  narrativeBody,
  reportAction,
  reportActionBody,
  reportVersion,
  reportVersions,
  saveNarrative,
} from './annual-report.js';
import {
  approvalListDocument,
  assessmentNoticeDocument,
  monthlyProgressWorkbook,
  workPlanDocument,
} from './documents.js';
import { type OfficialDocument, officialDocx, reportDocument } from './official-docx.js';
import * as clock from '../../shared/clock.js';
import { annualReportView, reportVersionList, reportView } from './schema.js';

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const documentQuery = yearQuery.extend({ version: z.coerce.number().int().min(1).optional() });
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 报告: documents the bureau writes every year, drafted from the data. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const bureau = config.bureauName;
  const tags = ['reports'];
  const readers = ['staff', 'leader'] as const;
  /** The report a document is made of: a saved version when asked for, else the year's as it stands. */
  const reportFor = (q: z.output<typeof documentQuery>): Promise<Report> =>
    q.version ? reportVersion(db, q.year, q.version) : currentReport(db, q.year, bureau);

  r.get(
    '/api/reports/annual',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary:
          "The year's work summary: figures from the data (each with its metric), staff's narrative, draft or final",
        querystring: yearQuery,
        response: { 200: annualReportView },
      },
    },
    (request) => currentReport(db, request.query.year, bureau),
  );
  r.put(
    '/api/reports/annual/narratives',
    {
      config: { access: ['staff'] },
      schema: {
        tags,
        summary: "Saves one part's narrative paragraphs (a draft only; the version seen is checked)",
        body: narrativeBody,
      },
    },
    (request) => saveNarrative(db, actorOf(request), request.body, bureau),
  );
  r.post(
    '/api/reports/annual/actions',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary: 'finalise (freeze with the figures of now) or reopen (a leader: back to a live draft)',
        body: reportActionBody,
      },
    },
    (request) => reportAction(db, callerOf(request), actorOf(request), request.body, bureau),
  );
  r.get(
    '/api/reports/annual/versions',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary: "The saved versions of a year's summary, newest first",
        querystring: yearQuery,
        response: { 200: reportVersionList },
      },
    },
    (request) => reportVersions(db, request.query.year),
  );
  r.get(
    '/api/reports/annual/versions/:version',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary: 'One saved version, as it read then',
        params: z.object({ version: z.coerce.number().int().min(1) }),
        querystring: yearQuery,
        response: { 200: reportView },
      },
    },
    (request) => reportVersion(db, request.query.year, request.params.version),
  );
  r.get(
    '/api/reports/annual.docx',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary: 'The work summary as a Word document in the GB/T 9704 layout',
        querystring: documentQuery,
      },
    },
    async (request, reply) => {
      const body = await officialDocx(reportDocument(await reportFor(request.query)));
      return reply
        .header('content-type', docxType)
        .header('content-disposition', attachmentHeader(`${request.query.year}年度工作总结.docx`))
        .send(body);
    },
  );
  r.get(
    '/api/reports/annual.pdf',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary:
          'The work summary as PDF, rendered by LibreOffice where the server has it (503 PDF_UNAVAILABLE otherwise)',
        querystring: documentQuery,
      },
    },
    async (request, reply) => {
      const body = await app.toPdf(await officialDocx(reportDocument(await reportFor(request.query))));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentHeader(`${request.query.year}年度工作总结.pdf`))
        .send(body);
    },
  );

  const sendDocx = async (reply: FastifyReply, doc: OfficialDocument) =>
    reply
      .header('content-type', docxType)
      .header('content-disposition', attachmentHeader(`${doc.title}.docx`))
      .send(await officialDocx(doc));

  r.get(
    '/api/reports/work-plan.docx',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary:
          "A year's work plan (工作要点): its indicator system's targets and the measures written in the year before's summary",
        querystring: yearQuery,
      },
    },
    async (request, reply) => sendDocx(reply, await workPlanDocument(db, request.query.year, bureau)),
  );
  r.get(
    '/api/reports/approval-list.docx',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary:
          "A call's approved projects for publicity (立项公示名单), with the publicity period and where to object",
        querystring: z.object({
          call: z.coerce.number().int().positive(),
          from: z.iso.date().optional(),
          days: z.coerce.number().int().min(5).max(30).default(7),
        }),
      },
    },
    async (request, reply) =>
      sendDocx(
        reply,
        await approvalListDocument(db, request.query.call, {
          from: request.query.from ?? clock.today(),
          days: request.query.days,
          bureau,
        }),
      ),
  );
  r.get(
    '/api/reports/assessment-notice.docx',
    {
      config: { access: ['staff', 'leader', 'liaison'] },
      schema: {
        tags,
        summary: "A locked assessment round's result notice (考核结果通知) to one unit; a liaison gets its own unit's",
        querystring: z.object({
          assessment: z.coerce.number().int().positive(),
          letter: z.coerce.number().int().positive(),
        }),
      },
    },
    async (request, reply) =>
      sendDocx(
        reply,
        await assessmentNoticeDocument(db, callerOf(request), {
          roundId: request.query.assessment,
          letterId: request.query.letter,
          bureau,
        }),
      ),
  );
  r.get(
    '/api/reports/monthly-progress.xlsx',
    {
      config: { access: [...readers] },
      schema: {
        tags,
        summary:
          "A section's monthly progress sheet: its letter's indicators at the month's end and its programmes' figures of the year",
        querystring: yearQuery.extend({
          section: z.string().min(1).max(40),
          month: z.coerce.number().int().min(1).max(12),
        }),
      },
    },
    async (request, reply) => {
      const { name, body } = await monthlyProgressWorkbook(
        db,
        request.query.section,
        request.query.year,
        request.query.month,
      );
      return reply
        .header('content-type', xlsxMediaType)
        .header('content-disposition', attachmentHeader(name))
        .send(body);
    },
  );
}
