import PgBoss from 'pg-boss';
import type pg from 'pg';

/**
 * Background work on PostgreSQL through pg-boss: every instance on one database runs the same schedules and
 * workers, and each job runs once (pg-boss takes a job with SKIP LOCKED, and a schedule's minute with a
 * singleton key). A job that throws is retried with backoff; one that keeps failing stays `failed`, logged
 * and shown to the admin.
 */
export interface JobDefinition {
  name: string;
  /** Cron in Beijing time; absent for a job that only runs when asked. */
  cron?: string;
  /** The schedule's data when it is first made; an admin's later change of it is kept across restarts. */
  defaults?: Record<string, unknown>;
  retryLimit?: number;
  /** How long before a retry (doubling each time); the queue's default otherwise. */
  retryDelaySeconds?: number;
  /** How often an idle worker looks for work; the queue's default otherwise. Someone waiting wants it short. */
  pollingIntervalSeconds?: number;
  /** Sent by KeGuan itself with the data it needs (a document to convert): the admin sees its runs but cannot start one. */
  internal?: boolean;
  /** The work; what it returns is kept as the run's result. */
  run(data: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export interface JobLog {
  info(o: object, message: string): void;
  error(o: object, message: string): void;
}

export interface JobQueue {
  readonly definitions: readonly JobDefinition[];
  /** Starts the queue; with `work`, also this instance's workers and schedules. */
  start(o: { work: boolean }): Promise<void>;
  /** Whether this instance runs workers (`keguan serve`), so that what it sends is taken up. */
  working(): boolean;
  stop(): Promise<void>;
  /** Queues one run now; its id. */
  runNow(name: string, data?: Record<string, unknown>): Promise<string>;
  /** The schedule's data (e.g. how many days backups are kept). */
  settings(name: string): Promise<Record<string, unknown>>;
  changeSettings(name: string, data: Record<string, unknown>): Promise<void>;
  boss: PgBoss;
}

export const timeZone = 'Asia/Shanghai';

export function createJobQueue(
  pool: pg.Pool,
  definitions: readonly JobDefinition[],
  o: { log: JobLog; pollingIntervalSeconds?: number; retryDelaySeconds?: number },
): JobQueue {
  let mode: 'stopped' | 'queue' | 'work' = 'stopped';
  let starting: Promise<void> | undefined;
  const boss = new PgBoss({
    db: { executeSql: (text: string, values: unknown[]) => pool.query(text, values) },
    schema: 'pgboss',
    // Completed runs are kept a month, so the admin sees when each job last ran.
    deleteAfterDays: 30,
  });
  boss.on('error', (error) => o.log.error({ err: error }, 'job queue error'));
  const find = (name: string) => {
    const definition = definitions.find((d) => d.name === name);
    if (!definition) throw new Error(`no job named ${name}`);
    return definition;
  };
  const scheduleOf = async (name: string) => (await boss.getSchedules()).find((s) => s.name === name);

  async function start(options: { work: boolean }) {
    if (mode === 'work' || (mode === 'queue' && !options.work)) return;
    if (!starting) starting = boss.start().then(() => undefined);
    await starting;
    for (const d of definitions) {
      await boss.createQueue(d.name, {
        name: d.name,
        retryLimit: d.retryLimit ?? 2,
        retryDelay: d.retryDelaySeconds ?? o.retryDelaySeconds ?? 60,
        retryBackoff: true,
        expireInSeconds: 3600,
      });
    }
    mode = 'queue';
    if (!options.work) return;
    for (const d of definitions) {
      if (d.cron)
        await boss.schedule(d.name, d.cron, (await scheduleOf(d.name))?.data ?? d.defaults ?? {}, { tz: timeZone });
      await boss.work<Record<string, unknown>>(
        d.name,
        { pollingIntervalSeconds: d.pollingIntervalSeconds ?? o.pollingIntervalSeconds ?? 2, includeMetadata: true },
        async ([job]) => {
          if (!job) return {};
          const started = Date.now();
          try {
            const result = await d.run(job.data ?? {});
            o.log.info({ job: d.name, ms: Date.now() - started, result }, 'job done');
            return result;
          } catch (error) {
            const lastTry = job.retryCount >= job.retryLimit;
            o.log.error(
              { job: d.name, attempt: job.retryCount + 1, err: error },
              lastTry ? 'job failed for good' : 'job failed; it will be retried',
            );
            throw error;
          }
        },
      );
    }
    mode = 'work';
  }

  return {
    definitions,
    boss,
    start,
    working: () => mode === 'work',
    async stop() {
      if (mode === 'stopped') return;
      mode = 'stopped';
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
    },
    async runNow(name, data) {
      const definition = find(name);
      await start({ work: false });
      const id = await boss.send(definition.name, {
        ...((await scheduleOf(name))?.data ?? definition.defaults ?? {}),
        ...data,
      });
      if (!id) throw new Error(`job ${name} was not queued`);
      return id;
    },
    async settings(name) {
      const definition = find(name);
      await start({ work: false });
      return { ...(definition.defaults ?? {}), ...((await scheduleOf(name))?.data ?? {}) };
    },
    async changeSettings(name, data) {
      const definition = find(name);
      await start({ work: false });
      if (!definition.cron) throw new Error(`job ${name} has no schedule`);
      await boss.schedule(
        name,
        definition.cron,
        { ...(definition.defaults ?? {}), ...((await scheduleOf(name))?.data ?? {}), ...data },
        { tz: timeZone },
      );
    },
  };
}
