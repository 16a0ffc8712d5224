import { eq, sql, type SQL } from 'drizzle-orm';
import { orgs, people } from '../../db/tables/index.js';
import type { Access, SessionUser } from '../../server/access.js';

/** 人才库: people of the registered organisations. */
export const canReadPeople: Access = ['staff', 'leader', 'liaison', 'applicant'];
export const canWritePeople: Access = ['staff', 'applicant'];

/** Applicants see their own organisation's people, liaisons their jurisdiction's, bureau roles all. */
export function peopleScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'applicant':
      return eq(people.orgId, user.orgId ?? -1);
    case 'liaison':
      return sql`${people.orgId} IN (SELECT ${orgs.id} FROM ${orgs} WHERE ${orgs.jurisdictionCode} = ${user.jurisdictionCode ?? ''})`;
    case 'staff':
    case 'leader':
      return undefined;
    default:
      return eq(people.id, -1);
  }
}
