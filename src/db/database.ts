import pg from 'pg';
import type { Config } from '../server/config.js';
import { startEmbedded } from './embedded.js';

export interface DatabaseTarget {
  url: string;
  kind: 'embedded' | 'external';
  /** Stops the embedded server when this process started it (or when `stopAlways`, for `serve`). */
  release(options?: { stopAlways?: boolean }): Promise<void>;
}

/**
 * The database KeGuan runs on: DATABASE_URL when set, else the embedded server of the data dir —
 * already running (started by `serve` or left by a crash) or started now.
 */
export async function openDatabaseTarget(config: Config, log: (line: string) => void): Promise<DatabaseTarget> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, kind: 'external', release: async () => undefined };
  }
  const server = await startEmbedded({ dataDir: config.dataDir, log });
  await ensureDatabase(server.url);
  return {
    url: server.url,
    kind: 'embedded',
    async release(options) {
      if (server.startedHere || options?.stopAlways) await server.stop();
    },
  };
}

/** Creates the database named in `url` if it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      // 42P04: another process created it a moment ago.
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error;
      });
    }
  } finally {
    await client.end();
  }
}
