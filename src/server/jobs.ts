import fs from 'node:fs/promises';
import path from 'node:path';
import { lt, sql } from 'drizzle-orm';
import type pg from 'pg';
import { writeBackup } from '../db/backup.js';
import type { Db } from '../db/client.js';
import { loginAttempts, portalChallenges, sessions } from '../db/tables/index.js';
import { purgeRateLimits } from './rate-limit-store.js';
import { sessionIdleMinutes } from './plugins/session.js';
import type { Storage } from './storage.js';
import { sendReportReminders, sendReviewReminders } from '../domains/agreements/reminders.js';
import { announcePublication } from '../domains/content/publication.js';
import { pdfConversionJob, purgeConversions } from '../domains/reports/pdf-conversions.js';
import type { JobDefinition } from '../domains/jobs/queue.js';

/** How long failed and successful login attempts are kept: half a year, as protection-level audits ask. */
export const loginAttemptDays = 180;

/** KeGuan's background work, in the order the admin's page lists it. */
export type JobName = 'reminders' | 'publication' | 'purge' | 'nightly-backup' | 'pdf-conversion';

export function keguanJobs(o: {
  db: Db;
  pool: pg.Pool;
  storage: Storage;
  dataDir: string;
  backupKeepDays: number;
}): JobDefinition[] {
  return [
    {
      name: 'reminders',
      cron: '5 * * * *',
      async run() {
        const [reports, reviews] = await Promise.all([sendReportReminders(o.db), sendReviewReminders(o.db)]);
        return { ...reports, reviews };
      },
    },
    { name: 'publication', cron: '* * * * *', retryLimit: 0, run: () => announcePublication(o.db) },
    { name: 'purge', cron: '30 3 * * *', run: () => purgeExpired(o.db, o.pool) },
    {
      name: 'nightly-backup',
      cron: '0 2 * * *',
      defaults: { keepDays: o.backupKeepDays },
      retryLimit: 1,
      run: (data) =>
        nightlyBackup({
          pool: o.pool,
          storage: o.storage,
          dir: backupsDir(o.dataDir),
          keepDays: Number(data.keepDays ?? o.backupKeepDays),
        }),
    },
    pdfConversionJob(o.db),
  ];
}

export const backupsDir = (dataDir: string) => path.join(dataDir, 'backups');

/**
 * Sessions past their idle time, login attempts older than half a year, check questions, rate-limit windows
 * long over, and documents left on their way to PDF by an instance that went down.
 */
export async function purgeExpired(db: Db, pool: pg.Pool) {
  const [gone, attempts, challenges, windows, conversions] = await Promise.all([
    db
      .delete(sessions)
      .where(lt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${sessionIdleMinutes})`))
      .returning({ id: sessions.tokenHash }),
    db
      .delete(loginAttempts)
      .where(lt(loginAttempts.at, sql`now() - make_interval(days => ${loginAttemptDays})`))
      .returning({ id: loginAttempts.id }),
    db
      .delete(portalChallenges)
      .where(lt(portalChallenges.expiresAt, sql`now() - interval '1 day'`))
      .returning({ id: portalChallenges.token }),
    purgeRateLimits(pool),
    purgeConversions(db),
  ]);
  return {
    sessions: gone.length,
    loginAttempts: attempts.length,
    challenges: challenges.length,
    rateLimitWindows: windows,
    conversions,
  };
}

/** A backup into the data dir's backups folder, named by the moment it was taken; those older than `keepDays` are deleted. */
export async function nightlyBackup(o: { pool: pg.Pool; storage: Storage; dir: string; keepDays: number; now?: Date }) {
  await fs.mkdir(o.dir, { recursive: true, mode: 0o700 });
  const now = o.now ?? new Date();
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const file = path.join(o.dir, `keguan-${stamp}.kgbak`);
  const written = await writeBackup({ pool: o.pool, storage: o.storage, out: file });
  const cutoff = now.getTime() - o.keepDays * 24 * 3600_000;
  const deleted: string[] = [];
  for (const name of await fs.readdir(o.dir)) {
    if (!/^keguan-\d{8}-\d{6}\.kgbak$/.test(name) || path.join(o.dir, name) === file) continue;
    const stat = await fs.stat(path.join(o.dir, name));
    if (stat.mtimeMs < cutoff) {
      await fs.rm(path.join(o.dir, name));
      deleted.push(name);
    }
  }
  return { file: path.basename(file), ...written, deleted };
}
