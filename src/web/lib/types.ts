/** Shapes the API returns (see /api/openapi.json), as the screens use them. */
export type { SessionUser } from '../../server/access';
import type { ProjectAction, ProjectState } from '../../domains/projects/workflow';
import type { Role } from '../../shared/roles';

export { type Role, roles } from '../../shared/roles';

export const orgTypes = ['enterprise', 'institute', 'university', 'hospital', 'school', 'cooperative', 'government', 'social_org', 'other'] as const;
export type OrgType = (typeof orgTypes)[number];
export type OrgStatus = 'active' | 'inactive' | 'merged';

export interface Org {
  id: number;
  name: string;
  uscc: string;
  type: OrgType;
  industry: string | null;
  jurisdictionCode: string;
  jurisdictionName: string | null;
  address: string | null;
  legalRepresentative: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  bankName: string | null;
  bankAccount: string | null;
  foundedOn: string | null;
  status: OrgStatus;
  mergedIntoId: number | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  peopleCount?: number;
  userCount?: number;
}

export interface Jurisdiction {
  code: string;
  name: string;
  nameEn: string | null;
  kind: 'town' | 'zone' | 'street' | 'department';
  sortOrder: number;
  active: boolean;
}

export interface Section {
  code: string;
  name: string;
  nameEn: string | null;
  sortOrder: number;
  active: boolean;
}

export interface Person {
  id: number;
  name: string;
  orgId: number | null;
  orgName: string | null;
  gender: 'male' | 'female' | null;
  idNumberMasked: string | null;
  title: string | null;
  degree: string | null;
  field: string | null;
  phone: string | null;
  email: string | null;
  talentTags: string[];
  version: number;
}

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number | null;
  orgName: string | null;
  jurisdictionCode: string | null;
  sectionCode: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
  totpEnabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface StoredFile {
  id: number;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
  kind: 'business_licence' | 'certificate' | 'other';
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export type ProgramLevel = 'national' | 'provincial' | 'prefecture' | 'city';
export type ProgramCategory = 'agriculture' | 'social_development' | 'industry' | 'talent' | 'platform' | 'ip' | 'soft_science' | 'cooperation';

export interface ProgramRef {
  id: number;
  name: string;
  level: ProgramLevel;
  category: ProgramCategory;
  sectionCode: string;
  applicantKind?: 'org' | 'person';
  /** 计划代码 and the number rules (申报编号, 项目编号) staff set per programme. */
  code?: string;
  applicationNoRule?: string;
  projectCodeRule?: string;
  /** What a new call of the programme starts from. */
  template?: {
    application: import('../../domains/applications/template').ApplicationTemplate | null;
    formFields: FormFieldDef[];
    attachments: CallDetail['attachments'];
    criteria: CallDetail['criteria'];
  };
}

export interface FormFieldDef {
  key: string;
  label: string;
  type: 'text' | 'number' | 'money' | 'date' | 'select' | 'table';
  required: boolean;
  options?: string[];
  columns?: { key: string; label: string; type: 'text' | 'number' | 'money' | 'date' }[];
  maxLength?: number;
}

export interface CallSummary {
  id: number;
  title: string;
  year: number;
  opensAt: string;
  closesAt: string;
  expertReview: boolean;
  status: 'upcoming' | 'open' | 'closed';
  program: ProgramRef;
}

export type { ApplicationView, TeamPerson } from '../../domains/applications/schema';
export type { ApplicationTemplate } from '../../domains/applications/template';

/** What a submission would still be refused for, by section of the 申报书. */
export interface SectionProblem {
  section: 'basic' | 'applicant' | 'team' | 'texts' | 'indicators' | 'budget' | 'milestones' | 'attachments' | 'extra';
  field: string;
  problem: string;
  message: string;
}

export interface CallDetail extends CallSummary {
  applicationTemplate: import('../../domains/applications/template').ApplicationTemplate | null;
  reviewCommentRequired: boolean;
  defaultQuota: number | null;
  quotas: { jurisdictionCode: string; quota: number }[];
  formFields: FormFieldDef[];
  attachments: { key: string; name: string; types: string[]; maxBytes: number; required: boolean }[];
  criteria: { key: string; name: string; max: number }[];
  description: string | null;
  version: number;
}

export type { ProjectAction, ProjectState } from '../../domains/projects/workflow';
export { projectStates as projectStateList } from '../../domains/projects/workflow';

export interface ProjectSummary {
  id: number;
  title: string;
  applicationNo: string | null;
  code: string | null;
  state: ProjectState;
  version: number;
  callId: number;
  callTitle: string;
  year: number;
  program: ProgramRef;
  orgId: number;
  orgName: string;
  jurisdictionCode: string;
  leaderName: string | null;
  requestedFunding: string | null;
  approvedFunding: string | null;
  docNo: string | null;
  planType: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectEvent {
  id: number;
  action: string;
  fromState: ProjectState | null;
  toState: ProjectState;
  actorName: string;
  actorRole: string;
  comment: string | null;
  data: Record<string, unknown> | null;
  at: string;
}

export interface IntegrityRecord {
  id: number;
  kind: 'failed_acceptance' | 'terminated_for_cause' | 'misconduct';
  note: string | null;
  projectId: number | null;
  projectTitle: string | null;
  recordedByName: string | null;
  createdAt: string;
}

export interface ProjectDetail extends ProjectSummary {
  personId: number | null;
  application: import('../../domains/applications/schema').ApplicationView | null;
  checksum: string | null;
  printedChecksum: string | null;
  missing: SectionProblem[];
  formData: Record<string, unknown>;
  expertReview: boolean;
  availableActions: ProjectAction[];
  history: ProjectEvent[];
  integrity: IntegrityRecord[];
  /** A decision prepared and waiting for the director's approval. */
  pendingDecision: { id: number; step: number; steps: number; dueOn: string | null; action: 'approve' | 'reject'; data: Record<string, unknown> | null } | null;
}
