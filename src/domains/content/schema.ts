import { z } from 'zod';
import { portalColumns, portalStates } from '../../db/tables/index.js';
import { catalogueTopics, openGovCategories } from './catalogue.js';

/** An item as the back office's list shows it. */
export const itemRowView = z.object({
  id: z.number().int(),
  column: z.enum(portalColumns),
  title: z.string(),
  state: z.enum(portalStates),
  publishAt: z.date().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
  authorId: z.number().int().nullable(),
  author: z.string().nullable(),
});

export const itemListView = z.object({ items: z.array(itemRowView), total: z.number().int() });

/** What a column keeps beyond the text: a service guide's parts (办事指南), an open-government item's category. */
const itemDetails = z.object({
  conditions: z.string().optional(),
  materials: z.array(z.string()).optional(),
  steps: z.array(z.string()).optional(),
  timeLimit: z.string().optional(),
  fee: z.string().optional(),
  contact: z.string().optional(),
  category: z.enum(openGovCategories).optional(),
  /** The policy a 政策解读 explains. */
  interprets: z.number().int().optional(),
});
export type ItemDetails = z.infer<typeof itemDetails>;

const itemFile = z.object({
  id: z.number().int(),
  originalName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
});

/** An item with everything its editor shows. */
export const itemDetailView = itemRowView.extend({
  summary: z.string().nullable(),
  bodyHtml: z.string(),
  bodyText: z.string(),
  withdrawnReason: z.string().nullable(),
  source: z.string().nullable(),
  docNo: z.string().nullable(),
  validity: z.enum(['in_force', 'amended', 'repealed']).nullable(),
  effectiveOn: z.string().nullable(),
  objectionContact: z.string().nullable(),
  sourceKind: z.string().nullable(),
  sourceId: z.number().int().nullable(),
  details: itemDetails,
  indexNo: z.string().nullable(),
  topic: z.enum(catalogueTopics).nullable(),
  reviewerId: z.number().int().nullable(),
  createdAt: z.date(),
  attachments: z.array(itemFile),
});

/** Every saved state of an item, newest first, each with the words as they then read. */
export const itemVersionList = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      state: z.enum(portalStates),
      change: z.string(),
      note: z.string().nullable(),
      savedAt: z.date(),
      savedBy: z.string().nullable(),
      item: z.object({
        title: z.string(),
        summary: z.string().nullable(),
        bodyText: z.string(),
        publishAt: z.string().nullable(),
      }),
    }),
  ),
});
