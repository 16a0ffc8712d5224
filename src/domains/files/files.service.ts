import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgDocumentKind, storedFiles } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import type { Storage } from '../../server/storage.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { getOrg } from '../orgs/orgs.service.js';

export const documentKinds = orgDocumentKind.enumValues;

/**
 * What may be uploaded: recognised from the file's own contents (file-type reads a zip's [Content_Types].xml,
 * so a .docx is told from a .docm or an .xlsx), not from the name or the browser's say-so. Office files
 * without macros only.
 */
const acceptedTypes: Record<string, { mediaType: string; extensions: string[] }> = {
  pdf: { mediaType: 'application/pdf', extensions: ['.pdf'] },
  png: { mediaType: 'image/png', extensions: ['.png'] },
  jpg: { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'] },
};
const macroEnabled = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm']);
/** What an organisation's documents may be. */
export const documentExtensions = ['.pdf', '.png', '.jpg', '.jpeg'];

/**
 * The file's media type, when its name is one of `allowed` and its contents are what the name says; else 415,
 * saying what the file really is when that is known (a macro-enabled document, a spreadsheet named .docx).
 */
export async function detectMediaType(
  fileName: string,
  bytes: Buffer,
  allowed: readonly string[] = documentExtensions,
): Promise<string> {
  const extension = path.extname(fileName).toLowerCase();
  const refused = () => new AppError('UNSUPPORTED_MEDIA_TYPE', { params: { allowed: allowed.join(' ') } });
  if (!allowed.includes(extension)) throw refused();
  const detected = await fileTypeFromBuffer(bytes);
  if (detected && macroEnabled.has(detected.ext))
    throw new AppError('FILE_MACRO_ENABLED', { params: { actual: `.${detected.ext}` } });
  const type = detected ? acceptedTypes[detected.ext] : undefined;
  if (type?.extensions.includes(extension)) return type.mediaType;
  if (detected)
    throw new AppError('FILE_MISLABELLED', {
      params: { actual: `.${detected.ext}`, claimed: extension, allowed: allowed.join(' ') },
    });
  throw refused();
}

export async function storeOrgDocument(
  db: Db,
  storage: Storage,
  o: {
    user: SessionUser;
    actor: Actor;
    orgId: number;
    kind: (typeof documentKinds)[number];
    fileName: string;
    bytes: Buffer;
  },
) {
  await getOrg(db, o.user, o.orgId);
  const mediaType = await detectMediaType(o.fileName, o.bytes);
  const { sha256, size } = await storage.put(o.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(storedFiles)
      .values({
        sha256,
        size,
        mediaType,
        originalName: o.fileName.slice(0, 200),
        orgId: o.orgId,
        kind: o.kind,
        uploadedBy: o.user.id,
      })
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
