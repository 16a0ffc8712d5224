import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type pg from 'pg';

/**
 * Where uploaded bytes live, content-addressed by SHA-256: on local disk under the data dir, or in
 * PostgreSQL. Files are never overwritten, so a backup that copies the files its database snapshot names is
 * consistent.
 */
export interface Storage {
  put(bytes: Buffer): Promise<{ sha256: string; size: number }>;
  open(sha256: string): Readable;
  read(sha256: string): Promise<Buffer>;
}

export function localStorage(root: string): Storage {
  const pathOf = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256);
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      if (!existsSync(target)) {
        await fs.mkdir(path.dirname(target), { recursive: true });
        // One staging name per write: the same bytes uploaded twice at once must not share (and lose) it.
        const staging = `${target}.${randomUUID()}.tmp`;
        await fs.writeFile(staging, bytes);
        await fs.rename(staging, target);
      }
      return { sha256, size: bytes.length };
    },
    open: (sha256) => createReadStream(pathOf(sha256)),
    read: (sha256) => fs.readFile(pathOf(sha256)),
  };
}

/**
 * Bytes in PostgreSQL (table file_blobs), content-addressed the same way: what several instances behind one
 * address need, as every one of them reads the same database.
 */
export function databaseStorage(pool: pg.Pool): Storage {
  const read = async (sha256: string) => {
    const { rows } = await pool.query<{ bytes: Buffer }>('SELECT bytes FROM file_blobs WHERE sha256 = $1', [sha256]);
    if (!rows[0]) throw Object.assign(new Error(`file ${sha256} is not stored`), { code: 'ENOENT' });
    return rows[0].bytes;
  };
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await pool.query('INSERT INTO file_blobs (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING', [sha256, bytes.length, bytes]);
      return { sha256, size: bytes.length };
    },
    open: (sha256) => Readable.from((async function* () {
      yield await read(sha256);
    })()),
    read,
  };
}

export function filesDir(dataDir: string): string {
  return path.join(dataDir, 'files');
}
