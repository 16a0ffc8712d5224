import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { answer, apiClient, type ResponseOf } from '../../lib/client';

/** The public site's columns (栏目), in the order the site shows them. */
export const portalColumns = [
  'news',
  'notices',
  'policies',
  'publicity',
  'achievements',
  'guide',
  'commitments',
  'open-gov',
  'consultations',
] as const;
export type PortalColumn = (typeof portalColumns)[number];

/** draft → review → published (visible from publishAt) → withdrawn → draft again. */
export const portalStates = ['draft', 'review', 'published', 'withdrawn'] as const;
export type PortalState = (typeof portalStates)[number];
export type ItemAction = 'submit' | 'publish' | 'return' | 'withdraw' | 'redraft';

export const validities = ['in_force', 'amended', 'repealed'] as const;
export const openGovCategories = [
  'disclosure_guide',
  'disclosure_rules',
  'functions',
  'leaders',
  'interpretation',
  'plans',
  'budget',
  'funds',
  'annual_report',
  'other',
] as const;
/** The columns whose items are in the open-government catalogue (with an index number and a topic). */
export const catalogueColumns = ['open-gov', 'policies', 'notices', 'publicity', 'guide'] as const;
export const catalogueTopics = ['science', 'ip', 'talent', 'finance', 'organisation', 'general'] as const;

/** The back office's list of items, and one item as its editor opens it, as their routes declare them. */
export type ItemRow = ResponseOf<'/api/portal/items'>['items'][number];
export type ItemDetail = ResponseOf<'/api/portal/items/{id}'>;
export type PortalFile = ItemDetail['attachments'][number];
export type GuideDetails = Required<
  Pick<ItemDetail['details'], 'conditions' | 'materials' | 'steps' | 'timeLimit' | 'fee' | 'contact'>
>;
export type ItemVersion = ResponseOf<'/api/portal/items/{id}/versions'>['items'][number];

export const itemsKey = ['portal', 'items'] as const;
export const itemKey = (id: number) => [...itemsKey, id] as const;

export function usePortalItem(id: number | undefined) {
  return useQuery({
    queryKey: itemKey(id ?? 0),
    enabled: id !== undefined,
    queryFn: () => apiClient.GET('/api/portal/items/{id}', { params: { path: { id: id! } } }).then(answer),
  });
}

export function useItemVersions(id: number | undefined) {
  return useQuery({
    queryKey: [...itemKey(id ?? 0), 'versions'],
    enabled: id !== undefined,
    queryFn: () => apiClient.GET('/api/portal/items/{id}/versions', { params: { path: { id: id! } } }).then(answer),
  });
}

/** Published with a publication time still to come: 定时发布. */
export function isScheduled(item: Pick<ItemRow, 'state' | 'publishAt'>, now = Date.now()): boolean {
  return item.state === 'published' && Boolean(item.publishAt) && new Date(item.publishAt!).getTime() > now;
}

/** Where the public reads a published item. */
export const publicPath = (item: Pick<ItemRow, 'column' | 'id'>) => `/${item.column}/${item.id}`;
export const previewPath = (id: number) => `/preview/items/${id}`;
/** An uploaded file's address, the only kind of image the server's sanitiser keeps. */
export const filePath = (file: Pick<PortalFile, 'id' | 'originalName'>) =>
  `/files/${file.id}/${encodeURIComponent(file.originalName)}`;

export const stateColors: Record<PortalState | 'scheduled', string> = {
  draft: 'default',
  review: 'processing',
  published: 'green',
  scheduled: 'purple',
  withdrawn: 'orange',
};

// ———— 留言办理 ————

export const messageKinds = ['consult', 'suggest', 'complain', 'objection'] as const;
export type MessageKind = (typeof messageKinds)[number];
export type MessageState = Message['state'];

/** A message in the box, and the year's reply figures, as their routes declare them. */
export type Message = ResponseOf<'/api/portal/messages'>['items'][number];
export type ReplyStatistics = ResponseOf<'/api/portal/messages/statistics'>;
export type KindFigures = ReplyStatistics['total'];

export const messagesKey = ['portal', 'messages'] as const;

/** Staff and leaders a message can be given to (the same list the responsibility letters use). */
export function useBureauPeople() {
  return useQuery({
    queryKey: ['targets', 'bureau-people'],
    queryFn: () =>
      api<{ items: { id: number; displayName: string; sectionCode: string | null }[] }>(
        'GET',
        '/api/targets/bureau-people',
      ),
    staleTime: 5 * 60_000,
  });
}

/** Where the writer follows a message with its code. */
export const messagePath = (code: string) => `/messages/${encodeURIComponent(code)}`;
