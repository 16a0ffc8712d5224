import type { ProjectState } from '../../lib/types';

/** Tag colours of the lifecycle, so a list reads at a glance. */
export const stateColors: Record<ProjectState, string> = {
  draft: 'default',
  submitted: 'blue',
  withdrawn: 'default',
  recommended: 'cyan',
  returned: 'orange',
  under_review: 'purple',
  reviewed: 'geekblue',
  approved: 'green',
  reported: 'gold',
  rejected: 'red',
  acceptance_requested: 'lime',
  accepted: 'success',
  failed_acceptance: 'volcano',
  terminated: 'magenta',
};
