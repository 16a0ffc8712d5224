import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { systemActor } from '../domains/audit/audit.service.js';
import { runImport } from '../domains/imports/importer.js';
import { toCsv } from '../server/csv.js';
import { problemText } from '../server/problems.js';
import { importers } from './importers.js';
import { loadConfig } from '../server/config.js';
import { openRuntime } from '../server/runtime.js';
import { progressBar, say } from './output.js';

/** `keguan import <registry> <file> [--dry-run] [--errors <file>]`: the same checks and upsert as the web import. */
export async function importCommand(
  registry: string,
  file: string,
  o: { dryRun?: boolean; errors?: string },
): Promise<void> {
  const importer = importers[registry];
  if (!importer) throw new Error(`unknown registry ${registry}; one of: ${Object.keys(importers).join(', ')}`);
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const bytes = await fs.readFile(file);
  const runtime = await openRuntime(loadConfig(), say);
  try {
    const bar = progressBar(o.dryRun ? 'Checking' : 'Importing');
    const started = Date.now();
    const report = await runImport(runtime.db, { ...systemActor, name: 'cli' }, importer, bytes, {
      dryRun: Boolean(o.dryRun),
      fileName: file,
      onProgress: (done, total, phase) => bar.update(done, total, phase === 'check' ? 'checking' : 'writing'),
    });
    bar.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (report.unmapped.length) {
      const labels = importer.fields.filter((f) => report.unmapped.includes(f.key)).map((f) => `${f.label}`);
      say(`No column found for: ${labels.join(', ')}. Headers in the file: ${report.headers.join(', ')}`);
      process.exitCode = 1;
      return;
    }
    const issues = [...report.problems, ...report.warnings];
    if (issues.length) {
      const out = o.errors ?? `${file}.errors.csv`;
      const rows = issues.map((p) => [
        p.row,
        p.field ?? '',
        problemText(p.problem, 'zh-CN', { value: p.value ?? '' }),
        p.value ?? '',
      ]);
      await fs.writeFile(out, toCsv([['行号', '字段', '问题', '原值'], ...rows]));
      say(`${report.problems.length} rows refused and ${report.warnings.length} warnings, listed in ${out}`);
    }
    process.stdout.write(
      `${registry}: ${report.total} rows, ${report.valid} valid, ${report.invalid} refused; ` +
        (report.committed
          ? `${report.inserted} added, ${report.updated} updated, ${report.unchanged} unchanged`
          : 'dry run: nothing written') +
        ` (${seconds} s)\n`,
    );
  } finally {
    await runtime.close();
  }
}
