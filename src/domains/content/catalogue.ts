import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type PortalColumn, portalItems } from '../../db/tables/index.js';
import { beijingDay } from '../../shared/clock.js';
import { readSiteProfile } from './site-profile.js';

/**
 * 政府信息公开目录: the columns whose items are government information the bureau discloses of its own
 * accord (主动公开), each item carrying the catalogue's metadata and an index number.
 */
export const catalogueColumns = [
  'open-gov',
  'policies',
  'notices',
  'publicity',
  'guide',
] as const satisfies readonly PortalColumn[];

/**
 * 政府信息公开 parts: the statutory active-disclosure items of 《政府信息公开条例》第二十条 a science bureau
 * carries, its guide and rules, and its annual reports.
 */
export const openGovCategories = [
  'disclosure_guide',
  'disclosure_rules',
  'functions',
  'leaders',
  'interpretation',
  'plans',
  'budget',
  'funds',
  'annual_report',
  'other',
] as const;
export type OpenGovCategory = (typeof openGovCategories)[number];

/** A catalogue category: an open-government part, or the column itself (政策文件, 通知公告, 公示公告, 办事指南). */
export type CatalogueCategory = OpenGovCategory | Exclude<(typeof catalogueColumns)[number], 'open-gov'>;

/** The two-digit category codes index numbers carry. */
export const categoryCodes: Record<CatalogueCategory, string> = {
  functions: '01',
  leaders: '02',
  policies: '03',
  interpretation: '04',
  plans: '05',
  budget: '06',
  funds: '07',
  publicity: '08',
  notices: '09',
  guide: '10',
  annual_report: '11',
  disclosure_guide: '12',
  disclosure_rules: '13',
  other: '99',
};

/** 主题分类 offered for catalogue items. */
export const catalogueTopics = ['science', 'ip', 'talent', 'finance', 'organisation', 'general'] as const;

export function categoryOf(item: { column: string; details: unknown }): CatalogueCategory | undefined {
  if (item.column === 'open-gov') {
    const category = (item.details as { category?: string } | null)?.category;
    return (openGovCategories as readonly string[]).includes(category ?? '') ? (category as OpenGovCategory) : 'other';
  }
  return (catalogueColumns as readonly string[]).includes(item.column) ? (item.column as CatalogueCategory) : undefined;
}

/** The default rule: unit code, category, year and a four-digit serial, e.g. 11320500014123456X-03-2026-0007. */
export const defaultIndexRule = '{unit}-{category}-{year}-{seq:4}';

export function indexNumber(rule: string, o: { unit: string; category: string; year: number; serial: number }): string {
  return rule
    .replaceAll('{unit}', o.unit)
    .replaceAll('{category}', o.category)
    .replaceAll('{year}', String(o.year))
    .replace(/\{seq(?::(\d))?\}/, (_, width: string | undefined) => String(o.serial).padStart(Number(width ?? 4), '0'));
}

/**
 * Gives a published catalogue item its index number. The serial is taken from the rule's own sequence under
 * its row lock, so two items published at the same moment get consecutive numbers; a number already used
 * (the rule changed back and forth) is skipped. Without a unit code set, no number is made up: the item
 * gets one once the bureau sets its code.
 */
export async function assignIndexNumber(
  tx: DbOrTx,
  item: { id: number; column: string; details: unknown; publishAt: Date | null; indexNo: string | null },
): Promise<string | undefined> {
  if (item.indexNo) return item.indexNo;
  const category = categoryOf(item);
  if (!category || !item.publishAt) return undefined;
  const profile = await readSiteProfile(tx);
  if (!profile.indexUnitCode) return undefined;
  const rule = profile.indexRule || defaultIndexRule;
  const year = Number(beijingDay(item.publishAt).slice(0, 4));
  const context = { unit: profile.indexUnitCode, category: categoryCodes[category], year };
  const key = `index:${indexNumber(rule, { ...context, serial: 0 })}`;
  for (;;) {
    const result = await tx.execute<{ last: number }>(
      sql`INSERT INTO number_sequences (prefix, last) VALUES (${key}, 1) ON CONFLICT (prefix) DO UPDATE SET last = number_sequences.last + 1 RETURNING last`,
    );
    const candidate = indexNumber(rule, { ...context, serial: result.rows[0]!.last });
    const [taken] = await tx.select({ id: portalItems.id }).from(portalItems).where(eq(portalItems.indexNo, candidate));
    if (taken) continue;
    await tx.update(portalItems).set({ indexNo: candidate }).where(eq(portalItems.id, item.id));
    return candidate;
  }
}

/** Numbers every published catalogue item still without one (after the unit code is first set), oldest first. */
export async function assignMissingIndexNumbers(db: DbOrTx): Promise<number> {
  const profile = await readSiteProfile(db);
  if (!profile.indexUnitCode) return 0;
  const waiting = await db
    .select({
      id: portalItems.id,
      column: portalItems.column,
      details: portalItems.details,
      publishAt: portalItems.publishAt,
      indexNo: portalItems.indexNo,
    })
    .from(portalItems)
    .where(
      and(
        eq(portalItems.state, 'published'),
        isNull(portalItems.indexNo),
        inArray(portalItems.column, [...catalogueColumns]),
      ),
    )
    .orderBy(asc(portalItems.publishAt), asc(portalItems.id))
    .limit(1000);
  for (const item of waiting) await db.transaction((tx) => assignIndexNumber(tx, item));
  return waiting.length;
}
