import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../domains/audit/audit.service.js';
import { seedDemo } from '../domains/demo/seed.js';
import { localStorage } from '../server/storage.js';
import { portalFiles } from './tables/index.js';
import { makeUser } from '../testing/factories.js';
import { login, type TestApp, testApp } from '../testing/harness.js';
import { migrationData, restoreBackup, writeBackup } from './backup.js';
import { createDb, createPool, type Db } from './client.js';

let source: TestApp;
let target: TestApp;
let dir: string;
beforeAll(async () => {
  source = await testApp();
  target = await testApp();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-backup-'));
});
afterAll(async () => {
  await source.close();
  await target.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** Every row of every table of data, in key order, as the database prints it (change and request counters are not data). */
async function snapshot(db: Db): Promise<Record<string, unknown>> {
  const tables = await db.execute<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('data_versions', 'rate_limit_hits', 'document_conversions') ORDER BY 1` as never,
  );
  const result: Record<string, unknown> = {};
  for (const { name } of tables.rows) {
    const rows = await db.execute(
      `SELECT coalesce(json_agg(t ORDER BY t::text), '[]') AS rows FROM "${name}" t` as never,
    );
    result[name] = (rows.rows[0] as { rows: unknown }).rows;
  }
  return result;
}

function pool(url: string) {
  const p = createPool(url, 2);
  return { pool: p, db: createDb(p) };
}

describe('backup and restore', () => {
  it('gives back identical rows and files in an empty database', async () => {
    await seedDemo(source.db, { password: 'Demo-Passw0rd' });
    const a = await makeUser(source.db, 'applicant');
    const client = await login(source.app, a.username, a.password);
    const boundary = 'b';
    const pdf = Buffer.from('%PDF-1.4\nbackup test\n');
    await client.request({
      method: 'POST',
      url: `/api/orgs/${a.orgId}/documents`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n`),
        pdf,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    const file = path.join(dir, 'all.kgbak');
    const sourceStorage = localStorage(path.join(source.config.dataDir, 'files'));
    // A picture of the public site: its bytes are named by portal_files, not by the organisations' documents.
    const picture = await sourceStorage.put(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    await source.db.insert(portalFiles).values({ ...picture, mediaType: 'image/png', originalName: '图片.png' });
    const s = pool(source.url);
    const written = await writeBackup({ pool: s.pool, storage: sourceStorage, out: file });
    await s.pool.end();
    expect(written.files).toBe(2);
    expect(written.rows).toBeGreaterThan(700);

    const targetStorage = localStorage(path.join(dir, 'restored-files'));
    const r = pool(target.url);
    const restored = await restoreBackup({ pool: r.pool, storage: targetStorage, file });
    expect(restored).toEqual(written);
    expect(await snapshot(r.db)).toEqual(await snapshot(source.db));
    expect((await targetStorage.read(picture.sha256)).length).toBe(picture.size);
    expect(await verifyAudit(r.db)).toEqual(await verifyAudit(source.db));
    const [stored] = (await snapshot(r.db)).stored_files as { sha256: string }[];
    expect((await targetStorage.read(stored!.sha256)).equals(pdf)).toBe(true);

    // New rows after a restore get fresh ids, not ones the backup already used.
    const again = await makeUser(r.db, 'leader');
    expect(again.id).toBeGreaterThan(a.id);

    // A second restore into the now non-empty database is refused, and changes nothing.
    await expect(restoreBackup({ pool: r.pool, storage: targetStorage, file })).rejects.toMatchObject({
      code: 'NOT_EMPTY',
    });
    await r.pool.end();
  });

  it('refuses a cut-off backup and leaves the database empty', async () => {
    const small = await testApp();
    const empty = await testApp();
    try {
      await makeUser(small.db, 'leader');
      const file = path.join(dir, 'small.kgbak');
      const s = pool(small.url);
      await writeBackup({ pool: s.pool, storage: localStorage(path.join(dir, 'small-files')), out: file });
      await s.pool.end();
      const { gunzipSync, gzipSync } = await import('node:zlib');
      const lines = gunzipSync(await fs.readFile(file))
        .toString()
        .split('\n');
      const cut = path.join(dir, 'cut.kgbak');
      await fs.writeFile(cut, gzipSync(lines.slice(0, -3).join('\n')));
      const e = pool(empty.url);
      await expect(
        restoreBackup({ pool: e.pool, storage: localStorage(path.join(dir, 'cut-files')), file: cut }),
      ).rejects.toMatchObject({
        code: 'INVALID_BACKUP',
      });
      const rows = await snapshot(e.db);
      // Nothing of the backup stayed; what the migrations wrote is still there, untouched.
      expect(Object.entries(rows).filter(([table, r]) => !migrationData.has(table) && (r as unknown[]).length)).toEqual(
        [],
      );
      expect((rows.work_calendar as unknown[]).length).toBeGreaterThan(0);
      await e.pool.end();
    } finally {
      await small.close();
      await empty.close();
    }
  });
});
