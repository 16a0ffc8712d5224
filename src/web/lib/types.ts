/** Shapes the API returns (see /api/openapi.json), as the screens use them. */
export type { SessionUser } from '../../server/access';
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
