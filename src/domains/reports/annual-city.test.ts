import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlets, programs } from '../../db/tables/index.js';
import {
  ensureJurisdiction,
  ensureSection,
  makeCall,
  makeOrg,
  makeProgram,
  makeUser,
} from '../../testing/factories.js';
import { approvedByDirector } from '../../testing/director.js';
import { paidInLegalOrder } from '../../testing/subsidies.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { checkCharacter } from '../patents/application-number.js';
import { type Figure, paragraphText, type Section, standingDay, throughText } from './annual.js';
import { changeText } from './wording.js';
import { formatTotal as moneyText } from '../../shared/money.js';
import * as clock from '../../shared/clock.js';

/**
 * A small city built through the API as its users would build it — applications taken through their
 * workflow, patents, subsidy claims paid, platforms, qualifications, agreements, articles, responsibility
 * letters and next year's targets — with this year's and last year's data mixed. The annual summary must
 * say exactly what a count made here, from what was created, says. The counts are drawn from a seeded
 * generator so no figure is hand-picked; another seed (KEGUAN_TEST_SEED) builds another city, and the
 * figures must hold for it too.
 */
const seed = Number(process.env.KEGUAN_TEST_SEED ?? 20081231);

function generator(state: number) {
  let a = state >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!,
    /** A day between two ISO dates, both included. */
    day: (from: string, to: string) => {
      const [a0, b0] = [Date.parse(from), Date.parse(to)];
      return new Date(a0 + int(0, Math.round((b0 - a0) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
    },
  };
}
const rng = generator(seed);

// Everything of "this year" happened by today: the summary is written during the year it describes.
const today = clock.today();
const year = Number(today.slice(0, 4));
const lastYear = year - 1;
const earliest = (a: string, b: string) => (a < b ? a : b);
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
const inYear = (y: number) => rng.day(`${y}-01-01`, earliest(`${y}-12-31`, today));
const yearOf = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : null);
const fenText = (fen: number) => (fen / 100).toFixed(2);
const sumFen = (items: { fen: number | null }[]) => items.reduce((a, i) => a + (i.fen ?? 0), 0);

let t: TestApp;
let leader: Client;
const staff = {} as Record<'agriculture' | 'social' | 'industry', Client>;
const liaisons = new Map<string, Client>();
interface Org {
  id: number;
  name: string;
  town: string;
  client: Client;
}
const orgList: Org[] = [];
const towns = ['town-a', 'town-b', 'town-c', 'zone-d'];

beforeAll(async () => {
  t = await testApp();
  for (const town of towns) await ensureJurisdiction(t.db, town, town.startsWith('zone') ? 'zone' : 'town');
  for (const section of ['agriculture', 'social', 'industry'] as const) {
    await ensureSection(t.db, section);
    const u = await makeUser(t.db, 'staff', { sectionCode: section });
    staff[section] = await login(t.app, u.username, u.password);
  }
  const l = await makeUser(t.db, 'leader');
  leader = await login(t.app, l.username, l.password, l.totp() || undefined);
  for (const town of towns) {
    const u = await makeUser(t.db, 'liaison', { jurisdictionCode: town });
    liaisons.set(town, await login(t.app, u.username, u.password));
    const org = await makeOrg(t.db, { jurisdictionCode: town });
    const a = await makeUser(t.db, 'applicant', { orgId: org.id });
    orgList.push({ id: org.id, name: org.name, town, client: await login(t.app, a.username, a.password) });
  }
  await t.db.insert(outlets).values([
    { code: 'provincial', name: '省科技厅信息报送系统', sortOrder: 1 },
    { code: 'daily', name: '江川日报', sortOrder: 2 },
    { code: 'tv', name: '江川电视台', sortOrder: 3 },
  ]);
});
afterAll(() => t?.close());

/** A request that must succeed; the body is in the message when it does not. */
async function ok<T = { id: number }>(
  response: Promise<{ statusCode: number; body: string; json(): unknown }>,
  status = 201,
): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return (r.body ? r.json() : undefined) as T;
}

// ---------------------------------------------------------------------------------------------------
// Applications, each taken through the workflow to where the generator says.

type Level = 'national' | 'provincial' | 'prefecture' | 'city';
type Outcome = 'draft' | 'withdrawn' | 'submitted' | 'pending' | 'rejected' | 'approved';
interface Plan {
  callId: number;
  programId: number;
  callYear: number;
  level: Level;
  category: string;
  section: keyof typeof staff;
  person?: boolean;
  formData?: Record<string, unknown>;
}
interface Applied {
  id: number;
  title: string;
  org: string;
  plan: Plan;
  state: string;
  fen: number | null;
  planType: string | null;
}
const applications: Applied[] = [];
const topics = [
  '葡萄设施栽培',
  '稻田综合种养',
  '食用菌工厂化生产',
  '茶叶清洁化加工',
  '生猪健康养殖',
  '农村饮水安全',
  '医学影像辅助诊断',
  '社区慢病管理',
  '环境污染监测',
  '新型农机装备',
  '特种电机控制',
  '高层次人才创业',
  '工程技术研究中心建设',
];
let serial = 0;

async function apply(plan: Plan, outcome: Outcome, o: { planType?: string } = {}): Promise<void> {
  const org = rng.pick(orgList);
  const title = `${rng.pick(topics)}关键技术研究与示范（${++serial}）`;
  const personId = plan.person
    ? (await ok(org.client.post('/api/people', { name: `申报人${serial}`, orgId: org.id }))).id
    : undefined;
  const created = await ok(
    org.client.post('/api/projects', {
      callId: plan.callId,
      title,
      requestedFunding: fenText(rng.int(10_000_000, 300_000_000)),
      personId,
      formData: plan.formData ?? {},
    }),
  );
  let state = 'draft';
  const step = async (client: Client, action: string, data?: Record<string, unknown>) => {
    const answer = await client.post(`/api/projects/${created.id}/transitions`, { action, data });
    state = (await ok<{ state: string; pendingDecision: unknown }>(Promise.resolve(answer), 200)).state;
    // 局审定 takes effect when the director approves it.
    if (answer.json().pendingDecision) {
      await approvedByDirector(t, answer);
      state = (await client.get(`/api/projects/${created.id}`)).json().state;
    }
  };
  const decision = {
    docNo: `${plan.level === 'city' ? '江科发' : '苏科计'}〔${plan.callYear}〕${serial}号`,
    planType: o.planType,
  };
  const fen = outcome === 'approved' ? rng.int(2_000_000, 150_000_000) : null;
  if (outcome !== 'draft') await step(org.client, 'submit');
  if (outcome === 'withdrawn') await step(org.client, 'withdraw');
  if (!['draft', 'withdrawn', 'submitted'].includes(outcome)) {
    await step(liaisons.get(org.town)!, 'recommend');
    await step(staff[plan.section], 'pass_formal_review');
    // The bureau decides its own plans; a higher level's answer is recorded once it comes back.
    if (plan.level !== 'city') await step(staff[plan.section], 'report_up');
    if (outcome === 'rejected')
      await step(
        staff[plan.section],
        plan.level === 'city' ? 'reject' : 'record_result',
        plan.level === 'city' ? undefined : { approved: false },
      );
    if (outcome === 'approved')
      await step(staff[plan.section], plan.level === 'city' ? 'approve' : 'record_result', {
        ...(plan.level === 'city' ? {} : { approved: true }),
        funding: fenText(fen!),
        ...decision,
      });
  }
  const landed: Record<Outcome, string> = {
    draft: 'draft',
    withdrawn: 'withdrawn',
    submitted: 'submitted',
    pending: plan.level === 'city' ? 'reviewed' : 'reported',
    rejected: 'rejected',
    approved: 'approved',
  };
  expect(state).toBe(landed[outcome]);
  applications.push({
    id: created.id,
    title,
    org: org.name,
    plan,
    state,
    fen,
    planType: outcome === 'approved' ? (o.planType ?? null) : null,
  });
}

const outcomes: Outcome[] = [
  'draft',
  'withdrawn',
  'submitted',
  'pending',
  'rejected',
  'rejected',
  'approved',
  'approved',
  'approved',
];
/** `n` applications to a call: the first approved (so every part has something to say), the rest as drawn. */
async function applyMany(plan: Plan, n: number, planType?: () => string) {
  for (let i = 0; i < n; i++) await apply(plan, i === 0 ? 'approved' : rng.pick(outcomes), { planType: planType?.() });
}

async function planFor(o: {
  level: Level;
  category: (typeof programs.$inferInsert)['category'];
  section: keyof typeof staff;
  callYear?: number;
  name?: string;
  person?: boolean;
  formFields?: unknown[];
  formData?: Record<string, unknown>;
}): Promise<Plan> {
  const programId = o.name
    ? (
        await t.db
          .insert(programs)
          .values({
            name: o.name,
            level: o.level,
            category: o.category,
            sectionCode: o.section,
            planTypes: ['指令性计划', '指导性计划'],
            applicantKind: o.person ? 'person' : 'org',
          })
          .returning()
      )[0]!.id
    : (await makeProgram(t.db, { level: o.level, category: o.category, sectionCode: o.section })).id;
  const call = await makeCall(t.db, { programId, year: o.callYear ?? year, formFields: o.formFields ?? [] });
  return {
    callId: call.id,
    programId,
    callYear: o.callYear ?? year,
    level: o.level,
    category: o.category,
    section: o.section,
    person: o.person,
    formData: o.formData,
  };
}

// ---------------------------------------------------------------------------------------------------
// Everything else the bureau records.

interface Patent {
  id: number;
  number: string;
  type: 'invention' | 'utility_model' | 'design';
  filedOn: string;
  grantedOn: string | null;
  org: Org;
}
const patentList: Patent[] = [];
interface Claim {
  id: number;
  stageYear: number;
  fen: number;
  state: 'claimed' | 'approved' | 'refused' | 'paid';
}
const claims: Claim[] = [];
const platformList: { kind: string; level: Level; recognizedOn: string }[] = [];
const qualificationList: { kind: string; issuedOn: string }[] = [];
const cooperationList: { signedOn: string; fen: number | null }[] = [];
const articleList: { outlet: string; sentOn: string; adopted: boolean; adoptedOn: string | null }[] = [];
let letterTowns: string[] = [];
const targets: { text: string; value: number; metric: Figure['metric'] }[] = [];

const typeDigit = { invention: 1, utility_model: 2, design: 3 } as const;
const rates = {
  invention: { filed: 200_000, granted: 500_050 },
  utility_model: { granted: 80_000 },
  design: { granted: 30_000 },
} as Record<Patent['type'], Partial<Record<'filed' | 'granted', number>>>;

async function buildCity() {
  // 农业: provincial and prefecture plans are what the agriculture part reports; the city's own and last
  // year's call are there to be left out.
  await applyMany(
    await planFor({ level: 'provincial', category: 'agriculture', section: 'agriculture' }),
    rng.int(2, 6),
  );
  await applyMany(
    await planFor({ level: 'prefecture', category: 'agriculture', section: 'agriculture' }),
    rng.int(1, 4),
  );
  await applyMany(await planFor({ level: 'city', category: 'agriculture', section: 'agriculture' }), rng.int(1, 3));
  await applyMany(
    await planFor({ level: 'provincial', category: 'agriculture', section: 'agriculture', callYear: lastYear }),
    rng.int(1, 3),
  );
  // 国家级 and a talent programme (a person of the organisation applies) count among the national and provincial plans.
  await applyMany(await planFor({ level: 'national', category: 'industry', section: 'industry' }), rng.int(1, 3));
  await applyMany(
    await planFor({
      level: 'provincial',
      category: 'talent',
      section: 'industry',
      name: '江苏省高层次创新创业人才引进计划',
      person: true,
    }),
    rng.int(2, 4),
  );
  // 载体认定: an approved recognition application becomes a provincial engineering centre on the day.
  await applyMany(
    await planFor({
      level: 'provincial',
      category: 'platform',
      section: 'industry',
      formFields: [
        {
          key: 'platformKind',
          label: '载体类型',
          type: 'select',
          required: true,
          options: ['工程技术研究中心', '企业技术中心'],
        },
      ],
      formData: { platformKind: '工程技术研究中心' },
    }),
    rng.int(1, 2),
  );
  // 社发: the city's own plan, the first approval listed under 指令性计划; last year's call is left out.
  let first = true;
  const mandatoryFirst = () => {
    const planType = first || rng.chance(0.3) ? '指令性计划' : '指导性计划';
    first = false;
    return planType;
  };
  await applyMany(
    await planFor({ level: 'city', category: 'social_development', section: 'social' }),
    rng.int(3, 6),
    mandatoryFirst,
  );
  await applyMany(
    await planFor({ level: 'city', category: 'social_development', section: 'social', callYear: lastYear }),
    1,
    () => '指令性计划',
  );
  // A provincial 指令性 project is not one of the city's own: it must stay out of that sentence.
  await applyMany(
    await planFor({ level: 'provincial', category: 'social_development', section: 'social' }),
    1,
    () => '指令性计划',
  );

  // 专利: this year's, last year's and some older ones, granted (or not) up to a year and a half later.
  const s = staff.industry;
  for (const [filedYear, n] of [
    [year, rng.int(5, 15)],
    [lastYear, rng.int(5, 15)],
    [year - 2, rng.int(1, 3)],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const type = rng.pick(['invention', 'invention', 'utility_model', 'utility_model', 'design'] as const);
      const filedOn = inYear(filedYear);
      // Inventions take longer to be granted than utility models and designs.
      const grantedOn = rng.chance(type === 'invention' ? 0.3 : 0.6)
        ? rng.day(filedOn, earliest(addDays(filedOn, 540), today))
        : null;
      const digits = `${filedYear}${typeDigit[type]}${String(100 + ++serial).padStart(7, '0')}`;
      const org = rng.pick(orgList);
      const number = `${digits}.${checkCharacter(digits)}`;
      const { id } = await ok(
        s.post('/api/patents', {
          applicationNumber: number,
          title: `一种${rng.pick(topics)}装置（${serial}）`,
          applicantName: org.name,
          orgId: org.id,
          filedOn,
          grantedOn,
        }),
      );
      patentList.push({ id, number, type, filedOn, grantedOn, org });
    }
  }

  // 专利资助: claims at the rate of the stage's year; some approved and paid, some refused, some waiting.
  for (const y of [lastYear, year]) {
    const items = Object.entries(rates).flatMap(([type, stages]) =>
      Object.entries(stages).map(([stage, fen]) => ({ type, stage, amount: fenText(fen) })),
    );
    // The policy gives claims three years, so last year's patents are still claimed this year.
    await ok(
      s.request({
        method: 'PUT',
        url: '/api/patent-subsidies/rates',
        payload: { year: y, items, claimWindowMonths: 36 },
      }),
      200,
    );
  }
  const payable: number[] = [];
  for (const p of patentList) {
    for (const stage of ['filed', 'granted'] as const) {
      const date = stage === 'filed' ? p.filedOn : p.grantedOn;
      const fen = rates[p.type][stage];
      if (!date || fen === undefined || (yearOf(date) !== year && yearOf(date) !== lastYear) || !rng.chance(0.5))
        continue;
      const claim = await ok<{ id: number; amount: string }>(
        p.org.client.post('/api/patent-subsidies', { patentId: p.id, stage }),
      );
      expect(claim.amount).toBe(fenText(fen));
      const fate = rng.pick(['claimed', 'refused', 'approved', 'paid', 'paid', 'paid'] as const);
      if (fate !== 'claimed')
        await ok(
          s.post(
            `/api/patent-subsidies/${claim.id}/decision`,
            fate === 'refused' ? { approve: false, reason: '资助单位与专利权人不符' } : { approve: true },
          ),
          200,
        );
      if (fate === 'paid') payable.push(claim.id);
      claims.push({ id: claim.id, stageYear: yearOf(date)!, fen, state: fate });
    }
  }
  if (payable.length)
    await paidInLegalOrder(t, s, { title: `${year}年专利资助`, docNo: `江科发〔${year}〕30号`, claimIds: payable });

  // 创新载体, 资质, 产学研合作: this year's and last year's.
  for (const [y, n] of [
    [year, rng.int(3, 8)],
    [lastYear, rng.int(1, 3)],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const kind = rng.pick([
        'engineering_center',
        'engineering_center',
        'enterprise_tech_center',
        'enterprise_tech_center',
        'key_lab',
      ] as const);
      const level = rng.pick(['national', 'provincial', 'prefecture', 'city'] as const);
      const org = rng.pick(orgList);
      const recognizedOn = inYear(y);
      await ok(
        staff.industry.post('/api/platforms', {
          name: `${org.name.slice(0, 8)}${rng.pick(topics)}中心（${++serial}）`,
          kind,
          level,
          orgId: org.id,
          recognizedOn,
          docNo: `镇科计〔${y}〕${serial}号`,
          status: 'active',
        }),
      );
      platformList.push({ kind, level, recognizedOn });
    }
  }
  for (const [y, n] of [
    [year, rng.int(1, 5)],
    [lastYear, rng.int(1, 3)],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const kind = rng.pick(['high_tech_enterprise', 'high_tech_enterprise', 'tech_sme'] as const);
      const issuedOn = inYear(y);
      await ok(
        staff.industry.post('/api/qualifications', {
          orgId: rng.pick(orgList).id,
          kind,
          certificateNo: `GR${y}3200${String(++serial).padStart(4, '0')}`,
          issuer: '江苏省科学技术厅',
          issuedOn,
          validUntil: addDays(issuedOn, 3 * 365),
        }),
      );
      qualificationList.push({ kind, issuedOn });
    }
  }
  for (const [y, n] of [
    [year, rng.int(2, 6)],
    [lastYear, rng.int(1, 3)],
  ] as const) {
    for (let i = 0; i < n; i++) {
      // Some agreements are recorded without their amount; the first of the year always has one.
      const fen = i === 0 || rng.chance(0.7) ? rng.int(1_000_000, 80_000_000) : null;
      const signedOn = inYear(y);
      await ok(
        staff.industry.post('/api/cooperations', {
          orgId: rng.pick(orgList).id,
          partner: rng.pick(['南京农业大学', '江苏大学', '东南大学']),
          subject: `${rng.pick(topics)}联合攻关（${++serial}）`,
          signedOn,
          ...(fen === null ? {} : { amount: fenText(fen) }),
        }),
      );
      cooperationList.push({ signedOn, fen });
    }
  }

  // 政务信息: articles to the provincial system and the daily this year; the television only last year.
  for (const [outlet, y, n] of [
    ['provincial', year, rng.int(3, 8)],
    ['daily', year, rng.int(2, 6)],
    ['provincial', lastYear, rng.int(1, 3)],
    ['daily', lastYear, rng.int(1, 3)],
    ['tv', lastYear, rng.int(1, 2)],
  ] as const) {
    for (let i = 0; i < n; i++) {
      const sentOn = inYear(y);
      const adopted = rng.chance(0.5);
      // An adoption is dated when known — possibly in the new year — and otherwise taken as the day sent.
      const adoptedOn = adopted && rng.chance(0.8) ? rng.day(sentOn, earliest(addDays(sentOn, 60), today)) : null;
      await ok(
        staff.agriculture.post('/api/publicity', {
          title: `我市${rng.pick(topics)}工作取得新进展（${++serial}）`,
          outletCode: outlet,
          sectionCode: 'agriculture',
          sentOn,
          adopted,
          ...(adoptedOn ? { adoptedOn } : {}),
        }),
      );
      articleList.push({ outlet, sentOn, adopted, adoptedOn });
    }
  }

  // 责任状: the year's target shared out among some units, their letters issued (one signed and locked);
  // one unit's letter is still a draft.
  const shuffled = [...towns];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  letterTowns = shuffled.slice(0, rng.int(2, towns.length - 1));
  const shares = letterTowns.map(() => rng.int(10, 60));
  const training = await ok(
    staff.agriculture.post('/api/targets/indicators', {
      year,
      code: 'training',
      name: '科技培训人次',
      unit: '人次',
      direction: 'at_least',
      targetMin: shares.reduce((a, b) => a + b, 0),
      weight: 100,
      source: 'manual',
    }),
  );
  const letterOf = (town: string, share: number) => ({
    year,
    unitKind: 'jurisdiction',
    jurisdictionCode: town,
    items: [{ indicatorId: training.id, shareMin: share, weight: 100 }],
  });
  const letters = [];
  for (const [i, town] of letterTowns.entries())
    letters.push(await ok(staff.agriculture.post('/api/targets/letters', letterOf(town, shares[i]!))));
  await ok(staff.agriculture.post('/api/targets/letters', letterOf(shuffled[letterTowns.length]!, 0)));
  // 下达 once the director approves each letter the clerk put up.
  for (const letter of letters)
    await approvedByDirector(
      t,
      await staff.agriculture.post(`/api/targets/letters/${letter.id}/actions`, { action: 'issue' }),
    );
  await ok(
    liaisons
      .get(letterTowns[0]!)!
      .post(`/api/targets/letters/${letters[0]!.id}/actions`, { action: 'sign', signatory: '王镇长', signedOn: today }),
    200,
  );
  await ok(staff.agriculture.post(`/api/targets/letters/${letters[0]!.id}/actions`, { action: 'lock' }), 200);

  // 下年度目标任务.
  const patentTarget = rng.int(50, 900);
  const [low, high] = [rng.int(1, 3), rng.int(4, 6)];
  const superior = rng.int(5, 30) * 1_000_000;
  const nextYear = [
    {
      body: {
        code: 'patents',
        name: '专利申请量',
        unit: '件',
        direction: 'at_least',
        targetMin: patentTarget,
        source: 'metric',
        metricKey: 'patents.filed',
        sortOrder: 1,
      },
      text: `专利申请量达到${patentTarget}件`,
      value: patentTarget,
    },
    {
      body: {
        code: 'centres',
        name: '镇江市级以上工程技术研究中心',
        unit: '家',
        direction: 'within',
        targetMin: low,
        targetMax: high,
        source: 'metric',
        metricKey: 'platforms.recognized',
        metricFilters: { kind: 'engineering_center', level: 'national,provincial,prefecture' },
        sortOrder: 2,
      },
      text: `镇江市级以上工程技术研究中心${low}—${high}家`,
      value: low,
    },
    {
      body: {
        code: 'superior',
        name: '争取上级科技经费',
        unit: '元',
        direction: 'at_least',
        targetMin: superior,
        source: 'manual',
        sortOrder: 3,
      },
      text: `争取上级科技经费达到${moneyText(superior)}`,
      value: superior,
    },
    {
      body: {
        code: 'accidents',
        name: '科研安全责任事故',
        unit: '起',
        direction: 'at_most',
        targetMax: 0,
        source: 'manual',
        sortOrder: 4,
      },
      text: '科研安全责任事故不超过0起',
      value: 0,
    },
  ];
  for (const target of nextYear) {
    await ok(staff.agriculture.post('/api/targets/indicators', { year: year + 1, ...target.body }));
    const b = target.body as { metricKey?: string; metricFilters?: Record<string, string> };
    targets.push({
      text: target.text,
      value: target.value,
      metric: b.metricKey ? { key: b.metricKey, filters: { ...b.metricFilters, year: year + 1 } } : null,
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// The count made here, from what was created.

type ExpectedFigure = [key: string, filters: Record<string, string | number>, value: number];

/**
 * What the summary of year `y` must say, counted here: a complete year whole and compared with the year
 * before; the running year up to the end of the last complete month (截至…), compared with the same months
 * of the year before (同比) — never a part-year with a whole one.
 */
function expectedReport(y: number) {
  const running = y === year;
  const through = running ? standingDay(year)! : `${y}-12-31`;
  const samePeriod = `${y - 1}${through.slice(4)}`;
  const inReport = (iso: string | null | undefined) => Boolean(iso) && yearOf(iso) === y && iso! <= through;
  const inBefore = (iso: string | null | undefined) => Boolean(iso) && yearOf(iso) === y - 1 && iso! <= samePeriod;
  const submitted = (a: Applied) => a.plan.callYear === y && a.state !== 'draft' && a.state !== 'withdrawn';
  const approved = (a: Applied) => a.plan.callYear === y && a.fen !== null;
  const tally = (where: (a: Applied) => boolean) => {
    const done = applications.filter((a) => approved(a) && where(a));
    return {
      applied: applications.filter((a) => submitted(a) && where(a)).length,
      approved: done.length,
      fen: sumFen(done),
      ids: done.map((a) => a.id),
    };
  };
  const all = tally(() => true);
  const aboveCity = tally((a) => a.plan.level === 'national' || a.plan.level === 'provincial');
  const city = tally((a) => a.plan.level === 'city');
  const agriculture = (level: Level) => tally((a) => a.plan.category === 'agriculture' && a.plan.level === level);
  const [provincial, prefecture, cityAgriculture] = [
    agriculture('provincial'),
    agriculture('prefecture'),
    agriculture('city'),
  ];
  const social = tally((a) => a.plan.category === 'social_development' && a.plan.level === 'city');
  const talentPlan = applications.find((a) => a.plan.category === 'talent')!.plan;
  const talent = tally((a) => a.plan.programId === talentPlan.programId);

  // Approved recognition applications are platforms recognised today, at their programme's level.
  const recognised = [
    ...platformList,
    ...applications
      .filter((a) => a.plan.category === 'platform' && a.state === 'approved')
      .map((a) => ({ kind: 'engineering_center', level: a.plan.level, recognizedOn: today })),
  ];
  const engineering = recognised.filter(
    (p) => inReport(p.recognizedOn) && p.kind === 'engineering_center' && p.level !== 'city',
  ).length;
  const enterprise = recognised.filter((p) => inReport(p.recognizedOn) && p.kind === 'enterprise_tech_center').length;
  const highTech = qualificationList.filter((q) => inReport(q.issuedOn) && q.kind === 'high_tech_enterprise').length;
  const signed = cooperationList.filter((c) => inReport(c.signedOn));

  const filed = patentList.filter((p) => inReport(p.filedOn));
  const granted = patentList.filter((p) => inReport(p.grantedOn));
  const before = {
    filed: patentList.filter((p) => inBefore(p.filedOn)).length,
    granted: patentList.filter((p) => inBefore(p.grantedOn)).length,
  };
  const inventions = filed.filter((p) => p.type === 'invention').length;
  // A claim belongs to the year of the stage it pays for (the subsidy year).
  const paid = sumFen(claims.filter((c) => c.state === 'paid' && c.stageYear === y));

  const press = ['provincial', 'daily', 'tv'].map((outlet) => ({
    outlet,
    sent: articleList.filter((a) => a.outlet === outlet && inReport(a.sentOn)).length,
    adopted: articleList.filter((a) => a.outlet === outlet && a.adopted && inReport(a.adoptedOn ?? a.sentOn)).length,
  }));

  // Every figure is the year's (to its standing day while it runs): the metric, its filters, the value counted
  // here. A figure of nothing is not in the text, so it has no figure.
  const period: Record<string, string> = running ? { to: through } : {};
  const figure = (key: string, filters: Record<string, string | number>, value: number): ExpectedFigure => [
    key,
    { ...filters, ...period, year: y },
    value,
  ];
  const tallied = (filters: Record<string, string | number>, c: ReturnType<typeof tally>) => [
    figure('projects.applied', filters, c.applied),
    figure('projects.approved', filters, c.approved),
    figure('projects.funding', filters, c.fen / 100),
  ];
  const figures: ExpectedFigure[] = [
    // 开篇
    ...tallied({}, all),
    figure('patents.filed', {}, filed.length),
    figure('patents.granted', {}, granted.length),
    // 一、
    figure('cooperations.signed', {}, signed.length),
    figure('cooperations.amount', {}, sumFen(signed) / 100),
    figure(
      'platforms.recognized',
      { kind: 'engineering_center', level: 'national,provincial,prefecture' },
      engineering,
    ),
    figure('platforms.recognized', { kind: 'enterprise_tech_center' }, enterprise),
    figure('qualifications.issued', { kind: 'high_tech_enterprise' }, highTech),
    // 二、
    ...tallied({ level: 'national,provincial' }, aboveCity),
    ...tallied({ level: 'city' }, city),
    figure('projects.applied', { program: talentPlan.programId }, talent.applied),
    figure('projects.approved', { program: talentPlan.programId }, talent.approved),
    ...(talent.approved ? [figure('projects.funding', { program: talentPlan.programId }, talent.fen / 100)] : []),
    // 三、
    figure('patents.filed', {}, filed.length),
    ...(filed.length ? [figure('patents.filed', { type: 'invention' }, inventions)] : []),
    figure('patents.granted', {}, granted.length),
    figure('subsidies.paid', {}, paid / 100),
    // 四、
    ...tallied({ category: 'agriculture', level: 'provincial' }, provincial),
    ...tallied({ category: 'agriculture', level: 'prefecture' }, prefecture),
    ...tallied({ category: 'agriculture', level: 'city' }, cityAgriculture),
    // 五、
    figure('projects.applied', { category: 'social_development', level: 'city' }, social.applied),
    // 六、
    ...press.flatMap((p) =>
      p.sent
        ? [
            figure('publicity.sent', { outlet: p.outlet }, p.sent),
            figure('publicity.adopted', { outlet: p.outlet }, p.adopted),
          ]
        : [],
    ),
  ].filter(([, , value]) => value !== 0);
  return {
    figures,
    provincial,
    granted: granted.map((p) => p.number).sort(),
    through,
    before,
    filed: filed.length,
    grantedCount: granted.length,
    social,
    mandatory: applications.filter(
      (a) =>
        approved(a) &&
        a.plan.category === 'social_development' &&
        a.plan.level === 'city' &&
        a.planType === '指令性计划',
    ),
  };
}

const figuresOf = (sections: Section[]) =>
  sections
    .filter((s) => s.key !== 'targets')
    .flatMap((s) => s.paragraphs.flat().filter((x): x is Figure => typeof x !== 'string'));
const query = (filters: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(filters).map(([k, v]) => [k, String(v)])).toString();
const sortedFigures = (list: ExpectedFigure[]) =>
  list
    .map(([key, filters, value]) => `${key}?${query(Object.fromEntries(Object.entries(filters).sort()))} = ${value}`)
    .sort();

/** A clause that says nothing: a count or sum of zero before its unit. */
const zeroClause = /(^|[^\d.])0(\.0+)?(项|件|家|元|万元|亿元|篇|名|人|个)/;
const ordinalLead = /^([一二三四五六七八九十]+)是/;
const ordinalNames = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The wording rules every summary keeps, whatever the city. */
function expectWordingRules(sections: Section[]) {
  for (const s of sections.filter((x) => x.shown)) {
    const paragraphs = [...s.paragraphs.map(paragraphText), ...s.narrative];
    for (const text of paragraphs) expect([s.key, text]).not.toEqual([s.key, expect.stringMatching(zeroClause)]);
    // 一是…二是…: complete, in order, and never alone.
    const ordinals = paragraphs.map((text) => ordinalLead.exec(text)?.[1]).filter(Boolean);
    if (ordinals.length) {
      expect([s.key, ordinals]).toEqual([s.key, ordinalNames.slice(0, ordinals.length)]);
      expect([s.key, ordinals.length > 1]).toEqual([s.key, true]);
    }
  }
}

describe('the annual summary of a city built through the API', () => {
  it('says what a count of the data says for the running year: up to the last month ended, compared with the same months before, figure by figure, every figure drilling down to its rows', async () => {
    await buildCity();
    const expected = expectedReport(year);
    const response = await leader.get(`/api/reports/annual?year=${year}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json() as {
      title: string;
      sections: Section[];
      through: string | null;
      signature: { bureau: string; date: string };
    };
    const sections = report.sections;
    const all = sections.flatMap((s) => s.paragraphs.map(paragraphText)).join('\n');

    // A year still running says so, and compares like with like.
    expect(report.through).toBe(expected.through);
    expect(all).toContain(throughText(expected.through));
    expect(all).not.toContain('比上年');
    if (expected.filed && expected.before.filed)
      expect(all).toContain(
        `专利申请${expected.filed}件${changeText(expected.filed, expected.before.filed, { samePeriod: true })}`,
      );
    expect(report.signature).toEqual({ bureau: '江川市科学技术局', date: today });
    expectWordingRules(sections);
    // The television had nothing this year: it is not mentioned at all.
    expect(all).not.toContain('江川电视台');
    // Organisations named once before their projects.
    if (expected.mandatory.length) {
      const line = sections
        .find((s) => s.key === 'assessment')!
        .paragraphs.map(paragraphText)
        .find((p) => p.includes('指令性计划'))!;
      for (const org of new Set(expected.mandatory.map((m) => m.org)))
        expect(line.split(`${org}的`).length - 1).toBe(1);
    }

    // The figures behind the words: each with its metric and the year, and the value counted here.
    const figures = figuresOf(sections);
    expect(figures.every((f) => f.metric !== null && f.metric.filters.year === year)).toBe(true);
    expect(sortedFigures(figures.map((f) => [f.metric!.key, f.metric!.filters, f.value]))).toEqual(
      sortedFigures(expected.figures),
    );
    const targetFigures = sections
      .find((s) => s.key === 'targets')!
      .paragraphs.map((p) => p.find((x): x is Figure => typeof x !== 'string')!);
    expect(targetFigures.map((f) => [f.value, f.metric])).toEqual(
      targets.map((target) => [target.value, target.metric]),
    );

    // Drilling into a figure shows the rows it was made of: as many as it counts, or adding up to its sum.
    for (const f of figures) {
      const rows = await leader.get(`/api/metrics/${f.metric!.key}/rows?${query(f.metric!.filters)}&pageSize=200`);
      expect(rows.statusCode, rows.body).toBe(200);
      const { items, total } = rows.json() as { items: Record<string, string | null>[]; total: number };
      const label = `${f.metric!.key}?${query(f.metric!.filters)}`;
      if (/funding|amount|paid/.test(f.metric!.key)) {
        const fen = items.reduce((a, r) => a + Math.round(Number(r.approvedFunding ?? r.amount ?? 0) * 100), 0);
        expect([label, fen]).toEqual([label, Math.round(f.value * 100)]);
      } else expect([label, total, items.length]).toEqual([label, f.value, f.value]);
    }
    // …and they are the very records created: the provincial agricultural approvals, the patents granted.
    const approvals = (
      await leader.get(
        `/api/metrics/projects.approved/rows?${query({ category: 'agriculture', level: 'provincial', year, to: expected.through })}&pageSize=200`,
      )
    ).json().items;
    expect(approvals.map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b)).toEqual(
      [...expected.provincial.ids].sort((a, b) => a - b),
    );
    const grants = (
      await leader.get(`/api/metrics/patents.granted/rows?year=${year}&to=${expected.through}&pageSize=200`)
    ).json().items;
    expect(grants.map((r: { applicationNumber: string }) => r.applicationNumber).sort()).toEqual(expected.granted);
  });

  it('says what a count says for the last complete year: whole, compared with the year before', async () => {
    const expected = expectedReport(lastYear);
    const report = (await leader.get(`/api/reports/annual?year=${lastYear}`)).json() as {
      title: string;
      sections: Section[];
      through: string | null;
    };
    expect(report.title).toBe(`江川市科学技术局${lastYear}年工作总结`);
    expect(report.through).toBeNull();
    const all = report.sections.flatMap((s) => s.paragraphs.map(paragraphText)).join('\n');
    expect(all).not.toMatch(/截至|同比/);
    if (expected.grantedCount && expected.before.granted)
      expect(all).toContain(
        `专利授权${expected.grantedCount}件${changeText(expected.grantedCount, expected.before.granted)}`,
      );
    expectWordingRules(report.sections);
    const figures = figuresOf(report.sections).filter((f) => f.metric!.filters.year === lastYear);
    expect(sortedFigures(figures.map((f) => [f.metric!.key, f.metric!.filters, f.value]))).toEqual(
      sortedFigures(expected.figures),
    );
  });
});
