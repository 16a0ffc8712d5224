import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { calls, progressReports, programs, projects, reviewAssignments } from '../../db/tables/index.js';
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
export async function sendReportReminders(
  db: Db,
  today = clock.today(),
): Promise<{ dueSoon: number; overdue: number }> {
  return db.transaction(async (tx) => {
    const pick = (mark: 'reminded_at' | 'overdue_notified_at', when: ReturnType<typeof sql>) =>
      tx.execute<DueReport>(sql`
        UPDATE ${progressReports} r SET ${sql.identifier(mark)} = ${clock.now()}
        FROM ${projects} p JOIN ${calls} c ON c.id = p.call_id JOIN ${programs} g ON g.id = c.program_id
        WHERE p.id = r.project_id AND p.state = 'approved' AND r.state IN ('due', 'returned')
          AND r.${sql.identifier(mark)} IS NULL AND ${when}
        RETURNING r.id, r.project_id, p.org_id, g.section_code, p.title, r.due_on::text, r.period_end::text`);
    const soon = await pick(
      'reminded_at',
      sql`r.due_on BETWEEN ${today}::date AND ${today}::date + ${reminderDays}::int`,
    );
    for (const r of soon.rows) {
      await notify(
        tx,
        { orgId: r.org_id },
        {
          kind: 'report.due_soon',
          projectId: r.project_id,
          params: { title: r.title, dueOn: r.due_on, periodEnd: r.period_end },
        },
      );
    }
    const late = await pick('overdue_notified_at', sql`r.due_on < ${today}::date`);
    for (const r of late.rows) {
      const draft = {
        kind: 'report.overdue' as const,
        projectId: r.project_id,
        params: { title: r.title, dueOn: r.due_on, periodEnd: r.period_end },
      };
      await notify(tx, { orgId: r.org_id }, draft);
      await notify(tx, { sectionCode: r.section_code }, draft);
    }
    return { dueSoon: soon.rows.length, overdue: late.rows.length };
  });
}

/** Experts are reminded this many days before their review deadline. */
export const reviewReminderDays = 2;

/**
 * 评审催办: each expert with reviews not yet scored (nor declined) due within `reviewReminderDays` is told
 * once, with how many and by when; marked in the statement that selects them, so no reminder goes twice.
 */
export async function sendReviewReminders(db: Db, today = clock.today()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx.execute<{ expert_id: number; due_on: string; title: string }>(sql`
      UPDATE ${reviewAssignments} a SET reminded_at = ${clock.now()}
      FROM ${projects} p JOIN ${calls} c ON c.id = p.call_id
      WHERE p.id = a.project_id AND p.state = 'under_review' AND a.scored_at IS NULL AND a.declined_at IS NULL AND a.reminded_at IS NULL
        AND a.due_on BETWEEN ${today}::date AND ${today}::date + ${reviewReminderDays}::int
      RETURNING a.expert_id, a.due_on::text, c.title`);
    const byExpert = new Map<string, { expertId: number; title: string; dueOn: string; count: number }>();
    for (const r of due.rows) {
      const key = `${r.expert_id}|${r.title}|${r.due_on}`;
      const seen = byExpert.get(key) ?? { expertId: r.expert_id, title: r.title, dueOn: r.due_on, count: 0 };
      byExpert.set(key, { ...seen, count: seen.count + 1 });
    }
    for (const r of byExpert.values())
      await notify(
        tx,
        { userIds: [r.expertId] },
        { kind: 'review.due_soon', params: { title: r.title, count: r.count, dueOn: r.dueOn } },
      );
    return byExpert.size;
  });
}
