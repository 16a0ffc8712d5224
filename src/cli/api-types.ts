import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../db/client.js';
import { apiTypes, apiTypesFile } from '../server/api-types.js';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { localStorage } from '../server/storage.js';
import { say } from './output.js';

/**
 * `keguan api-types` (`npm run api:types`): writes the web's API types from the routes' schemas. The app is
 * built only to describe itself: its pool points nowhere and is never asked, so no database is needed.
 */
export async function apiTypesCommand(): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-api-types-'));
  const pool = new pg.Pool({ connectionString: 'postgres://describe-only@127.0.0.1:1/none', max: 1 });
  const app = await buildApp({
    config: loadConfig({ KEGUAN_DATA_DIR: dataDir, KEGUAN_LOG_LEVEL: 'silent' }),
    db: createDb(pool),
    pool,
    databaseKind: 'external',
    storage: localStorage(path.join(dataDir, 'files')),
    logger: false,
  });
  try {
    const text = await apiTypes(app);
    await fs.writeFile(apiTypesFile, text);
    say(`Wrote ${apiTypesFile} (${text.split('\n').length} lines).`);
  } finally {
    await app.close();
    await pool.end();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
