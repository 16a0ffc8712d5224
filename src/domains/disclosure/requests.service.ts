import { and, asc, desc, eq, getTableColumns, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import {
  type DisclosureApplicantKind,
  disclosureApplicantKinds,
  type DisclosureOutcome,
  disclosureOutcomes,
  disclosureRequestEvents,
  disclosureRequests,
  type DisclosureState,
  sections,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { type Problem, zodProblem } from '../../server/problems.js';
import { likePatterns } from '../../shared/search.js';
import * as clock from '../../shared/clock.js';
import { addDays } from '../../shared/clock.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { isValidUscc, normaliseUscc } from '../orgs/uscc.js';
import { isValidIdNumber, normaliseIdNumber } from '../people/id-number.js';
import { loadCalendar } from '../calendar/calendar.js';
import { trackingCode } from '../messages/messages.service.js';
import { correctionDeadline, dueDay, maxExtensionDays, type RequestClock, workingDaysBetween } from './clock.js';
import { defaultLegalBasis } from './outcomes.js';
import type { channels, deliveries, forms } from './schema.js';

// Control characters have no place in a request; line breaks stay in the long fields.
const text = (max: number, o: { min?: number; lines?: boolean } = {}) =>
  z
    .string()
    .max(max * 2)
    .transform((s) =>
      s
        .replace(/\r\n?/g, '\n')
        .replace(/\p{Cc}/gu, (c) => (o.lines && c === '\n' ? c : ''))
        .trim(),
    )
    .pipe(
      z
        .string()
        .min(o.min ?? 1)
        .max(max),
    );
const optional = (max: number) =>
  z
    .string()
    .max(max * 2)
    .optional()
    .transform((s) => s?.replace(/\p{Cc}/gu, '').trim() || undefined)
    .pipe(z.string().max(max).optional());

export const idTypes = ['id_card', 'passport', 'other'] as const;

const requestFields = z.object({
  applicantKind: z.enum(disclosureApplicantKinds),
  name: text(100),
  idType: z.enum(idTypes).optional(),
  idNumber: optional(40),
  legalRepresentative: optional(50),
  contactName: optional(50),
  phone: text(40),
  email: z
    .union([z.literal(''), z.email().max(100)])
    .optional()
    .transform((s) => s || undefined),
  address: text(200),
  postcode: z
    .union([z.literal(''), z.string().regex(/^\d{6}$/)])
    .optional()
    .transform((s) => s || undefined),
  description: text(2000, { min: 5, lines: true }),
  purpose: optional(500),
  form: z.enum(['paper', 'electronic']),
  delivery: z.enum(['mail', 'email', 'pickup', 'online']),
});
type RequestFields = z.output<typeof requestFields>;

/** A person names an ID document (a 居民身份证 is checked); an organisation its 统一社会信用代码 and a contact. */
function checkApplicant(f: RequestFields, ctx: z.RefinementCtx) {
  const issue = (path: string, problem: Problem) => ctx.addIssue(zodProblem(problem, [path]));
  if (f.applicantKind === 'person') {
    if (!f.idType) issue('idType', 'required');
    if (!f.idNumber) issue('idNumber', 'required');
    else if (f.idType === 'id_card' && !isValidIdNumber(normaliseIdNumber(f.idNumber)))
      issue('idNumber', 'id_number_invalid');
  } else {
    if (!f.idNumber) issue('idNumber', 'required');
    else if (!isValidUscc(normaliseUscc(f.idNumber))) issue('idNumber', 'uscc_invalid');
    if (!f.contactName) issue('contactName', 'required');
  }
  if (f.delivery === 'email' && !f.email) issue('email', 'required');
}

function normalised<T extends RequestFields>(f: T) {
  return {
    ...f,
    idType: f.applicantKind === 'person' ? f.idType : 'uscc',
    idNumber:
      f.idNumber &&
      (f.applicantKind === 'person'
        ? f.idType === 'id_card'
          ? normaliseIdNumber(f.idNumber)
          : f.idNumber
        : normaliseUscc(f.idNumber)),
  };
}

/**
 * 政府信息公开申请表: who asks (a person with an ID, or an organisation with its 统一社会信用代码), how to reach
 * them, what information they want, and in what form. Checked the same whether it comes from the site or
 * from staff typing in a letter.
 */
export const requestForm = requestFields.superRefine(checkApplicant).transform(normalised);
export type RequestForm = z.infer<typeof requestForm>;

/** A letter, fax, e-mail or visit typed in by staff, with the day it was received. */
export const registeredRequest = requestFields
  .extend({ channel: z.enum(['letter', 'in_person', 'fax', 'email']), receivedOn: z.iso.date() })
  .superRefine(checkApplicant)
  .transform(normalised);

async function calendarFrom(db: DbOrTx, from: string) {
  // Long enough for 20 + 20 working days and any pause, across 春节 and 国庆 together.
  return loadCalendar(db, from, addDays(from, 400));
}

async function dueFor(db: DbOrTx, c: RequestClock): Promise<string> {
  return dueDay(c, await calendarFrom(db, c.clockFrom));
}

/**
 * Takes a request in: the tracking code, the day of receipt, and the statutory period's last day. The audit
 * names the request, never the applicant.
 */
export async function receiveRequest(
  db: DbOrTx,
  form: RequestForm,
  o: {
    channel: 'online' | 'letter' | 'in_person' | 'fax' | 'email';
    receivedOn?: string;
    actor: Actor;
    staffId?: number;
  },
) {
  const receivedOn = o.receivedOn ?? clock.today();
  if (receivedOn > clock.today()) throw AppError.invalid('body.receivedOn', 'in_future', { today: clock.today() });
  const dueOn = await dueFor(db, { clockFrom: receivedOn, extendedDays: 0, pausedDays: 0 });
  const stored = db.transaction(async (tx) => {
    const [row] = await tx
      .insert(disclosureRequests)
      .values({ ...form, code: trackingCode(receivedOn), channel: o.channel, receivedOn, clockFrom: receivedOn, dueOn })
      .returning();
    await tx.insert(disclosureRequestEvents).values({
      requestId: row!.id,
      action: 'receive',
      day: receivedOn,
      data: { channel: o.channel, dueOn },
      actorId: o.staffId ?? null,
    });
    await recordAudit(tx, o.actor, {
      action: 'disclosure.receive',
      entityType: 'disclosure_request',
      entityId: row!.id,
      after: { code: row!.code, channel: o.channel, receivedOn, dueOn },
    });
    return row!;
  });
  // A failed insert's error quotes its parameters (the applicant's name, ID, address): never into the log.
  return stored.catch((error: unknown) => {
    throw new Error(
      `storing a disclosure request failed (${(error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code ?? 'no code'})`,
    );
  });
}

/** What the applicant (anyone with the code) sees: the request, where it stands, its history and outcome. */
export async function requestByCode(db: DbOrTx, code: string) {
  const [row] = await db
    .select()
    .from(disclosureRequests)
    .where(eq(disclosureRequests.code, code.trim().toUpperCase()));
  if (!row) return undefined;
  const events = await db
    .select({
      action: disclosureRequestEvents.action,
      day: disclosureRequestEvents.day,
      note: disclosureRequestEvents.note,
      data: disclosureRequestEvents.data,
    })
    .from(disclosureRequestEvents)
    .where(eq(disclosureRequestEvents.requestId, row.id))
    .orderBy(asc(disclosureRequestEvents.id));
  return { ...row, events };
}

export const requestListQuery = z.object({
  state: z.enum(['open', 'overdue', 'due_soon', 'received', 'correction', 'consulting', 'answered']).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  mine: z.enum(['1']).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A request whose period runs out within this many calendar days shows as due soon (a working week). */
const dueSoonDays = 7;

const columns = getTableColumns(disclosureRequests);

/** Still open after its due day; a request without one (awaiting correction, consulting) is not overdue. */
const overdueOn = (today: string) =>
  sql<boolean>`coalesce(${disclosureRequests.state} <> 'answered' AND ${disclosureRequests.dueOn} < ${today}, false)`;

/** A stored request with its words as the types they hold (the table's checks and the forms keep them so). */
function typed<
  R extends {
    channel: string;
    applicantKind: string;
    form: string;
    delivery: string;
    state: string;
    outcome: string | null;
  },
>(row: R) {
  return row as Omit<R, 'channel' | 'applicantKind' | 'form' | 'delivery' | 'state' | 'outcome'> & {
    channel: (typeof channels)[number];
    applicantKind: DisclosureApplicantKind;
    form: (typeof forms)[number];
    delivery: (typeof deliveries)[number];
    state: DisclosureState;
    outcome: DisclosureOutcome | null;
  };
}

/** 依申请公开 in the back office: open ones first, soonest due first. */
export async function listRequests(db: DbOrTx, user: SessionUser, q: z.infer<typeof requestListQuery>) {
  const today = clock.today();
  const open = ne(disclosureRequests.state, 'answered');
  const filters: (SQL | undefined)[] = [];
  if (q.state === 'open') filters.push(open);
  else if (q.state === 'overdue') filters.push(and(open, sql`${disclosureRequests.dueOn} < ${today}`));
  else if (q.state === 'due_soon')
    filters.push(and(open, sql`${disclosureRequests.dueOn} BETWEEN ${today} AND ${addDays(today, dueSoonDays)}`));
  else if (q.state) filters.push(eq(disclosureRequests.state, q.state));
  if (q.year) filters.push(sql`${disclosureRequests.receivedOn} BETWEEN ${`${q.year}-01-01`} AND ${`${q.year}-12-31`}`);
  if (q.mine) filters.push(eq(disclosureRequests.assigneeId, user.id));
  for (const pattern of likePatterns(q.q ?? ''))
    filters.push(
      sql`(${disclosureRequests.code} || ' ' || ${disclosureRequests.name} || ' ' || ${disclosureRequests.description}) ILIKE ${pattern}`,
    );
  const where = and(...filters);
  const [items, [total]] = await Promise.all([
    db
      .select({
        ...columns,
        assignee: users.displayName,
        section: sections.name,
        overdue: overdueOn(today),
      })
      .from(disclosureRequests)
      .leftJoin(users, eq(users.id, disclosureRequests.assigneeId))
      .leftJoin(sections, eq(sections.code, disclosureRequests.sectionCode))
      .where(where)
      .orderBy(
        sql`${disclosureRequests.state} = 'answered'`,
        sql`${disclosureRequests.dueOn} NULLS LAST`,
        desc(disclosureRequests.id),
      )
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(disclosureRequests).where(where),
  ]);
  return { items: items.map(typed), total: total!.n };
}

export async function getRequest(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ ...columns, assignee: users.displayName, section: sections.name, overdue: overdueOn(clock.today()) })
    .from(disclosureRequests)
    .leftJoin(users, eq(users.id, disclosureRequests.assigneeId))
    .leftJoin(sections, eq(sections.code, disclosureRequests.sectionCode))
    .where(eq(disclosureRequests.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  const events = await db
    .select({
      id: disclosureRequestEvents.id,
      action: disclosureRequestEvents.action,
      day: disclosureRequestEvents.day,
      at: disclosureRequestEvents.at,
      note: disclosureRequestEvents.note,
      data: disclosureRequestEvents.data,
      actor: users.displayName,
    })
    .from(disclosureRequestEvents)
    .leftJoin(users, eq(users.id, disclosureRequestEvents.actorId))
    .where(eq(disclosureRequestEvents.requestId, id))
    .orderBy(asc(disclosureRequestEvents.id));
  const calendar = await calendarFrom(db, row.receivedOn);
  return {
    ...typed(row),
    events: events.map((e) => ({ ...e, data: e.data as Record<string, unknown> })),
    correctionLatestOn: correctionDeadline(row.receivedOn, calendar),
  };
}

const version = z.number().int().min(1);
const outcome = z.enum(Object.keys(disclosureOutcomes) as [DisclosureOutcome, ...DisclosureOutcome[]]);

export const requestActionBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('assign'),
    version,
    sectionCode: z.string().max(40).nullable().optional(),
    assigneeId: z.number().int().positive().nullable().optional(),
  }),
  /** 补正: what is unclear, and the day by which the applicant should correct it. */
  z.object({
    action: z.literal('ask_correction'),
    version,
    note: text(1000, { lines: true }),
    correctionDueOn: z.iso.date(),
  }),
  /** A correction received by letter or in person (online, the applicant sends it with the code). */
  z.object({ action: z.literal('correct'), version, description: text(2000, { min: 5, lines: true }) }),
  /** 征求第三方意见: who is consulted about what; the clock stands still until they answer. */
  z.object({ action: z.literal('consult'), version, note: text(1000, { lines: true }) }),
  z.object({ action: z.literal('consulted'), version, note: text(1000, { lines: true }) }),
  /** 延期答复: once, by up to 20 working days, with the reason told to the applicant. */
  z.object({
    action: z.literal('extend'),
    version,
    days: z.number().int().min(1).max(maxExtensionDays),
    reason: text(500, { lines: true }),
  }),
  z.object({
    action: z.literal('answer'),
    version,
    outcome,
    reason: z.string().max(40).nullable().optional(),
    replyText: text(5000, { lines: true }),
    legalBasis: optional(300),
  }),
]);
export type RequestAction = z.infer<typeof requestActionBody>;

type Row = typeof disclosureRequests.$inferSelect;

/** The change an action makes, checked against where the request stands and the statutory rules. */
async function changeFor(
  tx: DbOrTx,
  before: Row,
  body: RequestAction,
  user: SessionUser,
): Promise<{ change: Partial<typeof disclosureRequests.$inferInsert>; note?: string; data?: Record<string, unknown> }> {
  const today = clock.today();
  const answered = before.state === 'answered';
  const clockOf = (c: Partial<RequestClock>): RequestClock => ({
    clockFrom: before.clockFrom,
    extendedDays: before.extendedDays,
    pausedDays: before.pausedDays,
    ...c,
  });
  const state = (...allowed: Row['state'][]) => {
    if (!allowed.includes(before.state)) throw new AppError('DISCLOSURE_STATE', { params: { state: before.state } });
  };
  switch (body.action) {
    case 'assign': {
      if (answered) throw new AppError('DISCLOSURE_STATE', { params: { state: before.state } });
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
      return {
        change: {
          sectionCode: body.sectionCode === undefined ? before.sectionCode : body.sectionCode,
          assigneeId: body.assigneeId === undefined ? before.assigneeId : body.assigneeId,
        },
        data: { sectionCode: body.sectionCode, assigneeId: body.assigneeId },
      };
    }
    case 'ask_correction': {
      state('received');
      if (before.correctionAskedOn) throw new AppError('DISCLOSURE_CORRECTION_ONCE');
      const latest = correctionDeadline(before.receivedOn, await calendarFrom(tx, before.receivedOn));
      if (today > latest) throw new AppError('DISCLOSURE_CORRECTION_LATE', { params: { latest } });
      if (body.correctionDueOn <= today) throw AppError.invalid('body.correctionDueOn', 'not_after_today');
      return {
        change: {
          state: 'correction',
          correctionAskedOn: today,
          correctionNote: body.note,
          correctionDueOn: body.correctionDueOn,
          dueOn: null,
        },
        note: body.note,
        data: { correctionDueOn: body.correctionDueOn },
      };
    }
    case 'correct': {
      state('correction');
      // 第三十条: the period counts from the day the corrected request arrives.
      const dueOn = await dueFor(tx, clockOf({ clockFrom: today }));
      return {
        change: { state: 'received', description: body.description, clockFrom: today, dueOn },
        data: { before: before.description, dueOn },
      };
    }
    case 'consult': {
      state('received');
      return { change: { state: 'consulting', consultingSince: today, dueOn: null }, note: body.note };
    }
    case 'consulted': {
      state('consulting');
      const pausedDays =
        before.pausedDays +
        workingDaysBetween(
          before.consultingSince ?? today,
          today,
          await calendarFrom(tx, before.consultingSince ?? today),
        );
      const dueOn = await dueFor(tx, clockOf({ pausedDays }));
      return {
        change: { state: 'received', consultingSince: null, pausedDays, dueOn },
        note: body.note,
        data: { pausedDays, dueOn },
      };
    }
    case 'extend': {
      state('received', 'consulting');
      if (before.extendedDays > 0) throw new AppError('DISCLOSURE_ALREADY_EXTENDED');
      const due = before.dueOn ?? (await dueFor(tx, clockOf({})));
      if (today > due) throw new AppError('DISCLOSURE_EXTENSION_LATE', { params: { dueOn: due } });
      const dueOn = before.state === 'consulting' ? null : await dueFor(tx, clockOf({ extendedDays: body.days }));
      return {
        change: { extendedDays: body.days, extensionReason: body.reason, extendedOn: today, dueOn },
        note: body.reason,
        data: { days: body.days, dueOn },
      };
    }
    case 'answer': {
      state('received', 'consulting', 'correction');
      const reasons = disclosureOutcomes[body.outcome] as readonly string[];
      if (reasons.length && !reasons.includes(body.reason ?? ''))
        throw AppError.invalid('body.reason', 'reason_required');
      if (!reasons.length && body.reason) throw AppError.invalid('body.reason', 'no_reason_for_outcome');
      // Waiting for a correction, the only reply is that none came in time (第三十条: treated as withdrawn).
      if (before.state === 'correction') {
        if (body.outcome !== 'other' || body.reason !== 'no_correction')
          throw new AppError('DISCLOSURE_STATE', { params: { state: before.state } });
        if (before.correctionDueOn && today <= before.correctionDueOn)
          throw new AppError('DISCLOSURE_CORRECTION_PENDING', { params: { dueOn: before.correctionDueOn } });
      } else if (body.outcome === 'other' && body.reason === 'no_correction') {
        throw AppError.invalid('body.reason', 'no_correction_asked');
      }
      const pausedDays =
        before.state === 'consulting'
          ? before.pausedDays +
            workingDaysBetween(
              before.consultingSince ?? today,
              today,
              await calendarFrom(tx, before.consultingSince ?? today),
            )
          : before.pausedDays;
      return {
        change: {
          state: 'answered',
          outcome: body.outcome,
          outcomeReason: body.reason ?? null,
          replyText: body.replyText,
          legalBasis: body.legalBasis ?? defaultLegalBasis(body.outcome, body.reason),
          repliedOn: today,
          repliedBy: user.id,
          consultingSince: null,
          pausedDays,
          assigneeId: before.assigneeId ?? user.id,
        },
        data: {
          outcome: body.outcome,
          reason: body.reason ?? null,
          onTime: before.dueOn ? today <= before.dueOn : true,
        },
      };
    }
  }
}

export async function actOnRequest(db: DbOrTx, actor: Actor, user: SessionUser, id: number, body: RequestAction) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(disclosureRequests).where(eq(disclosureRequests.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== body.version) throw new AppError('STALE_VERSION');
    const { change, note, data } = await changeFor(tx, before, body, user);
    const [row] = await tx
      .update(disclosureRequests)
      .set({ ...change, version: before.version + 1, updatedAt: clock.now() })
      .where(eq(disclosureRequests.id, id))
      .returning();
    await tx.insert(disclosureRequestEvents).values({
      requestId: id,
      action: body.action,
      day: clock.today(),
      note: note ?? null,
      data: data ?? {},
      actorId: user.id,
    });
    await recordAudit(tx, actor, {
      action: `disclosure.${body.action}`,
      entityType: 'disclosure_request',
      entityId: id,
      before: { state: before.state, dueOn: before.dueOn },
      after: { state: row!.state, dueOn: row!.dueOn, outcome: row!.outcome, outcomeReason: row!.outcomeReason },
    });
    return row!;
  });
}

export const applicantCorrection = z.object({ description: text(2000, { min: 5, lines: true }) });

/** The applicant's own correction, sent with the tracking code: the clock starts again from today. */
export async function correctByApplicant(db: DbOrTx, code: string, description: string, ip: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(disclosureRequests)
      .where(eq(disclosureRequests.code, code.trim().toUpperCase()))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.state !== 'correction') throw new AppError('DISCLOSURE_STATE', { params: { state: before.state } });
    const today = clock.today();
    const dueOn = await dueFor(tx, {
      clockFrom: today,
      extendedDays: before.extendedDays,
      pausedDays: before.pausedDays,
    });
    const [row] = await tx
      .update(disclosureRequests)
      .set({
        state: 'received',
        description,
        clockFrom: today,
        dueOn,
        version: before.version + 1,
        updatedAt: clock.now(),
      })
      .where(eq(disclosureRequests.id, before.id))
      .returning();
    await tx.insert(disclosureRequestEvents).values({
      requestId: before.id,
      action: 'correct',
      day: today,
      data: { before: before.description, dueOn, online: true },
    });
    await recordAudit(
      tx,
      { id: null, name: 'public', role: 'anonymous', ip },
      {
        action: 'disclosure.correct',
        entityType: 'disclosure_request',
        entityId: before.id,
        before: { state: before.state },
        after: { state: 'received', dueOn },
      },
    );
    return row!;
  });
}
