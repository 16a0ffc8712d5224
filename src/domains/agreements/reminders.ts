import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { calls, progressReports, programs, projects } from '../../db/schema/index.js';
import { notify } from '../notifications/notifications.service.js';
import * as clock from '../../shared/clock.js';

/** The applicant is reminded this many days before a progress report falls due. */
export const reminderDays = 7;

type DueReport = {
  id: number;
  project_id: number;
  org_id: number;
  section_code: string;
  title: string;
  due_on: string;
  period_end: string;
};

/**
 * 催报: reminds applicants of reports due within `reminderDays`, and tells the section (and the applicant)
 * once a report is overdue. Each report is marked in the same statement that selects it, so several
 * servers running this at once never send the same reminder twice.
 */
export async function sendReportReminders(db: Db, today = clock.today()): Promise<{ dueSoon: number; overdue: number }> {
  return db.transaction(async (tx) => {
    const pick = (mark: 'reminded_at' | 'overdue_notified_at', when: ReturnType<typeof sql>) =>
      tx.execute<DueReport>(sql`
        UPDATE ${progressReports} r SET ${sql.identifier(mark)} = ${clock.now()}
        FROM ${projects} p JOIN ${calls} c ON c.id = p.call_id JOIN ${programs} g ON g.id = c.program_id
        WHERE p.id = r.project_id AND p.state = 'approved' AND r.state IN ('due', 'returned')
          AND r.${sql.identifier(mark)} IS NULL AND ${when}
        RETURNING r.id, r.project_id, p.org_id, g.section_code, p.title, r.due_on::text, r.period_end::text`);
    const soon = await pick('reminded_at', sql`r.due_on BETWEEN ${today}::date AND ${today}::date + ${reminderDays}::int`);
    for (const r of soon.rows) {
      await notify(tx, { orgId: r.org_id }, { kind: 'report.due_soon', projectId: r.project_id, params: { title: r.title, dueOn: r.due_on, periodEnd: r.period_end } });
    }
    const late = await pick('overdue_notified_at', sql`r.due_on < ${today}::date`);
    for (const r of late.rows) {
      const draft = { kind: 'report.overdue' as const, projectId: r.project_id, params: { title: r.title, dueOn: r.due_on, periodEnd: r.period_end } };
      await notify(tx, { orgId: r.org_id }, draft);
      await notify(tx, { sectionCode: r.section_code }, draft);
    }
    return { dueSoon: soon.rows.length, overdue: late.rows.length };
  });
}

/** Runs the reminders now and then every `everyMs` while the server runs; returns the stop function. */
export function startReminders(db: Db, log: { info(o: object, m: string): void; error(o: object, m: string): void }, everyMs = 60 * 60 * 1000): () => void {
  const run = () =>
    sendReportReminders(db).then(
      (sent) => {
        if (sent.dueSoon || sent.overdue) log.info(sent, 'progress report reminders sent');
      },
      (error: unknown) => log.error({ err: error }, 'progress report reminders failed'),
    );
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
