import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patents } from '../../db/tables/index.js';
import { ensureJurisdiction, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { checkCharacter } from '../patents/application-number.js';
import { progressOf, targetText } from './progress.js';

let t: TestApp;
let staff: Client;
let leader: Client;

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  const values = Array.from({ length: 3 }, (_, i) => {
    const digits = `2009${1}${String(100 + i).padStart(7, '0')}`;
    return {
      applicationNumber: `${digits}.${checkCharacter(digits)}`,
      type: 'invention' as const,
      title: `专利${i}`,
      applicantName: '某公司',
      filedOn: '2009-03-01',
      grantedOn: i === 0 ? '2009-09-01' : null,
    };
  });
  await t.db.insert(patents).values(values);
  const [s, l] = [await makeUser(t.db, 'staff'), await makeUser(t.db, 'leader')];
  staff = await login(t.app, s.username, s.password);
  leader = await login(t.app, l.username, l.password);
});
afterAll(() => t.close());

describe('targets and progress', () => {
  it('reads progress by direction: at least, within a range, at most', () => {
    expect(progressOf({ direction: 'at_least', min: 700, max: null }, 350)).toEqual({ ratio: 0.5, status: 'behind' });
    expect(progressOf({ direction: 'at_least', min: 700, max: null }, 700)).toEqual({ ratio: 1, status: 'achieved' });
    expect(progressOf({ direction: 'within', min: 2, max: 4 }, 3).status).toBe('achieved');
    expect(progressOf({ direction: 'within', min: 2, max: 4 }, 5).status).toBe('exceeded');
    expect(progressOf({ direction: 'within', min: 2, max: 4 }, 1).status).toBe('behind');
    expect(progressOf({ direction: 'at_most', min: null, max: 3 }, 2).status).toBe('achieved');
    expect(progressOf({ direction: 'at_most', min: null, max: 3 }, 4).status).toBe('exceeded');
    expect(targetText({ direction: 'within', min: 2, max: 4 }, '家')).toBe('2—4家');
    expect(targetText({ direction: 'at_least', min: 10_000_000, max: null }, '元')).toBe('10,000,000元');
  });

  it("keeps a year's indicator system whose metric-based progress is computed from the data", async () => {
    const filed = await staff.post('/api/targets/indicators', {
      year: 2009,
      code: 'patents.filed',
      name: '专利申请量',
      unit: '件',
      direction: 'at_least',
      targetMin: 6,
      source: 'metric',
      metricKey: 'patents.filed',
    });
    expect(filed.statusCode).toBe(201);
    await staff.post('/api/targets/indicators', {
      year: 2009,
      code: 'centres',
      name: '镇江市级以上工程技术研究中心',
      unit: '家',
      direction: 'within',
      targetMin: 2,
      targetMax: 4,
      source: 'metric',
      metricKey: 'platforms.recognized',
      metricFilters: { kind: 'engineering_center', level: 'national,provincial,prefecture' },
      sortOrder: 2,
    });
    await staff.post('/api/targets/indicators', {
      year: 2009,
      code: 'training',
      name: '科技培训人次',
      unit: '人次',
      direction: 'at_least',
      targetMin: 5000,
      source: 'manual',
      sortOrder: 3,
    });
    expect((await leader.get('/api/targets/years')).json()).toEqual({ items: [2009] });
    const system = (await leader.get('/api/targets/indicators?year=2009')).json();
    expect(
      system.items.map((i: { code: string; target: { text: string }; progress: unknown }) => [
        i.code,
        i.target.text,
        i.progress,
      ]),
    ).toEqual([
      ['patents.filed', '6件', { value: 3, ratio: 0.5, status: 'behind' }],
      ['centres', '2—4家', { value: 0, ratio: 0, status: 'behind' }],
      ['training', '5,000人次', null],
    ]);
  });

  it('refuses a range upside down, a metric that does not exist, filters it does not take, and a second indicator of the same code', async () => {
    const base = { year: 2009, code: 'x', name: '某指标', unit: '项', source: 'metric', metricKey: 'patents.filed' };
    expect(
      (await staff.post('/api/targets/indicators', { ...base, direction: 'within', targetMin: 5, targetMax: 2 }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await staff.post('/api/targets/indicators', {
          ...base,
          direction: 'at_least',
          targetMin: 1,
          metricKey: 'no.such',
        })
      ).json().error.details[0].field,
    ).toBe('body.metricKey');
    expect(
      (
        await staff.post('/api/targets/indicators', {
          ...base,
          direction: 'at_least',
          targetMin: 1,
          metricFilters: { outlet: 'x' },
        })
      ).json().error.details[0].field,
    ).toBe('body.metricKey');
    expect(
      (
        await staff.post('/api/targets/indicators', {
          ...base,
          code: 'patents.filed',
          direction: 'at_least',
          targetMin: 1,
        })
      ).json().error.code,
    ).toBe('DUPLICATE_CODE');
  });
});

describe('setting up next year', () => {
  it('copies a year’s indicator system and caps forward once, to be adjusted; refuses a year that has one', async () => {
    const base = {
      code: 'grants',
      name: '专利授权量',
      unit: '件',
      direction: 'at_least',
      weight: 60,
      source: 'manual',
    };
    await staff.post('/api/targets/indicators', { ...base, year: 2015, targetMin: 100 });
    await staff.post('/api/targets/indicators', {
      ...base,
      year: 2015,
      code: 'training',
      name: '科技培训',
      unit: '人次',
      targetMin: 400,
      weight: 40,
    });
    expect(
      (
        await staff.request({
          method: 'PUT',
          url: '/api/targets/systems/2015',
          payload: { bonusCap: 3, deductionCap: 8 },
        })
      ).statusCode,
    ).toBe(200);
    expect((await leader.post('/api/targets/systems/2016/copy', { fromYear: 2015 })).statusCode).toBe(403);
    expect(
      (await staff.post('/api/targets/systems/2016/copy', { fromYear: 2014 })).json().error.details[0].message,
    ).toBe('2014年没有指标体系可以沿用');
    expect((await staff.post('/api/targets/systems/2016/copy', { fromYear: 2015 })).json()).toEqual({ copied: 2 });
    const copied = (await staff.get('/api/targets/indicators?year=2016')).json();
    expect([
      copied.caps,
      copied.weightTotal,
      copied.items.map((i: { code: string; target: { text: string } }) => [i.code, i.target.text]),
    ]).toEqual([
      { bonus: 3, deduction: 8 },
      100,
      [
        ['grants', '100件'],
        ['training', '400人次'],
      ],
    ]);
    const again = await staff.post('/api/targets/systems/2016/copy', { fromYear: 2015 });
    expect([again.statusCode, again.json().error.message]).toEqual([
      409,
      '2016年已有指标体系，请在其上修改，不能再沿用其他年度',
    ]);
  });
});
