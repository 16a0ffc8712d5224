import { z } from 'zod';
import { applicationInput, applicationView, sectionProblems } from '../applications/schema.js';
import { programCategories, programLevels } from '../programs/schema.js';
import { projectActions, projectStates } from './workflow.js';
import { paging, yuan } from '../../shared/schemas.js';

/** Yuan as a number or a decimal string with at most two places. */

export const projectCreateBody = z.object({
  callId: z.number().int().positive(),
  title: z.string().trim().min(2).max(200),
  leaderName: z.string().trim().max(50).nullish(),
  personId: z.number().int().positive().nullish(),
  requestedFunding: yuan.nullish(),
  formData: z.record(z.string(), z.unknown()).default({}),
  /** 申报书 sections, for a call with a template. */
  application: applicationInput.optional(),
});

export const projectUpdateBody = z.object({
  title: z.string().trim().min(2).max(200).optional(),
  leaderName: z.string().trim().max(50).nullish(),
  requestedFunding: yuan.nullish(),
  formData: z.record(z.string(), z.unknown()).optional(),
  /** 申报书 sections to replace; those left out stay as they are. */
  application: applicationInput.optional(),
  version: z.number().int().positive().optional(),
});

export const transitionBody = z.object({
  action: z.enum(projectActions),
  comment: z.string().trim().max(2000).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  /** The version the caller saw; a stale one is refused with STALE_VERSION. */
  version: z.number().int().positive().optional(),
});

export const projectListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  level: z.enum(programLevels).optional(),
  category: z.enum(programCategories).optional(),
  state: z.enum(projectStates).optional(),
  callId: z.coerce.number().int().positive().optional(),
  orgId: z.coerce.number().int().positive().optional(),
  jurisdictionCode: z.string().max(40).optional(),
  sectionCode: z.string().max(40).optional(),
  sort: z.enum(['updatedAt', 'createdAt', 'title', 'requested']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...paging(),
});

export const projectEvent = z.object({
  id: z.number().int(),
  action: z.string(),
  fromState: z.enum(projectStates).nullable(),
  toState: z.enum(projectStates),
  actorName: z.string(),
  actorRole: z.string(),
  comment: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  at: z.date(),
});

export const projectSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  state: z.enum(projectStates),
  version: z.number().int(),
  callId: z.number().int(),
  callTitle: z.string(),
  year: z.number().int(),
  program: z.object({
    id: z.number().int(),
    name: z.string(),
    level: z.enum(programLevels),
    category: z.enum(programCategories),
    sectionCode: z.string(),
  }),
  orgId: z.number().int(),
  orgName: z.string(),
  jurisdictionCode: z.string(),
  leaderName: z.string().nullable(),
  /** Yuan, exact to the fen. */
  requestedFunding: z.string().nullable(),
  approvedFunding: z.string().nullable(),
  docNo: z.string().nullable(),
  planType: z.string().nullable(),
  /** 申报编号, given on first submission, e.g. SB2026NY0001. */
  applicationNo: z.string().nullable(),
  /** 项目编号, given on approval, e.g. 2026NY0012. */
  code: z.string().nullable(),
  submittedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const integrityRecord = z.object({
  id: z.number().int(),
  kind: z.enum(['failed_acceptance', 'terminated_for_cause', 'misconduct']),
  note: z.string().nullable(),
  projectId: z.number().int().nullable(),
  projectTitle: z.string().nullable(),
  personId: z.number().int().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.date(),
});

export const projectDetail = projectSummary.extend({
  personId: z.number().int().nullable(),
  formData: z.record(z.string(), z.unknown()),
  /** The 申报书 (null for a call that keeps the short form). */
  application: applicationView.nullable(),
  /** SHA-256 of the submitted content, and as the 申报书 prints it: four groups of four hex digits, e.g. 021F-CA12-914B-057D. */
  checksum: z.string().nullable(),
  printedChecksum: z.string().nullable(),
  /** What a submission would still be refused for, by section (the applicant's, while it can be edited). */
  missing: sectionProblems,
  expertReview: z.boolean(),
  availableActions: z.array(z.enum(projectActions)),
  history: z.array(projectEvent),
  /** The applicant organisation's integrity record; only staff and leaders get it. */
  integrity: z.array(integrityRecord),
  /** A decision (立项/不予立项) prepared and waiting for the director's approval; staff and leaders see it. */
  pendingDecision: z
    .object({
      id: z.number().int(),
      step: z.number().int(),
      steps: z.number().int(),
      dueOn: z.string().nullable(),
      action: z.enum(['approve', 'reject']),
      data: z.record(z.string(), z.unknown()).nullable(),
    })
    .nullable(),
});

export const projectList = z.object({ items: z.array(projectSummary), total: z.number().int() });

export type ProjectCreateBody = z.infer<typeof projectCreateBody>;
export type ProjectUpdateBody = z.infer<typeof projectUpdateBody>;
export type TransitionBody = z.infer<typeof transitionBody>;
export type ProjectListQuery = z.infer<typeof projectListQuery>;
