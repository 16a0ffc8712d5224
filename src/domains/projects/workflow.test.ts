import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approvalChains,
  approvalRequests,
  projectAttachments,
  projects,
  reviewAssignments,
} from '../../db/tables/index.js';
import { makeCall, makeOrg, makeProject, makeUser } from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { destination, projectActions, projectStates, rowsFor, type TransitionContext } from './workflow.js';
import * as clock from '../../shared/clock.js';

/**
 * The transition table, exhaustively against the API: every (state, action, caller) for an own-city call
 * without expert review and a provincial call with it. What the table allows succeeds and lands where the
 * table says; an action the state does not have is 409 INVALID_TRANSITION; a caller the table does not
 * name is 403; a draft is hidden (404) from all but its applicant.
 */
type Caller = 'applicant' | 'liaison' | 'staff' | 'otherSectionStaff' | 'leader' | 'expert';
const callers: Caller[] = ['applicant', 'liaison', 'staff', 'otherSectionStaff', 'leader', 'expert'];

const dataFor: Record<string, unknown> = {
  approve: { funding: '30000', docNo: '江科〔2026〕1号', planType: '指令性计划' },
  record_result: { approved: true, funding: 1260000, docNo: '苏科计〔2026〕12号' },
  midterm_check: { result: '合格' },
};

let t: TestApp;
const clients = {} as Record<Caller, Client>;
let expertId: number;

beforeAll(async () => {
  t = await testApp();
  const org = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
  const made = {
    applicant: await makeUser(t.db, 'applicant', { orgId: org.id }),
    liaison: await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-a' }),
    staff: await makeUser(t.db, 'staff', { sectionCode: 'agriculture' }),
    otherSectionStaff: await makeUser(t.db, 'staff', { sectionCode: 'social' }),
    leader: await makeUser(t.db, 'leader'),
    expert: await makeUser(t.db, 'expert', { jurisdictionCode: 'town-z' }),
  };
  for (const caller of callers) clients[caller] = await login(t.app, made[caller].username, made[caller].password);
  expertId = made.expert.id;
  Object.assign(orgIds, { org: org.id });
});
afterAll(() => t.close());
const orgIds = { org: 0 };

describe('the transition table', () => {
  for (const variant of [
    { name: 'own-city call without expert review', level: 'city' as const, expertReview: false },
    { name: 'provincial call with expert review', level: 'provincial' as const, expertReview: true },
  ]) {
    it(`holds for every state, action and caller: ${variant.name}`, async () => {
      const call = await makeCall(t.db, { level: variant.level, expertReview: variant.expertReview });
      const context: TransitionContext = {
        level: variant.level,
        expertReview: variant.expertReview,
        resultApproved: true,
      };
      const project = await makeProject(t.db, { callId: call.id, orgId: orgIds.org });
      // The expert has scored, so finish_review can go through; and sees the project.
      await t.db
        .insert(reviewAssignments)
        .values({ projectId: project.id, expertId, scores: { innovation: 30 }, totalScore: 30, scoredAt: clock.now() });
      // …and the acceptance report is there, so request_acceptance can go through.
      await t.db.insert(projectAttachments).values({
        projectId: project.id,
        attachmentKey: 'acceptance_report',
        sha256: '0'.repeat(64),
        size: 1,
        mediaType: 'application/pdf',
        originalName: 'report.pdf',
      });
      const mismatches: string[] = [];
      for (const state of projectStates) {
        for (const action of projectActions) {
          for (const caller of callers) {
            await t.db.update(projects).set({ state, version: 1 }).where(eq(projects.id, project.id));
            await t.db.delete(approvalRequests);
            const response = await clients[caller].post(`/api/projects/${project.id}/transitions`, {
              action,
              data: dataFor[action],
            });
            const rows = rowsFor(state, action, context);
            const role = caller === 'otherSectionStaff' ? 'staff' : caller;
            const rule = rows.find((r) => r.by === role);
            let expected: string;
            if (caller === 'leader' || caller === 'expert') expected = '403';
            else if (state === 'draft' && caller !== 'applicant') expected = '404';
            else if (!rows.length) expected = '409 INVALID_TRANSITION';
            else if (!rule || caller === 'otherSectionStaff') expected = '403';
            // 局审定 goes to the director's approval: the project waits where it is.
            else
              expected = `200 ${rule.action === 'approve' || rule.action === 'reject' ? state : destination(rule, context)}`;
            const got =
              response.statusCode === 200
                ? `200 ${response.json().state}`
                : response.statusCode === 409
                  ? `409 ${response.json().error.code}`
                  : String(response.statusCode);
            if (got !== expected)
              mismatches.push(
                `${state} ${action} by ${caller}: expected ${expected}, got ${got} ${response.statusCode === 200 ? '' : response.body.slice(0, 100)}`,
              );
          }
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

describe('availableActions', () => {
  it('lists what the caller may do now, and nothing for staff of another section', async () => {
    const call = await makeCall(t.db, { level: 'city' });
    const project = await makeProject(t.db, { callId: call.id, orgId: orgIds.org, state: 'reviewed' });
    expect((await clients.staff.get(`/api/projects/${project.id}`)).json().availableActions).toEqual([
      'approve',
      'reject',
    ]);
    expect((await clients.otherSectionStaff.get(`/api/projects/${project.id}`)).json().availableActions).toEqual([]);
    await t.db.update(projects).set({ state: sql`'submitted'` }).where(eq(projects.id, project.id));
    expect((await clients.liaison.get(`/api/projects/${project.id}`)).json().availableActions).toEqual([
      'recommend',
      'return',
    ]);
    expect((await clients.applicant.get(`/api/projects/${project.id}`)).json().availableActions).toEqual(['withdraw']);
  });
});

describe('refusals name what stands in the way', () => {
  it('says which step is missing, or which state the project is in, in the caller’s language', async () => {
    const call = await makeCall(t.db, { level: 'city' });
    const project = await makeProject(t.db, { callId: call.id, orgId: orgIds.org, state: 'submitted' });
    const early = await clients.staff.post(`/api/projects/${project.id}/transitions`, { action: 'pass_formal_review' });
    expect([early.statusCode, early.json().error]).toEqual([
      409,
      {
        code: 'INVALID_TRANSITION',
        message: '该申报（项目）尚未经属地推荐，不能进行形式审查',
        details: { state: 'submitted', action: 'pass_formal_review' },
      },
    ]);
    const english = await clients.staff.request({
      method: 'POST',
      url: `/api/projects/${project.id}/transitions`,
      payload: { action: 'pass_formal_review' },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().error.message).toBe(
      'Cannot pass formal review: the application has not yet been recommended by its jurisdiction',
    );
    await t.db.update(projects).set({ state: sql`'approved'` }).where(eq(projects.id, project.id));
    const late = await clients.staff.post(`/api/projects/${project.id}/transitions`, { action: 'approve' });
    expect(late.json().error).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: '该申报（项目）当前为“已立项”，不能审定立项',
    });
  });
});

describe('局审定 is the director’s', () => {
  it('puts a clerk’s decision up for approval; a configured chain is followed in order and refused out of order; approval makes it take effect', async () => {
    const call = await makeCall(t.db, { level: 'city' });
    const project = await makeProject(t.db, { callId: call.id, orgId: orgIds.org, state: 'reviewed' });
    const url = `/api/projects/${project.id}`;
    // A chain of two: another member of the section checks (复核), then the director signs.
    await t.db
      .update(approvalChains)
      .set({
        steps: [
          { role: 'staff', days: 2 },
          { role: 'leader', days: 3 },
        ],
      })
      .where(eq(approvalChains.kind, 'project_decision'));
    const asked = (
      await clients.staff.post(`${url}/transitions`, {
        action: 'approve',
        data: { funding: 100000, docNo: '江科发〔2026〕9号' },
        comment: '经评审，拟立项',
      })
    ).json();
    expect([asked.state, asked.pendingDecision.action, asked.pendingDecision.steps, asked.availableActions]).toEqual([
      'reviewed',
      'approve',
      2,
      [],
    ]);
    expect((await clients.staff.post(`${url}/transitions`, { action: 'reject' })).json().error.code).toBe(
      'APPROVAL_PENDING',
    );
    const id = asked.pendingDecision.id;
    // The director cannot sign before the section's check; the clerk cannot check their own.
    const early = await clients.leader.post(`/api/approvals/${id}/decision`, { decision: 'approve' });
    expect([early.statusCode, early.json().error.code, early.json().error.message]).toEqual([
      403,
      'NOT_YOUR_STEP',
      '该事项当前在第1步，应由本科室其他工作人员审批',
    ]);
    expect((await clients.staff.post(`/api/approvals/${id}/decision`, { decision: 'approve' })).json().error.code).toBe(
      'NOT_YOUR_STEP',
    );
    const peer = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
    const colleague = await login(t.app, peer.username, peer.password);
    expect((await colleague.get('/api/todos')).json().items).toContainEqual({ kind: 'approvals', count: 1 });
    expect(
      (await colleague.post(`/api/approvals/${id}/decision`, { decision: 'approve', comment: '材料齐全' })).json(),
    ).toEqual({ status: 'pending', step: 1 });
    expect((await clients.staff.get(url)).json().state).toBe('reviewed');
    expect((await clients.leader.get('/api/todos')).json().items).toContainEqual({ kind: 'approvals', count: 1 });
    expect((await clients.leader.get('/api/notifications')).json().items[0]).toMatchObject({
      kind: 'approval.requested',
    });
    expect(
      (await clients.leader.post(`/api/approvals/${id}/decision`, { decision: 'approve', comment: '同意立项' })).json(),
    ).toEqual({ status: 'approved', step: 1 });
    const done = (await clients.staff.get(url)).json();
    expect([done.state, done.approvedFunding, done.pendingDecision, done.history.at(-1).data.approvedBy]).toEqual([
      'approved',
      '100000.00',
      null,
      expect.any(String),
    ]);
    const record = (await clients.leader.get(`/api/approvals/${id}`)).json();
    expect(record.decisions.map((d: { step: number; decision: string }) => [d.step, d.decision])).toEqual([
      [0, 'approve'],
      [1, 'approve'],
    ]);
    expect(
      (await clients.leader.post(`/api/approvals/${id}/decision`, { decision: 'approve' })).json().error.code,
    ).toBe('APPROVAL_DECIDED');
    await t.db
      .update(approvalChains)
      .set({ steps: [{ role: 'leader', days: 3 }] })
      .where(eq(approvalChains.kind, 'project_decision'));
  });

  it('leaves the project where it was when the director refuses, with the reason', async () => {
    const call = await makeCall(t.db, { level: 'city' });
    const project = await makeProject(t.db, { callId: call.id, orgId: orgIds.org, state: 'reviewed' });
    const id = (
      await clients.staff.post(`/api/projects/${project.id}/transitions`, {
        action: 'approve',
        data: { funding: 5000 },
      })
    ).json().pendingDecision.id;
    expect(
      (await clients.leader.post(`/api/approvals/${id}/decision`, { decision: 'refuse' })).json().error.details[0]
        .field,
    ).toBe('body.comment');
    expect(
      (
        await clients.leader.post(`/api/approvals/${id}/decision`, {
          decision: 'refuse',
          comment: '资助额度偏高，请重新研究',
        })
      ).json().status,
    ).toBe('refused');
    const after = (await clients.staff.get(`/api/projects/${project.id}`)).json();
    expect([after.state, after.pendingDecision, after.availableActions]).toEqual([
      'reviewed',
      null,
      ['approve', 'reject'],
    ]);
    expect((await clients.staff.get('/api/notifications')).json().items[0]).toMatchObject({
      kind: 'approval.refused',
      params: { comment: '资助额度偏高，请重新研究' },
    });
  });
});
