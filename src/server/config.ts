import path from 'node:path';
import { z } from 'zod';
import { passwordPolicyProblem } from '../domains/auth/password.js';
import { isCalendarDay } from '../shared/clock.js';

/** Raised when an environment variable is missing or malformed; the CLI prints its message alone. */
export class ConfigError extends Error {}

const port = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const environment = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  KEGUAN_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  KEGUAN_DEMO: z.enum(['0', '1'], { message: 'must be 0 (do not seed the demo city) or 1' }).default('1'),
  KEGUAN_DEMO_PASSWORD: z.string().optional(),
  KEGUAN_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  KEGUAN_BUREAU_NAME: z.string().trim().min(1, 'must not be empty').max(50).default('江川市科学技术局'),
  KEGUAN_BUREAU_NAME_EN: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100)
    .default('Jiangchuan Municipal Science and Technology Bureau'),
  KEGUAN_PUBLIC_URL: z
    .string()
    .regex(
      /^https?:\/\/[^\s/]+$/,
      "must be the site's origin, e.g. https://kjj.example.gov.cn (no path, no trailing slash)",
    )
    .optional(),
  KEGUAN_TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[\w.:/, -]+)$/,
      'must be true, false, a number of proxy hops, or addresses/CIDRs (comma-separated)',
    )
    .default('loopback'),
  KEGUAN_API_RATE_LIMIT: z.coerce.number().int().positive('must be a positive number').default(600),
  KEGUAN_SITE_RATE_LIMIT: z.coerce.number().int().positive('must be a positive number').default(120),
  KEGUAN_FILE_STORE: z.enum(['local', 'database', 's3'], { error: 'must be local, database or s3' }).optional(),
  KEGUAN_S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'must be a bucket name: 3–63 lower-case letters, digits, dots and hyphens',
    )
    .optional(),
  KEGUAN_S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      error:
        "must be the store's http(s) address, e.g. https://oss-cn-hangzhou.aliyuncs.com or http://minio.internal:9000",
    })
    .optional(),
  KEGUAN_S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'must be a region name such as us-east-1 or cn-north-1')
    .default('us-east-1'),
  KEGUAN_S3_ACCESS_KEY_ID: z.string().min(1, 'must not be empty').optional(),
  KEGUAN_S3_SECRET_ACCESS_KEY: z.string().min(1, 'must not be empty').optional(),
  KEGUAN_S3_PREFIX: z
    .string()
    .regex(/^([\w.-]+\/)*$/, 'must be folder names each ending in /, e.g. keguan/files/')
    .default(''),
  KEGUAN_S3_PATH_STYLE: z
    .enum(['true', 'false'], {
      error:
        'must be true (bucket in the path, as MinIO and most private stores want) or false (bucket in the host name)',
    })
    .default('true'),
  KEGUAN_BACKUP_KEEP_DAYS: z.coerce.number().int().min(1, 'must be at least 1').max(3650).default(14),
  KEGUAN_TODAY: z
    .string()
    .refine(isCalendarDay, 'must be a calendar day written YYYY-MM-DD, e.g. 2027-03-01')
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A streaming replica for read-only traffic (the public site, dashboards); the primary when it is away. */
  replicaUrl: string | undefined;
  seedDemo: boolean;
  demoPassword: string | undefined;
  logLevel: string;
  /** The bureau as the public site names it, in Chinese and English. */
  bureauName: string;
  bureauNameEn: string;
  /** The public site's origin for canonical links, feeds and the sitemap; the request's host when absent. */
  publicUrl: string | undefined;
  /**
   * Which proxies' X-Forwarded-For to believe: the client's address decides rate limits and the audit's
   * address, so only a proxy of our own may state it (default: one on this machine).
   */
  trustProxy: boolean | number | string;
  /** Requests per minute per session or address on /api. */
  apiRateLimit: number;
  /** Searches (and message forms) per minute per address on the public site. */
  siteRateLimit: number;
  /** Failed logins per minute from one address before it is slowed down. */
  loginFailuresPerAddress: number;
  /**
   * Where uploaded files' bytes live: `local`, the data dir (one machine); `database`, PostgreSQL, or `s3`, an
   * S3-compatible store, so that every instance on one database reads every file.
   */
  fileStore: 'local' | 'database' | 's3';
  /** The S3-compatible store (KEGUAN_S3_*): files there when KEGUAN_S3_BUCKET is set (or KEGUAN_FILE_STORE=s3). */
  s3: S3Config | undefined;
  /** Nightly backups older than this many days are deleted (the admin may change it in the back office). */
  backupKeepDays: number;
  /** Largest upload accepted, in bytes. */
  maxUploadBytes: number;
  /** KEGUAN_TODAY: the business calendar day pinned for demonstrations and tests; the real Beijing day when absent. */
  today: string | undefined;
}

export interface S3Config {
  bucket: string;
  /** The store's address; AWS's own when absent. */
  endpoint: string | undefined;
  region: string;
  /** Both, or neither (then the SDK's usual sources: AWS_* variables, the instance's role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** Folder inside the bucket, e.g. `keguan/` (empty: the bucket's root). */
  prefix: string;
  pathStyle: boolean;
}

/** Reads and validates the environment once; a bad value stops with one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.KEGUAN_DEMO_PASSWORD !== undefined) {
    const problem = passwordProblemForConfig(e.KEGUAN_DEMO_PASSWORD);
    if (problem) throw new ConfigError(`Invalid configuration:\n  KEGUAN_DEMO_PASSWORD: ${problem}`);
  }
  const fileStore = e.KEGUAN_FILE_STORE ?? (e.KEGUAN_S3_BUCKET ? 's3' : 'local');
  if (fileStore === 's3' && !e.KEGUAN_S3_BUCKET)
    throw new ConfigError('Invalid configuration:\n  KEGUAN_S3_BUCKET: must be set when KEGUAN_FILE_STORE=s3');
  if (Boolean(e.KEGUAN_S3_ACCESS_KEY_ID) !== Boolean(e.KEGUAN_S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      'Invalid configuration:\n  KEGUAN_S3_ACCESS_KEY_ID and KEGUAN_S3_SECRET_ACCESS_KEY: set both, or neither',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.KEGUAN_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    replicaUrl: e.DATABASE_REPLICA_URL,
    seedDemo: e.KEGUAN_DEMO === '1',
    demoPassword: e.KEGUAN_DEMO_PASSWORD,
    logLevel: e.KEGUAN_LOG_LEVEL,
    bureauName: e.KEGUAN_BUREAU_NAME,
    bureauNameEn: e.KEGUAN_BUREAU_NAME_EN,
    publicUrl: e.KEGUAN_PUBLIC_URL,
    trustProxy:
      e.KEGUAN_TRUST_PROXY === 'true'
        ? true
        : e.KEGUAN_TRUST_PROXY === 'false'
          ? false
          : /^\d+$/.test(e.KEGUAN_TRUST_PROXY)
            ? Number(e.KEGUAN_TRUST_PROXY)
            : e.KEGUAN_TRUST_PROXY,
    apiRateLimit: e.KEGUAN_API_RATE_LIMIT,
    siteRateLimit: e.KEGUAN_SITE_RATE_LIMIT,
    loginFailuresPerAddress: 60,
    fileStore,
    s3:
      fileStore === 's3'
        ? {
            bucket: e.KEGUAN_S3_BUCKET!,
            endpoint: e.KEGUAN_S3_ENDPOINT,
            region: e.KEGUAN_S3_REGION,
            credentials: e.KEGUAN_S3_ACCESS_KEY_ID
              ? { accessKeyId: e.KEGUAN_S3_ACCESS_KEY_ID, secretAccessKey: e.KEGUAN_S3_SECRET_ACCESS_KEY! }
              : undefined,
            prefix: e.KEGUAN_S3_PREFIX,
            pathStyle: e.KEGUAN_S3_PATH_STYLE === 'true',
          }
        : undefined,
    backupKeepDays: e.KEGUAN_BACKUP_KEEP_DAYS,
    maxUploadBytes: 20 * 1024 * 1024,
    today: e.KEGUAN_TODAY,
  };
}

function passwordProblemForConfig(password: string): string | undefined {
  const problem = passwordPolicyProblem(password);
  if (problem === 'TOO_SHORT')
    return 'must be at least 10 characters (the password policy applies to demo accounts too)';
  if (problem === 'TOO_FEW_CLASSES') return 'must mix three of: lower case, upper case, digits, symbols';
  return undefined;
}
