import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../audit/audit.service.js';
import { calendarDayBody, calendarYear, clearCalendarDay, setCalendarDay } from './calendar.js';
import type { Access } from '../../server/access.js';

const day = z.iso.date();

/** Who keeps the calendar: the bureau's staff and its leaders, who answer on its clock. */
const editors: Access = ['staff', 'leader'];

/** 工作日历: the holidays and make-up working days every working-day clock (replies, disclosure) counts with. */
export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['portal'];

  r.get(
    '/api/portal/calendar',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: "A year's holidays and make-up working days (the working-day clock's exceptions)",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    (request) => calendarYear(db, request.query.year),
  );
  r.put(
    '/api/portal/calendar/:day',
    {
      config: { access: editors },
      schema: {
        tags,
        summary: 'Mark a day a holiday or a make-up working day',
        params: z.object({ day }),
        body: calendarDayBody,
      },
    },
    (request) => setCalendarDay(db, actorOf(request), { day: request.params.day, ...request.body }),
  );
  r.delete(
    '/api/portal/calendar/:day',
    { config: { access: editors }, schema: { tags, summary: 'Make a day ordinary again', params: z.object({ day }) } },
    async (request, reply) => {
      await clearCalendarDay(db, actorOf(request), request.params.day);
      return reply.status(204).send();
    },
  );
}
