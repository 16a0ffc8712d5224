import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { editable } from './common.js';
import { sections } from './dictionaries.js';
import { users } from './users.js';

/** The public site's columns (栏目) that staff write; open calls are read live from the calls themselves. */
export const portalColumns = [
  'news',
  'notices',
  'policies',
  'publicity',
  'achievements',
  'guide',
  'commitments',
  'open-gov',
  'consultations',
] as const;
export type PortalColumn = (typeof portalColumns)[number];

/** draft → review → published (visible from `publish_at`) → withdrawn (with a reason). */
export const portalStates = ['draft', 'review', 'published', 'withdrawn'] as const;
export type PortalState = (typeof portalStates)[number];

/**
 * An item of the public site (稿件): a news story, notice, policy, publicity (公示), achievement, service
 * guide, commitment or open-government document. The body is sanitised HTML; `body_text` is its words,
 * searched by any Chinese substring through `search_grams`.
 */
export const portalItems = pgTable(
  'portal_items',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    column: text('column').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    bodyHtml: text('body_html').notNull().default(''),
    bodyText: text('body_text').notNull().default(''),
    state: text('state').$type<PortalState>().notNull().default('draft'),
    /** When a published item becomes visible (a scheduled publication is a future time). */
    publishAt: timestamp('publish_at', { withTimezone: true }),
    withdrawnReason: text('withdrawn_reason'),
    /** 来源 / 发布机构 as shown under the title. */
    source: text('source'),
    /** 政策法规: document number, issuer, validity (in force / amended / repealed) and the day it took effect. */
    docNo: text('doc_no'),
    validity: text('validity').$type<'in_force' | 'amended' | 'repealed'>(),
    effectiveOn: date('effective_on'),
    /** 公示 and 意见征集: the period; where objections go, and what the publicity was made from. */
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    objectionContact: text('objection_contact'),
    sourceKind: text('source_kind'),
    sourceId: integer('source_id'),
    /** 办事指南: conditions, materials, steps, time limit and contact; 政府信息公开: its category (and, for a 解读, the policy). */
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    /** 索引号 of the open-government catalogue, given when the item is published; unique. */
    indexNo: text('index_no'),
    /** 主题分类 of the catalogue. */
    topic: text('topic').$type<'science' | 'ip' | 'talent' | 'finance' | 'organisation' | 'general'>(),
    authorId: integer('author_id').references(() => users.id),
    reviewerId: integer('reviewer_id').references(() => users.id),
    /** When the publication job saw it go live, and (公示) saw its period end: each told to the author once. */
    liveNoticedAt: timestamp('live_noticed_at', { withTimezone: true }),
    endedNoticedAt: timestamp('ended_noticed_at', { withTimezone: true }),
    searchGrams: text('search_grams')
      .array()
      .notNull()
      .generatedAlwaysAs(sql`keguan_grams(title || ' ' || coalesce(summary, '') || ' ' || body_text)`),
    /** The title's own grams: title matches rank first, found without reading every body that matches. */
    titleGrams: text('title_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(title)`),
    ...editable,
  },
  (t) => [
    check(
      'portal_items_column',
      sql`${t.column} IN ('news', 'notices', 'policies', 'publicity', 'achievements', 'guide', 'commitments', 'open-gov', 'consultations')`,
    ),
    check('portal_items_state', sql`${t.state} IN ('draft', 'review', 'published', 'withdrawn')`),
    check('portal_items_validity', sql`${t.validity} IS NULL OR ${t.validity} IN ('in_force', 'amended', 'repealed')`),
    check('portal_items_period', sql`${t.endsOn} IS NULL OR ${t.startsOn} <= ${t.endsOn}`),
    // A column's newest first, ties by id: the home page's and every list's order, read straight off the index.
    index('portal_items_column_published_idx').on(t.column, t.publishAt, t.id).where(sql`${t.state} = 'published'`),
    index('portal_items_search_grams_idx').using('gin', t.searchGrams),
    index('portal_items_title_grams_idx').using('gin', t.titleGrams),
    // Site-wide, newest first: a common word's results are read down this index until the page is full.
    index('portal_items_published_idx').on(t.publishAt, t.id).where(sql`${t.state} = 'published'`),
    uniqueIndex('portal_items_index_no_idx').on(t.indexNo),
    uniqueIndex('portal_items_source_idx')
      .on(t.sourceKind, t.sourceId)
      .where(sql`${t.sourceKind} IS NOT NULL AND ${t.state} <> 'withdrawn'`),
  ],
);

/** Every saved state of an item, as it read then. */
export const portalItemVersions = pgTable(
  'portal_item_versions',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => portalItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    state: text('state').$type<PortalState>().notNull(),
    /** What was done: create, edit, submit, publish, return, withdraw. */
    change: text('change').notNull(),
    note: text('note'),
    item: jsonb('item').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
    savedBy: integer('saved_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);

/** An image or attachment uploaded for the public site; bytes in storage under their SHA-256. */
export const portalFiles = pgTable('portal_files', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  sha256: text('sha256').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mediaType: text('media_type').notNull(),
  originalName: text('original_name').notNull(),
  uploadedBy: integer('uploaded_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The files an item shows: images in its body and attachments listed under it. */
export const portalItemFiles = pgTable(
  'portal_item_files',
  {
    itemId: integer('item_id')
      .notNull()
      .references(() => portalItems.id, { onDelete: 'cascade' }),
    fileId: integer('file_id')
      .notNull()
      .references(() => portalFiles.id),
    /** attachment: listed for download; image: used in the body. */
    role: text('role').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.fileId] }), index('portal_item_files_file_idx').on(t.fileId)],
);

/**
 * 留言 / 咨询 / 投诉, and objections (异议) to a publicity item: written by anyone, followed by its tracking
 * code, answered by staff within the promised working days. The writer's name and contact are never shown.
 */
export const portalMessages = pgTable(
  'portal_messages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    code: text('code').notNull(),
    kind: text('kind').$type<'consult' | 'suggest' | 'complain' | 'objection'>().notNull(),
    /** The publicity item an objection is about. */
    itemId: integer('item_id').references(() => portalItems.id),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    /** The writer agrees that the question and answer may be published (without name or contact). */
    mayPublish: boolean('may_publish').notNull().default(false),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** The last Beijing day on which a reply is on time. */
    dueOn: date('due_on').notNull(),
    state: text('state').$type<'received' | 'assigned' | 'answered'>().notNull().default('received'),
    sectionCode: text('section_code').references(() => sections.code),
    assigneeId: integer('assignee_id').references(() => users.id),
    reply: text('reply'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    repliedBy: integer('replied_by').references(() => users.id),
    published: boolean('published').notNull().default(false),
    ...editable,
  },
  (t) => [
    uniqueIndex('portal_messages_code_idx').on(t.code),
    check('portal_messages_kind', sql`${t.kind} IN ('consult', 'suggest', 'complain', 'objection')`),
    check('portal_messages_state', sql`${t.state} IN ('received', 'assigned', 'answered')`),
    check(
      'portal_messages_published_answered',
      sql`NOT ${t.published} OR (${t.state} = 'answered' AND ${t.mayPublish})`,
    ),
    index('portal_messages_received_idx').on(t.receivedAt),
    index('portal_messages_item_idx').on(t.itemId),
  ],
);

/**
 * Check questions already answered. A question travels signed in the form itself (nothing is stored
 * when a page is shown); its nonce is kept here once used, until it expires, so it is answered once.
 */
export const portalChallenges = pgTable(
  'portal_challenges',
  {
    token: text('token').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('portal_challenges_expires_idx').on(t.expiresAt)],
);

/** Secrets the server keeps in the database, so every instance behind a load balancer shares them. */
export const siteSecrets = pgTable('site_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

/**
 * The working-day calendar's exceptions: public holidays on weekdays (holiday) and the weekend days worked
 * in their place (调休, workday). Every other Monday–Friday is a working day.
 */
export const workCalendar = pgTable(
  'work_calendar',
  {
    day: date('day').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** 'official': from the State Council's arrangements, refreshed with them; 'staff': set by the bureau, kept. */
    source: text('source').notNull().default('staff'),
  },
  (t) => [
    check('work_calendar_source', sql`${t.source} IN ('official', 'staff')`),
    check('work_calendar_kind', sql`${t.kind} IN ('holiday', 'workday')`),
  ],
);

/**
 * 意见征集: a comment on a draft the bureau put out for consultation, written by anyone during its period.
 * Staff record how each was taken up (采纳情况); the writer's name and contact are never shown.
 */
export const consultationComments = pgTable(
  'consultation_comments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    itemId: integer('item_id')
      .notNull()
      .references(() => portalItems.id),
    body: text('body').notNull(),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** adopted, partly (partly adopted), not_adopted; null until staff have weighed it. */
    adoption: text('adoption'),
    /** Why it was (not) taken up, as the published result says. */
    reason: text('reason'),
    decidedBy: integer('decided_by').references(() => users.id),
    ...editable,
  },
  (t) => [
    index('consultation_comments_item_idx').on(t.itemId, t.id),
    check(
      'consultation_comments_adoption',
      sql`${t.adoption} IS NULL OR ${t.adoption} IN ('adopted', 'partly', 'not_adopted')`,
    ),
  ],
);

/** 采纳情况: what the bureau publishes after a consultation closes, written by staff over the counted comments. */
export const consultationResults = pgTable('consultation_results', {
  itemId: integer('item_id')
    .primaryKey()
    .references(() => portalItems.id),
  body: text('body').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  authorId: integer('author_id').references(() => users.id),
  ...editable,
});
