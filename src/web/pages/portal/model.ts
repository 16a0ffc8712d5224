import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

/** The public site's columns (栏目), in the order the site shows them. */
export const portalColumns = ['news', 'notices', 'policies', 'publicity', 'achievements', 'guide', 'commitments', 'open-gov', 'consultations'] as const;
export type PortalColumn = (typeof portalColumns)[number];

/** draft → review → published (visible from publishAt) → withdrawn → draft again. */
export const portalStates = ['draft', 'review', 'published', 'withdrawn'] as const;
export type PortalState = (typeof portalStates)[number];
export type ItemAction = 'submit' | 'publish' | 'return' | 'withdraw' | 'redraft';

export const validities = ['in_force', 'amended', 'repealed'] as const;
export const openGovCategories = ['disclosure_guide', 'disclosure_rules', 'functions', 'leaders', 'interpretation', 'plans', 'budget', 'funds', 'annual_report', 'other'] as const;
/** The columns whose items are in the open-government catalogue (with an index number and a topic). */
export const catalogueColumns = ['open-gov', 'policies', 'notices', 'publicity', 'guide'] as const;
export const catalogueTopics = ['science', 'ip', 'talent', 'finance', 'organisation', 'general'] as const;

export interface ItemRow {
  id: number;
  column: PortalColumn;
  title: string;
  state: PortalState;
  publishAt: string | null;
  startsOn: string | null;
  endsOn: string | null;
  version: number;
  updatedAt: string;
  author: string | null;
}

export interface PortalFile {
  id: number;
  originalName: string;
  mediaType: string;
  size: number;
}

export interface GuideDetails {
  conditions: string;
  materials: string[];
  steps: string[];
  timeLimit: string;
  fee: string;
  contact: string;
}

export interface ItemDetail extends Omit<ItemRow, 'author'> {
  summary: string | null;
  bodyHtml: string;
  bodyText: string;
  withdrawnReason: string | null;
  source: string | null;
  docNo: string | null;
  validity: (typeof validities)[number] | null;
  effectiveOn: string | null;
  objectionContact: string | null;
  sourceKind: string | null;
  details: Partial<GuideDetails> & { category?: (typeof openGovCategories)[number]; interprets?: number };
  indexNo: string | null;
  topic: (typeof catalogueTopics)[number] | null;
  authorId: number | null;
  reviewerId: number | null;
  createdAt: string;
  attachments: PortalFile[];
}

export interface ItemVersion {
  version: number;
  state: PortalState;
  change: string;
  note: string | null;
  savedAt: string;
  savedBy: string | null;
  item: Pick<ItemDetail, 'title' | 'summary' | 'bodyText' | 'publishAt'>;
}

export const itemsKey = ['portal', 'items'] as const;
export const itemKey = (id: number) => [...itemsKey, id] as const;

export function usePortalItem(id: number | undefined) {
  return useQuery({ queryKey: itemKey(id ?? 0), enabled: id !== undefined, queryFn: () => api<ItemDetail>('GET', `/api/portal/items/${id}`) });
}

export function useItemVersions(id: number | undefined) {
  return useQuery({ queryKey: [...itemKey(id ?? 0), 'versions'], enabled: id !== undefined, queryFn: () => api<{ items: ItemVersion[] }>('GET', `/api/portal/items/${id}/versions`) });
}

/** Published with a publication time still to come: 定时发布. */
export function isScheduled(item: Pick<ItemRow, 'state' | 'publishAt'>, now = Date.now()): boolean {
  return item.state === 'published' && Boolean(item.publishAt) && new Date(item.publishAt!).getTime() > now;
}

/** Where the public reads a published item. */
export const publicPath = (item: Pick<ItemRow, 'column' | 'id'>) => `/${item.column}/${item.id}`;
export const previewPath = (id: number) => `/preview/items/${id}`;
/** An uploaded file's address, the only kind of image the server's sanitiser keeps. */
export const filePath = (file: Pick<PortalFile, 'id' | 'originalName'>) => `/files/${file.id}/${encodeURIComponent(file.originalName)}`;

export const stateColors: Record<PortalState | 'scheduled', string> = { draft: 'default', review: 'processing', published: 'green', scheduled: 'purple', withdrawn: 'orange' };

// ———— 留言办理 ————

export const messageKinds = ['consult', 'suggest', 'complain', 'objection'] as const;
export type MessageKind = (typeof messageKinds)[number];
export type MessageState = 'received' | 'assigned' | 'answered';

export interface Message {
  id: number;
  code: string;
  kind: MessageKind;
  itemId: number | null;
  itemTitle: string | null;
  subject: string;
  body: string;
  name: string;
  contact: string;
  mayPublish: boolean;
  receivedAt: string;
  dueOn: string;
  state: MessageState;
  sectionCode: string | null;
  assigneeId: number | null;
  assignee: string | null;
  reply: string | null;
  repliedAt: string | null;
  published: boolean;
  version: number;
  overdue: boolean;
  onTime: boolean | null;
}

export interface KindFigures {
  received: number;
  answered: number;
  onTime: number;
  overdue: number;
  pending: number;
}

export interface ReplyStatistics {
  year: number;
  byKind: (KindFigures & { kind: MessageKind })[];
  total: KindFigures;
  onTimeRate: number | null;
}

export const messagesKey = ['portal', 'messages'] as const;

/** Staff and leaders a message can be given to (the same list the responsibility letters use). */
export function useBureauPeople() {
  return useQuery({
    queryKey: ['targets', 'bureau-people'],
    queryFn: () => api<{ items: { id: number; displayName: string; sectionCode: string | null }[] }>('GET', '/api/targets/bureau-people'),
    staleTime: 5 * 60_000,
  });
}

/** Where the writer follows a message with its code. */
export const messagePath = (code: string) => `/messages/${encodeURIComponent(code)}`;
