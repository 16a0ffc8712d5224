import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalRequests } from '../../db/tables/index.js';
import {
  ensureJurisdiction,
  ensureSection,
  makeCall,
  makeOrg,
  makeProject,
  makeUser,
} from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { addDays, today } from '../../shared/clock.js';
import { eq } from 'drizzle-orm';

let t: TestApp;
let admin: Client;
let staff: Client;
let leader: Client;
let orgId: number;

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  await ensureSection(t.db, 'agriculture');
  orgId = (await makeOrg(t.db, { jurisdictionCode: 'town-a' })).id;
  const [a, s, l] = [
    await makeUser(t.db, 'admin'),
    await makeUser(t.db, 'staff', { sectionCode: 'agriculture' }),
    await makeUser(t.db, 'leader'),
  ];
  admin = await login(t.app, a.username, a.password, a.totp());
  staff = await login(t.app, s.username, s.password);
  leader = await login(t.app, l.username, l.password);
});
afterAll(() => t.close());

describe('approval chains (审批流程)', () => {
  it('are set by the administrator, always ending with a leader, and apply to requests made afterwards', async () => {
    const chains = (await staff.get('/api/approval-chains')).json().items;
    expect(chains.map((c: { kind: string; steps: unknown[] }) => [c.kind, c.steps])).toEqual([
      ['project_decision', [{ role: 'leader', days: 3 }]],
      ['subsidy_payment', [{ role: 'leader', days: 3 }]],
      ['letter_issue', [{ role: 'leader', days: 3 }]],
      ['assessment_result', [{ role: 'leader', days: 3 }]],
    ]);
    const clerkLast = await admin.put('/api/approval-chains/project_decision', {
      steps: [
        { role: 'leader', days: 2 },
        { role: 'staff', days: 2 },
      ],
    });
    expect(clerkLast.json().error.details[0]).toMatchObject({
      field: 'body.steps.1.role',
      message: '审批流程的最后一步须由局领导审批',
    });
    expect(
      (await staff.put('/api/approval-chains/project_decision', { steps: [{ role: 'leader', days: 5 }] })).statusCode,
    ).toBe(403);
    expect(
      (await admin.put('/api/approval-chains/project_decision', { steps: [{ role: 'leader', days: 5 }] })).statusCode,
    ).toBe(200);
    const project = await makeProject(t.db, {
      callId: (await makeCall(t.db, { level: 'city' })).id,
      orgId,
      state: 'reviewed',
    });
    const id = (
      await staff.post(`/api/projects/${project.id}/transitions`, { action: 'reject', comment: '评审得分靠后' })
    ).json().pendingDecision.id;
    expect((await leader.get(`/api/approvals/${id}`)).json()).toMatchObject({
      steps: [{ role: 'leader', days: 5 }],
      dueOn: addDays(today(), 5),
      mine: true,
      title: project.title,
    });
    // The one who asked may take it back while it waits; then it is closed to everyone.
    expect((await leader.post(`/api/approvals/${id}/withdraw`)).statusCode).toBe(403);
    expect((await staff.post(`/api/approvals/${id}/withdraw`)).json()).toEqual({ ok: true });
    expect((await leader.post(`/api/approvals/${id}/decision`, { decision: 'approve' })).json().error.code).toBe(
      'APPROVAL_DECIDED',
    );
  });

  it('lists what waits on the director first by deadline, marks what is overdue, and keeps the to-do list', async () => {
    const project = await makeProject(t.db, {
      callId: (await makeCall(t.db, { level: 'city' })).id,
      orgId,
      state: 'reviewed',
    });
    const id = (
      await staff.post(`/api/projects/${project.id}/transitions`, { action: 'approve', data: { funding: 20000 } })
    ).json().pendingDecision.id;
    await t.db
      .update(approvalRequests)
      .set({ dueOn: addDays(today(), -1) })
      .where(eq(approvalRequests.id, id));
    const waiting = (await leader.get('/api/approvals?scope=waiting')).json();
    expect(waiting.items[0]).toMatchObject({
      id,
      overdue: true,
      mine: true,
      kind: 'project_decision',
      payload: { action: 'approve', data: { funding: 20000 } },
    });
    expect((await staff.get('/api/approvals?scope=waiting')).json().total).toBe(0);
    expect(
      (await staff.get('/api/approvals?scope=mine&status=pending')).json().items.map((a: { id: number }) => a.id),
    ).toContain(id);
    expect((await leader.get('/api/todos')).json().items).toEqual(
      expect.arrayContaining([
        { kind: 'approvals', count: 1 },
        { kind: 'approvals_overdue', count: 1 },
      ]),
    );
  });
});
