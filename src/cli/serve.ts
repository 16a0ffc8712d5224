import { keguanJobs } from '../server/jobs.js';
import { createJobQueue } from '../domains/jobs/queue.js';
import { warmCockpit } from '../domains/targets/figures.js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openRuntime } from '../server/runtime.js';
import { buildWebIfStale } from './web-build.js';
import { isDatabaseEmpty, seedDemo } from '../domains/demo/seed.js';
import { printDemoAccounts } from './commands.js';
import { say } from './output.js';

export async function buildCommand(): Promise<void> {
  await buildWebIfStale(say);
}

/** `keguan serve` (and `npm start`): build what is stale, open the database, seed an empty one, listen. */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  await buildWebIfStale(say);
  const runtime = await openRuntime(config, say);
  try {
    let seeded: Awaited<ReturnType<typeof seedDemo>> | undefined;
    if (config.seedDemo && (await isDatabaseEmpty(runtime.db))) {
      say('Loading the demo city…');
      seeded = await seedDemo(runtime.db, { password: config.demoPassword, storage: runtime.storage });
    }
    const jobLog = {
      info: (o: object, m: string) => app.log.info(o, m),
      error: (o: object, m: string) => app.log.error(o, m),
    };
    const jobs = createJobQueue(
      runtime.pool,
      keguanJobs({
        db: runtime.db,
        pool: runtime.pool,
        storage: runtime.storage,
        dataDir: config.dataDir,
        backupKeepDays: config.backupKeepDays,
      }),
      { log: jobLog },
    );
    const app = await buildApp({
      config,
      db: runtime.db,
      readDb: runtime.readDb,
      pool: runtime.pool,
      databaseKind: runtime.target.kind,
      storage: runtime.storage,
      serveWeb: true,
      jobs,
      prettyLog: Boolean(process.stdout.isTTY),
    });
    // Background work runs while the server does (on every instance; each job once), and stops before the database.
    await jobs.start({ work: true });
    app.addHook('onClose', () => jobs.stop());
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      say(`${signal}: stopping KeGuan…`);
      await app.close();
      await runtime.close({ stopDatabase: true });
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(`port ${config.port} on ${config.host} is already in use: stop the other program or set PORT`);
      }
      throw error;
    }
    say(
      `KeGuan is running: the public site at http://${config.host}:${config.port}/, the back office and service hall at http://${config.host}:${config.port}/app/  (database: ${runtime.target.kind}; Ctrl+C stops it)`,
    );
    // Last, where the eye lands when the server is up: the demo accounts, shown this once.
    if (seeded) printDemoAccounts(seeded);
    // The cockpit's figures are counted now, in the background, rather than on the first leader's click.
    warmCockpit(runtime.db).then(
      (warm) => warm && app.log.info(warm, 'cockpit figures computed'),
      (error: unknown) => app.log.warn({ err: error }, 'cockpit figures could not be computed ahead'),
    );
  } catch (error) {
    await runtime.close({ stopDatabase: true });
    throw error;
  }
}
