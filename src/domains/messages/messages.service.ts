import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, getTableColumns, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { portalChallenges, portalItems, portalMessages, sections, siteSecrets, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { likePatterns } from '../../shared/search.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import * as clock from '../../shared/clock.js';
import { addDays, beijingDay } from '../../shared/clock.js';
import { loadCalendar, workingDaysAfter } from '../calendar/calendar.js';
import { inBeijingYear } from '../content/public.service.js';

export const messageKinds = ['consult', 'suggest', 'complain', 'objection'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** 服务承诺: the working days within which each kind of message is answered. */
export const promisedWorkingDays: Record<MessageKind, number> = { consult: 5, suggest: 10, complain: 10, objection: 5 };

// Control characters have no place in a message; line breaks stay.
const clean = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) =>
      s
        .replace(/\r\n?/g, '\n')
        .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
        .trim(),
    )
    .pipe(z.string().min(1).max(max));

export const messageForm = z.object({
  kind: z.enum(['consult', 'suggest', 'complain']),
  subject: clean(100),
  body: clean(3000),
  name: clean(50),
  contact: clean(100),
  mayPublish: z.boolean().default(false),
});
export const objectionForm = z.object({ body: clean(3000), name: clean(50), contact: clean(100) });

// Letters and digits that cannot be mistaken for each other when read aloud or copied by hand.
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A tracking code: the day it came in, and ten random characters nobody can guess (50 bits). */
export function trackingCode(receivedDay: string): string {
  const bytes = randomBytes(10);
  const tail = Array.from(bytes, (b) => codeAlphabet[b % codeAlphabet.length]).join('');
  return `${receivedDay.replaceAll('-', '')}-${tail}`;
}

/** The key that signs check questions, read once per database (every instance shares it). */
const keys = new WeakMap<object, Promise<string>>();
function challengeKey(db: DbOrTx): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = db
      .select({ value: siteSecrets.value })
      .from(siteSecrets)
      .where(eq(siteSecrets.name, 'challenge'))
      .then(([row]) => {
        if (!row) throw new Error('site_secrets has no challenge key: run the migrations');
        return row.value;
      });
    keys.set(db, key);
  }
  return key;
}

const signature = (key: string, nonce: string, expires: number, answer: string) =>
  createHmac('sha256', key).update(`${nonce}.${expires}.${answer}`).digest('base64url');

/**
 * 验证题: a sum or difference of small numbers, in words a screen reader reads. The question travels
 * signed in the form (nothing is written when a page is shown); it may be answered once, within 30 minutes.
 */
export async function newChallenge(db: DbOrTx): Promise<{ token: string; a: number; b: number; op: 'plus' | 'minus' }> {
  const op = randomInt(2) === 0 ? 'plus' : 'minus';
  const a = randomInt(op === 'plus' ? 1 : 10, 20);
  const b = randomInt(1, op === 'plus' ? 10 : a);
  const nonce = randomBytes(12).toString('base64url');
  const expires = Date.now() + 30 * 60_000;
  const token = `${nonce}.${expires}.${signature(await challengeKey(db), nonce, expires, String(op === 'plus' ? a + b : a - b))}`;
  return { token, a, b, op };
}

/** Checks the answer against the signed question and uses the question up, right or wrong. */
export async function passChallenge(db: DbOrTx, token: string, answer: string): Promise<void> {
  const [nonce, expiresText, signed] = token.slice(0, 200).split('.');
  const expires = Number(expiresText);
  if (!nonce || !signed || !Number.isSafeInteger(expires) || expires < Date.now()) throw new AppError('CAPTCHA_FAILED');
  const given = answer
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .slice(0, 10);
  const expected = Buffer.from(signature(await challengeKey(db), nonce, expires, given));
  const got = Buffer.from(signed);
  const right = expected.length === got.length && timingSafeEqual(expected, got);
  await db.delete(portalChallenges).where(lt(portalChallenges.expiresAt, sql`now()`));
  const [fresh] = await db
    .insert(portalChallenges)
    .values({ token: nonce, expiresAt: new Date(expires) })
    .onConflictDoNothing()
    .returning();
  if (!right || !fresh) throw new AppError('CAPTCHA_FAILED');
}

async function dueOnFor(db: DbOrTx, receivedDay: string, kind: MessageKind): Promise<string> {
  const calendar = await loadCalendar(db, receivedDay, addDays(receivedDay, 120));
  return workingDaysAfter(receivedDay, promisedWorkingDays[kind], calendar);
}

export async function receiveMessage(
  db: DbOrTx,
  o: {
    kind: MessageKind;
    subject: string;
    body: string;
    name: string;
    contact: string;
    mayPublish: boolean;
    itemId?: number;
    ip: string;
  },
) {
  const now = clock.now();
  const day = beijingDay(now);
  const dueOn = await dueOnFor(db, day, o.kind);
  const stored = db.transaction(async (tx) => {
    const [row] = await tx
      .insert(portalMessages)
      .values({
        code: trackingCode(day),
        kind: o.kind,
        itemId: o.itemId ?? null,
        subject: o.subject,
        body: o.body,
        name: o.name,
        contact: o.contact,
        mayPublish: o.mayPublish,
        receivedAt: now,
        dueOn,
      })
      .returning();
    // The audit names the message, never the writer or their contact.
    await recordAudit(
      tx,
      { id: null, name: 'public', role: 'anonymous', ip: o.ip },
      {
        action: 'portal.message_receive',
        entityType: 'portal_message',
        entityId: row!.id,
        after: { kind: o.kind, code: row!.code, dueOn },
      },
    );
    return row!;
  });
  // A failed insert's error quotes its parameters — the writer's name and contact — which must never
  // reach the log: it is replaced by one that names only the database's error code.
  return stored.catch((error: unknown) => {
    throw new Error(
      `storing a message failed (${(error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code ?? 'no code'})`,
    );
  });
}

/** What the writer (or anyone with the code) sees: the question, its state and the reply; never name or contact. */
export async function messageByCode(db: DbOrTx, code: string) {
  const [row] = await db
    .select({
      code: portalMessages.code,
      kind: portalMessages.kind,
      subject: portalMessages.subject,
      body: portalMessages.body,
      state: portalMessages.state,
      receivedAt: portalMessages.receivedAt,
      dueOn: portalMessages.dueOn,
      reply: portalMessages.reply,
      repliedAt: portalMessages.repliedAt,
      section: sections.name,
      sectionEn: sections.nameEn,
      itemId: portalMessages.itemId,
    })
    .from(portalMessages)
    .leftJoin(sections, eq(sections.code, portalMessages.sectionCode))
    .where(eq(portalMessages.code, code.trim().toUpperCase()));
  return row;
}

/** Answered on time: replied on or before the promised day (Beijing). */
const onTime = sql`(${portalMessages.repliedAt} AT TIME ZONE 'Asia/Shanghai')::date <= ${portalMessages.dueOn}`;

/** 答复情况: the year's messages, answered, answered on time, and overdue without an answer — by kind. */
export async function replyStatistics(db: DbOrTx, year: number) {
  const today = clock.today();
  const rows = await db
    .select({
      kind: portalMessages.kind,
      received: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) FILTER (WHERE ${portalMessages.state} = 'answered')::int`,
      onTime: sql<number>`count(*) FILTER (WHERE ${portalMessages.state} = 'answered' AND ${onTime})::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${portalMessages.state} <> 'answered' AND ${portalMessages.dueOn} < ${today})::int`,
      pending: sql<number>`count(*) FILTER (WHERE ${portalMessages.state} <> 'answered' AND ${portalMessages.dueOn} >= ${today})::int`,
    })
    .from(portalMessages)
    .where(inBeijingYear(portalMessages.receivedAt, year))
    .groupBy(portalMessages.kind);
  const total = rows.reduce(
    (t, r) => ({
      received: t.received + r.received,
      answered: t.answered + r.answered,
      onTime: t.onTime + r.onTime,
      overdue: t.overdue + r.overdue,
      pending: t.pending + r.pending,
    }),
    { received: 0, answered: 0, onTime: 0, overdue: 0, pending: 0 },
  );
  // The rate counts what is due: answers given, plus questions whose time ran out unanswered.
  const due = total.answered + total.overdue;
  return { year, byKind: rows, total, onTimeRate: due ? total.onTime / due : null };
}

/** 留言选登: published questions and answers, newest first. */
export async function publishedMessages(db: DbOrTx, o: { page: number; pageSize: number }) {
  const where = and(eq(portalMessages.published, true), isNull(portalMessages.itemId));
  const [items, [total]] = await Promise.all([
    db
      .select({
        code: portalMessages.code,
        kind: portalMessages.kind,
        subject: portalMessages.subject,
        body: portalMessages.body,
        receivedAt: portalMessages.receivedAt,
        reply: portalMessages.reply,
        repliedAt: portalMessages.repliedAt,
        section: sections.name,
        sectionEn: sections.nameEn,
      })
      .from(portalMessages)
      .leftJoin(sections, eq(sections.code, portalMessages.sectionCode))
      .where(where)
      .orderBy(desc(portalMessages.repliedAt))
      .limit(o.pageSize)
      .offset((o.page - 1) * o.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(portalMessages).where(where),
  ]);
  return { items, total: total!.n };
}

export const messageListQuery = z.object({
  state: z.enum(['received', 'assigned', 'answered', 'open', 'overdue']).optional(),
  kind: z.enum(messageKinds).optional(),
  mine: z.enum(['1']).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

const messageColumns = getTableColumns(portalMessages);

/** The back office's box: staff see every message (contact included, to reply off-line when needed). */
export async function listMessages(db: DbOrTx, user: SessionUser, q: z.infer<typeof messageListQuery>) {
  const today = clock.today();
  const filters: SQL[] = [];
  if (q.state === 'open') filters.push(sql`${portalMessages.state} <> 'answered'`);
  else if (q.state === 'overdue')
    filters.push(sql`${portalMessages.state} <> 'answered' AND ${portalMessages.dueOn} < ${today}`);
  else if (q.state) filters.push(eq(portalMessages.state, q.state));
  if (q.kind) filters.push(eq(portalMessages.kind, q.kind));
  if (q.mine) filters.push(eq(portalMessages.assigneeId, user.id));
  for (const pattern of likePatterns(q.q ?? ''))
    filters.push(
      sql`(${portalMessages.subject} || ' ' || ${portalMessages.body} || ' ' || ${portalMessages.code}) ILIKE ${pattern}`,
    );
  const where = filters.length ? and(...filters) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({
        ...messageColumns,
        assignee: users.displayName,
        itemTitle: portalItems.title,
        overdue: sql<boolean>`${portalMessages.state} <> 'answered' AND ${portalMessages.dueOn} < ${today}`,
        onTime: sql<boolean | null>`CASE WHEN ${portalMessages.state} = 'answered' THEN ${onTime} END`,
      })
      .from(portalMessages)
      .leftJoin(users, eq(users.id, portalMessages.assigneeId))
      .leftJoin(portalItems, eq(portalItems.id, portalMessages.itemId))
      .where(where)
      .orderBy(sql`${portalMessages.state} = 'answered'`, portalMessages.dueOn, desc(portalMessages.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(portalMessages).where(where),
  ]);
  return { items, total: total!.n };
}

export const messageActionBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('assign'),
    version: z.number().int().min(1),
    sectionCode: z.string().max(40).nullable().optional(),
    assigneeId: z.number().int().positive().nullable().optional(),
  }),
  z.object({ action: z.literal('answer'), version: z.number().int().min(1), reply: clean(5000) }),
  z.object({ action: z.literal('publish'), version: z.number().int().min(1), published: z.boolean() }),
]);

export async function actOnMessage(
  db: DbOrTx,
  actor: Actor,
  user: SessionUser,
  id: number,
  body: z.infer<typeof messageActionBody>,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(portalMessages).where(eq(portalMessages.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== body.version) throw new AppError('STALE_VERSION');
    let change: Partial<typeof portalMessages.$inferInsert>;
    if (body.action === 'assign') {
      if (before.state === 'answered') throw new AppError('MESSAGE_ANSWERED');
      if (!body.sectionCode && !body.assigneeId) throw AppError.invalid('body.sectionCode', 'assign_section_or_person');
      if (body.assigneeId) {
        const [assignee] = await tx
          .select({ role: users.role, active: users.active })
          .from(users)
          .where(eq(users.id, body.assigneeId));
        if (!assignee?.active || !['staff', 'leader'].includes(assignee.role))
          throw AppError.invalid('body.assigneeId', 'assignee_not_staff');
      }
      if (body.sectionCode) {
        const [section] = await tx
          .select({ code: sections.code })
          .from(sections)
          .where(eq(sections.code, body.sectionCode));
        if (!section) throw AppError.invalid('body.sectionCode', 'section_unknown');
      }
      // Absent keeps what was there; null clears it.
      change = {
        state: 'assigned',
        sectionCode: body.sectionCode === undefined ? before.sectionCode : body.sectionCode,
        assigneeId: body.assigneeId === undefined ? before.assigneeId : body.assigneeId,
      };
    } else if (body.action === 'answer') {
      if (before.state === 'answered') throw new AppError('MESSAGE_ANSWERED');
      change = {
        state: 'answered',
        reply: body.reply,
        repliedAt: clock.now(),
        repliedBy: user.id,
        assigneeId: before.assigneeId ?? user.id,
      };
    } else {
      if (body.published && before.state !== 'answered') throw new AppError('MESSAGE_NOT_ANSWERED');
      if (body.published && !before.mayPublish) throw new AppError('MESSAGE_PRIVATE');
      change = { published: body.published };
    }
    const [row] = await tx
      .update(portalMessages)
      .set({ ...change, version: before.version + 1, updatedAt: clock.now() })
      .where(eq(portalMessages.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: `portal.message_${body.action}`,
      entityType: 'portal_message',
      entityId: id,
      before: { state: before.state, published: before.published },
      after: {
        state: row!.state,
        published: row!.published,
        sectionCode: row!.sectionCode,
        assigneeId: row!.assigneeId,
      },
    });
    return row!;
  });
}
