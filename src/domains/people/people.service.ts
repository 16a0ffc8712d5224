import { and, count, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { orgs, people } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { likePatterns, queryGrams } from '../../shared/search.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { isValidIdNumber, maskIdNumber } from './id-number.js';
import { peopleScope } from './policy.js';
import type { PeopleListQuery, PersonCreateBody, PersonUpdateBody } from './schema.js';

const { searchGrams: _g, idNumber: _id, ...columns } = getTableColumns(people);
const personRow = { ...columns, idNumber: people.idNumber, orgName: orgs.name };

/** A person as every screen shows them: the ID number masked. */
function present<T extends { idNumber: string | null }>({
  idNumber,
  ...rest
}: T): Omit<T, 'idNumber'> & { idNumberMasked: string | null } {
  return { ...rest, idNumberMasked: maskIdNumber(idNumber) };
}

export async function listPeople(db: Db, user: SessionUser, q: PeopleListQuery) {
  const filters: (SQL | undefined)[] = [peopleScope(user)];
  if (q.q) {
    const grams = queryGrams(q.q);
    if (grams.length) filters.push(sql`${people.searchGrams} @> ${sql.param(grams)}::text[]`);
    for (const pattern of likePatterns(q.q)) filters.push(sql`${people.name} ILIKE ${pattern}`);
  }
  if (q.orgId) filters.push(eq(people.orgId, q.orgId));
  if (q.tag) filters.push(sql`${q.tag} = ANY(${people.talentTags})`);
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    db
      .select(personRow)
      .from(people)
      .leftJoin(orgs, eq(orgs.id, people.orgId))
      .where(where)
      .orderBy(desc(people.updatedAt), desc(people.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(people).where(where),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0 };
}

async function findPerson(db: DbOrTx, user: SessionUser, id: number) {
  const [row] = await db
    .select(personRow)
    .from(people)
    .leftJoin(orgs, eq(orgs.id, people.orgId))
    .where(and(eq(people.id, id), peopleScope(user)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getPerson(db: Db, user: SessionUser, id: number) {
  return present(await findPerson(db, user, id));
}

async function checkInput(db: DbOrTx, user: SessionUser, body: PersonUpdateBody, id?: number): Promise<void> {
  if (body.idNumber) {
    if (!isValidIdNumber(body.idNumber))
      throw new AppError('INVALID_ID_NUMBER', { details: [{ field: 'body.idNumber' }] });
    const [taken] = await db.select({ id: people.id }).from(people).where(eq(people.idNumber, body.idNumber));
    if (taken && taken.id !== id) {
      throw AppError.invalid('body.idNumber', 'id_number_taken');
    }
  }
  if (body.orgId !== undefined && body.orgId !== null) {
    // An applicant files people of its own organisation only.
    if (user.role === 'applicant' && body.orgId !== user.orgId) throw new AppError('FORBIDDEN');
    const [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.id, body.orgId));
    if (!org) throw AppError.invalid('body.orgId', 'org_unknown');
  }
}

export async function createPerson(db: Db, user: SessionUser, actor: Actor, input: PersonCreateBody) {
  const body = user.role === 'applicant' ? { ...input, orgId: user.orgId } : input;
  await checkInput(db, user, body);
  return db.transaction(async (tx) => {
    const [created] = await tx.insert(people).values(body).returning({ id: people.id });
    const after = await findPerson(tx, user, created!.id);
    await recordAudit(tx, actor, {
      action: 'person.create',
      entityType: 'person',
      entityId: created!.id,
      after: present(after),
    });
    return present(after);
  });
}

export async function updatePerson(db: Db, user: SessionUser, actor: Actor, id: number, body: PersonUpdateBody) {
  await checkInput(db, user, body, id);
  return db.transaction(async (tx) => {
    const before = await findPerson(tx, user, id);
    const { version, ...changes } = body;
    if (version !== undefined && version !== before.version) throw new AppError('STALE_VERSION');
    const [updated] = await tx
      .update(people)
      .set({ ...changes, updatedAt: sql`now()`, version: sql`${people.version} + 1` })
      .where(and(eq(people.id, id), eq(people.version, before.version)))
      .returning({ id: people.id });
    if (!updated) throw new AppError('STALE_VERSION');
    const after = await findPerson(tx, user, id);
    await recordAudit(tx, actor, {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      before: present(before),
      after: present(after),
    });
    return present(after);
  });
}
