import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jurisdictions, outlets, sections, techFields } from '../../db/tables/index.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';

/**
 * 字典: jurisdictions (镇/开发区/街道/部门), bureau sections (业务科室), publicity outlets (报送渠道) and
 * technology fields (技术领域) are code-keyed lists that the administrator keeps; one set of functions serves all.
 */
interface Rows {
  jurisdiction: typeof jurisdictions.$inferSelect;
  section: typeof sections.$inferSelect;
  outlet: typeof outlets.$inferSelect;
  techField: typeof techFields.$inferSelect;
}
type Kind = keyof Rows;
type NewEntry<K extends Kind> = Omit<Rows[K], 'createdAt' | 'updatedAt' | 'version' | 'active' | 'nameEn'> & {
  nameEn?: string | null;
};

// sections, outlets and tech fields share the code, name, order and active columns of jurisdictions; Drizzle builds
// queries from the table object passed at run time, so one static type serves all four.
const tables = { jurisdiction: jurisdictions, section: sections, outlet: outlets, techField: techFields };
const tableOf = (kind: Kind) => tables[kind] as unknown as typeof jurisdictions;

export async function listDictionary<K extends Kind>(db: Db, kind: K, includeInactive: boolean): Promise<Rows[K][]> {
  const table = tableOf(kind);
  const rows = await db
    .select()
    .from(table)
    .where(includeInactive ? undefined : eq(table.active, true))
    .orderBy(asc(table.sortOrder), asc(table.code));
  return rows as Rows[K][];
}

export async function createDictionaryEntry<K extends Kind>(
  db: Db,
  actor: Actor,
  kind: K,
  body: NewEntry<K>,
): Promise<Rows[K]> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(tableOf(kind))
      .values(body as unknown as typeof jurisdictions.$inferInsert)
      .onConflictDoNothing()
      .returning();
    if (!created) throw new AppError('DUPLICATE_CODE');
    await recordAudit(tx, actor, { action: `${kind}.create`, entityType: kind, entityId: body.code, after: created });
    return created as Rows[K];
  });
}

export async function updateDictionaryEntry<K extends Kind>(
  db: Db,
  actor: Actor,
  kind: K,
  code: string,
  changes: Partial<NewEntry<K>> & { active?: boolean },
): Promise<Rows[K]> {
  const table = tableOf(kind);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(table).where(eq(table.code, code));
    if (!before) throw new AppError('NOT_FOUND');
    const [after] = await tx
      .update(table)
      .set({
        ...(changes as Partial<typeof jurisdictions.$inferInsert>),
        updatedAt: sql`now()`,
        version: sql`${table.version} + 1`,
      })
      .where(eq(table.code, code))
      .returning();
    await recordAudit(tx, actor, { action: `${kind}.update`, entityType: kind, entityId: code, before, after });
    return after as Rows[K];
  });
}
