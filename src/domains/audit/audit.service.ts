import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, ilike, lte, sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, DbOrTx } from '../../db/client.js';
import { auditLog } from '../../db/tables/index.js';
import type { zhCN } from '../../shared/locales/zh-CN.js';

/** Who did it and from where; the CLI acts as `system`. */
export interface Actor {
  id: number | null;
  name: string;
  role: string;
  ip: string | null;
}

export const systemActor: Actor = { id: null, name: 'system', role: 'system', ip: null };

export function actorOf(request: FastifyRequest): Actor {
  const user = request.user;
  return { id: user?.id ?? null, name: user?.username ?? 'anonymous', role: user?.role ?? 'anonymous', ip: request.ip };
}

/**
 * Every action and kind of record the trail can hold has words in the interface's message catalogue:
 * the audit view names them in either language, and the compiler refuses an action without words.
 */
export type AuditAction = keyof typeof zhCN.audit.actions;
export type AuditEntityType = keyof typeof zhCN.audit.entities;

export interface AuditEntry {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Fields never written to the trail, whatever table they come from. */
const secretFields = new Set(['passwordHash', 'totpSecret', 'csrfToken', 'tokenHash', 'searchGrams']);

const genesis = '0'.repeat(64);

/**
 * Appends one entry, inside the caller's transaction so the trail and the change commit together.
 * An advisory lock serialises appends: each entry's hash covers the one before it.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(7420002)`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    ip: actor.ip,
    before: redact(entry.before) ?? null,
    after: redact(entry.after) ?? null,
    prevHash: last?.hash ?? genesis,
  };
  await tx.insert(auditLog).values({ ...row, hash: hashOf(row) });
}

type ChainFields = Omit<typeof auditLog.$inferSelect, 'hash'>;

function hashOf(row: ChainFields): string {
  const content = canonical([
    row.seq,
    row.at.toISOString(),
    row.actorId,
    row.actorName,
    row.actorRole,
    row.action,
    row.entityType,
    row.entityId,
    row.ip,
    row.before,
    row.after,
    row.prevHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

/** JSON with object keys sorted, so a value read back from jsonb hashes as it did when written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function redact(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (key, v) => (secretFields.has(key) ? undefined : v)));
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  headHash: string;
  /** The first entry whose content, link or sequence does not match. */
  brokenAt?: number;
  reason?: 'content_changed' | 'chain_broken' | 'entry_missing';
}

/** Recomputes the chain from the first entry; reads in pages so a long trail needs little memory. */
export async function verifyAudit(db: Db): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prevHash = genesis;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gte(auditLog.seq, expectedSeq))
      .orderBy(asc(auditLog.seq))
      .limit(5000);
    for (const row of page) {
      if (row.seq !== expectedSeq)
        return {
          ok: false,
          entries: expectedSeq - 1,
          headHash: prevHash,
          brokenAt: expectedSeq,
          reason: 'entry_missing',
        };
      if (row.prevHash !== prevHash)
        return { ok: false, entries: expectedSeq - 1, headHash: prevHash, brokenAt: row.seq, reason: 'chain_broken' };
      if (hashOf(row) !== row.hash)
        return {
          ok: false,
          entries: expectedSeq - 1,
          headHash: prevHash,
          brokenAt: row.seq,
          reason: 'content_changed',
        };
      prevHash = row.hash;
      expectedSeq++;
    }
    if (page.length < 5000) return { ok: true, entries: expectedSeq - 1, headHash: prevHash };
  }
}

export interface AuditQuery {
  page: number;
  pageSize: number;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export async function listAudit(db: Db, q: AuditQuery) {
  const filters: SQL[] = [];
  if (q.actor) filters.push(ilike(auditLog.actorName, `%${q.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (q.action) filters.push(eq(auditLog.action, q.action));
  if (q.entityType) filters.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) filters.push(eq(auditLog.entityId, q.entityId));
  if (q.from) filters.push(gte(auditLog.at, new Date(`${q.from}T00:00:00+08:00`)));
  if (q.to) filters.push(lte(auditLog.at, new Date(`${q.to}T23:59:59.999+08:00`)));
  const where = filters.length ? and(...filters) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total: count?.total ?? 0 };
}

export async function auditActions(db: Db): Promise<{ actions: string[]; entityTypes: string[] }> {
  const rows = await db.execute<{ action: string; entity_type: string }>(
    sql`SELECT DISTINCT action, entity_type FROM audit_log ORDER BY 1, 2`,
  );
  return {
    actions: [...new Set(rows.rows.map((r) => r.action))],
    entityTypes: [...new Set(rows.rows.map((r) => r.entity_type))],
  };
}
