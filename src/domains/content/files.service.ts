import { and, eq, exists, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../db/client.js';
import { portalFiles, portalItemFiles, portalItems } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import type { Storage } from '../../server/storage.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { detectMediaType } from '../files/files.service.js';
import { contentEditors } from './policy.js';
import { visible } from './public.service.js';

/** Images for a body, and documents to list under an item. */
export const portalFileExtensions = ['.png', '.jpg', '.jpeg', '.pdf', '.docx', '.xlsx'];

export async function storePortalFile(
  db: DbOrTx,
  storage: Storage,
  o: { user: SessionUser; actor: Actor; fileName: string; bytes: Buffer },
) {
  const mediaType = await detectMediaType(o.fileName, o.bytes, portalFileExtensions);
  const { sha256, size } = await storage.put(o.bytes);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(portalFiles)
      .values({ sha256, size, mediaType, originalName: o.fileName.slice(0, 200), uploadedBy: o.user.id })
      .returning();
    await recordAudit(tx, o.actor, {
      action: 'portal.file_upload',
      entityType: 'portal_file',
      entityId: row!.id,
      after: { name: row!.originalName, mediaType, size },
    });
    return row!;
  });
}

/**
 * A file as a reader may have it: anyone, once an item that shows it is published; staff, always (to
 * preview drafts). Anything else is "not found", so drafts' files cannot be probed.
 */
export async function portalFileForReader(db: DbOrTx, request: FastifyRequest, id: number) {
  const staff = request.user && (contentEditors as readonly string[]).includes(request.user.role);
  const shown = exists(
    db
      .select({ one: sql`1` })
      .from(portalItemFiles)
      .innerJoin(portalItems, eq(portalItems.id, portalItemFiles.itemId))
      .where(and(eq(portalItemFiles.fileId, portalFiles.id), visible())),
  );
  const [file] = await db
    .select()
    .from(portalFiles)
    .where(and(eq(portalFiles.id, id), staff ? undefined : shown));
  if (!file) throw new AppError('NOT_FOUND');
  return file;
}
