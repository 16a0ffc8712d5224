/**
 * Shapes the API returns, as the screens name them: taken from the routes' own schemas through the generated
 * src/web/lib/api-schema.ts (`npm run api:types`), never declared twice.
 */
import type { ResponseOf } from './client';

export { type Role, roles } from '../../shared/roles';

/** The logged-in account, as /api/auth/me describes it. */
export type SessionUser = ResponseOf<'/api/auth/me'>['user'];

export const orgTypes = [
  'enterprise',
  'institute',
  'university',
  'hospital',
  'school',
  'cooperative',
  'government',
  'social_org',
  'other',
] as const;
export type OrgType = (typeof orgTypes)[number];
export type OrgStatus = 'active' | 'inactive' | 'merged';

export type Org = ResponseOf<'/api/orgs/{id}'>;

export type Jurisdiction = RowOf<ResponseOf<'/api/jurisdictions'>>;

export type Section = RowOf<ResponseOf<'/api/sections'>>;

export type Person = RowOf<ResponseOf<'/api/people'>>;

export type UserView = RowOf<ResponseOf<'/api/users'>>;

export type AuditEntry = RowOf<ResponseOf<'/api/audit'>>;

export type StoredFile = RowOf<ResponseOf<'/api/orgs/{id}/documents'>>;

export interface Page<T> {
  items: T[];
  total: number;
}

export type ProgramLevel = ProgramRef['level'];
export type ProgramCategory = ProgramRef['category'];

export type ProgramRef = RowOf<ResponseOf<'/api/programs'>>;

export type FormFieldDef = CallDetail['formFields'][number];

export type CallSummary = RowOf<ResponseOf<'/api/calls'>>;

export type { ApplicationView, TeamPerson } from '../../domains/applications/schema';
export type { ApplicationTemplate } from '../../domains/applications/template';

/** What a submission would still be refused for, by section of the 申报书. */
export type SectionProblem = ProjectDetail['missing'][number];

export type CallDetail = ResponseOf<'/api/calls/{id}'>;

export type { ProjectAction, ProjectState } from '../../domains/projects/workflow';
export { projectStates as projectStateList } from '../../domains/projects/workflow';

export type ProjectSummary = RowOf<ResponseOf<'/api/projects'>>;

export type ProjectEvent = ProjectDetail['history'][number];

export type IntegrityRecord = ProjectDetail['integrity'][number];

export type ProjectDetail = ResponseOf<'/api/projects/{id}'>;

/** A row of a list, whether the route answers `[...]` or `{ items: [...] }`. */
type RowOf<T> = T extends (infer R)[] ? R : T extends { items: (infer R)[] } ? R : never;
