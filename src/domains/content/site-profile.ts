import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { siteProfile } from '../../db/tables/index.js';
import { AppError } from '../../server/errors.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';

const line = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) => s.replace(/\p{Cc}/gu, '').trim())
    .pipe(z.string().max(max));
const link = z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(500)]);

/**
 * What the bureau says about its site. Every field may be empty: the footer shows what is set and leaves
 * out what is not, rather than show an identifier nobody issued.
 */
export const siteProfileBody = z.object({
  /** 主办单位 (the bureau when empty) and 承办单位. */
  sponsor: line(60).default(''),
  organiser: line(60).default(''),
  /** 网站标识码, issued by the national government-website register: ten letters or digits. */
  siteCode: z.union([z.literal(''), z.string().regex(/^[0-9A-Za-z]{10}$/, 'ten letters or digits')]).default(''),
  /** ICP备案号, e.g. 苏ICP备05000000号-1; 公安机关备案号, e.g. 苏公网安备32050002000001号. */
  icp: line(40).default(''),
  policeFiling: line(40).default(''),
  /** The 党政机关网站标识 badge's address, as 中国机构编制网 issued it. */
  conacUrl: link.default(''),
  /** The address of the national 我为政府网站找错 entry for this site. */
  errorReportUrl: link.default(''),
  address: line(100).default(''),
  postcode: z.union([z.literal(''), z.string().regex(/^\d{6}$/, 'six digits')]).default(''),
  phone: line(40).default(''),
  email: z.union([z.literal(''), z.email().max(100)]).default(''),
  /** 办公时间, e.g. 工作日上午8:30—12:00，下午13:30—17:30. */
  hours: line(100).default(''),
  /** 索引号: the unit's code that heads every index number (its 统一社会信用代码 or 组织机构代码). */
  indexUnitCode: z
    .union([z.literal(''), z.string().regex(/^[0-9A-Z]{9,18}$/, '9 to 18 capital letters or digits')])
    .default(''),
  /** How an index number is written: {unit}, {category}, {year} and {seq} (or {seq:5}), each once. */
  indexRule: z
    .union([
      z.literal(''),
      z
        .string()
        .max(60)
        .regex(/^[0-9A-Za-z{}:/\-_.]+$/, 'letters, digits, - _ . / and the placeholders only')
        .refine(
          (rule) =>
            ['{unit}', '{category}', '{year}'].every((token) => rule.split(token).length === 2) &&
            (rule.match(/\{seq(:\d)?\}/g) ?? []).length === 1,
          { params: { problem: 'index_rule', unit: '{unit}', category: '{category}', year: '{year}', seq: '{seq}' } },
        ),
    ])
    .default(''),
});
export type SiteProfile = z.infer<typeof siteProfileBody>;

export const emptyProfile: SiteProfile = siteProfileBody.parse({});

/** The profile as saved, every field present (fields added later read as empty). */
export async function readSiteProfile(db: DbOrTx): Promise<SiteProfile & { version: number }> {
  const [row] = await db.select().from(siteProfile).where(eq(siteProfile.id, 1));
  const saved = siteProfileBody.safeParse(row?.profile ?? {});
  return { ...(saved.success ? saved.data : emptyProfile), version: row?.version ?? 0 };
}

export async function saveSiteProfile(db: DbOrTx, actor: Actor, body: SiteProfile & { version: number }) {
  const { version, ...profile } = body;
  const saved = await db.transaction(async (tx) => {
    const before = await readSiteProfile(tx);
    if (before.version !== version) throw new AppError('STALE_VERSION');
    await tx
      .insert(siteProfile)
      .values({ id: 1, profile, updatedBy: actor.id, version: version + 1 })
      .onConflictDoUpdate({
        target: siteProfile.id,
        set: { profile, updatedBy: actor.id, updatedAt: sql`now()`, version: version + 1 },
      });
    await recordAudit(tx, actor, {
      action: 'website.profile_save',
      entityType: 'site_profile',
      entityId: '1',
      before,
      after: profile,
    });
    return { ...profile, version: version + 1 };
  });
  remember(db, profile);
  return saved;
}

/** The public-security filing's record number, for its look-up link (苏公网安备32050002000001号 → 32050002000001). */
export function policeRecordNumber(filing: string): string | undefined {
  return filing.match(/\d{10,}/)?.[0];
}

/**
 * Every public page's frame shows the profile, so it is kept in memory: read at start, refreshed in the
 * background when older than half a minute (another instance may have saved it), replaced at once on save.
 */
const cached = new WeakMap<object, { profile: SiteProfile; readAt: number; refreshing?: Promise<void> }>();
const freshFor = 30_000;

/** Reads the profile into memory; with the database away, the frame goes on with what it had (or nothing). */
export async function primeSiteProfile(db: DbOrTx): Promise<void> {
  const entry = cached.get(db) ?? { profile: emptyProfile, readAt: Number.NEGATIVE_INFINITY };
  cached.set(db, entry);
  try {
    const { version: _, ...profile } = await readSiteProfile(db);
    entry.profile = profile;
    entry.readAt = performance.now();
  } catch {
    // Tried again half a minute later, by whichever page comes then.
    entry.readAt = performance.now();
  } finally {
    entry.refreshing = undefined;
  }
}

export function currentSiteProfile(db: DbOrTx): SiteProfile {
  const entry = cached.get(db);
  if (!entry) {
    void primeSiteProfile(db);
    return emptyProfile;
  }
  if (performance.now() - entry.readAt > freshFor && !entry.refreshing) entry.refreshing = primeSiteProfile(db);
  return entry.profile;
}

function remember(db: DbOrTx, profile: SiteProfile) {
  cached.set(db, { profile, readAt: performance.now() });
}
