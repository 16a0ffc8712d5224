import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cooperations,
  funds,
  outlets,
  patentSubsidyClaims,
  patents,
  platforms,
  publicity,
  qualifications,
} from '../../db/tables/index.js';
import { ensureJurisdiction, makeCall, makeOrg, makeProject, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { checkCharacter } from '../patents/application-number.js';
import { metrics } from './catalogue.js';
import { type MetricCell, metricGrid, metricValue } from './metrics.service.js';

let t: TestApp;
let staff: Client;
let liaison: Client;

const number = (year: number, type: number, serial: number) => {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  return `${digits}.${checkCharacter(digits)}`;
};

/** A small city whose figures are counted here by hand. */
beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  await ensureJurisdiction(t.db, 'town-b');
  const a = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
  const b = await makeOrg(t.db, { jurisdictionCode: 'town-b' });
  const call2008 = await makeCall(t.db, { year: 2008, level: 'provincial', sectionCode: 'agriculture' });
  const call2009 = await makeCall(t.db, { year: 2009, level: 'city', sectionCode: 'agriculture' });
  const approved = async (orgId: number, fen: number, state: 'approved' | 'accepted' = 'approved') => {
    const p = await makeProject(t.db, { callId: call2008.id, orgId, state, approvedFen: fen });
    return p;
  };
  await approved(a.id, 40_000_000); // 400,000 yuan
  await approved(b.id, 32_000_050, 'accepted'); // 320,000.50 yuan
  await makeProject(t.db, { callId: call2008.id, orgId: a.id, state: 'rejected' });
  await makeProject(t.db, { callId: call2008.id, orgId: a.id, state: 'draft' });
  await makeProject(t.db, { callId: call2008.id, orgId: b.id, state: 'withdrawn' });
  await makeProject(t.db, { callId: call2009.id, orgId: a.id, state: 'submitted' });
  const [p1, , p3] = await t.db
    .insert(patents)
    .values([
      {
        applicationNumber: number(2008, 1, 1),
        type: 'invention',
        title: '甲',
        applicantName: '甲',
        orgId: a.id,
        jurisdictionCode: 'town-a',
        filedOn: '2008-02-01',
        grantedOn: '2008-12-01',
      },
      {
        applicationNumber: number(2008, 2, 2),
        type: 'utility_model',
        title: '乙',
        applicantName: '乙',
        orgId: b.id,
        jurisdictionCode: 'town-b',
        filedOn: '2008-05-01',
        grantedOn: '2009-01-10',
      },
      {
        applicationNumber: number(2008, 3, 3),
        type: 'design',
        title: '丙',
        applicantName: '丙',
        orgId: a.id,
        jurisdictionCode: 'town-a',
        filedOn: '2008-07-01',
      },
    ])
    .returning();
  await t.db.insert(patentSubsidyClaims).values([
    { patentId: p1!.id, stage: 'granted', year: 2008, amountFen: 300_000, orgId: a.id, state: 'paid' },
    { patentId: p3!.id, stage: 'filed', year: 2008, amountFen: 100_000, orgId: a.id, state: 'approved' },
  ]);
  await t.db.insert(platforms).values([
    {
      name: '工程中心',
      kind: 'engineering_center',
      level: 'prefecture',
      orgId: a.id,
      jurisdictionCode: 'town-a',
      recognizedOn: '2008-06-01',
      status: 'active',
      naturalKey: '1',
    },
    {
      name: '示范园',
      kind: 'agri_park',
      level: 'city',
      jurisdictionCode: 'town-b',
      recognizedOn: '2007-06-01',
      status: 'active',
      naturalKey: '2',
    },
  ]);
  await t.db.insert(qualifications).values({
    orgId: b.id,
    kind: 'high_tech_enterprise',
    certificateNo: 'GR1',
    issuedOn: '2008-10-01',
    validUntil: '2011-09-30',
    jurisdictionCode: 'town-b',
    naturalKey: '1',
  });
  await t.db.insert(cooperations).values({
    orgId: a.id,
    partner: '南京农业大学',
    subject: '合作',
    amountFen: 20_000_000,
    signedOn: '2008-03-01',
    jurisdictionCode: 'town-a',
    naturalKey: '1',
  });
  await t.db.insert(funds).values([
    { kind: 'superior', year: 2008, title: '省拨', sourceLevel: 'provincial', amountFen: 100_000_000, naturalKey: '1' },
    { kind: 'local', year: 2008, title: '本级', amountFen: 50_000_000, naturalKey: '2' },
    { kind: 'self_raised', year: 2008, title: '自筹', orgId: b.id, amountFen: 7_000_001, naturalKey: '3' },
  ]);
  await t.db.insert(outlets).values({ code: 'provincial', name: '省科技厅信息报送系统' });
  await t.db.insert(publicity).values([
    {
      title: '一',
      outletCode: 'provincial',
      sentOn: '2008-01-05',
      adopted: true,
      adoptedOn: '2008-01-07',
      naturalKey: '1',
    },
    {
      title: '二',
      outletCode: 'provincial',
      sentOn: '2008-12-30',
      adopted: true,
      adoptedOn: '2009-01-02',
      naturalKey: '2',
    },
    { title: '三', outletCode: 'provincial', sentOn: '2008-05-05', adopted: false, naturalKey: '3' },
  ]);
  const s = await makeUser(t.db, 'staff');
  const l = await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-a' });
  staff = await login(t.app, s.username, s.password);
  liaison = await login(t.app, l.username, l.password);
});
afterAll(() => t.close());

const value = async (client: Client, key: string, q = '') => (await client.get(`/api/metrics/${key}?${q}`)).json();

describe('metrics (指标)', () => {
  it('lists every metric with its unit, kind and filters', async () => {
    const items = (await staff.get('/api/metrics')).json().items;
    expect(items.map((m: { key: string }) => m.key)).toEqual(metrics.map((m) => m.key));
    expect(items.find((m: { key: string }) => m.key === 'projects.applied')).toEqual({
      key: 'projects.applied',
      title: '申报项目数',
      definition: expect.stringContaining('申报'),
      unit: '项',
      kind: 'count',
      params: expect.arrayContaining(['year', 'jurisdiction', 'level', 'category', 'section']),
    });
  });

  it('gives each figure as counted by hand, and for a count the drill-down holds exactly its rows', async () => {
    const expected: [string, string, number][] = [
      ['projects.applied', 'year=2008', 3],
      ['projects.applied', 'year=2008&level=provincial&category=agriculture', 3],
      ['projects.approved', 'year=2008', 2],
      ['projects.funding', 'year=2008', 720_000.5],
      ['projects.accepted', 'year=2008', 1],
      ['projects.applied', 'year=2009', 1],
      ['patents.filed', 'year=2008', 3],
      ['patents.granted', 'year=2008', 1],
      ['patents.granted', 'year=2009', 1],
      ['patents.filed', 'year=2008&type=design', 1],
      ['subsidies.paid', 'year=2008', 3000],
      ['platforms.recognized', 'year=2008', 1],
      ['platforms.recognized', 'kind=agri_park', 1],
      ['qualifications.issued', 'year=2008&kind=high_tech_enterprise', 1],
      ['cooperations.signed', 'year=2008', 1],
      ['cooperations.amount', 'year=2008', 200_000],
      ['funds.amount', 'year=2008&kind=superior', 1_000_000],
      ['funds.amount', 'year=2008&kind=self_raised', 70_000.01],
      ['publicity.sent', 'year=2008&outlet=provincial', 3],
      ['publicity.adopted', 'year=2008&outlet=provincial', 1],
      ['publicity.adopted', 'year=2009', 1],
      ['patents.filed', 'year=2008&jurisdiction=town-a', 2],
      ['projects.applied', 'year=2008&from=2008-01-01&to=2008-12-31', 3],
      ['projects.applied', 'year=2008&level=national,provincial,prefecture', 3],
      ['projects.applied', 'year=2008&level=city,national', 0],
      // Filters on a joined table (a project's jurisdiction is its organisation's; a claim's type its patent's).
      ['projects.applied', 'year=2008&jurisdiction=town-a', 2],
      ['projects.applied', 'year=2008&jurisdiction=town-a,town-b&section=agriculture', 3],
      ['projects.funding', 'year=2008&jurisdiction=town-b', 320_000.5],
      ['projects.approved', 'year=2008&section=agriculture&level=provincial', 2],
      ['subsidies.paid', 'year=2008&jurisdiction=town-a', 3000],
      ['subsidies.paid', 'year=2008&jurisdiction=town-b', 0],
      ['subsidies.paid', 'year=2008&type=invention', 3000],
      ['subsidies.paid', 'year=2008&type=design', 0],
      ['funds.amount', 'year=2008&jurisdiction=town-b', 70_000.01],
    ];
    for (const [key, q, want] of expected) {
      const got = await value(staff, key, q);
      expect([key, q, got.value]).toEqual([key, q, want]);
      if (Number.isInteger(want) && !key.endsWith('amount') && !key.endsWith('funding') && !key.endsWith('paid')) {
        const rows = (await staff.get(`/api/metrics/${key}/rows?${q}&pageSize=200`)).json();
        expect([key, q, rows.total, rows.items.length]).toEqual([key, q, want, want]);
      }
    }
    expect((await value(staff, 'projects.funding', 'year=2008')).exact).toBe('720000.50');
    expect((await value(staff, 'funds.amount', 'year=2008&kind=self_raised')).exact).toBe('70000.01');
  });

  it('gives a figure month by month, summing to the year', async () => {
    const months = (await staff.get('/api/metrics/patents.filed/months?year=2008')).json().months;
    expect(months).toEqual([0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0]);
    // A plan project belongs to its call's year: all of it in January.
    expect(
      (await staff.get('/api/metrics/projects.applied/months?year=2008&jurisdiction=town-a')).json().months,
    ).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect((await staff.get('/api/metrics/publicity.sent/months?year=2008')).json().months).toEqual([
      1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1,
    ]);
    expect((await staff.get('/api/metrics/patents.filed/months')).statusCode).toBe(400);
  });

  it('shows the rows behind a sum with their exact amounts', async () => {
    const rows = (await staff.get('/api/metrics/projects.funding/rows?year=2008')).json();
    expect(rows.items.map((r: { approvedFunding: string }) => r.approvedFunding).sort()).toEqual([
      '320000.50',
      '400000.00',
    ]);
  });

  it('keeps a liaison to its own jurisdiction, and refuses a filter a metric does not take', async () => {
    expect((await value(liaison, 'patents.filed', 'year=2008')).value).toBe(2);
    expect((await value(liaison, 'patents.filed', 'year=2008&jurisdiction=town-a')).value).toBe(2);
    // Another town's figure is out of its scope: not found, never its own figure passed off as the other's.
    for (const path of ['', '/months', '/rows'])
      expect((await liaison.get(`/api/metrics/patents.filed${path}?year=2008&jurisdiction=town-b`)).statusCode).toBe(
        404,
      );
    expect((await liaison.get('/api/metrics/patents.filed?year=2008&jurisdiction=town-a,town-b')).statusCode).toBe(404);
    expect((await liaison.get('/api/metrics/publicity.sent?year=2008')).statusCode).toBe(403);
    const stray = await staff.get('/api/metrics/publicity.sent?level=city');
    expect([stray.statusCode, stray.json().error.details[0].field]).toEqual([400, 'querystring.level']);
    expect((await staff.get('/api/metrics/no.such')).statusCode).toBe(404);
  });

  it('lets a dashboard show the grid computed last while a slow recomputation runs after a write; exact callers always wait', async () => {
    const span = { fromYear: 2008, toYear: 2008 };
    const total = (cells: MetricCell[]) => cells.reduce((sum, c) => sum + c.value, 0);
    expect(total(await metricGrid(t.db, 'publicity.sent', {}, span))).toBe(3);
    await t.db
      .insert(publicity)
      .values({ title: '四', outletCode: 'provincial', sentOn: '2008-06-01', adopted: false, naturalKey: '4' });

    let stale = false;
    const onStale = { waitMs: 50, stale: () => (stale = true) };
    // The recomputation is held up (another transaction locks the table) for longer than the dashboard waits.
    const quick = await t.db.transaction(async (tx) => {
      await tx.execute(sql`LOCK TABLE publicity IN ACCESS EXCLUSIVE MODE`);
      return metricGrid(t.db, 'publicity.sent', {}, span, onStale);
    });
    expect([total(quick), stale]).toEqual([3, true]);
    expect(total(await metricGrid(t.db, 'publicity.sent', {}, span))).toBe(4);
    stale = false;
    expect(total(await metricGrid(t.db, 'publicity.sent', {}, span, onStale))).toBe(4);
    expect(stale).toBe(false);
  });

  it('keeps a figure until its tables change, but never what a transaction saw of its own uncommitted writes', async () => {
    const sent2008 = async (db: Parameters<typeof metricValue>[0] = t.db) =>
      (await metricValue(db, 'publicity.sent', { year: 2008 })).value;
    const before = await sent2008();
    expect(await sent2008()).toBe(before);
    // A writer that counts its own insert, then rolls back: the counters it moved go back with it.
    await t.db
      .transaction(async (tx) => {
        await tx.insert(publicity).values({
          title: '撤回的稿件',
          outletCode: 'provincial',
          sentOn: '2008-07-01',
          adopted: false,
          naturalKey: 'rolled-back',
        });
        expect(await sent2008(tx)).toBe(before + 1);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    // Another writer moves the same counter for real, with a 2009 article: 2008's figure is what it was.
    await t.db.insert(publicity).values({
      title: '2009年稿件',
      outletCode: 'provincial',
      sentOn: '2009-02-01',
      adopted: false,
      naturalKey: '2009-1',
    });
    expect(await sent2008()).toBe(before);
    await t.db.insert(publicity).values({
      title: '补登的2008年稿件',
      outletCode: 'provincial',
      sentOn: '2008-08-01',
      adopted: false,
      naturalKey: '2008-late',
    });
    expect(await sent2008()).toBe(before + 1);
  });
});
