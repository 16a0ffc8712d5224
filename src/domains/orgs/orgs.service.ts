import { and, asc, count, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { jurisdictions, orgs, people, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { likePatterns, queryGrams } from '../../shared/search.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { orgScope, staffOnlyOrgFields } from './policy.js';
import type { OrgCreateBody, OrgListQuery, OrgUpdateBody } from './schema.js';
import { isValidUscc } from './uscc.js';

const { searchGrams: _grams, ...orgColumns } = getTableColumns(orgs);
const orgRow = { ...orgColumns, jurisdictionName: jurisdictions.name };

const sortColumns = { name: orgs.name, uscc: orgs.uscc, createdAt: orgs.createdAt, updatedAt: orgs.updatedAt };

/** Filters of the list and the export, scope included. */
export function orgFilters(
  user: SessionUser,
  q: Omit<OrgListQuery, 'page' | 'pageSize' | 'sort' | 'order'>,
): SQL | undefined {
  const filters: (SQL | undefined)[] = [orgScope(user)];
  if (q.q) {
    const grams = queryGrams(q.q);
    if (grams.length) filters.push(sql`${orgs.searchGrams} @> ${sql.param(grams)}::text[]`);
    for (const pattern of likePatterns(q.q)) filters.push(sql`(${orgs.name} || ' ' || ${orgs.uscc}) ILIKE ${pattern}`);
  }
  if (q.jurisdictionCode) filters.push(eq(orgs.jurisdictionCode, q.jurisdictionCode));
  if (q.type) filters.push(eq(orgs.type, q.type));
  if (q.status) filters.push(eq(orgs.status, q.status));
  if (q.industry) filters.push(eq(orgs.industry, q.industry));
  return and(...filters);
}

export async function listOrgs(db: Db, user: SessionUser, q: OrgListQuery) {
  const where = orgFilters(user, q);
  const column = sortColumns[q.sort];
  const [items, [total]] = await Promise.all([
    db
      .select(orgRow)
      .from(orgs)
      .leftJoin(jurisdictions, eq(jurisdictions.code, orgs.jurisdictionCode))
      .where(where)
      .orderBy(q.order === 'asc' ? asc(column) : desc(column), asc(orgs.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(orgs).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Every matching row, in list order, for the .xlsx export (bounded by the registry's size, streamed by the caller). */
export async function* orgsForExport(db: Db, user: SessionUser, q: OrgListQuery) {
  const where = orgFilters(user, q);
  const column = sortColumns[q.sort];
  let after = 0;
  for (;;) {
    const rows = await db
      .select(orgRow)
      .from(orgs)
      .leftJoin(jurisdictions, eq(jurisdictions.code, orgs.jurisdictionCode))
      .where(where)
      .orderBy(q.order === 'asc' ? asc(column) : desc(column), asc(orgs.id))
      .limit(2000)
      .offset(after);
    yield* rows;
    if (rows.length < 2000) return;
    after += rows.length;
  }
}

export async function getOrg(db: DbOrTx, user: SessionUser, id: number) {
  const [row] = await db
    .select(orgRow)
    .from(orgs)
    .leftJoin(jurisdictions, eq(jurisdictions.code, orgs.jurisdictionCode))
    .where(and(eq(orgs.id, id), orgScope(user)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getOrgDetail(db: Db, user: SessionUser, id: number) {
  const row = await getOrg(db, user, id);
  const [[p], [u]] = await Promise.all([
    db.select({ n: count() }).from(people).where(eq(people.orgId, id)),
    db.select({ n: count() }).from(users).where(eq(users.orgId, id)),
  ]);
  return { ...row, peopleCount: p?.n ?? 0, userCount: u?.n ?? 0 };
}

async function assertJurisdiction(db: DbOrTx, code: string): Promise<void> {
  const [found] = await db.select({ code: jurisdictions.code }).from(jurisdictions).where(eq(jurisdictions.code, code));
  if (!found) throw AppError.invalid('body.jurisdictionCode', 'jurisdiction_unknown');
}

async function assertUsccFree(db: DbOrTx, uscc: string, exceptId?: number): Promise<void> {
  if (!isValidUscc(uscc)) throw new AppError('INVALID_USCC', { details: [{ field: 'body.uscc', value: uscc }] });
  const [taken] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.uscc, uscc));
  if (taken && taken.id !== exceptId) throw new AppError('DUPLICATE_USCC', { details: { existingOrgId: taken.id } });
}

/** Registers an organisation (staff, or an applicant registering itself) inside the caller's transaction. */
export async function createOrg(tx: DbOrTx, actor: Actor, body: OrgCreateBody) {
  await assertUsccFree(tx, body.uscc);
  await assertJurisdiction(tx, body.jurisdictionCode);
  const [created] = await tx.insert(orgs).values(body).onConflictDoNothing({ target: orgs.uscc }).returning(orgColumns);
  // A concurrent registration of the same code won the race.
  if (!created) throw new AppError('DUPLICATE_USCC');
  await recordAudit(tx, actor, { action: 'org.create', entityType: 'org', entityId: created.id, after: created });
  return created;
}

export async function updateOrg(db: Db, user: SessionUser, actor: Actor, id: number, body: OrgUpdateBody) {
  return db.transaction(async (tx) => {
    const before = await getOrg(tx, user, id);
    const { version, ...changes } = body;
    if (user.role === 'applicant') {
      const forbidden = staffOnlyOrgFields.filter((f) => changes[f] !== undefined && changes[f] !== before[f]);
      if (forbidden.length) throw new AppError('FORBIDDEN', { details: { fields: forbidden } });
    }
    if (version !== undefined && version !== before.version) throw new AppError('STALE_VERSION');
    if (changes.uscc && changes.uscc !== before.uscc) await assertUsccFree(tx, changes.uscc, id);
    if (changes.jurisdictionCode) await assertJurisdiction(tx, changes.jurisdictionCode);
    const [after] = await tx
      .update(orgs)
      .set({ ...changes, updatedAt: sql`now()`, version: sql`${orgs.version} + 1` })
      .where(and(eq(orgs.id, id), eq(orgs.version, before.version)))
      .returning(orgColumns);
    if (!after) throw new AppError('STALE_VERSION');
    await recordAudit(tx, actor, { action: 'org.update', entityType: 'org', entityId: id, before, after });
    return { ...after, jurisdictionName: changes.jurisdictionCode ? null : before.jurisdictionName };
  });
}

/** Activates or deactivates (注销) an organisation; merged records stay merged. */
export async function setOrgStatus(db: Db, user: SessionUser, actor: Actor, id: number, status: 'active' | 'inactive') {
  return db.transaction(async (tx) => {
    const before = await getOrg(tx, user, id);
    if (before.status === 'merged') throw new AppError('INVALID_MERGE');
    const [after] = await tx
      .update(orgs)
      .set({ status, updatedAt: sql`now()`, version: sql`${orgs.version} + 1` })
      .where(eq(orgs.id, id))
      .returning(orgColumns);
    await recordAudit(tx, actor, {
      action: `org.${status === 'active' ? 'activate' : 'deactivate'}`,
      entityType: 'org',
      entityId: id,
      before,
      after,
    });
    return { ...after!, jurisdictionName: before.jurisdictionName };
  });
}

/**
 * Every column that references an organisation, read from the database's own foreign keys, so a table added
 * later is moved by a merge without anyone remembering to list it.
 */
async function orgReferences(tx: DbOrTx): Promise<{ table: string; column: string }[]> {
  const rows = await tx.execute<{ table: string; column: string }>(sql`
    SELECT c.conrelid::regclass::text AS table, a.attname AS column
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.contype = 'f' AND c.confrelid = 'orgs'::regclass
    ORDER BY 1, 2`);
  return rows.rows;
}

/**
 * 合并重复单位: moves everything that references the duplicate — people, accounts, documents, applications,
 * patents, subsidy claims, registry records and whatever else a foreign key ties to it — to the surviving
 * record and marks the duplicate merged, in one audited transaction. A row that would then exist twice for
 * the survivor (the same record kept under both names) stops the merge with nothing moved.
 */
export async function mergeOrg(db: Db, user: SessionUser, actor: Actor, id: number, intoId: number) {
  if (id === intoId) throw new AppError('INVALID_MERGE');
  return db.transaction(async (tx) => {
    const duplicate = await getOrg(tx, user, id);
    const survivor = await getOrg(tx, user, intoId);
    if (survivor.status !== 'active' || duplicate.status === 'merged') throw new AppError('INVALID_MERGE');
    const moved: Record<string, number> = {};
    for (const ref of await orgReferences(tx)) {
      // The duplicate's own pointer is set below; others merged into it earlier now point at the survivor.
      const self = ref.table === 'orgs' ? sql` AND id <> ${id}` : sql``;
      try {
        const result = await tx.execute(
          sql`UPDATE ${sql.identifier(ref.table)} SET ${sql.identifier(ref.column)} = ${intoId} WHERE ${sql.identifier(ref.column)} = ${id}${self}`,
        );
        if (result.rowCount) moved[ref.table] = (moved[ref.table] ?? 0) + result.rowCount;
      } catch (error) {
        if ((error as { code?: string }).code === '23505')
          throw new AppError('MERGE_CONFLICT', { details: [{ field: ref.table, problem: 'same_record_both' }] });
        throw error;
      }
    }
    const [after] = await tx
      .update(orgs)
      .set({ status: 'merged', mergedIntoId: intoId, updatedAt: sql`now()`, version: sql`${orgs.version} + 1` })
      .where(eq(orgs.id, id))
      .returning(orgColumns);
    await recordAudit(tx, actor, {
      action: 'org.merge',
      entityType: 'org',
      entityId: id,
      before: duplicate,
      after: { ...after, moved },
    });
    return { ...after!, jurisdictionName: duplicate.jurisdictionName, moved };
  });
}

/** Counts for the dashboard charts, within the caller's scope: by jurisdiction, by type, by status. */
export async function orgStats(db: Db, user: SessionUser) {
  const scope = orgScope(user);
  const [byJurisdiction, byType, byStatus] = await Promise.all([
    db
      .select({ code: orgs.jurisdictionCode, name: jurisdictions.name, count: count() })
      .from(orgs)
      .leftJoin(jurisdictions, eq(jurisdictions.code, orgs.jurisdictionCode))
      .where(and(scope, eq(orgs.status, 'active')))
      .groupBy(orgs.jurisdictionCode, jurisdictions.name, jurisdictions.sortOrder)
      .orderBy(asc(jurisdictions.sortOrder)),
    db
      .select({ type: orgs.type, count: count() })
      .from(orgs)
      .where(and(scope, eq(orgs.status, 'active')))
      .groupBy(orgs.type)
      .orderBy(desc(count())),
    db.select({ status: orgs.status, count: count() }).from(orgs).where(scope).groupBy(orgs.status),
  ]);
  return { byJurisdiction, byType, byStatus };
}
