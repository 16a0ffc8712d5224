import type { ResponseOf } from '../../lib/client';

/** 依申请公开 as the back office reads it (the API's /api/disclosure/requests). */
export const applicantKinds = ['person', 'company', 'research', 'public_interest', 'legal_service', 'other'] as const;
export type ApplicantKind = (typeof applicantKinds)[number];
export type RequestState = RequestDetail['state'];

/** The outcomes of the annual report's table and the grounds under each. */
export const outcomes = {
  disclose: [],
  partial: [],
  withhold: [
    'state_secret',
    'law_forbids',
    'three_securities',
    'third_party',
    'internal',
    'process',
    'enforcement',
    'query',
  ],
  unavailable: ['not_held', 'needs_making', 'unclear'],
  not_processed: ['petition', 'repeat', 'publication', 'excessive', 'confirm'],
  other: ['no_correction', 'no_fee', 'other'],
} as const satisfies Record<string, readonly string[]>;
export type Outcome = keyof typeof outcomes;

type ListRow = ResponseOf<'/api/disclosure/requests'>['items'][number];
export type RequestDetail = ResponseOf<'/api/disclosure/requests/{id}'>;
/** A request as the list gives it (with whether it is overdue) or as the drawer opens it (with its history). */
export type DisclosureRequest = Omit<ListRow, 'overdue'> &
  Partial<Pick<ListRow, 'overdue'>> &
  Partial<Pick<RequestDetail, 'events' | 'correctionLatestOn'>>;
export type RequestEvent = RequestDetail['events'][number];

export const disclosureKey = ['disclosure'] as const;

/** The letters a request has by now. */
export function lettersOf(r: DisclosureRequest): ('correction' | 'extension' | 'reply')[] {
  return (['correction', 'extension', 'reply'] as const).filter((k) =>
    k === 'correction' ? r.correctionAskedOn : k === 'extension' ? r.extendedOn : r.state === 'answered',
  );
}
