import { sql } from 'drizzle-orm';
import * as clock from '../../shared/clock.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type TestApp, testApp } from '../../testing/harness.js';
import { projectStates } from '../projects/workflow.js';
import { demoYears } from './generate.js';
import { seedDemo } from './seed.js';

const { C, L } = demoYears();

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await seedDemo(t.db, { password: 'Demo-Passw0rd!', storage: t.storage });
});
afterAll(() => t.close());

/** Counted from the rows, as the annual report will count them. */
async function figures(o: { year: number; level: string; category: string; program?: string }) {
  const rows = await t.db.execute<{ applied: number; approved: number; fen: number }>(sql`
    SELECT count(*) FILTER (WHERE p.state NOT IN ('draft', 'withdrawn'))::int AS applied,
           count(*) FILTER (WHERE p.approved_fen IS NOT NULL)::int AS approved,
           coalesce(sum(p.approved_fen), 0)::bigint AS fen
    FROM projects p JOIN calls c ON c.id = p.call_id JOIN programs g ON g.id = c.program_id
    WHERE c.year = ${o.year} AND g.level = ${o.level} AND g.category = ${o.category}
      AND (${o.program ?? null}::text IS NULL OR g.name = ${o.program ?? null})`);
  return rows.rows[0]!;
}

describe('the demo city reproduces the seed year', () => {
  it('serves every call and project through the API', async () => {
    const staff = await login(t.app, 'staff', 'Demo-Passw0rd!');
    const calls = (await staff.get('/api/calls?pageSize=200')).json().items as { id: number }[];
    // Last year's six, the five of now, and this year's regular round once its calls have closed (by May: all four).
    const held = [`${C}-03-20`, `${C}-03-31`, `${C}-04-10`, `${C}-04-30`].filter(
      (closes) => clock.addDays(closes, 20) < clock.today(),
    ).length;
    expect(calls.length).toBe(11 + held);
    for (const call of calls) expect((await staff.get(`/api/calls/${call.id}`)).statusCode).toBe(200);
    const projects = (await staff.get('/api/projects?pageSize=200')).json();
    expect(projects.total).toBeGreaterThan(50);
    for (const project of projects.items as { id: number }[])
      expect((await staff.get(`/api/projects/${project.id}`)).statusCode).toBe(200);
  });

  it('holds the agricultural plan figures the summary reports', async () => {
    expect(await figures({ year: L, level: 'provincial', category: 'agriculture' })).toEqual({
      applied: 9,
      approved: 4,
      fen: 126_000_000,
    });
    expect(await figures({ year: L, level: 'prefecture', category: 'agriculture' })).toEqual({
      applied: 20,
      approved: 13,
      fen: 103_000_000,
    });
  });

  it("holds the social-development figures: 6 applied, the hospital's interferon study a mandatory-plan project with 30,000 yuan", async () => {
    expect(await figures({ year: L, level: 'city', category: 'social_development' })).toEqual({
      applied: 6,
      approved: 1,
      fen: 3_000_000,
    });
    const rows = await t.db.execute<{ org: string; plan_type: string }>(sql`
      SELECT o.name AS org, p.plan_type FROM projects p JOIN orgs o ON o.id = p.org_id WHERE p.title LIKE '%干扰素治疗慢性乙型肝炎%'`);
    expect(rows.rows).toEqual([{ org: '江川市人民医院', plan_type: '指令性计划' }]);
  });

  it('holds the talent figures', async () => {
    expect(
      await figures({ year: L, level: 'provincial', category: 'talent', program: '江苏省高层次创新创业人才引进计划' }),
    ).toEqual({
      applied: 3,
      approved: 1,
      fen: 100_000_000,
    });
    expect(
      (await figures({ year: L, level: 'provincial', category: 'talent', program: '江苏省高层次创新创业人才培育计划' }))
        .applied,
    ).toBe(4);
    expect(
      (await figures({ year: L, level: 'prefecture', category: 'talent', program: '镇江市杰出人才奖' })).applied,
    ).toBe(2);
  });

  it('has projects in every state, and a history for each', async () => {
    const states = await t.db.execute<{ state: string }>(sql`SELECT DISTINCT state FROM projects`);
    expect(states.rows.map((r) => r.state).sort()).toEqual([...projectStates].sort());
    const orphans = await t.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM projects p WHERE NOT EXISTS (SELECT 1 FROM project_events e WHERE e.project_id = p.id)`,
    );
    expect(orphans.rows[0]!.n).toBe(0);
  });

  it('has projects under execution: a signed agreement with a report and a change to decide, one to sign, one to draft', async () => {
    const applicant = await login(t.app, 'applicant', 'Demo-Passw0rd!');
    const staff = await login(t.app, 'staff', 'Demo-Passw0rd!');
    const owed = (await applicant.get('/api/execution?kind=agreements')).json().items as {
      projectId: number;
      state: string | null;
    }[];
    const signed = owed.find((a) => a.state === 'signed')!;
    expect(signed).toBeDefined();
    const agreement = (await applicant.get(`/api/projects/${signed.projectId}/agreement`)).json();
    expect(agreement).toMatchObject({
      state: 'signed',
      contentVersion: 1,
      totals: { local: '50000.00', selfRaised: '100000.00' },
    });
    const staffTodos = (await staff.get('/api/todos')).json().items.map((i: { kind: string }) => i.kind);
    expect(staffTodos).toEqual(expect.arrayContaining(['agreements', 'reports', 'changes']));
    const changes = (await staff.get(`/api/projects/${signed.projectId}/changes`)).json().items;
    expect(changes[0]).toMatchObject({ state: 'pending', changes: [{ field: 'leaderName', after: '李明' }] });
  });

  it('holds the publicity figures: 72 articles to the provincial system, 29 adopted, 9 in the city daily', async () => {
    const staff = await login(t.app, 'staff', 'Demo-Passw0rd!');
    const count = async (q: string) => (await staff.get(`/api/publicity?year=${L}${q}`)).json().total;
    expect(await count('&outletCode=provincial-system')).toBe(72);
    expect(await count('&outletCode=provincial-system&adopted=true')).toBe(29);
    expect(await count('&outletCode=city-daily&adopted=true')).toBe(9);
    const parks = (await staff.get('/api/platforms?kind=agri_park&pageSize=50')).json();
    expect(parks.total).toBe(10);
    expect((await staff.get('/api/qualifications?expiring=true')).json().total).toBeGreaterThan(0);
  });

  it('gives the seed figures through the metrics', async () => {
    const leader = await login(t.app, 'leader', 'Demo-Passw0rd!');
    const figure = async (key: string, q: string) => (await leader.get(`/api/metrics/${key}?${q}`)).json().value;
    expect(await figure('projects.applied', `year=${L}&level=provincial&category=agriculture`)).toBe(9);
    expect(await figure('projects.approved', `year=${L}&level=provincial&category=agriculture`)).toBe(4);
    expect(await figure('projects.funding', `year=${L}&level=provincial&category=agriculture`)).toBe(1_260_000);
    expect(await figure('projects.approved', `year=${L}&level=prefecture&category=agriculture`)).toBe(13);
    expect(await figure('projects.funding', `year=${L}&level=prefecture&category=agriculture`)).toBe(1_030_000);
    expect(await figure('publicity.sent', `year=${L}&outlet=provincial-system`)).toBe(72);
    expect(await figure('publicity.adopted', `year=${L}&outlet=provincial-system`)).toBe(29);
    expect(await figure('publicity.adopted', `year=${L}&outlet=city-daily`)).toBe(9);
  });

  it('offers the years that have data, the current year and the last complete one', async () => {
    const leader = await login(t.app, 'leader', 'Demo-Passw0rd!');
    const years = (await leader.get('/api/metrics/years')).json();
    expect(years).toMatchObject({ current: C, lastComplete: L });
    // From the first year with records (the towns' agricultural parks, recognised over the years) through this one.
    expect(years.items.filter((y: number) => y <= C)).toEqual([C, L, L - 1, L - 2, L - 3]);
    expect((await t.app.inject({ method: 'GET', url: '/api/clock' })).json()).toMatchObject({
      today: clock.today(),
      year: C,
    });
  });

  it("runs this year's round as far as today: a call open now of a programme already called this year is its second batch", async () => {
    const staff = await login(t.app, 'staff', 'Demo-Passw0rd!');
    const calls = (await staff.get('/api/calls?pageSize=200')).json().items as {
      title: string;
      year: number;
      opensAt: string;
      closesAt: string;
    }[];
    expect(calls.every((c) => c.year <= C + 1 && c.year >= L)).toBe(true);
    const titles = calls.map((c) => c.title);
    expect(new Set(titles).size).toBe(titles.length);
    // Nothing decided in the future.
    const future = await t.db.execute(
      sql`SELECT 1 FROM projects WHERE decided_at > ${clock.now()}::timestamptz OR submitted_at > ${clock.now()}::timestamptz OR created_at > ${clock.now()}::timestamptz`,
    );
    expect(future.rows).toEqual([]);
  });

  it("holds next year's indicator system with the seed's targets", async () => {
    const leader = await login(t.app, 'leader', 'Demo-Passw0rd!');
    const system = (await leader.get(`/api/targets/indicators?year=${C}`)).json();
    const target = (code: string) => system.items.find((i: { code: string }) => i.code === code)?.target.text;
    expect([
      target('patents.filed'),
      target('patents.granted'),
      target('agri.applied'),
      target('agri.approved'),
      target('agri.accepted'),
    ]).toEqual(['700件', '340件', '20项', '10项', '8项']);
    expect([target('social.applied'), target('social.approved'), target('social.accepted')]).toEqual([
      '4项',
      '2项',
      '2项',
    ]);
    expect([target('centres.engineering'), target('centres.enterprise')]).toEqual(['2—4家', '3—5家']);
    expect([target('funds.superior'), target('funds.local'), target('funds.self_raised')]).toEqual([
      '10,000,000元',
      '10,000,000元',
      '350,000,000元',
    ]);
    // Progress up to today, on course for the year's 700.
    const filed = (
      await t.db.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM patents WHERE filed_on >= ${`${C}-01-01`}::date`,
      )
    ).rows[0]!.n;
    expect(system.items.find((i: { code: string }) => i.code === 'patents.filed').progress.value).toBe(filed);
    expect(filed).toBeGreaterThan(Math.round((700 * 0.9 * (Number(clock.today().slice(5, 7)) - 1)) / 12));
    expect(
      await t.db.execute(
        sql`SELECT 1 FROM patents WHERE filed_on > ${clock.today()}::date OR granted_on > ${clock.today()}::date`,
      ),
    ).toMatchObject({ rows: [] });
  });

  it('holds a letter for every town, zone, street and department, decomposed to cover the city, with a finished mid-year assessment', async () => {
    const leader = await login(t.app, 'leader', 'Demo-Passw0rd!');
    const letters = (await leader.get(`/api/targets/letters?year=${C}`)).json().items as {
      unit: { group: string };
      status: string;
    }[];
    const places = letters.filter((l) => l.unit.group !== 'section' && l.unit.group !== 'staff');
    expect(places.length).toBe(20);
    expect(places.every((l) => l.status === 'locked')).toBe(true);
    const check = (await leader.get(`/api/targets/decomposition?year=${C}`)).json().items as {
      tiers: { status: string }[];
    }[];
    expect(check.flatMap((i) => i.tiers).filter((t) => t.status === 'short')).toEqual([]);
    const overview = (await leader.get(`/api/targets/overview?year=${C}`)).json();
    expect(overview.asOfMonth).toBe(Number(clock.today().slice(5, 7)));
    expect(overview.indicators.find((i: { code: string }) => i.code === 'patents.filed').value).toBeGreaterThan(0);
    // From July the half-year is reported and assessed: Yanling's training lags, the mid-year round is signed off.
    if (clock.today() >= `${C}-07-10`) {
      expect(
        overview.warnings.some(
          (w: { unit: { code: string }; name: string }) => w.unit.code === 'yanling' && w.name === '科技培训农民',
        ),
      ).toBe(true);
      expect(overview.ranking).toMatchObject({ kind: 'mid_year', status: 'signed_off' });
    } else expect(overview.ranking).toBeNull();
    // Every quarter ended is reported with its evidence.
    const accepted = (await leader.get(`/api/targets/reports?year=${C}&status=accepted`)).json().items as {
      quarter: number;
      evidence: { id: number }[];
    }[];
    expect(Math.max(0, ...accepted.map((r) => r.quarter))).toBe(
      Math.floor((Number(clock.today().slice(5, 7)) - 1) / 3),
    );
    if (accepted.length) {
      const file = await leader.get(`/api/targets/evidence/${accepted[0]!.evidence[0]!.id}`);
      expect([file.statusCode, file.body.startsWith('%PDF-1.4')]).toEqual([200, true]);
    }
  });

  it('binds the demo accounts as the contract says', async () => {
    const rows = await t.db.execute<{ check: string; ok: boolean }>(sql`
      SELECT 'liaison town = applicant org town' AS check,
             (SELECT jurisdiction_code FROM users WHERE username = 'liaison') = (SELECT o.jurisdiction_code FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.username = 'applicant') AS ok
      UNION ALL
      SELECT 'staff runs an open call',
             EXISTS (SELECT 1 FROM calls c JOIN programs g ON g.id = c.program_id
                     WHERE g.section_code = (SELECT section_code FROM users WHERE username = 'staff') AND ${clock.now()}::timestamptz BETWEEN c.opens_at AND c.closes_at)`);
    expect(rows.rows).toEqual([
      { check: 'liaison town = applicant org town', ok: true },
      { check: 'staff runs an open call', ok: true },
    ]);
  });
});
