import { eq, type SQL } from 'drizzle-orm';
import { orgs } from '../../db/tables/index.js';
import type { Access, SessionUser } from '../../server/access.js';

/** 单位名录: who may do what with the registry of organisations. */
export const canReadOrgs: Access = ['staff', 'leader', 'admin', 'liaison', 'applicant'];
export const canExportOrgs: Access = ['staff', 'leader', 'liaison'];
export const canCreateOrgs: Access = ['staff'];
/** Applicants edit their own organisation's profile; staff edit any. */
export const canUpdateOrgs: Access = ['staff', 'applicant'];
export const canMergeOrgs: Access = ['staff'];
export const canChangeOrgStatus: Access = ['staff'];

/**
 * The rows a caller may see: a liaison its jurisdiction's organisations, an applicant its own,
 * bureau roles all. Built into every query, so what is out of scope is simply not found (404).
 */
export function orgScope(user: SessionUser): SQL | undefined {
  switch (user.role) {
    case 'liaison':
      return eq(orgs.jurisdictionCode, user.jurisdictionCode ?? '');
    case 'applicant':
      return eq(orgs.id, user.orgId ?? -1);
    case 'staff':
    case 'leader':
    case 'admin':
      return undefined;
    default:
      return eq(orgs.id, -1);
  }
}

/** Fields an applicant may not change on its own organisation (identity and 属地 are the bureau's to fix). */
export const staffOnlyOrgFields = ['uscc', 'jurisdictionCode', 'name', 'type'] as const;
