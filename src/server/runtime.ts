import type pg from 'pg';
import { createDb, createPool, type Db } from '../db/client.js';
import { type DatabaseTarget, openDatabaseTarget } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import type { Config } from './config.js';
import { databaseStorage, filesDir, localStorage, type Storage } from './storage.js';
import { pinToday } from '../shared/clock.js';

/** What a running KeGuan process holds: its database (migrated), a pool, and file storage. */
export interface Runtime {
  config: Config;
  target: DatabaseTarget;
  pool: pg.Pool;
  db: Db;
  storage: Storage;
  close(options?: { stopDatabase?: boolean }): Promise<void>;
}

export async function openRuntime(config: Config, log: (line: string) => void): Promise<Runtime> {
  pinToday(config.today);
  const target = await openDatabaseTarget(config, log);
  try {
    await runMigrations(target.url);
  } catch (error) {
    await target.release();
    throw error;
  }
  const pool = createPool(target.url, 20);
  return {
    config,
    target,
    pool,
    db: createDb(pool),
    storage: config.fileStore === 'database' ? databaseStorage(pool) : localStorage(filesDir(config.dataDir)),
    async close(options) {
      await pool.end();
      await target.release({ stopAlways: options?.stopDatabase });
    },
  };
}
