import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/tables/index.js';
import { ensureJurisdiction, makeUser, validUscc } from '../../testing/factories.js';
import { login, type TestApp, testApp } from '../../testing/harness.js';
import { totpAt } from './totp.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
});
afterAll(() => t.close());

const attempt = (body: Record<string, unknown>, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: body, remoteAddress: ip });

describe('login', () => {
  it('returns the user, a CSRF token and an HttpOnly SameSite session cookie', async () => {
    const u = await makeUser(t.db, 'staff');
    const response = await attempt({ username: u.username, password: u.password });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { username: u.username, role: 'staff' },
      csrfToken: expect.any(String),
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('answers a wrong password and an unknown user alike: 401 INVALID_CREDENTIALS', async () => {
    const u = await makeUser(t.db, 'staff');
    const wrong = await attempt({ username: u.username, password: 'Wrong-passw0rd' });
    const unknown = await attempt({ username: 'nobody-here', password: 'Wrong-passw0rd' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error).toEqual(wrong.json().error);
  });

  it('locks the account for 15 minutes after five failures, told before any other limit', async () => {
    const u = await makeUser(t.db, 'applicant');
    for (let i = 0; i < 5; i++)
      expect((await attempt({ username: u.username, password: 'Wrong-passw0rd' })).statusCode).toBe(401);
    const locked = await attempt({ username: u.username, password: u.password });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(locked.json().error.message).toMatch(/15/);
    const [row] = await t.db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, u.id));
    const minutes = (row!.lockedUntil!.getTime() - Date.now()) / 60000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('lets an office behind one address log in 30 times a minute', async () => {
    const u = await makeUser(t.db, 'staff');
    for (let i = 0; i < 30; i++) {
      expect((await attempt({ username: u.username, password: u.password }, '10.9.9.9')).statusCode).toBe(200);
    }
  });

  it('slows down an address that keeps failing across accounts with 429 RATE_LIMITED', async () => {
    let last = 0;
    for (let i = 0; i < 61; i++)
      last = (await attempt({ username: `ghost${i}`, password: 'Wrong-passw0rd' }, '10.6.6.6')).statusCode;
    expect(last).toBe(429);
    const blocked = await attempt({ username: 'ghost', password: 'x' }, '10.6.6.6');
    expect(blocked.json().error.code).toBe('RATE_LIMITED');
    const u = await makeUser(t.db, 'staff');
    expect((await attempt({ username: u.username, password: u.password }, '10.6.6.7')).statusCode).toBe(200);
  });

  it('requires a TOTP code from admin and auditor', async () => {
    for (const role of ['admin', 'auditor'] as const) {
      const u = await makeUser(t.db, role);
      const without = await attempt({ username: u.username, password: u.password });
      expect(without.statusCode).toBe(401);
      expect(without.json().error.code).toBe('TOTP_REQUIRED');
      const wrong = await attempt({
        username: u.username,
        password: u.password,
        totp: '000000' === u.totp() ? '111111' : '000000',
      });
      expect(wrong.json().error.code).toBe('INVALID_TOTP');
      expect((await attempt({ username: u.username, password: u.password, totp: u.totp() })).statusCode).toBe(200);
    }
  });

  it('takes a one-time code once: replayed, or older than one already used, it is refused', async () => {
    const u = await makeUser(t.db, 'admin');
    const secret = (await t.db.select({ s: users.totpSecret }).from(users).where(eq(users.id, u.id)))[0]!.s!;
    const now = Date.now();
    const current = totpAt(secret, now);
    expect((await attempt({ username: u.username, password: u.password, totp: current })).statusCode).toBe(200);
    const replayed = await attempt({ username: u.username, password: u.password, totp: current });
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().error).toEqual({
      code: 'TOTP_REUSED',
      message: '该动态口令已使用过，请等待验证器显示新的口令后再输入',
    });
    expect(
      (await attempt({ username: u.username, password: u.password, totp: totpAt(secret, now - 30_000) })).json().error
        .code,
    ).toBe('TOTP_REUSED');
    // The next step's code (an authenticator running a little ahead) is still good, once.
    expect(
      (await attempt({ username: u.username, password: u.password, totp: totpAt(secret, now + 30_000) })).statusCode,
    ).toBe(200);
  });
});

describe('sessions', () => {
  it('refuses a state-changing request without the CSRF token with 403 CSRF', async () => {
    const u = await makeUser(t.db, 'staff');
    const client = await login(t.app, u.username, u.password);
    const body = { name: '江川市测试有限公司', uscc: validUscc(), type: 'enterprise', jurisdictionCode: 'town-a' };
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      payload: body,
      headers: { cookie: client.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      payload: body,
      headers: { cookie: client.cookie, 'x-csrf-token': 'nope' },
    });
    expect(wrong.json().error.code).toBe('CSRF');
    expect((await client.post('/api/orgs', body)).statusCode).toBe(201);
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const u = await makeUser(t.db, 'staff');
    const client = await login(t.app, u.username, u.password);
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    await t.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '31 minutes'` })
      .where(eq(sessions.userId, u.id));
    const expired = await client.get('/api/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('keeps a session that was used within 30 minutes', async () => {
    const u = await makeUser(t.db, 'staff');
    const client = await login(t.app, u.username, u.password);
    await t.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '29 minutes'` })
      .where(eq(sessions.userId, u.id));
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('logs out', async () => {
    const u = await makeUser(t.db, 'staff');
    const client = await login(t.app, u.username, u.password);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('enforces the policy with a clear message', async () => {
    const admin = await makeUser(t.db, 'admin');
    const client = await login(t.app, admin.username, admin.password, admin.totp());
    for (const password of ['Short1!', 'alllowercaseletters', 'lowercase123']) {
      const response = await client.post('/api/users', {
        username: `weak${password.length}`,
        displayName: 'x',
        role: 'expert',
        password,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('WEAK_PASSWORD');
      expect(response.json().error.message).toMatch(/至少10位/);
    }
  });

  it('stores argon2id hashes, never the password', async () => {
    const u = await makeUser(t.db, 'staff');
    const [row] = await t.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, u.id));
    expect(row!.hash).toMatch(/^\$argon2id\$/);
    expect(row!.hash).not.toContain(u.password);
  });

  it('lets a user change their own password', async () => {
    const u = await makeUser(t.db, 'staff');
    const client = await login(t.app, u.username, u.password);
    const changed = await client.post('/api/auth/password', {
      currentPassword: u.password,
      newPassword: 'Another-Passw0rd',
    });
    expect(changed.statusCode).toBe(204);
    await expect(login(t.app, u.username, 'Another-Passw0rd')).resolves.toBeTruthy();
  });
});

describe('self-registration of an applicant and its organisation', () => {
  it('creates both, binds them and logs the applicant in', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: {
        username: 'new-firm',
        password: 'Firm-Passw0rd',
        displayName: '新企业联系人',
        org: { name: '江川市新锐光电有限公司', uscc: validUscc(), type: 'enterprise', jurisdictionCode: 'town-a' },
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ username: 'new-firm', role: 'applicant', orgId: expect.any(Number) });
  });

  it('leaves nothing behind when the account part is refused', async () => {
    const uscc = validUscc();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: {
        username: 'weak-firm',
        password: 'weak',
        displayName: 'x',
        org: { name: '江川市弱密码有限公司', uscc, type: 'enterprise', jurisdictionCode: 'town-a' },
      },
    });
    expect(response.json().error.code).toBe('WEAK_PASSWORD');
    const staff = await makeUser(t.db, 'staff');
    const client = await login(t.app, staff.username, staff.password);
    expect((await client.get(`/api/orgs?q=${uscc}`)).json().total).toBe(0);
  });
});

describe('security headers', () => {
  it('sends CSP, nosniff and frame protection', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.json()).toEqual({ status: 'ok', database: t.databaseKind });
  });
});
