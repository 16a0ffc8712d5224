import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { consultationComments, consultationResults, portalItems } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import * as clock from '../../shared/clock.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { visible } from '../content/public.service.js';

// Control characters have no place in a comment; line breaks stay.
const clean = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) =>
      s
        .replace(/\r\n?/g, '\n')
        .replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ''))
        .trim(),
    )
    .pipe(z.string().min(1).max(max));

export const commentForm = z.object({ body: clean(5000), name: clean(50), contact: clean(100) });
export const adoptions = ['adopted', 'partly', 'not_adopted'] as const;

/** Counts of a consultation's comments: received, and how they were taken up. */
const tally = {
  received: sql<number>`count(${consultationComments.id})::int`,
  adopted: sql<number>`count(*) FILTER (WHERE ${consultationComments.adoption} = 'adopted')::int`,
  partly: sql<number>`count(*) FILTER (WHERE ${consultationComments.adoption} = 'partly')::int`,
  notAdopted: sql<number>`count(*) FILTER (WHERE ${consultationComments.adoption} = 'not_adopted')::int`,
  undecided: sql<number>`count(${consultationComments.id}) FILTER (WHERE ${consultationComments.adoption} IS NULL)::int`,
};
export type Tally = { received: number; adopted: number; partly: number; notAdopted: number; undecided: number };

export async function tallyOf(db: DbOrTx, itemId: number): Promise<Tally> {
  const [row] = await db.select(tally).from(consultationComments).where(eq(consultationComments.itemId, itemId));
  return row!;
}

/** A comment from the public site, while the consultation runs. The audit names the consultation, not the writer. */
export async function receiveComment(db: DbOrTx, itemId: number, form: z.infer<typeof commentForm>, ip: string) {
  const stored = db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consultationComments)
      .values({ itemId, ...form, receivedAt: clock.now() })
      .returning({ id: consultationComments.id });
    await recordAudit(
      tx,
      { id: null, name: 'public', role: 'anonymous', ip },
      { action: 'consultation.comment', entityType: 'consultation_comment', entityId: row!.id, after: { itemId } },
    );
    return row!;
  });
  // A failed insert's error quotes the writer's name and contact: never into the log.
  return stored.catch((error: unknown) => {
    throw new Error(`storing a comment failed (${(error as { cause?: { code?: string } }).cause?.code ?? 'no code'})`);
  });
}

/** 采纳情况 as published, with the counts it reports; none until staff publish it. */
export async function publishedResult(db: DbOrTx, itemId: number) {
  const [row] = await db
    .select({ body: consultationResults.body, publishedAt: consultationResults.publishedAt })
    .from(consultationResults)
    .where(and(eq(consultationResults.itemId, itemId), sql`${consultationResults.publishedAt} IS NOT NULL`));
  return row ? { ...row, tally: await tallyOf(db, itemId) } : undefined;
}

/** The public list: running consultations first (ending soonest), then the ended ones, newest first. */
export async function publicConsultations(db: DbOrTx) {
  const today = clock.today();
  return db
    .select({
      id: portalItems.id,
      column: portalItems.column,
      title: portalItems.title,
      startsOn: portalItems.startsOn,
      endsOn: portalItems.endsOn,
      publishAt: portalItems.publishAt,
      resultAt: consultationResults.publishedAt,
    })
    .from(portalItems)
    .leftJoin(consultationResults, eq(consultationResults.itemId, portalItems.id))
    .where(and(visible(), eq(portalItems.column, 'consultations')))
    .orderBy(
      sql`${portalItems.endsOn} >= ${today} DESC`,
      sql`CASE WHEN ${portalItems.endsOn} >= ${today} THEN ${portalItems.endsOn} END ASC`,
      desc(portalItems.endsOn),
      desc(portalItems.id),
    )
    .limit(200);
}

/** The back office's list: every published consultation with its counts and whether its result is out. */
export async function consultationsForStaff(db: DbOrTx) {
  return db
    .select({
      id: portalItems.id,
      title: portalItems.title,
      startsOn: portalItems.startsOn,
      endsOn: portalItems.endsOn,
      state: portalItems.state,
      resultAt: consultationResults.publishedAt,
      resultVersion: consultationResults.version,
      ...tally,
    })
    .from(portalItems)
    .leftJoin(consultationComments, eq(consultationComments.itemId, portalItems.id))
    .leftJoin(consultationResults, eq(consultationResults.itemId, portalItems.id))
    .where(and(eq(portalItems.column, 'consultations'), eq(portalItems.state, 'published')))
    .groupBy(portalItems.id, consultationResults.itemId)
    .orderBy(desc(portalItems.endsOn), desc(portalItems.id));
}

async function consultation(db: DbOrTx, id: number) {
  const [item] = await db
    .select({ id: portalItems.id, title: portalItems.title, endsOn: portalItems.endsOn, state: portalItems.state })
    .from(portalItems)
    .where(and(eq(portalItems.id, id), eq(portalItems.column, 'consultations')));
  if (!item) throw new AppError('NOT_FOUND');
  return item;
}

export async function consultationDetail(db: DbOrTx, id: number) {
  const item = await consultation(db, id);
  const [comments, [result], counts] = await Promise.all([
    db
      .select()
      .from(consultationComments)
      .where(eq(consultationComments.itemId, id))
      .orderBy(asc(consultationComments.id)),
    db.select().from(consultationResults).where(eq(consultationResults.itemId, id)),
    tallyOf(db, id),
  ]);
  return { ...item, comments, result: result ?? null, tally: counts };
}

export const adoptionBody = z.object({
  adoption: z.enum(adoptions),
  reason: clean(1000).optional(),
  version: z.number().int().min(1),
});

/** 采纳: how one comment was taken up, and why (a comment not taken up says why). */
export async function decideComment(
  db: DbOrTx,
  actor: Actor,
  user: SessionUser,
  commentId: number,
  body: z.infer<typeof adoptionBody>,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(consultationComments)
      .where(eq(consultationComments.id, commentId))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== body.version) throw new AppError('STALE_VERSION');
    if (body.adoption !== 'adopted' && !body.reason) throw AppError.invalid('body.reason', 'reason_required');
    const [published] = await tx
      .select({ at: consultationResults.publishedAt })
      .from(consultationResults)
      .where(eq(consultationResults.itemId, before.itemId));
    if (published?.at) throw new AppError('CONSULTATION_RESULT_PUBLISHED');
    const [row] = await tx
      .update(consultationComments)
      .set({
        adoption: body.adoption,
        reason: body.reason ?? null,
        decidedBy: user.id,
        version: before.version + 1,
        updatedAt: clock.now(),
      })
      .where(eq(consultationComments.id, commentId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'consultation.decide',
      entityType: 'consultation_comment',
      entityId: commentId,
      before: { adoption: before.adoption },
      after: { adoption: row!.adoption },
    });
    return row!;
  });
}

export const resultBody = z.object({ body: clean(20_000), version: z.number().int().min(0) });

/** Saves the 采纳情况 text (a draft until published); once published it stands as the public read it. */
export async function saveResult(
  db: DbOrTx,
  actor: Actor,
  user: SessionUser,
  itemId: number,
  body: z.infer<typeof resultBody>,
) {
  await consultation(db, itemId);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(consultationResults)
      .where(eq(consultationResults.itemId, itemId))
      .for('update');
    if ((before?.version ?? 0) !== body.version) throw new AppError('STALE_VERSION');
    if (before?.publishedAt) throw new AppError('CONSULTATION_RESULT_PUBLISHED');
    const [row] = before
      ? await tx
          .update(consultationResults)
          .set({ body: body.body, authorId: user.id, version: before.version + 1, updatedAt: clock.now() })
          .where(eq(consultationResults.itemId, itemId))
          .returning()
      : await tx.insert(consultationResults).values({ itemId, body: body.body, authorId: user.id }).returning();
    await recordAudit(tx, actor, {
      action: 'consultation.result_save',
      entityType: 'consultation',
      entityId: itemId,
      after: { version: row!.version },
    });
    return row!;
  });
}

/** Publishes the 采纳情况: after the period has ended and every comment has been weighed. */
export async function publishResult(db: DbOrTx, actor: Actor, itemId: number, version: number) {
  const item = await consultation(db, itemId);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(consultationResults)
      .where(eq(consultationResults.itemId, itemId))
      .for('update');
    if (!before) throw AppError.invalid('body.body', 'required');
    if (before.version !== version) throw new AppError('STALE_VERSION');
    if (before.publishedAt) throw new AppError('CONSULTATION_RESULT_PUBLISHED');
    if (!item.endsOn || item.endsOn >= clock.today())
      throw new AppError('CONSULTATION_RUNNING', { params: { endsOn: item.endsOn ?? '—' } });
    const counts = await tallyOf(tx, itemId);
    if (counts.undecided) throw new AppError('CONSULTATION_UNDECIDED', { params: { count: counts.undecided } });
    const [row] = await tx
      .update(consultationResults)
      .set({ publishedAt: clock.now(), version: before.version + 1, updatedAt: clock.now() })
      .where(eq(consultationResults.itemId, itemId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'consultation.result_publish',
      entityType: 'consultation',
      entityId: itemId,
      after: { ...counts },
    });
    return row!;
  });
}
