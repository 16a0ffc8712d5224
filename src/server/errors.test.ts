import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ env: { KEGUAN_API_RATE_LIMIT: '5' } });
  // A route that fails the way a bug would, with SQL in its message.
  t.app.get('/api/test-failure', { config: { access: 'public' } }, async () => {
    throw new Error('relation "secret_table" does not exist: SELECT password FROM secret_table');
  });
});
afterAll(() => t.close());

describe('errors every client sees the same way', () => {
  it('answers an unknown API path with 404 NOT_FOUND', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: '未找到该记录' } });
  });

  it('refuses a body that is not JSON with 415, and broken JSON with 400', async () => {
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'username=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.statusCode).toBe(415);
    expect(plain.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('VALIDATION');
  });

  it('never sends a stack trace or SQL, and says it in English when asked', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/test-failure',
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      error: { code: 'INTERNAL', message: 'Internal server error; please try again later' },
    });
    expect(response.body).not.toMatch(/secret_table|SELECT|at .*\.ts/);
  });

  it('words each refused field in the language of the caller, telling a missing field from a wrong one', async () => {
    const ask = (language: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { password: 12 },
        headers: { 'accept-language': language },
        remoteAddress: `10.9.9.${language.length}`,
      });
    const zh = (await ask('zh-CN')).json().error;
    expect(zh.message).toBe('提交的内容有误，请检查标出的字段');
    expect(zh.details).toEqual(
      expect.arrayContaining([
        { field: 'body.username', problem: 'required', message: '必填项为空' },
        { field: 'body.password', problem: 'expected_text', message: '应为文字' },
      ]),
    );
    const en = (await ask('en')).json().error;
    expect(en.details).toEqual(
      expect.arrayContaining([{ field: 'body.password', problem: 'expected_text', message: 'must be text' }]),
    );
  });

  it('limits API requests per caller with 429 RATE_LIMITED', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await t.app.inject({ method: 'GET', url: '/api/jurisdictions', remoteAddress: '10.1.2.3' })).statusCode,
      );
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
    const limited = await t.app.inject({ method: 'GET', url: '/api/jurisdictions', remoteAddress: '10.1.2.3' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/jurisdictions', remoteAddress: '10.1.2.4' })).statusCode,
    ).toBe(200);
  });
});
