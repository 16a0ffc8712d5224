import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, portalItems, portalMessages } from '../../db/tables/index.js';
import * as clock from '../../shared/clock.js';
import { makeUser } from '../../testing/factories.js';
import { type TestApp, testApp } from '../../testing/harness.js';
import { announcePublication } from './publication.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const minutes = (n: number) => new Date(clock.now().getTime() + n * 60_000);
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('the publication job', () => {
  it("tells an author once when a scheduled item goes live and when a 公示's period ends, with its objections", async () => {
    const author = await makeUser(t.db, 'staff');
    const [scheduled, immediate, later, ended] = await t.db
      .insert(portalItems)
      .values([
        // Approved an hour ago for a minute ago: scheduled, and now live.
        {
          column: 'news',
          title: '定时发布的新闻',
          state: 'published',
          publishAt: minutes(-1),
          authorId: author.id,
          updatedAt: minutes(-60),
        },
        // Published at the moment it was approved: nobody needs telling.
        {
          column: 'news',
          title: '即时发布的新闻',
          state: 'published',
          publishAt: minutes(-30),
          authorId: author.id,
          updatedAt: minutes(-30),
        },
        // Scheduled for tomorrow: not yet.
        {
          column: 'notices',
          title: '明天发布的通知',
          state: 'published',
          publishAt: minutes(24 * 60),
          authorId: author.id,
          updatedAt: minutes(-5),
        },
        {
          column: 'publicity',
          title: '已结束的公示',
          state: 'published',
          publishAt: minutes(-10 * 24 * 60),
          authorId: author.id,
          updatedAt: minutes(-10 * 24 * 60),
          startsOn: dayBefore(dayBefore(clock.today())),
          endsOn: dayBefore(clock.today()),
          liveNoticedAt: minutes(-10 * 24 * 60),
        },
      ])
      .returning({ id: portalItems.id });
    await t.db.insert(portalMessages).values([
      {
        code: 'T-1',
        kind: 'objection',
        itemId: ended!.id,
        subject: '异议',
        body: '不在本市',
        name: '王',
        contact: '139',
        dueOn: clock.today(),
        state: 'answered',
      },
      {
        code: 'T-2',
        kind: 'objection',
        itemId: ended!.id,
        subject: '异议',
        body: '材料不实',
        name: '李',
        contact: '138',
        dueOn: clock.today(),
      },
    ]);

    expect(await announcePublication(t.db)).toMatchObject({ wentLive: 2, publicityEnded: 1 });
    const told = await t.db
      .select({ kind: notifications.kind, params: notifications.params })
      .from(notifications)
      .where(eq(notifications.userId, author.id));
    expect(told).toEqual(
      expect.arrayContaining([
        { kind: 'portal.published', params: { itemId: scheduled!.id, title: '定时发布的新闻' } },
        {
          kind: 'portal.publicity_ended',
          params: { itemId: ended!.id, title: '已结束的公示', received: 2, answered: 1 },
        },
      ]),
    );
    expect(told).toHaveLength(2);
    expect(
      told.some(
        (n) =>
          (n.params as { itemId: number }).itemId === immediate!.id ||
          (n.params as { itemId: number }).itemId === later!.id,
      ),
    ).toBe(false);

    // Told once: the next minute's round finds nothing new.
    expect(await announcePublication(t.db)).toEqual({ wentLive: 0, publicityEnded: 0 });
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, author.id))).toHaveLength(2);
  });
});
