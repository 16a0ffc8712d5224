import type { Problem } from '../../server/problems.js';
import type { SessionUser } from '../../server/access.js';
import type { RegistryName } from './spec.js';

type Values = Record<string, unknown>;
export interface RuleProblem {
  field: string;
  problem: Problem;
}

const after = (later: unknown, earlier: unknown) =>
  typeof later !== 'string' || typeof earlier !== 'string' || later >= earlier;

/** What a registry's record must satisfy beyond each field on its own; the same for the API and the import. */
const rules: Partial<Record<RegistryName, (v: Values, user?: SessionUser) => RuleProblem[]>> = {
  qualifications: (v) =>
    after(v.validUntil, v.issuedOn) ? [] : [{ field: 'validUntil', problem: 'ends_before_start' as const }],
  cooperations: (v) =>
    after(v.endsOn, v.signedOn) ? [] : [{ field: 'endsOn', problem: 'ends_before_start' as const }],
  publicity: (v) => [
    ...(v.adoptedOn && v.adopted === false
      ? [{ field: 'adoptedOn', problem: 'adopted_date_without_adoption' as const }]
      : []),
    ...(after(v.adoptedOn, v.sentOn) ? [] : [{ field: 'adoptedOn', problem: 'ends_before_start' as const }]),
  ],
  funds: (v, user) => [
    // Enterprises report their own investment; allocations and appropriations are the bureau's to record.
    ...(user?.role === 'applicant' && v.kind !== undefined && v.kind !== 'self_raised'
      ? [{ field: 'kind', problem: 'applicant_self_raised_only' as const }]
      : []),
    ...(v.kind === 'self_raised' && !v.orgId ? [{ field: 'orgId', problem: 'required' as const }] : []),
    ...(v.kind === 'superior' && !v.sourceLevel ? [{ field: 'sourceLevel', problem: 'required' as const }] : []),
  ],
};

export function checkRules(name: RegistryName, values: Values, user?: SessionUser): RuleProblem[] {
  return rules[name]?.(values, user) ?? [];
}
