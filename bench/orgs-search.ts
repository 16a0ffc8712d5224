import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { createDb, createPool } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { ensureDatabase, openDatabaseTarget } from '../src/db/database.js';
import { withDatabase } from '../src/db/test-db.js';
import { seedDemo } from '../src/domains/demo/seed.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { localStorage } from '../src/server/storage.js';
import { likePatterns, queryGrams } from '../src/shared/search.js';
import { progressBar, say } from '../src/cli/output.js';
import { scaleOrgs } from './scale-data.js';

/**
 * How fast is finding an organisation by a two-character Chinese word, at scale? Three timings on one
 * server: the API route (HTTP, session, validation, scope, serialisation), the best hand-written SQL for
 * the same answer, and a trivial route (/api/health), so the figures are ratios that survive a slower machine.
 */
export async function benchOrgSearch(o: { orgs: number; rounds: number }): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-bench-'));
  const config = loadConfig({ ...process.env, KEGUAN_DATA_DIR: dataDir, KEGUAN_LOG_LEVEL: 'silent', KEGUAN_API_RATE_LIMIT: '1000000' });
  const target = await openDatabaseTarget(config, say);
  const url = target.kind === 'external' ? withDatabase(target.url, `keguan_bench_${Date.now()}`) : target.url;
  await ensureDatabase(url);
  await runMigrations(url);
  const pool = createPool(url, 10);
  const db = createDb(pool);
  try {
    await seedDemo(db, { password: 'Bench-Passw0rd' });
    const bar = progressBar('Generating organisations');
    await scaleOrgs(db, o.orgs, (done) => bar.update(done, o.orgs));
    bar.stop();
    await db.execute(sql`ANALYZE`);

    const app = await buildApp({ config, db, databaseKind: target.kind, storage: localStorage(path.join(dataDir, 'files')), logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'staff', password: 'Bench-Passw0rd' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

    const words = ['葡萄', '农业', '电子', '医院', '精密', '光电', '茶叶', '物流'];
    const api = async (i: number) => {
      const response = await fetch(`${base}/api/orgs?q=${encodeURIComponent(words[i % words.length]!)}&pageSize=20`, { headers: { cookie } });
      await response.arrayBuffer();
    };
    const health = async () => {
      const response = await fetch(`${base}/api/health`);
      await response.arrayBuffer();
    };
    // The same answer in the fewest, best-indexed statements: page and total.
    const handSql = async (i: number) => {
      const word = words[i % words.length]!;
      const client = await pool.connect();
      try {
        const where = 'o.search_grams @> $1::text[] AND (o.name || \' \' || o.uscc) ILIKE $2';
        const params = [queryGrams(word), likePatterns(word)[0]];
        await Promise.all([
          client.query(`SELECT o.*, j.name AS jurisdiction_name FROM orgs o LEFT JOIN jurisdictions j ON j.code = o.jurisdiction_code WHERE ${where} ORDER BY o.created_at DESC, o.id LIMIT 20`, params),
          pool.query(`SELECT count(*) FROM orgs o WHERE ${where}`, params),
        ]);
      } finally {
        client.release();
      }
    };

    const time = async (label: string, run: (i: number) => Promise<void>) => {
      for (let i = 0; i < 20; i++) await run(i);
      const samples: number[] = [];
      for (let i = 0; i < o.rounds; i++) {
        const start = performance.now();
        await run(i);
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
      return { label, p50: at(0.5), p95: at(0.95) };
    };
    const results = [await time('GET /api/orgs?q=<2 chars>', api), await time('hand-written SQL (page + count)', handSql), await time('GET /api/health (trivial)', health)];
    const [apiResult, sqlResult, trivial] = results as [typeof results[0], typeof results[0], typeof results[0]];
    const [{ n }] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM orgs`)).rows as [{ n: number }];
    process.stdout.write(`\nOrganisation search, ${n} organisations, ${o.rounds} rounds each (${target.kind} PostgreSQL)\n`);
    for (const r of results) process.stdout.write(`  ${r.label.padEnd(36)} p50 ${r.p50.toFixed(2).padStart(7)} ms   p95 ${r.p95.toFixed(2).padStart(7)} ms\n`);
    process.stdout.write(`  API / hand-written SQL (p50):  ${(apiResult.p50 / sqlResult.p50).toFixed(2)}×\n`);
    process.stdout.write(`  API / trivial route (p50):     ${(apiResult.p50 / trivial.p50).toFixed(2)}×\n`);
    await app.close();
  } finally {
    await pool.end();
    await target.release();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
