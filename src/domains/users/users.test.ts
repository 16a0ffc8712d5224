import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureJurisdiction, ensureSection, makeOrg, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  await ensureSection(t.db, 'agriculture');
  const a = await makeUser(t.db, 'admin');
  admin = await login(t.app, a.username, a.password, a.totp());
});
afterAll(() => t.close());

describe('user management', () => {
  it('binds each role to what scopes it', async () => {
    const liaison = await admin.post('/api/users', {
      username: 'town-liaison',
      displayName: '联络员',
      role: 'liaison',
      password: 'Liaison-Passw0rd',
    });
    expect(liaison.statusCode).toBe(400);
    expect(liaison.json().error.details[0].field).toBe('body.jurisdictionCode');
    const ok = await admin.post('/api/users', {
      username: 'town-liaison',
      displayName: '联络员',
      role: 'liaison',
      password: 'Liaison-Passw0rd',
      jurisdictionCode: 'town-a',
      sectionCode: 'agriculture',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      role: 'liaison',
      jurisdictionCode: 'town-a',
      sectionCode: null,
      totpSecret: null,
    });
    const dup = await admin.post('/api/users', {
      username: 'Town-Liaison',
      displayName: 'x',
      role: 'leader',
      password: 'Leader-Passw0rd',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('DUPLICATE_USERNAME');
  });

  it('gives a new auditor a TOTP secret once, and a working login with it', async () => {
    const created = await admin.post('/api/users', {
      username: 'second-auditor',
      displayName: '审计员二',
      role: 'auditor',
      password: 'Auditor-Passw0rd',
    });
    expect(created.json().totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect(created.json().totpUri).toMatch(/^otpauth:\/\/totp\//);
    expect((await admin.get(`/api/users/${created.json().id}`)).json()).not.toHaveProperty('totpSecret');
  });

  it('deactivates an account, which ends its sessions', async () => {
    const org = await makeOrg(t.db);
    const u = await makeUser(t.db, 'applicant', { orgId: org.id });
    const client = await login(t.app, u.username, u.password);
    const off = await admin.patch(`/api/users/${u.id}`, { active: false });
    expect(off.json().active).toBe(false);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: u.password },
    });
    expect(again.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  it('unlocks a locked account and resets a password', async () => {
    const u = await makeUser(t.db, 'staff');
    for (let i = 0; i < 5; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: u.username, password: 'Wrong-passw0rd' },
      });
    expect((await admin.get(`/api/users/${u.id}`)).json().lockedUntil).not.toBeNull();
    expect((await admin.post(`/api/users/${u.id}/unlock`)).json().lockedUntil).toBeNull();
    expect((await admin.post(`/api/users/${u.id}/password`, { password: 'Reset-Passw0rd' })).statusCode).toBe(200);
    await expect(login(t.app, u.username, 'Reset-Passw0rd')).resolves.toBeTruthy();
  });
});
