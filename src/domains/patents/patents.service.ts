import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { isForeignKeyViolation } from '../../db/errors.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { orgs, patents } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { likePatterns, queryGrams } from '../../shared/search.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { parseApplicationNumber } from './application-number.js';
import { patentScope } from './policy.js';
import type { PatentBody, PatentListQuery } from './schema.js';

const row = {
  id: patents.id,
  applicationNumber: patents.applicationNumber,
  type: patents.type,
  title: patents.title,
  applicantName: patents.applicantName,
  orgId: patents.orgId,
  orgName: orgs.name,
  jurisdictionCode: patents.jurisdictionCode,
  filedOn: patents.filedOn,
  grantedOn: patents.grantedOn,
  legalStatus: patents.legalStatus,
  version: patents.version,
  updatedAt: patents.updatedAt,
};

function filters(user: SessionUser, q: Partial<PatentListQuery>): SQL | undefined {
  const where: (SQL | undefined)[] = [patentScope(user)];
  const dateColumn = q.granted === 'true' ? patents.grantedOn : patents.filedOn;
  if (q.year) where.push(gte(dateColumn, `${q.year}-01-01`), lt(dateColumn, `${q.year + 1}-01-01`));
  if (q.granted === 'true') where.push(isNotNull(patents.grantedOn));
  if (q.granted === 'false') where.push(isNull(patents.grantedOn));
  if (q.type) where.push(eq(patents.type, q.type));
  if (q.jurisdictionCode) where.push(eq(patents.jurisdictionCode, q.jurisdictionCode));
  if (q.orgId) where.push(eq(patents.orgId, q.orgId));
  if (q.q) {
    const grams = queryGrams(q.q);
    if (grams.length) where.push(sql`${patents.searchGrams} @> ${sql.param(grams)}::text[]`);
    for (const pattern of likePatterns(q.q))
      where.push(
        sql`(${patents.title} || ' ' || ${patents.applicantName} || ' ' || ${patents.applicationNumber}) ILIKE ${pattern}`,
      );
  }
  return and(...where);
}

const sortColumns = {
  filedOn: patents.filedOn,
  grantedOn: patents.grantedOn,
  applicationNumber: patents.applicationNumber,
  updatedAt: patents.updatedAt,
};

export async function listPatents(db: Db, user: SessionUser, q: PatentListQuery) {
  const where = filters(user, q);
  const order = q.order === 'asc' ? asc(sortColumns[q.sort]) : desc(sortColumns[q.sort]);
  const items = await db
    .select(row)
    .from(patents)
    .leftJoin(orgs, eq(orgs.id, patents.orgId))
    .where(where)
    .orderBy(order, desc(patents.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(patents).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function patentsForExport(db: Db, user: SessionUser, q: PatentListQuery) {
  return db
    .select(row)
    .from(patents)
    .leftJoin(orgs, eq(orgs.id, patents.orgId))
    .where(filters(user, q))
    .orderBy(desc(patents.filedOn), desc(patents.id))
    .limit(200_000);
}

export async function findPatent(db: DbOrTx, user: SessionUser, id: number) {
  const [found] = await db
    .select(row)
    .from(patents)
    .leftJoin(orgs, eq(orgs.id, patents.orgId))
    .where(and(eq(patents.id, id), patentScope(user)));
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** An applicant's patent is its own organisation's, whatever it sends; staff may name any organisation. */
async function orgFor(db: Db, user: SessionUser, orgId: number | null | undefined) {
  const id = user.role === 'applicant' ? user.orgId : orgId;
  if (!id) return null;
  const [org] = await db
    .select({ id: orgs.id, jurisdictionCode: orgs.jurisdictionCode })
    .from(orgs)
    .where(eq(orgs.id, id));
  if (!org) throw AppError.invalid('body.orgId', 'org_unknown');
  return org;
}

export async function createPatent(db: Db, user: SessionUser, actor: Actor, body: PatentBody) {
  const parsed = parseApplicationNumber(body.applicationNumber);
  if ('problem' in parsed)
    throw new AppError('INVALID_PATENT_NUMBER', {
      details: [{ field: 'body.applicationNumber', problem: parsed.problem }],
    });
  if (body.type && body.type !== parsed.type) throw AppError.invalid('body.type', 'type_mismatch');
  if (body.grantedOn && body.grantedOn < body.filedOn) throw AppError.invalid('body.grantedOn', 'granted_before_filed');
  const org = await orgFor(db, user, body.orgId);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(patents)
      .values({
        applicationNumber: parsed.number,
        type: parsed.type,
        title: body.title,
        applicantName: body.applicantName,
        orgId: org?.id ?? null,
        jurisdictionCode: org?.jurisdictionCode ?? null,
        filedOn: body.filedOn,
        grantedOn: body.grantedOn ?? null,
        legalStatus: body.legalStatus ?? null,
      })
      .onConflictDoNothing({ target: patents.applicationNumber })
      .returning({ id: patents.id });
    if (!created) throw new AppError('DUPLICATE_PATENT', { params: { number: parsed.number } });
    await recordAudit(tx, actor, {
      action: 'patent.create',
      entityType: 'patent',
      entityId: created.id,
      after: { ...body, applicationNumber: parsed.number },
    });
    return created;
  });
}

export async function updatePatent(
  db: Db,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: Partial<Omit<PatentBody, 'applicationNumber'>> & { version?: number },
) {
  const before = await findPatent(db, user, id);
  if (body.version !== undefined && body.version !== before.version) throw new AppError('STALE_VERSION');
  if (body.type && body.type !== before.type) throw AppError.invalid('body.type', 'type_fixed');
  const filedOn = body.filedOn ?? before.filedOn;
  const grantedOn = body.grantedOn === undefined ? before.grantedOn : body.grantedOn;
  if (grantedOn && grantedOn < filedOn) throw AppError.invalid('body.grantedOn', 'granted_before_filed');
  const org = body.orgId === undefined || user.role === 'applicant' ? undefined : await orgFor(db, user, body.orgId);
  const { version: _v, type: _t, orgId: _o, ...changes } = body;
  return db.transaction(async (tx) => {
    const [after] = await tx
      .update(patents)
      .set({
        ...changes,
        ...(org !== undefined ? { orgId: org?.id ?? null, jurisdictionCode: org?.jurisdictionCode ?? null } : {}),
        updatedAt: sql`now()`,
        version: sql`${patents.version} + 1`,
      })
      .where(and(eq(patents.id, id), eq(patents.version, before.version)))
      .returning({ id: patents.id });
    if (!after) throw new AppError('STALE_VERSION');
    await recordAudit(tx, actor, { action: 'patent.update', entityType: 'patent', entityId: id, before, after: body });
    return findPatent(tx, user, id);
  });
}

export async function deletePatent(db: Db, user: SessionUser, actor: Actor, id: number) {
  const before = await findPatent(db, user, id);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(patents)
      .where(eq(patents.id, id))
      .returning({ id: patents.id })
      .catch((error: unknown) => {
        // A patent with a subsidy claim is evidence of money paid: it stays.
        if (isForeignKeyViolation(error)) throw new AppError('IN_USE');
        throw error;
      });
    if (!removed.length) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'patent.delete', entityType: 'patent', entityId: id, before });
  });
}
