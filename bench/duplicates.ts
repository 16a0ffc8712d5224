import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.js';
import { bandCount, minhashSize } from '../src/domains/applications/dedupe.js';
import { likelySimilar, lookBackYears } from '../src/domains/projects/duplicates.js';
import { withBenchServer } from './bench-server.js';

/**
 * Each band value of the generated fingerprints is one of this many per band: two unrelated applications
 * then share a given band with probability 1/10,000 and some band with 16/10,000 — the rate at which
 * applications of one domain, written in the same official phrases, meet by chance. It is pessimistic:
 * every probe reads about 0.16% of the table.
 */
const valuesPerBand = 10_000;
const batch = 50_000;

/**
 * 1M applications spread over six years, each with a fingerprint, generated in the database (a project row
 * under the demo's first call, a random signature, bands drawn as above).
 */
async function growFingerprints(db: Db, total: number, progress: (done: number) => void) {
  const [call] = (
    await db.execute<{ id: number; org: number }>(
      sql`SELECT c.id, (SELECT min(id) FROM orgs) AS org FROM calls c ORDER BY c.id LIMIT 1`,
    )
  ).rows;
  for (let done = 0; done < total; done += batch) {
    const n = Math.min(batch, total - done);
    await db.execute(sql`
      WITH made AS (
        INSERT INTO projects (call_id, org_id, title, state)
        SELECT ${call!.id}, ${call!.org}, '基准申报' || g, 'submitted' FROM generate_series(1, ${n}) g
        RETURNING id
      )
      INSERT INTO application_fingerprints (project_id, year, signature, bands)
      SELECT id, 2021 + (id % 6),
        ARRAY(SELECT (random() * 4294967295 - 2147483648)::bigint::integer FROM generate_series(1, ${minhashSize}) WHERE id IS NOT NULL),
        ARRAY(SELECT b * 1048576 + floor(random() * ${valuesPerBand})::bigint FROM generate_series(0, ${bandCount - 1}) b WHERE id IS NOT NULL)
      FROM made`);
    progress(done + n);
  }
}

/** A probe drawn like the generated ones, so it meets the table at the same chance rate. */
function probeOf(i: number) {
  let seed = 2654435761 * (i + 1);
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return {
    projectId: 0,
    year: 2026,
    signature: Array.from({ length: minhashSize }, () => next() | 0),
    bands: Array.from({ length: bandCount }, (_, b) => b * 1048576 + (next() % valuesPerBand)),
  };
}

/**
 * How fast is 查重 at a province's scale? The service's candidate lookup (GIN probe, five-year window,
 * signature estimate), the best hand-written SQL for the candidates alone, and a trivial route, on one server.
 */
export async function benchDuplicates(o: { fingerprints: number; rounds: number }): Promise<void> {
  const grow = (db: Db, progress: (done: number) => void) => growFingerprints(db, o.fingerprints, progress);
  await withBenchServer(
    { label: 'Generating fingerprints', total: o.fingerprints, grow },
    async ({ db, pool, base, kind }) => {
      let found = 0;
      const service = async (i: number) => {
        found += (await likelySimilar(db, probeOf(i))).length;
      };
      let candidates = 0;
      const handSql = async (i: number) => {
        const probe = probeOf(i);
        const { rows } = await pool.query(
          'SELECT project_id, signature FROM application_fingerprints WHERE bands && $1::bigint[] AND year >= $2',
          [probe.bands, probe.year - lookBackYears],
        );
        candidates += rows.length;
      };
      const health = async () => {
        const response = await fetch(`${base}/api/health`);
        await response.arrayBuffer();
      };
      const time = async (label: string, run: (i: number) => Promise<void>) => {
        for (let i = 0; i < 20; i++) await run(i);
        const samples: number[] = [];
        for (let i = 0; i < o.rounds; i++) {
          const start = performance.now();
          await run(i + 20);
          samples.push(performance.now() - start);
        }
        samples.sort((a, b) => a - b);
        const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
        return { label, p50: at(0.5), p95: at(0.95) };
      };
      const results = [
        await time('查重 candidate lookup (service)', service),
        await time('hand-written SQL (GIN probe)', handSql),
        await time('GET /api/health (trivial)', health),
      ];
      const [serviceResult, sqlResult, trivial] = results as [
        (typeof results)[0],
        (typeof results)[0],
        (typeof results)[0],
      ];
      const [{ n }] = (await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM application_fingerprints`))
        .rows as [{ n: number }];
      process.stdout.write(
        `\n查重 (duplicate check), ${n} fingerprints, ${o.rounds} rounds each (${kind} PostgreSQL)\n`,
      );
      process.stdout.write(
        `  candidates read per probe (band matches in the window): ${(candidates / (o.rounds + 20)).toFixed(0)}; kept after the estimate: ${(found / (o.rounds + 20)).toFixed(2)}\n`,
      );
      for (const r of results)
        process.stdout.write(
          `  ${r.label.padEnd(36)} p50 ${r.p50.toFixed(2).padStart(7)} ms   p95 ${r.p95.toFixed(2).padStart(7)} ms\n`,
        );
      process.stdout.write(`  service / hand-written SQL (p50):  ${(serviceResult.p50 / sqlResult.p50).toFixed(2)}×\n`);
      process.stdout.write(`  service / trivial route (p50):     ${(serviceResult.p50 / trivial.p50).toFixed(2)}×\n`);
    },
  );
}
