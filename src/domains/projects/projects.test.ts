import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callQuotas, calls, people, programs, reviewAssignments } from '../../db/tables/index.js';
import { ensureJurisdiction, makeCall, makeOrg, makeProgram, makeProject, makeUser } from '../../testing/factories.js';
import { approvedByDirector } from '../../testing/director.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import * as clock from '../../shared/clock.js';

let t: TestApp;
let staff: Client;
let staff2: Client;
beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  await ensureJurisdiction(t.db, 'town-b');
  const s = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
  const s2 = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
  staff = await login(t.app, s.username, s.password);
  staff2 = await login(t.app, s2.username, s2.password);
});
afterAll(() => t.close());

async function applicantOf(jurisdictionCode = 'town-a') {
  const u = await makeUser(t.db, 'applicant', { jurisdictionCode });
  return { user: u, client: await login(t.app, u.username, u.password) };
}

describe('applying', () => {
  it('lists open calls with their program', async () => {
    const open = await makeCall(t.db, { level: 'provincial', expertReview: true });
    await makeCall(t.db, { closed: true });
    const { client } = await applicantOf();
    const response = await client.get('/api/calls?status=open');
    expect(response.statusCode).toBe(200);
    const item = response.json().items.find((c: { id: number }) => c.id === open.id);
    expect(item).toMatchObject({
      id: open.id,
      title: open.title,
      year: 2026,
      expertReview: true,
      program: { level: 'provincial', category: 'agriculture' },
    });
    expect(item.closesAt).toBeDefined();
    expect(response.json().items.every((c: { status: string }) => c.status === 'open')).toBe(true);
  });

  it('creates a draft, validates the call form, submits, and keeps the whole history', async () => {
    const call = await makeCall(t.db, {
      formFields: [
        { key: 'field', label: '技术领域', type: 'select', required: true, options: ['种植', '养殖'] },
        {
          key: 'budget',
          label: '预算明细',
          type: 'table',
          columns: [
            { key: 'item', label: '科目', type: 'text' },
            { key: 'amount', label: '金额', type: 'money' },
          ],
        },
      ],
    });
    const { client } = await applicantOf();
    const bad = await client.post('/api/projects', {
      callId: call.id,
      title: '葡萄设施栽培技术集成示范',
      formData: { field: '捕鱼' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('body.formData.field');
    const draft = await client.post('/api/projects', {
      callId: call.id,
      title: '葡萄设施栽培技术集成示范',
      requestedFunding: '200000',
      formData: {},
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({
      state: 'draft',
      version: 1,
      requestedFunding: '200000.00',
      availableActions: ['submit'],
    });
    const id = draft.json().id;
    const incomplete = await client.post(`/api/projects/${id}/transitions`, { action: 'submit' });
    expect(incomplete.statusCode).toBe(400);
    await client.patch(`/api/projects/${id}`, {
      formData: { field: '种植', budget: [{ item: '设备费', amount: '120000.50' }] },
    });
    const submitted = await client.post(`/api/projects/${id}/transitions`, { action: 'submit', comment: '请审核' });
    expect(submitted.json()).toMatchObject({ state: 'submitted', version: 3 });
    expect(submitted.json().history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit']);
    expect(submitted.json().history[1]).toMatchObject({
      fromState: 'draft',
      toState: 'submitted',
      comment: '请审核',
      actorRole: 'applicant',
    });
  });

  it('enforces the closing time on the server, but lets a returned application be resubmitted', async () => {
    const closed = await makeCall(t.db, { closed: true });
    const { user, client } = await applicantOf();
    expect((await client.post('/api/projects', { callId: closed.id, title: '迟到的申报' })).json().error.code).toBe(
      'CALL_CLOSED',
    );

    const call = await makeCall(t.db);
    const draft = (await client.post('/api/projects', { callId: call.id, title: '及时的申报' })).json();
    const late = await makeProject(t.db, { callId: call.id, orgId: user.orgId!, state: 'draft' });
    await t.db
      .update(calls)
      .set({ closesAt: new Date(clock.now().getTime() - 1000) })
      .where(eq(calls.id, call.id));
    expect((await client.post(`/api/projects/${late.id}/transitions`, { action: 'submit' })).json().error.code).toBe(
      'CALL_CLOSED',
    );

    await t.db
      .update(calls)
      .set({ closesAt: new Date(clock.now().getTime() + 3600_000) })
      .where(eq(calls.id, call.id));
    await client.post(`/api/projects/${draft.id}/transitions`, { action: 'submit' });
    const liaisonUser = await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-a' });
    const liaison = await login(t.app, liaisonUser.username, liaisonUser.password);
    const returned = await liaison.post(`/api/projects/${draft.id}/transitions`, {
      action: 'return',
      comment: '缺少合作协议',
    });
    expect(returned.json().state).toBe('returned');
    await t.db
      .update(calls)
      .set({ closesAt: new Date(clock.now().getTime() - 1000) })
      .where(eq(calls.id, call.id));
    expect((await client.patch(`/api/projects/${draft.id}`, { title: '及时的申报（修改稿）' })).statusCode).toBe(200);
    const resubmitted = await client.post(`/api/projects/${draft.id}/transitions`, {
      action: 'submit',
      comment: '已补充',
    });
    expect(resubmitted.json()).toMatchObject({ state: 'submitted', title: '及时的申报（修改稿）' });
    expect(resubmitted.json().history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'submit',
      'return',
      'submit',
    ]);
  });
});

describe('属地推荐 within quota', () => {
  it('refuses the quota+1-th recommendation of a jurisdiction with 409 QUOTA_EXCEEDED', async () => {
    const call = await makeCall(t.db);
    await t.db.insert(callQuotas).values({ callId: call.id, jurisdictionCode: 'town-a', quota: 2 });
    const orgA = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
    const orgB = await makeOrg(t.db, { jurisdictionCode: 'town-b' });
    const inA = await Promise.all(
      [1, 2, 3].map(() => makeProject(t.db, { callId: call.id, orgId: orgA.id, state: 'submitted' })),
    );
    const inB = await makeProject(t.db, { callId: call.id, orgId: orgB.id, state: 'submitted' });
    const la = await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-a' });
    const lb = await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-b' });
    const liaisonA = await login(t.app, la.username, la.password);
    const liaisonB = await login(t.app, lb.username, lb.password);
    const results = await Promise.all(
      inA.map((p) => liaisonA.post(`/api/projects/${p.id}/transitions`, { action: 'recommend' })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 409]);
    const refused = results.find((r) => r.statusCode === 409)!;
    expect(refused.json().error).toMatchObject({ code: 'QUOTA_EXCEEDED', details: { quota: 2, used: 2 } });
    expect((await liaisonB.post(`/api/projects/${inB.id}/transitions`, { action: 'recommend' })).statusCode).toBe(200);
    // A liaison cannot even see another town's application.
    expect((await liaisonB.post(`/api/projects/${inA[0]!.id}/transitions`, { action: 'recommend' })).statusCode).toBe(
      404,
    );
  });
});

describe('concurrency', () => {
  it('lets exactly one of two staff acting at once succeed', async () => {
    const call = await makeCall(t.db);
    const org = await makeOrg(t.db);
    const project = await makeProject(t.db, { callId: call.id, orgId: org.id, state: 'recommended' });
    const [a, b] = await Promise.all([
      staff.post(`/api/projects/${project.id}/transitions`, { action: 'pass_formal_review' }),
      staff2.post(`/api/projects/${project.id}/transitions`, { action: 'return', comment: '材料不全' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a stale version with 409 STALE_VERSION', async () => {
    const call = await makeCall(t.db);
    const org = await makeOrg(t.db);
    const project = await makeProject(t.db, { callId: call.id, orgId: org.id, state: 'recommended' });
    const response = await staff.post(`/api/projects/${project.id}/transitions`, {
      action: 'pass_formal_review',
      version: 7,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('STALE_VERSION');
  });
});

describe('expert review with conflicts of interest excluded', () => {
  it('excludes experts of the same organisation or jurisdiction, hides unassigned projects, and needs every score', async () => {
    const call = await makeCall(t.db, { level: 'provincial', expertReview: true });
    const org = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
    const project = await makeProject(t.db, { callId: call.id, orgId: org.id, state: 'recommended' });
    expect(
      (await staff.post(`/api/projects/${project.id}/transitions`, { action: 'pass_formal_review' })).json().state,
    ).toBe('under_review');

    const sameOrg = await makeUser(t.db, 'expert', { orgId: org.id, jurisdictionCode: 'town-b' });
    const sameTown = await makeUser(t.db, 'expert', { jurisdictionCode: 'town-a' });
    const fair = await makeUser(t.db, 'expert', { jurisdictionCode: 'town-b' });
    const assigned = await staff.post(`/api/projects/${project.id}/experts`, {
      expertIds: [sameOrg.id, sameTown.id, fair.id],
    });
    expect(assigned.json()).toEqual({
      assigned: [fair.id],
      excluded: [
        { expertId: sameOrg.id, reason: 'same_org' },
        { expertId: sameTown.id, reason: 'same_jurisdiction' },
      ],
    });
    const excludedExpert = await login(t.app, sameTown.username, sameTown.password);
    expect((await excludedExpert.get(`/api/projects/${project.id}`)).statusCode).toBe(404);
    expect(
      (
        await excludedExpert.post(`/api/projects/${project.id}/reviews`, {
          scores: { innovation: 10, feasibility: 10 },
        })
      ).statusCode,
    ).toBe(404);

    expect(
      (await staff.post(`/api/projects/${project.id}/transitions`, { action: 'finish_review' })).json().error.code,
    ).toBe('REVIEWS_INCOMPLETE');
    const expert = await login(t.app, fair.username, fair.password);
    const tooHigh = await expert.post(`/api/projects/${project.id}/reviews`, {
      scores: { innovation: 41, feasibility: 50 },
    });
    expect(tooHigh.json().error.details[0].field).toBe('body.scores.innovation');
    // A decimal is refused as well, never rounded into a score the expert did not give.
    const decimal = await expert.post(`/api/projects/${project.id}/reviews`, {
      scores: { innovation: 35, feasibility: 12.5 },
    });
    expect([decimal.statusCode, decimal.json().error.details[0].field]).toEqual([400, 'body.scores.feasibility']);
    const scored = await expert.post(`/api/projects/${project.id}/reviews`, {
      scores: { innovation: 35, feasibility: 50 },
      comment: '创新性强',
    });
    expect(scored.json()).toMatchObject({ totalScore: 85 });
    const table = await staff.get(`/api/projects/${project.id}/reviews`);
    expect(table.json().spread).toEqual({ scored: 1, assigned: 1, mean: 85, min: 85, max: 85 });
    expect(
      (await staff.post(`/api/projects/${project.id}/transitions`, { action: 'finish_review' })).json().state,
    ).toBe('reviewed');
  });
});

describe('decisions and money', () => {
  it('records a higher level result with its document number and exact funding', async () => {
    const call = await makeCall(t.db, { level: 'provincial' });
    const org = await makeOrg(t.db);
    const project = await makeProject(t.db, { callId: call.id, orgId: org.id, state: 'reviewed' });
    expect(
      (await staff.post(`/api/projects/${project.id}/transitions`, { action: 'approve', data: { funding: 1 } })).json()
        .error.code,
    ).toBe('INVALID_TRANSITION');
    expect((await staff.post(`/api/projects/${project.id}/transitions`, { action: 'report_up' })).json().state).toBe(
      'reported',
    );
    const fractional = await staff.post(`/api/projects/${project.id}/transitions`, {
      action: 'record_result',
      data: { approved: true, funding: 1.005 },
    });
    expect(fractional.json().error.details[0].field).toBe('body.data.funding');
    const recorded = await staff.post(`/api/projects/${project.id}/transitions`, {
      action: 'record_result',
      data: { approved: true, funding: '315000.10', docNo: '苏科农〔2026〕8号', planType: '指令性计划' },
    });
    expect(recorded.json()).toMatchObject({
      state: 'approved',
      approvedFunding: '315000.10',
      docNo: '苏科农〔2026〕8号',
      planType: '指令性计划',
    });
  });

  it('keeps a rejected result without funding', async () => {
    const call = await makeCall(t.db, { level: 'prefecture' });
    const org = await makeOrg(t.db);
    const project = await makeProject(t.db, { callId: call.id, orgId: org.id, state: 'reported' });
    const recorded = await staff.post(`/api/projects/${project.id}/transitions`, {
      action: 'record_result',
      data: { approved: false },
    });
    expect(recorded.json()).toMatchObject({ state: 'rejected', approvedFunding: null });
  });
});

describe('scopes', () => {
  it("never shows an applicant another organisation's project", async () => {
    const call = await makeCall(t.db);
    const mine = await applicantOf();
    const theirs = await applicantOf();
    const project = (await theirs.client.post('/api/projects', { callId: call.id, title: '别人的项目' })).json();
    expect((await mine.client.get(`/api/projects/${project.id}`)).statusCode).toBe(404);
    expect((await mine.client.get('/api/projects')).json().items.map((p: { id: number }) => p.id)).not.toContain(
      project.id,
    );
    expect((await mine.client.post(`/api/projects/${project.id}/transitions`, { action: 'submit' })).statusCode).toBe(
      404,
    );
  });
});

describe('上会材料 (decision pack)', () => {
  it('lists the applications awaiting decision, best mean score first, as .xlsx and .docx', async () => {
    const call = await makeCall(t.db, { level: 'provincial', expertReview: true, title: '2026年度省农业科技支撑计划' });
    const orgA = await makeOrg(t.db, { name: '江川市甲农业有限公司' });
    const orgB = await makeOrg(t.db, { name: '江川市乙农业有限公司' });
    const low = await makeProject(t.db, {
      callId: call.id,
      orgId: orgA.id,
      state: 'reviewed',
      title: '得分较低的项目',
    });
    const high = await makeProject(t.db, {
      callId: call.id,
      orgId: orgB.id,
      state: 'reviewed',
      title: '得分较高的项目',
    });
    await makeProject(t.db, { callId: call.id, orgId: orgB.id, state: 'submitted', title: '尚未审查的项目' });
    const e1 = await makeUser(t.db, 'expert', { jurisdictionCode: 'town-z' });
    const e2 = await makeUser(t.db, 'expert', { jurisdictionCode: 'town-z' });
    await t.db.insert(reviewAssignments).values([
      { projectId: low.id, expertId: e1.id, totalScore: 60, scoredAt: clock.now() },
      { projectId: low.id, expertId: e2.id, totalScore: 70, scoredAt: clock.now() },
      { projectId: high.id, expertId: e1.id, totalScore: 88, scoredAt: clock.now() },
      { projectId: high.id, expertId: e2.id, totalScore: 92, scoredAt: clock.now() },
    ]);
    const xlsx = await staff.get(`/api/calls/${call.id}/decision-pack?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(1)).toContain('专家均分');
    expect(row(2)).toEqual([
      1,
      '得分较高的项目',
      '江川市乙农业有限公司',
      expect.any(String),
      undefined,
      '10',
      '90.00',
      '88–92',
      2,
      '—',
      '待审定',
    ]);
    expect(row(3)[1]).toBe('得分较低的项目');
    expect(sheet.rowCount).toBe(3);

    const docx = await staff.get(`/api/calls/${call.id}/decision-pack?format=docx`);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('2026年度省农业科技支撑计划');
    expect(xml.indexOf('得分较高的项目')).toBeLessThan(xml.indexOf('得分较低的项目'));
    expect(xml).toContain('申请经费合计 20 万元');
  });
});

describe('申报附件 (application attachments)', () => {
  const proposal = {
    key: 'proposal',
    name: '项目申报书',
    types: ['.pdf', '.docx'],
    maxBytes: 1024 * 1024,
    required: true,
  };
  const upload = (client: Client, projectId: number, key: string, fileName: string, bytes: Buffer) =>
    client.upload(`/api/projects/${projectId}/attachments`, { key }, { name: fileName, bytes });

  it('checks type, bytes and size against the call, keeps the SHA-256, and blocks submission until the required ones are there', async () => {
    const call = await makeCall(t.db, { attachments: [proposal] });
    const { client } = await applicantOf();
    const project = (await client.post('/api/projects', { callId: call.id, title: '带附件的申报' })).json();
    const blocked = await client.post(`/api/projects/${project.id}/transitions`, { action: 'submit' });
    expect(blocked.json().error.details).toEqual([
      { field: 'attachments.proposal', problem: 'attachment_missing', message: '缺少必需的附件' },
    ]);

    expect(
      (await upload(client, project.id, 'proposal', 'proposal.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))).statusCode,
    ).toBe(415);
    expect((await upload(client, project.id, 'proposal', 'proposal.pdf', Buffer.from('MZ fake pdf'))).statusCode).toBe(
      415,
    );
    expect(
      (
        await upload(
          client,
          project.id,
          'proposal',
          'big.pdf',
          Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(1024 * 1024)]),
        )
      ).statusCode,
    ).toBe(413);
    expect(
      (await upload(client, project.id, 'budget', 'a.pdf', Buffer.from('%PDF-1.4'))).json().error.details[0].field,
    ).toBe('body.key');

    const pdf = Buffer.from('%PDF-1.4\n申报书\n');
    const stored = await upload(client, project.id, 'proposal', '申报书.pdf', pdf);
    expect(stored.statusCode).toBe(201);
    expect(stored.json()).toMatchObject({ attachmentKey: 'proposal', size: pdf.length, mediaType: 'application/pdf' });
    expect(stored.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = (await client.get(`/api/projects/${project.id}/attachments`)).json();
    expect(listed).toMatchObject({ uploadable: ['proposal'], specs: [{ key: 'proposal', required: true }] });
    const download = await client.get(`/api/projects/${project.id}/attachments/${stored.json().id}`);
    expect(download.rawPayload.equals(pdf)).toBe(true);

    expect((await client.post(`/api/projects/${project.id}/transitions`, { action: 'submit' })).json().state).toBe(
      'submitted',
    );
    expect((await upload(client, project.id, 'proposal', 'late.pdf', pdf)).json().error.code).toBe(
      'INVALID_TRANSITION',
    );
    const other = await applicantOf();
    expect((await other.client.get(`/api/projects/${project.id}/attachments/${stored.json().id}`)).statusCode).toBe(
      404,
    );
  });
});

describe('lists: export and bulk actions', () => {
  it('exports the filtered list with exact money, and lets a liaison recommend many at once within quota', async () => {
    const call = await makeCall(t.db, { title: '批量测试通知' });
    await t.db.insert(callQuotas).values({ callId: call.id, jurisdictionCode: 'town-b', quota: 2 });
    const org = await makeOrg(t.db, { jurisdictionCode: 'town-b' });
    const ps = await Promise.all(
      [1, 2, 3].map((i) =>
        makeProject(t.db, { callId: call.id, orgId: org.id, state: 'submitted', title: `批量项目${i}` }),
      ),
    );
    const lb = await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-b' });
    const liaison = await login(t.app, lb.username, lb.password);
    const bulk = await liaison.post('/api/projects/bulk-transitions', {
      ids: ps.map((p) => p.id),
      action: 'recommend',
      comment: '同意推荐',
    });
    expect(bulk.json().results).toEqual([
      { id: ps[0]!.id, ok: true },
      { id: ps[1]!.id, ok: true },
      { id: ps[2]!.id, ok: false, code: 'QUOTA_EXCEEDED', message: '本属地的推荐名额已用完（2 项）' },
    ]);

    const xlsx = await staff.get(`/api/projects/export?callId=${call.id}&sort=title&order=asc`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe('项目名称');
    expect(sheet.getRow(2).getCell(1).value).toBe('批量项目1');
    expect(sheet.getRow(2).getCell(7).value).toBe('属地已推荐');
    expect(sheet.getRow(2).getCell(8).value).toBe('100000.00');
  });
});

describe('待办 (to-do list)', () => {
  it("counts what waits for each role, the section's calls closing within a week, and an expert's owed scores", async () => {
    const fresh = await testApp();
    try {
      await ensureJurisdiction(fresh.db, 'town-a');
      const call = await makeCall(fresh.db, {
        sectionCode: 'agriculture',
        closesAt: new Date(clock.now().getTime() + 3 * 24 * 3600_000),
      });
      const org = await makeOrg(fresh.db, { jurisdictionCode: 'town-a' });
      await makeProject(fresh.db, { callId: call.id, orgId: org.id, state: 'submitted' });
      await makeProject(fresh.db, { callId: call.id, orgId: org.id, state: 'submitted' });
      const reviewing = await makeProject(fresh.db, { callId: call.id, orgId: org.id, state: 'under_review' });
      const as = async (u: Awaited<ReturnType<typeof makeUser>>) =>
        (await (await login(fresh.app, u.username, u.password)).get('/api/todos')).json().items;

      const liaison = await as(await makeUser(fresh.db, 'liaison', { jurisdictionCode: 'town-a' }));
      expect(liaison).toContainEqual(expect.objectContaining({ kind: 'state', state: 'submitted', count: 2 }));
      expect(liaison).toContainEqual(expect.objectContaining({ kind: 'closing', callId: call.id }));
      const staffTodos = await as(await makeUser(fresh.db, 'staff', { sectionCode: 'agriculture' }));
      expect(staffTodos).toContainEqual(expect.objectContaining({ kind: 'state', state: 'under_review', count: 1 }));
      // Another section's staff have no project to-do (the site's own, such as the calendar, are not theirs to judge here).
      expect(
        (await as(await makeUser(fresh.db, 'staff', { sectionCode: 'social' }))).filter(
          (i: { kind: string }) => !['calendar_missing'].includes(i.kind),
        ),
      ).toEqual([]);
      const expert = await makeUser(fresh.db, 'expert', { jurisdictionCode: 'town-z' });
      await fresh.db.insert(reviewAssignments).values({ projectId: reviewing.id, expertId: expert.id });
      const [owed] = await as(expert);
      expect(owed).toMatchObject({ kind: 'scores', count: 1 });
      expect(new Date(owed.dueAt).getTime() - clock.now().getTime()).toBeGreaterThan(13 * 24 * 3600_000);
      // Assigned three weeks ago and still unscored: the section hears of it.
      const slow = await makeUser(fresh.db, 'expert', { jurisdictionCode: 'town-z' });
      await fresh.db.insert(reviewAssignments).values({
        projectId: reviewing.id,
        expertId: slow.id,
        assignedAt: new Date(clock.now().getTime() - 21 * 24 * 3600_000),
      });
      expect(await as(await makeUser(fresh.db, 'staff', { sectionCode: 'agriculture' }))).toContainEqual({
        kind: 'overdue_reviews',
        count: 1,
      });
      // Another section's staff have no project to-do (the site's own, such as the calendar, are not theirs to judge here).
      expect(
        (await as(await makeUser(fresh.db, 'staff', { sectionCode: 'social' }))).filter(
          (i: { kind: string }) => !['calendar_missing'].includes(i.kind),
        ),
      ).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});

describe('信用 (integrity records)', () => {
  it('records a failed acceptance and a termination for cause, and shows them to staff on later applications', async () => {
    const call = await makeCall(t.db);
    const { user, client } = await applicantOf();
    const failing = await makeProject(t.db, { callId: call.id, orgId: user.orgId!, state: 'acceptance_requested' });
    const stopped = await makeProject(t.db, { callId: call.id, orgId: user.orgId!, state: 'approved' });
    await staff.post(`/api/projects/${failing.id}/transitions`, {
      action: 'fail_acceptance',
      comment: '主要考核指标未完成',
    });
    await staff.post(`/api/projects/${stopped.id}/transitions`, {
      action: 'terminate',
      comment: '擅自变更研究内容',
      data: { forCause: true },
    });
    const plain = await makeProject(t.db, { callId: call.id, orgId: user.orgId!, state: 'approved' });
    await staff.post(`/api/projects/${plain.id}/transitions`, { action: 'terminate', comment: '企业主动申请终止' });

    const later = await makeProject(t.db, {
      callId: call.id,
      orgId: user.orgId!,
      state: 'submitted',
      title: '后来的申报',
    });
    const seen = (await staff.get(`/api/projects/${later.id}`)).json().integrity;
    expect(seen.map((r: { kind: string; note: string }) => [r.kind, r.note])).toEqual([
      ['terminated_for_cause', '擅自变更研究内容'],
      ['failed_acceptance', '主要考核指标未完成'],
    ]);
    expect((await client.get(`/api/projects/${later.id}`)).json().integrity).toEqual([]);
    const misconduct = await staff.post(`/api/orgs/${user.orgId}/integrity`, { note: '申报材料弄虚作假' });
    expect(misconduct.statusCode).toBe(201);
    expect((await staff.get(`/api/orgs/${user.orgId}/integrity`)).json().items).toHaveLength(3);
  });
});

describe('经费 (funding in tranches)', () => {
  it('allocates in tranches up to the approved funding, exactly, and keeps self-raised money apart', async () => {
    const call = await makeCall(t.db);
    const { user, client } = await applicantOf();
    const project = await makeProject(t.db, { callId: call.id, orgId: user.orgId!, state: 'reviewed' });
    await approvedByDirector(
      t,
      await staff.post(`/api/projects/${project.id}/transitions`, {
        action: 'approve',
        data: { funding: '100000.10' },
      }),
    );
    expect(
      (
        await staff.post(`/api/projects/${project.id}/funding`, {
          source: 'local',
          amount: '60000',
          paidOn: '2026-03-01',
          docNo: '江财教〔2026〕5号',
        })
      ).statusCode,
    ).toBe(201);
    const over = await staff.post(`/api/projects/${project.id}/funding`, {
      source: 'local',
      amount: '40000.11',
      paidOn: '2026-09-01',
    });
    expect(over.json().error.details[0].message).toBe('超出立项资助额，尚可拨付40000.10元');
    expect(
      (
        await staff.post(`/api/projects/${project.id}/funding`, {
          source: 'local',
          amount: 40000.1,
          paidOn: '2026-09-01',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await client.post(`/api/projects/${project.id}/funding`, { source: 'local', amount: 1, paidOn: '2026-09-01' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await client.post(`/api/projects/${project.id}/funding`, {
          source: 'self_raised',
          amount: '250000',
          paidOn: '2026-06-30',
        })
      ).statusCode,
    ).toBe(201);
    const funding = (await client.get(`/api/projects/${project.id}/funding`)).json();
    expect(funding).toMatchObject({
      approved: '100000.10',
      allocated: '100000.10',
      outstanding: '0.00',
      selfRaised: '250000.00',
    });
    expect(funding.items.map((i: { amount: string }) => i.amount)).toEqual(['60000.00', '250000.00', '40000.10']);
  });
});

describe('talent programmes', () => {
  it('need a person of the applying organisation', async () => {
    const program = await makeProgram(t.db, { level: 'provincial', category: 'talent', sectionCode: 'talent' });
    await t.db.update(programs).set({ applicantKind: 'person' }).where(eq(programs.id, program.id));
    const call = await makeCall(t.db, { programId: program.id });
    const { user, client } = await applicantOf();
    const [mine] = await t.db.insert(people).values({ name: '张博士', orgId: user.orgId! }).returning();
    const [theirs] = await t.db
      .insert(people)
      .values({ name: '别家的人', orgId: (await makeOrg(t.db)).id })
      .returning();
    expect(
      (await client.post('/api/projects', { callId: call.id, title: '人才引进' })).json().error.details[0].field,
    ).toBe('body.personId');
    expect(
      (await client.post('/api/projects', { callId: call.id, title: '人才引进', personId: theirs!.id })).statusCode,
    ).toBe(400);
    const ok = await client.post('/api/projects', {
      callId: call.id,
      title: '张博士：高层次人才引进',
      personId: mine!.id,
    });
    expect(ok.json()).toMatchObject({ personId: mine!.id, state: 'draft' });
  });
});

describe('验收材料 (acceptance materials)', () => {
  it('lets the applicant of an approved project upload its acceptance report, required before acceptance is requested', async () => {
    const call = await makeCall(t.db);
    const { user, client } = await applicantOf();
    const project = await makeProject(t.db, { callId: call.id, orgId: user.orgId!, state: 'approved' });
    expect(
      (await client.post(`/api/projects/${project.id}/transitions`, { action: 'request_acceptance' })).json().error
        .details[0].field,
    ).toBe('attachments.acceptance_report');
    expect((await client.get(`/api/projects/${project.id}/attachments`)).json().uploadable).toEqual([
      'midterm_report',
      'acceptance_report',
    ]);
    const uploaded = await client.upload(
      `/api/projects/${project.id}/attachments`,
      { key: 'acceptance_report' },
      { name: '验收报告.pdf', bytes: Buffer.from('%PDF-1.4 report') },
    );
    expect(uploaded.statusCode).toBe(201);
    expect(
      (await client.post(`/api/projects/${project.id}/transitions`, { action: 'request_acceptance' })).json().state,
    ).toBe('acceptance_requested');
    expect((await client.get(`/api/projects/${project.id}/attachments`)).json().uploadable).toEqual([]);
  });
});
