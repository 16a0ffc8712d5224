import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgDocumentKind, storedFiles } from '../../db/schema/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import type { Storage } from '../../server/storage.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { getOrg } from '../orgs/orgs.service.js';

export const documentKinds = orgDocumentKind.enumValues;

/** What may be uploaded: recognised by the file's own first bytes, not by the name or the browser's say-so. */
// Office files without macros only (.docx, .xlsx are zip containers; .docm/.xlsm are not accepted).
const acceptedTypes = [
  { mediaType: 'application/pdf', extensions: ['.pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
  { mediaType: 'image/png', extensions: ['.png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'], magic: [0x50, 0x4b, 0x03, 0x04] },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'], magic: [0x50, 0x4b, 0x03, 0x04] },
];
/** What an organisation's documents may be. */
export const documentExtensions = ['.pdf', '.png', '.jpg', '.jpeg'];

/** The file's media type, when its name is one of `allowed` and its first bytes agree; else 415. */
export function detectMediaType(fileName: string, bytes: Buffer, allowed: readonly string[] = documentExtensions): string {
  const extension = path.extname(fileName).toLowerCase();
  const type = acceptedTypes.find((t) => allowed.includes(extension) && t.extensions.includes(extension) && t.magic.every((b, i) => bytes[i] === b));
  if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: allowed.join(' ') } });
  return type.mediaType;
}

export async function storeOrgDocument(
  db: Db,
  storage: Storage,
  o: { user: SessionUser; actor: Actor; orgId: number; kind: (typeof documentKinds)[number]; fileName: string; bytes: Buffer },
) {
  await getOrg(db, o.user, o.orgId);
  const mediaType = detectMediaType(o.fileName, o.bytes);
  const { sha256, size } = await storage.put(o.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(storedFiles)
      .values({ sha256, size, mediaType, originalName: o.fileName.slice(0, 200), orgId: o.orgId, kind: o.kind, uploadedBy: o.user.id })
      .returning();
    await recordAudit(tx, o.actor, { action: 'org.document_upload', entityType: 'org', entityId: o.orgId, after: row });
    return row!;
  });
}

export async function listOrgDocuments(db: Db, user: SessionUser, orgId: number) {
  await getOrg(db, user, orgId);
  return db.select().from(storedFiles).where(eq(storedFiles.orgId, orgId)).orderBy(desc(storedFiles.id));
}

/** A stored file, if the caller may see the organisation it belongs to. */
export async function findFile(db: Db, user: SessionUser, id: number) {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  if (!row?.orgId) throw new AppError('NOT_FOUND');
  await getOrg(db, user, row.orgId);
  return row;
}
