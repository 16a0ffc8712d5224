import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit.service.js';
import { assignMissingIndexNumbers } from '../content/catalogue.js';
import { contentEditors as editors } from '../content/policy.js';
import { readSiteProfile, saveSiteProfile, siteProfileBody } from '../content/site-profile.js';
import { websiteReport, websiteReportRows } from './report.js';
import { writeXlsx, xlsxMediaType } from '../../shared/xlsx.js';
import { attachmentHeader } from '../../server/download-name.js';

/** 网站管理: what the site says about itself. */
export async function websiteRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const tags = ['website'];

  r.get(
    '/api/website/profile',
    {
      config: { access: editors },
      schema: { tags, summary: "The site's identifiers, sponsor and contact, as the footer shows them" },
    },
    () => readSiteProfile(db),
  );
  r.get(
    '/api/website/reports/:year',
    {
      config: { access: editors },
      schema: {
        tags,
        summary:
          "政府网站工作年度报表: the site's year counted by the site — items, columns, interpretations, services, messages, consultations, visits",
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    (request) => websiteReport(db, request.params.year),
  );
  r.get(
    '/api/website/reports/:year/xlsx',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "The website annual report as a workbook, item by item in the national form's words",
        params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (request, reply) => {
      const report = await websiteReport(db, request.params.year);
      const origin = config.publicUrl ?? `${request.protocol}://${request.host}`;
      const rows = websiteReportRows(report, { siteName: `${config.bureauName}科技网`, origin });
      const body = await writeXlsx({
        sheetName: `${request.params.year}年政府网站工作年度报表`,
        columns: [
          { header: '类别', width: 22, value: (r: (typeof rows)[number]) => r.section },
          { header: '指标', width: 44, value: (r: (typeof rows)[number]) => r.item },
          { header: '数值', width: 36, value: (r: (typeof rows)[number]) => r.value },
        ],
        rows,
      });
      return reply
        .header('content-disposition', attachmentHeader(`${request.params.year}年政府网站工作年度报表.xlsx`))
        .type(xlsxMediaType)
        .send(body);
    },
  );
  r.put(
    '/api/website/profile',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "Save the site's identifiers, sponsor and contact over the version read (409 STALE_VERSION otherwise)",
        body: siteProfileBody.extend({ version: z.number().int().min(0) }),
      },
    },
    async (request) => {
      const saved = await saveSiteProfile(db, actorOf(request), request.body);
      // Items published before the unit code was set get their index numbers now.
      await assignMissingIndexNumbers(db);
      return saved;
    },
  );
}
