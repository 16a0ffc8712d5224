import { Argument, Command, Option } from 'commander';
import { scales } from '../domains/demo/scale/plan.js';
import { importers } from './importers.js';
import { ConfigError } from '../server/config.js';
import { wireReactions } from '../server/reactions.js';
import { AppError, errorMessage } from '../server/errors.js';
import { roles } from '../shared/roles.js';
import {
  auditVerifyCommand,
  backupCommand,
  migrateCommand,
  restoreCommand,
  seedCommand,
  userCreateCommand,
  userResetPasswordCommand,
} from './commands.js';
import { apiTypesCommand } from './api-types.js';
import { importCommand } from './import.js';
import { say } from './output.js';
import { buildCommand, serveCommand } from './serve.js';

const program = new Command('keguan')
  .description('KeGuan 科管 — the working system of a municipal Science & Technology Bureau')
  .showHelpAfterError()
  .configureHelp({ sortSubcommands: false });

program
  .command('serve')
  .description(
    'run the server (builds the web interface and migrates the database first; seeds the demo city into an empty database)',
  )
  .option('--build', 'accepted for npm start; the web interface is always rebuilt when its sources changed')
  .action(serveCommand);

program.command('build').description('build the web interface into dist/web').action(buildCommand);
program
  .command('api-types')
  .description("write the web's API types (src/web/lib/api-schema.ts) from the routes' schemas")
  .action(apiTypesCommand);

program.command('migrate').description('apply pending database migrations').action(migrateCommand);

program
  .command('seed')
  .description('load the demo city into an empty database, or synthetic data at a scale on top of it')
  .option('--demo', 'the demo city: jurisdictions, sections, organisations, people and one account per role')
  .addOption(
    new Option(
      '--scale <size>',
      'consistent synthetic data for benchmarks, added to the demo city (loaded first into an empty database): a county ≈ 1,000 organisations, ' +
        '10,000 plan projects and 50,000 patents over 2003–2012 with the other registries in proportion; a prefecture 10×, a province 100×. ' +
        'Refused when scale data is already there; best run while nobody uses the database',
    )
      .choices([...scales])
      .conflicts('demo'),
  )
  .action(seedCommand);

const user = program.command('user').description('manage accounts');
user
  .command('create')
  .description('create an account; the password is read from standard input')
  .requiredOption('--username <username>', 'login name (3–32 letters, digits, . _ -)')
  .addOption(new Option('--role <role>', 'role').choices([...roles]).makeOptionMandatory())
  .requiredOption('--password-stdin', 'read the password from standard input')
  .option('--display-name <name>', 'name shown in the interface (default: the username)')
  .option('--org-id <id>', 'organisation (applicant, expert)', Number)
  .option('--jurisdiction <code>', 'jurisdiction code (liaison, expert)')
  .option('--section <code>', 'bureau section code (staff)')
  .action(userCreateCommand);
user
  .command('reset-password')
  .description(
    'set a new password (generated and printed once, or read from standard input), unlock the account and end its sessions',
  )
  .requiredOption('--username <username>', 'login name')
  .option('--password-stdin', 'read the new password from standard input instead of generating one')
  .action(userResetPasswordCommand);

program
  .command('backup')
  .description('write a consistent copy of all data and uploaded files to one file')
  .requiredOption('--out <file>', 'where to write the backup (.kgbak)')
  .action(backupCommand);

program
  .command('restore')
  .description('load a backup into an empty data dir or database')
  .argument('<file>', 'a file written by keguan backup')
  .action(restoreCommand);

program
  .command('audit')
  .description('the audit trail')
  .command('verify')
  .description('recompute the hash chain and report the first tampered entry')
  .action(auditVerifyCommand);

program
  .command('import')
  .description('import a registry from .xlsx or .csv (UTF-8 or GBK); rows that fail are listed in an error report')
  .addArgument(new Argument('<registry>', 'what to import').choices(Object.keys(importers)))
  .argument('<file>', 'the spreadsheet')
  .option('--dry-run', 'check every row and report, but write nothing')
  .option('--errors <file>', 'where to write the error report (default: FILE.errors.csv)')
  .action(importCommand);

const report = program.command('report').description('documents drafted from the data');
report
  .command('annual')
  .description("the year's work summary (年度工作总结) as a Word document in the GB/T 9704 layout")
  .requiredOption('--year <year>', 'the year summed up, e.g. 2008')
  .requiredOption('--out <file>', 'the .docx to write')
  .action(async (o: { year: string; out: string }) => {
    const { reportAnnualCommand } = await import('./report.js');
    await reportAnnualCommand(o);
  });

program
  .command('bench')
  .description(
    'measure the dashboards at a scale — every metric, month by month, the indicator system, the overview — through the API against the best ' +
      'hand-written SQL, then requests/s under load; writes bench/results.md. With --orgs: organisation search; with --site: the public site; with --duplicates: 查重; with --web: the screens in a browser',
  )
  .addOption(
    new Option('--scale <size>', 'data to build (seed --scale) in a temporary data dir')
      .choices([...scales])
      .default('county'),
  )
  .option('--rounds <n>', 'timed requests per measurement (fewer when a figure would take over 4 s)', '200')
  .option('--data-dir <dir>', 'build the data here and keep it, or reuse it when it holds that scale already')
  .option('--seconds <n>', 'duration of each load test', '10')
  .option('--out <file>', 'the results file; a run replaces its own scale section', 'bench/results.md')
  .option('--orgs <n>', 'measure organisation search among N generated organisations instead')
  .option('--site <n>', 'measure the public site (home, a column, an item, search) with N generated items instead')
  .option(
    '--duplicates <n>',
    'measure 查重 (the duplicate check run on every submission) among N generated application fingerprints instead',
  )
  .option(
    '--web',
    'measure the first screens in Chromium as a phone on Slow 4G and as a desktop (time until shown, bytes, script) instead; at most 5 rounds',
  )
  .action(async (o) => {
    const { benchCommand } = await import('../../bench/main.js');
    await benchCommand(o);
  });

program.addHelpText(
  'after',
  '\nEnvironment: PORT, HOST, KEGUAN_DATA_DIR (default ./data), DATABASE_URL (external PostgreSQL),\n' +
    'KEGUAN_DEMO (0: do not seed), KEGUAN_DEMO_PASSWORD. See README.md.',
);

wireReactions();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) say(error.message);
  else if (error instanceof AppError)
    say(
      `${error.code}: ${errorMessage(error.code, 'en', error.params)}${error.details ? ` ${JSON.stringify(error.details)}` : ''}`,
    );
  else say(`keguan: ${(error as Error).message}`);
  process.exitCode = 1;
}
