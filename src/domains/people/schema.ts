import { z } from 'zod';
import { gender } from '../../db/tables/index.js';
import { normaliseIdNumber } from './id-number.js';
import { paging } from '../../shared/schemas.js';

export const talentTags = ['333', '169', '313'] as const;

export const personCreateBody = z.object({
  name: z.string().trim().min(1).max(50),
  orgId: z.number().int().positive().nullish(),
  gender: z.enum(gender.enumValues).nullish(),
  /** Checked by the service (GB 11643) so the error carries INVALID_ID_NUMBER. */
  idNumber: z.string().trim().max(30).transform(normaliseIdNumber).nullish(),
  title: z.string().trim().max(50).nullish(),
  /** 学位: 博士, 硕士, 学士 … */
  degree: z.string().trim().max(20).nullish(),
  field: z.string().trim().max(60).nullish(),
  phone: z.string().trim().max(30).nullish(),
  email: z.email().max(120).nullish(),
  talentTags: z.array(z.string().trim().min(1).max(20)).max(10).default([]),
});

export const personUpdateBody = personCreateBody.partial().extend({ version: z.number().int().positive().optional() });

export const peopleListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  tag: z.string().max(20).optional(),
  ...paging(),
});

export const person = z.object({
  id: z.number().int(),
  name: z.string(),
  orgId: z.number().int().nullable(),
  orgName: z.string().nullable(),
  gender: z.enum(gender.enumValues).nullable(),
  /** Always masked: 3211**********123X. */
  idNumberMasked: z.string().nullable(),
  title: z.string().nullable(),
  degree: z.string().nullable(),
  field: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  talentTags: z.array(z.string()),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const peopleList = z.object({ items: z.array(person), total: z.number().int() });

export type PersonCreateBody = z.infer<typeof personCreateBody>;
export type PersonUpdateBody = z.infer<typeof personUpdateBody>;
export type PeopleListQuery = z.infer<typeof peopleListQuery>;
