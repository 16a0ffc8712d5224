import { eq, type SQL } from 'drizzle-orm';
import { patents } from '../../db/tables/index.js';
import type { Access, SessionUser } from '../../server/access.js';

/** 专利: bureau roles see every patent, a liaison its jurisdiction's, an applicant its organisation's. */
export const canReadPatents: Access = ['staff', 'leader', 'liaison', 'applicant'];
/** Applicants record their own organisation's patents (to claim subsidies); staff keep the whole registry. */
export const canWritePatents: Access = ['staff', 'applicant'];
export const canImportPatents: Access = ['staff'];

export function patentScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'liaison':
      return eq(patents.jurisdictionCode, user.jurisdictionCode ?? '');
    case 'applicant':
      return eq(patents.orgId, user.orgId ?? -1);
    case 'staff':
    case 'leader':
      return undefined;
    default:
      return eq(patents.id, -1);
  }
}
