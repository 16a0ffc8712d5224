import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { jurisdictions } from './dictionaries.js';
import { editable } from './common.js';

export const orgType = pgEnum('org_type', [
  'enterprise',
  'institute',
  'university',
  'hospital',
  'school',
  'cooperative',
  'government',
  'social_org',
  'other',
]);

export const orgStatus = pgEnum('org_status', ['active', 'inactive', 'merged']);

export const orgs = pgTable(
  'orgs',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    /** 统一社会信用代码, upper case, validated by its GB 32100-2015 check character. */
    uscc: text('uscc').notNull(),
    type: orgType('type').notNull(),
    industry: text('industry'),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    address: text('address'),
    legalRepresentative: text('legal_representative'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** 开户银行 and 银行账号, for the finance office's payment file. */
    bankName: text('bank_name'),
    bankAccount: text('bank_account'),
    foundedOn: date('founded_on'),
    status: orgStatus('status').notNull().default('active'),
    /** Set when staff merge a duplicate into another record; not a foreign key so backups restore in any order. */
    mergedIntoId: integer('merged_into_id'),
    /** Unigrams and bigrams of name and USCC, so any Chinese substring is found through a GIN index. */
    searchGrams: text('search_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(name || ' ' || uscc)`),
    ...editable,
  },
  (t) => [
    uniqueIndex('orgs_uscc_unique').on(t.uscc),
    index('orgs_jurisdiction_idx').on(t.jurisdictionCode),
    index('orgs_search_grams_idx').using('gin', t.searchGrams),
    index('orgs_name_idx').on(t.name),
  ],
);

export const gender = pgEnum('gender', ['male', 'female']);

export const people = pgTable(
  'people',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    orgId: integer('org_id').references(() => orgs.id),
    gender: gender('gender'),
    /** 居民身份证号码 (GB 11643), stored whole, masked on every screen. */
    idNumber: text('id_number'),
    title: text('title'),
    field: text('field'),
    phone: text('phone'),
    email: text('email'),
    /** Talent-programme tags such as 333, 169, 313 (工程). */
    talentTags: text('talent_tags').array().notNull().default(sql`'{}'::text[]`),
    /** 学位: 博士, 硕士, 学士 … as the application's team table prints it. */
    degree: text('degree'),
    searchGrams: text('search_grams').array().notNull().generatedAlwaysAs(sql`keguan_grams(name)`),
    ...editable,
  },
  (t) => [
    index('people_org_idx').on(t.orgId),
    uniqueIndex('people_id_number_unique').on(t.idNumber),
    index('people_search_grams_idx').using('gin', t.searchGrams),
  ],
);

/** 上年度经营数据: what a call asks of the applying organisation (营业收入, 研发投入, 职工人数), kept on its profile by year. */
export const orgAnnualFigures = pgTable(
  'org_annual_figures',
  {
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id),
    year: integer('year').notNull(),
    revenueFen: bigint('revenue_fen', { mode: 'number' }),
    rdSpendFen: bigint('rd_spend_fen', { mode: 'number' }),
    staff: integer('staff'),
    rdStaff: integer('rd_staff'),
    ...editable,
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year] })],
);
