import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../server/access.js';
import { executionTodos } from '../agreements/queue.js';
import { approvalTodos } from '../approvals/requests.js';
import { disclosureTodos } from '../disclosure/todos.js';
import { portalTodos } from '../content/todos.js';
import { projectTodos } from '../projects/todos.js';
import { registryTodos } from '../registries/todos.js';
import { targetTodos } from '../targets/reports.js';

/** Every kind of to-do a domain can put on the list; the interface words each one. */
const todoKinds = [
  ...['approvals', 'approvals_overdue'],
  ...['state', 'closing', 'scores', 'overdue_reviews'],
  ...['agreements', 'reports', 'changes', 'overdue_reports'],
  'expiring_qualifications',
  ...['target_reports', 'target_reports_returned', 'target_reports_due', 'letters_to_sign'],
  ...['portal_review', 'portal_messages', 'portal_overdue', 'calendar_missing'],
  ...[
    'disclosure_open',
    'disclosure_due_soon',
    'disclosure_overdue',
    'disclosure_correction_lapsed',
    'open_gov_report_due',
  ],
] as const;

const todo = z.object({
  kind: z.enum(todoKinds),
  state: z.string().optional(),
  count: z.number().int(),
  dueAt: z.date().nullable().optional(),
  callId: z.number().int().optional(),
  callTitle: z.string().optional(),
  year: z.number().int().optional(),
});

/**
 * 待办: one list of what waits for the caller, asked of every domain at once. Each domain counts its own
 * work within the caller's data scope and answers nothing for a role it does not serve.
 */
export async function todoRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  r.get(
    '/api/todos',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['todos'],
        summary: 'My to-do list (待办): what waits for me, and calls about to close',
        response: { 200: z.object({ items: z.array(todo) }) },
      },
    },
    async (request) => {
      const user = callerOf(request);
      const lists = await Promise.all([
        approvalTodos(db, user),
        projectTodos(db, user),
        executionTodos(db, user),
        registryTodos(db, user),
        targetTodos(db, user),
        portalTodos(db, user),
        disclosureTodos(db, user),
      ]);
      return { items: lists.flat() };
    },
  );
}
