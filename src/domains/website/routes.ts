import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit.service.js';
import { assignMissingIndexNumbers } from '../portal/catalogue.js';
import { contentEditors as editors } from '../portal/policy.js';
import { readSiteProfile, saveSiteProfile, siteProfileBody } from './profile.js';
import { websiteReport } from './report.js';

/** 网站管理: what the site says about itself. */
export async function websiteRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['website'];

  r.get('/api/website/profile', { config: { access: editors }, schema: { tags, summary: "The site's identifiers, sponsor and contact, as the footer shows them" } }, () => readSiteProfile(db));
  r.get(
    '/api/website/reports/:year',
    { config: { access: editors }, schema: { tags, summary: "政府网站工作年度报表: the site's year counted by the site — items, columns, interpretations, services, messages, consultations, visits", params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) } },
    (request) => websiteReport(db, request.params.year),
  );
  r.put(
    '/api/website/profile',
    { config: { access: editors }, schema: { tags, summary: "Save the site's identifiers, sponsor and contact over the version read (409 STALE_VERSION otherwise)", body: siteProfileBody.extend({ version: z.number().int().min(0) }) } },
    async (request) => {
      const saved = await saveSiteProfile(db, actorOf(request), request.body);
      // Items published before the unit code was set get their index numbers now.
      await assignMissingIndexNumbers(db);
      return saved;
    },
  );
}
