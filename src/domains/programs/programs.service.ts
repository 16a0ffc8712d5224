import { and, asc, count, desc, eq, gt, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { callQuotas, calls, jurisdictions, programs, sections } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import * as clock from '../../shared/clock.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { z } from 'zod';
import { categoryCodes, defaultApplicationNoRule, defaultProjectCodeRule } from '../applications/numbering.js';
import { type ApplicationTemplate, applicationTemplate } from '../applications/template.js';
import { attachmentSpec, type FormField, formField } from '../applications/form-spec.js';
import {
  programTemplate,
  type CallBody,
  type CallListQuery,
  type CallUpdateBody,
  type Criterion,
  criterion,
  type ProgramBody,
} from './schema.js';

type ProgramRow = typeof programs.$inferSelect;

/** A programme as the API shows it: its numbering code and rules with the defaults filled in, its template read. */
export function presentProgram({ applicationTemplate: template, ...row }: ProgramRow) {
  return {
    ...row,
    code: row.code ?? categoryCodes[row.category],
    applicationNoRule: row.applicationNoRule ?? defaultApplicationNoRule,
    projectCodeRule: row.projectCodeRule ?? defaultProjectCodeRule,
    template: template === null ? null : programTemplate.parse(template),
  };
}

export async function listPrograms(db: Db) {
  const rows = await db.select().from(programs).orderBy(asc(programs.level), asc(programs.category), asc(programs.id));
  return rows.map(presentProgram);
}

export async function getProgram(db: DbOrTx, id: number) {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  return presentProgram(row);
}

async function assertSection(db: DbOrTx, code: string) {
  const [found] = await db.select({ code: sections.code }).from(sections).where(eq(sections.code, code));
  if (!found) throw AppError.invalid('body.sectionCode', 'section_unknown');
}

/** Staff keep their own section's programs: a program is created in, and stays within, the caller's section. */
function assertOwnSection(user: SessionUser, sectionCode: string | undefined) {
  if (sectionCode !== undefined && sectionCode !== user.sectionCode)
    throw new AppError('FORBIDDEN', { details: { sectionCode } });
}

export async function createProgram(db: Db, user: SessionUser, actor: Actor, body: ProgramBody) {
  assertOwnSection(user, body.sectionCode);
  await assertSection(db, body.sectionCode);
  return db.transaction(async (tx) => {
    const { template, ...columns } = body;
    const [created] = await tx
      .insert(programs)
      .values({ ...columns, applicationTemplate: template ?? null })
      .returning();
    await recordAudit(tx, actor, {
      action: 'program.create',
      entityType: 'program',
      entityId: created!.id,
      after: created,
    });
    return presentProgram(created!);
  });
}

export async function updateProgram(
  db: Db,
  user: SessionUser,
  actor: Actor,
  id: number,
  changes: Partial<ProgramBody> & { active?: boolean },
) {
  assertOwnSection(user, changes.sectionCode);
  if (changes.sectionCode) await assertSection(db, changes.sectionCode);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(programs).where(eq(programs.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    assertOwnSection(user, before.sectionCode);
    const { template, ...columns } = changes;
    const [after] = await tx
      .update(programs)
      .set({
        ...columns,
        ...(template !== undefined ? { applicationTemplate: template } : {}),
        updatedAt: sql`now()`,
        version: sql`${programs.version} + 1`,
      })
      .where(eq(programs.id, id))
      .returning();
    await recordAudit(tx, actor, { action: 'program.update', entityType: 'program', entityId: id, before, after });
    return presentProgram(after!);
  });
}

/** upcoming / open / closed, by the business clock. */
const statusSql = () => {
  const now = clock.now();
  return sql<
    'upcoming' | 'open' | 'closed'
  >`CASE WHEN ${now}::timestamptz < ${calls.opensAt} THEN 'upcoming' WHEN ${now}::timestamptz <= ${calls.closesAt} THEN 'open' ELSE 'closed' END`;
};

const callSummaryRow = () => ({
  id: calls.id,
  title: calls.title,
  year: calls.year,
  opensAt: calls.opensAt,
  closesAt: calls.closesAt,
  expertReview: calls.expertReview,
  status: statusSql(),
  program: {
    id: programs.id,
    name: programs.name,
    level: programs.level,
    category: programs.category,
    sectionCode: programs.sectionCode,
    applicantKind: programs.applicantKind,
  },
});

export async function listCalls(db: Db, q: CallListQuery) {
  const filters: (SQL | undefined)[] = [];
  const now = clock.now();
  if (q.status === 'open') filters.push(lte(calls.opensAt, now), gte(calls.closesAt, now));
  if (q.status === 'upcoming') filters.push(gt(calls.opensAt, now));
  if (q.status === 'closed') filters.push(lt(calls.closesAt, now));
  if (q.year) filters.push(eq(calls.year, q.year));
  if (q.programId) filters.push(eq(calls.programId, q.programId));
  if (q.level) filters.push(eq(programs.level, q.level));
  if (q.category) filters.push(eq(programs.category, q.category));
  const where = and(...filters);
  const [items, [total]] = await Promise.all([
    db
      .select(callSummaryRow())
      .from(calls)
      .innerJoin(programs, eq(programs.id, calls.programId))
      .where(where)
      .orderBy(desc(calls.year), asc(calls.closesAt), asc(calls.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(calls).innerJoin(programs, eq(programs.id, calls.programId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function getCall(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      ...callSummaryRow(),
      defaultQuota: calls.defaultQuota,
      reviewCommentRequired: calls.reviewCommentRequired,
      formFields: calls.formFields,
      attachments: calls.attachments,
      criteria: calls.criteria,
      applicationTemplate: calls.applicationTemplate,
      description: calls.description,
      contact: calls.contact,
      version: calls.version,
    })
    .from(calls)
    .innerJoin(programs, eq(programs.id, calls.programId))
    .where(eq(calls.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  const quotas = await db
    .select({ jurisdictionCode: callQuotas.jurisdictionCode, quota: callQuotas.quota })
    .from(callQuotas)
    .where(eq(callQuotas.callId, id))
    .orderBy(asc(callQuotas.jurisdictionCode));
  // Stored definitions pass through their schemas, so defaults apply to whatever wrote them.
  return {
    ...row,
    formFields: z.array(formField).parse(row.formFields) as FormField[],
    attachments: z.array(attachmentSpec).parse(row.attachments),
    criteria: z.array(criterion).parse(row.criteria) as Criterion[],
    applicationTemplate:
      row.applicationTemplate === null
        ? null
        : (applicationTemplate.parse(row.applicationTemplate) as ApplicationTemplate),
    quotas,
  };
}

/** Staff manage calls of the programs their section runs. */
async function assertManages(db: DbOrTx, user: SessionUser, programId: number) {
  const [program] = await db.select().from(programs).where(eq(programs.id, programId));
  if (!program) throw AppError.invalid('body.programId', 'program_unknown');
  if (program.sectionCode !== user.sectionCode)
    throw new AppError('FORBIDDEN', { details: { section: program.sectionCode } });
  return program;
}

async function writeQuotas(tx: DbOrTx, callId: number, quotas: { jurisdictionCode: string; quota: number }[]) {
  await tx.delete(callQuotas).where(eq(callQuotas.callId, callId));
  if (!quotas.length) return;
  const known = await tx.select({ code: jurisdictions.code }).from(jurisdictions);
  const unknown = quotas.filter((q) => !known.some((k) => k.code === q.jurisdictionCode));
  if (unknown.length)
    throw new AppError('VALIDATION', {
      details: unknown.map(() => ({ field: 'body.quotas', problem: 'jurisdiction_unknown' })),
    });
  await tx.insert(callQuotas).values(quotas.map((q) => ({ callId, ...q })));
}

export async function createCall(db: Db, user: SessionUser, actor: Actor, body: CallBody) {
  const program = presentProgram(await assertManages(db, user, body.programId));
  // A new call starts from its programme's template; whatever the body names replaces the template's part.
  const template = program.template;
  return db.transaction(async (tx) => {
    const { quotas, ...call } = body;
    const [created] = await tx
      .insert(calls)
      .values({
        ...call,
        formFields: call.formFields ?? template?.formFields ?? [],
        attachments: call.attachments ?? template?.attachments ?? [],
        criteria: call.criteria ?? template?.criteria ?? [],
        applicationTemplate:
          call.applicationTemplate === undefined ? (template?.application ?? null) : call.applicationTemplate,
      })
      .returning({ id: calls.id });
    await writeQuotas(tx, created!.id, quotas);
    const after = await getCall(tx, created!.id);
    await recordAudit(tx, actor, { action: 'call.create', entityType: 'call', entityId: created!.id, after });
    return after;
  });
}

export async function updateCall(db: Db, user: SessionUser, actor: Actor, id: number, body: CallUpdateBody) {
  return db.transaction(async (tx) => {
    const before = await getCall(tx, id);
    await assertManages(tx, user, before.program.id);
    const { quotas, version, ...changes } = body;
    if (version !== undefined && version !== before.version) throw new AppError('STALE_VERSION');
    const opensAt = changes.opensAt ?? before.opensAt;
    const closesAt = changes.closesAt ?? before.closesAt;
    if (closesAt <= opensAt) throw AppError.invalid('body.closesAt', 'closes_before_opens');
    await tx
      .update(calls)
      .set({ ...changes, updatedAt: sql`now()`, version: sql`${calls.version} + 1` })
      .where(eq(calls.id, id));
    if (quotas) await writeQuotas(tx, id, quotas);
    const after = await getCall(tx, id);
    await recordAudit(tx, actor, { action: 'call.update', entityType: 'call', entityId: id, before, after });
    return after;
  });
}
