import { z } from 'zod';
import type { AttachmentSpec } from './form-spec.js';
import { budgetSchemes, indicatorKindList, stampedCopySteps, textSections } from './catalogue.js';

export * from './catalogue.js';

/** 盖章件: the 申报书 printed after submission, signed and stamped, scanned; asked by calls whose template names a step for it. */
export const stampedCopySpec: AttachmentSpec = {
  key: 'stamped_copy',
  name: '盖章申报书',
  types: ['.pdf', '.jpg', '.jpeg', '.png'],
  maxBytes: 20 * 1024 * 1024,
  required: false,
};

/**
 * 申报书模板: the sections an application of a call asks, with the call's limits. A programme keeps one; a
 * new call of the programme starts from it and may change any limit.
 */
export const applicationTemplate = z
  .object({
    /** 执行期: the months a project may run, and the dates it must start from and end by. */
    periodMonths: z
      .object({ min: z.number().int().min(1).max(120), max: z.number().int().min(1).max(120) })
      .default({ min: 12, max: 36 }),
    startFrom: z.iso.date().nullish(),
    endBy: z.iso.date().nullish(),
    /** 合作单位 allowed, and at most how many. */
    maxPartners: z.number().int().min(0).max(20).default(5),
    /** 上年度营业收入、研发投入、职工人数 asked of the applying organisation. */
    applicantFigures: z.boolean().default(false),
    /** 项目组成员 beyond the leader, at most. */
    maxMembers: z.number().int().min(0).max(50).default(15),
    /** A person may lead at most this many open projects (in review or running), counted across calls. */
    leaderOpenLimit: z.number().int().min(1).max(10).default(1),
    texts: z
      .array(
        z.object({
          key: z.enum(textSections),
          required: z.boolean().default(true),
          maxLength: z.number().int().min(50).max(20000).default(3000),
        }),
      )
      .max(textSections.length)
      .default(textSections.map((key) => ({ key, required: true, maxLength: 3000 })))
      .refine((list) => new Set(list.map((t) => t.key)).size === list.length, {
        message: 'duplicate_value',
        params: { problem: 'duplicate_value' },
      }),
    /** 绩效目标: whether any is required, and which kinds the call offers. */
    indicators: z
      .object({
        minCount: z.number().int().min(0).max(20).default(1),
        kinds: z.array(z.enum(indicatorKindList)).min(1).default(indicatorKindList),
      })
      .default({ minCount: 1, kinds: indicatorKindList }),
    /** 经费预算, or null when the call asks no budget (recognitions, talent titles without a grant). */
    budget: z
      .object({
        scheme: z.enum(budgetSchemes).default('national'),
        /** 自筹 at least this % of the 财政资金 applied for (100 = 1:1). */
        selfRatioPercent: z.number().int().min(0).max(1000).default(0),
        /** 间接费用 at most this % of the direct 财政资金 less equipment. */
        indirectCapPercent: z.number().int().min(0).max(100).default(20),
        /** 财政资金 applied for at most (yuan). */
        maxFiscal: z
          .string()
          .regex(/^\d{1,13}(\.\d{1,2})?$/)
          .nullish(),
      })
      .nullable()
      .default({ scheme: 'national', selfRatioPercent: 0, indirectCapPercent: 20, maxFiscal: null }),
    /** 进度安排: at least this many milestones. */
    minMilestones: z.number().int().min(0).max(30).default(2),
    stampedCopyStep: z.enum(stampedCopySteps).nullable().default('recommend'),
  })
  .refine((t) => t.periodMonths.min <= t.periodMonths.max, {
    path: ['periodMonths', 'max'],
    message: 'number_too_small',
    params: { problem: 'number_too_small' },
  });

export type ApplicationTemplate = z.infer<typeof applicationTemplate>;
