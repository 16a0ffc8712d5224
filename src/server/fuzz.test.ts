import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { totpAt } from '../domains/auth/totp.js';
import { seedDemo } from '../domains/demo/seed.js';
import { portalColumns } from '../db/tables/index.js';
import { type Client, login, type TestApp, testApp } from '../testing/harness.js';

/**
 * No input answers 5xx: every operation of the OpenAPI document, called by every role with malformed ids,
 * queries and bodies (NUL bytes, lone surrogates, numbers past every range, wrong types, broken JSON and
 * multipart) on the demo city, and the public site's addresses likewise. A failure names the request.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  format?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
};
type Operation = {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

const password = 'Demo-Passw0rd!';
const roles = [
  'anonymous',
  'citizen',
  'applicant',
  'liaison',
  'expert',
  'staff',
  'staff-ip',
  'leader',
  'admin',
  'auditor',
] as const;
type Role = (typeof roles)[number];

let t: TestApp;
let totpSecrets: Map<string, string | null>;
const clients = new Map<Role, Client>();
let operations: { method: string; path: string; op: Operation }[] = [];

async function signIn(role: Exclude<Role, 'anonymous'>): Promise<Client | undefined> {
  const secret = totpSecrets.get(role);
  try {
    return await login(t.app, role, password, secret ? totpAt(secret, Date.now()) : undefined);
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  t = await testApp();
  const seeded = await seedDemo(t.db, { password, storage: t.storage });
  totpSecrets = new Map(seeded.accounts.map((a) => [a.username, a.totpSecret]));
  for (const role of roles) {
    if (role === 'anonymous') continue;
    const client = await signIn(role);
    if (client) clients.set(role, client);
  }
  const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      // Ending one's own session or changing one's password would only blind the rest of the run.
      .filter(() => !['/api/auth/logout', '/api/auth/password'].includes(path))
      .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
}, 300_000);
afterAll(() => t.close());

const hostile = [
  '\u0000',
  'a\u0000b',
  'x\ud800',
  '\udfff',
  '',
  ' ',
  '测'.repeat(5000),
  '%',
  "'; DROP TABLE users; --",
  '<script>x</script>',
  '../../etc/passwd',
  '1e309',
  '-0',
  '9'.repeat(40),
];
const idValues = [
  '0',
  '-1',
  '99999999999',
  '2147483648',
  '1.5',
  'abc',
  '%00',
  '%E4',
  '%F0%9F%98',
  'x'.repeat(300),
  '1',
  '2',
  '%20',
];
const queryValues = ['%00', '%E4%B8', 'x'.repeat(3000), '-1', '1e309', '[]', '{}', '2026-02-30', '%ED%A0%80'];

/** A body the schema would take, with `leaf` at every string and `count` at every number. */
function sample(schema: Schema | undefined, leaf: string, count: number, depth = 0): unknown {
  if (!schema || depth > 6) return leaf;
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return sample(variant, leaf, count, depth + 1);
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(v, leaf, count, depth + 1)]),
      );
    case 'array':
      return [sample(schema.items, leaf, count, depth + 1)];
    case 'integer':
    case 'number':
      return count;
    case 'boolean':
      return true;
    default:
      return schema.format === 'date' ? '2026-02-30' : leaf;
  }
}

function bodies(schema: Schema | undefined): InjectOptions['payload'][] {
  const wrongTypes = Object.fromEntries(
    Object.keys(schema?.properties ?? {}).map((k, i) => [k, [null, {}, [], 'x', -1, { $ne: 1 }][i % 6]]),
  );
  return [
    sample(schema, 'a\u0000b', 1) as InjectOptions['payload'],
    sample(schema, 'x\ud800', 2) as InjectOptions['payload'],
    sample(schema, '测试项目名称', 2147483648) as InjectOptions['payload'],
    sample(schema, '', -1) as InjectOptions['payload'],
    sample(schema, '2026-12-07', 1e300) as InjectOptions['payload'],
    wrongTypes,
    ['not', 'an', 'object'],
  ];
}

/** Percent-encoded as a browser would; a lone surrogate, which has no UTF-8, as the bytes of one (CESU-8). */
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function fill(path: string, value: string): string {
  return path.replace(/\{[^}]+\}/g, value);
}

async function send(role: Role, o: InjectOptions): Promise<LightMyRequestResponse> {
  const client = clients.get(role);
  const response = client ? await client.request(o) : await t.app.inject(o);
  // A write of the run (disabling an account, say) may end a session: sign in again, if the account still can.
  if (response.statusCode === 401 && client) {
    const again = await signIn(role as Exclude<Role, 'anonymous'>);
    if (again) clients.set(role, again);
    else clients.delete(role);
  }
  return response;
}

function multipart(kind: 'no-boundary' | 'truncated' | 'many-fields' | 'empty' | 'garbage'): InjectOptions {
  const boundary = 'fuzzboundary';
  const field = (i: number) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nv\r\n`;
  switch (kind) {
    case 'no-boundary':
      return { headers: { 'content-type': 'multipart/form-data' }, payload: 'whatever' };
    case 'truncated':
      return {
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 trunc`,
      };
    case 'many-fields':
      return {
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `${Array.from({ length: 300 }, (_, i) => field(i)).join('')}--${boundary}--\r\n`,
      };
    case 'empty':
      return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: '' };
    default:
      return {
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000\ud800\\"".pdf"\r\n\r\n\u0000\u0001\r\n--${boundary}--\r\n`,
      };
  }
}

const failures: string[] = [];
function check(role: Role, o: InjectOptions, response: LightMyRequestResponse) {
  if (response.statusCode >= 500) {
    const body =
      typeof o.payload === 'string' ? o.payload.slice(0, 120) : JSON.stringify(o.payload ?? null).slice(0, 120);
    failures.push(
      `${role} ${o.method} ${String(o.url).slice(0, 160)} ${body} → ${response.statusCode} ${response.body.slice(0, 160)}`,
    );
  }
}

describe('no input answers 5xx', () => {
  beforeEach(() => {
    failures.length = 0;
  });

  it('over every operation of the API, by every role', async () => {
    expect(operations.length).toBeGreaterThan(200);
    for (const { method, path, op } of operations) {
      const params = op.parameters ?? [];
      const hasPathParams = params.some((p) => p.in === 'path');
      const query = params.filter((p) => p.in === 'query');
      const json = op.requestBody?.content?.['application/json']?.schema;
      const isUpload = Boolean(op.requestBody?.content?.['multipart/form-data']);
      const requests: InjectOptions[] = [];
      for (const id of hasPathParams ? idValues : [''])
        requests.push({ method: method as InjectOptions['method'], url: fill(path, id) });
      const url = fill(path, '1');
      for (const value of queryValues)
        if (query.length)
          requests.push({
            method: method as InjectOptions['method'],
            url: `${url}?${query.map((q) => `${q.name}=${value}`).join('&')}`,
          });
      if (method !== 'GET' && method !== 'DELETE') {
        for (const payload of bodies(json)) requests.push({ method: method as InjectOptions['method'], url, payload });
        requests.push({
          method: method as InjectOptions['method'],
          url,
          headers: { 'content-type': 'application/json' },
          payload: '{"a":',
        });
        requests.push({
          method: method as InjectOptions['method'],
          url,
          headers: { 'content-type': 'application/json' },
          payload: '{"a":"\\u0000","b":"\\ud800"}',
        });
        if (isUpload)
          for (const kind of ['no-boundary', 'truncated', 'many-fields', 'empty', 'garbage'] as const)
            requests.push({ method: method as InjectOptions['method'], url, ...multipart(kind) });
      }
      for (const role of roles) for (const o of requests) check(role, o, await send(role, o));
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it("over the public site's addresses", async () => {
    const urls = [
      '/',
      ...portalColumns.flatMap((c) => [
        `/${c}/`,
        `/${c}/?page=0`,
        `/${c}/?page=%00`,
        `/${c}/?year=%00`,
        `/${c}/0`,
        `/${c}/99999999999`,
        `/${c}/%00`,
        `/${c}/%E4`,
      ]),
      ...hostile.map((q) => `/search?q=${encoded(q)}`),
      '/search?q=%00',
      '/search?q=%ED%A0%80',
      '/search?q=%E4%B8',
      '/open-data/projects-0000.json',
      '/open-data/projects-0000.csv',
      '/open-data/figures-0000.json',
      '/open-data/figures-9999.csv',
      '/open-data/%00',
      '/feeds/%00',
      '/feeds/news.xml',
      '/messages/%00',
      '/messages/lookup?code=%00',
      '/files/0',
      '/files/%00/a',
      '/files/1/%00',
      '/view?set=zh&back=%00',
      '/view?set=zh&back=//evil.example',
      '/preview/items/%00',
      '/app/%00',
      '/sitemap.xml',
    ];
    for (const url of urls)
      for (const role of ['anonymous', 'staff'] as const)
        check(role, { method: 'GET', url }, await send(role, { method: 'GET', url }));
    for (const q of hostile) {
      const o: InjectOptions = {
        method: 'POST',
        url: '/messages',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `name=${encoded(q)}&body=${encoded(q)}&answer=${encoded(q)}`,
      };
      check('anonymous', o, await send('anonymous', o));
      const objection: InjectOptions = {
        method: 'POST',
        url: '/publicity/1/objections',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `name=${encoded(q)}&body=${encoded(q)}`,
      };
      check('anonymous', objection, await send('anonymous', objection));
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
