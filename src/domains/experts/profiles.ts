import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { expertProfiles, orgs, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';

export const profileBody = z.object({
  fields: z.array(z.string().trim().min(1).max(40)).max(10),
  title: z.string().trim().max(40).nullish(),
  specialty: z.string().trim().max(200).nullish(),
  available: z.boolean(),
  unavailableUntil: z.iso.date().nullish(),
  conflictOrgIds: z.array(z.number().int().positive()).max(50).default([]),
});

/**
 * 专家库 entry: staff keep an expert's fields, title and specialty; the expert also keeps their own
 * availability and declared conflicts (申报回避), which the draw honours.
 */
export async function saveProfile(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  userId: number,
  body: z.infer<typeof profileBody>,
) {
  if (user.role === 'expert' && user.id !== userId) throw new AppError('FORBIDDEN');
  const [expert] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (expert?.role !== 'expert') throw new AppError('NOT_FOUND');
  const known = new Set(
    body.conflictOrgIds.length
      ? (await db.select({ id: orgs.id }).from(orgs).where(inArray(orgs.id, body.conflictOrgIds))).map((o) => o.id)
      : [],
  );
  const stray = body.conflictOrgIds.findIndex((id) => !known.has(id));
  if (stray >= 0) throw AppError.invalid(`body.conflictOrgIds.${stray}`, 'org_unknown');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(expertProfiles).where(eq(expertProfiles.userId, userId)).for('update');
    // The expert changes what is theirs to say; fields, title and specialty stay as staff keep them.
    const values =
      user.role === 'expert'
        ? {
            available: body.available,
            unavailableUntil: body.unavailableUntil ?? null,
            conflictOrgIds: body.conflictOrgIds,
          }
        : {
            fields: body.fields,
            title: body.title ?? null,
            specialty: body.specialty ?? null,
            available: body.available,
            unavailableUntil: body.unavailableUntil ?? null,
            conflictOrgIds: body.conflictOrgIds,
          };
    await tx
      .insert(expertProfiles)
      .values({ userId, ...values })
      .onConflictDoUpdate({
        target: expertProfiles.userId,
        set: { ...values, updatedAt: sql`now()`, version: sql`${expertProfiles.version} + 1` },
      });
    await recordAudit(tx, actor, {
      action: 'expert.profile',
      entityType: 'user',
      entityId: userId,
      before,
      after: values,
    });
  });
}
