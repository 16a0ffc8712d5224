import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, progressReports } from '../../db/tables/index.js';
import { ensureJurisdiction, makeCall, makeOrg, makeProject, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { sendReportReminders } from './reminders.js';
import * as clock from '../../shared/clock.js';

let t: TestApp;
let staff: Client;
let otherSection: Client;
let callId: number;

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  staff = await (async () => {
    const u = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
    return login(t.app, u.username, u.password);
  })();
  const o = await makeUser(t.db, 'staff', { sectionCode: 'social' });
  otherSection = await login(t.app, o.username, o.password);
  callId = (await makeCall(t.db, { sectionCode: 'agriculture', level: 'city' })).id;
});
afterAll(() => t.close());

const year = clock.thisYear();
const content = (o: Record<string, unknown> = {}) => ({
  startOn: `${year - 1}-04-01`,
  endOn: `${year + 1}-12-31`,
  leaderName: '王建国',
  objectives: '建立优质稻示范基地500亩，形成栽培技术规程',
  milestones: [
    { title: '完成品种筛选', dueOn: `${year - 1}-10-31` },
    { title: '示范基地建成', dueOn: `${year + 1}-09-30` },
  ],
  indicators: [{ name: '申请发明专利', unit: '件', target: '2' }],
  budget: [
    { source: 'local', item: '设备费', amount: '200000.00' },
    { source: 'local', item: '材料费', amount: 100000 },
    { source: 'self_raised', item: '劳务费', amount: '150000.50' },
  ],
  reportEvery: 'half_year',
  ...o,
});

/** An approved project (300,000 yuan) of a fresh organisation, with its applicant logged in. */
async function approvedProject() {
  const org = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
  const u = await makeUser(t.db, 'applicant', { orgId: org.id });
  const applicant = await login(t.app, u.username, u.password);
  const project = await makeProject(t.db, {
    callId,
    orgId: org.id,
    state: 'approved',
    approvedFen: 30_000_000,
    leaderName: '王建国',
  });
  return { project, applicant, url: `/api/projects/${project.id}` };
}

async function signed() {
  const p = await approvedProject();
  expect((await p.applicant.put(`${p.url}/agreement`, { content: content() })).statusCode).toBe(200);
  expect((await p.applicant.post(`${p.url}/agreement/actions`, { action: 'submit' })).statusCode).toBe(200);
  expect((await staff.post(`${p.url}/agreement/actions`, { action: 'sign' })).statusCode).toBe(200);
  return p;
}

describe('task agreement (任务书)', () => {
  it('starts from a first draft carrying the approved money, and is saved, submitted, returned, revised and signed', async () => {
    const { applicant, url } = await approvedProject();
    const first = (await applicant.get(`${url}/agreement`)).json();
    expect(first).toMatchObject({
      state: null,
      availableActions: ['save'],
      approvedFunding: '300000.00',
      content: { leaderName: '王建国', budget: [{ source: 'local', amount: '300000.00' }] },
    });

    const saved = await applicant.put(`${url}/agreement`, { content: content() });
    expect(saved.statusCode).toBe(200);
    const draft = (await applicant.get(`${url}/agreement`)).json();
    expect(draft).toMatchObject({
      state: 'draft',
      availableActions: ['save', 'submit'],
      totals: { local: '300000.00', superior: '0.00', selfRaised: '150000.50' },
    });
    expect(draft.content.budget[1].amount).toBe('100000.00');

    expect((await staff.post(`${url}/agreement/actions`, { action: 'sign' })).json().error.code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await applicant.post(`${url}/agreement/actions`, { action: 'submit' })).statusCode).toBe(200);
    // Submitted: the applicant can no longer edit, and only the managing section signs.
    expect((await applicant.put(`${url}/agreement`, { content: content() })).json().error.code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await otherSection.post(`${url}/agreement/actions`, { action: 'sign' })).statusCode).toBe(403);
    expect((await staff.post(`${url}/agreement/actions`, { action: 'return' })).json()).toMatchObject({
      error: { code: 'VALIDATION', details: [{ field: 'body.comment' }] },
    });
    expect(
      (await staff.post(`${url}/agreement/actions`, { action: 'return', comment: '请细化考核指标' })).statusCode,
    ).toBe(200);
    expect((await applicant.get(`${url}/agreement`)).json()).toMatchObject({
      state: 'draft',
      returnComment: '请细化考核指标',
    });

    const stale = await applicant.put(`${url}/agreement`, { content: content(), version: 1 });
    expect(stale.json().error.code).toBe('STALE_VERSION');
    expect(
      (
        await applicant.put(`${url}/agreement`, {
          content: content({ indicators: [{ name: '申请发明专利', unit: '件', target: '3' }] }),
        })
      ).statusCode,
    ).toBe(200);
    expect((await applicant.post(`${url}/agreement/actions`, { action: 'submit' })).statusCode).toBe(200);
    expect((await staff.post(`${url}/agreement/actions`, { action: 'sign' })).statusCode).toBe(200);
    const done = (await staff.get(`${url}/agreement`)).json();
    expect(done).toMatchObject({
      state: 'signed',
      contentVersion: 1,
      availableActions: [],
      versions: [{ version: 1, changes: [] }],
    });
    expect((await applicant.put(`${url}/agreement`, { content: content() })).json().error.code).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('refuses a budget whose bureau part is not the approved funding, saying how much is approved', async () => {
    const { applicant, url } = await approvedProject();
    const response = await applicant.put(`${url}/agreement`, {
      content: content({ budget: [{ source: 'local', item: '设备费', amount: '250000' }] }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({
        field: 'body.content.budget',
        message: '上级与本级资助合计250000.00元，应等于立项资助额300000.00元',
      }),
    ]);
    expect((await applicant.get(`${url}/agreement`)).json().state).toBeNull();
  });

  it('is not open before approval, nor to another organisation', async () => {
    const { applicant, url, project } = await approvedProject();
    const other = await makeUser(t.db, 'applicant', { jurisdictionCode: 'town-a' });
    const stranger = await login(t.app, other.username, other.password);
    expect((await stranger.get(`${url}/agreement`)).statusCode).toBe(404);
    expect((await stranger.put(`${url}/agreement`, { content: content() })).statusCode).toBe(404);
    const pending = await makeProject(t.db, { callId, orgId: project.orgId, state: 'reviewed' });
    expect(
      (await applicant.put(`/api/projects/${pending.id}/agreement`, { content: content() })).json().error.code,
    ).toBe('INVALID_TRANSITION');
  });
});

describe('progress reports (进度报告)', () => {
  it('are scheduled at signing, one per half-year of the period, due 15 days after each', async () => {
    const { applicant, url } = await signed();
    const reports = (await applicant.get(`${url}/progress-reports`)).json().items;
    expect(reports.map((r: { periodStart: string; dueOn: string }) => [r.periodStart, r.dueOn])).toEqual([
      [`${year - 1}-04-01`, `${year - 1}-07-15`],
      [`${year - 1}-07-01`, `${year}-01-15`],
      [`${year}-01-01`, `${year}-07-15`],
      [`${year}-07-01`, `${year + 1}-01-15`],
      [`${year + 1}-01-01`, `${year + 1}-07-15`],
      [`${year + 1}-07-01`, `${year + 2}-01-15`],
    ]);
    expect(reports[0]).toMatchObject({ state: 'due', overdue: true });
    expect(reports.at(-1)).toMatchObject({ state: 'due', overdue: false });
  });

  it('are submitted by the applicant, returned with a reason, resubmitted and accepted; future periods wait', async () => {
    const { applicant, url } = await signed();
    const [first, , , , , last] = (await applicant.get(`${url}/progress-reports`)).json().items;
    const body = {
      summary: '完成3个品种的比较试验',
      milestones: [{ index: 0, status: 'done' }],
      spent: '80000.00',
      submit: true,
    };
    expect((await applicant.put(`${url}/progress-reports/${last.id}`, body)).json()).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    expect(
      (
        await applicant.put(`${url}/progress-reports/${first.id}`, {
          ...body,
          milestones: [{ index: 5, status: 'done' }],
        })
      ).json().error.details[0].field,
    ).toBe('body.milestones.0.index');
    expect((await applicant.put(`${url}/progress-reports/${first.id}`, { ...body, spent: '1.001' })).statusCode).toBe(
      400,
    );
    expect((await applicant.put(`${url}/progress-reports/${first.id}`, body)).statusCode).toBe(200);
    expect((await applicant.put(`${url}/progress-reports/${first.id}`, body)).json().error.code).toBe(
      'INVALID_TRANSITION',
    );
    expect((await staff.post(`${url}/progress-reports/${first.id}/review`, { accept: false })).statusCode).toBe(400);
    expect(
      (await staff.post(`${url}/progress-reports/${first.id}/review`, { accept: false, comment: '请补充经费使用明细' }))
        .statusCode,
    ).toBe(200);
    expect((await applicant.put(`${url}/progress-reports/${first.id}`, { ...body, spent: 85000.5 })).statusCode).toBe(
      200,
    );
    expect((await staff.post(`${url}/progress-reports/${first.id}/review`, { accept: true })).statusCode).toBe(200);
    const report = (await applicant.get(`${url}/progress-reports`)).json().items[0];
    expect(report).toMatchObject({
      state: 'accepted',
      spent: '85000.50',
      overdue: false,
      content: { summary: '完成3个品种的比较试验' },
    });
    const told = await t.db.select().from(notifications).where(eq(notifications.userId, applicant.user.id));
    expect(told.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['agreement.signed', 'report.returned', 'report.accepted']),
    );
  });

  it('reminders go out once: to the applicant before the deadline, to applicant and section after it', async () => {
    const { applicant, url } = await signed();
    const reports = (await applicant.get(`${url}/progress-reports`)).json().items;
    const current = reports.find((r: { periodStart: string }) => r.periodStart === `${year}-07-01`);
    // The day before the half-year's report falls due.
    const eve = new Date(new Date(`${current.dueOn}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
    const sent = await sendReportReminders(t.db, eve);
    expect(sent.dueSoon).toBeGreaterThanOrEqual(1);
    expect(sent.overdue).toBeGreaterThanOrEqual(3);
    const again = await sendReportReminders(t.db, eve);
    expect(again).toEqual({ dueSoon: 0, overdue: 0 });
    const mine = (await applicant.get('/api/notifications?unread=true')).json();
    const kinds = mine.items
      .filter((n: { projectId: number }) => url.endsWith(`/${n.projectId}`))
      .map((n: { kind: string }) => n.kind);
    expect(kinds.filter((k: string) => k === 'report.due_soon')).toHaveLength(1);
    expect(kinds.filter((k: string) => k === 'report.overdue')).toHaveLength(3);
    const staffTold = (await staff.get('/api/notifications?pageSize=100'))
      .json()
      .items.filter(
        (n: { projectId: number; kind: string }) => url.endsWith(`/${n.projectId}`) && n.kind === 'report.overdue',
      );
    expect(staffTold).toHaveLength(3);
    const rows = await t.db.select().from(progressReports).where(eq(progressReports.id, current.id));
    expect(rows[0]!.remindedAt).not.toBeNull();
  });
});

describe('change requests (变更)', () => {
  it('approving a change of leader and budget makes version 2, keeps version 1 and shows the differences', async () => {
    const { applicant, url } = await signed();
    const proposal = {
      leaderName: '李明',
      budget: [
        { source: 'local', item: '设备费', amount: '150000' },
        { source: 'local', item: '材料费', amount: '150000' },
      ],
    };
    const created = await applicant.post(`${url}/changes`, { proposal, reason: '原负责人调离' });
    expect(created.statusCode).toBe(201);
    expect(
      (await applicant.post(`${url}/changes`, { proposal: { leaderName: '赵六' }, reason: '再次变更' })).json().error
        .code,
    ).toBe('CHANGE_PENDING');
    const [pending] = (await staff.get(`${url}/changes`)).json().items;
    expect(pending).toMatchObject({ state: 'pending', kinds: ['leader', 'budget'], baseVersion: 1 });
    expect(pending.changes).toEqual([
      { field: 'leaderName', before: '王建国', after: '李明' },
      {
        field: 'budget',
        index: 0,
        before: { source: 'local', item: '设备费', amount: '200000.00' },
        after: { source: 'local', item: '设备费', amount: '150000.00' },
      },
      {
        field: 'budget',
        index: 1,
        before: { source: 'local', item: '材料费', amount: '100000.00' },
        after: { source: 'local', item: '材料费', amount: '150000.00' },
      },
      {
        field: 'budget',
        index: 2,
        before: { source: 'self_raised', item: '劳务费', amount: '150000.50' },
        after: null,
      },
    ]);
    expect(
      (await applicant.post(`${url}/changes/${created.json().id}/decision`, { decision: 'approve' })).statusCode,
    ).toBe(403);
    expect(
      (await staff.post(`${url}/changes/${created.json().id}/decision`, { decision: 'approve', comment: '同意' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await staff.post(`${url}/changes/${created.json().id}/decision`, { decision: 'refuse', comment: '晚了' })).json()
        .error.code,
    ).toBe('INVALID_TRANSITION');

    const agreement = (await applicant.get(`${url}/agreement`)).json();
    expect(agreement).toMatchObject({
      contentVersion: 2,
      content: { leaderName: '李明' },
      totals: { local: '300000.00', selfRaised: '0.00' },
    });
    expect(agreement.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(agreement.versions[1].changes).toEqual(pending.changes);
    expect((await applicant.get(url)).json().leaderName).toBe('李明');
  });

  it('refuses a change that breaks the agreement, one that changes nothing, and needs a reason to refuse', async () => {
    const { applicant, url } = await signed();
    const tooMuch = await applicant.post(`${url}/changes`, {
      proposal: { budget: [{ source: 'local', item: '设备费', amount: '400000' }] },
      reason: '增加设备',
    });
    expect(tooMuch.json()).toMatchObject({
      error: { code: 'VALIDATION', details: [{ field: 'body.proposal.budget' }] },
    });
    expect(
      (await applicant.post(`${url}/changes`, { proposal: { leaderName: '王建国' }, reason: '无变化' })).json().error
        .details[0].message,
    ).toBe('变更内容与现任务书相同');
    expect((await applicant.post(`${url}/changes`, { proposal: {}, reason: '空' })).statusCode).toBe(400);
    const request = await applicant.post(`${url}/changes`, { proposal: { leaderName: '赵六' }, reason: '工作调整' });
    expect((await staff.post(`${url}/changes/${request.json().id}/decision`, { decision: 'refuse' })).statusCode).toBe(
      400,
    );
    expect(
      (
        await staff.post(`${url}/changes/${request.json().id}/decision`, {
          decision: 'refuse',
          comment: '负责人资质不符',
        })
      ).statusCode,
    ).toBe(200);
    expect((await applicant.get(`${url}/agreement`)).json()).toMatchObject({
      contentVersion: 1,
      content: { leaderName: '王建国' },
    });
    // Refused, the next request may be made; the applicant may withdraw its own.
    const next = await applicant.post(`${url}/changes`, { proposal: { leaderName: '钱七' }, reason: '工作调整' });
    expect(next.statusCode).toBe(201);
    expect(
      (await applicant.post(`${url}/changes/${next.json().id}/decision`, { decision: 'withdraw' })).statusCode,
    ).toBe(200);
    expect((await applicant.get(`${url}/changes`)).json().items.map((c: { state: string }) => c.state)).toEqual([
      'withdrawn',
      'refused',
    ]);
  });

  it('a longer period reschedules the reports not yet begun and keeps those already submitted', async () => {
    const { applicant, url } = await signed();
    const [first] = (await applicant.get(`${url}/progress-reports`)).json().items;
    await applicant.put(`${url}/progress-reports/${first.id}`, { summary: '按计划推进', spent: '1000', submit: true });
    const request = await applicant.post(`${url}/changes`, {
      proposal: { startOn: `${year - 1}-05-01`, endOn: `${year + 2}-06-30` },
      reason: '受天气影响延期',
    });
    expect(request.statusCode).toBe(201);
    expect((await staff.post(`${url}/changes/${request.json().id}/decision`, { decision: 'approve' })).statusCode).toBe(
      200,
    );
    const reports = (await applicant.get(`${url}/progress-reports`)).json().items;
    expect(reports[0]).toMatchObject({ id: first.id, state: 'submitted', periodStart: `${year - 1}-04-01` });
    expect(reports.at(-1)).toMatchObject({
      periodStart: `${year + 2}-01-01`,
      periodEnd: `${year + 2}-06-30`,
      state: 'due',
    });
    expect(reports.filter((r: { periodStart: string }) => r.periodStart === `${year - 1}-05-01`)).toHaveLength(0);
  });
});

describe('execution queue and notifications', () => {
  it('lists what waits for each side, and counts it in the to-do list', async () => {
    const { applicant, url, project } = await approvedProject();
    const owed = (await applicant.get('/api/execution?kind=agreements&waiting=true')).json();
    expect(owed.items.map((i: { projectId: number }) => i.projectId)).toContain(project.id);
    expect((await applicant.get('/api/todos')).json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'agreements', count: 1 })]),
    );
    await applicant.put(`${url}/agreement`, { content: content() });
    await applicant.post(`${url}/agreement/actions`, { action: 'submit' });
    const toSign = (await staff.get('/api/execution?kind=agreements&waiting=true')).json();
    expect(toSign.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ projectId: project.id, state: 'submitted' })]),
    );
    expect(
      (await otherSection.get('/api/execution?kind=agreements&waiting=true'))
        .json()
        .items.map((i: { projectId: number }) => i.projectId),
    ).not.toContain(project.id);
    const staffTodos = (await staff.get('/api/todos')).json().items;
    expect(staffTodos).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'agreements' })]));
    const notes = (await staff.get('/api/notifications?unread=true')).json();
    expect(notes.items.find((n: { projectId: number }) => n.projectId === project.id)).toMatchObject({
      kind: 'agreement.submitted',
      params: { title: '测试项目' },
    });
  });

  it('every project transition notifies the applicant organisation, and notifications are marked read', async () => {
    const org = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
    const u = await makeUser(t.db, 'applicant', { orgId: org.id });
    const applicant = await login(t.app, u.username, u.password);
    const project = await makeProject(t.db, { callId, orgId: org.id, state: 'recommended' });
    await staff.post(`/api/projects/${project.id}/transitions`, { action: 'return', comment: '缺少财务报表' });
    const list = (await applicant.get('/api/notifications')).json();
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: 'project.transition',
      projectId: project.id,
      params: { action: 'return', toState: 'returned', comment: '缺少财务报表' },
      readAt: null,
    });
    expect((await applicant.post('/api/notifications/read', { ids: [list.items[0].id] })).json()).toEqual({
      updated: 1,
    });
    expect((await applicant.get('/api/notifications')).json().unread).toBe(0);
    // Someone else's notification cannot be marked through my session.
    const staffNote = (await staff.get('/api/notifications')).json().items[0];
    expect((await applicant.post('/api/notifications/read', { ids: [staffNote.id] })).json()).toEqual({ updated: 0 });
  });
});
