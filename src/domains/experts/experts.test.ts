import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calls, expertProfiles } from '../../db/tables/index.js';
import { addDays, today } from '../../shared/clock.js';
import {
  ensureJurisdiction,
  ensureSection,
  makeCall,
  makeOrg,
  makeProject,
  makeUser,
  type MadeUser,
} from '../../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../../testing/harness.js';
import { sendReviewReminders } from '../agreements/reminders.js';
import { drawFrom, eligible } from './draw.js';

describe('随机抽取 (the draw itself)', () => {
  it('draws the same panel from the same seed, whatever order the candidates come in, and only candidates', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        fc.stringMatching(/^[0-9a-f]{8,16}$/),
        (candidates, size, seed) => {
          const drawn = drawFrom(candidates, size, seed);
          expect(drawFrom([...candidates].reverse(), size, seed)).toEqual(drawn);
          expect(drawn).toHaveLength(Math.min(size, candidates.length));
          expect(new Set(drawn).size).toBe(drawn.length);
          for (const id of drawn) expect(candidates).toContain(id);
        },
      ),
    );
    // Different seeds draw differently (over enough candidates).
    const many = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(drawFrom(many, 5, 'aaaaaaaa')).not.toEqual(drawFrom(many, 5, 'bbbbbbbb'));
  });

  it('leaves out, with the reason, an expert unavailable or conflicted with any application; keeps only the field asked', () => {
    const base = {
      fields: ['农业'],
      available: true,
      unavailableUntil: null,
      conflictOrgIds: [] as number[],
      jurisdictionCode: null,
    };
    const pool = [
      { ...base, id: 1, orgId: 10 },
      { ...base, id: 2, orgId: 20 },
      { ...base, id: 3, orgId: 30, jurisdictionCode: 'town-b' },
      { ...base, id: 4, orgId: 40, conflictOrgIds: [20] },
      { ...base, id: 5, orgId: 50, available: false, unavailableUntil: addDays(today(), 3) },
      { ...base, id: 6, orgId: 60, available: false, unavailableUntil: addDays(today(), -1) },
      { ...base, id: 7, orgId: 70, fields: ['医药'] },
    ];
    const projects = [
      { id: 100, orgId: 10, jurisdictionCode: 'town-a' },
      { id: 200, orgId: 20, jurisdictionCode: 'town-b' },
    ];
    expect(eligible(pool, projects, { field: '农业', today: today() })).toEqual({
      candidates: [6],
      excluded: [
        { expertId: 1, reason: 'same_org', projectId: 100 },
        { expertId: 2, reason: 'same_org', projectId: 200 },
        { expertId: 3, reason: 'same_jurisdiction', projectId: 200 },
        { expertId: 4, reason: 'declared', projectId: 200 },
        { expertId: 5, reason: 'unavailable' },
      ],
    });
  });
});

describe('专家库 and the review panel', () => {
  let t: TestApp;
  let staff: Client;
  let experts: MadeUser[];
  let orgA: number;
  let orgB: number;

  beforeAll(async () => {
    t = await testApp();
    for (const town of ['town-a', 'town-b', 'town-c']) await ensureJurisdiction(t.db, town);
    await ensureSection(t.db, 'agriculture');
    orgA = (await makeOrg(t.db, { jurisdictionCode: 'town-a' })).id;
    orgB = (await makeOrg(t.db, { jurisdictionCode: 'town-b' })).id;
    const elsewhere = (await makeOrg(t.db, { jurisdictionCode: 'town-c' })).id;
    const s = await makeUser(t.db, 'staff', { sectionCode: 'agriculture' });
    staff = await login(t.app, s.username, s.password);
    experts = [];
    for (let i = 0; i < 8; i++)
      experts.push(
        await makeUser(t.db, 'expert', {
          orgId: i === 0 ? orgA : elsewhere,
          jurisdictionCode: i === 1 ? 'town-b' : 'town-c',
        }),
      );
    for (const [i, e] of experts.entries()) {
      await staff.put(`/api/experts/${e.id}/profile`, {
        fields: i === 7 ? ['医药'] : ['农业', '食品'],
        title: '研究员',
        available: i !== 2,
        conflictOrgIds: i === 3 ? [orgB] : [],
      });
    }
  });
  afterAll(() => t.close());

  it('draws a panel reproducibly from its recorded seed, honouring every 回避; an expert declines and is replaced; the review finishes', async () => {
    const call = await makeCall(t.db, { level: 'city', sectionCode: 'agriculture', expertReview: true });
    await t.db.update(calls).set({ reviewCommentRequired: true }).where(eq(calls.id, call.id));
    const [a, b] = [
      await makeProject(t.db, { callId: call.id, orgId: orgA, state: 'under_review' }),
      await makeProject(t.db, { callId: call.id, orgId: orgB, state: 'under_review' }),
    ];
    const dueOn = addDays(today(), 10);
    const tooMany = await staff.post(`/api/calls/${call.id}/panel/draw`, { field: '农业', size: 4, dueOn });
    expect(tooMany.json().error).toMatchObject({
      code: 'POOL_TOO_SMALL',
      message: '专家库中符合条件（领域、可用、回避）的专家只有3人，不足4人',
    });
    const draw = (
      await staff.post(`/api/calls/${call.id}/panel/draw`, { field: '农业', size: 2, dueOn, seed: 'c0ffee00' })
    ).json();
    const ids = experts.map((e) => e.id);
    expect(draw.candidates).toEqual([ids[4], ids[5], ids[6]]);
    expect(draw.excluded).toEqual([
      { expertId: ids[0], reason: 'same_org', projectId: a.id },
      { expertId: ids[1], reason: 'same_jurisdiction', projectId: b.id },
      { expertId: ids[2], reason: 'unavailable' },
      { expertId: ids[3], reason: 'declared', projectId: b.id },
    ]);
    // The record reproduces: the same seed over the same candidates draws the same panel.
    expect(draw.drawn).toEqual(drawFrom(draw.candidates, 2, 'c0ffee00'));
    const [first, second] = draw.drawn as number[];
    const expert = async (id: number) => {
      const made = experts.find((e) => e.id === id)!;
      return login(t.app, made.username, made.password);
    };
    const one = await expert(first!);
    expect((await one.get('/api/todos')).json().items).toContainEqual(
      expect.objectContaining({ kind: 'scores', count: 2 }),
    );
    expect((await one.get(`/api/projects/${a.id}`)).statusCode).toBe(200);
    // The call asks for a comment; a score outside a criterion's range or with decimals is refused.
    const noComment = await one.post(`/api/projects/${a.id}/reviews`, { scores: { innovation: 30, feasibility: 50 } });
    expect(noComment.json().error.details[0]).toMatchObject({
      field: 'body.comment',
      message: '本申报通知要求填写评审意见',
    });
    expect(
      (
        await one.post(`/api/projects/${a.id}/reviews`, { scores: { innovation: 41, feasibility: 50 }, comment: '好' })
      ).json().error.details[0].field,
    ).toBe('body.scores.innovation');
    for (const p of [a, b])
      expect(
        (
          await one.post(`/api/projects/${p.id}/reviews`, {
            scores: { innovation: 30, feasibility: 50 },
            comment: '技术路线可行',
          })
        ).statusCode,
      ).toBe(201);

    // The second declines; the section is told, and staff draw a replacement from those not yet on the panel.
    const two = await expert(second!);
    expect((await two.post(`/api/calls/${call.id}/panel/decline`, { reason: '近期出国访问' })).json()).toEqual({
      ok: true,
    });
    expect((await staff.get('/api/notifications')).json().items[0]).toMatchObject({
      kind: 'review.declined',
      params: { reason: '近期出国访问' },
    });
    expect(
      (
        await two.post(`/api/projects/${a.id}/reviews`, { scores: { innovation: 30, feasibility: 50 }, comment: '可' })
      ).json().error.details[0].problem,
    ).toBe('review_declined');
    expect((await staff.post(`/api/projects/${a.id}/transitions`, { action: 'finish_review' })).json().error.code).toBe(
      'REVIEWS_INCOMPLETE',
    );
    const replacement = (
      await staff.post(`/api/calls/${call.id}/panel/replace`, { expertId: second, reason: 'declined' })
    ).json();
    const third = ids.find((id) => draw.candidates.includes(id) && !draw.drawn.includes(id));
    expect([replacement.kind, replacement.replaces, replacement.drawn, replacement.candidates]).toEqual([
      'replacement',
      second,
      [third],
      [third],
    ]);
    const three = await expert(third!);
    for (const p of [a, b])
      expect(
        (
          await three.post(`/api/projects/${p.id}/reviews`, {
            scores: { innovation: 20, feasibility: 40 },
            comment: '基本可行',
          })
        ).statusCode,
      ).toBe(201);
    for (const p of [a, b])
      expect((await staff.post(`/api/projects/${p.id}/transitions`, { action: 'finish_review' })).json().state).toBe(
        'reviewed',
      );
    const panel = (await staff.get(`/api/calls/${call.id}/panel`)).json();
    expect(panel.draws.map((d: { kind: string; seed: string }) => d.kind)).toEqual(['panel', 'replacement']);
    expect(panel.experts.map((e: { expertId: number; scored: number }) => [e.expertId, e.scored]).sort()).toEqual(
      [
        [first, 2],
        [third, 2],
      ].sort(),
    );
  });

  it('reminds each drawn expert once as the deadline nears', async () => {
    const call = await makeCall(t.db, { level: 'city', sectionCode: 'agriculture', expertReview: true });
    const other = (await makeOrg(t.db, { jurisdictionCode: 'town-c' })).id;
    await makeProject(t.db, { callId: call.id, orgId: other, state: 'under_review' });
    const draw = (await staff.post(`/api/calls/${call.id}/panel/draw`, { size: 1, dueOn: addDays(today(), 1) })).json();
    expect(await sendReviewReminders(t.db)).toBe(1);
    expect(await sendReviewReminders(t.db)).toBe(0);
    const made = experts.find((e) => e.id === draw.drawn[0])!;
    const client = await login(t.app, made.username, made.password);
    expect((await client.get('/api/notifications')).json().items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['review.assigned', 'review.due_soon']),
    );
  });

  it('lets an expert keep their own availability and conflicts, not their fields; staff keep the rest', async () => {
    const me = experts[5]!;
    const client = await login(t.app, me.username, me.password);
    expect(
      (await client.put(`/api/experts/${experts[6]!.id}/profile`, { fields: [], available: false })).statusCode,
    ).toBe(403);
    await client.put(`/api/experts/${me.id}/profile`, {
      fields: ['天文'],
      title: '院士',
      available: false,
      unavailableUntil: addDays(today(), 30),
      conflictOrgIds: [orgA],
    });
    const [profile] = await t.db.select().from(expertProfiles).where(eq(expertProfiles.userId, me.id));
    expect([profile!.fields, profile!.title, profile!.available, profile!.conflictOrgIds]).toEqual([
      ['农业', '食品'],
      '研究员',
      false,
      [orgA],
    ]);
    expect(
      (
        await staff.put(`/api/experts/${me.id}/profile`, {
          fields: ['农业'],
          available: true,
          conflictOrgIds: [999999],
        })
      ).json().error.details[0].field,
    ).toBe('body.conflictOrgIds.0');
  });
});
