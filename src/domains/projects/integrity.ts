import { desc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { integrityRecords, projects, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { getOrg } from '../orgs/orgs.service.js';

export type IntegrityKind = (typeof integrityRecords.$inferInsert)['kind'];

/** Records an integrity finding in the caller's transaction (the lifecycle calls this on a failed acceptance or a termination for cause). */
export async function recordIntegrity(
  tx: DbOrTx,
  actor: Actor,
  o: {
    orgId: number;
    personId?: number | null;
    projectId?: number | null;
    kind: IntegrityKind;
    note?: string | null;
    recordedBy: number | null;
  },
) {
  const [row] = await tx
    .insert(integrityRecords)
    .values({
      orgId: o.orgId,
      personId: o.personId ?? null,
      projectId: o.projectId ?? null,
      kind: o.kind,
      note: o.note ?? null,
      recordedBy: o.recordedBy,
    })
    .returning();
  await recordAudit(tx, actor, { action: 'integrity.record', entityType: 'org', entityId: o.orgId, after: row });
  return row!;
}

/** An organisation's integrity record, newest first, with the project it arose from. */
export async function integrityOf(db: DbOrTx, orgId: number) {
  return db
    .select({
      id: integrityRecords.id,
      kind: integrityRecords.kind,
      note: integrityRecords.note,
      projectId: integrityRecords.projectId,
      projectTitle: projects.title,
      personId: integrityRecords.personId,
      recordedByName: users.displayName,
      createdAt: integrityRecords.createdAt,
    })
    .from(integrityRecords)
    .leftJoin(projects, eq(projects.id, integrityRecords.projectId))
    .leftJoin(users, eq(users.id, integrityRecords.recordedBy))
    .where(eq(integrityRecords.orgId, orgId))
    .orderBy(desc(integrityRecords.createdAt), desc(integrityRecords.id));
}

/** Staff record a finding of misconduct by hand. */
export async function addMisconduct(
  db: Db,
  user: SessionUser,
  actor: Actor,
  orgId: number,
  body: { note: string; projectId?: number },
) {
  await getOrg(db, user, orgId);
  if (body.projectId) {
    const [project] = await db.select({ orgId: projects.orgId }).from(projects).where(eq(projects.id, body.projectId));
    if (project?.orgId !== orgId) throw AppError.invalid('body.projectId', 'project_not_of_org');
  }
  return db.transaction((tx) =>
    recordIntegrity(tx, actor, {
      orgId,
      projectId: body.projectId,
      kind: 'misconduct',
      note: body.note,
      recordedBy: user.id,
    }),
  );
}
