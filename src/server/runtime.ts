import type pg from 'pg';
import { createDb, createPool, type Db, ReplicaPool } from '../db/client.js';
import { type DatabaseTarget, openDatabaseTarget } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import type { Config } from './config.js';
import { checkS3Store, configuredStorage, type Storage } from './storage.js';
import { pinToday } from '../shared/clock.js';

/** What a running KeGuan process holds: its database (migrated), a pool, and file storage. */
export interface Runtime {
  config: Config;
  target: DatabaseTarget;
  pool: pg.Pool;
  db: Db;
  /** Read-only traffic's database: the replica of DATABASE_REPLICA_URL (falling back to the primary), else `db`. */
  readDb: Db;
  storage: Storage;
  close(options?: { stopDatabase?: boolean }): Promise<void>;
}

export async function openRuntime(config: Config, log: (line: string) => void): Promise<Runtime> {
  pinToday(config.today);
  if (config.s3) await checkS3Store(config.s3);
  const target = await openDatabaseTarget(config, log);
  try {
    await runMigrations(target.url);
  } catch (error) {
    await target.release();
    throw error;
  }
  const pool = createPool(target.url, 20);
  const replica = config.replicaUrl
    ? new ReplicaPool(config.replicaUrl, pool, {
        onFallback: () =>
          log('The replica (DATABASE_REPLICA_URL) cannot be reached: reading from the primary for now.'),
      })
    : undefined;
  const db = createDb(pool);
  return {
    config,
    target,
    pool,
    db,
    readDb: replica ? createDb(replica) : db,
    storage: configuredStorage(config, pool),
    async close(options) {
      await replica?.end();
      await pool.end();
      await target.release({ stopAlways: options?.stopDatabase });
    },
  };
}
