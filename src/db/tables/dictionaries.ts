import { boolean, integer, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { editable } from './common.js';

/** 镇 / 开发区 / 街道 / 部门: the places and departments a liaison answers for. */
export const jurisdictionKind = pgEnum('jurisdiction_kind', ['town', 'zone', 'street', 'department']);

export const jurisdictions = pgTable('jurisdictions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  kind: jurisdictionKind('kind').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  ...editable,
});

/** 业务科室: the bureau's own sections (agriculture, social development, high-tech, talent, IP, office). */
export const sections = pgTable('sections', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  ...editable,
});

/**
 * 技术领域: the fields an application names. Seeded with 国家重点支持的高新技术领域 (eight fields and their
 * second level); the administrator keeps it. A second-level field names its parent.
 */
export const techFields = pgTable('tech_fields', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  parentCode: text('parent_code'),
  sortOrder: integer('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
  ...editable,
});
