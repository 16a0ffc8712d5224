import { z } from 'zod';
import { zodProblem } from '../../server/problems.js';
import { allBudgetCategories, indicatorKindList, textSections } from './template.js';

/** Yuan as typed: a number or a decimal string; checked to the fen by the budget rules. */
const amount = z.union([z.number(), z.string().trim().max(20)]);
const day = z.iso.date();
const shortText = (max: number) => z.string().trim().max(max);

export const partner = z.object({
  /** An organisation of the registry, or a new one named with its USCC. */
  orgId: z.number().int().positive().nullish(),
  name: shortText(100).min(2),
  uscc: shortText(18),
  /** 合作分工. */
  role: shortText(300).nullish(),
});

export const teamMember = z.object({
  personId: z.number().int().positive(),
  /** 项目分工. */
  role: shortText(100).min(1),
  /** 投入月数 (person-months in the project). */
  months: z.number().int().min(1).max(120),
});

export const budgetLine = z.object({
  category: z.enum(allBudgetCategories),
  fiscal: amount.nullish(),
  self: amount.nullish(),
  other: amount.nullish(),
  /** 测算说明. */
  note: shortText(500).nullish(),
});

export const indicatorLine = z.object({
  kind: z.enum(indicatorKindList),
  /** The name of an `other` indicator, e.g. 示范推广面积. */
  name: shortText(60).nullish(),
  unit: shortText(10).nullish(),
  value: z.number().min(0).max(1e9),
});

export const milestoneLine = z.object({
  title: shortText(200).min(1),
  dueOn: day,
  deliverable: shortText(500).nullish(),
});

/**
 * The 申报书 as an applicant sends it in a PATCH: every section optional (a draft is filled over several
 * sittings), each section replaced whole when sent. Completeness is checked apart, on read and on submit.
 */
export const applicationInput = z
  .object({
    techField: shortText(20).nullish(),
    industry: shortText(60).nullish(),
    startOn: day.nullish(),
    endOn: day.nullish(),
    partners: z.array(partner).max(20),
    /** Set to true to take the organisation's profile as it stands into the application (确认单位信息). */
    applicantConfirmed: z.boolean(),
    leader: z
      .object({
        personId: z.number().int().positive(),
        role: shortText(100).nullish(),
        months: z.number().int().min(1).max(120).nullish(),
      })
      .nullable(),
    members: z.array(teamMember).max(50),
    texts: z.partialRecord(z.enum(textSections), z.string().max(200_000)),
    indicators: z.array(indicatorLine).max(30),
    budget: z.array(budgetLine).max(allBudgetCategories.length),
    milestones: z.array(milestoneLine).max(30),
  })
  .partial()
  .superRefine((a, ctx) => {
    const categories = (a.budget ?? []).map((l) => l.category);
    categories.forEach((c, i) => {
      if (categories.indexOf(c) !== i) ctx.addIssue(zodProblem('duplicate_value', ['budget', i, 'category']));
    });
    const people = [a.leader?.personId, ...(a.members ?? []).map((m) => m.personId)].filter((id) => id !== undefined);
    people.forEach((id, i) => {
      if (people.indexOf(id) !== i)
        ctx.addIssue(zodProblem('duplicate_value', i === 0 ? ['leader', 'personId'] : ['members', i - 1, 'personId']));
    });
  });
export type ApplicationInput = z.infer<typeof applicationInput>;

/** 申报单位 as confirmed: the profile taken into the application, and the year's figures when the call asks them. */
export const applicantSnapshot = z.object({
  confirmedAt: z.string(),
  name: z.string(),
  uscc: z.string(),
  type: z.string(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  figures: z
    .object({
      year: z.number().int(),
      revenue: z.string().nullable(),
      rdSpend: z.string().nullable(),
      staff: z.number().int().nullable(),
      rdStaff: z.number().int().nullable(),
    })
    .nullable(),
});
export type ApplicantSnapshot = z.infer<typeof applicantSnapshot>;

/** The 申报书 as stored: amounts normalised to exact yuan strings, texts sanitised, the applicant snapshot kept. */
export interface StoredApplication {
  techField?: string | null;
  industry?: string | null;
  startOn?: string | null;
  endOn?: string | null;
  partners?: z.infer<typeof partner>[];
  applicant?: ApplicantSnapshot | null;
  leader?: { personId: number; role?: string | null; months?: number | null } | null;
  members?: z.infer<typeof teamMember>[];
  texts?: Partial<Record<(typeof textSections)[number], string>>;
  indicators?: z.infer<typeof indicatorLine>[];
  budget?: {
    category: (typeof allBudgetCategories)[number];
    fiscal: string;
    self: string;
    other: string;
    note?: string | null;
  }[];
  milestones?: z.infer<typeof milestoneLine>[];
}

/** A team member as the application shows them: the registry's record, the ID number masked. */
export const teamPerson = z.object({
  personId: z.number().int(),
  name: z.string(),
  gender: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  title: z.string().nullable(),
  degree: z.string().nullable(),
  field: z.string().nullable(),
  role: z.string().nullable(),
  months: z.number().int().nullable(),
});
export type TeamPerson = z.infer<typeof teamPerson>;

const yuanString = z.string();

/** The 申报书 in `GET /api/projects/:id`. */
export const applicationView = z.object({
  techField: z.string().nullable(),
  techFieldName: z.string().nullable(),
  industry: z.string().nullable(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  partners: z.array(partner),
  applicant: applicantSnapshot.nullable(),
  leader: teamPerson.nullable(),
  members: z.array(teamPerson),
  texts: z.partialRecord(z.enum(textSections), z.string()),
  indicators: z.array(indicatorLine),
  budget: z.array(
    z.object({
      category: z.enum(allBudgetCategories),
      fiscal: yuanString,
      self: yuanString,
      other: yuanString,
      note: z.string().nullable(),
    }),
  ),
  budgetTotals: z.object({ fiscal: yuanString, self: yuanString, other: yuanString, total: yuanString }),
  milestones: z.array(milestoneLine),
});
export type ApplicationView = z.infer<typeof applicationView>;

export const applicationSections = [
  'basic',
  'applicant',
  'team',
  'texts',
  'indicators',
  'budget',
  'milestones',
  'attachments',
  'extra',
] as const;
export type ApplicationSection = (typeof applicationSections)[number];

/** What is still missing, by section: the same problems a submission is refused with. */
export const sectionProblems = z.array(
  z.object({ section: z.enum(applicationSections), field: z.string(), problem: z.string(), message: z.string() }),
);
