import { z } from 'zod';
import { applicantKind, programCategory, programLevel } from '../../db/tables/index.js';
import { numberRule } from '../applications/numbering.js';
import { attachmentSpec, fieldKey, formField } from '../applications/form-spec.js';
import { applicationTemplate } from '../applications/template.js';
import { paging } from '../../shared/schemas.js';

export const programLevels = programLevel.enumValues;
export const programCategories = programCategory.enumValues;

/** 评审指标: what experts score, each out of `max`. */
export const criterion = z.object({
  key: fieldKey,
  name: z.string().trim().min(1).max(60),
  max: z.number().int().min(1).max(100),
});
export type Criterion = z.infer<typeof criterion>;

/** 计划代码: the letters numbers carry, e.g. NY. */
const programCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{1,6}$/, 'one to six capital letters');

/** A programme's template: the 申报书 and the call-specific parts a new call of the programme starts from. */
export const programTemplate = z.object({
  application: applicationTemplate.nullable(),
  formFields: z.array(formField).max(50).default([]),
  attachments: z.array(attachmentSpec).max(20).default([]),
  criteria: z.array(criterion).max(20).default([]),
});
export type ProgramTemplate = z.infer<typeof programTemplate>;

export const programBody = z.object({
  name: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().max(150).nullish(),
  level: z.enum(programLevels),
  category: z.enum(programCategories),
  sectionCode: z.string().min(1).max(40),
  planTypes: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
  applicantKind: z.enum(applicantKind.enumValues).default('org'),
  code: programCode.nullish(),
  applicationNoRule: numberRule.nullish(),
  projectCodeRule: numberRule.nullish(),
  template: programTemplate.nullish(),
});
export const programUpdateBody = programBody.partial().extend({ active: z.boolean().optional() });

export const program = z.object({
  id: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
  level: z.enum(programLevels),
  category: z.enum(programCategories),
  sectionCode: z.string(),
  planTypes: z.array(z.string()),
  applicantKind: z.enum(applicantKind.enumValues),
  active: z.boolean(),
  /** The code, and the rules numbers are given by (the defaults filled in). */
  code: z.string(),
  applicationNoRule: z.string(),
  projectCodeRule: z.string(),
  template: programTemplate.nullable(),
});

export const callBody = z
  .object({
    programId: z.number().int().positive(),
    title: z.string().trim().min(2).max(200),
    year: z.number().int().min(2000).max(2100),
    opensAt: z.coerce.date(),
    closesAt: z.coerce.date(),
    expertReview: z.boolean().default(false),
    /** 评审意见必填. */
    reviewCommentRequired: z.boolean().default(false),
    defaultQuota: z.number().int().min(0).max(1000).nullish(),
    quotas: z
      .array(z.object({ jurisdictionCode: z.string().min(1).max(40), quota: z.number().int().min(0).max(1000) }))
      .max(200)
      .default([]),
    /** Left out, these four come from the programme's template. */
    formFields: z.array(formField).max(50).optional(),
    attachments: z.array(attachmentSpec).max(20).optional(),
    criteria: z.array(criterion).max(20).optional(),
    /** The 申报书's sections and limits; null keeps the short form. */
    applicationTemplate: applicationTemplate.nullish(),
    description: z.string().trim().max(5000).nullish(),
    contact: z.string().trim().max(200).nullish(),
  })
  .refine((c) => c.closesAt > c.opensAt, {
    message: 'closes_before_opens',
    path: ['closesAt'],
    params: { problem: 'closes_before_opens' },
  });

export const callUpdateBody = z.object({
  title: z.string().trim().min(2).max(200).optional(),
  opensAt: z.coerce.date().optional(),
  closesAt: z.coerce.date().optional(),
  expertReview: z.boolean().optional(),
  reviewCommentRequired: z.boolean().optional(),
  defaultQuota: z.number().int().min(0).max(1000).nullish(),
  quotas: z
    .array(z.object({ jurisdictionCode: z.string().min(1).max(40), quota: z.number().int().min(0).max(1000) }))
    .max(200)
    .optional(),
  formFields: z.array(formField).max(50).optional(),
  attachments: z.array(attachmentSpec).max(20).optional(),
  criteria: z.array(criterion).max(20).optional(),
  applicationTemplate: applicationTemplate.nullish(),
  description: z.string().trim().max(5000).nullish(),
  contact: z.string().trim().max(200).nullish(),
  version: z.number().int().positive().optional(),
});

export const callStatus = ['upcoming', 'open', 'closed'] as const;
export const callListQuery = z.object({
  status: z.enum(callStatus).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  programId: z.coerce.number().int().positive().optional(),
  level: z.enum(programLevels).optional(),
  category: z.enum(programCategories).optional(),
  ...paging(50),
});

const callProgram = z.object({
  id: z.number().int(),
  name: z.string(),
  level: z.enum(programLevels),
  category: z.enum(programCategories),
  sectionCode: z.string(),
  applicantKind: z.enum(applicantKind.enumValues),
});

export const callSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int(),
  opensAt: z.date(),
  closesAt: z.date(),
  expertReview: z.boolean(),
  status: z.enum(callStatus),
  program: callProgram,
});

export const callDetail = callSummary.extend({
  reviewCommentRequired: z.boolean(),
  defaultQuota: z.number().int().nullable(),
  quotas: z.array(z.object({ jurisdictionCode: z.string(), quota: z.number().int() })),
  formFields: z.array(formField),
  attachments: z.array(attachmentSpec),
  criteria: z.array(criterion),
  applicationTemplate: applicationTemplate.nullable(),
  description: z.string().nullable(),
  contact: z.string().nullable(),
  version: z.number().int(),
});

export type ProgramBody = z.infer<typeof programBody>;
export type CallBody = z.infer<typeof callBody>;
export type CallUpdateBody = z.infer<typeof callUpdateBody>;
export type CallListQuery = z.infer<typeof callListQuery>;
