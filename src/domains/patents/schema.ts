import { z } from 'zod';
import { patentType } from '../../db/tables/index.js';
import { paging } from '../../shared/schemas.js';

export const patentTypes = patentType.enumValues;

export const patentBody = z.object({
  applicationNumber: z.string().trim().min(8).max(30),
  title: z.string().trim().min(2).max(300),
  type: z.enum(patentTypes).optional(),
  applicantName: z.string().trim().min(2).max(300),
  orgId: z.number().int().positive().nullish(),
  filedOn: z.iso.date(),
  grantedOn: z.iso.date().nullish(),
  legalStatus: z.string().trim().max(40).nullish(),
});
export type PatentBody = z.infer<typeof patentBody>;
export const patentUpdateBody = patentBody
  .omit({ applicationNumber: true })
  .partial()
  .extend({ version: z.number().int().positive().optional() });

export const patentListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  /** Filed in this year, or with `granted=true` granted in it. */
  year: z.coerce.number().int().min(1985).max(2100).optional(),
  type: z.enum(patentTypes).optional(),
  granted: z.enum(['true', 'false']).optional(),
  jurisdictionCode: z.string().max(40).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  sort: z.enum(['filedOn', 'grantedOn', 'applicationNumber', 'updatedAt']).default('filedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...paging(),
});
export type PatentListQuery = z.infer<typeof patentListQuery>;

export const patent = z.object({
  id: z.number().int(),
  applicationNumber: z.string(),
  type: z.enum(patentTypes),
  title: z.string(),
  applicantName: z.string(),
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  jurisdictionCode: z.string().nullable(),
  filedOn: z.string(),
  grantedOn: z.string().nullable(),
  legalStatus: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
});
