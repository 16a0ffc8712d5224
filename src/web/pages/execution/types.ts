import type { AgreementContent, ContentDifference } from '../../../domains/agreements/content';

export type { AgreementContent, ContentDifference };
export type FundingSource = AgreementContent['budget'][number]['source'];

export interface Agreement {
  state: 'draft' | 'submitted' | 'signed' | null;
  version: number | null;
  contentVersion: number;
  content: AgreementContent;
  totals: { superior: string; local: string; selfRaised: string };
  approvedFunding: string | null;
  returnComment: string | null;
  submittedAt: string | null;
  signedAt: string | null;
  availableActions: ('save' | 'submit' | 'sign' | 'return')[];
  versions: { version: number; changeRequestId: number | null; createdAt: string; changes: ContentDifference[] }[];
}

export interface ProgressReport {
  id: number;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  state: 'due' | 'submitted' | 'accepted' | 'returned';
  content: {
    summary: string;
    milestones: { index: number; status: 'done' | 'on_track' | 'delayed'; note?: string }[];
    problems?: string;
  } | null;
  spent: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  overdue: boolean;
  version: number;
}

export interface ChangeRequest {
  id: number;
  kinds: ('leader' | 'period' | 'budget')[];
  baseVersion: number;
  reason: string;
  state: 'pending' | 'approved' | 'refused' | 'withdrawn';
  requestedByName: string | null;
  createdAt: string;
  decidedAt: string | null;
  decisionComment: string | null;
  changes: ContentDifference[];
}

/** Execution runs from approval; after it the record is read-only history. */
export const executionStates = ['approved', 'acceptance_requested', 'accepted', 'failed_acceptance', 'terminated'];
