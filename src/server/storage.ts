import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where uploaded bytes live: content-addressed by SHA-256 on local disk under the data dir. Files are
 * never overwritten, so a backup that copies the files its database snapshot names is consistent.
 */
export interface Storage {
  put(bytes: Buffer): Promise<{ sha256: string; size: number }>;
  open(sha256: string): Readable;
  read(sha256: string): Promise<Buffer>;
  has(sha256: string): boolean;
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
    has: (sha256) => existsSync(pathOf(sha256)),
  };
}

export function filesDir(dataDir: string): string {
  return path.join(dataDir, 'files');
}
