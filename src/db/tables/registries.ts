import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { editable } from './common.js';
import { jurisdictions, sections } from './dictionaries.js';
import { orgs } from './orgs.js';
import { projects } from './projects.js';

/** 报送渠道: the provincial S&T information system, the city daily, the city government site … kept by the administrator. */
export const outlets = pgTable('outlets', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  ...editable,
});

/**
 * The registries' columns follow src/domains/registries/specs.ts: one column per field (money in fen),
 * `natural_key` (the spec's key fields, joined) unique so an import finds a record again, and search grams
 * over the record's name for substring search.
 */
const keyed = {
  naturalKey: text('natural_key').notNull(),
  ...editable,
};

export const platforms = pgTable(
  'platforms',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    orgId: integer('org_id').references(() => orgs.id),
    jurisdictionCode: text('jurisdiction_code').references(() => jurisdictions.code),
    recognizedOn: date('recognized_on').notNull(),
    docNo: text('doc_no'),
    status: text('status').notNull().default('active'),
    evaluationYear: integer('evaluation_year'),
    evaluation: text('evaluation'),
    /** The recognition application this record came from, when it went through the project lifecycle. */
    projectId: integer('project_id').references(() => projects.id),
    searchGrams: text('search_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(name)`),
    ...keyed,
  },
  (t) => [
    uniqueIndex('platforms_natural_key').on(t.naturalKey),
    index('platforms_org_idx').on(t.orgId),
    index('platforms_recognized_idx').on(t.recognizedOn),
    index('platforms_search_idx').using('gin', t.searchGrams),
  ],
);

export const qualifications = pgTable(
  'qualifications',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    kind: text('kind').notNull(),
    certificateNo: text('certificate_no').notNull(),
    issuer: text('issuer'),
    issuedOn: date('issued_on').notNull(),
    validUntil: date('valid_until').notNull(),
    jurisdictionCode: text('jurisdiction_code').references(() => jurisdictions.code),
    searchGrams: text('search_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(certificate_no)`),
    ...keyed,
  },
  (t) => [
    uniqueIndex('qualifications_natural_key').on(t.naturalKey),
    index('qualifications_org_idx').on(t.orgId),
    index('qualifications_valid_idx').on(t.validUntil),
    index('qualifications_issued_idx').on(t.issuedOn),
    index('qualifications_search_idx').using('gin', t.searchGrams),
  ],
);

export const cooperations = pgTable(
  'cooperations',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    partner: text('partner').notNull(),
    subject: text('subject').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }),
    signedOn: date('signed_on').notNull(),
    endsOn: date('ends_on'),
    projectId: integer('project_id').references(() => projects.id),
    jurisdictionCode: text('jurisdiction_code').references(() => jurisdictions.code),
    searchGrams: text('search_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(subject || ' ' || partner)`),
    ...keyed,
  },
  (t) => [
    uniqueIndex('cooperations_natural_key').on(t.naturalKey),
    index('cooperations_org_idx').on(t.orgId),
    // Agreements signed in a period, counted and summed (by jurisdiction) from the index alone.
    index('cooperations_signed_idx').on(t.signedOn, t.amountFen, t.jurisdictionCode),
    index('cooperations_search_idx').using('gin', t.searchGrams),
  ],
);

export const funds = pgTable(
  'funds',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    sourceLevel: text('source_level'),
    docNo: text('doc_no'),
    orgId: integer('org_id').references(() => orgs.id),
    /** The project an allocation from a higher level was for. */
    projectId: integer('project_id').references(() => projects.id),
    receivedOn: date('received_on'),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    checked: boolean('checked').notNull().default(false),
    searchGrams: text('search_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(title)`),
    ...keyed,
  },
  (t) => [
    uniqueIndex('funds_natural_key').on(t.naturalKey),
    index('funds_year_idx').on(t.year, t.kind),
    index('funds_org_idx').on(t.orgId),
    index('funds_search_idx').using('gin', t.searchGrams),
  ],
);

export const publicity = pgTable(
  'publicity',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    title: text('title').notNull(),
    outletCode: text('outlet_code')
      .notNull()
      .references(() => outlets.code),
    sectionCode: text('section_code').references(() => sections.code),
    author: text('author'),
    sentOn: date('sent_on').notNull(),
    adopted: boolean('adopted').notNull().default(false),
    adoptedOn: date('adopted_on'),
    link: text('link'),
    /** The article itself, when kept as a file (PDF, image, Word): bytes in storage under the SHA-256. */
    attachmentSha256: text('attachment_sha256'),
    attachmentName: text('attachment_name'),
    attachmentType: text('attachment_type'),
    attachmentSize: bigint('attachment_size', { mode: 'number' }),
    searchGrams: text('search_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(title)`),
    ...keyed,
  },
  (t) => [
    uniqueIndex('publicity_natural_key').on(t.naturalKey),
    index('publicity_sent_idx').on(t.sentOn),
    index('publicity_search_idx').using('gin', t.searchGrams),
  ],
);
