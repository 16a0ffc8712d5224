import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type pg from 'pg';
import { type Config, ConfigError, type S3Config } from './config.js';

/**
 * Where uploaded bytes live, content-addressed by SHA-256: on local disk under the data dir, in PostgreSQL,
 * or in an S3-compatible store. Files are never overwritten, so a backup that copies the files its database snapshot names is
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
      await pool.query(
        'INSERT INTO file_blobs (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING',
        [sha256, bytes.length, bytes],
      );
      return { sha256, size: bytes.length };
    },
    open: (sha256) =>
      Readable.from(
        (async function* () {
          yield await read(sha256);
        })(),
      ),
    read,
  };
}

/**
 * Bytes in an S3-compatible store (MinIO, Ceph, a cloud's object storage) under `prefix` + the checksum:
 * every instance reads every file without keeping them in the database. Checksums are sent only where the
 * protocol requires them, as many S3-compatible stores do not know the newer ones.
 */
export function s3Storage(config: S3Config): Storage {
  const client = s3Client(config);
  const sdk = () => import('@aws-sdk/client-s3');
  const key = (sha256: string) => `${config.prefix}${sha256.slice(0, 2)}/${sha256}`;
  const body = async (sha256: string) => {
    try {
      const { GetObjectCommand } = await sdk();
      const object = await (await client).send(new GetObjectCommand({ Bucket: config.bucket, Key: key(sha256) }));
      return object.Body as Readable;
    } catch (error) {
      if (error instanceof (await sdk()).NoSuchKey)
        throw Object.assign(new Error(`file ${sha256} is not stored`), { code: 'ENOENT' });
      throw error;
    }
  };
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const { PutObjectCommand } = await sdk();
      await (await client).send(
        new PutObjectCommand({ Bucket: config.bucket, Key: key(sha256), Body: bytes, ContentLength: bytes.length }),
      );
      return { sha256, size: bytes.length };
    },
    open: (sha256) =>
      Readable.from(
        (async function* () {
          yield* await body(sha256);
        })(),
      ),
    async read(sha256) {
      const chunks: Buffer[] = [];
      for await (const chunk of await body(sha256)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/** The AWS SDK is loaded when an S3 store is first used: it costs every other start a fifth of a second. */
async function s3Client(config: S3Config, more: S3ClientConfig = {}): Promise<S3Client> {
  const { S3Client } = await import('@aws-sdk/client-s3');
  return new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
    forcePathStyle: config.pathStyle,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...more,
  });
}

/**
 * Whether the S3 store answers for its bucket with these keys: checked at start, so a wrong address, bucket
 * or key stops `keguan serve` with one line saying which, rather than failing the first upload.
 */
export async function checkS3Store(config: S3Config): Promise<void> {
  const client = await s3Client(config, { maxAttempts: 2 });
  const { HeadBucketCommand } = await import('@aws-sdk/client-s3');
  const where = `${config.endpoint ?? 'AWS S3'}, bucket ${config.bucket}`;
  try {
    await client.send(new HeadBucketCommand({ Bucket: config.bucket }));
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    const reason =
      status === 404
        ? 'the bucket does not exist: create it, or name another in KEGUAN_S3_BUCKET'
        : status === 403 || status === 401
          ? 'the store refuses the key: check KEGUAN_S3_ACCESS_KEY_ID and KEGUAN_S3_SECRET_ACCESS_KEY'
          : status
            ? `the store answered ${status}`
            : `the store cannot be reached (${(error as Error).message}): check KEGUAN_S3_ENDPOINT`;
    throw new ConfigError(`The S3 file store (${where}) cannot be used: ${reason}.`);
  } finally {
    client.destroy();
  }
}

/** The store the configuration names. */
export function configuredStorage(config: Config, pool: pg.Pool): Storage {
  if (config.fileStore === 's3') return s3Storage(config.s3!);
  if (config.fileStore === 'database') return databaseStorage(pool);
  return localStorage(filesDir(config.dataDir));
}

export function filesDir(dataDir: string): string {
  return path.join(dataDir, 'files');
}
