import fs from 'node:fs/promises';
import type { LoadResult, Timing } from './measure.js';

export interface FigureResult {
  name: string;
  path: string;
  /** The first request: cold caches (a cached route computes here). */
  first: number;
  api: Timing;
  sql?: Timing;
  /** Whether API and floor gave the same figure (undefined: no floor). */
  agrees?: boolean;
  /** A goal of its own (the leader's overview: 500 ms for the whole page's data). */
  goalMs?: number;
}

export interface BenchReport {
  title: string;
  scale: string;
  date: string;
  machine: string;
  postgres: string;
  data: string;
  year: number;
  jurisdiction: string;
  figures: FigureResult[];
  trivial: Timing;
  load: LoadResult[];
  goal: { ratio: number; ms: number };
  rounds: number;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

/** The run as markdown: one table of figures (API against its SQL floor), one of throughput. */
export function renderReport(r: BenchReport): string {
  const within = (f: FigureResult) =>
    f.api.p50 < (f.goalMs ?? r.goal.ms) && (!f.sql || f.api.p50 / f.sql.p50 <= r.goal.ratio);
  const lines = [
    `## ${r.title}`,
    '',
    `- **When**: ${r.date}; **machine**: ${r.machine}; **PostgreSQL**: ${r.postgres}`,
    `- **Data**: ${r.data}`,
    `- **Figures** at year ${r.year}; the jurisdiction filter is \`${r.jurisdiction}\`. API = HTTP through the running server (session, validation, serialisation); SQL = the best hand-written statement for the same figure (bench/floors.ts; where it writes it several ways, the fastest), same database, same pool. API first = the first request (cold: a route that caches computes here); p50/p95 over up to ${r.rounds} rounds (fewer for slow figures, at least 10); ✓ = both gave the same figure.`,
    `- **Goal**: each figure within ${r.goal.ratio}× its SQL floor and under ${r.goal.ms} ms (${r.figures.filter(within).length} of ${r.figures.length} met). Trivial route GET /api/health: p50 ${ms(r.trivial.p50)} ms — the fixed cost of any request, which dominates the ratio of sub-millisecond figures.`,
    '',
    '| figure | API first ms | API p50 ms | API p95 ms | SQL p50 ms | SQL p95 ms | ratio (p50) | API − SQL ms | same figure | goal |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: |',
    ...r.figures.map((f) =>
      [
        '',
        f.name,
        ms(f.first),
        ms(f.api.p50),
        ms(f.api.p95),
        f.sql ? ms(f.sql.p50) : '—',
        f.sql ? ms(f.sql.p95) : '—',
        f.sql ? `${(f.api.p50 / f.sql.p50).toFixed(2)}×` : '—',
        f.sql ? ms(f.api.p50 - f.sql.p50) : '—',
        f.agrees === undefined ? '—' : f.agrees ? '✓' : '✗',
        within(f) ? 'met' : '**missed**',
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
    '| under load (autocannon, 10 connections) | requests/s | p50 ms | p99 ms | failed |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...r.load.map((l) => `| ${l.route} | ${l.requestsPerSecond.toFixed(0)} | ${l.p50} | ${l.p99} | ${l.failures} |`),
    '',
  ];
  return lines.join('\n');
}

/**
 * bench/results.md keeps one section per scale (and index variant): a run replaces its own section and
 * leaves the others, so the file holds the latest figures of every scale measured.
 */
export async function writeSection(file: string, key: string, section: string): Promise<void> {
  const begin = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const header =
    '# KeGuan benchmarks\n\nWritten by `npm run bench -- --scale <county|prefecture|province>` (the dashboards) and `npm run bench -- --site <items>` (the public site); each run replaces its own section.\n';
  const old = await fs.readFile(file, 'utf8').catch(() => header);
  const block = `${begin}\n${section}\n${end}`;
  const start = old.indexOf(begin);
  const next =
    start >= 0
      ? `${old.slice(0, start)}${block}${old.slice(old.indexOf(end) + end.length)}`
      : `${old.trimEnd()}\n\n${block}\n`;
  await fs.writeFile(file, next);
}
