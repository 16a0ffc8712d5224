import { eq, sql, type SQL } from 'drizzle-orm';
import { orgs, projects, reviewAssignments } from '../../db/schema/index.js';
import type { Access, SessionUser } from '../../server/access.js';

/** 项目: who may see and do what. Transitions are further ruled by the table in workflow.ts. */
export const canReadProjects: Access = ['applicant', 'liaison', 'staff', 'leader', 'expert'];
export const canApply: Access = ['applicant'];
export const canTransition: Access = ['applicant', 'liaison', 'staff'];
export const canAssignExperts: Access = ['staff'];
export const canScore: Access = ['expert'];

/**
 * The projects a caller may see: an applicant its organisation's, a liaison its jurisdiction's, an expert
 * those assigned to it, bureau staff and leaders all. Out of scope is simply not found.
 */
export function projectScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'applicant':
      return eq(projects.orgId, user.orgId ?? -1);
    case 'liaison':
      return sql`${projects.orgId} IN (SELECT ${orgs.id} FROM ${orgs} WHERE ${orgs.jurisdictionCode} = ${user.jurisdictionCode ?? ''})`;
    case 'expert':
      return sql`${projects.id} IN (SELECT ${reviewAssignments.projectId} FROM ${reviewAssignments} WHERE ${reviewAssignments.expertId} = ${user.id})`;
    case 'staff':
    case 'leader':
      return undefined;
    default:
      return eq(projects.id, -1);
  }
}
