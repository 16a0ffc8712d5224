import type { Role } from '../../shared/roles.js';

/**
 * The project lifecycle as data: from which states an action may be taken, by which role, and where it
 * leads. Everything else — the API's availableActions, the 409/403 answers, the exhaustive test —
 * reads this table.
 */
export const projectStates = [
  'draft',
  'submitted',
  'withdrawn',
  'recommended',
  'returned',
  'under_review',
  'reviewed',
  'approved',
  'reported',
  'rejected',
  'acceptance_requested',
  'accepted',
  'failed_acceptance',
  'terminated',
] as const;
export type ProjectState = (typeof projectStates)[number];

export const projectActions = [
  'submit',
  'withdraw',
  'recommend',
  'return',
  'pass_formal_review',
  'finish_review',
  'approve',
  'report_up',
  'record_result',
  'reject',
  'midterm_check',
  'request_acceptance',
  'accept',
  'fail_acceptance',
  'terminate',
] as const;
export type ProjectAction = (typeof projectActions)[number];

/** What decides a destination that depends on the project (expert review or not; the higher level's answer). */
export interface TransitionContext {
  expertReview: boolean;
  level: 'national' | 'provincial' | 'prefecture' | 'city';
  resultApproved?: boolean;
}

export interface Transition {
  from: readonly ProjectState[];
  action: ProjectAction;
  by: Role;
  to: ProjectState | ((c: TransitionContext) => ProjectState);
  /** When the row applies beyond its state, e.g. only own-city programs are approved by the bureau itself. */
  when?: (c: TransitionContext) => boolean;
}

export const transitions: readonly Transition[] = [
  { from: ['draft', 'returned'], action: 'submit', by: 'applicant', to: 'submitted' },
  { from: ['submitted'], action: 'withdraw', by: 'applicant', to: 'withdrawn' },
  // 属地推荐: the liaison of the organisation's jurisdiction, within the call's quota.
  { from: ['submitted'], action: 'recommend', by: 'liaison', to: 'recommended' },
  { from: ['submitted'], action: 'return', by: 'liaison', to: 'returned' },
  { from: ['submitted', 'recommended', 'under_review'], action: 'return', by: 'staff', to: 'returned' },
  // 形式审查: on to expert review when the call has it, else straight to the bureau's decision.
  {
    from: ['recommended'],
    action: 'pass_formal_review',
    by: 'staff',
    to: (c) => (c.expertReview ? 'under_review' : 'reviewed'),
  },
  { from: ['under_review'], action: 'finish_review', by: 'staff', to: 'reviewed' },
  { from: ['reviewed'], action: 'approve', by: 'staff', to: 'approved', when: (c) => c.level === 'city' },
  { from: ['reviewed'], action: 'report_up', by: 'staff', to: 'reported', when: (c) => c.level !== 'city' },
  { from: ['reported'], action: 'record_result', by: 'staff', to: (c) => (c.resultApproved ? 'approved' : 'rejected') },
  { from: ['reviewed'], action: 'reject', by: 'staff', to: 'rejected' },
  { from: ['approved'], action: 'midterm_check', by: 'staff', to: 'approved' },
  { from: ['approved'], action: 'request_acceptance', by: 'applicant', to: 'acceptance_requested' },
  { from: ['acceptance_requested'], action: 'accept', by: 'staff', to: 'accepted' },
  { from: ['acceptance_requested'], action: 'fail_acceptance', by: 'staff', to: 'failed_acceptance' },
  { from: ['approved'], action: 'terminate', by: 'staff', to: 'terminated' },
];

/** The rows for an action from a state (any role), honouring `when`. */
export function rowsFor(state: ProjectState, action: ProjectAction, context: TransitionContext): Transition[] {
  return transitions.filter((t) => t.action === action && t.from.includes(state) && (!t.when || t.when(context)));
}

export function destination(row: Transition, context: TransitionContext): ProjectState {
  return typeof row.to === 'function' ? row.to(context) : row.to;
}

/** Before these states nothing was recommended; every other state has spent one of the jurisdiction's quota. */
const beforeRecommendation: readonly ProjectState[] = ['draft', 'submitted', 'withdrawn', 'returned'];

/** States after which a recommendation has been spent (counted against the jurisdiction's quota). */
export const recommendedStates: readonly ProjectState[] = projectStates.filter(
  (s) => !beforeRecommendation.includes(s),
);
