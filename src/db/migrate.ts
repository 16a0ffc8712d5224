import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { loadOfficialCalendar } from './official-calendar.js';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies pending migrations and loads the official calendar; an advisory lock keeps two starting processes from racing. */
export async function runMigrations(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET client_min_messages = warning');
    await client.query('SELECT pg_advisory_lock(7420001)');
    await migrate(drizzle(client), { migrationsFolder });
    await loadOfficialCalendar(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock(7420001)').catch(() => undefined);
    await client.end();
  }
}
