import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { orgs, patentSubsidyClaims, patents, portalItems, portalMessages } from '../../db/tables/index.js';
import { ensureJurisdiction, ensureSection, makeOrg, makeUser } from '../../testing/factories.js';
import { approvedByDirector } from '../../testing/director.js';
import { publicisedAndPaid } from '../../testing/subsidies.js';
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
  await ensureSection(t.db, 'ip');
  await ensureSection(t.db, 'agriculture');
  const [s, s2, a] = [
    await makeUser(t.db, 'staff', { sectionCode: 'ip' }),
    await makeUser(t.db, 'staff', { sectionCode: 'ip' }),
    await makeUser(t.db, 'applicant', { orgId }),
  ];
  staff = await login(t.app, s.username, s.password);
  staff2 = await login(t.app, s2.username, s2.password);
  applicant = await login(t.app, a.username, a.password);
  const rates = await staff.request({
    method: 'PUT',
    url: '/api/patent-subsidies/rates',
    payload: {
      year: 2026,
      sectionCode: 'ip',
      claimWindowMonths: 12,
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

async function patent(o: { type?: 1 | 2; granted?: boolean; filedOn?: string } = {}) {
  const digits = `2026${o.type ?? 1}${String(1000 + ++serial).padStart(7, '0')}`;
  const [row] = await t.db
    .insert(patents)
    .values({
      applicationNumber: `${digits}.${checkCharacter(digits)}`,
      type: o.type === 2 ? 'utility_model' : 'invention',
      title: `资助测试专利${serial}`,
      applicantName: '某公司',
      orgId,
      jurisdictionCode: 'town-a',
      filedOn: o.filedOn ?? '2026-02-01',
      grantedOn: o.granted ? '2026-10-01' : null,
    })
    .returning();
  return row!;
}

describe('patent subsidies (专利资助)', () => {
  it('pays in the legal order: approved claims listed, publicised, objections answered, the period over, a dated and numbered payment approved by the director; the total is exact', async () => {
    const p = await patent({ granted: true });
    const filed = await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' });
    const granted = await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'granted' });
    expect([filed.json().amount, granted.json().amount]).toEqual(['2000.00', '5000.50']);
    for (const c of [filed, granted])
      expect((await staff.post(`/api/patent-subsidies/${c.json().id}/decision`, { approve: true })).statusCode).toBe(
        200,
      );
    const batch = await staff.post('/api/patent-subsidies/batches', {
      title: '2026年第一批专利资助',
      claimIds: [filed.json().id, granted.json().id],
    });
    expect(batch.json()).toMatchObject({ state: 'publicity', total: '7000.50', claims: 2 });
    const id = batch.json().id;
    // 公示 comes before 拨付: no payment of a list never publicised.
    const pay = (body: Record<string, unknown>) =>
      staff.post(`/api/patent-subsidies/batches/${id}/payment`, {
        docNo: '江科发〔2026〕30号',
        paidOn: '2026-12-06',
        ...body,
      });
    expect((await pay({})).json().error.code).toBe('PUBLICITY_REQUIRED');
    const item = (await staff.post('/api/portal/publicity/from-source', { kind: 'subsidy-batch', id })).json();
    const version = async () => (await staff.get(`/api/portal/items/${item.id}`)).json().version;
    await staff.post(`/api/portal/items/${item.id}/actions`, { action: 'submit', version: await version() });
    expect(
      (await staff2.post(`/api/portal/items/${item.id}/actions`, { action: 'publish', version: await version() }))
        .statusCode,
    ).toBe(200);
    const running = await pay({});
    expect([running.json().error.code, running.json().error.message]).toEqual([
      'PUBLICITY_RUNNING',
      `公示期至${(await staff.get(`/api/portal/items/${item.id}`)).json().endsOn}结束，公示期满后方可拨付`,
    ]);
    // The period runs out (dated back, as time would) with an objection still unanswered.
    await t.db
      .update(portalItems)
      .set({ startsOn: '2026-11-20', endsOn: '2026-11-27' })
      .where(eq(portalItems.id, item.id));
    const [objection] = await t.db
      .insert(portalMessages)
      .values({
        code: 'YY20261121001',
        kind: 'objection',
        itemId: item.id,
        subject: '异议',
        body: '该专利权人不在本市。',
        name: '王先生',
        contact: '13900000000',
        receivedAt: new Date('2026-11-21T02:00:00Z'),
        dueOn: '2026-12-01',
      })
      .returning();
    expect((await pay({})).json()).toMatchObject({
      error: { code: 'OBJECTIONS_OPEN', message: '公示期间收到的1件异议尚未答复，请先处理异议' },
    });
    await staff.post(`/api/portal/messages/${objection!.id}/actions`, {
      action: 'answer',
      version: objection!.version,
      reply: '经核实，该单位注册地在本市，异议不成立。',
    });
    // A payment is a fact with its document: never dated after today or inside the period, never without its 文号.
    expect((await pay({ paidOn: '2099-12-20' })).json().error.details[0]).toMatchObject({
      field: 'body.paidOn',
      problem: 'in_future',
    });
    expect((await pay({ paidOn: '2026-11-25' })).json().error.details[0].message).toBe(
      '公示期至2026-11-27结束，拨付日期不能早于公示期满',
    );
    expect((await pay({ docNo: '' })).json().error.details[0].field).toBe('body.docNo');
    const asked = await pay({});
    expect(asked.statusCode).toBe(202);
    expect((await pay({})).json().error.code).toBe('APPROVAL_PENDING');
    // Nothing is paid until the director approves.
    expect(
      (await applicant.get(`/api/patent-subsidies?batchId=${id}`))
        .json()
        .items.every((c: { state: string }) => c.state === 'approved'),
    ).toBe(true);
    await approvedByDirector(t, asked);
    const listed = (await staff.get('/api/patent-subsidies/batches')).json();
    expect((listed.items ?? listed).find((b: { id: number }) => b.id === id)).toMatchObject({
      state: 'paid',
      docNo: '江科发〔2026〕30号',
      paidOn: '2026-12-06',
      total: '7000.50',
      claims: 2,
    });
    const mine = (await applicant.get(`/api/patent-subsidies?batchId=${id}`)).json();
    expect(mine).toMatchObject({ total: 2, amount: '7000.50' });
    expect(mine.items.every((c: { state: string }) => c.state === 'paid')).toBe(true);
    const sheet = await staff.get('/api/patent-subsidies/batches/export');
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).values).toEqual(
      expect.arrayContaining(['2026年第一批专利资助', '江科发〔2026〕30号', '7000.50']),
    );
    // 拨付清单 for the finance office: payee, bank, account and amount.
    await t.db
      .update(orgs)
      .set({ bankName: '中国工商银行江川支行', bankAccount: '1105020109000123456' })
      .where(eq(orgs.id, orgId));
    const file = await staff.get(`/api/patent-subsidies/batches/${id}/payment.xlsx`);
    const payment = new ExcelJS.Workbook();
    await payment.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const rows = payment.worksheets[0]!.getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows.map((r) => [r[3], r[4], r[8]])).toEqual([
      ['中国工商银行江川支行', '1105020109000123456', 2000],
      ['中国工商银行江川支行', '1105020109000123456', 5000.5],
    ]);
  });

  it('takes a claim off a list when an objection is upheld, and only the section that owns subsidies decides them', async () => {
    const [one, two] = [await patent(), await patent()];
    const claims = [];
    for (const p of [one, two])
      claims.push((await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' })).json().id);
    const other = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
    const agriculture = await login(t.app, other.username, other.password);
    const refused = await agriculture.post(`/api/patent-subsidies/${claims[0]}/decision`, { approve: true });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'NOT_OWNING_SECTION']);
    for (const id of claims) await staff.post(`/api/patent-subsidies/${id}/decision`, { approve: true });
    const id = (
      await staff.post('/api/patent-subsidies/batches', { title: '2026年第二批专利资助', claimIds: claims })
    ).json().id;
    expect(
      (await staff.post(`/api/patent-subsidies/batches/${id}/exclude`, { claimId: claims[0], reason: '' })).statusCode,
    ).toBe(400);
    expect(
      (
        await staff.post(`/api/patent-subsidies/batches/${id}/exclude`, {
          claimId: claims[0],
          reason: '公示异议成立：专利权已转让',
        })
      ).json(),
    ).toEqual({ ok: true });
    const listed = (await staff.get('/api/patent-subsidies/batches')).json();
    expect((listed.items ?? listed).find((b: { id: number }) => b.id === id)).toMatchObject({
      total: '2000.00',
      claims: 1,
    });
    expect((await applicant.get(`/api/patent-subsidies/${claims[0]}`)).json()).toMatchObject({
      state: 'refused',
      reason: '公示异议成立：专利权已转让',
      batchId: null,
    });
  });

  it('never claims the same patent-stage twice, even at the same moment; a refused claim may be made again', async () => {
    const p = await patent();
    const both = await Promise.all([
      applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' }),
      staff.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('DUPLICATE_CLAIM');
    // The database itself refuses a second live claim, whatever code tries.
    await expect(
      t.db
        .insert(patentSubsidyClaims)
        .values({ patentId: p.id, stage: 'filed', year: 2009, amountFen: 1, orgId, state: 'paid' }),
    ).rejects.toThrow();
    const claim = both.find((r) => r.statusCode === 201)!.json();
    expect((await staff.post(`/api/patent-subsidies/${claim.id}/decision`, { approve: false })).statusCode).toBe(400);
    expect(
      (
        await staff.post(`/api/patent-subsidies/${claim.id}/decision`, {
          approve: false,
          reason: '申请人与资助单位不符',
        })
      ).statusCode,
    ).toBe(200);
    expect((await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' })).statusCode).toBe(201);
  });

  it('two staff deciding or paying at once: exactly one succeeds, and nothing is paid twice', async () => {
    const p = await patent();
    const claim = (await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' })).json();
    const decisions = await Promise.all([
      staff.post(`/api/patent-subsidies/${claim.id}/decision`, { approve: true }),
      staff2.post(`/api/patent-subsidies/${claim.id}/decision`, { approve: true }),
    ]);
    expect(decisions.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const batches = await Promise.all([
      staff.post('/api/patent-subsidies/batches', { title: '批次甲', claimIds: [claim.id] }),
      staff2.post('/api/patent-subsidies/batches', { title: '批次乙', claimIds: [claim.id] }),
    ]);
    expect(batches.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    const id = batches.find((r) => r.statusCode === 201)!.json().id;
    await publicisedAndPaid(t, staff, id, '江科发〔2026〕31号');
    const paid = (await staff.get(`/api/patent-subsidies?state=paid&pageSize=500`))
      .json()
      .items.filter((c: { id: number }) => c.id === claim.id);
    expect(paid).toHaveLength(1);
  });

  it("imports an earlier ledger: paid by default at the year's rate, a claimed patent-stage found again, unknown patents reported", async () => {
    const granted = await patent({ granted: true });
    const filedOnly = await patent();
    const boundary = 'ledgerboundary';
    const csv = [
      '申请号,资助阶段,年度,资助金额（元）,状态',
      `${granted.applicationNumber},授权,,,已拨付`,
      `ZL ${filedOnly.applicationNumber},申请,2026,1500,核准`,
      `${filedOnly.applicationNumber},授权,,,已拨付`,
      '202010566088.9,申请,,,已拨付',
    ].join('\r\n');
    const send = () =>
      staff.request({
        method: 'POST',
        url: '/api/patent-subsidies/import',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ledger.csv"\r\n\r\n`),
          Buffer.from(csv),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    const report = (await send()).json();
    expect(report).toMatchObject({ inserted: 2, committed: true });
    expect(report.problems.map((p: { row: number; problem: string }) => [p.row, p.problem])).toEqual([
      [4, 'not_granted'],
      [5, 'patent_unknown'],
    ]);
    expect((await send()).json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const claims = (await staff.get('/api/patent-subsidies?year=2026&pageSize=500')).json().items;
    const paid = claims.find(
      (c: { patentId: number; stage: string }) => c.patentId === granted.id && c.stage === 'granted',
    );
    expect(paid).toMatchObject({ state: 'paid', amount: '5000.50' });
    expect((await applicant.get(`/api/patent-subsidies/${paid.id}`)).json()).toMatchObject({
      id: paid.id,
      amount: '5000.50',
    });
    expect(
      (await applicant.post('/api/patent-subsidies', { patentId: granted.id, stage: 'granted' })).json().error.code,
    ).toBe('DUPLICATE_CLAIM');
  });

  it('refuses a stage not reached, a year without rates, and another organisation’s patent', async () => {
    const p = await patent();
    expect(
      (await applicant.post('/api/patent-subsidies', { patentId: p.id, stage: 'granted' })).json().error.details[0]
        .message,
    ).toBe('该专利尚未授权');
    const utility = await patent({ type: 2 });
    expect(
      (await applicant.post('/api/patent-subsidies', { patentId: utility.id, stage: 'filed' })).json().error.details[0]
        .message,
    ).toMatch(/^\d{4}年没有此类专利此阶段的资助标准/);
    const other = await makeUser(t.db, 'applicant', { jurisdictionCode: 'town-a' });
    const stranger = await login(t.app, other.username, other.password);
    // Another organisation's patent is named as such, not "not found".
    expect(
      (await stranger.post('/api/patent-subsidies', { patentId: p.id, stage: 'filed' })).json().error.details[0]
        .message,
    ).toBe('该专利不属于本单位，不能由本单位申请资助');
    // The policy's window: within 12 months of the filing — a claim for a 2024 filing is out of time.
    await staff.request({
      method: 'PUT',
      url: '/api/patent-subsidies/rates',
      payload: { year: 2024, items: [{ type: 'invention', stage: 'filed', amount: '2000' }] },
    });
    const old = await patent({ filedOn: '2024-11-01' });
    expect(
      (await applicant.post('/api/patent-subsidies', { patentId: old.id, stage: 'filed' })).json().error.details[0]
        .message,
    ).toBe('已超过申请期限：应自2024-11-01起12个月内（2025-11-01前）申请');
    expect((await stranger.get('/api/patent-subsidies')).json().total).toBe(0);
  });
});
