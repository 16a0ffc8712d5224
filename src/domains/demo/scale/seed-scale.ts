import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { recordAudit, systemActor } from '../../audit/audit.service.js';
import { Loader, type ScaleProgress } from './loader.js';
import { ensureDictionaries, loadPopulation } from './orgs.js';
import { loadPatents, loadSubsidies } from './patents.js';
import type { ScaleCounts } from './plan.js';
import { loadProjects } from './projects.js';
import { loadRegistries } from './registries.js';

const tables = [
  'jurisdictions',
  'orgs',
  'people',
  'programs',
  'calls',
  'projects',
  'patents',
  'patent_subsidy_rates',
  'patent_subsidy_batches',
  'patent_subsidy_claims',
  'platforms',
  'qualifications',
  'cooperations',
  'funds',
  'publicity',
] as const;

/**
 * Drops the big tables' non-unique indexes for the load and returns their definitions to build them again
 * after: building an index once is cheaper than updating it row by row (measured: patents at prefecture
 * scale 97 s with the indexes, 52 s without plus 25 s to build them). Unique indexes and primary keys stay.
 * GIN indexes come first, so the longest build starts first.
 */
async function dropSecondaryIndexes(loader: Loader, names: string[]): Promise<string[]> {
  const rows = await loader.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[]) AND NOT x.indisunique AND NOT x.indisprimary
     ORDER BY i.indexdef LIKE '%USING gin%' DESC, i.tablename = 'patents' DESC, i.indexname`,
    [names],
  );
  for (const row of rows) await loader.query(`DROP INDEX ${row.name}`);
  return rows.map((r) => r.def);
}

export type ScaleState = 'none' | 'complete' | 'partial';

/**
 * Whether scale data is in the database: `complete` once a run has finished (its audit entry), `partial`
 * when a run stopped half-way (scale organisations — a `Y` opening the organisation code — but no entry).
 */
export async function scaleState(db: Db): Promise<ScaleState> {
  const rows = await db.execute<{ finished: boolean; started: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'demo.scale') AS finished,
           EXISTS (SELECT 1 FROM orgs WHERE substr(uscc, 9, 1) = 'Y') AS started`);
  const row = rows.rows[0]!;
  return row.finished ? 'complete' : row.started ? 'partial' : 'none';
}

/** Whether the demo city was loaded into this database (scale data adds to it, never to real data). */
export async function hasDemoCity(db: Db): Promise<boolean> {
  const rows = await db.execute<{ found: boolean }>(
    sql`SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'demo.seed') AS found`,
  );
  return rows.rows[0]!.found;
}

export interface ScaleResult {
  /** Rows in each table afterwards (the demo's included). */
  rows: Record<string, number>;
  /** Seconds each step took. */
  seconds: Record<string, number>;
}

/**
 * Adds consistent synthetic data of the given size: organisations and people over the jurisdictions, plan
 * projects of every level's programs and calls over the years, patents and their subsidy claims, the
 * registries — every foreign key valid, every code with its check character — then VACUUM ANALYZE.
 * Rows are generated inside PostgreSQL (`INSERT … SELECT … FROM generate_series`) in chunks on
 * `connections` connections. The caller checks `scaleState` first; ids continue after the existing rows.
 */
export async function seedScale(o: {
  db: Db;
  url: string;
  counts: ScaleCounts;
  onProgress?: ScaleProgress;
  connections?: number;
}): Promise<ScaleResult> {
  const seconds: Record<string, number> = {};
  let step = 'dictionaries';
  let started = performance.now();
  const progress: ScaleProgress = (table, done, total) => {
    if (table !== step) {
      seconds[step] = (seconds[step] ?? 0) + (performance.now() - started) / 1000;
      step = table;
      started = performance.now();
    }
    o.onProgress?.(table, done, total);
  };
  const loader = await Loader.open(o.url, { connections: o.connections, onProgress: progress });
  let dropped: string[] = [];
  try {
    await ensureDictionaries(loader);
    const population = await loadPopulation(loader, o.counts);
    dropped = await dropSecondaryIndexes(loader, ['projects', 'patents', 'patent_subsidy_claims']);
    const projects = await loadProjects(loader, o.counts, population);
    const patents = await loadPatents(loader, o.counts, population);
    await loadSubsidies(loader, o.counts, patents);
    await loadRegistries(loader, o.counts, population, projects);
    await loader.each('indexes', dropped);
    dropped = [];
    // Bulk-loaded tables: set the visibility map (index-only scans) and give the planner its statistics.
    await loader.each(
      'vacuum analyze',
      tables.map((t) => `VACUUM (ANALYZE) ${t}`),
    );
    progress('done', 0, 0);
  } finally {
    // A failed run leaves its rows (the next run refuses) but never a table without its indexes.
    if (dropped.length)
      await loader
        .each(
          'indexes',
          dropped.map((d) => d.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS ')),
        )
        .catch(() => undefined);
    await loader.close();
  }
  const counted = await o.db.execute<Record<string, number>>(
    sql.raw(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`),
  );
  const rows = counted.rows[0]!;
  const total = Math.round(Object.values(seconds).reduce((a, b) => a + b, 0));
  await o.db.transaction((tx) =>
    recordAudit(tx, systemActor, {
      action: 'demo.scale',
      entityType: 'system',
      after: { counts: o.counts, rows, seconds: total },
    }),
  );
  return { rows, seconds };
}
