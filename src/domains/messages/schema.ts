import { z } from 'zod';
import { messageKinds } from './messages.service.js';

/** A message in the back office's box: what was asked, by whom (for staff only), and how it stands. */
export const messageView = z.object({
  id: z.number().int(),
  code: z.string(),
  kind: z.enum(messageKinds),
  itemId: z.number().int().nullable(),
  itemTitle: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  name: z.string(),
  contact: z.string(),
  mayPublish: z.boolean(),
  receivedAt: z.date(),
  dueOn: z.string(),
  state: z.enum(['received', 'assigned', 'answered']),
  sectionCode: z.string().nullable(),
  assigneeId: z.number().int().nullable(),
  assignee: z.string().nullable(),
  reply: z.string().nullable(),
  repliedAt: z.date().nullable(),
  published: z.boolean(),
  version: z.number().int(),
  overdue: z.boolean(),
  onTime: z.boolean().nullable(),
});

export const messageListView = z.object({ items: z.array(messageView), total: z.number().int() });

const kindFigures = {
  received: z.number().int(),
  answered: z.number().int(),
  onTime: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
};

/** 答复情况: a year's messages by kind — received, answered, on time, overdue, pending — and the on-time rate. */
export const replyStatisticsView = z.object({
  year: z.number().int(),
  byKind: z.array(z.object({ kind: z.enum(messageKinds), ...kindFigures })),
  total: z.object(kindFigures),
  onTimeRate: z.number().nullable(),
});
