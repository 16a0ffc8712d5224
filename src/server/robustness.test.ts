import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, createPool } from '../db/client.js';
import { makeOrg, makeUser } from '../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../testing/harness.js';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { logSerializers } from './logging.js';
import { localStorage } from './storage.js';

/** The faults a fault-and-fuzz run met, each answered without a 5xx (or, for the database, with 503 and recovery). */
let t: TestApp;
let staff: Client;
let orgId: number;

beforeAll(async () => {
  t = await testApp();
  const user = await makeUser(t.db, 'staff');
  staff = await login(t.app, user.username, user.password);
  orgId = (await makeOrg(t.db)).id;
});
afterAll(() => t.close());

async function terminateOthers(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  await client.end();
}

describe('the database going away', () => {
  it('answers 503 with Retry-After while PostgreSQL cannot be reached, in the caller’s language', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-away-'));
    // Port 1 refuses every connection: the state of a server whose PostgreSQL is down.
    const pool = createPool('postgres://keguan@127.0.0.1:1/keguan', 2);
    const app = await buildApp({
      config: loadConfig({ KEGUAN_DATA_DIR: dataDir, KEGUAN_LOG_LEVEL: 'silent' }),
      db: createDb(pool),
      pool,
      databaseKind: 'external',
      storage: localStorage(dataDir),
      logger: false,
    });
    try {
      const response = await app.inject({
        method: 'GET',
        url: '/api/jurisdictions',
        headers: { 'accept-language': 'en' },
      });
      expect(response.statusCode, response.body).toBe(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.json().error).toEqual({
        code: 'DATABASE_UNAVAILABLE',
        message: 'The database cannot be reached just now; nothing was saved — try again shortly',
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'someone', password: 'Whatever-123' },
      });
      expect(login.statusCode).toBe(503);
      expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(503);
    } finally {
      await app.close();
      await pool.end();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('survives its connections being cut mid-transaction, and the next request is served', async () => {
    // A connection checked out inside a transaction loses its server: pg emits 'error' on that client, which
    // stopped the process when nothing listened.
    const cut = t.db.transaction(async (tx) => {
      await tx.execute('SELECT 1');
      await terminateOthers(t.url);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.execute('SELECT 1');
    });
    await expect(cut).rejects.toThrow();
    await terminateOthers(t.url);
    const response = await staff.get('/api/jurisdictions');
    expect(response.statusCode).toBe(200);
  });
});

describe('input PostgreSQL cannot store', () => {
  it('refuses a NUL byte by the field that holds it, before it reaches the database', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'a\u0000', password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      {
        field: 'body.username',
        problem: 'unstorable_character',
        message: '含有无法保存的不可见字符（如空字符），请删除后重试',
      },
    ]);
  });

  it('refuses a lone surrogate, which no UTF-8 encodes, and writes nothing', async () => {
    const before = (await staff.get('/api/people?pageSize=1')).json().total;
    const response = await staff.post('/api/people', { name: 'x\ud800', orgId });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe('body.name');
    expect((await staff.get('/api/people?pageSize=1')).json().total).toBe(before);
  });

  it('reads the public search with a NUL in it as the search without it', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/search?q=%E7%A7%91%00%E6%8A%80' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('value="科技"');
  });

  it('answers a number past PostgreSQL’s integer range as invalid, not as a fault', async () => {
    const response = await staff.post(`/api/orgs/${orgId}/merge`, { intoId: 2 ** 31 });
    expect(response.statusCode).toBeLessThan(500);
    expect((await staff.post('/api/notifications/read', { ids: [2 ** 31] })).statusCode).toBe(400);
  });

  it('answers an open-data file of a year outside the records with 404', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/open-data/projects-0000.json' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/open-data/figures-9999.csv' })).statusCode).toBe(404);
  });
});

describe('malformed uploads', () => {
  const url = () => `/api/orgs/${orgId}/documents`;
  const boundary = 'robustboundary';

  it('answers a multipart body without a boundary with 400', async () => {
    const response = await staff.request({
      method: 'POST',
      url: url(),
      headers: { 'content-type': 'multipart/form-data' },
      payload: 'x',
    });
    expect(response.statusCode).toBe(400);
  });

  it('answers a truncated multipart body with 400', async () => {
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 cut`;
    const response = await staff.request({
      method: 'POST',
      url: url(),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(response.statusCode).toBe(400);
  });

  it('answers too many fields with 413, in words', async () => {
    const fields = Array.from(
      { length: 40 },
      (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`,
    ).join('');
    const response = await staff.request({
      method: 'POST',
      url: url(),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `${fields}--${boundary}--\r\n`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('TOO_MANY_PARTS');
  });

  it('stores the same file uploaded many times at once, every upload answered', async () => {
    const pdf = Buffer.from(`%PDF-1.4\n${'同一份文件'.repeat(2000)}\n%%EOF`);
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => staff.upload(url(), { kind: 'other' }, { name: 'same.pdf', bytes: pdf })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(12).fill(201));
    const stored = await localStorage(path.join(t.config.dataDir, 'files')).read(responses[0]!.json().sha256);
    expect(stored.equals(pdf)).toBe(true);
  });
});

describe('log lines', () => {
  it('name a request by its path, without what the user typed in the query', () => {
    expect(logSerializers.req({ method: 'GET', url: '/search?q=%E5%BC%A0%E4%B8%89&page=2', ip: '10.0.0.1' })).toEqual({
      method: 'GET',
      path: '/search',
      remoteAddress: '10.0.0.1',
    });
  });

  it('keep an error’s code and message but not the values PostgreSQL quotes in its detail', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "people_id_number"'), {
      code: '23505',
      detail: 'Key (id_number)=(110101199003077777) already exists.',
    });
    const line = JSON.stringify(logSerializers.err(error));
    expect(line).toContain('23505');
    expect(line).not.toContain('110101199003077777');
  });
});
