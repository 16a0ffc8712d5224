import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patentSubsidyClaims, patents } from '../../db/schema/index.js';
import { ensureJurisdiction, makeOrg, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { checkCharacter } from './application-number.js';

let t: TestApp;
let staff: Client;
let staff2: Client;
let applicant: Client;
let orgId: number;
let serial = 0;

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  orgId = (await makeOrg(t.db, { jurisdictionCode: 'town-a' })).id;
  const [s, s2, a] = [await makeUser(t.db, 'staff'), await makeUser(t.db, 'staff'), await makeUser(t.db, 'applicant', { orgId })];
  staff = await login(t.app, s.username, s.password);
  staff2 = await login(t.app, s2.username, s2.password);
  applicant = await login(t.app, a.username, a.password);
  const rates = await staff.request({
    method: 'PUT',
    url: '/api/patent-subsidies/rates',
    payload: {
      year: 2009,
      items: [
        { type: 'invention', stage: 'filed', amount: '2000' },
        { type: 'invention', stage: 'granted', amount: 5000.5 },
        { type: 'utility_model', stage: 'granted', amount: '800' },
      ],
    },
  });
  expect(rates.statusCode).toBe(200);
});
afterAll(() => t.close());

async function patent(o: { type?: 1 | 2; granted?: boolean } = {}) {
  const digits = `2009${o.type ?? 1}${String(1000 + ++serial).padStart(7, '0')}`;
  const [row] = await t.db
    .insert(patents)
    .values({ applicationNumber: `${digits}.${checkCharacter(digits)}`, type: o.type === 2 ? 'utility_model' : 'invention', title: `资助测试专利${serial}`, applicantName: '某公司', orgId, jurisdictionCode: 'town-a', filedOn: '2009-02-01', grantedOn: o.granted ? '2009-10-01' : null })
    .returning();
  return row!;
}

describe('patent subsidies (专利资助)', () => {
  it('an applicant claims at the year rate, staff approve and pay it in a batch; the total is exact', async () => {
    const p = await patent({ granted: true });
    const filed = await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' });
    const granted = await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'granted' });
    expect([filed.json().amount, granted.json().amount]).toEqual(['2000.00', '5000.50']);
    for (const c of [filed, granted]) expect((await staff.post(`/api/patent-subsidies/${c.json().id}/decision`, { approve: true })).statusCode).toBe(200);
    // A payment is a fact with its document: never dated after today, never without its 文号.
    const ahead = await staff.post('/api/patent-subsidies/batches', { title: '2099年专利资助', docNo: '江科发〔2099〕1号', paidOn: '2099-12-20', claimIds: [filed.json().id] });
    expect([ahead.statusCode, ahead.json().error.details[0].field]).toEqual([400, 'body.paidOn']);
    const unnumbered = await staff.post('/api/patent-subsidies/batches', { title: '无文号批次', paidOn: '2009-12-20', claimIds: [filed.json().id] });
    expect([unnumbered.statusCode, unnumbered.json().error.details[0].field]).toEqual([400, 'body.docNo']);
    const batch = await staff.post('/api/patent-subsidies/batches', { title: '2009年第一批专利资助', docNo: '江科发〔2009〕30号', paidOn: '2009-12-20', claimIds: [filed.json().id, granted.json().id] });
    expect(batch.json()).toMatchObject({ total: '7000.50', claims: 2 });
    // The list counts the batch's own claims (it once compared a claim's batch with the claim's own id).
    const listed = (await staff.get('/api/patent-subsidies/batches')).json();
    expect((listed.items ?? listed).find((b: { id: number }) => b.id === batch.json().id)).toMatchObject({ total: '7000.50', claims: 2 });
    const mine = (await applicant.get(`/api/patent-subsidies?batchId=${batch.json().id}`)).json();
    expect(mine).toMatchObject({ total: 2, amount: '7000.50' });
    expect(mine.items.every((c: { state: string }) => c.state === 'paid')).toBe(true);
    const sheet = await staff.get('/api/patent-subsidies/batches/export');
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).values).toEqual(expect.arrayContaining(['2009年第一批专利资助', '江科发〔2009〕30号', '7000.50']));
  });

  it('never claims the same patent-stage twice, even at the same moment; a refused claim may be made again', async () => {
    const p = await patent();
    const both = await Promise.all([applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' }), staff.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('DUPLICATE_CLAIM');
    // The database itself refuses a second live claim, whatever code tries.
    await expect(t.db.insert(patentSubsidyClaims).values({ patentId: p.id, stage: 'filed', year: 2009, amountFen: 1, orgId, state: 'paid' })).rejects.toThrow();
    const claim = both.find((r) => r.statusCode === 201)!.json();
    expect((await staff.post(`/api/patent-subsidies/${claim.id}/decision`, { approve: false })).statusCode).toBe(400);
    expect((await staff.post(`/api/patent-subsidies/${claim.id}/decision`, { approve: false, reason: '申请人与资助单位不符' })).statusCode).toBe(200);
    expect((await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' })).statusCode).toBe(201);
  });

  it('two staff deciding or paying at once: exactly one succeeds, and nothing is paid twice', async () => {
    const p = await patent();
    const claim = (await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' })).json();
    const decisions = await Promise.all([staff.post(`/api/patent-subsidies/${claim.id}/decision`, { approve: true }), staff2.post(`/api/patent-subsidies/${claim.id}/decision`, { approve: true })]);
    expect(decisions.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const body = (title: string) => ({ title, docNo: `江科发〔2009〕${title}号`, paidOn: '2009-12-21', claimIds: [claim.id] });
    const batches = await Promise.all([staff.post('/api/patent-subsidies/batches', body('批次甲')), staff2.post('/api/patent-subsidies/batches', body('批次乙'))]);
    expect(batches.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const paid = (await staff.get(`/api/patent-subsidies?state=paid&pageSize=500`)).json().items.filter((c: { id: number }) => c.id === claim.id);
    expect(paid).toHaveLength(1);
  });

  it("imports an earlier ledger: paid by default at the year's rate, a claimed patent-stage found again, unknown patents reported", async () => {
    const granted = await patent({ granted: true });
    const filedOnly = await patent();
    const boundary = 'ledgerboundary';
    const csv = [
      '申请号,资助阶段,年度,资助金额（元）,状态',
      `${granted.applicationNumber},授权,,,已拨付`,
      `ZL ${filedOnly.applicationNumber},申请,2009,1500,核准`,
      `${filedOnly.applicationNumber},授权,,,已拨付`,
      '202010566088.9,申请,,,已拨付',
    ].join('\r\n');
    const send = () =>
      staff.request({
        method: 'POST',
        url: '/api/patent-subsidies/import',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ledger.csv"\r\n\r\n`), Buffer.from(csv), Buffer.from(`\r\n--${boundary}--\r\n`)]),
      });
    const report = (await send()).json();
    expect(report).toMatchObject({ inserted: 2, committed: true });
    expect(report.problems.map((p: { row: number; problem: string }) => [p.row, p.problem])).toEqual([
      [4, 'not_granted'],
      [5, 'patent_unknown'],
    ]);
    expect((await send()).json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const claims = (await staff.get('/api/patent-subsidies?year=2009&pageSize=500')).json().items;
    const paid = claims.find((c: { patentId: number; stage: string }) => c.patentId === granted.id && c.stage === 'granted');
    expect(paid).toMatchObject({ state: 'paid', amount: '5000.50' });
    expect((await applicant.get(`/api/patent-subsidies/${paid.id}`)).json()).toMatchObject({ id: paid.id, amount: '5000.50' });
    expect((await applicant.post('/api/patent-subsidies', { patentId: granted.id, stage: 'granted' })).json().error.code).toBe('DUPLICATE_CLAIM');
  });

  it('refuses a stage not reached, a year without rates, and another organisation’s patent', async () => {
    const p = await patent();
    expect((await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'granted' })).json().error.details[0].message).toBe('该专利尚未授权');
    const utility = await patent({ type: 2 });
    expect((await applicant.post('/api/patent-subsidies', { patentId: utility.id, stage: 'filed' })).json().error.details[0].message).toMatch(/^\d{4}年没有此类专利此阶段的资助标准/);
    const other = await makeUser(t.db, 'applicant', { jurisdictionCode: 'town-a' });
    const stranger = await login(t.app, other.username, other.password);
    expect((await stranger.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' })).statusCode).toBe(404);
    expect((await stranger.get('/api/patent-subsidies')).json().total).toBe(0);
  });
});
