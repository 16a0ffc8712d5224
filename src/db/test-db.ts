import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Clean databases for tests, cheaply: the global setup migrates one template database per server; each test
 * file gets its own database cloned from it (CREATE DATABASE … TEMPLATE …), dropped when the file ends.
 */
export const templateName = 'keguan_test_template';

export async function cloneTemplate(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `keguan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await client.connect();
      try {
        // An autovacuum worker busy in the database (after a large seed) cannot be terminated by a role
        // without pg_signal_backend: FORCE then fails with 42501. The worker is brief; try again shortly.
        for (let attempt = 1; ; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '42501' || attempt >= 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
