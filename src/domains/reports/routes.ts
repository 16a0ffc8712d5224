import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { attachmentHeader } from '../../shared/xlsx.js';
import { actorOf } from '../audit/audit.service.js';
import type { Report } from './annual.js';
import { currentReport, narrativeBody, reportAction, reportActionBody, reportVersion, reportVersions, saveNarrative } from './annual-report.js';
import { officialDocx, reportDocument } from './official-docx.js';
import { docxToPdf } from './pdf.js';

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const documentQuery = yearQuery.extend({ version: z.coerce.number().int().min(1).optional() });
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 报告: documents the bureau writes every year, drafted from the data. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['reports'];
  const bureau = ['staff', 'leader'] as const;
  /** The report a document is made of: a saved version when asked for, else the year's as it stands. */
  const reportFor = (q: z.output<typeof documentQuery>): Promise<Report> => (q.version ? reportVersion(db, q.year, q.version) : currentReport(db, q.year));

  r.get(
    '/api/reports/annual',
    { config: { access: [...bureau] }, schema: { tags, summary: "The year's work summary: figures from the data (each with its metric), staff's narrative, draft or final", querystring: yearQuery } },
    (request) => currentReport(db, request.query.year),
  );
  r.put(
    '/api/reports/annual/narratives',
    { config: { access: ['staff'] }, schema: { tags, summary: "Saves one part's narrative paragraphs (a draft only; the version seen is checked)", body: narrativeBody } },
    (request) => saveNarrative(db, actorOf(request), request.body),
  );
  r.post(
    '/api/reports/annual/actions',
    { config: { access: [...bureau] }, schema: { tags, summary: 'finalise (freeze with the figures of now) or reopen (a leader: back to a live draft)', body: reportActionBody } },
    (request) => reportAction(db, callerOf(request), actorOf(request), request.body),
  );
  r.get('/api/reports/annual/versions', { config: { access: [...bureau] }, schema: { tags, summary: "The saved versions of a year's summary, newest first", querystring: yearQuery } }, (request) =>
    reportVersions(db, request.query.year),
  );
  r.get(
    '/api/reports/annual/versions/:version',
    { config: { access: [...bureau] }, schema: { tags, summary: 'One saved version, as it read then', params: z.object({ version: z.coerce.number().int().min(1) }), querystring: yearQuery } },
    (request) => reportVersion(db, request.query.year, request.params.version),
  );
  r.get('/api/reports/annual.docx', { config: { access: [...bureau] }, schema: { tags, summary: 'The work summary as a Word document in the GB/T 9704 layout', querystring: documentQuery } }, async (request, reply) => {
    const body = await officialDocx(reportDocument(await reportFor(request.query)));
    return reply.header('content-type', docxType).header('content-disposition', attachmentHeader(`${request.query.year}年度工作总结.docx`)).send(body);
  });
  r.get(
    '/api/reports/annual.pdf',
    { config: { access: [...bureau] }, schema: { tags, summary: 'The work summary as PDF, rendered by LibreOffice where the server has it (503 PDF_UNAVAILABLE otherwise)', querystring: documentQuery } },
    async (request, reply) => {
      const body = await docxToPdf(await officialDocx(reportDocument(await reportFor(request.query))));
      return reply.header('content-type', 'application/pdf').header('content-disposition', attachmentHeader(`${request.query.year}年度工作总结.pdf`)).send(body);
    },
  );
}
