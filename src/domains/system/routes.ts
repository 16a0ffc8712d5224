import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import * as clock from '../../shared/clock.js';

const healthResponse = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'external']) });
const clockResponse = z.object({ today: z.string(), year: z.number().int(), now: z.string() });

export async function systemRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Liveness and database mode', response: { 200: healthResponse } },
    },
    async () => {
      await app.deps.db.execute(sql`SELECT 1`);
      return { status: 'ok' as const, database: app.deps.databaseKind };
    },
  );
  r.get(
    '/api/clock',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'The business day in Beijing (KEGUAN_TODAY when pinned): the browser\'s "today" and "this year"',
        response: { 200: clockResponse },
      },
    },
    async () => ({ today: clock.today(), year: clock.thisYear(), now: clock.now().toISOString() }),
  );
  r.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
