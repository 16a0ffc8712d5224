import { and, asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { projectAttachments } from '../../db/schema/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import type { Storage } from '../../server/storage.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { detectMediaType } from '../files/files.service.js';
import { getCall } from '../programs/programs.service.js';
import type { FieldProblem } from './form-data.js';
import { findProject } from './projects.service.js';

const editableStates = new Set(['draft', 'returned']);

/** 申报附件: the applicant uploads a file for one of the call's attachments, checked by type, bytes and size. */
export async function uploadAttachment(
  db: Db,
  storage: Storage,
  o: { user: SessionUser; actor: Actor; projectId: number; key: string; fileName: string; bytes: Buffer },
) {
  const project = await findProject(db, o.user, o.projectId);
  if (!editableStates.has(project.state)) throw new AppError('INVALID_TRANSITION', { details: { state: project.state, action: 'upload' } });
  const call = await getCall(db, project.callId);
  const spec = call.attachments.find((a) => a.key === o.key);
  if (!spec) throw new AppError('VALIDATION', { details: [{ field: 'body.key', message: 'not an attachment of this call' }] });
  if (o.bytes.length > spec.maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: `${Math.round(spec.maxBytes / 1024 / 1024)} MB` } });
  const mediaType = detectMediaType(o.fileName, o.bytes, spec.types);
  const { sha256, size } = await storage.put(o.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projectAttachments)
      .values({ projectId: o.projectId, attachmentKey: o.key, sha256, size, mediaType, originalName: o.fileName.slice(0, 200), uploadedBy: o.user.id })
      .returning();
    await recordAudit(tx, o.actor, { action: 'project.attachment_upload', entityType: 'project', entityId: o.projectId, after: row });
    return row!;
  });
}

export async function listAttachments(db: DbOrTx, user: SessionUser, projectId: number) {
  await findProject(db, user, projectId);
  return db.select().from(projectAttachments).where(eq(projectAttachments.projectId, projectId)).orderBy(asc(projectAttachments.id));
}

export async function findAttachment(db: Db, user: SessionUser, projectId: number, id: number) {
  await findProject(db, user, projectId);
  const [row] = await db.select().from(projectAttachments).where(and(eq(projectAttachments.projectId, projectId), eq(projectAttachments.id, id)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function deleteAttachment(db: Db, user: SessionUser, actor: Actor, projectId: number, id: number) {
  return db.transaction(async (tx) => {
    const project = await findProject(tx, user, projectId, { lock: true });
    if (!editableStates.has(project.state)) throw new AppError('INVALID_TRANSITION', { details: { state: project.state, action: 'delete_attachment' } });
    const [row] = await tx
      .delete(projectAttachments)
      .where(and(eq(projectAttachments.projectId, projectId), eq(projectAttachments.id, id)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, { action: 'project.attachment_delete', entityType: 'project', entityId: projectId, before: row });
  });
}

/** The call's required attachments this project has no file for. */
export async function missingAttachments(tx: DbOrTx, projectId: number, required: { key: string }[]): Promise<FieldProblem[]> {
  if (!required.length) return [];
  const present = await tx.select({ key: projectAttachments.attachmentKey }).from(projectAttachments).where(eq(projectAttachments.projectId, projectId));
  return required
    .filter((a) => !present.some((p) => p.key === a.key))
    .map((a) => ({ field: `attachments.${a.key}`, message: 'a required attachment is missing', problem: 'required' as const }));
}
