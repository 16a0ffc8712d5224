import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls, programs, projects } from '../../db/tables/index.js';
import {
  ensureJurisdiction,
  makeCall,
  makeOrg,
  makePerson,
  makeProgram,
  makeUser,
  validUscc,
} from '../../testing/factories.js';
import { approvedByDirector } from '../../testing/director.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { sofficePath } from '../reports/pdf.js';
import { applicationTemplate } from './template.js';
import { earlier, reworded, unrelated } from '../../testing/application-texts.js';

let t: TestApp;
const partnerUscc = validUscc();
let liaison: Client;
beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  const l = await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-a' });
  liaison = await login(t.app, l.username, l.password);
});
afterAll(() => t.close());

/** The PDF's text as a reader copies it (poppler's pdftotext, installed beside LibreOffice). */
function pdfText(pdf: Buffer): string {
  // Without its spaces: pdftotext sets a space between Chinese and Latin letters, and between the characters of a spaced title.
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString().replace(/\s+/g, '');
}

/** A 农业 programme coded NY with a call asking the full 申报书: 12–36 months in 2027–2029, 1:1 matching, 20% indirect. */
async function agricultureCall(o: { programId?: number; code?: string } = {}) {
  const programId = o.programId ?? (await makeProgram(t.db)).id;
  if (o.code) await t.db.update(programs).set({ code: o.code }).where(eq(programs.id, programId));
  const template = applicationTemplate.parse({
    startFrom: '2027-01-01',
    endBy: '2029-12-31',
    texts: [
      { key: 'content', maxLength: 2000 },
      { key: 'route', maxLength: 2000 },
      { key: 'innovation', maxLength: 800 },
      { key: 'goals', maxLength: 800 },
    ],
    budget: { scheme: 'national', selfRatioPercent: 100, indirectCapPercent: 20, maxFiscal: '500000' },
  });
  return makeCall(t.db, { programId, applicationTemplate: template });
}

async function applicant() {
  const u = await makeUser(t.db, 'applicant', { jurisdictionCode: 'town-a' });
  const client = await login(t.app, u.username, u.password);
  const leader = await makePerson(t.db, u.orgId!, { name: '王建国', title: '研究员', degree: '博士' });
  const member = await makePerson(t.db, u.orgId!, { name: '李秀英', title: '助理研究员', degree: '硕士' });
  return { user: u, client, leader, member };
}

/** Every section of a 申报书 as an applicant fills it for a 30万元 grant. */
function wholeApplication(leaderId: number, memberId: number) {
  return {
    techField: '0207',
    industry: '农业',
    startOn: '2027-01-01',
    endOn: '2028-12-31',
    partners: [{ name: '扬州大学', uscc: partnerUscc, role: '品种选育与技术指导' }],
    applicantConfirmed: true,
    leader: { personId: leaderId, role: '总体设计与组织实施', months: 18 },
    members: [{ personId: memberId, role: '田间试验', months: 12 }],
    texts: {
      content: '<p>开展设施葡萄避雨栽培、水肥一体化和病虫害绿色防控技术集成研究。</p>',
      route: '<p>品种筛选—栽培模式试验—技术规程制定—示范推广。</p>',
      innovation: '<p>首次在本地集成避雨栽培与水肥一体化。</p>',
      goals: '<p>建立示范基地 200 亩，亩均增收 3000 元。</p>',
    },
    indicators: [
      { kind: 'invention_patents', value: 2 },
      { kind: 'other', name: '示范推广面积', unit: '亩', value: 200 },
    ],
    budget: [
      { category: 'equipment', fiscal: '80000', self: '100000' },
      { category: 'business', fiscal: '150000', self: '150000', note: '肥料、农药、检测' },
      { category: 'labour', fiscal: '40000', self: '50000' },
      { category: 'indirect', fiscal: '30000' },
    ],
    milestones: [
      { title: '完成品种筛选与基地建设', dueOn: '2027-06-30' },
      { title: '形成技术规程并示范推广', dueOn: '2028-12-31', deliverable: '技术规程1套' },
    ],
  };
}

async function draftOf(client: Client, callId: number, title = '设施葡萄避雨栽培技术集成与示范') {
  const created = await client.post('/api/projects', { callId, title, requestedFunding: '300000' });
  expect(created.statusCode).toBe(201);
  return created.json() as { id: number; version: number };
}

describe('申报书 (the application)', () => {
  it('is filled over several sittings, lists what is missing by section, and submits with its 申报编号', async () => {
    const call = await agricultureCall({ code: 'NY' });
    const { client, leader, member } = await applicant();
    const draft = await draftOf(client, call.id);
    const empty = (await client.get(`/api/projects/${draft.id}`)).json();
    const sections = new Set(empty.missing.map((m: { section: string }) => m.section));
    expect([...sections].sort()).toEqual(['applicant', 'basic', 'budget', 'indicators', 'milestones', 'team', 'texts']);
    expect(empty.missing).toContainEqual({
      section: 'applicant',
      field: 'body.application.applicant',
      problem: 'applicant_unconfirmed',
      message: '请核对并确认申报单位信息',
    });

    const whole = wholeApplication(leader.id, member.id);
    // First sitting: basic information and the team. Second: the rest.
    const first = await client.patch(`/api/projects/${draft.id}`, {
      application: {
        techField: whole.techField,
        industry: whole.industry,
        startOn: whole.startOn,
        endOn: whole.endOn,
        leader: whole.leader,
        members: whole.members,
      },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().application.leader).toMatchObject({
      name: '王建国',
      title: '研究员',
      degree: '博士',
      role: '总体设计与组织实施',
      months: 18,
    });
    expect(first.json().application.leader.idNumberMasked).toMatch(/^3211\*{10}[\dX]{4}$/);
    expect(first.json().leaderName).toBe('王建国');
    const stillMissing = new Set(first.json().missing.map((m: { section: string }) => m.section));
    expect(stillMissing.has('team')).toBe(false);
    expect(stillMissing.has('basic')).toBe(false);

    const { techField: _f, industry: _i, startOn: _s, endOn: _e, leader: _l, members: _m, ...rest } = whole;
    const second = await client.patch(`/api/projects/${draft.id}`, { application: rest });
    expect(second.statusCode).toBe(200);
    expect(second.json().missing).toEqual([]);
    expect(second.json().application.budgetTotals).toEqual({
      fiscal: '300000.00',
      self: '300000.00',
      other: '0.00',
      total: '600000.00',
    });
    expect(second.json().application.techFieldName).toBeTruthy();
    expect(second.json().application.texts.content).toContain('水肥一体化');
    // A partner typed with the USCC of a registered organisation is linked to it, under its registered name.
    const registered = await makeOrg(t.db, { name: '扬州大学' });
    const linked = await client.patch(`/api/projects/${draft.id}`, {
      application: { partners: [{ name: '扬大', uscc: registered.uscc.toLowerCase(), role: '技术指导' }] },
    });
    expect(linked.json().application.partners).toEqual([
      { name: '扬州大学', uscc: registered.uscc, orgId: registered.id, role: '技术指导' },
    ]);

    const submitted = await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().applicationNo).toMatch(/^SB2026NY\d{4}$/);
    expect(submitted.json().printedChecksum).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(submitted.json().code).toBeNull();
  });

  it('refuses what is malformed at once, and on submit what breaks the call rules', async () => {
    const call = await agricultureCall();
    const { client, leader, member } = await applicant();
    const stranger = await makePerson(t.db, (await makeUser(t.db, 'applicant')).orgId!);
    const draft = await draftOf(client, call.id);
    const bad = await client.patch(`/api/projects/${draft.id}`, {
      application: {
        leader: { personId: stranger.id },
        partners: [{ name: '某公司', uscc: '913200001234567890' }],
        budget: [{ category: 'business', fiscal: '1.234' }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { field: string; problem: string }) => `${d.field} ${d.problem}`)
        .sort(),
    ).toEqual([
      'body.application.budget.0.fiscal money',
      'body.application.leader.personId person_not_of_org',
      'body.application.partners.0.uscc uscc_invalid',
    ]);
    // Nothing of a refused PATCH is kept.
    expect((await client.get(`/api/projects/${draft.id}`)).json().application.partners).toEqual([]);

    const whole = wholeApplication(leader.id, member.id);
    await client.patch(`/api/projects/${draft.id}`, {
      application: {
        ...whole,
        endOn: '2030-06-30',
        budget: [...whole.budget.slice(0, 3), { category: 'indirect', fiscal: '60000' }],
      },
    });
    const refused = await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' });
    expect(refused.statusCode).toBe(400);
    const problems = refused.json().error.details.map((d: { problem: string }) => d.problem);
    expect(problems).toEqual(
      expect.arrayContaining(['period_too_long', 'ends_after', 'budget_fiscal_mismatch', 'budget_indirect_over']),
    );
    const mismatch = refused
      .json()
      .error.details.find((d: { problem: string }) => d.problem === 'budget_fiscal_mismatch');
    expect(mismatch.message).toBe('预算中申请财政资金合计330,000.00元，与申请财政资金300,000.00元不一致');
  });

  it('lets a person lead only as many open projects as the call allows, counted across calls', async () => {
    const first = await agricultureCall();
    const second = await agricultureCall();
    const { client, leader, member } = await applicant();
    const earlier = await draftOf(client, first.id, '葡萄品种选育');
    await client.patch(`/api/projects/${earlier.id}`, { application: wholeApplication(leader.id, member.id) });
    expect((await client.post(`/api/projects/${earlier.id}/transitions`, { action: 'submit' })).statusCode).toBe(200);

    const later = await draftOf(client, second.id, '葡萄设施栽培');
    await client.patch(`/api/projects/${later.id}`, { application: wholeApplication(leader.id, member.id) });
    const refused = await client.post(`/api/projects/${later.id}/transitions`, { action: 'submit' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toContainEqual(
      expect.objectContaining({
        field: 'body.application.leader.personId',
        problem: 'leader_limit',
        message: '该负责人已主持1个在审或在研项目（《葡萄品种选育》），本通知每人限主持1个',
      }),
    );
    // With the member leading instead, the same application goes through.
    await client.patch(`/api/projects/${later.id}`, {
      application: {
        leader: { personId: member.id, role: '主持', months: 18 },
        members: [{ personId: leader.id, role: '顾问', months: 2 }],
      },
    });
    expect((await client.post(`/api/projects/${later.id}/transitions`, { action: 'submit' })).statusCode).toBe(200);
  });

  it('numbers concurrent first submissions uniquely and in sequence, and gives the project code on approval only', async () => {
    const program = await makeProgram(t.db);
    await t.db
      .update(programs)
      .set({ code: 'SF', applicationNoRule: 'SQ{year}{code}{seq:3}' })
      .where(eq(programs.id, program.id));
    const call = await agricultureCall({ programId: program.id });
    const drafts = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const { client, leader, member } = await applicant();
        const draft = await draftOf(client, call.id, `并发申报项目${i}`);
        await client.patch(`/api/projects/${draft.id}`, { application: wholeApplication(leader.id, member.id) });
        return { client, id: draft.id };
      }),
    );
    const answers = await Promise.all(
      drafts.map((d) => d.client.post(`/api/projects/${d.id}/transitions`, { action: 'submit' })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(8).fill(200));
    const numbers = answers.map((a) => a.json().applicationNo as string).sort();
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => `SQ2026SF${String(i + 1).padStart(3, '0')}`));

    // Withdrawn and submitted again, an application keeps its number; the next one does not reuse it.
    const [withdrawn] = drafts;
    const number = answers[0]!.json().applicationNo;
    await withdrawn!.client.post(`/api/projects/${withdrawn!.id}/transitions`, { action: 'withdraw' });
    const another = await applicant();
    const ninth = await draftOf(another.client, call.id, '第九个申报');
    await another.client.patch(`/api/projects/${ninth.id}`, {
      application: wholeApplication(another.leader.id, another.member.id),
    });
    expect(
      (await another.client.post(`/api/projects/${ninth.id}/transitions`, { action: 'submit' })).json().applicationNo,
    ).toBe('SQ2026SF009');
    expect((await withdrawn!.client.get(`/api/projects/${withdrawn!.id}`)).json().applicationNo).toBe(number);

    // 立项: the approved project gets its 项目编号 by the programme's rule; the others have none.
    const [, chosen, other] = drafts;
    await t.db.update(projects).set({ state: 'reviewed' }).where(eq(projects.id, chosen!.id));
    const s = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
    const staff = await login(t.app, s.username, s.password);
    await approvedByDirector(
      t,
      await staff.post(`/api/projects/${chosen!.id}/transitions`, { action: 'approve', data: { funding: '300000' } }),
    );
    const approved = (await chosen!.client.get(`/api/projects/${chosen!.id}`)).json();
    expect(approved).toMatchObject({ state: 'approved', code: '2026SF0001' });
    expect((await other!.client.get(`/api/projects/${other!.id}`)).json().code).toBeNull();
    const listed = (await staff.get(`/api/projects?callId=${call.id}&pageSize=50`)).json();
    expect(listed.items.find((p: { id: number }) => p.id === chosen!.id)).toMatchObject({
      code: '2026SF0001',
      applicationNo: approved.applicationNo,
    });

    // 任务书: the first draft starts from the application as approved.
    const agreement = (await chosen!.client.get(`/api/projects/${chosen!.id}/agreement`)).json();
    expect(agreement.content).toMatchObject({
      startOn: '2027-01-01',
      endOn: '2028-12-31',
      leaderName: '王建国',
      objectives: '建立示范基地 200 亩，亩均增收 3000 元。',
      milestones: [
        { title: '完成品种筛选与基地建设', dueOn: '2027-06-30' },
        { title: '形成技术规程并示范推广', dueOn: '2028-12-31', deliverable: '技术规程1套' },
      ],
      indicators: [
        { name: '申请发明专利', unit: '件', target: '2' },
        { name: '示范推广面积', unit: '亩', target: '200' },
      ],
    });
    expect(agreement.content.budget).toEqual([
      { source: 'local', item: '设备费', amount: '80000.00' },
      { source: 'local', item: '业务费', amount: '150000.00' },
      { source: 'local', item: '劳务费', amount: '40000.00' },
      { source: 'local', item: '间接费用', amount: '30000.00' },
      { source: 'self_raised', item: '设备费', amount: '100000.00' },
      { source: 'self_raised', item: '业务费', amount: '150000.00' },
      { source: 'self_raised', item: '劳务费', amount: '50000.00' },
    ]);
  });

  it('asks the stamped copy of the current version before the liaison recommends, and refuses one of an older version', async () => {
    const call = await agricultureCall({ code: 'NY' });
    const { client, leader, member } = await applicant();
    const draft = await draftOf(client, call.id);
    await client.patch(`/api/projects/${draft.id}`, { application: wholeApplication(leader.id, member.id) });
    const first = (await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' })).json();

    const noCopy = await liaison.post(`/api/projects/${draft.id}/transitions`, { action: 'recommend' });
    expect(noCopy.statusCode).toBe(400);
    expect(noCopy.json().error.details[0]).toMatchObject({
      field: 'attachments.stamped_copy',
      problem: 'stamped_copy_missing',
    });
    expect(noCopy.json().error.details[0].message).toContain(first.printedChecksum);

    const listed = (await client.get(`/api/projects/${draft.id}/attachments`)).json();
    expect(listed.uploadable).toEqual(['stamped_copy']);
    const stamped = await client.upload(
      `/api/projects/${draft.id}/attachments`,
      { key: 'stamped_copy' },
      { name: '盖章申报书.pdf', bytes: Buffer.from('%PDF-1.4 stamped') },
    );
    expect(stamped.statusCode).toBe(201);

    // The liaison returns it for a correction; the applicant changes the budget note and submits again.
    expect(
      (await liaison.post(`/api/projects/${draft.id}/transitions`, { action: 'return', comment: '请补充测算说明' }))
        .statusCode,
    ).toBe(200);
    const whole = wholeApplication(leader.id, member.id);
    await client.patch(`/api/projects/${draft.id}`, {
      application: { budget: whole.budget.map((l) => ({ ...l, note: `${l.category} 按市场价测算` })) },
    });
    const second = (await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' })).json();
    expect(second.applicationNo).toBe(first.applicationNo);
    expect(second.printedChecksum).not.toBe(first.printedChecksum);

    // What changed between the two submissions: the budget's notes, nothing else.
    const versions = (await liaison.get(`/api/projects/${draft.id}/versions`)).json().items;
    expect(versions.map((v: { seq: number; checksum: string }) => [v.seq, v.checksum])).toEqual([
      [1, first.printedChecksum],
      [2, second.printedChecksum],
    ]);
    const compared = (await liaison.get(`/api/projects/${draft.id}/versions/compare`)).json();
    expect(compared).toMatchObject({ from: { seq: 1 }, to: { seq: 2 } });
    expect(compared.sections.filter((s: { changed: boolean }) => s.changed).map((s: { key: string }) => s.key)).toEqual(
      ['budget'],
    );
    const budget = compared.sections.find((s: { key: string }) => s.key === 'budget');
    expect(budget.lines).toContainEqual({
      op: 'removed',
      text: '预算科目：设备费，申请财政资金：80,000.00，自筹资金：100,000.00，其他资金：0.00，合计：180,000.00',
    });
    expect(budget.lines).toContainEqual({
      op: 'added',
      text: '预算科目：设备费，申请财政资金：80,000.00，自筹资金：100,000.00，其他资金：0.00，合计：180,000.00，测算说明：equipment 按市场价测算',
    });
    expect(
      (await liaison.get(`/api/projects/${draft.id}/versions/compare?from=1&to=3`)).json().error.details[0],
    ).toMatchObject({ field: 'querystring.to', problem: 'version_unknown' });

    const outdated = await liaison.post(`/api/projects/${draft.id}/transitions`, { action: 'recommend' });
    expect(outdated.json().error.details[0]).toMatchObject({ problem: 'stamped_copy_outdated' });
    await client.upload(
      `/api/projects/${draft.id}/attachments`,
      { key: 'stamped_copy' },
      { name: '盖章申报书2.pdf', bytes: Buffer.from('%PDF-1.4 stamped again') },
    );
    const recommended = await liaison.post(`/api/projects/${draft.id}/transitions`, { action: 'recommend' });
    expect(recommended.statusCode).toBe(200);
    expect(recommended.json().state).toBe('recommended');
  });

  it('compares a resubmission sentence by sentence, and the draft being revised with what was sent', async () => {
    const call = await agricultureCall();
    const { client, leader, member } = await applicant();
    const draft = await draftOf(client, call.id);
    await client.patch(`/api/projects/${draft.id}`, { application: wholeApplication(leader.id, member.id) });
    await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' });
    await liaison.post(`/api/projects/${draft.id}/transitions`, { action: 'return', comment: '技术路线不清' });
    const texts = wholeApplication(leader.id, member.id).texts;
    await client.patch(`/api/projects/${draft.id}`, {
      application: {
        texts: {
          ...texts,
          route:
            '<p>品种筛选—栽培模式试验—技术规程制定—示范推广。</p><p>每年开展两轮对比试验，以产量和品质为指标。</p>',
        },
      },
    });
    const pending = (await client.get(`/api/projects/${draft.id}/versions/compare?to=current`)).json();
    expect(pending.to).toBeNull();
    const route = pending.sections.find((s: { key: string }) => s.key === 'texts').lines;
    expect(route.filter((l: { op: string }) => l.op !== 'same')).toEqual([
      { op: 'added', text: '每年开展两轮对比试验，以产量和品质为指标。' },
    ]);
    expect(route).toContainEqual({ op: 'same', text: '品种筛选—栽培模式试验—技术规程制定—示范推广。' });
    const english = await client.get(`/api/projects/${draft.id}/versions/compare?to=current`, {
      'accept-language': 'en',
    });
    expect(english.json().sections.find((s: { key: string }) => s.key === 'texts').title).toBe('Project content');
  });

  it('prints the 申报书 with its cover, sections, budget table and seal page, the number and checksum on it', async () => {
    const call = await agricultureCall({ code: 'NY' });
    const { client, leader, member } = await applicant();
    const draft = await draftOf(client, call.id);
    await client.patch(`/api/projects/${draft.id}`, { application: wholeApplication(leader.id, member.id) });
    const preview = await client.get(`/api/projects/${draft.id}/application.docx`);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toContain('wordprocessingml');
    const submitted = (await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' })).json();

    const pdf = await liaison.get(`/api/projects/${draft.id}/application.pdf`);
    if (!sofficePath()) {
      expect(pdf.json().error.code).toBe('PDF_UNAVAILABLE');
      return;
    }
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    for (const expected of [
      '项目申报书',
      '设施葡萄避雨栽培技术集成与示范',
      `申报编号：${submitted.applicationNo}`,
      `校验码${submitted.printedChecksum}`,
      '王建国（负责人）',
      '经费预算',
      '300,000.00',
      '600,000.00',
      '2027年1月1日至2028年12月31日',
      '示范推广面积',
      '水肥一体化',
      '项目负责人承诺',
      '申报单位意见',
    ]) {
      expect(text).toContain(expected);
    }
    // ID numbers are printed masked.
    expect(text).not.toMatch(/\d{6}19\d{6}[\dX]{4}/);
    expect(text).toMatch(/3211\*{10}[\dX]{4}/);
  });

  it("takes last year's figures from the profile when the call asks them, and exports the call with its budget totals", async () => {
    const program = await makeProgram(t.db);
    const call = await makeCall(t.db, {
      programId: program.id,
      applicationTemplate: applicationTemplate.parse({ applicantFigures: true }),
    });
    const { client, user, leader, member } = await applicant();
    const draft = await draftOf(client, call.id);
    await client.patch(`/api/projects/${draft.id}`, { application: wholeApplication(leader.id, member.id) });
    const missing = (await client.get(`/api/projects/${draft.id}`)).json().missing;
    expect(missing).toContainEqual(
      expect.objectContaining({
        section: 'applicant',
        problem: 'applicant_figures_missing',
        message: expect.stringContaining('2025'),
      }),
    );

    expect(
      (await client.put(`/api/orgs/${user.orgId}/figures/2026`, { revenue: '1' })).json().error.details[0],
    ).toMatchObject({ field: 'params.year' });
    expect(
      (await client.put(`/api/orgs/${user.orgId}/figures/2025`, { revenue: '12.345' })).json().error.details[0],
    ).toMatchObject({ field: 'body.revenue', problem: 'money' });
    const saved = await client.put(`/api/orgs/${user.orgId}/figures/2025`, {
      revenue: '52800000.50',
      rdSpend: 2100000,
      staff: 186,
      rdStaff: 32,
    });
    expect(saved.json()).toMatchObject({
      year: 2025,
      revenue: '52800000.50',
      rdSpend: '2100000.00',
      staff: 186,
      rdStaff: 32,
    });
    const other = await makeUser(t.db, 'applicant');
    const stranger = await login(t.app, other.username, other.password);
    expect((await stranger.put(`/api/orgs/${user.orgId}/figures/2025`, { staff: 1 })).statusCode).toBe(404);

    const confirmed = await client.patch(`/api/projects/${draft.id}`, { application: { applicantConfirmed: true } });
    expect(confirmed.json().application.applicant.figures).toEqual({
      year: 2025,
      revenue: '52800000.50',
      rdSpend: '2100000.00',
      staff: 186,
      rdStaff: 32,
    });
    expect(confirmed.json().missing).toEqual([]);
    await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' });

    const s = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
    const staff = await login(t.app, s.username, s.password);
    const sheet = await staff.get(`/api/projects/export?callId=${call.id}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows[0]!;
    const row = rows.find((r) => r.includes('设施葡萄避雨栽培技术集成与示范'))!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('预算：申请财政资金（元）')).toBe('300000.00');
    expect(cell('预算：自筹资金（元）')).toBe('300000.00');
    expect(cell('预算总额（元）')).toBe('600000.00');
    expect(String(cell('申报编号'))).toMatch(/^SB2026/);
  });

  it('files applications under the technology fields the administrator keeps', async () => {
    const { client } = await applicant();
    const fields = (await client.get('/api/tech-fields')).json().items;
    expect(fields).toContainEqual(expect.objectContaining({ code: '0207', name: '农业生物技术', parentCode: '02' }));
    expect(
      fields.filter((f: { parentCode: string | null }) => !f.parentCode).map((f: { code: string }) => f.code),
    ).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    const a = await makeUser(t.db, 'admin');
    const admin = await login(t.app, a.username, a.password, a.totp());
    expect(
      (await admin.post('/api/tech-fields', { code: 'X0101', name: '错误层级', parentCode: '0207' })).json().error
        .details[0],
    ).toMatchObject({ field: 'body.parentCode', problem: 'tech_field_unknown' });
    expect(
      (await admin.post('/api/tech-fields', { code: '0299', name: '现代种业技术', parentCode: '02' })).statusCode,
    ).toBe(201);
    expect((await admin.patch('/api/tech-fields/0299', { active: false })).json().active).toBe(false);
    const call = await agricultureCall();
    const { client: c2 } = await applicant();
    const draft = await draftOf(c2, call.id);
    expect(
      (await c2.patch(`/api/projects/${draft.id}`, { application: { techField: '0299' } })).json().error.details[0],
    ).toMatchObject({ problem: 'tech_field_unknown' });
  });

  it('keeps the short form for a call without a template, and refuses 申报书 sections there', async () => {
    const call = await makeCall(t.db);
    await t.db.update(calls).set({ applicationTemplate: null }).where(eq(calls.id, call.id));
    const { client, leader } = await applicant();
    const draft = await draftOf(client, call.id);
    const refused = await client.patch(`/api/projects/${draft.id}`, {
      application: { leader: { personId: leader.id } },
    });
    expect(refused.json().error.details[0]).toMatchObject({ field: 'body.application', problem: 'not_form_field' });
    const shown = (await client.get(`/api/projects/${draft.id}`)).json();
    expect(shown.application).toBeNull();
    expect(
      (await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' })).json().applicationNo,
    ).toMatch(/^SB2026/);
  });
});

describe('查重 (duplicate check)', () => {
  const html = (paragraphs: string[]) =>
    paragraphs
      .slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('');
  async function submitWith(
    paragraphs: string[],
    o: { leader?: number; member?: number; client?: Client; callId?: number } = {},
  ) {
    const who = o.client ? null : await applicant();
    const client = o.client ?? who!.client;
    const callId = o.callId ?? (await agricultureCall()).id;
    const draft = await draftOf(client, callId, paragraphs[0]);
    const whole = wholeApplication(o.leader ?? who!.leader.id, o.member ?? who!.member.id);
    await client.patch(`/api/projects/${draft.id}`, {
      application: { ...whole, texts: { ...whole.texts, content: html(paragraphs) } },
    });
    const submitted = await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' });
    expect(submitted.statusCode).toBe(200);
    return { id: draft.id, who };
  }

  it('flags a lightly reworded earlier application with the passages side by side, not an unrelated one, and keeps staff judgement', async () => {
    const s = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
    const staff = await login(t.app, s.username, s.password);
    const first = await submitWith(earlier);
    // The earlier one from a call of three years ago.
    await t.db
      .update(calls)
      .set({ year: 2023 })
      .where(
        eq(
          calls.id,
          (await t.db.select({ callId: projects.callId }).from(projects).where(eq(projects.id, first.id)))[0]!.callId,
        ),
      );
    const other = await submitWith(unrelated);
    const second = await submitWith(reworded);

    const flags = (await staff.get(`/api/projects/${second.id}/duplicates`)).json().items;
    expect(flags).toHaveLength(1);
    // Both filed the same budget table; their teams are different people.
    expect(flags[0]).toMatchObject({
      kind: 'similar',
      other: { id: first.id, year: 2023 },
      judgement: null,
      sameBudget: true,
      sharedTeam: [],
    });
    expect(flags[0].similarity).toBeGreaterThan(0.5);
    expect(flags[0].passages).toContainEqual(
      expect.objectContaining({
        mine: '筛选适合本地设施栽培的优质葡萄品种3至5个，建立避雨棚架结构及配套栽培模式。',
        theirs: '筛选适宜本地设施栽培的优质葡萄品种3至5个，建立避雨棚架结构和配套栽培模式。',
      }),
    );
    // Seen from the earlier application, the same flag with the sides turned.
    const fromEarlier = (await staff.get(`/api/projects/${first.id}/duplicates`)).json().items;
    expect(fromEarlier[0]).toMatchObject({ id: flags[0].id, other: { id: second.id } });
    expect(fromEarlier[0].passages[0].theirs).toBe(flags[0].passages[0].mine);
    expect((await staff.get(`/api/projects/${other.id}/duplicates`)).json().items).toEqual([]);

    const judged = await staff.post(`/api/projects/${second.id}/duplicates/${flags[0].id}/judgement`, {
      judgement: 'duplicate',
      note: '与2023年项目内容基本相同',
    });
    expect(judged.json()).toEqual({
      id: flags[0].id,
      judgement: 'duplicate',
      judgementNote: '与2023年项目内容基本相同',
    });
    expect(
      (await staff.post(`/api/projects/${other.id}/duplicates/${flags[0].id}/judgement`, { judgement: 'duplicate' }))
        .statusCode,
    ).toBe(404);
    expect((await liaison.get(`/api/projects/${second.id}/duplicates`)).statusCode).toBe(403);

    // Returned and resubmitted, the application keeps the judged flag as staff left it.
    await liaison.post(`/api/projects/${second.id}/transitions`, { action: 'return', comment: '请修改' });
    await second.who!.client.post(`/api/projects/${second.id}/transitions`, { action: 'submit' });
    const again = (await staff.get(`/api/projects/${second.id}/duplicates`)).json().items;
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ judgement: 'duplicate', judgedBy: expect.any(String) });
  });

  it('flags a person in two applications of one year (多头申报), naming who and in which role', async () => {
    const { client, leader, member } = await applicant();
    const a = await submitWith(unrelated, { client, leader: leader.id, member: member.id });
    const stranger = await makePerson(t.db, client.user.orgId!, { name: '赵志强' });
    // The member of the first now leads the second; an application of another year would not count.
    const b = await submitWith(earlier, { client, leader: member.id, member: stranger.id });
    const s = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
    const staff = await login(t.app, s.username, s.password);
    // (Its text is also flagged against the earlier test's applications: the same fixture.)
    const flags = (await staff.get(`/api/projects/${b.id}/duplicates`))
      .json()
      .items.filter((f: { kind: string }) => f.kind !== 'similar');
    expect(flags).toEqual([
      expect.objectContaining({
        kind: 'same_member',
        similarity: 1,
        other: expect.objectContaining({ id: a.id }),
        people: [{ personId: member.id, name: '李秀英', here: 'leader', there: 'member' }],
      }),
    ]);
  });
});
