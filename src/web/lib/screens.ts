import type { Role } from './types';

/** Who sees which screen; the server enforces the same rules on every request. */
export const screenRoles: Record<string, Role[]> = {
  orgs: ['staff', 'leader', 'admin', 'liaison'],
  myOrg: ['applicant'],
  people: ['staff', 'leader', 'liaison', 'applicant'],
  users: ['admin'],
  jobs: ['admin'],
  dictionaries: ['admin'],
  audit: ['auditor'],
  hall: ['applicant'],
  calls: ['staff', 'leader'],
  projects: ['applicant', 'liaison', 'staff', 'leader', 'expert'],
  execution: ['applicant', 'liaison', 'staff', 'leader'],
  programs: ['staff', 'leader'],
  patents: ['staff', 'leader', 'liaison', 'applicant'],
  subsidies: ['staff', 'leader', 'liaison', 'applicant'],
  /** 科技网: the public site's content, message box and working-day calendar. */
  portal: ['staff', 'leader'],
  /** 依申请公开: requests for disclosure, on the statutory clock. */
  disclosure: ['staff', 'leader'],
  /** 审批: the director's desk, and what staff put up. */
  approvals: ['staff', 'leader'],
  approvalChains: ['admin'],
  experts: ['staff', 'leader'],
};
