import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Access, callerOf, type SessionUser } from '../../server/access.js';
import { AppError, languageOf } from '../../server/errors.js';
import {
  catalogue,
  findMetric,
  type MetricQuery,
  metricQuery,
  metricRows,
  metricSeries,
  metricValue,
} from './metrics.service.js';
import { subjects } from './subjects.js';
import { dataYears } from './years.js';
import { paging } from '../../shared/schemas.js';

/** Figures are the bureau's; a liaison sees its own unit's. */
const canReadMetrics: Access = ['staff', 'leader', 'liaison'];
const keyParams = z.object({ key: z.string().max(60) });

/**
 * A liaison's figures are its jurisdiction's; asking for another jurisdiction's is asking for something out of
 * its scope, which answers 404 like every record out of scope (never its own figure under another name).
 * A figure with no jurisdiction is not its to see.
 */
function scoped(user: SessionUser, key: string, q: MetricQuery): MetricQuery {
  if (user.role !== 'liaison') return q;
  if (!('jurisdiction' in subjects[findMetric(key).subject].columns)) throw new AppError('FORBIDDEN');
  const own = user.jurisdictionCode ?? '';
  if (
    q.jurisdiction !== undefined &&
    q.jurisdiction !== '' &&
    q.jurisdiction.split(',').some((code) => code.trim() !== own)
  )
    throw new AppError('NOT_FOUND');
  return { ...q, jurisdiction: own };
}

export async function metricRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Dashboards read: a replica serves them when there is one.
  const db = app.deps.readDb;
  const tags = ['metrics'];
  r.get(
    '/api/metrics',
    {
      config: { access: canReadMetrics },
      schema: { tags, summary: 'The catalogue of metrics (指标口径) with the filters each takes' },
    },
    async (request) => ({ items: catalogue(languageOf(request.headers['accept-language'])) }),
  );
  r.get(
    '/api/metrics/years',
    {
      config: { access: canReadMetrics },
      schema: {
        tags,
        summary: 'The years that have data, newest first, with the current and the last complete year',
        response: {
          200: z.object({
            items: z.array(z.number().int()),
            current: z.number().int(),
            lastComplete: z.number().int(),
          }),
        },
      },
    },
    () => dataYears(db),
  );
  r.get(
    '/api/metrics/:key',
    {
      config: { access: canReadMetrics },
      schema: {
        tags,
        summary: 'A figure, narrowed by year, period, jurisdiction, organisation, section …',
        params: keyParams,
        querystring: metricQuery,
      },
    },
    (request) => metricValue(db, request.params.key, scoped(callerOf(request), request.params.key, request.query)),
  );
  r.get(
    '/api/metrics/:key/months',
    {
      config: { access: canReadMetrics },
      schema: {
        tags,
        summary: "A figure month by month through a year (each month's own)",
        params: keyParams,
        querystring: metricQuery.extend({ year: z.coerce.number().int().min(1980).max(2100) }),
      },
    },
    (request) =>
      metricSeries(db, request.params.key, {
        ...scoped(callerOf(request), request.params.key, request.query),
        year: request.query.year,
      }),
  );
  r.get(
    '/api/metrics/:key/rows',
    {
      config: { access: canReadMetrics },
      schema: {
        tags,
        summary: 'The rows behind a figure (for a count, total equals the value)',
        params: keyParams,
        querystring: metricQuery.extend(paging()),
      },
    },
    (request) => {
      const { page, pageSize, ...q } = request.query;
      return metricRows(db, request.params.key, {
        ...scoped(callerOf(request), request.params.key, q),
        page,
        pageSize,
      });
    },
  );
}
