import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { AppError, languageOf } from '../../server/errors.js';
import { actorOf, recordAudit } from '../audit/audit.service.js';
import type { JobQueue } from './queue.js';
import { jobOverview } from './runs.js';

const tags = ['jobs'];
const admin = ['admin'] as const;
const run = z.object({
  state: z.enum(['created', 'retry', 'active', 'completed', 'cancelled', 'failed']),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  attempts: z.number().int(),
  output: z.record(z.string(), z.unknown()).nullable(),
});
const job = z.object({
  name: z.string(),
  /** Started by KeGuan itself when needed (PDF conversions): shown, not run by hand. */
  internal: z.boolean(),
  cron: z.string().nullable(),
  /** What the admin may set: the nightly backup's days kept. */
  settings: z.object({ keepDays: z.number().int().optional() }),
  latest: run.nullable(),
  lastSuccess: run.nullable(),
  failures: z.number().int(),
});
const nameParams = z.object({ name: z.string().max(40) });

/** The admin's view of background work: what runs when, how it last went, run one now, keep backups so long. */
export async function jobRoutes(app: FastifyInstance, o: { queue: JobQueue }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, pool } = app.deps;
  const known = (name: string) => {
    if (!o.queue.definitions.some((d) => d.name === name)) throw new AppError('NOT_FOUND');
  };

  r.get(
    '/api/system/jobs',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Background jobs: schedule, settings, latest run, latest success, failures in 30 days',
        response: { 200: z.object({ items: z.array(job) }) },
      },
    },
    async (request) => ({ items: await jobOverview(pool, o.queue, languageOf(request.headers['accept-language'])) }),
  );

  r.post(
    '/api/system/jobs/:name/run',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'Run a job now (on whichever instance takes it first)',
        params: nameParams,
        response: { 202: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      known(request.params.name);
      if (o.queue.definitions.find((d) => d.name === request.params.name)?.internal) throw new AppError('JOB_INTERNAL');
      const id = await o.queue.runNow(request.params.name);
      await recordAudit(db, actorOf(request), {
        action: 'job.run',
        entityType: 'job',
        entityId: request.params.name,
        after: { id, by: callerOf(request).username },
      });
      return reply.status(202).send({ id });
    },
  );

  r.put(
    '/api/system/jobs/nightly-backup/settings',
    {
      config: { access: admin },
      schema: {
        tags,
        summary: 'How many days nightly backups are kept',
        body: z.object({ keepDays: z.number().int().min(1).max(3650) }),
        response: { 200: z.object({ keepDays: z.number().int() }) },
      },
    },
    async (request) => {
      const before = await o.queue.settings('nightly-backup');
      await o.queue.changeSettings('nightly-backup', { keepDays: request.body.keepDays });
      await recordAudit(db, actorOf(request), {
        action: 'job.settings',
        entityType: 'job',
        entityId: 'nightly-backup',
        before,
        after: request.body,
      });
      return { keepDays: request.body.keepDays };
    },
  );
}
