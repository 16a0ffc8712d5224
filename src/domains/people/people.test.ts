import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { idNumberCheckCharacter } from './id-number.js';

let t: TestApp;
let staff: Client;
beforeAll(async () => {
  t = await testApp();
  const s = await makeUser(t.db, 'staff');
  staff = await login(t.app, s.username, s.password);
});
afterAll(() => t.close());

const idNumber = (serial: string) => {
  const body = `32118119800101${serial}`;
  return body + idNumberCheckCharacter(body);
};

describe('people', () => {
  it('validates the ID number and never shows it whole', async () => {
    const org = await makeOrg(t.db);
    const bad = await staff.post('/api/people', {
      name: '王强',
      orgId: org.id,
      idNumber: '321181198001011230' === idNumber('123') ? '321181198001011231' : '321181198001011230',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_ID_NUMBER');
    const id = idNumber('123');
    const good = await staff.post('/api/people', { name: '王强', orgId: org.id, idNumber: id, talentTags: ['333'] });
    expect(good.statusCode).toBe(201);
    expect(good.json().idNumberMasked).toBe(`3211**********${id.slice(-4)}`);
    expect(JSON.stringify(good.json())).not.toContain(id);
    const listed = await staff.get(`/api/people?q=${encodeURIComponent('王强')}`);
    expect(JSON.stringify(listed.json())).not.toContain(id);
  });

  it('finds people by name substring and talent tag', async () => {
    const org = await makeOrg(t.db);
    await staff.post('/api/people', { name: '欧阳明辉', orgId: org.id, talentTags: ['169'] });
    expect((await staff.get(`/api/people?q=${encodeURIComponent('明辉')}`)).json().items[0].name).toBe('欧阳明辉');
    expect((await staff.get('/api/people?tag=169')).json().items.map((p: { name: string }) => p.name)).toContain(
      '欧阳明辉',
    );
  });

  it("keeps an applicant to its own organisation's people", async () => {
    const a = await makeUser(t.db, 'applicant');
    const other = await makeOrg(t.db);
    const applicant = await login(t.app, a.username, a.password);
    const mine = await applicant.post('/api/people', { name: '项目负责人' });
    expect(mine.statusCode).toBe(201);
    expect(mine.json().orgId).toBe(a.orgId);
    const theirs = await staff.post('/api/people', { name: '别人家的人', orgId: other.id });
    expect((await applicant.get(`/api/people/${theirs.json().id}`)).statusCode).toBe(404);
    expect((await applicant.get('/api/people')).json().items.map((p: { name: string }) => p.name)).toEqual([
      '项目负责人',
    ]);
  });
});
