import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type pg from 'pg';
import { inject } from 'vitest';
import { createDb, createPool, type Db } from '../db/client.js';
import { cloneTemplate } from '../db/test-db.js';
import { buildApp } from '../server/app.js';
import { type Config, loadConfig } from '../server/config.js';
import { localStorage, type Storage } from '../server/storage.js';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  pool: pg.Pool;
  url: string;
  config: Config;
  databaseKind: 'embedded' | 'external';
  /** Where the app keeps uploaded files. */
  storage: Storage;
  close(): Promise<void>;
}

/** The server this test file runs against: the embedded one, or TEST_DATABASE_URL's in the `external` project. */
export function testServerUrl(): { url: string; kind: 'embedded' | 'external' } {
  if (process.env.KEGUAN_TEST_TARGET === 'external') {
    const url = inject('externalUrl');
    if (!url) throw new Error('the external project needs TEST_DATABASE_URL');
    return { url, kind: 'external' };
  }
  return { url: inject('embeddedUrl'), kind: 'embedded' };
}

/** A whole app on a fresh database cloned from the migrated template. */
export async function testApp(o: { serveWeb?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const server = testServerUrl();
  const database = await cloneTemplate(server.url);
  const pool = createPool(database.url, 5);
  const db = createDb(pool);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-app-'));
  const config = loadConfig({
    KEGUAN_DATA_DIR: dataDir,
    KEGUAN_API_RATE_LIMIT: '100000',
    KEGUAN_LOG_LEVEL: 'silent',
    ...(process.env.KEGUAN_TODAY ? { KEGUAN_TODAY: process.env.KEGUAN_TODAY } : {}),
    ...o.env,
  });
  const storage = localStorage(path.join(dataDir, 'files'));
  const app = await buildApp({
    config,
    db,
    pool,
    databaseKind: server.kind,
    storage,
    serveWeb: o.serveWeb,
    logger: false,
  });
  return {
    app,
    db,
    pool,
    url: database.url,
    config,
    databaseKind: server.kind,
    storage,
    async close() {
      await app.close();
      await pool.end();
      await database.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A logged-in client: sends the session cookie and, on writes, the CSRF token. */
export interface Client {
  user: { id: number; username: string; role: string; orgId: number | null; jurisdictionCode: string | null };
  csrfToken: string;
  cookie: string;
  request(o: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** A multipart POST as a browser's form sends it: the text fields first, then the file. */
  upload(
    url: string,
    fields: Record<string, string>,
    file: { name: string; bytes: Buffer },
  ): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password: string, totp?: string): Promise<Client> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, totp } });
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  const { user, csrfToken } = response.json();
  const cookie = String(response.headers['set-cookie']).split(';')[0]!;
  const request = (o: InjectOptions) =>
    app.inject({ ...o, headers: { cookie, 'x-csrf-token': csrfToken, ...(o.headers ?? {}) } });
  return {
    user,
    csrfToken,
    cookie,
    request,
    get: (url, headers) => request({ method: 'GET', url, headers }),
    post: (url, body) => request({ method: 'POST', url, payload: body as InjectOptions['payload'] }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as InjectOptions['payload'] }),
    put: (url, body) => request({ method: 'PUT', url, payload: body as InjectOptions['payload'] }),
    upload: (url, fields, file) => {
      const boundary = `kg${Date.now().toString(36)}`;
      const part = (name: string, extra = '') =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n\r\n`;
      const payload = Buffer.concat([
        ...Object.entries(fields).map(([name, value]) => Buffer.from(`${part(name)}${value}\r\n`)),
        Buffer.from(part('file', `; filename="${file.name}"`)),
        file.bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return request({
        method: 'POST',
        url,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    },
  };
}
