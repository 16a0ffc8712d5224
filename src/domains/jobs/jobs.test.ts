import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../db/backup.js';
import { createDb, createPool } from '../../db/client.js';
import { documentConversions, loginAttempts, sessions } from '../../db/tables/index.js';
import { makeOrg, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { localStorage } from '../../server/storage.js';
import { sofficePath } from '../reports/pdf.js';
import { pdfConverter } from '../reports/pdf-conversions.js';
import { keguanJobs, nightlyBackup, purgeExpired } from '../../server/jobs.js';
import { createJobQueue, type JobDefinition, type JobQueue } from './queue.js';

let t: TestApp;
let admin: Client;
const quiet = { info: () => undefined, error: () => undefined };
const queues: JobQueue[] = [];

beforeAll(async () => {
  t = await testApp();
  const a = await makeUser(t.db, 'admin');
  admin = await login(t.app, a.username, a.password, a.totp());
});
afterAll(async () => {
  for (const queue of queues) await queue.stop();
  await t.close();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An instance of KeGuan's job runner: its own pool on the shared database, as a second `keguan serve` has. */
function instance(definitions: JobDefinition[]): JobQueue {
  const queue = createJobQueue(createPool(t.url, 3), definitions, {
    log: quiet,
    pollingIntervalSeconds: 0.5,
    retryDelaySeconds: 1,
  });
  queues.push(queue);
  return queue;
}

describe('background jobs on PostgreSQL', () => {
  it('runs a job once though two instances work the queue, and retries one that fails', async () => {
    const runs: string[] = [];
    let flakyAttempts = 0;
    const definitions = (who: string): JobDefinition[] => [
      {
        name: 'test-once',
        run: async (data) => {
          runs.push(`${who}:${String(data.n)}`);
          return { n: data.n };
        },
      },
      {
        name: 'test-flaky',
        run: async () => {
          flakyAttempts++;
          if (flakyAttempts === 1) throw new Error('the first attempt fails');
          return { attempts: flakyAttempts };
        },
      },
    ];
    const a = instance(definitions('a'));
    const b = instance(definitions('b'));
    await a.start({ work: true });
    await b.start({ work: true });
    for (let n = 1; n <= 6; n++) await (n % 2 ? a : b).runNow('test-once', { n });
    await until(
      async () => runs.length,
      (count) => count >= 6,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(runs.map((r) => r.split(':')[1]).sort()).toEqual(['1', '2', '3', '4', '5', '6']);

    const id = await a.runNow('test-flaky');
    const job = await until(
      () => a.boss.getJobById('test-flaky', id, { includeArchive: true }),
      (j) => j?.state === 'completed',
    );
    expect(job).toMatchObject({ state: 'completed', retryCount: 1, output: { attempts: 2 } });
  });

  it('purges sessions past their idle time and login attempts older than half a year, keeping the rest', async () => {
    const user = await makeUser(t.db, 'staff');
    await t.db.insert(sessions).values([
      {
        tokenHash: 'stale',
        userId: user.id,
        csrfToken: 'x',
        ip: '10.0.0.1',
        lastSeenAt: sql`now() - interval '2 hours'`,
      },
      { tokenHash: 'live', userId: user.id, csrfToken: 'y', ip: '10.0.0.1' },
    ]);
    await t.db.insert(loginAttempts).values([
      { username: 'old', ip: '10.0.0.1', success: false, at: sql`now() - interval '200 days'` },
      { username: 'recent', ip: '10.0.0.1', success: false, at: sql`now() - interval '10 days'` },
    ]);
    const purged = await purgeExpired(t.db, t.pool);
    expect(purged).toMatchObject({ sessions: 1, loginAttempts: 1 });
    const left = await t.db.select({ token: sessions.tokenHash }).from(sessions);
    expect(left.map((s) => s.token)).toContain('live');
    expect(left.map((s) => s.token)).not.toContain('stale');
    expect((await t.db.select({ u: loginAttempts.username }).from(loginAttempts)).map((r) => r.u)).toContain('recent');
  });

  it('takes a nightly backup that restores, and deletes those older than the days kept', async () => {
    await makeOrg(t.db, { name: '夜间备份测试单位' });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-nightly-'));
    try {
      const old = path.join(dir, 'keguan-20260101-020000.kgbak');
      await fs.writeFile(old, 'an old backup');
      await fs.utimes(old, new Date('2026-01-01'), new Date('2026-01-01'));
      const kept = path.join(dir, 'notes.txt');
      await fs.writeFile(kept, 'not a backup');
      const result = await nightlyBackup({ pool: t.pool, storage: t.storage, dir, keepDays: 14 });
      expect(result.deleted).toEqual(['keguan-20260101-020000.kgbak']);
      expect((await fs.readdir(dir)).sort()).toEqual([result.file, 'notes.txt'].sort());

      const target = await testApp();
      try {
        const pool = createPool(target.url, 2);
        const restored = await restoreBackup({
          pool,
          storage: localStorage(path.join(dir, 'files')),
          file: path.join(dir, result.file),
        });
        expect(restored.rows).toBe(result.rows);
        const names = await createDb(pool).execute<{ name: string }>(
          sql`SELECT name FROM orgs WHERE name = '夜间备份测试单位'`,
        );
        expect(names.rows).toEqual([{ name: '夜间备份测试单位' }]);
        await pool.end();
      } finally {
        await target.close();
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("shows the admin each job's schedule, last run and failures; runs one now; keeps backups as long as the admin says", async () => {
    const listed = await admin.get('/api/system/jobs');
    expect(listed.statusCode, listed.body).toBe(200);
    const list = listed.json().items as {
      name: string;
      cron: string | null;
      internal: boolean;
      settings: Record<string, unknown>;
      latest: unknown;
    }[];
    expect(list.map((j) => [j.name, j.cron])).toEqual([
      ['reminders', '5 * * * *'],
      ['publication', '* * * * *'],
      ['purge', '30 3 * * *'],
      ['nightly-backup', '0 2 * * *'],
      ['pdf-conversion', null],
    ]);
    // Conversions are started by downloads, with the document to convert: shown, not run by hand.
    expect(list.find((j) => j.name === 'pdf-conversion')).toMatchObject({ internal: true });
    expect((await admin.post('/api/system/jobs/pdf-conversion/run')).json().error.code).toBe('JOB_INTERNAL');
    expect(list.find((j) => j.name === 'nightly-backup')!.settings).toEqual({ keepDays: 14 });
    expect((await admin.put('/api/system/jobs/nightly-backup/settings', { keepDays: 30 })).json()).toEqual({
      keepDays: 30,
    });
    expect((await admin.put('/api/system/jobs/nightly-backup/settings', { keepDays: 0 })).statusCode).toBe(400);

    // Another instance works the queue: the job asked for here runs there.
    const worker = instance(
      keguanJobs({ db: t.db, pool: t.pool, storage: t.storage, dataDir: t.config.dataDir, backupKeepDays: 14 }),
    );
    await worker.start({ work: true });
    const asked = await admin.post('/api/system/jobs/purge/run');
    expect(asked.statusCode).toBe(202);
    const purge = await until(
      async () =>
        (
          (await admin.get('/api/system/jobs')).json().items as {
            name: string;
            latest: { state: string } | null;
            settings: unknown;
          }[]
        ).find((j) => j.name === 'purge')!,
      (j) => j.latest?.state === 'completed',
    );
    expect(purge.latest).toMatchObject({
      state: 'completed',
      attempts: 1,
      output: { sessions: expect.any(Number), loginAttempts: expect.any(Number) },
    });
    expect(
      ((await admin.get('/api/system/jobs')).json().items as { name: string; settings: unknown }[]).find(
        (j) => j.name === 'nightly-backup',
      )!.settings,
    ).toEqual({ keepDays: 30 });
    expect((await admin.post('/api/system/jobs/nonsense/run')).statusCode).toBe(404);
  });
});

describe('PDF conversions on the job queue', () => {
  const document = async (text: string) =>
    Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] })));

  it('converts on whichever instance takes the job, and leaves nothing behind', async () => {
    const asking = instance(
      keguanJobs({ db: t.db, pool: t.pool, storage: t.storage, dataDir: t.config.dataDir, backupKeepDays: 14 }),
    );
    const other = instance(
      keguanJobs({ db: t.db, pool: t.pool, storage: t.storage, dataDir: t.config.dataDir, backupKeepDays: 14 }),
    );
    await asking.start({ work: true });
    await other.start({ work: true });
    const toPdf = pdfConverter(t.db, asking);
    if (sofficePath()) {
      const pdfs = await Promise.all([
        toPdf(await document('两台服务器排队转换')),
        toPdf(await document('第二份文档')),
      ]);
      for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const runs = await t.pool.query<{ state: string; output: Record<string, number> }>(
        `SELECT state::text, output FROM pgboss.job WHERE name = 'pdf-conversion' UNION ALL SELECT state::text, output FROM pgboss.archive WHERE name = 'pdf-conversion'`,
      );
      expect(runs.rows.filter((r) => r.state === 'completed').length).toBeGreaterThanOrEqual(2);
      expect(runs.rows.every((r) => r.output.pdfKb! > 0)).toBe(true);
    } else {
      await expect(toPdf(await document('没有 LibreOffice'))).rejects.toMatchObject({ code: 'PDF_UNAVAILABLE' });
    }
    expect((await t.db.select().from(documentConversions)).length).toBe(0);
  });

  it('retries a conversion that fails once more, then tells the user, and shows the admin why in words', async () => {
    const worker = instance(
      keguanJobs({ db: t.db, pool: t.pool, storage: t.storage, dataDir: t.config.dataDir, backupKeepDays: 14 }),
    );
    await worker.start({ work: true });
    const configured = process.env.KEGUAN_SOFFICE;
    // A converter that exits without writing a PDF.
    process.env.KEGUAN_SOFFICE = '/bin/true';
    try {
      await expect(pdfConverter(t.db, worker)(await document('写不出的 PDF'))).rejects.toMatchObject({
        code: 'PDF_FAILED',
      });
    } finally {
      if (configured === undefined) delete process.env.KEGUAN_SOFFICE;
      else process.env.KEGUAN_SOFFICE = configured;
    }
    expect((await t.db.select().from(documentConversions)).length).toBe(0);
    const job = (
      (await admin.get('/api/system/jobs')).json().items as {
        name: string;
        latest: { state: string; attempts: number; output: unknown };
      }[]
    ).find((j) => j.name === 'pdf-conversion')!;
    expect(job.latest).toMatchObject({
      state: 'failed',
      attempts: 2,
      output: { message: 'PDF 生成失败，请稍后重试或下载 Word 文档' },
    });
    expect(JSON.stringify(job.latest.output)).not.toContain('at ');
  });
});
