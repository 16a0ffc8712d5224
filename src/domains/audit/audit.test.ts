import { asc } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/tables/index.js';
import { ensureJurisdiction, makeUser, validUscc } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { verifyAudit } from './audit.service.js';

let t: TestApp;
let staff: Client;
let auditor: Client;

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  const s = await makeUser(t.db, 'staff');
  const a = await makeUser(t.db, 'auditor');
  staff = await login(t.app, s.username, s.password);
  auditor = await login(t.app, a.username, a.password, a.totp());
});
afterAll(() => t.close());

async function asOwner<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the audit trail', () => {
  it('records who, what, when, from where, before and after — without secrets', async () => {
    const created = await staff.post('/api/orgs', {
      name: '江川市审计测试有限公司',
      uscc: validUscc(),
      type: 'enterprise',
      jurisdictionCode: 'town-a',
    });
    const id = created.json().id;
    await staff.patch(`/api/orgs/${id}`, { address: '新地址' });
    const trail = await auditor.get(`/api/audit?entityType=org&entityId=${id}`);
    expect(trail.statusCode).toBe(200);
    const [update, create] = trail.json().items;
    expect(create).toMatchObject({
      action: 'org.create',
      actorName: staff.user.username,
      actorRole: 'staff',
      ip: '127.0.0.1',
    });
    expect(update.before.address).toBeNull();
    expect(update.after.address).toBe('新地址');
    const users = await auditor.get('/api/audit?action=user.create');
    expect(JSON.stringify(users.json())).not.toMatch(/argon2|passwordHash|totpSecret/);
  });

  it('cannot be changed or erased through the database role the app uses', async () => {
    await asOwner(async (client) => {
      await expect(client.query('UPDATE audit_log SET action = $1', ['x'])).rejects.toThrow(/append-only/);
      await expect(client.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(client.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    });
  });

  it('verifies intact, then finds an edited entry and a deleted one', async () => {
    expect((await auditor.get('/api/audit/verify')).json()).toMatchObject({ ok: true });
    const rows = await t.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    expect(rows.length).toBeGreaterThan(3);
    const victim = rows[2]!;
    await asOwner(async (client) => {
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
      await client.query(`UPDATE audit_log SET after = '{"address":"forged"}' WHERE seq = $1`, [victim.seq]);
    });
    expect(await verifyAudit(t.db)).toMatchObject({ ok: false, brokenAt: victim.seq, reason: 'content_changed' });
    await asOwner(async (client) => {
      await client.query(`UPDATE audit_log SET after = $1 WHERE seq = $2`, [JSON.stringify(victim.after), victim.seq]);
    });
    expect(await verifyAudit(t.db)).toMatchObject({ ok: true });
    await asOwner(async (client) => {
      await client.query('DELETE FROM audit_log WHERE seq = $1', [rows[1]!.seq]);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    });
    expect(await verifyAudit(t.db)).toMatchObject({ ok: false, brokenAt: rows[1]!.seq, reason: 'entry_missing' });
  });

  it('is for the auditor alone: the admin cannot read it, the auditor cannot change data', async () => {
    const a = await makeUser(t.db, 'admin');
    const admin = await login(t.app, a.username, a.password, a.totp());
    expect((await admin.get('/api/audit')).statusCode).toBe(403);
    const write = await auditor.post('/api/orgs', {
      name: '江川市审计员不能写有限公司',
      uscc: validUscc(),
      type: 'enterprise',
      jurisdictionCode: 'town-a',
    });
    expect(write.statusCode).toBe(403);
  });

  it('keeps the chain whole under concurrent writes', async () => {
    const fresh = await testApp();
    try {
      await ensureJurisdiction(fresh.db, 'town-a');
      const s = await makeUser(fresh.db, 'staff');
      const client = await login(fresh.app, s.username, s.password);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          client.post('/api/orgs', {
            name: `江川市并发${i}有限公司`,
            uscc: validUscc(),
            type: 'enterprise',
            jurisdictionCode: 'town-a',
          }),
        ),
      );
      expect(results.every((r) => r.statusCode === 201)).toBe(true);
      expect(await verifyAudit(fresh.db)).toMatchObject({ ok: true });
    } finally {
      await fresh.close();
    }
  });
});
