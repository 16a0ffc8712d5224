import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { likePatterns, queryGrams } from '../src/shared/search.js';
import { benchPassword, withBenchServer } from './bench-server.js';
import { scaleOrgs } from './scale-data.js';

/**
 * How fast is finding an organisation by a two-character Chinese word, at scale? Three timings on one
 * server: the API route (HTTP, session, validation, scope, serialisation), the best hand-written SQL for
 * the same answer, and a trivial route (/api/health), so the figures are ratios that survive a slower machine.
 */
export async function benchOrgSearch(o: { orgs: number; rounds: number }): Promise<void> {
  const grow = (db: Db, progress: (done: number) => void) => scaleOrgs(db, o.orgs, progress);
  await withBenchServer(
    { label: 'Generating organisations', total: o.orgs, grow },
    async ({ db, pool, base, kind }) => {
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'staff', password: benchPassword }),
      });
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

      const words = ['葡萄', '农业', '电子', '医院', '精密', '光电', '茶叶', '物流'];
      const api = async (i: number) => {
        const response = await fetch(`${base}/api/orgs?q=${encodeURIComponent(words[i % words.length]!)}&pageSize=20`, {
          headers: { cookie },
        });
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
          const where = "o.search_grams @> $1::text[] AND (o.name || ' ' || o.uscc) ILIKE $2";
          const params = [queryGrams(word), likePatterns(word)[0]];
          await Promise.all([
            client.query(
              `SELECT o.*, j.name AS jurisdiction_name FROM orgs o LEFT JOIN jurisdictions j ON j.code = o.jurisdiction_code WHERE ${where} ORDER BY o.created_at DESC, o.id LIMIT 20`,
              params,
            ),
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
      const results = [
        await time('GET /api/orgs?q=<2 chars>', api),
        await time('hand-written SQL (page + count)', handSql),
        await time('GET /api/health (trivial)', health),
      ];
      const [apiResult, sqlResult, trivial] = results as [
        (typeof results)[0],
        (typeof results)[0],
        (typeof results)[0],
      ];
      const [{ n }] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM orgs`)).rows as [
        { n: number },
      ];
      process.stdout.write(`\nOrganisation search, ${n} organisations, ${o.rounds} rounds each (${kind} PostgreSQL)\n`);
      for (const r of results)
        process.stdout.write(
          `  ${r.label.padEnd(36)} p50 ${r.p50.toFixed(2).padStart(7)} ms   p95 ${r.p95.toFixed(2).padStart(7)} ms\n`,
        );
      process.stdout.write(`  API / hand-written SQL (p50):  ${(apiResult.p50 / sqlResult.p50).toFixed(2)}×\n`);
      process.stdout.write(`  API / trivial route (p50):     ${(apiResult.p50 / trivial.p50).toFixed(2)}×\n`);
    },
  );
}
