import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../db/embedded.js';
import { runMigrations } from '../db/migrate.js';
import { templateName, withDatabase } from '../db/test-db.js';
import { buildWebIfStale } from '../cli/web-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedUrl: string;
    externalUrl: string | undefined;
  }
}

async function prepareTemplate(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    // A worker of another role (autovacuum, a superuser's session) on the old template cannot be ended by
    // this role: wait for it to finish rather than fail the run.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '42501' || attempt === 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
    await admin.query(`CREATE DATABASE ${templateName}`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabase(serverUrl, templateName));
}

/** One embedded PostgreSQL for the whole run (and the external one when TEST_DATABASE_URL is set), each with a migrated template. */
export default async function setup(project: TestProject) {
  // Browser tests and the CLI's `serve` need the bundle; build it once here, before files run in parallel.
  await buildWebIfStale(() => undefined);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-test-'));
  const server = await startEmbedded({ dataDir, log: () => undefined });
  await prepareTemplate(server.url);
  const externalUrl = process.env.TEST_DATABASE_URL || undefined;
  if (externalUrl) await prepareTemplate(externalUrl);
  project.provide('embeddedUrl', server.url);
  project.provide('externalUrl', externalUrl);
  return async () => {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
