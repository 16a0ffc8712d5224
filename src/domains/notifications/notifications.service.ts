import { and, count, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { notifications, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';

/** What a notification is about; the web renders each kind from its params in the reader's language. */
export const notificationKinds = [
  'project.transition',
  'agreement.submitted',
  'agreement.signed',
  'agreement.returned',
  'report.submitted',
  'report.accepted',
  'report.returned',
  'report.due_soon',
  'report.overdue',
  'change.requested',
  'change.approved',
  'change.refused',
  'letter.issued',
  'target_report.submitted',
  'target_report.accepted',
  'target_report.returned',
  'approval.requested',
  'review.assigned',
  'review.declined',
  'review.due_soon',
  'approval.approved',
  'approval.refused',
  'portal.published',
  'portal.publicity_ended',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export interface NotificationDraft {
  kind: NotificationKind;
  projectId?: number | null;
  params: Record<string, string | number | null>;
}

/** Who hears: an organisation's applicants, a section's staff, a jurisdiction's liaisons, or named accounts. */
export type Audience =
  | { orgId: number }
  | { sectionCode: string }
  | { jurisdictionCode: string }
  | { userIds: number[] }
  | { role: 'leader' };

/**
 * Leaves a notification for every active user of the audience except the one who caused it — inside the
 * caller's transaction, so nobody is told of something that did not happen.
 */
export async function notify(
  tx: DbOrTx,
  audience: Audience,
  draft: NotificationDraft,
  exceptUserId?: number | null,
): Promise<void> {
  const who =
    'orgId' in audience
      ? and(eq(users.role, 'applicant'), eq(users.orgId, audience.orgId))
      : 'sectionCode' in audience
        ? and(eq(users.role, 'staff'), eq(users.sectionCode, audience.sectionCode))
        : 'jurisdictionCode' in audience
          ? and(eq(users.role, 'liaison'), eq(users.jurisdictionCode, audience.jurisdictionCode))
          : 'role' in audience
            ? eq(users.role, audience.role)
            : inArray(users.id, audience.userIds.length ? audience.userIds : [0]);
  const recipients = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(who, eq(users.active, true), exceptUserId ? ne(users.id, exceptUserId) : undefined));
  if (!recipients.length) return;
  await tx.insert(notifications).values(
    recipients.map((r) => ({
      userId: r.id,
      kind: draft.kind,
      projectId: draft.projectId ?? null,
      params: draft.params,
    })),
  );
}

export async function listNotifications(
  db: Db,
  user: SessionUser,
  q: { unread?: boolean; page: number; pageSize: number },
) {
  const mine = eq(notifications.userId, user.id);
  const where = q.unread ? and(mine, isNull(notifications.readAt)) : mine;
  const [items, [total], [unread]] = [
    await db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        projectId: notifications.projectId,
        params: notifications.params,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    await db.select({ n: count() }).from(notifications).where(where),
    await db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ];
  return {
    items: items.map((n) => ({ ...n, kind: n.kind as NotificationKind, params: n.params as Record<string, unknown> })),
    total: total?.n ?? 0,
    unread: unread?.n ?? 0,
  };
}

/** Marks the given notifications of mine (or all of them) read. */
export async function markRead(db: Db, user: SessionUser, actor: Actor, ids?: number[]): Promise<{ updated: number }> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(
        and(
          eq(notifications.userId, user.id),
          isNull(notifications.readAt),
          ids ? inArray(notifications.id, ids) : undefined,
        ),
      )
      .returning({ id: notifications.id });
    if (updated.length)
      await recordAudit(tx, actor, {
        action: 'notification.read',
        entityType: 'user',
        entityId: user.id,
        after: { ids: updated.map((u) => u.id) },
      });
    return { updated: updated.length };
  });
}
