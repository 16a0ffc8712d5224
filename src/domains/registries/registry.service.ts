import { and, asc, count, desc, eq, getTableColumns, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.js';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import {
  cooperations,
  funds,
  jurisdictions,
  orgs,
  outlets,
  platforms,
  projects,
  publicity,
  qualifications,
  sections,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError, type Language } from '../../server/errors.js';
import { fenToYuan, yuanToFen } from '../../shared/money.js';
import { likePatterns, queryGrams } from '../../shared/search.js';
import type { Storage } from '../../server/storage.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { detectMediaType } from '../files/files.service.js';
import { checkRules } from './rules.js';
import { fieldLabel } from './values.js';
import { expiringDays, type FieldSpec, type RegistryName, type RegistrySpec } from './spec.js';
import * as clock from '../../shared/clock.js';
import { paging } from '../../shared/schemas.js';

export const registryTables: Record<RegistryName, PgTable> = {
  platforms,
  qualifications,
  cooperations,
  funds,
  publicity,
};

type Columns = Record<string, PgColumn>;
type Values = Record<string, unknown>;
const columnsOf = (spec: RegistrySpec) => getTableColumns(registryTables[spec.name]) as unknown as Columns;
/** The column behind a field: money is kept in fen. */
export const columnKey = (field: FieldSpec) => (field.type === 'money' ? `${field.key}Fen` : field.key);

/** The zod schema of a record as the API takes it, from the spec. */
export function bodySchema(spec: RegistrySpec) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of spec.fields) {
    let s: z.ZodType;
    switch (f.type) {
      case 'text':
      case 'url':
        s = z
          .string()
          .trim()
          .max(f.max ?? 200);
        if (f.type === 'url') s = (s as z.ZodString).regex(/^https?:\/\/\S+$/, 'an http(s) address');
        if (f.required) s = (s as z.ZodString).min(1);
        break;
      case 'longtext':
        s = z
          .string()
          .trim()
          .max(f.max ?? 5000);
        break;
      case 'date':
        s = z.iso.date();
        break;
      case 'money':
        s = z.union([z.number(), z.string().trim().max(20)]);
        break;
      case 'integer':
        s = z.number().int().min(0);
        break;
      case 'year':
        s = z.number().int().min(1980).max(2100);
        break;
      case 'select':
        s = z.enum(f.options as [string, ...string[]]);
        break;
      case 'boolean':
        s = z.boolean();
        break;
      case 'org':
      case 'project':
        s = z.number().int().positive();
        break;
      default:
        s = z.string().trim().min(1).max(40);
    }
    // An applicant's records are its organisation's whatever it sends, so the organisation may be left out.
    // A yes/no left empty (null) is a no: the column holds one or the other.
    shape[f.key] =
      f.type === 'boolean'
        ? z
            .boolean()
            .nullish()
            .transform((v) => (v === null ? false : v))
        : f.required && f.type !== 'org'
          ? s
          : s.nullish();
  }
  return z.object(shape);
}

/** One record's identity: the natural key fields' stored values joined. */
export function naturalKeyOf(spec: RegistrySpec, columns: Values): string {
  return spec.naturalKey
    .map((key) => {
      const field = spec.fields.find((f) => f.key === key)!;
      return String(columns[columnKey(field)] ?? '')
        .trim()
        .toLowerCase();
    })
    .join('|');
}

function scope(spec: RegistrySpec, user: SessionUser): SQL | undefined {
  const c = columnsOf(spec);
  switch (user.role) {
    case 'staff':
    case 'leader':
      return undefined;
    case 'applicant':
      return c.orgId ? eq(c.orgId, user.orgId ?? -1) : sql`false`;
    case 'liaison':
      return c.jurisdictionCode ? eq(c.jurisdictionCode, user.jurisdictionCode ?? '') : sql`false`;
    default:
      return sql`false`;
  }
}

export type ListQuery = { q?: string; year?: number; page: number; pageSize: number; orgId?: number } & Record<
  string,
  string | number | boolean | undefined
>;

export function listQuerySchema(spec: RegistrySpec) {
  const shape: Record<string, z.ZodType> = {
    q: z.string().trim().max(100).optional(),
    year: z.coerce.number().int().min(1980).max(2100).optional(),
    orgId: z.coerce.number().int().positive().optional(),
    ...(spec.fields.some((f) => f.expires) ? { expiring: z.enum(['true', 'false']).optional() } : {}),
    ...paging(),
  };
  for (const f of spec.fields.filter((f) => f.filter)) {
    shape[f.key] =
      f.type === 'select'
        ? z.enum(f.options as [string, ...string[]]).optional()
        : f.type === 'boolean'
          ? z.enum(['true', 'false']).optional()
          : z.string().max(40).optional();
  }
  return z.object(shape);
}

function filters(spec: RegistrySpec, user: SessionUser, q: Partial<ListQuery>): SQL | undefined {
  const c = columnsOf(spec);
  const where: (SQL | undefined)[] = [scope(spec, user)];
  const yearField = spec.fields.find((f) => f.key === spec.yearField)!;
  if (q.year) {
    const col = c[yearField.key]!;
    where.push(
      yearField.type === 'year' ? eq(col, q.year) : and(gte(col, `${q.year}-01-01`), lt(col, `${q.year + 1}-01-01`)),
    );
  }
  if (q.orgId && c.orgId) where.push(eq(c.orgId, q.orgId));
  const expiry = spec.fields.find((f) => f.expires);
  if (expiry && q.expiring === 'true')
    where.push(sql`${c[expiry.key]} BETWEEN ${clock.today()}::date AND ${clock.today()}::date + ${expiringDays}::int`);
  for (const f of spec.fields.filter((f) => f.filter)) {
    const value = q[f.key];
    if (value === undefined || value === '') continue;
    where.push(eq(c[columnKey(f)]!, f.type === 'boolean' ? value === 'true' : value));
  }
  if (q.q) {
    const grams = queryGrams(q.q);
    const own = and(
      sql`${c.searchGrams} @> ${sql.param(grams)}::text[]`,
      ...likePatterns(q.q).map((p) => sql`${c[spec.titleField]} ILIKE ${p}`),
    );
    // Records of an organisation are found by its name too.
    const byOrg = c.orgId
      ? and(
          sql`${orgs.searchGrams} @> ${sql.param(grams)}::text[]`,
          ...likePatterns(q.q).map((p) => sql`${orgs.name} ILIKE ${p}`),
        )
      : undefined;
    if (grams.length) where.push(byOrg ? or(own, byOrg) : own);
  }
  return and(...where);
}

function selection(spec: RegistrySpec) {
  const { searchGrams: _g, naturalKey: _k, ...rest } = columnsOf(spec);
  return {
    ...rest,
    ...(rest.orgId ? { orgName: orgs.name } : {}),
    ...(rest.projectId
      ? {
          projectTitle: sql<
            string | null
          >`(SELECT ${projects.title} FROM ${projects} WHERE ${projects.id} = ${rest.projectId})`,
        }
      : {}),
  };
}

/** A stored row as the API shows it: money as exact yuan strings. */
function present(spec: RegistrySpec, row: Values): Values {
  const out: Values = { ...row };
  for (const f of spec.fields.filter((f) => f.type === 'money')) {
    const fen = row[columnKey(f)] as number | null;
    delete out[columnKey(f)];
    out[f.key] = fen === null || fen === undefined ? null : fenToYuan(fen);
  }
  return out;
}

function baseQuery(db: DbOrTx, spec: RegistrySpec, where: SQL | undefined) {
  const c = columnsOf(spec);
  const q = db.select(selection(spec)).from(registryTables[spec.name]);
  return (c.orgId ? q.leftJoin(orgs, eq(orgs.id, c.orgId)) : q).where(where);
}

function order(spec: RegistrySpec, q?: Partial<ListQuery>) {
  const c = columnsOf(spec);
  const expiry = spec.fields.find((f) => f.expires);
  // What lapses soonest comes first when that is what was asked for.
  if (expiry && q?.expiring === 'true') return [asc(c[expiry.key]!), desc(c.id!)];
  return [desc(c[spec.yearField]!), desc(c.id!)];
}

/** 待办: records of the caller's scope that lapse within `expiringDays` (qualifications to renew). */
export async function expiringCount(db: Db, spec: RegistrySpec, user: SessionUser): Promise<number> {
  const c = columnsOf(spec);
  const where = filters(spec, user, { expiring: 'true' });
  const q = db.select({ n: count() }).from(registryTables[spec.name]);
  const [row] = await (c.orgId ? q.leftJoin(orgs, eq(orgs.id, c.orgId)) : q).where(where);
  return row?.n ?? 0;
}

export async function listRecords(db: Db, spec: RegistrySpec, user: SessionUser, q: ListQuery) {
  const where = filters(spec, user, q);
  const c = columnsOf(spec);
  const rows = await baseQuery(db, spec, where)
    .orderBy(...order(spec, q))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const totalQuery = db.select({ n: count() }).from(registryTables[spec.name]);
  const [total] = await (c.orgId ? totalQuery.leftJoin(orgs, eq(orgs.id, c.orgId)) : totalQuery).where(where);
  // The sum of each money field over the whole filtered list, exact: what a bureau reports.
  const moneyFields = spec.fields.filter((f) => f.type === 'money');
  const sums: Record<string, string> = {};
  if (moneyFields.length) {
    const sumQuery = db
      .select(
        Object.fromEntries(moneyFields.map((f) => [f.key, sql<string>`coalesce(sum(${c[columnKey(f)]}), 0)::text`])),
      )
      .from(registryTables[spec.name]);
    const [row] = await (c.orgId ? sumQuery.leftJoin(orgs, eq(orgs.id, c.orgId)) : sumQuery).where(where);
    for (const f of moneyFields) sums[f.key] = fenToYuan(Number((row as Record<string, string>)[f.key]));
  }
  return { items: rows.map((r) => present(spec, r as Values)), total: total?.n ?? 0, sums };
}

export async function recordsForExport(db: Db, spec: RegistrySpec, user: SessionUser, q: ListQuery) {
  const rows = await baseQuery(db, spec, filters(spec, user, q))
    .orderBy(...order(spec))
    .limit(100_000);
  return rows.map((r) => present(spec, r as Values));
}

export async function findRecord(db: DbOrTx, spec: RegistrySpec, user: SessionUser, id: number) {
  const c = columnsOf(spec);
  const [row] = await baseQuery(db, spec, and(eq(c.id!, id), scope(spec, user)));
  if (!row) throw new AppError('NOT_FOUND');
  return present(spec, row as Values);
}

/**
 * Turns API values into stored columns: money into fen, an applicant's records onto its own organisation,
 * the jurisdiction taken from the organisation when not given, staff-only fields kept from the caller.
 */
async function toColumns(
  db: DbOrTx,
  spec: RegistrySpec,
  user: SessionUser,
  body: Values,
  before?: Values,
): Promise<Values> {
  const c = columnsOf(spec);
  const columns: Values = {};
  for (const f of spec.fields) {
    if (!(f.key in body)) continue;
    if (f.staffOnly && user.role !== 'staff') continue;
    const value = body[f.key];
    if (f.type === 'money') {
      if (value === null || value === undefined) columns[columnKey(f)] = null;
      else {
        const fen = yuanToFen(value as number | string);
        if (fen === undefined) throw AppError.invalid(`body.${f.key}`, 'money');
        columns[columnKey(f)] = fen;
      }
    } else columns[f.key] = value ?? null;
  }
  if (c.orgId && user.role === 'applicant') columns.orgId = user.orgId;
  const orgField = spec.fields.find((f) => f.type === 'org');
  if (orgField?.required && (!before || 'orgId' in columns) && !columns.orgId)
    throw AppError.invalid(`body.${orgField.key}`, 'required');
  // A linked project must be one the caller may see; an applicant links only its own organisation's.
  if (columns.projectId) {
    const [project] = await db
      .select({ orgId: projects.orgId })
      .from(projects)
      .where(eq(projects.id, columns.projectId as number));
    if (!project || (user.role === 'applicant' && project.orgId !== user.orgId)) {
      throw AppError.invalid('body.projectId', 'project_unknown');
    }
  }
  if (c.jurisdictionCode && columns.orgId && !body.jurisdictionCode) {
    const [org] = await db
      .select({ code: orgs.jurisdictionCode })
      .from(orgs)
      .where(eq(orgs.id, columns.orgId as number));
    if (!org) throw AppError.invalid('body.orgId', 'org_unknown');
    columns.jurisdictionCode = org.code;
  }
  const merged = { ...(before ? storedOf(spec, before) : {}), ...columns };
  const problems = checkRules(spec.name, merged, user);
  if (problems.length)
    throw AppError.invalidFields(problems.map((p) => ({ field: `body.${p.field}`, problem: p.problem })));
  columns.naturalKey = naturalKeyOf(spec, merged);
  return columns;
}

/** The stored form of a presented record (yuan back to fen), to recompute its key after a partial edit. */
function storedOf(spec: RegistrySpec, presented: Values): Values {
  const out: Values = { ...presented };
  for (const f of spec.fields.filter((f) => f.type === 'money'))
    out[columnKey(f)] = presented[f.key] === null ? null : yuanToFen(presented[f.key] as string);
  return out;
}

function writeError(spec: RegistrySpec, error: unknown): never {
  if (isUniqueViolation(error)) {
    const words = (language: Language) =>
      spec.naturalKey.map((key) => fieldLabel(spec, key, language)).join(language === 'en' ? ', ' : '、');
    throw new AppError('DUPLICATE_RECORD', {
      params: { fields: { zh: words('zh-CN'), en: words('en') } },
      details: spec.naturalKey.map((key) => ({ field: `body.${key}`, problem: 'duplicate_value' })),
    });
  }
  if (isForeignKeyViolation(error)) throw AppError.invalid('body', 'refers_unknown');
  throw error;
}

export async function createRecord(db: Db, spec: RegistrySpec, user: SessionUser, actor: Actor, body: Values) {
  const columns = await toColumns(db, spec, user, body);
  const table = registryTables[spec.name];
  return db.transaction(async (tx) => {
    const [created] = (await tx
      .insert(table)
      .values(columns as never)
      .returning({ id: columnsOf(spec).id! })
      .catch((error: unknown) => writeError(spec, error))) as { id: number }[];
    await recordAudit(tx, actor, {
      action: `${spec.name}.create`,
      entityType: spec.name,
      entityId: created!.id,
      after: columns,
    });
    return { id: created!.id };
  });
}

export async function updateRecord(
  db: Db,
  spec: RegistrySpec,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: Values & { version?: number },
) {
  const before = await findRecord(db, spec, user, id);
  if (body.version !== undefined && body.version !== before.version) throw new AppError('STALE_VERSION');
  const columns = await toColumns(db, spec, user, body, before);
  const c = columnsOf(spec);
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(registryTables[spec.name])
      .set({ ...columns, updatedAt: sql`now()`, version: sql`${c.version} + 1` } as never)
      .where(and(eq(c.id!, id), eq(c.version!, before.version as number)))
      .returning({ id: c.id! })
      .catch((error: unknown) => writeError(spec, error));
    if (!updated.length) throw new AppError('STALE_VERSION');
    await recordAudit(tx, actor, {
      action: `${spec.name}.update`,
      entityType: spec.name,
      entityId: id,
      before,
      after: columns,
    });
    return findRecord(tx, spec, user, id);
  });
}

export async function deleteRecord(db: Db, spec: RegistrySpec, user: SessionUser, actor: Actor, id: number) {
  const before = await findRecord(db, spec, user, id);
  const c = columnsOf(spec);
  await db.transaction(async (tx) => {
    await tx.delete(registryTables[spec.name]).where(eq(c.id!, id));
    await recordAudit(tx, actor, { action: `${spec.name}.delete`, entityType: spec.name, entityId: id, before });
  });
}

/** Inserts new records and updates changed ones by natural key; records stored exactly so are left alone. */
export async function upsertRecords(
  tx: Tx,
  spec: RegistrySpec,
  records: Values[],
): Promise<{ inserted: number; updated: number }> {
  const c = columnsOf(spec);
  const table = registryTables[spec.name];
  const stored = await tx
    .select()
    .from(table)
    .where(
      inArray(
        c.naturalKey!,
        records.map((r) => r.naturalKey as string),
      ),
    );
  const byKey = new Map((stored as Values[]).map((r) => [r.naturalKey as string, r]));
  const comparable = spec.fields
    .map(columnKey)
    .concat('jurisdictionCode')
    .filter((k, i, all) => c[k] && all.indexOf(k) === i);
  let inserted = 0;
  let updated = 0;
  for (const record of records) {
    const existing = byKey.get(record.naturalKey as string);
    if (!existing) {
      await tx.insert(table).values(record as never);
      inserted++;
    } else if (comparable.some((k) => k in record && String(record[k] ?? '') !== String(existing[k] ?? ''))) {
      await tx
        .update(table)
        .set({ ...record, updatedAt: sql`now()`, version: sql`${c.version} + 1` } as never)
        .where(eq(c.id!, existing.id as number));
      updated++;
    }
  }
  return { inserted, updated };
}

/** Codes of the dictionaries a registry refers to, found by code or name in either language (for import). */
export async function dictionaryIndex(db: Db) {
  const entries = async (table: typeof jurisdictions | typeof sections | typeof outlets) => {
    const rows = await db.select({ code: table.code, name: table.name, nameEn: table.nameEn }).from(table);
    const map = new Map<string, string>();
    for (const r of rows) for (const k of [r.code, r.name, r.nameEn]) if (k) map.set(k.toLowerCase(), r.code);
    return map;
  };
  return {
    jurisdiction: await entries(jurisdictions),
    section: await entries(sections as unknown as typeof jurisdictions),
    outlet: await entries(outlets as unknown as typeof jurisdictions),
  };
}

/** Keeps a file with a record (PDF, image or Word; checked by its first bytes), replacing any earlier one. */
export async function attachFile(
  db: Db,
  storage: Storage,
  spec: RegistrySpec,
  user: SessionUser,
  actor: Actor,
  id: number,
  file: { fileName: string; bytes: Buffer },
) {
  const before = await findRecord(db, spec, user, id);
  const attachmentType = await detectMediaType(file.fileName, file.bytes, ['.pdf', '.png', '.jpg', '.jpeg', '.docx']);
  const { sha256, size } = await storage.put(file.bytes);
  const c = columnsOf(spec);
  const after = {
    attachmentSha256: sha256,
    attachmentName: file.fileName.slice(0, 200),
    attachmentType,
    attachmentSize: size,
  };
  await db.transaction(async (tx) => {
    await tx
      .update(registryTables[spec.name])
      .set({ ...after, updatedAt: sql`now()`, version: sql`${c.version} + 1` } as never)
      .where(eq(c.id!, id));
    await recordAudit(tx, actor, {
      action: `${spec.name}.attach`,
      entityType: spec.name,
      entityId: id,
      before: { attachmentSha256: before.attachmentSha256 ?? null },
      after,
    });
  });
  return after;
}

/** The record's file, if the caller may see the record and it has one. */
export async function attachmentOf(db: Db, spec: RegistrySpec, user: SessionUser, id: number) {
  const record = await findRecord(db, spec, user, id);
  if (!record.attachmentSha256) throw new AppError('NOT_FOUND');
  return {
    sha256: record.attachmentSha256 as string,
    name: record.attachmentName as string,
    type: record.attachmentType as string,
  };
}
