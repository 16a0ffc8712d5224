import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3 } from '../testing/s3.js';
import { checkS3Store, s3Storage } from './storage.js';

let s3: Awaited<ReturnType<typeof startS3>>;
beforeAll(async () => {
  s3 = await startS3();
});
afterAll(async () => {
  await s3.close();
});

const streamed = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

describe('the S3 file store', () => {
  it('keeps files by their checksum, read whole or streamed, the same bytes stored once', async () => {
    const storage = s3Storage(s3.config);
    const text = Buffer.from('江川市科学技术局 申报书附件'.repeat(100));
    const big = randomBytes(3 * 1024 * 1024);
    const [first, again, large] = await Promise.all([storage.put(text), storage.put(text), storage.put(big)]);
    expect(first).toEqual(again);
    expect(first.size).toBe(text.length);
    expect((await storage.read(first.sha256)).equals(text)).toBe(true);
    expect((await streamed(storage.open(large.sha256))).equals(big)).toBe(true);
  });

  it('reads what another instance stored, and says plainly when a file is not there', async () => {
    const one = s3Storage(s3.config);
    const other = s3Storage(s3.config);
    const { sha256 } = await one.put(Buffer.from('由一台服务器保存，另一台读取'));
    expect((await other.read(sha256)).toString()).toBe('由一台服务器保存，另一台读取');
    const missing = '0'.repeat(64);
    await expect(other.read(missing)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(streamed(other.open(missing))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('is checked at start: a missing bucket, an unknown key or no store at the address stops with one line saying which', async () => {
    await expect(checkS3Store(s3.config)).resolves.toBeUndefined();
    await expect(checkS3Store({ ...s3.config, bucket: 'no-such-bucket' })).rejects.toThrow(
      /bucket no-such-bucket\) cannot be used: the bucket does not exist/,
    );
    await expect(
      checkS3Store({ ...s3.config, credentials: { accessKeyId: 'SOMEONE-ELSE', secretAccessKey: 'x' } }),
    ).rejects.toThrow(/refuses the key/);
    await expect(checkS3Store({ ...s3.config, endpoint: 'http://127.0.0.1:9' })).rejects.toThrow(
      /cannot be reached .*KEGUAN_S3_ENDPOINT/,
    );
  });

  it('refuses to work with a key the store does not know: an error, not an empty file', async () => {
    const wrong = s3Storage({
      ...s3.config,
      credentials: { accessKeyId: 'SOMEONE-ELSE', secretAccessKey: 'not-the-secret' },
    });
    await expect(wrong.put(Buffer.from('x'))).rejects.toThrow();
  });
});
