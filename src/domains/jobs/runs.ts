import type pg from 'pg';
import { errorCatalogue, type ErrorCode, errorMessage, type Language } from '../../server/errors.js';
import type { JobQueue } from './queue.js';

export interface JobRun {
  state: 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  attempts: number;
  /** What the job reported (counts), or its error's message when it failed. */
  output: Record<string, unknown> | null;
}

/**
 * Each job as the admin sees it: its schedule and settings, the latest run and the latest success, and
 * how many runs failed for good in the last 30 days. Read from pg-boss's tables (live and archived jobs).
 */
export async function jobOverview(pool: pg.Pool, queue: JobQueue, language: Language) {
  await queue.start({ work: false });
  const names = queue.definitions.map((d) => d.name);
  const { rows } = await pool.query<{
    name: string;
    state: JobRun['state'];
    created_on: Date;
    started_on: Date | null;
    completed_on: Date | null;
    retry_count: number;
    output: Record<string, unknown> | null;
    kind: 'latest' | 'success';
    failures: number;
  }>(
    `WITH runs AS (
       SELECT name, state::text AS state, created_on, started_on, completed_on, retry_count, output FROM pgboss.job WHERE name = ANY($1)
       UNION ALL
       SELECT name, state::text, created_on, started_on, completed_on, retry_count, output FROM pgboss.archive WHERE name = ANY($1)
     ),
     failures AS (SELECT name, count(*)::int AS failures FROM runs WHERE state = 'failed' AND created_on > now() - interval '30 days' GROUP BY name)
     (SELECT DISTINCT ON (r.name) r.*, 'latest' AS kind, coalesce(f.failures, 0) AS failures FROM runs r LEFT JOIN failures f USING (name) ORDER BY r.name, r.created_on DESC)
     UNION ALL
     (SELECT DISTINCT ON (name) *, 'success', 0 FROM runs WHERE state = 'completed' ORDER BY name, completed_on DESC)`,
    [names],
  );
  const run = (r: (typeof rows)[number]): JobRun => ({
    state: r.state,
    createdAt: r.created_on,
    startedAt: r.started_on,
    completedAt: r.completed_on,
    attempts: r.retry_count + (r.started_on ? 1 : 0),
    output: worded(r.output, language),
  });
  return Promise.all(
    queue.definitions.map(async (d) => {
      const latest = rows.find((r) => r.name === d.name && r.kind === 'latest');
      const success = rows.find((r) => r.name === d.name && r.kind === 'success');
      return {
        name: d.name,
        internal: d.internal ?? false,
        cron: d.cron ?? null,
        settings: (d.cron ? await queue.settings(d.name) : {}) as { keepDays?: number },
        latest: latest ? run(latest) : null,
        lastSuccess: success ? run(success) : null,
        failures: latest?.failures ?? 0,
      };
    }),
  );
}

/** A failure KeGuan named by its error code reads as the code's message, in the admin's language; never a stack. */
function worded(output: Record<string, unknown> | null, language: Language): Record<string, unknown> | null {
  if (!output || !('message' in output)) return output;
  const code =
    typeof output.code === 'string' && output.code in errorCatalogue ? (output.code as ErrorCode) : undefined;
  return { message: code ? errorMessage(code, language) : output.message };
}
