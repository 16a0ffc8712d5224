import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentHeader } from '../../shared/xlsx.js';
import { annualSummary } from './annual.js';
import { officialDocx } from './official-docx.js';

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 报告: documents the bureau writes every year, drafted from the data. */
export async function reportRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['reports'];
  r.get('/api/reports/annual', { config: { access: ['staff', 'leader'] }, schema: { tags, summary: "The year's work summary drafted from the data, each figure with the metric it came from", querystring: yearQuery } }, (request) =>
    annualSummary(db, request.query.year),
  );
  r.get('/api/reports/annual.docx', { config: { access: ['staff', 'leader'] }, schema: { tags, summary: 'The work summary as a Word document in the GB/T 9704 layout', querystring: yearQuery } }, async (request, reply) => {
    const body = await officialDocx(await annualSummary(db, request.query.year));
    return reply.header('content-type', docxType).header('content-disposition', attachmentHeader(`${request.query.year}年度工作总结.docx`)).send(body);
  });
}
