import { and, asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { projectAttachments } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import type { Storage } from '../../server/storage.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { detectMediaType } from '../files/files.service.js';
import { getCall } from '../programs/programs.service.js';
import type { AttachmentSpec } from '../applications/form-spec.js';
import { stampedCopySpec } from '../applications/template.js';
import type { FieldProblem } from '../../server/problems.js';
import { findProject } from './projects.service.js';

const editableStates = new Set(['draft', 'returned']);

/** 中期/验收材料: what an approved project's applicant uploads, whatever the call asked at application time. */
export const executionAttachments: AttachmentSpec[] = [
  {
    key: 'midterm_report',
    name: '中期进展报告',
    types: ['.pdf', '.docx'],
    maxBytes: 20 * 1024 * 1024,
    required: false,
  },
  { key: 'acceptance_report', name: '验收材料', types: ['.pdf', '.docx'], maxBytes: 20 * 1024 * 1024, required: true },
];

/** Until the step that needs it is taken, the applicant may upload (again) the stamped copy. */
const stampedCopyStates: Record<'recommend' | 'pass_formal_review', ReadonlySet<string>> = {
  recommend: new Set(['submitted']),
  pass_formal_review: new Set(['submitted', 'recommended']),
};

/** The attachments the applicant may upload now: the call's while applying, the stamped copy once submitted, the execution ones once approved. */
async function uploadableSpecs(db: DbOrTx, project: { state: string; callId: number }) {
  if (editableStates.has(project.state)) return (await getCall(db, project.callId)).attachments;
  if (project.state === 'approved') return executionAttachments;
  const step = (await getCall(db, project.callId)).applicationTemplate?.stampedCopyStep;
  if (step && stampedCopyStates[step].has(project.state)) return [stampedCopySpec];
  return undefined;
}

/** 申报附件: the applicant uploads a file for one of the call's attachments, checked by type, bytes and size. */
export async function uploadAttachment(
  db: Db,
  storage: Storage,
  o: { user: SessionUser; actor: Actor; projectId: number; key: string; fileName: string; bytes: Buffer },
) {
  const project = await findProject(db, o.user, o.projectId);
  const specs = await uploadableSpecs(db, project);
  if (!specs) throw refusal('project', project.state, 'upload');
  const spec = specs.find((a) => a.key === o.key);
  if (!spec) throw AppError.invalid('body.key', 'not_attachment');
  if (o.bytes.length > spec.maxBytes)
    throw new AppError('PAYLOAD_TOO_LARGE', { params: { limit: `${Math.round(spec.maxBytes / 1024 / 1024)} MB` } });
  const mediaType = await detectMediaType(o.fileName, o.bytes, spec.types);
  const { sha256, size } = await storage.put(o.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(projectAttachments)
      .values({
        projectId: o.projectId,
        attachmentKey: o.key,
        sha256,
        size,
        mediaType,
        originalName: o.fileName.slice(0, 200),
        uploadedBy: o.user.id,
        // The stamped copy is of the version submitted last; a later resubmission makes it outdated.
        checksum: o.key === stampedCopySpec.key ? project.checksum : null,
      })
      .returning();
    await recordAudit(tx, o.actor, {
      action: 'project.attachment_upload',
      entityType: 'project',
      entityId: o.projectId,
      after: row,
    });
    return row!;
  });
}

const executionStates = new Set(['approved', 'acceptance_requested', 'accepted', 'failed_acceptance', 'terminated']);

/** The files, every attachment the project has been asked for so far, and which of them the applicant may upload now. */
export async function listAttachments(db: DbOrTx, user: SessionUser, projectId: number) {
  const project = await findProject(db, user, projectId);
  const call = await getCall(db, project.callId);
  const uploadable = user.role === 'applicant' ? ((await uploadableSpecs(db, project)) ?? []) : [];
  return {
    items: await db
      .select()
      .from(projectAttachments)
      .where(eq(projectAttachments.projectId, projectId))
      .orderBy(asc(projectAttachments.id)),
    specs: [
      ...call.attachments,
      ...(call.applicationTemplate?.stampedCopyStep ? [stampedCopySpec] : []),
      ...(executionStates.has(project.state) ? executionAttachments : []),
    ],
    uploadable: uploadable.map((spec) => spec.key),
  };
}

export async function findAttachment(db: Db, user: SessionUser, projectId: number, id: number) {
  await findProject(db, user, projectId);
  const [row] = await db
    .select()
    .from(projectAttachments)
    .where(and(eq(projectAttachments.projectId, projectId), eq(projectAttachments.id, id)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function deleteAttachment(db: Db, user: SessionUser, actor: Actor, projectId: number, id: number) {
  return db.transaction(async (tx) => {
    const project = await findProject(tx, user, projectId, { lock: true });
    const specs = await uploadableSpecs(tx, project);
    const [existing] = await tx
      .select()
      .from(projectAttachments)
      .where(and(eq(projectAttachments.projectId, projectId), eq(projectAttachments.id, id)));
    // Only files of the current stage can go: the application's files stay once it is submitted.
    if (existing && !specs?.some((s) => s.key === existing.attachmentKey)) {
      throw refusal('project', project.state, 'delete_attachment');
    }
    const [row] = await tx
      .delete(projectAttachments)
      .where(and(eq(projectAttachments.projectId, projectId), eq(projectAttachments.id, id)))
      .returning();
    if (!row) throw new AppError('NOT_FOUND');
    await recordAudit(tx, actor, {
      action: 'project.attachment_delete',
      entityType: 'project',
      entityId: projectId,
      before: row,
    });
  });
}

/** The call's required attachments this project has no file for. */
export async function missingAttachments(
  tx: DbOrTx,
  projectId: number,
  required: { key: string }[],
): Promise<FieldProblem[]> {
  if (!required.length) return [];
  const present = await tx
    .select({ key: projectAttachments.attachmentKey })
    .from(projectAttachments)
    .where(eq(projectAttachments.projectId, projectId));
  return required
    .filter((a) => !present.some((p) => p.key === a.key))
    .map((a) => ({ field: `attachments.${a.key}`, problem: 'attachment_missing' as const }));
}
