import type { ItemDetails } from './schema.js';
import { and, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import {
  type PortalColumn,
  portalColumns,
  portalFiles,
  portalItemFiles,
  portalItems,
  portalItemVersions,
  type PortalState,
  portalStates,
  users,
} from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { likePatterns, queryGrams } from '../../shared/search.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { beijingDay } from '../../shared/clock.js';
import { assignIndexNumber, catalogueColumns, catalogueTopics, openGovCategories } from './catalogue.js';
import { imageIdsOf, sanitizeBody, textOf } from '../../server/sanitize.js';
import * as clock from '../../shared/clock.js';

const day = z.iso.date();
// Control characters (Word's line break, pasted) would make a feed invalid XML: they are dropped.
const line = (max: number, min = 0) =>
  z
    .string()
    .max(max * 2)
    .transform((text) => text.replace(/\p{Cc}/gu, ' ').trim())
    .pipe(z.string().min(min).max(max));

/** 办事指南: what a service needs and how it goes. */
export const guideDetails = z.object({
  conditions: line(4000).default(''),
  materials: z.array(line(300, 1)).max(40).default([]),
  steps: z.array(line(300, 1)).max(30).default([]),
  timeLimit: line(100).default(''),
  fee: line(100).default(''),
  contact: line(300).default(''),
});

export const itemInput = z.object({
  column: z.enum(portalColumns),
  title: line(200, 1),
  summary: line(500).optional().nullable(),
  bodyHtml: z.string().max(400_000).default(''),
  source: line(100).optional().nullable(),
  docNo: line(100).optional().nullable(),
  validity: z.enum(['in_force', 'amended', 'repealed']).optional().nullable(),
  effectiveOn: day.optional().nullable(),
  startsOn: day.optional().nullable(),
  endsOn: day.optional().nullable(),
  objectionContact: line(300).optional().nullable(),
  guide: guideDetails.optional(),
  openGovCategory: z.enum(openGovCategories).optional(),
  /** 政策解读: the policy it explains (an item of 政策法规). */
  interprets: z.number().int().positive().optional().nullable(),
  /** 主题分类, for the items of the open-government catalogue. */
  topic: z.enum(catalogueTopics).optional().nullable(),
  /** Files listed under the item for download, in order. */
  attachments: z.array(z.number().int().positive()).max(30).default([]),
});
export type ItemInput = z.infer<typeof itemInput>;

export const itemActions = ['submit', 'publish', 'return', 'withdraw', 'redraft'] as const;
export const itemActionBody = z.object({
  action: z.enum(itemActions),
  version: z.number().int().min(1),
  /** publish: when it becomes visible (now when absent); a future time schedules it. */
  publishAt: z.iso.datetime({ offset: true }).optional(),
  /** return: what to change; withdraw: why (required). */
  note: line(1000).optional(),
});

/** The states each action starts from and leads to; who may take it is checked in `actOnItem`. */
const transitions: Record<(typeof itemActions)[number], { from: readonly PortalState[]; to: PortalState }> = {
  submit: { from: ['draft'], to: 'review' },
  publish: { from: ['review'], to: 'published' },
  return: { from: ['review'], to: 'draft' },
  withdraw: { from: ['published'], to: 'withdrawn' },
  redraft: { from: ['withdrawn'], to: 'draft' },
};

/** 公示 and 意见征集 run for a period, in full: they go out before it starts. */
export function hasPeriod(column: string): boolean {
  return column === 'publicity' || column === 'consultations';
}

const { searchGrams: _grams, titleGrams: _titleGrams, ...itemColumns } = getTableColumns(portalItems);

type ItemRow = Omit<typeof portalItems.$inferSelect, 'searchGrams' | 'titleGrams'>;

/** What each column needs before an item can go to review. */
function missingFields(row: ItemRow): string[] {
  const missing: string[] = [];
  if (hasPeriod(row.column)) {
    if (!row.startsOn) missing.push('startsOn');
    if (!row.endsOn) missing.push('endsOn');
  }
  if (row.column === 'publicity' && !row.objectionContact) missing.push('objectionContact');
  if (row.column === 'policies' && !row.validity) missing.push('validity');
  if (
    row.column === 'open-gov' &&
    (row.details as { category?: string })?.category === 'interpretation' &&
    !(row.details as { interprets?: number }).interprets
  )
    missing.push('interprets');
  if (row.column === 'guide') {
    const guide = guideDetails.parse(row.details ?? {});
    if (!guide.conditions) missing.push('guide.conditions');
    if (!guide.materials.length) missing.push('guide.materials');
    if (!guide.steps.length) missing.push('guide.steps');
    if (!guide.timeLimit) missing.push('guide.timeLimit');
    if (!guide.contact) missing.push('guide.contact');
  }
  if (!row.bodyText && row.column !== 'guide') missing.push('bodyHtml');
  return missing;
}

function columnValues(input: ItemInput) {
  const bodyHtml = sanitizeBody(input.bodyHtml);
  if (input.startsOn && input.endsOn && input.startsOn > input.endsOn) {
    throw AppError.invalid('body.endsOn', 'publicity_ends_before_start');
  }
  // An image says what it shows, for readers who cannot see it (WCAG 1.1.1).
  if (/<img(?![^>]*\salt="[^"]+")[^>]*>/.test(bodyHtml)) {
    throw AppError.invalid('body.bodyHtml', 'image_alt');
  }
  const guide = input.column === 'guide' ? guideDetails.parse(input.guide ?? {}) : undefined;
  const category = input.openGovCategory ?? 'other';
  const details =
    guide ??
    (input.column === 'open-gov'
      ? { category, ...(category === 'interpretation' && input.interprets ? { interprets: input.interprets } : {}) }
      : {});
  // A guide is searched by its conditions, materials and steps as well as its text.
  const guideText = guide
    ? [guide.conditions, ...guide.materials, ...guide.steps, guide.timeLimit, guide.contact].join(' ')
    : '';
  return {
    column: input.column,
    title: input.title,
    summary: input.summary || null,
    bodyHtml,
    bodyText: `${textOf(bodyHtml)} ${guideText}`.trim(),
    source: input.source || null,
    docNo: input.docNo || null,
    validity: input.column === 'policies' ? (input.validity ?? null) : null,
    effectiveOn: input.effectiveOn ?? null,
    startsOn: hasPeriod(input.column) ? (input.startsOn ?? null) : null,
    endsOn: hasPeriod(input.column) ? (input.endsOn ?? null) : null,
    objectionContact: input.column === 'publicity' ? input.objectionContact || null : null,
    details,
    topic: (catalogueColumns as readonly string[]).includes(input.column) ? (input.topic ?? null) : null,
  };
}

/** Links the item's body images and listed attachments; every file named must exist. */
async function linkFiles(tx: DbOrTx, itemId: number, bodyHtml: string, attachments: number[]) {
  const images = imageIdsOf(bodyHtml);
  const wanted = [...new Set([...attachments, ...images])];
  if (wanted.length) {
    const found = await tx.select({ id: portalFiles.id }).from(portalFiles).where(inArray(portalFiles.id, wanted));
    const missing = wanted.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw AppError.invalid('body.attachments', 'upload_unknown', { names: missing.join(', ') });
  }
  await tx.delete(portalItemFiles).where(eq(portalItemFiles.itemId, itemId));
  const rows = [
    ...attachments.map((fileId, i) => ({ itemId, fileId, role: 'attachment', sortOrder: i })),
    ...images
      .filter((id) => !attachments.includes(id))
      .map((fileId, i) => ({ itemId, fileId, role: 'image', sortOrder: i })),
  ];
  if (rows.length) await tx.insert(portalItemFiles).values(rows);
}

/** A 解读 names a policy of 政策法规 that exists. */
async function checkInterprets(tx: DbOrTx, details: unknown) {
  const id = (details as { interprets?: number } | null)?.interprets;
  if (!id) return;
  const [policy] = await tx.select({ column: portalItems.column }).from(portalItems).where(eq(portalItems.id, id));
  if (policy?.column !== 'policies') throw AppError.invalid('body.interprets', 'not_a_policy');
}

async function saveVersion(tx: DbOrTx, user: SessionUser, item: ItemRow, change: string, note?: string | null) {
  await tx.insert(portalItemVersions).values({
    itemId: item.id,
    version: item.version,
    state: item.state,
    change,
    note: note ?? null,
    item,
    savedBy: user.id,
  });
}

export async function createItem(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  input: ItemInput,
  origin?: { kind: string; id: number },
) {
  return db.transaction(async (tx) => {
    const values = columnValues(input);
    await checkInterprets(tx, values.details);
    const [row] = await tx
      .insert(portalItems)
      .values({ ...values, authorId: user.id, sourceKind: origin?.kind ?? null, sourceId: origin?.id ?? null })
      .returning(itemColumns)
      .catch((error: unknown) => {
        // Two clicks at once on "make publicity": the second finds the first.
        if (origin && (error as { cause?: { code?: string } }).cause?.code === '23505')
          throw new AppError('PUBLICITY_EXISTS', { params: { id: '—' } });
        throw error;
      });
    await linkFiles(tx, row!.id, row!.bodyHtml, input.attachments);
    await saveVersion(tx, user, row!, 'create');
    await recordAudit(tx, actor, {
      action: 'portal.item_create',
      entityType: 'portal_item',
      entityId: row!.id,
      after: { column: row!.column, title: row!.title },
    });
    return row!;
  });
}

export async function updateItem(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  input: ItemInput & { version: number },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select(itemColumns).from(portalItems).where(eq(portalItems.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== input.version) throw new AppError('STALE_VERSION');
    // Only a draft changes: what a reviewer approved is what goes out. A published item is corrected by
    // withdrawing it (with the reason), redrafting, and having the correction reviewed.
    if (before.state !== 'draft') throw new AppError('ITEM_NOT_DRAFT');
    if (input.column !== before.column) throw AppError.invalid('body.column', 'column_fixed');
    const values = columnValues(input);
    await checkInterprets(tx, values.details);
    const [row] = await tx
      .update(portalItems)
      .set({ ...values, version: before.version + 1, updatedAt: clock.now() })
      .where(eq(portalItems.id, id))
      .returning(itemColumns);
    await linkFiles(tx, id, row!.bodyHtml, input.attachments);
    await saveVersion(tx, user, row!, 'edit');
    await recordAudit(tx, actor, {
      action: 'portal.item_edit',
      entityType: 'portal_item',
      entityId: id,
      before: { title: before.title, version: before.version },
      after: { title: row!.title, version: row!.version },
    });
    return row!;
  });
}

export async function actOnItem(
  db: DbOrTx,
  user: SessionUser,
  actor: Actor,
  id: number,
  body: z.infer<typeof itemActionBody>,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select(itemColumns).from(portalItems).where(eq(portalItems.id, id)).for('update');
    if (!before) throw new AppError('NOT_FOUND');
    if (before.version !== body.version) throw new AppError('STALE_VERSION');
    const rule = transitions[body.action];
    if (!rule.from.includes(before.state as PortalState)) throw refusal('portal_item', before.state, body.action);
    if (body.action === 'submit') {
      const missing = missingFields(before);
      if (missing.length)
        throw new AppError('PORTAL_ITEM_INCOMPLETE', {
          params: { column: before.column, fields: missing.join(', ') },
          details: missing.map((field) => ({ field: `body.${field}`, problem: 'required' })),
        });
    }
    if (body.action === 'publish')
      await checkPublication(tx, user, before, body.publishAt ? new Date(body.publishAt) : clock.now());
    if (body.action === 'withdraw' && !body.note) throw AppError.invalid('body.note', 'reason_required');
    // Withdrawn before its time came, it was never public: its address shows nothing of it.
    const neverShown = body.action === 'withdraw' && (before.publishAt?.getTime() ?? 0) > clock.now().getTime();
    const [row] = await tx
      .update(portalItems)
      .set({
        state: rule.to,
        version: before.version + 1,
        updatedAt: clock.now(),
        ...(body.action === 'publish'
          ? { publishAt: body.publishAt ? new Date(body.publishAt) : clock.now(), reviewerId: user.id }
          : {}),
        ...(body.action === 'withdraw'
          ? { withdrawnReason: body.note, ...(neverShown ? { publishAt: null } : {}) }
          : {}),
        ...(body.action === 'redraft' ? { withdrawnReason: null, publishAt: null } : {}),
      })
      .where(eq(portalItems.id, id))
      .returning(itemColumns);
    if (body.action === 'publish') row!.indexNo = (await assignIndexNumber(tx, row!)) ?? null;
    await saveVersion(tx, user, row!, body.action, body.note);
    await recordAudit(tx, actor, {
      action: `portal.item_${body.action}`,
      entityType: 'portal_item',
      entityId: id,
      before: { state: before.state },
      after: { state: row!.state, publishAt: row!.publishAt, note: body.note },
    });
    return row!;
  });
}

/**
 * 审核: whoever wrote any version of an item may not approve it (a leader may); a publication is not dated
 * in the past; a publicity goes out before its period starts, so the period runs in full.
 */
async function checkPublication(tx: DbOrTx, user: SessionUser, item: ItemRow, publishAt: Date) {
  if (user.role !== 'leader') {
    const [wrote] = await tx
      .select({ version: portalItemVersions.version })
      .from(portalItemVersions)
      .where(
        and(
          eq(portalItemVersions.itemId, item.id),
          eq(portalItemVersions.savedBy, user.id),
          inArray(portalItemVersions.change, ['create', 'edit']),
        ),
      )
      .limit(1);
    if (wrote || item.authorId === user.id) throw new AppError('SELF_REVIEW');
  }
  if (publishAt.getTime() < clock.now().getTime() - 5 * 60_000) throw AppError.invalid('body.publishAt', 'in_past');
  if (hasPeriod(item.column) && item.startsOn && beijingDay(publishAt) > item.startsOn)
    throw new AppError('PUBLICITY_PERIOD_STARTED', { params: { startsOn: item.startsOn } });
}

export const itemListQuery = z.object({
  column: z.enum(portalColumns).optional(),
  state: z.enum(portalStates).optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** The back office's list: every state, newest first, searchable by any substring of title or body. */
export async function listItems(db: DbOrTx, q: z.infer<typeof itemListQuery>) {
  const filters: SQL[] = [];
  if (q.column) filters.push(eq(portalItems.column, q.column));
  if (q.state) filters.push(eq(portalItems.state, q.state));
  if (q.q) {
    const grams = queryGrams(q.q);
    if (grams.length) filters.push(sql`${portalItems.searchGrams} @> ${sql.param(grams)}::text[]`);
    for (const pattern of likePatterns(q.q))
      filters.push(
        sql`(${portalItems.title} || ' ' || coalesce(${portalItems.summary}, '') || ' ' || ${portalItems.bodyText}) ILIKE ${pattern}`,
      );
  }
  const where = filters.length ? and(...filters) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({
        id: portalItems.id,
        column: portalItems.column,
        title: portalItems.title,
        state: portalItems.state,
        publishAt: portalItems.publishAt,
        startsOn: portalItems.startsOn,
        endsOn: portalItems.endsOn,
        version: portalItems.version,
        updatedAt: portalItems.updatedAt,
        authorId: portalItems.authorId,
        author: users.displayName,
      })
      .from(portalItems)
      .leftJoin(users, eq(users.id, portalItems.authorId))
      .where(where)
      .orderBy(desc(portalItems.updatedAt), desc(portalItems.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(portalItems).where(where),
  ]);
  return { items: items.map((item) => ({ ...item, column: item.column as PortalColumn })), total: total!.n };
}

export async function getItem(db: DbOrTx, id: number) {
  const [found] = await db
    .select({ item: itemColumns, author: users.displayName })
    .from(portalItems)
    .leftJoin(users, eq(users.id, portalItems.authorId))
    .where(eq(portalItems.id, id));
  if (!found) throw new AppError('NOT_FOUND');
  const files = await itemFiles(db, id);
  const item = { ...found.item, column: found.item.column as PortalColumn, details: found.item.details as ItemDetails };
  return {
    ...item,
    author: found.author,
    attachments: files.filter((f) => f.role === 'attachment').map(({ role: _r, ...f }) => f),
  };
}

export async function itemFiles(db: DbOrTx, itemId: number) {
  return db
    .select({
      id: portalFiles.id,
      originalName: portalFiles.originalName,
      mediaType: portalFiles.mediaType,
      size: portalFiles.size,
      role: portalItemFiles.role,
    })
    .from(portalItemFiles)
    .innerJoin(portalFiles, eq(portalFiles.id, portalItemFiles.fileId))
    .where(eq(portalItemFiles.itemId, itemId))
    .orderBy(portalItemFiles.sortOrder);
}

export async function itemVersions(db: DbOrTx, id: number) {
  await getItem(db, id);
  const versions = await db
    .select({
      version: portalItemVersions.version,
      state: portalItemVersions.state,
      change: portalItemVersions.change,
      note: portalItemVersions.note,
      savedAt: portalItemVersions.savedAt,
      savedBy: users.displayName,
      item: portalItemVersions.item,
    })
    .from(portalItemVersions)
    .leftJoin(users, eq(users.id, portalItemVersions.savedBy))
    .where(eq(portalItemVersions.itemId, id))
    .orderBy(desc(portalItemVersions.version));
  // Each version keeps the item as it then read, with its moment written as text.
  return versions.map((v) => ({
    ...v,
    item: v.item as { title: string; summary: string | null; bodyText: string; publishAt: string | null },
  }));
}

export function isPortalColumn(value: string): value is PortalColumn {
  return (portalColumns as readonly string[]).includes(value);
}
