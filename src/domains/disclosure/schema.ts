import { z } from 'zod';
import { disclosureApplicantKinds, disclosureOutcomes, disclosureStates } from '../../db/tables/index.js';

export const channels = ['online', 'letter', 'in_person', 'fax', 'email'] as const;
export const forms = ['paper', 'electronic'] as const;
export const deliveries = ['mail', 'email', 'pickup', 'online'] as const;
const outcomeKeys = Object.keys(disclosureOutcomes) as (keyof typeof disclosureOutcomes)[];

/** A request as staff handle it: the applicant, what is asked, and where it stands on the statutory clock. */
export const requestView = z.object({
  id: z.number().int(),
  code: z.string(),
  channel: z.enum(channels),
  applicantKind: z.enum(disclosureApplicantKinds),
  name: z.string(),
  idType: z.string().nullable(),
  idNumber: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  contactName: z.string().nullable(),
  phone: z.string(),
  email: z.string().nullable(),
  address: z.string(),
  postcode: z.string().nullable(),
  description: z.string(),
  purpose: z.string().nullable(),
  form: z.enum(forms),
  delivery: z.enum(deliveries),
  receivedOn: z.string(),
  clockFrom: z.string(),
  pausedDays: z.number().int(),
  consultingSince: z.string().nullable(),
  extendedDays: z.number().int(),
  extensionReason: z.string().nullable(),
  extendedOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  correctionAskedOn: z.string().nullable(),
  correctionNote: z.string().nullable(),
  correctionDueOn: z.string().nullable(),
  state: z.enum(disclosureStates),
  sectionCode: z.string().nullable(),
  assigneeId: z.number().int().nullable(),
  assignee: z.string().nullable(),
  section: z.string().nullable(),
  outcome: z.enum(outcomeKeys as [keyof typeof disclosureOutcomes, ...(keyof typeof disclosureOutcomes)[]]).nullable(),
  outcomeReason: z.string().nullable(),
  replyText: z.string().nullable(),
  legalBasis: z.string().nullable(),
  repliedOn: z.string().nullable(),
  version: z.number().int(),
  /** Still open after its due day. */
  overdue: z.boolean(),
});

export const requestListView = z.object({
  items: z.array(requestView.extend({ overdue: z.boolean() })),
  total: z.number().int(),
});

/** A request with its history and the last day a correction may still be asked for. */
export const requestDetailView = requestView.extend({
  events: z.array(
    z.object({
      id: z.number().int(),
      action: z.string(),
      day: z.string(),
      at: z.date(),
      note: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
      actor: z.string().nullable(),
    }),
  ),
  correctionLatestOn: z.string(),
});
