import { z } from 'zod';
import { jurisdictionKind } from '../../db/tables/index.js';

export const jurisdictionKinds = jurisdictionKind.enumValues;
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{2,40}$/i, '2–40 letters, digits, dash or underscore');

export const jurisdiction = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.enum(jurisdictionKinds),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export const jurisdictionList = z.object({ items: z.array(jurisdiction) });
export const jurisdictionCreateBody = z.object({
  code,
  name: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().max(80).nullish(),
  kind: z.enum(jurisdictionKinds),
  sortOrder: z.number().int().min(0).max(100000).default(0),
});
export const jurisdictionUpdateBody = jurisdictionCreateBody
  .omit({ code: true })
  .partial()
  .extend({ active: z.boolean().optional() });

export const section = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export const sectionList = z.object({ items: z.array(section) });
export const sectionCreateBody = z.object({
  code,
  name: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().max(80).nullish(),
  sortOrder: z.number().int().min(0).max(100000).default(0),
});
export const sectionUpdateBody = sectionCreateBody
  .omit({ code: true })
  .partial()
  .extend({ active: z.boolean().optional() });
export const codeParams = z.object({ code: z.string().max(40) });
export const dictionaryListQuery = z.object({ all: z.enum(['0', '1']).default('0') });

/** 技术领域: the national high-tech fields by default (01 电子信息 … 0801 …), extended or retired by the bureau. */
export const techField = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  parentCode: z.string().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export const techFieldList = z.object({ items: z.array(techField) });
export const techFieldCreateBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{2,10}$/, '2–10 capital letters or digits'),
  name: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().max(120).nullish(),
  parentCode: z.string().trim().max(10).nullish(),
  sortOrder: z.number().int().min(0).max(100000).default(0),
});
export const techFieldUpdateBody = techFieldCreateBody
  .omit({ code: true, parentCode: true })
  .partial()
  .extend({ active: z.boolean().optional() });
