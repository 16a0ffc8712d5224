import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { funds, patentSubsidyClaims, patents, platforms } from '../../db/tables/index.js';
import { ensureJurisdiction, makeCall, makeOrg, makeProject, makeUser, validUscc } from '../../testing/factories.js';
import { checkCharacter } from '../patents/application-number.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';

let t: TestApp;
let staff: Client;

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  const u = await makeUser(t.db, 'staff');
  staff = await login(t.app, u.username, u.password);
});
afterAll(() => t.close());

const newOrg = (o: Record<string, unknown> = {}) => ({
  name: '江川市恒信精密机械有限公司',
  uscc: validUscc(),
  type: 'enterprise',
  jurisdictionCode: 'town-a',
  industry: '机械制造',
  ...o,
});

describe('registering an organisation', () => {
  it('creates it with 201 and normalises the USCC', async () => {
    const uscc = validUscc();
    const spaced = `${uscc.slice(0, 6).toLowerCase()} ${uscc.slice(6)}`;
    const response = await staff.post('/api/orgs', newOrg({ uscc: spaced, name: '江川市天润生物科技有限公司' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ uscc, name: '江川市天润生物科技有限公司', status: 'active', version: 1 });
  });

  it('refuses a wrong check character with 400 INVALID_USCC, in the caller language', async () => {
    const good = validUscc();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const zh = await staff.post('/api/orgs', newOrg({ uscc: bad }));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe('INVALID_USCC');
    expect(zh.json().error.message).toMatch(/统一社会信用代码/);
    const en = await staff.request({
      method: 'POST',
      url: '/api/orgs',
      payload: newOrg({ uscc: bad }),
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().error.message).toMatch(/social credit code/);
  });

  it('refuses a USCC already registered with 409 DUPLICATE_USCC', async () => {
    const uscc = validUscc();
    expect((await staff.post('/api/orgs', newOrg({ uscc }))).statusCode).toBe(201);
    const again = await staff.post('/api/orgs', newOrg({ uscc, name: '另一个名字有限公司' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUPLICATE_USCC');
  });

  it('reports every invalid field with 400 VALIDATION and details', async () => {
    const response = await staff.post('/api/orgs', { name: 'x', uscc: '', type: 'castle' });
    expect(response.statusCode).toBe(400);
    const { code, details } = response.json().error;
    expect(code).toBe('VALIDATION');
    const fields = details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.type', 'body.jurisdictionCode']));
  });
});

describe('finding organisations', () => {
  beforeAll(async () => {
    await makeOrg(t.db, { name: '江川市东湖葡萄专业合作社', type: 'cooperative' });
    await makeOrg(t.db, { name: '江川市绿源农业科技有限公司' });
    await makeOrg(t.db, { name: '江川市华科电子有限公司', jurisdictionCode: 'town-b' });
  });

  it('finds a Chinese name by a two-character substring', async () => {
    const response = await staff.get(`/api/orgs?q=${encodeURIComponent('葡萄')}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((o: { name: string }) => o.name)).toEqual(['江川市东湖葡萄专业合作社']);
  });

  it('finds by a single character and by a substring spanning words', async () => {
    const one = await staff.get(`/api/orgs?q=${encodeURIComponent('萄')}&pageSize=200`);
    expect(one.json().items.map((o: { name: string }) => o.name)).toContain('江川市东湖葡萄专业合作社');
    const spanning = await staff.get(`/api/orgs?q=${encodeURIComponent('源农业科')}`);
    expect(spanning.json().items.map((o: { name: string }) => o.name)).toEqual(['江川市绿源农业科技有限公司']);
  });

  it('does not match characters that are present but not adjacent', async () => {
    const response = await staff.get(`/api/orgs?q=${encodeURIComponent('葡合')}`);
    expect(response.json().total).toBe(0);
  });

  it('filters, sorts and pages', async () => {
    const page1 = await staff.get('/api/orgs?pageSize=2&page=1&sort=name&order=asc');
    const page2 = await staff.get('/api/orgs?pageSize=2&page=2&sort=name&order=asc');
    const all = await staff.get('/api/orgs?pageSize=200&sort=name&order=asc');
    const names = all.json().items.map((o: { name: string }) => o.name);
    expect([...page1.json().items, ...page2.json().items].map((o: { name: string }) => o.name)).toEqual(
      names.slice(0, 4),
    );
    expect(page1.json().total).toBe(all.json().total);
    const townB = await staff.get('/api/orgs?jurisdictionCode=town-b');
    expect(townB.json().items.every((o: { jurisdictionCode: string }) => o.jurisdictionCode === 'town-b')).toBe(true);
    const coops = await staff.get('/api/orgs?type=cooperative');
    expect(coops.json().items.map((o: { type: string }) => o.type)).toEqual(['cooperative']);
  });

  it('exports the filtered list as .xlsx with Chinese headers', async () => {
    const response = await staff.get(`/api/orgs/export?q=${encodeURIComponent('绿源')}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('单位名称');
    expect(sheet.getRow(2).getCell(1).value).toBe('江川市绿源农业科技有限公司');
    expect(sheet.rowCount).toBe(2);
  });
});

describe('data scopes', () => {
  it('shows a liaison only its jurisdiction and hides others as 404', async () => {
    const inA = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
    const inB = await makeOrg(t.db, { jurisdictionCode: 'town-b' });
    const u = await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-a' });
    const liaison = await login(t.app, u.username, u.password);
    const list = await liaison.get('/api/orgs?pageSize=200');
    expect(list.json().items.every((o: { jurisdictionCode: string }) => o.jurisdictionCode === 'town-a')).toBe(true);
    expect((await liaison.get(`/api/orgs/${inA.id}`)).statusCode).toBe(200);
    expect((await liaison.get(`/api/orgs/${inB.id}`)).statusCode).toBe(404);
  });

  it('shows an applicant only its own organisation, and lets it edit contacts but not its USCC', async () => {
    const u = await makeUser(t.db, 'applicant');
    const other = await makeOrg(t.db);
    const applicant = await login(t.app, u.username, u.password);
    const list = await applicant.get('/api/orgs');
    expect(list.json().items.map((o: { id: number }) => o.id)).toEqual([u.orgId]);
    expect((await applicant.get(`/api/orgs/${other.id}`)).statusCode).toBe(404);
    expect((await applicant.patch(`/api/orgs/${other.id}`, { contactName: '王五' })).statusCode).toBe(404);
    const edit = await applicant.patch(`/api/orgs/${u.orgId}`, { contactName: '王五', contactPhone: '0511-86000000' });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().contactName).toBe('王五');
    const uscc = await applicant.patch(`/api/orgs/${u.orgId}`, { uscc: validUscc() });
    expect(uscc.statusCode).toBe(403);
  });
});

describe('editing', () => {
  it('refuses a stale version with 409 STALE_VERSION and keeps the first edit', async () => {
    const org = await makeOrg(t.db);
    const first = await staff.patch(`/api/orgs/${org.id}`, { address: '科技路1号', version: 1 });
    expect(first.statusCode).toBe(200);
    const second = await staff.patch(`/api/orgs/${org.id}`, { address: '科技路2号', version: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('STALE_VERSION');
    expect((await staff.get(`/api/orgs/${org.id}`)).json().address).toBe('科技路1号');
  });

  it('merges a duplicate: its people and accounts move to the survivor', async () => {
    const survivor = await makeOrg(t.db);
    const duplicate = await makeOrg(t.db);
    await makeUser(t.db, 'applicant', { orgId: duplicate.id });
    const person = await staff.post('/api/people', { name: '张三', orgId: duplicate.id });
    expect(person.statusCode).toBe(201);
    const merged = await staff.post(`/api/orgs/${duplicate.id}/merge`, { intoId: survivor.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ status: 'merged', mergedIntoId: survivor.id });
    const detail = await staff.get(`/api/orgs/${survivor.id}`);
    expect(detail.json()).toMatchObject({ peopleCount: 1, userCount: 1 });
    expect((await staff.post(`/api/orgs/${survivor.id}/merge`, { intoId: survivor.id })).json().error.code).toBe(
      'INVALID_MERGE',
    );
  });

  it("merges every row that references the duplicate, found from the foreign keys, so the survivor's figures and its applicant's own records are whole", async () => {
    const survivor = await makeOrg(t.db);
    const duplicate = await makeOrg(t.db);
    const applicantUser = await makeUser(t.db, 'applicant', { orgId: survivor.id });
    const call = await makeCall(t.db, {});
    await makeProject(t.db, { callId: call.id, orgId: duplicate.id, state: 'approved', approvedFen: 5_000_000 });
    const digits = '2025100000017';
    const [patent] = await t.db
      .insert(patents)
      .values({
        applicationNumber: `${digits}.${checkCharacter(digits)}`,
        type: 'invention',
        title: '一种合并测试方法',
        applicantName: '重复单位',
        orgId: duplicate.id,
        filedOn: '2025-03-01',
      })
      .returning();
    const [claim] = await t.db
      .insert(patentSubsidyClaims)
      .values({ patentId: patent!.id, stage: 'filed', year: 2025, amountFen: 100_000, orgId: duplicate.id })
      .returning();
    await t.db.insert(funds).values({
      kind: 'self_raised',
      year: 2025,
      title: '企业研究开发投入',
      orgId: duplicate.id,
      amountFen: 300_000_000,
      naturalKey: `merge-${duplicate.id}`,
    });
    await t.db.insert(platforms).values({
      name: '合并测试企业技术中心',
      kind: 'enterprise_tech_center',
      level: 'city',
      orgId: duplicate.id,
      recognizedOn: '2025-05-01',
      status: 'active',
      naturalKey: `merge-${duplicate.id}`,
    });

    const merged = await staff.post(`/api/orgs/${duplicate.id}/merge`, { intoId: survivor.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().moved).toMatchObject({
      projects: 1,
      patents: 1,
      patent_subsidy_claims: 1,
      funds: 1,
      platforms: 1,
    });
    // Every column whose foreign key points at orgs: nothing of the duplicate is left but its own row.
    const references = await t.db.execute<{ table: string; column: string }>(sql`
      SELECT c.conrelid::regclass::text AS table, a.attname AS column FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND c.confrelid = 'orgs'::regclass`);
    expect(references.rows.length).toBeGreaterThan(10);
    for (const ref of references.rows) {
      const left = await t.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(ref.table)} WHERE ${sql.identifier(ref.column)} = ${duplicate.id}`,
      );
      expect([`${ref.table}.${ref.column}`, left.rows[0]!.n]).toEqual([`${ref.table}.${ref.column}`, 0]);
    }
    // The survivor's applicant finds the claim the duplicate made (it answered 404 when claims stayed behind).
    const applicant = await login(t.app, applicantUser.username, applicantUser.password);
    expect((await applicant.get(`/api/patent-subsidies/${claim!.id}`)).statusCode).toBe(200);
    const audit = await t.db.execute<{ after: { moved: Record<string, number> } }>(
      sql`SELECT after FROM audit_log WHERE action = 'org.merge' AND entity_id = ${String(duplicate.id)}`,
    );
    expect(audit.rows[0]!.after.moved.patent_subsidy_claims).toBe(1);
  });

  it('deactivates and reactivates', async () => {
    const org = await makeOrg(t.db);
    expect((await staff.post(`/api/orgs/${org.id}/deactivate`)).json().status).toBe('inactive');
    expect(
      (await staff.get('/api/orgs?status=inactive&pageSize=200')).json().items.map((o: { id: number }) => o.id),
    ).toContain(org.id);
    expect((await staff.post(`/api/orgs/${org.id}/activate`)).json().status).toBe('active');
  });
});

describe('dashboard counts', () => {
  it('counts active organisations by jurisdiction and type within the caller scope', async () => {
    await makeOrg(t.db, { jurisdictionCode: 'town-c', type: 'hospital' });
    const all = (await staff.get('/api/orgs/stats')).json();
    expect(all.byJurisdiction.find((j: { code: string }) => j.code === 'town-c').count).toBe(1);
    expect(all.byType.find((x: { type: string }) => x.type === 'hospital').count).toBeGreaterThanOrEqual(1);
    const u = await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-c' });
    const liaison = await login(t.app, u.username, u.password);
    const mine = (await liaison.get('/api/orgs/stats')).json();
    expect(mine.byJurisdiction).toEqual([{ code: 'town-c', name: expect.any(String), count: 1 }]);
  });
});
