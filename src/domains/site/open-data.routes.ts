import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approvedProjects, figuresYear, keyFigures, licence } from './open-data.js';

const yearValue = z.coerce.number().int().min(2000).max(2100);

/** 开放数据 for machines: the same records and figures the open-data page offers, as JSON. */
export async function openDataRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.deps;
  const openTags = ['open data'];
  r.get(
    '/api/open/projects',
    {
      config: { access: 'public' },
      schema: {
        tags: openTags,
        summary: "A year's approved projects, once announced (CC BY 4.0)",
        querystring: z.object({ year: yearValue }),
      },
    },
    async (request) => ({
      licence,
      source: config.bureauName,
      year: request.query.year,
      items: await approvedProjects(db, request.query.year),
    }),
  );
  r.get(
    '/api/open/figures',
    {
      config: { access: 'public' },
      schema: {
        tags: openTags,
        summary: "A year's key figures (CC BY 4.0)",
        querystring: z.object({ year: yearValue.optional() }),
      },
    },
    async (request) => {
      const year = request.query.year ?? (await figuresYear(db));
      return { licence, source: config.bureauName, year, items: await keyFigures(db, year, 'zh-CN') };
    },
  );
}
