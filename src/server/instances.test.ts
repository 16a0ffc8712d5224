import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplate } from '../db/test-db.js';
import type pg from 'pg';
import { createDb, createPool, type Db } from '../db/client.js';
import { makeOrg, makeUser } from '../testing/factories.js';
import { login, testServerUrl } from '../testing/harness.js';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { startS3 } from '../testing/s3.js';
import { configuredStorage } from './storage.js';

/**
 * Two `keguan serve` on one DATABASE_URL behave as one: each its own process state (pool, memory, data dir),
 * sharing only PostgreSQL — sessions, lockouts, rate limits and uploaded files (KEGUAN_FILE_STORE=database) — or
 * the files in an S3-compatible store.
 */
const perMinute = 40;
let database: Awaited<ReturnType<typeof cloneTemplate>>;
/** The test's own connection, as a third party writing the fixtures. */
let helperPool: pg.Pool;
let db: Db;
const instances: { app: FastifyInstance; close(): Promise<void> }[] = [];
let s3: Awaited<ReturnType<typeof startS3>>;
let a: FastifyInstance;
let b: FastifyInstance;

async function instance(url: string, store: 'database' | 's3' = 'database') {
  const pool = createPool(url, 4);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-instance-'));
  const config = loadConfig({
    KEGUAN_DATA_DIR: dataDir,
    KEGUAN_LOG_LEVEL: 'silent',
    KEGUAN_API_RATE_LIMIT: String(perMinute),
    KEGUAN_FILE_STORE: store,
    ...(store === 's3' ? s3Env() : {}),
    ...(process.env.KEGUAN_TODAY ? { KEGUAN_TODAY: process.env.KEGUAN_TODAY } : {}),
  });
  const storage = configuredStorage(config, pool);
  const app = await buildApp({ config, db: createDb(pool), pool, databaseKind: 'external', storage, logger: false });
  const made = {
    app,
    async close() {
      await app.close();
      await pool.end();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
  instances.push(made);
  return app;
}

/** The S3 store as an operator configures it. */
const s3Env = () => ({
  KEGUAN_S3_BUCKET: s3.config.bucket,
  KEGUAN_S3_ENDPOINT: s3.config.endpoint!,
  KEGUAN_S3_ACCESS_KEY_ID: s3.config.credentials!.accessKeyId,
  KEGUAN_S3_SECRET_ACCESS_KEY: s3.config.credentials!.secretAccessKey,
  KEGUAN_S3_PREFIX: 'instances/',
});

beforeAll(async () => {
  s3 = await startS3();
  database = await cloneTemplate(testServerUrl().url);
  helperPool = createPool(database.url, 2);
  db = createDb(helperPool);
  a = await instance(database.url);
  b = await instance(database.url);
});
afterAll(async () => {
  for (const i of instances) await i.close();
  await helperPool.end();
  await database.drop();
  await s3.close();
});

describe('two instances on one database', () => {
  it('share a session: logged in on one, known on the other; logged out on one, gone on both', async () => {
    const user = await makeUser(db, 'staff');
    const onA = await login(a, user.username, user.password);
    const me = await b.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: onA.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(user.username);
    // The CSRF token issued by one instance is good on the other.
    const write = await b.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: onA.cookie, 'x-csrf-token': onA.csrfToken },
    });
    expect(write.statusCode).toBeLessThan(300);
    expect((await a.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: onA.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('share a lockout: wrong passwords spread over both lock the account on both', async () => {
    const user = await makeUser(db, 'staff');
    for (let i = 0; i < 5; i++) {
      const app = i % 2 ? b : a;
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `10.9.0.${i}`,
        payload: { username: user.username, password: 'Wrong-Passw0rd!' },
      });
      expect(wrong.statusCode).toBe(401);
    }
    for (const app of [a, b]) {
      const locked = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: user.password },
      });
      expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    }
  });

  it("share a session's rate limit: its requests are counted together, whichever instance answers", async () => {
    const user = await makeUser(db, 'staff');
    const client = await login(a, user.username, user.password);
    const statuses: number[] = [];
    for (let i = 0; i < perMinute + 10; i++) {
      statuses.push(
        (await (i % 2 ? b : a).inject({ method: 'GET', url: '/api/jurisdictions', headers: { cookie: client.cookie } }))
          .statusCode,
      );
    }
    // The login itself counted once, against the address.
    expect(statuses.filter((s) => s === 200).length).toBe(perMinute);
    expect(statuses.slice(perMinute)).toEqual(Array(10).fill(429));
  });

  it('limit a client that sends a new random cookie with every request, by its address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < perMinute + 5; i++) {
      const cookie = `keguan_session=${randomBytes(32).toString('base64url')}`;
      statuses.push(
        (
          await (i % 2 ? b : a).inject({
            method: 'GET',
            url: '/api/clock',
            remoteAddress: '10.77.0.1',
            headers: { cookie },
          })
        ).statusCode,
      );
    }
    expect(statuses.filter((s) => s === 429).length).toBe(5);
    const registrations: number[] = [];
    for (let i = 0; i < 22; i++) {
      const cookie = `keguan_session=${randomBytes(32).toString('base64url')}`;
      registrations.push(
        (
          await (i % 2 ? b : a).inject({
            method: 'POST',
            url: '/api/auth/register',
            remoteAddress: '10.78.0.1',
            headers: { cookie },
            payload: {},
          })
        ).statusCode,
      );
    }
    // Twenty registrations an hour from one address: the rest are refused before any password is hashed.
    expect(registrations.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(registrations.slice(20)).toEqual([429, 429]);
  });

  it.each(['database', 's3'] as const)(
    'share uploaded files kept in %s: stored through one, downloaded through the other',
    async (store) => {
      const [one, other] =
        store === 'database' ? [a, b] : [await instance(database.url, 's3'), await instance(database.url, 's3')];
      const org = await makeOrg(db);
      const user = await makeUser(db, 'applicant', { orgId: org.id });
      const onA = await login(one, user.username, user.password);
      const pdf = Buffer.from(`%PDF-1.4\n${'两台服务器共享的文件'.repeat(500)}\n%%EOF\n`);
      const uploaded = await onA.upload(
        `/api/orgs/${org.id}/documents`,
        { kind: 'other' },
        { name: '共享.pdf', bytes: pdf },
      );
      expect(uploaded.statusCode).toBe(201);
      const download = await other.inject({
        method: 'GET',
        url: `/api/files/${uploaded.json().id}`,
        headers: { cookie: onA.cookie },
      });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(pdf)).toBe(true);
    },
  );
});
