import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { patents, targetLetters } from '../../db/tables/index.js';
import { ensureJurisdiction, makeUser } from '../../testing/factories.js';
import { approvedByDirector } from '../../testing/director.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { checkCharacter } from '../patents/application-number.js';
import { checkDecomposition } from './decomposition.js';
import { warmCockpit } from './figures.js';
import { likelyToMiss, projectYearEnd } from './progress.js';
import { expectedBy, lineScore, rankByTotal } from './scoring.js';

let t: TestApp;
let staff: Client;
let reviewer: Client;
let leader: Client;
let liaison: Client;
let liaisonOther: Client;
let serial = 0;

/** Patents filed by a town in the given months of a year. */
async function filed(town: string, year: number, months: number[]) {
  await t.db.insert(patents).values(
    months.map((month) => {
      const digits = `${year}2${String(++serial).padStart(7, '0')}`;
      return {
        applicationNumber: `${digits}.${checkCharacter(digits)}`,
        type: 'utility_model' as const,
        title: `实用新型${serial}`,
        applicantName: '某公司',
        jurisdictionCode: town,
        filedOn: `${year}-${String(month).padStart(2, '0')}-10`,
      };
    }),
  );
}

function upload(client: Client, url: string, fileName: string, bytes: Buffer) {
  const boundary = 'evidenceboundary';
  return client.request({
    method: 'POST',
    url,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
}

const ids = { patents: 0, training: 0, letterA: 0, letterB: 0, itemAPatents: 0, itemATraining: 0, round: 0 };

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  await ensureJurisdiction(t.db, 'town-b');
  // 2008 evenly through the year: by the end of June a year's figure is half in.
  await filed('town-a', 2008, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  await filed('town-a', 2009, [1, 2, 4, 6]);
  await filed('town-b', 2009, [3]);
  const [s, r, l, la, lb] = [
    await makeUser(t.db, 'staff'),
    await makeUser(t.db, 'staff'),
    await makeUser(t.db, 'leader'),
    await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-a' }),
    await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-b' }),
  ];
  [staff, reviewer, leader, liaison, liaisonOther] = [
    await login(t.app, s.username, s.password),
    await login(t.app, r.username, r.password),
    await login(t.app, l.username, l.password),
    await login(t.app, la.username, la.password),
    await login(t.app, lb.username, lb.password),
  ];
  ids.patents = (
    await staff.post('/api/targets/indicators', {
      year: 2009,
      code: 'patents',
      name: '专利申请量',
      unit: '件',
      direction: 'at_least',
      targetMin: 10,
      weight: 60,
      source: 'metric',
      metricKey: 'patents.filed',
    })
  ).json().id;
  ids.training = (
    await staff.post('/api/targets/indicators', {
      year: 2009,
      code: 'training',
      name: '科技培训人次',
      unit: '人次',
      direction: 'at_least',
      targetMin: 100,
      weight: 40,
      source: 'manual',
      sortOrder: 2,
    })
  ).json().id;
});
afterAll(() => t.close());

const letter = (town: string, patentShare: number, trainingShare: number, patentWeight = 60) => ({
  year: 2009,
  unitKind: 'jurisdiction',
  jurisdictionCode: town,
  items: [
    { indicatorId: ids.patents, shareMin: patentShare, weight: patentWeight },
    { indicatorId: ids.training, shareMin: trainingShare, weight: 40 },
  ],
});

async function docxText(bytes: Buffer): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

/** The overview once no figure is still being recomputed, as the cockpit page polls for it. */
async function settled(client: Client, url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const body = (await client.get(url)).json();
    if (!body.refreshing) return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} still refreshing after 10 s`);
}

describe('responsibility letters', () => {
  it('checks the decomposition against the city total before a letter is issued', async () => {
    ids.letterA = (await staff.post('/api/targets/letters', letter('town-a', 6, 60))).json().id;
    ids.letterB = (await staff.post('/api/targets/letters', letter('town-b', 3, 40, 50))).json().id;
    expect((await staff.post('/api/targets/letters', letter('town-a', 1, 1))).json().error.code).toBe(
      'DUPLICATE_RECORD',
    );
    // An indicator a letter carries stays.
    const inUse = await staff.request({ method: 'DELETE', url: `/api/targets/indicators/${ids.patents}` });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error).toMatchObject({ code: 'IN_USE_BY', message: '该记录仍被2份目标责任状使用，不能删除' });
    expect(
      (await staff.get('/api/targets/letters?year=2009'))
        .json()
        .items.map((l: { items: number; weight: number }) => [l.items, l.weight]),
    ).toEqual([
      [2, 100],
      [2, 90],
    ]);

    const refused = await staff.post(`/api/targets/letters/${ids.letterA}/actions`, { action: 'issue' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('DECOMPOSITION_SHORT');
    expect(refused.json().error.message).toContain('专利申请量');
    const check = (await leader.get('/api/targets/decomposition?year=2009')).json();
    expect(check.items.find((i: { code: string }) => i.code === 'patents').tiers).toEqual([
      { tier: 'territory', units: 2, min: 9, max: 9, status: 'short' },
    ]);
    expect(check.items.find((i: { code: string }) => i.code === 'training').tiers[0].status).toBe('balanced');

    // Town B's weights add up to 90: a letter is issued only when they make 100.
    expect((await staff.put(`/api/targets/letters/${ids.letterB}`, letter('town-b', 4, 40, 50))).statusCode).toBe(200);
    expect(
      (await staff.post(`/api/targets/letters/${ids.letterB}/actions`, { action: 'issue' })).json().error.details[0]
        .field,
    ).toBe('body.items');
    expect((await staff.put(`/api/targets/letters/${ids.letterB}`, letter('town-b', 4, 40))).statusCode).toBe(200);
    // A town's share cannot exceed the whole city's target (10件).
    const beyond = await staff.put(`/api/targets/letters/${ids.letterB}`, letter('town-b', 11, 40));
    expect(beyond.json().error.details[0]).toMatchObject({
      field: 'body.items.0.shareMin',
      message: '分解目标11件超过全市目标10件',
    });
    // 下达 is the director's: the clerk puts each letter up, the director approves, and the unit is told.
    for (const id of [ids.letterA, ids.letterB]) {
      const asked = await staff.post(`/api/targets/letters/${id}/actions`, { action: 'issue' });
      expect(asked.json()).toMatchObject({ status: 'draft', pendingApproval: expect.any(Number) });
      expect((await staff.put(`/api/targets/letters/${id}`, letter('town-a', 7, 60))).json().error.code).toBe(
        'APPROVAL_PENDING',
      );
      if (id === ids.letterA)
        expect((await liaison.get('/api/todos')).json().items).not.toContainEqual({
          kind: 'letters_to_sign',
          count: 1,
        });
      await approvedByDirector(t, asked);
      expect((await staff.get(`/api/targets/letters/${id}`)).json().status).toBe('issued');
    }
    expect((await liaison.get('/api/todos')).json().items).toContainEqual({ kind: 'letters_to_sign', count: 1 });
  });

  it('lets a unit see and sign its own letter, and nobody change it once issued, signed or locked', async () => {
    const detail = (await liaison.get(`/api/targets/letters/${ids.letterA}`)).json();
    expect(detail.unit.code).toBe('town-a');
    expect(
      detail.items.map((i: { name: string; share: { text: string }; cityTarget: string }) => [
        i.name,
        i.share.text,
        i.cityTarget,
      ]),
    ).toEqual([
      ['专利申请量', '6件', '10件'],
      ['科技培训人次', '60人次', '100人次'],
    ]);
    ids.itemAPatents = detail.items[0].id;
    ids.itemATraining = detail.items[1].id;
    expect((await liaisonOther.get(`/api/targets/letters/${ids.letterA}`)).statusCode).toBe(404);
    expect((await liaison.get('/api/targets/letters?year=2009')).json().items.map((l: { id: number }) => l.id)).toEqual(
      [ids.letterA],
    );
    expect((await staff.put(`/api/targets/letters/${ids.letterA}`, letter('town-a', 7, 60))).json().error.code).toBe(
      'LETTER_LOCKED',
    );
    expect(
      (
        await liaisonOther.post(`/api/targets/letters/${ids.letterA}/actions`, {
          action: 'sign',
          signatory: '李镇长',
          signedOn: '2009-02-20',
        })
      ).statusCode,
    ).toBe(404);
    expect((await liaison.post(`/api/targets/letters/${ids.letterA}/actions`, { action: 'sign' })).statusCode).toBe(
      400,
    );
    // Signed within the letter's life: not before it was issued, not after its year, not in the future.
    const signOn = (signedOn: string) =>
      liaison.post(`/api/targets/letters/${ids.letterA}/actions`, { action: 'sign', signatory: '李镇长', signedOn });
    expect((await signOn('2009-02-20')).json().error.details[0]).toMatchObject({
      field: 'body.signedOn',
      problem: 'signed_before_issue',
    });
    await t.db
      .update(targetLetters)
      .set({ issuedAt: new Date('2009-02-10T02:00:00Z') })
      .where(inArray(targetLetters.id, [ids.letterA, ids.letterB]));
    expect((await signOn('2009-02-09')).json().error.details[0].message).toBe(
      '签订日期不能早于责任状下达日期（2009-02-10）',
    );
    expect((await signOn('2010-01-05')).json().error.details[0].message).toBe('签订日期应在2009年内');
    expect((await liaison.post(`/api/targets/letters/${ids.letterA}/actions`, { action: 'lock' })).statusCode).toBe(
      403,
    );
    expect(
      (
        await liaison.post(`/api/targets/letters/${ids.letterA}/actions`, {
          action: 'sign',
          signatory: '李镇长',
          signedOn: '2009-02-20',
        })
      ).json(),
    ).toEqual({ status: 'signed' });
    expect((await staff.post(`/api/targets/letters/${ids.letterA}/actions`, { action: 'lock' })).json()).toEqual({
      status: 'locked',
    });
    expect(
      (await staff.post(`/api/targets/letters/${ids.letterA}/actions`, { action: 'withdraw' })).json().error.code,
    ).toBe('INVALID_TRANSITION');
    expect(
      (await staff.request({ method: 'DELETE', url: `/api/targets/letters/${ids.letterA}` })).json().error.code,
    ).toBe('LETTER_LOCKED');
    const signed = (await staff.get(`/api/targets/letters/${ids.letterA}`)).json();
    expect([signed.status, signed.signatory, signed.signedOn]).toEqual(['locked', '李镇长', '2009-02-20']);
  });

  it("keeps the bureau's internal letters: a member of staff carries indicators, outside the towns' sums", async () => {
    const people = (await leader.get('/api/targets/bureau-people')).json().items as { id: number }[];
    const me = reviewer.user.id;
    expect(people.map((p) => p.id)).toContain(me);
    const made = await staff.post('/api/targets/letters', {
      year: 2009,
      unitKind: 'staff',
      userId: me,
      items: [{ indicatorId: ids.patents, shareMin: 1, weight: 100 }],
    });
    expect(
      (
        await approvedByDirector(
          t,
          await staff.post(`/api/targets/letters/${made.json().id}/actions`, { action: 'issue' }),
        )
      ).json().status,
    ).toBe('approved');
    expect((await reviewer.get(`/api/targets/letters/${made.json().id}`)).json().unit).toMatchObject({
      group: 'staff',
      code: String(me),
    });
    expect((await liaison.get(`/api/targets/letters/${made.json().id}`)).statusCode).toBe(404);
    expect(
      (
        await staff.post('/api/targets/letters', { year: 2009, unitKind: 'staff', userId: liaison.user.id, items: [] })
      ).json().error.details[0].field,
    ).toBe('body.userId');
    await staff.post(`/api/targets/letters/${made.json().id}/actions`, { action: 'withdraw' });
    expect((await staff.request({ method: 'DELETE', url: `/api/targets/letters/${made.json().id}` })).statusCode).toBe(
      204,
    );
  });

  it('sums a decomposition exact to the cent, and judges a ceiling the other way', () => {
    const shares = [0.1, 0.2].map((min) => ({ tier: 'territory' as const, min, max: null }));
    expect(checkDecomposition({ direction: 'at_least', min: 0.3, max: null }, shares)[0]!.status).toBe('balanced');
    expect(
      checkDecomposition({ direction: 'at_most', min: null, max: 5 }, [{ tier: 'bureau', min: null, max: 6 }])[0]!
        .status,
    ).toBe('short');
    expect(checkDecomposition({ direction: 'at_least', min: 5, max: null }, [])).toEqual([]);
  });
});

describe('progress reported by a unit', () => {
  it('takes a manual figure with evidence from the unit, reviewed by other staff, and computes the rest from the data', async () => {
    expect(
      (await liaison.post('/api/targets/reports', { letterItemId: ids.itemAPatents, quarter: 2, value: 3 })).json()
        .error.details[0].field,
    ).toBe('body.letterItemId');
    expect(
      (await liaisonOther.post('/api/targets/reports', { letterItemId: ids.itemATraining, quarter: 2, value: 30 }))
        .statusCode,
    ).toBe(404);
    const report = await liaison.post('/api/targets/reports', {
      letterItemId: ids.itemATraining,
      quarter: 2,
      value: 30,
      note: '举办培训班3期',
    });
    expect(report.statusCode).toBe(201);
    const id = report.json().id;
    expect((await liaison.post(`/api/targets/reports/${id}/actions`, { action: 'submit' })).json().error.code).toBe(
      'EVIDENCE_REQUIRED',
    );
    expect(
      (await upload(liaison, `/api/targets/reports/${id}/evidence`, '签到表.exe', Buffer.from('MZ'))).statusCode,
    ).toBe(415);
    const evidence = await upload(
      liaison,
      `/api/targets/reports/${id}/evidence`,
      '培训签到表.pdf',
      Buffer.from('%PDF-1.4\n%签到\n'),
    );
    expect(evidence.statusCode).toBe(201);
    expect((await liaison.post(`/api/targets/reports/${id}/actions`, { action: 'submit' })).json()).toEqual({
      status: 'submitted',
    });
    expect((await reviewer.get('/api/todos')).json().items).toContainEqual({ kind: 'target_reports', count: 1 });
    expect(
      (await liaison.post('/api/targets/reports', { letterItemId: ids.itemATraining, quarter: 2, value: 31 })).json()
        .error.code,
    ).toBe('INVALID_TRANSITION');
    expect((await liaisonOther.get('/api/targets/reports?year=2009')).json().items).toEqual([]);
    expect((await liaisonOther.get(`/api/targets/evidence/${evidence.json().id}`)).statusCode).toBe(404);
    expect((await reviewer.post(`/api/targets/reports/${id}/actions`, { action: 'return' })).statusCode).toBe(400);
    expect((await reviewer.post(`/api/targets/reports/${id}/actions`, { action: 'accept' })).json()).toEqual({
      status: 'accepted',
    });
    const listed = (await staff.get('/api/targets/reports?year=2009')).json().items[0];
    expect([listed.unit.code, listed.indicator.name, listed.value, listed.status, listed.evidence[0].name]).toEqual([
      'town-a',
      '科技培训人次',
      30,
      'accepted',
      '培训签到表.pdf',
    ]);
    expect((await staff.get(`/api/targets/evidence/${evidence.json().id}`)).body).toContain('%PDF-1.4');
  });

  it('projects year-end values from the pace and past years, and warns of units likely to miss', async () => {
    const overview = await settled(leader, '/api/targets/overview?year=2009&asOf=6');
    expect(overview.asOfMonth).toBe(6);
    const city = overview.indicators.find((i: { code: string }) => i.code === 'patents');
    expect([city.value, city.projection, city.months.slice(0, 6), city.lastYear[0]]).toEqual([
      5,
      10,
      [1, 1, 1, 1, 0, 1],
      1,
    ]);
    // Training: only town A has an accepted figure (30 by the end of June → 60 at that pace).
    expect(overview.indicators.find((i: { code: string }) => i.code === 'training')).toMatchObject({
      value: 30,
      projection: 60,
      status: 'behind',
    });
    const townA = overview.units.find((u: { unit: { code: string } }) => u.unit.code === 'town-a');
    expect(
      townA.lines.map((l: { source: string; value: number; projection: number; likelyMiss: boolean }) => [
        l.source,
        l.value,
        l.projection,
        l.likelyMiss,
      ]),
    ).toEqual([
      ['metric', 4, 8, false],
      ['manual', 30, 60, false],
    ]);
    expect(
      overview.warnings.map((w: { unit: { code: string }; name: string; projection: number }) => [
        w.unit.code,
        w.name,
        w.projection,
      ]),
    ).toEqual([['town-b', '专利申请量', 2]]);
    // A new filing shows as soon as its grids are recomputed (the page asks again while `refreshing`).
    await filed('town-b', 2009, [7]);
    const after = await settled(leader, '/api/targets/overview?year=2009&asOf=7');
    expect(after.units.find((u: { unit: { code: string } }) => u.unit.code === 'town-b').lines[0].value).toBe(2);
    expect(after.indicators.find((i: { code: string }) => i.code === 'patents').value).toBe(6);
    expect((await leader.get('/api/targets/indicators?year=2009')).json().items[0].progress.value).toBe(6);
    // The server computes the latest year's cockpit ahead when it starts.
    expect(await warmCockpit(t.db)).toMatchObject({ year: 2009 });
    // A liaison sees its own unit, not the city's or another town's.
    const own = (await liaison.get('/api/targets/overview?year=2009&asOf=6')).json();
    expect([own.indicators, own.units.map((u: { unit: { code: string } }) => u.unit.code)]).toEqual([[], ['town-a']]);
  });

  it('reads seasonality from past years, and the pace when there are none', () => {
    const spring = [[6, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]];
    expect(projectYearEnd(10, 2, spring)).toBe(10);
    expect(projectYearEnd(10, 2, [])).toBe(60);
    expect(projectYearEnd(10, 12, spring)).toBe(10);
    expect(likelyToMiss({ direction: 'within', min: 2, max: 4 }, 1.5)).toBe(true);
    expect(likelyToMiss({ direction: 'at_most', min: null, max: 3 }, 4)).toBe(true);
  });
});

describe('assessment', () => {
  it('scores by a team (their mean), caps bonus points, locks only when every unit is scored or absent, ranks only locked letters; a leader signs off under a 文号', async () => {
    const team = [staff.user.id, reviewer.user.id];
    ids.round = (
      await staff.post('/api/targets/assessments', { year: 2009, kind: 'mid_year', onsiteShare: 40, assessorIds: team })
    ).json().id;
    expect((await staff.post('/api/targets/assessments', { year: 2009, kind: 'mid_year' })).json().error.code).toBe(
      'DUPLICATE_RECORD',
    );
    const round = (await staff.get(`/api/targets/assessments/${ids.round}`)).json();
    expect(round.team.map((m: { id: number }) => m.id)).toEqual(team);
    // Patents weigh 60: 36 computed, 24 on site. At mid-year town A (share 6) is expected to have 3; it has 4.
    const over = await staff.put(`/api/targets/assessments/${ids.round}/scores`, {
      items: [{ letterItemId: ids.itemAPatents, onsiteScore: 25 }],
    });
    expect(over.json().error.details[0]).toMatchObject({
      field: 'body.items.0.onsiteScore',
      message: '现场评分最高24分',
    });
    expect(
      (
        await staff.put(`/api/targets/assessments/${ids.round}/scores`, {
          items: [{ letterItemId: ids.itemAPatents, onsiteScore: 20.125 }],
        })
      ).json().error.details[0].problem,
    ).toBe('at_most_two_decimals');
    // The director is not on the team: no sheet of their own.
    expect(
      (
        await leader.put(`/api/targets/assessments/${ids.round}/scores`, {
          items: [{ letterItemId: ids.itemAPatents, onsiteScore: 20 }],
        })
      ).json().error.code,
    ).toBe('NOT_ASSESSOR');
    await staff.put(`/api/targets/assessments/${ids.round}/scores`, {
      items: [
        { letterItemId: ids.itemAPatents, onsiteScore: 20, note: '台账齐全' },
        { letterItemId: ids.itemATraining, onsiteScore: 16 },
      ],
    });
    // One member's sheet is not the team's: the round will not lock while town A lacks the second sheet and town B has none.
    const early = await staff.post(`/api/targets/assessments/${ids.round}/actions`, { action: 'lock' });
    expect([early.statusCode, early.json().error.code, early.json().error.message]).toEqual([
      409,
      'ROUND_INCOMPLETE',
      '尚有2个单位未完成现场评分，也未标记未参加现场考核：测试town-a镇、测试town-b镇',
    ]);
    await reviewer.put(`/api/targets/assessments/${ids.round}/scores`, {
      items: [
        { letterItemId: ids.itemAPatents, onsiteScore: 24 },
        { letterItemId: ids.itemATraining, onsiteScore: 12 },
      ],
    });
    const b = round.units.find((u: { unit: { code: string } }) => u.unit.code === 'town-b');
    expect(
      (await staff.post(`/api/targets/assessments/${ids.round}/absences`, { letterId: b.letterId, reason: '' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await staff.post(`/api/targets/assessments/${ids.round}/absences`, {
          letterId: b.letterId,
          reason: '镇主要领导外出招商，经批准另行考核',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await staff.put(`/api/targets/assessments/${ids.round}/scores`, {
          items: [{ letterItemId: b.lines[0].letterItemId, onsiteScore: 10 }],
        })
      ).json().error.details[0].problem,
    ).toBe('unit_absent');

    await staff.post(`/api/targets/assessments/${ids.round}/adjustments`, {
      letterId: ids.letterA,
      kind: 'bonus',
      points: 2,
      reason: '获省级表彰',
    });
    const deduction = (
      await staff.post(`/api/targets/assessments/${ids.round}/adjustments`, {
        letterId: ids.letterA,
        kind: 'deduction',
        points: 1,
        reason: '报送迟报一次',
      })
    ).json().id;
    expect(
      (
        await staff.post(`/api/targets/assessments/${ids.round}/adjustments`, {
          letterId: ids.letterA,
          kind: 'bonus',
          points: 1,
          reason: '',
        })
      ).statusCode,
    ).toBe(400);
    // The indicator system caps bonus points at 5 a unit: +2 given, +90 (or +4) more is refused.
    for (const points of [90, 4]) {
      const capped = await staff.post(`/api/targets/assessments/${ids.round}/adjustments`, {
        letterId: ids.letterA,
        kind: 'bonus',
        points,
        reason: '超额完成',
      });
      expect([capped.statusCode, capped.json().error.details?.[0].message]).toEqual([
        400,
        '加分合计不能超过5分（已加2分）',
      ]);
    }
    const scored = (await leader.get(`/api/targets/assessments/${ids.round}`)).json();
    const a = scored.units.find((u: { unit: { code: string } }) => u.unit.code === 'town-a');
    // On site: patents (20 + 24) / 2 = 22, training (16 + 12) / 2 = 14.
    expect(a.lines.map((l: { onsiteScore: number; sheets: unknown[] }) => [l.onsiteScore, l.sheets.length])).toEqual([
      [22, 2],
      [14, 2],
    ]);
    expect([a.computed, a.onsite, a.bonus, a.deductions, a.total, a.rank, a.rankOf]).toEqual([60, 36, 2, 1, 97, 1, 1]);
    // Town B signed nothing yet: shown, not ranked; absent, so no on-site points.
    expect(scored.units.find((u: { unit: { code: string } }) => u.unit.code === 'town-b')).toMatchObject({
      computed: 18,
      onsite: 0,
      total: 18,
      rank: null,
      letterStatus: 'issued',
      absence: { reason: '镇主要领导外出招商，经批准另行考核' },
    });
    expect((await liaison.get(`/api/targets/assessments/${ids.round}`)).json().units).toEqual([]);

    expect((await staff.post(`/api/targets/assessments/${ids.round}/actions`, { action: 'lock' })).json()).toEqual({
      status: 'locked',
    });
    await filed('town-b', 2009, [3, 4]);
    const locked = (await leader.get(`/api/targets/assessments/${ids.round}`)).json();
    expect(locked.units.map((u: { total: number; onsite: number }) => [u.total, u.onsite])).toEqual([
      [97, 36],
      [18, 0],
    ]);
    expect(
      (
        await staff.put(`/api/targets/assessments/${ids.round}/scores`, {
          items: [{ letterItemId: ids.itemAPatents, onsiteScore: 1 }],
        })
      ).json().error.code,
    ).toBe('ROUND_LOCKED');
    expect(
      (
        await staff.request({ method: 'DELETE', url: `/api/targets/assessments/${ids.round}/adjustments/${deduction}` })
      ).json().error.code,
    ).toBe('ROUND_LOCKED');
    expect(
      (await liaison.get(`/api/targets/assessments/${ids.round}`))
        .json()
        .units.map((u: { unit: { code: string } }) => u.unit.code),
    ).toEqual(['town-a']);
    expect(
      (await staff.get(`/api/reports/assessment-notice.docx?assessment=${ids.round}&letter=${ids.letterA}`)).json()
        .error,
    ).toMatchObject({ code: 'INVALID_TRANSITION', message: '本轮考核尚未签发，不能生成文书' });
    // Staff put the result up for sign-off; it stays locked until the director signs — here directly, which closes the request.
    const asked = (
      await staff.post(`/api/targets/assessments/${ids.round}/actions`, {
        action: 'sign_off',
        noticeDocNo: '江科发〔2009〕21号',
      })
    ).json();
    expect(asked).toMatchObject({ status: 'locked', pendingApproval: expect.any(Number) });
    expect(
      (await staff.post(`/api/targets/assessments/${ids.round}/actions`, { action: 'unlock' })).json().error.code,
    ).toBe('APPROVAL_PENDING');
    expect((await leader.get('/api/todos')).json().items).toContainEqual({ kind: 'approvals', count: 1 });
    expect(
      (await leader.post(`/api/targets/assessments/${ids.round}/actions`, { action: 'sign_off' })).json().error
        .details[0].field,
    ).toBe('body.noticeDocNo');
    expect(
      (
        await leader.post(`/api/targets/assessments/${ids.round}/actions`, {
          action: 'sign_off',
          noticeDocNo: '江科发〔2009〕21号',
        })
      ).json(),
    ).toEqual({ status: 'signed_off' });
    expect((await leader.get(`/api/approvals/${asked.pendingApproval}`)).json()).toMatchObject({
      status: 'approved',
      decisions: [{ decision: 'approve' }],
    });
    expect(
      (await staff.post(`/api/targets/assessments/${ids.round}/actions`, { action: 'unlock' })).json().error.code,
    ).toBe('ROUND_LOCKED');
    expect(
      (await settled(leader, '/api/targets/overview?year=2009')).ranking.units.map(
        (u: { unit: { code: string }; rank: number }) => [u.unit.code, u.rank],
      ),
    ).toEqual([['town-a', 1]]);
    const notice = await staff.get(`/api/reports/assessment-notice.docx?assessment=${ids.round}&letter=${ids.letterA}`);
    const text = await docxText(notice.rawPayload);
    expect(text).toContain('江科发〔2009〕21号');
    expect(text).toContain('排名第1位（共1个）');

    const file = await staff.get(`/api/targets/assessments/${ids.round}/export`);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '组别',
      '名次',
      '单位',
      '专利申请量',
      '科技培训人次',
      '计算得分',
      '现场得分',
      '加分',
      '扣分',
      '总分',
      '加扣分说明',
    ]);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 11)).toEqual([
      '镇（区、街道）',
      '第1位/共1个',
      '测试town-a镇',
      58,
      38,
      60,
      36,
      2,
      1,
      97,
    ]);
    expect((sheet.getRow(3).values as unknown[]).slice(1, 3)).toEqual(['镇（区、街道）', '不排名（责任状未锁定）']);
  });

  it('splits an indicator between computed and on-site points, halves the target at mid-year, and shares ranks on equal totals', () => {
    const share = { direction: 'at_least' as const, min: 10, max: null };
    expect(expectedBy(share, 'mid_year').min).toBe(5);
    expect(expectedBy({ direction: 'at_most', min: null, max: 3 }, 'mid_year').max).toBe(3);
    expect(lineScore({ weight: 20, onsiteShare: 40, target: share, value: 5, onsiteScore: 7 })).toEqual({
      computedMax: 12,
      onsiteMax: 8,
      computed: 6,
      onsite: 7,
      points: 13,
    });
    expect(lineScore({ weight: 20, onsiteShare: 40, target: share, value: 50, onsiteScore: null }).computed).toBe(12);
    expect(
      lineScore({
        weight: 20,
        onsiteShare: 0,
        target: { direction: 'at_most', min: null, max: 1 },
        value: 2,
        onsiteScore: null,
      }).computed,
    ).toBe(0);
    const ranked = rankByTotal([
      { id: 'a', total: 90 },
      { id: 'b', total: 95.5 },
      { id: 'c', total: 90 },
      { id: 'd', total: 80 },
    ]);
    expect(ranked.map((u) => [u.id, u.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});
