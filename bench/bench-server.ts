import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { progressBar, say } from '../src/cli/output.js';
import { createDb, createPool, type Db } from '../src/db/client.js';
import { ensureDatabase, openDatabaseTarget } from '../src/db/database.js';
import { runMigrations } from '../src/db/migrate.js';
import { withDatabase } from '../src/db/test-db.js';
import { seedDemo } from '../src/domains/demo/seed.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { localStorage } from '../src/server/storage.js';

export const benchPassword = 'Bench-Passw0rd';

export interface BenchServer {
  db: Db;
  pool: pg.Pool;
  base: string;
  kind: 'embedded' | 'external';
}

/**
 * Runs `measure` against a server of its own: a fresh database with the demo city, grown by `grow` (with a
 * progress bar) and analysed, served on a free port with no rate limits (and, with `serveWeb`, the built back office). Everything is removed afterwards,
 * whether the measurement succeeds or fails.
 */
export async function withBenchServer(
  o: {
    label: string;
    total: number;
    serveWeb?: boolean;
    grow: (db: Db, progress: (done: number) => void) => Promise<void>;
  },
  measure: (server: BenchServer) => Promise<void>,
): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-bench-'));
  const config = loadConfig({
    ...process.env,
    KEGUAN_DATA_DIR: dataDir,
    KEGUAN_LOG_LEVEL: 'silent',
    KEGUAN_API_RATE_LIMIT: '1000000',
    KEGUAN_SITE_RATE_LIMIT: '1000000',
  });
  const target = await openDatabaseTarget(config, say);
  const url = target.kind === 'external' ? withDatabase(target.url, `keguan_bench_${Date.now()}`) : target.url;
  await ensureDatabase(url);
  await runMigrations(url);
  const pool = createPool(url, 10);
  const db = createDb(pool);
  const app = await buildApp({
    config,
    db,
    pool,
    databaseKind: target.kind,
    storage: localStorage(path.join(dataDir, 'files')),
    serveWeb: o.serveWeb,
    logger: false,
  });
  try {
    await seedDemo(db, { password: benchPassword });
    const bar = progressBar(o.label);
    await o.grow(db, (done) => bar.update(done, o.total));
    bar.stop();
    await db.execute(sql`ANALYZE`);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    await measure({
      db,
      pool,
      base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      kind: target.kind,
    });
  } finally {
    await app.close();
    await pool.end();
    await target.release();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
