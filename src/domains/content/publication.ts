import { and, count, eq, inArray, isNotNull, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { portalItems, portalMessages } from '../../db/tables/index.js';
import * as clock from '../../shared/clock.js';
import { notify } from '../notifications/notifications.service.js';

/**
 * The publication job's round (every minute): an item scheduled for later that has now gone live, and a
 * 公示 whose period has ended, are each told to their author once — the site itself shows and hides them
 * by the clock at every request, so nothing waits on this job to appear or expire.
 */
export async function announcePublication(db: Db): Promise<{ wentLive: number; publicityEnded: number }> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const live = await tx
      .update(portalItems)
      .set({ liveNoticedAt: now })
      .where(
        and(eq(portalItems.state, 'published'), lte(portalItems.publishAt, now), isNull(portalItems.liveNoticedAt)),
      )
      .returning({
        id: portalItems.id,
        title: portalItems.title,
        authorId: portalItems.authorId,
        publishAt: portalItems.publishAt,
        updatedAt: portalItems.updatedAt,
      });
    // Scheduled: published for a time later than the moment it was approved (published now, nobody needs telling).
    const scheduled = live.filter(
      (i) => i.authorId && i.publishAt && i.publishAt.getTime() - i.updatedAt.getTime() > 60_000,
    );
    for (const item of scheduled) {
      await notify(
        tx,
        { userIds: [item.authorId!] },
        { kind: 'portal.published', params: { itemId: item.id, title: item.title } },
      );
    }
    const ended = await tx
      .update(portalItems)
      .set({ endedNoticedAt: now })
      .where(
        and(
          eq(portalItems.column, 'publicity'),
          eq(portalItems.state, 'published'),
          isNotNull(portalItems.endsOn),
          lt(portalItems.endsOn, clock.today()),
          isNull(portalItems.endedNoticedAt),
        ),
      )
      .returning({ id: portalItems.id, title: portalItems.title, authorId: portalItems.authorId });
    if (ended.length) {
      const objections = await tx
        .select({
          itemId: portalMessages.itemId,
          received: count(),
          answered: sql<number>`count(*) FILTER (WHERE ${portalMessages.state} = 'answered')::int`,
        })
        .from(portalMessages)
        .where(
          and(
            eq(portalMessages.kind, 'objection'),
            inArray(
              portalMessages.itemId,
              ended.map((i) => i.id),
            ),
          ),
        )
        .groupBy(portalMessages.itemId);
      for (const item of ended.filter((i) => i.authorId)) {
        const counted = objections.find((o) => o.itemId === item.id);
        await notify(
          tx,
          { userIds: [item.authorId!] },
          {
            kind: 'portal.publicity_ended',
            params: {
              itemId: item.id,
              title: item.title,
              received: counted?.received ?? 0,
              answered: counted?.answered ?? 0,
            },
          },
        );
      }
    }
    return { wentLive: live.length, publicityEnded: ended.length };
  });
}
