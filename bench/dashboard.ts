import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { progressBar, say, stageProgress } from '../src/cli/output.js';
import { createDb, createPool, type Db } from '../src/db/client.js';
import { ensureDatabase, openDatabaseTarget } from '../src/db/database.js';
import { runMigrations } from '../src/db/migrate.js';
import { withDatabase } from '../src/db/test-db.js';
import { systemActor } from '../src/domains/audit/audit.service.js';
import { type Scale, scaleCounts } from '../src/domains/demo/scale/plan.js';
import { scaleState, seedScale } from '../src/domains/demo/scale/seed-scale.js';
import { isDatabaseEmpty, seedDemo } from '../src/domains/demo/seed.js';
import { createUser } from '../src/domains/users/users.service.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { localStorage } from '../src/server/storage.js';
import { dashboardFigures, overviewGoalMs } from './figures.js';
import { warmCockpit } from '../src/domains/targets/figures.js';
import { prepareTables } from './prepare.js';
import { type LoadResult, loadTest, type Timing, timeIt } from './measure.js';
import { type FigureResult, renderReport, writeSection } from './report.js';
import { demoYears } from '../src/domains/demo/generate.js';

export interface DashboardBenchOptions {
  scale: Scale;
  rounds: number;
  /** Reuse this data dir (built and kept by an earlier run) instead of building a temporary one. */
  dataDir?: string;
  /** Seconds of each autocannon run. */
  seconds: number;
  out: string;
}

const benchUser = { username: 'bench-leader', password: 'Bench-Passw0rd-1' };
/** The demo's current year, whose indicator system the cockpit shows: the last of the scale data's ten years. */
const benchYear = demoYears().C;
const benchJurisdiction = 'htz';
const timeBudgetMs = 4000;

/**
 * The dashboards at scale: every metric (alone, for a jurisdiction, month by month), the indicator system
 * with live progress and the overview, each through the API and against the best hand-written SQL for the
 * same figure, on one server and one database; then throughput under load. Writes bench/results.md.
 */
export async function benchDashboard(o: DashboardBenchOptions): Promise<void> {
  const dataDir = o.dataDir ? path.resolve(o.dataDir) : await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-bench-'));
  const config = loadConfig({
    ...process.env,
    KEGUAN_DATA_DIR: dataDir,
    KEGUAN_LOG_LEVEL: 'silent',
    KEGUAN_API_RATE_LIMIT: '100000000',
  });
  const target = await openDatabaseTarget(config, say);
  const url =
    target.kind === 'external' ? withDatabase(target.url, `keguan_bench_${o.scale}_${Date.now()}`) : target.url;
  await ensureDatabase(url);
  await runMigrations(url);
  const pool = createPool(url, 10);
  const db = createDb(pool);
  try {
    const seeding = await ensureScale(db, url, o.scale);
    await prepareTables(pool);
    await ensureBenchUser(db);

    const app = await buildApp({
      config,
      db,
      pool,
      databaseKind: target.kind,
      storage: localStorage(path.join(dataDir, 'files')),
      logger: false,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(benchUser),
      });
      if (!login.ok) throw new Error(`bench login failed: ${login.status} ${await login.text()}`);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const get = async (route: string) => {
        const response = await fetch(`${base}${route}`, { headers: { cookie } });
        if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
        return response.json();
      };

      // As `keguan serve` does once it listens: the cockpit's grids computed ahead of the first leader.
      say('Computing the cockpit ahead, as the server does at start…');
      const warm = await warmCockpit(db, benchYear);
      const figures = (await dashboardFigures(pool, { year: benchYear, jurisdiction: benchJurisdiction })).map((f) =>
        warm && f.path.startsWith('/api/targets/overview')
          ? { ...f, name: `${f.name}, after the start-up computation (${(warm.ms / 1000).toFixed(1)} s)` }
          : f,
      );
      const results: FigureResult[] = [];
      const bar = progressBar('Measuring figures'.padEnd(22));
      for (const [i, figure] of figures.entries()) {
        bar.update(i, figures.length, figure.name);
        const started = performance.now();
        const apiAnswer = await get(figure.path);
        const first = performance.now() - started;
        const api = await timeIt(() => get(figure.path), { rounds: o.rounds, budgetMs: timeBudgetMs });
        if (!figure.floors?.length) {
          results.push({ name: figure.name, path: figure.path, first, api, goalMs: figure.goalMs });
          continue;
        }
        let best: { timing: Timing; agrees?: boolean } | undefined;
        for (const floor of figure.floors) {
          const floorAnswer = await pool.query(floor.text, floor.values);
          const timing = await timeIt(() => pool.query(floor.text, floor.values), {
            rounds: o.rounds,
            budgetMs: timeBudgetMs,
          });
          if (!best || timing.p50 < best.timing.p50) best = { timing, agrees: figure.agrees?.(apiAnswer, floorAnswer) };
        }
        results.push({ name: figure.name, path: figure.path, first, api, sql: best!.timing, agrees: best!.agrees });
      }
      bar.update(figures.length, figures.length, '');
      bar.stop();
      // The cockpit just after a write to patents: answered from the grids computed last while new ones are computed.
      const overview = `/api/targets/overview?year=${benchYear}`;
      const writeThenRead = async () => {
        await pool.query('UPDATE patents SET legal_status = legal_status WHERE id = (SELECT min(id) FROM patents)');
        await get(overview);
      };
      const startedAfterWrite = performance.now();
      await writeThenRead();
      const firstAfterWrite = performance.now() - startedAfterWrite;
      results.push({
        name: 'targets overview right after a write (write included)',
        path: overview,
        first: firstAfterWrite,
        api: await timeIt(writeThenRead, { rounds: Math.min(o.rounds, 30), budgetMs: timeBudgetMs }),
        goalMs: overviewGoalMs,
      });
      const trivial = await timeIt(() => fetch(`${base}/api/health`).then((r) => r.arrayBuffer()), {
        rounds: o.rounds,
        budgetMs: timeBudgetMs,
      });

      say('Load tests (autocannon)…');
      const load: LoadResult[] = [];
      for (const route of [
        '/api/health',
        `/api/metrics/patents.filed?year=${benchYear}`,
        `/api/metrics/projects.approved?year=${benchYear}`,
      ]) {
        load.push(
          await loadTest({
            base,
            path: route,
            cookie: route === '/api/health' ? undefined : cookie,
            seconds: o.seconds,
            connections: 10,
          }),
        );
      }

      const section = renderReport({
        title: o.scale,
        scale: o.scale,
        date: new Date().toISOString().slice(0, 16).replace('T', ' '),
        machine: machine(),
        postgres: await postgresNote(pool, target.kind),
        data: await dataNote(pool, seeding),
        year: benchYear,
        jurisdiction: benchJurisdiction,
        figures: results,
        trivial,
        load,
        goal: { ratio: 1.5, ms: 200 },
        rounds: o.rounds,
      });
      await writeSection(o.out, o.scale, section);
      process.stdout.write(`\n${section}\nWritten to ${o.out}\n`);
    } finally {
      await app.close();
    }
  } finally {
    await pool.end();
    if (target.kind === 'external') await dropDatabase(target.url, url);
    await target.release();
    if (!o.dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** The demo city and the scale data, unless a reused data dir has them already; the seconds the scale data took to load. */
async function ensureScale(db: Db, url: string, scale: Scale): Promise<{ seconds: number | null; reused: boolean }> {
  const counts = scaleCounts(scale);
  const state = await scaleState(db);
  if (state === 'complete') {
    const rows = await db.execute<{ orgs: number; seconds: number | null }>(
      sql`SELECT (after -> 'counts' ->> 'orgs')::int AS orgs, (after ->> 'seconds')::int AS seconds FROM audit_log WHERE action = 'demo.scale' ORDER BY seq DESC LIMIT 1`,
    );
    if (rows.rows[0]?.orgs !== counts.orgs)
      throw new Error(
        `this data dir holds scale data of another size (${rows.rows[0]?.orgs} organisations), not ${scale}`,
      );
    say(`Using the ${scale} scale data already in the data dir.`);
    return { seconds: rows.rows[0].seconds, reused: true };
  }
  if (state === 'partial') throw new Error('this data dir holds a scale load that stopped half-way; use a fresh one');
  const started = performance.now();
  if (await isDatabaseEmpty(db)) await seedDemo(db, { password: 'Bench-Passw0rd' });
  await seedScale({
    db,
    url,
    counts,
    onProgress: stageProgress(),
  });
  return { seconds: (performance.now() - started) / 1000, reused: false };
}

async function ensureBenchUser(db: Db): Promise<void> {
  const found = await db.execute(sql`SELECT 1 FROM users WHERE username = ${benchUser.username}`);
  if (found.rows.length) return;
  await db.transaction((tx) =>
    createUser(tx, systemActor, {
      username: benchUser.username,
      displayName: '基准测试（局领导）',
      role: 'leader',
      password: benchUser.password,
    }),
  );
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.versions.node}`;
}

async function postgresNote(pool: pg.Pool, kind: string): Promise<string> {
  const { rows } = await pool.query<{ version: string; buffers: string }>(
    `SELECT split_part(version(), ' ', 2) AS version, current_setting('shared_buffers') AS buffers`,
  );
  return `${kind} ${rows[0]!.version} (shared_buffers ${rows[0]!.buffers})`;
}

async function dataNote(pool: pg.Pool, seeding: { seconds: number | null; reused: boolean }): Promise<string> {
  const { rows } = await pool.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM orgs)::int AS orgs, (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM patents)::int AS patents,
            (SELECT count(*) FROM patent_subsidy_claims)::int AS claims, (SELECT count(*) FROM funds)::int AS funds, pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  const r = rows[0]!;
  const n = (v: number) => v.toLocaleString('en-US');
  return `${n(r.orgs!)} organisations, ${n(r.projects!)} projects, ${n(r.patents!)} patents, ${n(r.claims!)} subsidy claims, ${n(r.funds!)} fund records; database ${r.size}${
    seeding.reused
      ? `; reused data dir${seeding.seconds ? ` (scale data loaded in ${seeding.seconds} s)` : ''}`
      : `; demo city and scale data loaded in ${seeding.seconds!.toFixed(0)} s`
  }`;
}

async function dropDatabase(serverUrl: string, url: string): Promise<void> {
  const { default: pgModule } = await import('pg');
  const admin = new pgModule.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(
      `DROP DATABASE IF EXISTS ${admin.escapeIdentifier(decodeURIComponent(new URL(url).pathname.slice(1)))} WITH (FORCE)`,
    );
  } finally {
    await admin.end();
  }
}
