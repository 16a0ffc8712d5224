import { z } from 'zod';

/** A figure in the text: its words, its value, and the metric (with filters) that counts it, for the drill-down. */
const figure = z.object({
  text: z.string(),
  value: z.number(),
  metric: z.object({ key: z.string(), filters: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable(),
});

const section = z.object({
  key: z.string(),
  /** 1: a numbered part (一、), 2: a sub-part ((一)), 0: a passage without a heading. */
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  heading: z.string(),
  /** Each paragraph as words and figures in turn. */
  paragraphs: z.array(z.array(z.union([z.string(), figure]))),
  narrative: z.array(z.string()),
  /** Whether the document shows it (it has content). */
  shown: z.boolean(),
});

const reportFields = {
  title: z.string(),
  year: z.number().int(),
  sections: z.array(section),
  /** 落款: the bureau and the day (YYYY-MM-DD) the summary is dated. */
  signature: z.object({ bureau: z.string(), date: z.string() }).optional(),
  /** A year still running: the day its figures stand at. */
  through: z.string().nullable().optional(),
};

/** A saved version of the work summary, as it read then. */
export const reportView = z.object({ ...reportFields, version: z.number().int(), status: z.enum(['draft', 'final']) });

/** The year's work summary (年度工作总结) as it stands: draft or final. */
export const annualReportView = z.object({
  ...reportFields,
  status: z.enum(['draft', 'final']),
  version: z.number().int(),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const reportVersionList = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      status: z.enum(['draft', 'final']),
      change: z.enum(['edit', 'finalise', 'reopen']),
      section: z.string().nullable(),
      savedAt: z.date(),
      savedBy: z.string().nullable(),
    }),
  ),
});
