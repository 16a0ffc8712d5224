import { and, eq, ne, sql, type SQL } from 'drizzle-orm';
import { orgs, projects, reviewAssignments } from '../../db/tables/index.js';
import type { Access, SessionUser } from '../../server/access.js';

/** 项目: who may see and do what. Transitions are further ruled by the table in workflow.ts. */
export const canReadProjects: Access = ['applicant', 'liaison', 'staff', 'leader', 'expert'];
export const canApply: Access = ['applicant'];
export const canTransition: Access = ['applicant', 'liaison', 'staff'];
export const canAssignExperts: Access = ['staff'];
/** 专家库: staff draw from it; leaders read it. */
export const canReadExpertPool: Access = ['staff', 'leader'];
export const canScore: Access = ['expert'];

/**
 * The projects a caller may see: an applicant its organisation's, a liaison its jurisdiction's, an expert
 * those assigned to it, bureau staff and leaders all — and nobody but the applicant sees a draft. Out of scope is simply not found.
 */
export function projectScope(user: SessionUser): SQL | undefined {
  // A draft is the applicant's own until it is submitted.
  const submitted = ne(projects.state, 'draft');
  switch (user.role) {
    case 'applicant':
      return eq(projects.orgId, user.orgId ?? -1);
    case 'liaison':
      return and(
        submitted,
        sql`${projects.orgId} IN (SELECT ${orgs.id} FROM ${orgs} WHERE ${orgs.jurisdictionCode} = ${user.jurisdictionCode ?? ''})`,
      );
    case 'expert':
      return and(
        submitted,
        sql`${projects.id} IN (SELECT ${reviewAssignments.projectId} FROM ${reviewAssignments} WHERE ${reviewAssignments.expertId} = ${user.id})`,
      );
    case 'staff':
    case 'leader':
      return submitted;
    default:
      return eq(projects.id, -1);
  }
}
