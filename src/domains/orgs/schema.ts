import { z } from 'zod';
import { orgStatus, orgType } from '../../db/tables/index.js';
import { isValidUscc, normaliseUscc } from './uscc.js';
import { paging } from '../../shared/schemas.js';

export const orgTypes = orgType.enumValues;
export const orgStatuses = orgStatus.enumValues;

/** USCC as typed; the check character is verified by the service so the error has its own code. */
const usccInput = z.string().trim().min(1).max(40).transform(normaliseUscc);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,30}$/, 'digits, spaces, + - ( ) only')
  .nullish();

export const orgCreateBody = z.object({
  name: z.string().trim().min(2).max(100),
  uscc: usccInput,
  type: z.enum(orgTypes),
  industry: optionalText(60),
  jurisdictionCode: z.string().trim().min(1).max(40),
  address: optionalText(200),
  legalRepresentative: optionalText(50),
  contactName: optionalText(50),
  contactPhone: phone,
  contactEmail: z.email().max(120).nullish(),
  /** 开户银行 and 银行账号, for subsidy payments. */
  bankName: optionalText(60),
  bankAccount: z
    .string()
    .trim()
    .regex(/^[0-9 -]{6,40}$/)
    .nullish(),
  foundedOn: z.iso.date().nullish(),
});

export const orgUpdateBody = orgCreateBody.partial().extend({
  /** The version the editor loaded; a stale one is refused with STALE_VERSION. */
  version: z.number().int().positive().optional(),
});

export const orgListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  jurisdictionCode: z.string().max(40).optional(),
  type: z.enum(orgTypes).optional(),
  status: z.enum(orgStatuses).optional(),
  industry: z.string().max(60).optional(),
  sort: z.enum(['name', 'uscc', 'createdAt', 'updatedAt']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...paging(),
});

/** The export also takes the interface language, since a download link cannot set Accept-Language. */
export const orgExportQuery = orgListQuery.extend({ lang: z.enum(['zh-CN', 'en']).optional() });

export const orgMergeBody = z.object({ intoId: z.number().int().positive() });

export const org = z.object({
  id: z.number().int(),
  name: z.string(),
  uscc: z.string(),
  type: z.enum(orgTypes),
  industry: z.string().nullable(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string().nullable(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  bankName: z.string().nullable(),
  bankAccount: z.string().nullable(),
  foundedOn: z.string().nullable(),
  status: z.enum(orgStatuses),
  mergedIntoId: z.number().int().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const orgDetail = org.extend({
  peopleCount: z.number().int(),
  userCount: z.number().int(),
});

export const orgList = z.object({ items: z.array(org), total: z.number().int() });

/** The merged duplicate, and how many rows of each table moved to the survivor. */
export const orgMerged = org.extend({ moved: z.record(z.string(), z.number().int()) });

export const orgStatsResponse = z.object({
  byJurisdiction: z.array(z.object({ code: z.string(), name: z.string().nullable(), count: z.number().int() })),
  byType: z.array(z.object({ type: z.enum(orgTypes), count: z.number().int() })),
  byStatus: z.array(z.object({ status: z.enum(orgStatuses), count: z.number().int() })),
});

export type OrgCreateBody = z.infer<typeof orgCreateBody>;
export type OrgUpdateBody = z.infer<typeof orgUpdateBody>;
export type OrgListQuery = z.infer<typeof orgListQuery>;
export { isValidUscc };
