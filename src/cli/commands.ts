import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { writeBackup, restoreBackup } from '../db/backup.js';
import { loadConfig } from '../server/config.js';
import { openRuntime, type Runtime } from '../server/runtime.js';
import type { Role } from '../shared/roles.js';
import { systemActor, verifyAudit } from '../domains/audit/audit.service.js';
import { type Scale, scaleCounts } from '../domains/demo/scale/plan.js';
import { hasDemoCity, scaleState, seedScale } from '../domains/demo/scale/seed-scale.js';
import { type DemoSeedResult, isDatabaseEmpty, seedDemo } from '../domains/demo/seed.js';
import { eq } from 'drizzle-orm';
import { users } from '../db/tables/index.js';
import { generatedPassword } from '../domains/auth/password.js';
import { createUser, resetPassword } from '../domains/users/users.service.js';
import { progressBar, say, stageProgress } from './output.js';

/** Opens the data dir's database (its running server, or one started for this command) and closes it after. */
async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig(), say);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

export async function migrateCommand(): Promise<void> {
  await withRuntime(async () => say('Database is up to date.'));
}

export function printDemoAccounts(result: DemoSeedResult): void {
  if (!result.seeded) return;
  const lines = [
    '',
    '══ KeGuan demo city loaded ══',
    `  ${result.counts?.orgs} organisations, ${result.counts?.people} people, ${result.counts?.jurisdictions} jurisdictions, ${result.counts?.sections} sections, ${result.counts?.calls} calls, ${result.counts?.projects} projects`,
    '',
    '  Demo accounts (shown once; keep them):',
    ...result.accounts.map((a) => `    ${a.username.padEnd(20)} ${a.role.padEnd(10)} ${a.displayName}`),
    '',
    `  Password for all of them: ${result.password}${result.passwordGenerated ? '   (generated; set KEGUAN_DEMO_PASSWORD to choose one)' : ''}`,
    ...result.accounts
      .filter((a) => a.totpSecret)
      .map(
        (a) =>
          `  TOTP secret for ${a.username}: ${a.totpSecret}   (add it to an authenticator app; the login asks for its 6-digit code)`,
      ),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function seedCommand(o: { demo?: boolean; scale?: Scale }): Promise<void> {
  if (!o.demo && !o.scale) throw new Error('seed: choose --demo or --scale <county|prefecture|province>');
  await withRuntime(async (runtime) => {
    if (o.scale) return seedScaleCommand(runtime, o.scale);
    const result = await seedDemo(runtime.db, { password: runtime.config.demoPassword, storage: runtime.storage });
    if (!result.seeded) {
      say('The database already has accounts; the demo city is only loaded into an empty database.');
      process.exitCode = 1;
      return;
    }
    printDemoAccounts(result);
  });
}

/** `seed --scale`: the demo city first into an empty database, then the synthetic data, a progress bar per table. */
async function seedScaleCommand(runtime: Runtime, scale: Scale): Promise<void> {
  const { db } = runtime;
  const state = await scaleState(db);
  if (state !== 'none') {
    say(
      state === 'complete'
        ? 'Scale data is already loaded in this database; it is only added once.'
        : 'A scale load stopped half-way in this database; load into an empty data dir (or database) instead.',
    );
    process.exitCode = 1;
    return;
  }
  if (await isDatabaseEmpty(db)) {
    say('Loading the demo city…');
    printDemoAccounts(await seedDemo(db, { password: runtime.config.demoPassword, storage: runtime.storage }));
  } else if (!(await hasDemoCity(db))) {
    say('--scale adds synthetic data to the demo city; this database holds other data, so nothing was loaded.');
    process.exitCode = 1;
    return;
  }
  const counts = scaleCounts(scale);
  say(
    `Generating ${scale} scale data: ${counts.orgs} organisations, ${counts.projects} projects, ${counts.patents} patents (${counts.years[0]}–${counts.years.at(-1)})…`,
  );
  const started = performance.now();
  const result = await seedScale({
    db,
    url: runtime.target.url,
    counts,
    onProgress: stageProgress(),
  });
  const lines = Object.entries(result.rows).map(([name, n]) => `  ${name.padEnd(24)} ${String(n).padStart(10)} rows`);
  const steps = Object.entries(result.seconds).map(([name, s]) => `  ${name.padEnd(24)} ${s.toFixed(1).padStart(8)} s`);
  process.stdout.write(
    `\n${scale} scale data loaded in ${((performance.now() - started) / 1000).toFixed(0)} s\n${lines.join('\n')}\n\n  time by step:\n${steps.join('\n')}\n`,
  );
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) say('Password (then Enter, Ctrl+D):');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function userCreateCommand(o: {
  username: string;
  role: Role;
  displayName?: string;
  orgId?: number;
  jurisdiction?: string;
  section?: string;
}): Promise<void> {
  const password = await readStdin();
  await withRuntime(async (runtime) => {
    const created = await runtime.db.transaction((tx) =>
      createUser(tx, systemActor, {
        username: o.username.trim().toLowerCase(),
        displayName: o.displayName ?? o.username,
        role: o.role,
        password,
        orgId: o.orgId,
        jurisdictionCode: o.jurisdiction,
        sectionCode: o.section,
      }),
    );
    process.stdout.write(`Created ${created.username} (${created.role}, id ${created.id}).\n`);
    if (created.totpSecret) process.stdout.write(`TOTP secret: ${created.totpSecret}\n${created.totpUri}\n`);
  });
}

/**
 * `keguan user reset-password --username NAME [--password-stdin]`: a new password (generated and printed once,
 * or read from standard input), the account unlocked and its sessions ended — for the admin who cannot log in.
 */
export async function userResetPasswordCommand(o: { username: string; passwordStdin?: boolean }): Promise<void> {
  const password = o.passwordStdin ? await readStdin() : generatedPassword();
  await withRuntime(async (runtime) => {
    const [user] = await runtime.db
      .select({ id: users.id, role: users.role })
      .from(users)
      .where(eq(users.username, o.username.trim().toLowerCase()));
    if (!user) throw new Error(`no account named ${o.username}`);
    await resetPassword(runtime.db, systemActor, user.id, password);
    process.stdout.write(`The password of ${o.username} (${user.role}) is reset; the account is unlocked and its sessions are ended.
`);
    if (!o.passwordStdin)
      process.stdout.write(`New password (shown once): ${password}
`);
  });
}

export async function backupCommand(o: { out: string }): Promise<void> {
  if (existsSync(o.out)) throw new Error(`${o.out} already exists; choose another name`);
  await withRuntime(async (runtime) => {
    const bar = progressBar('Backup');
    const result = await writeBackup({
      pool: runtime.pool,
      storage: runtime.storage,
      out: o.out,
      onProgress: (done, total, table) => bar.update(done, total, table),
    });
    bar.stop();
    say(`Backup written to ${o.out}: ${result.rows} rows, ${result.files} files.`);
  });
}

export async function restoreCommand(file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  await withRuntime(async (runtime) => {
    const bar = progressBar('Restore');
    const result = await restoreBackup({
      pool: runtime.pool,
      storage: runtime.storage,
      file,
      onProgress: (rows, table) => bar.update(rows, rows, table),
    });
    bar.stop();
    say(`Restored ${result.rows} rows and ${result.files} files.`);
  });
}

export async function auditVerifyCommand(): Promise<void> {
  await withRuntime(async (runtime) => {
    const result = await verifyAudit(runtime.db);
    if (result.ok) {
      process.stdout.write(`Audit trail intact: ${result.entries} entries, head ${result.headHash}\n`);
    } else {
      process.stdout.write(
        `Audit trail BROKEN at entry ${result.brokenAt} (${result.reason}); ${result.entries} entries before it are intact.\n`,
      );
      process.exitCode = 2;
    }
  });
}
