import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', seedDemo: true, databaseUrl: undefined });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('names each bad variable with a clear reason', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', KEGUAN_DEMO: 'yes', DATABASE_URL: 'mysql://x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT="eighty": must be a number/);
    expect(attempt).toThrow(/KEGUAN_DEMO="yes": must be 0/);
    expect(attempt).toThrow(/DATABASE_URL="mysql:\/\/x": must be a postgres/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/between 0 and 65535/);
  });

  it('holds the demo password to the password policy', () => {
    expect(() => loadConfig({ KEGUAN_DEMO_PASSWORD: 'short' })).toThrow(/KEGUAN_DEMO_PASSWORD: must be at least 10/);
    expect(loadConfig({ KEGUAN_DEMO_PASSWORD: 'Demo-Passw0rd', KEGUAN_DEMO: '0' })).toMatchObject({
      demoPassword: 'Demo-Passw0rd',
      seedDemo: false,
    });
  });

  it('keeps files in an S3-compatible store when a bucket is named, and says what is missing', () => {
    expect(loadConfig({}).fileStore).toBe('local');
    const s3 = loadConfig({
      KEGUAN_S3_BUCKET: 'kjj-files',
      KEGUAN_S3_ENDPOINT: 'http://minio.internal:9000',
      KEGUAN_S3_ACCESS_KEY_ID: 'id',
      KEGUAN_S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(s3).toMatchObject({
      fileStore: 's3',
      s3: {
        bucket: 'kjj-files',
        endpoint: 'http://minio.internal:9000',
        region: 'us-east-1',
        prefix: '',
        pathStyle: true,
        credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      },
    });
    // Named but set aside: the operator's explicit choice wins.
    expect(loadConfig({ KEGUAN_S3_BUCKET: 'kjj-files', KEGUAN_FILE_STORE: 'database' })).toMatchObject({
      fileStore: 'database',
      s3: undefined,
    });
    expect(() => loadConfig({ KEGUAN_FILE_STORE: 's3' })).toThrow(
      /KEGUAN_S3_BUCKET: must be set when KEGUAN_FILE_STORE=s3/,
    );
    expect(() => loadConfig({ KEGUAN_S3_BUCKET: 'kjj-files', KEGUAN_S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /set both, or neither/,
    );
    expect(() => loadConfig({ KEGUAN_S3_BUCKET: 'KJJ Files' })).toThrow(
      /KEGUAN_S3_BUCKET="KJJ Files": must be a bucket name/,
    );
    expect(() => loadConfig({ KEGUAN_S3_BUCKET: 'kjj', KEGUAN_S3_ENDPOINT: 'minio:9000' })).toThrow(
      /KEGUAN_S3_ENDPOINT="minio:9000": must be the store's http\(s\) address/,
    );
    expect(() => loadConfig({ KEGUAN_S3_BUCKET: 'kjj', KEGUAN_S3_PREFIX: 'keguan' })).toThrow(
      /KEGUAN_S3_PREFIX="keguan": must be folder names each ending in \//,
    );
  });
});
