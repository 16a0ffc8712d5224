/** 依申请公开 as the back office reads it (the API's /api/disclosure/requests). */
export const applicantKinds = ['person', 'company', 'research', 'public_interest', 'legal_service', 'other'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];
export type RequestState = 'received' | 'correction' | 'consulting' | 'answered';

/** The outcomes of the annual report's table and the grounds under each. */
export const outcomes = {
  disclose: [],
  partial: [],
  withhold: ['state_secret', 'law_forbids', 'three_securities', 'third_party', 'internal', 'process', 'enforcement', 'query'],
  unavailable: ['not_held', 'needs_making', 'unclear'],
  not_processed: ['petition', 'repeat', 'publication', 'excessive', 'confirm'],
  other: ['no_correction', 'no_fee', 'other'],
} as const satisfies Record<string, readonly string[]>;
export type Outcome = keyof typeof outcomes;

export interface RequestEvent {
  id: number;
  action: string;
  day: string;
  at: string;
  note: string | null;
  data: Record<string, unknown>;
  actor: string | null;
}

export interface DisclosureRequest {
  id: number;
  code: string;
  channel: 'online' | 'letter' | 'in_person' | 'fax' | 'email';
  applicantKind: ApplicantKind;
  name: string;
  idType: string | null;
  idNumber: string | null;
  legalRepresentative: string | null;
  contactName: string | null;
  phone: string;
  email: string | null;
  address: string;
  postcode: string | null;
  description: string;
  purpose: string | null;
  form: 'paper' | 'electronic';
  delivery: 'mail' | 'email' | 'pickup' | 'online';
  receivedOn: string;
  clockFrom: string;
  pausedDays: number;
  extendedDays: number;
  extensionReason: string | null;
  extendedOn: string | null;
  dueOn: string | null;
  correctionAskedOn: string | null;
  correctionNote: string | null;
  correctionDueOn: string | null;
  state: RequestState;
  sectionCode: string | null;
  assigneeId: number | null;
  assignee: string | null;
  section: string | null;
  outcome: Outcome | null;
  outcomeReason: string | null;
  replyText: string | null;
  legalBasis: string | null;
  repliedOn: string | null;
  version: number;
  overdue?: boolean;
  events?: RequestEvent[];
  correctionLatestOn?: string;
}

export const disclosureKey = ['disclosure'] as const;

/** The letters a request has by now. */
export function lettersOf(r: DisclosureRequest): ('correction' | 'extension' | 'reply')[] {
  return (['correction', 'extension', 'reply'] as const).filter((k) => (k === 'correction' ? r.correctionAskedOn : k === 'extension' ? r.extendedOn : r.state === 'answered'));
}
