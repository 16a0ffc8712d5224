import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { localStorage } from '../server/storage.js';
import { makeUser } from '../testing/factories.js';
import * as clock from '../shared/clock.js';
import { login } from '../testing/harness.js';
import { createDb, createPool, type Db, ReplicaPool } from './client.js';
import { ensureDatabase } from './database.js';
import { runMigrations } from './migrate.js';

/**
 * A real standby of Debian's PostgreSQL (initdb, pg_basebackup -R, streaming): the public site reads from
 * it, a writer's own view stays on the primary, and losing the standby sends reads to the primary.
 */
const run = promisify(execFile);
const debianBin = existsSync('/usr/lib/postgresql')
  ? readdirSync('/usr/lib/postgresql')
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => `/usr/lib/postgresql/${v}/bin`)
      .find((bin) => existsSync(`${bin}/pg_basebackup`))
  : undefined;
if (!debianBin && process.env.CI === 'true')
  throw new Error("CI=true but Debian's PostgreSQL (postgresql package) is not installed: the replica test needs it");
const asRoot = process.getuid?.() === 0;

/**
 * Runs a PostgreSQL tool, as the postgres user when we are root (PostgreSQL refuses to run as root), its output
 * not captured: a server pg_ctl starts would otherwise hold the pipes open and the call never return.
 */
function tool(name: string, args: string[]): Promise<void> {
  const file = `${debianBin}/${name}`;
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function until(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(debianBin)('a streaming replica for read-only traffic', () => {
  let dir: string;
  let primaryUrl: string;
  let standbyUrl: string;
  let primaryPool: pg.Pool;
  let replicaPool: ReplicaPool;
  let standby: pg.Pool;
  let db: Db;
  let app: FastifyInstance;
  const fellBack: unknown[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-replica-'));
    await fs.chmod(dir, 0o755);
    if (asRoot) await run('chown', ['postgres:postgres', dir]);
    const [primaryPort, standbyPort] = [await freePort(), await freePort()];
    const primaryDir = path.join(dir, 'primary');
    const standbyDir = path.join(dir, 'standby');
    await tool('initdb', ['-D', primaryDir, '-U', 'keguan', '--auth=trust', '-E', 'UTF8', '--locale=C']);
    await fs.appendFile(
      path.join(primaryDir, 'postgresql.conf'),
      `\nlisten_addresses = '127.0.0.1'\nport = ${primaryPort}\nunix_socket_directories = '${dir}'\nwal_level = replica\nmax_wal_senders = 4\nfsync = off\n`,
    );
    await tool('pg_ctl', ['-D', primaryDir, '-l', path.join(dir, 'primary.log'), '-w', 'start']);
    primaryUrl = `postgres://keguan@127.0.0.1:${primaryPort}/keguan`;
    await ensureDatabase(primaryUrl);
    await runMigrations(primaryUrl);
    // A fast checkpoint: the default waits for the next scheduled one, minutes away.
    await tool('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'keguan',
      '-D',
      standbyDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    await fs.appendFile(path.join(standbyDir, 'postgresql.conf'), `\nport = ${standbyPort}\n`);
    await tool('pg_ctl', ['-D', standbyDir, '-l', path.join(dir, 'standby.log'), '-w', 'start']);
    standbyUrl = `postgres://keguan@127.0.0.1:${standbyPort}/keguan`;

    primaryPool = createPool(primaryUrl, 4);
    db = createDb(primaryPool);
    replicaPool = new ReplicaPool(standbyUrl, primaryPool, {
      max: 4,
      retryMs: 500,
      onFallback: (error) => fellBack.push(error),
    });
    standby = new pg.Pool({ connectionString: standbyUrl, max: 1 });
    standby.on('error', () => undefined);
    const dataDir = path.join(dir, 'data');
    const config = loadConfig({
      KEGUAN_DATA_DIR: dataDir,
      KEGUAN_LOG_LEVEL: 'silent',
      KEGUAN_API_RATE_LIMIT: '100000',
      ...(process.env.KEGUAN_TODAY ? { KEGUAN_TODAY: process.env.KEGUAN_TODAY } : {}),
    });
    app = await buildApp({
      config,
      db,
      readDb: createDb(replicaPool),
      pool: primaryPool,
      databaseKind: 'external',
      storage: localStorage(path.join(dataDir, 'files')),
      logger: false,
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await standby?.end();
    await replicaPool?.end();
    await primaryPool?.end();
    for (const cluster of ['standby', 'primary'])
      await tool('pg_ctl', ['-D', path.join(dir, cluster), '-m', 'immediate', 'stop']).catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  });

  const publish = (title: string) =>
    // Published a minute ago by the app's clock, which KEGUAN_TODAY may set days away from PostgreSQL's.
    db.execute(
      sql`INSERT INTO portal_items ("column", title, body_html, body_text, state, publish_at) VALUES ('news', ${title}, '<p>正文</p>', '正文', 'published', ${new Date(clock.now().getTime() - 60_000)}::timestamptz)`,
    );
  const onStandby = async (title: string) =>
    (await standby.query('SELECT count(*)::int AS n FROM portal_items WHERE title = $1', [title])).rows[0].n === 1;
  const publicColumn = async () => (await app.inject({ method: 'GET', url: '/news/' })).body;

  it('is a real standby: read-only, and fed by the primary', async () => {
    expect((await standby.query('SELECT pg_is_in_recovery() AS standby')).rows[0].standby).toBe(true);
    await expect(
      standby.query(
        "INSERT INTO portal_items (\"column\", title, body_html, body_text) VALUES ('news', 'x', 'x', 'x')",
      ),
    ).rejects.toThrow(/read-only/);
    await publish('复制到备库的新闻');
    await until(() => onStandby('复制到备库的新闻'), 'the standby to replay the insert');
  });

  it("serves the public site from the standby, while a writer's own view comes from the primary", async () => {
    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      await publish('主库刚写入的新闻');
      const staff = await makeUser(db, 'staff');
      const client = await login(app, staff.username, staff.password);
      // The staff list reads the primary: the item is there at once.
      const own = (await client.get('/api/portal/items?pageSize=50'))
        .json()
        .items.map((i: { title: string }) => i.title);
      expect(own).toContain('主库刚写入的新闻');
      // The public column reads the standby, whose replay is paused: not yet.
      const before = await publicColumn();
      expect(before).toContain('复制到备库的新闻');
      expect(before).not.toContain('主库刚写入的新闻');
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    await until(() => onStandby('主库刚写入的新闻'), 'replay to resume');
    expect(await publicColumn()).toContain('主库刚写入的新闻');
    expect(fellBack).toEqual([]);
  });

  it('reads from the primary when the standby is lost, and says so once', async () => {
    await tool('pg_ctl', ['-D', path.join(dir, 'standby'), '-m', 'immediate', 'stop']);
    await publish('备库停机后的新闻');
    let page = '';
    await until(async () => {
      const response = await app.inject({ method: 'GET', url: '/news/' });
      page = response.body;
      return response.statusCode === 200 && page.includes('备库停机后的新闻');
    }, 'the site to read from the primary');
    expect(page).toContain('复制到备库的新闻');
    expect(fellBack.length).toBeGreaterThan(0);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});
