import type { Problem } from '../../server/problems.js';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { importMappings } from '../../db/tables/index.js';
import { type Actor, type AuditAction, type AuditEntityType, recordAudit } from '../audit/audit.service.js';
import { readTable, type Table } from './table-file.js';

/** A column the registry knows, with the headers it goes by in the lists people have. */
export interface ImportField {
  key: string;
  label: string;
  required?: boolean;
  aliases: string[];
  /** What the cell may hold (the options, a format), for the template and the mapping screen. */
  accepts?: string;
  /** What a row takes when the sheet has no such column or leaves it empty. */
  otherwise?: string;
}

/** Why a row (or one of its cells) cannot be imported, as a code the screens and the CLI put into words. */
export interface RowProblem {
  row: number;
  field?: string;
  problem: Problem;
  value?: string;
}

export type Checked<R> = { record: R; warnings?: RowProblem['problem'][] } | { problems: Omit<RowProblem, 'row'>[] };

/** A registry that imports: one whose import has words in the audit trail (`patents.import` …). */
export type ImportingRegistry = {
  [A in AuditAction]: A extends `${infer R}.import` ? (R extends AuditEntityType ? R : never) : never;
}[AuditAction];

/** What a registry supplies to be importable. */
export interface Importer<R, C> {
  registry: ImportingRegistry;
  fields: ImportField[];
  /** Loads what checking needs once per import (e.g. organisations by name and code). */
  prepare(db: Db): Promise<C>;
  check(values: Record<string, string>, context: C): Checked<R>;
  /** The natural key: a second row with the same key in one file is a duplicate. */
  key(record: R): string;
  /** Inserts new records and updates changed ones, in the caller's transaction; unchanged ones stay as they are. */
  upsert(tx: Tx, records: R[]): Promise<{ inserted: number; updated: number }>;
}

/** Which column (by index) feeds which field. */
export type Mapping = Record<string, number>;

const normalizeHeader = (h: string) =>
  h
    .normalize('NFKC')
    .replace(/[\s*＊:：]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();

/** Matches headers to fields by label or alias, ignoring spaces, colons, asterisks and full-width brackets. */
export function detectMapping(headers: string[], fields: ImportField[], remembered?: Record<string, string>): Mapping {
  const mapping: Mapping = {};
  const normalized = headers.map(normalizeHeader);
  for (const field of fields) {
    const names = [remembered?.[field.key], field.label, ...field.aliases]
      .filter((n): n is string => Boolean(n))
      .map(normalizeHeader);
    const index = normalized.findIndex((h) => names.includes(h));
    if (index >= 0 && !Object.values(mapping).includes(index)) mapping[field.key] = index;
  }
  return mapping;
}

export interface ImportReport {
  registry: string;
  encoding?: string;
  headers: string[];
  mapping: Mapping;
  /** Required fields no column was found for: nothing can be imported until they are mapped. */
  unmapped: string[];
  total: number;
  valid: number;
  invalid: number;
  duplicates: number;
  problems: RowProblem[];
  warnings: RowProblem[];
  preview: Record<string, string>[];
  committed: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportOptions {
  /** Column names chosen by the user, by field key; otherwise detected from the headers and the last import. */
  mapping?: Record<string, string>;
  dryRun: boolean;
  fileName?: string;
  onProgress?(done: number, total: number, phase: 'check' | 'write'): void;
}

const batchSize = 2000;

/**
 * 导入: reads the file, matches its columns, checks every row and reports each problem with its row
 * number; then — unless it is a dry run, or a required column is missing — writes all valid rows in one
 * transaction, or none if anything fails. Upserting by the natural key makes a second import of the same
 * file change nothing.
 */
export async function runImport<R, C>(
  db: Db,
  actor: Actor,
  importer: Importer<R, C>,
  bytes: Buffer,
  options: ImportOptions,
): Promise<ImportReport> {
  const table: Table = await readTable(bytes);
  const [remembered] = await db.select().from(importMappings).where(eq(importMappings.registry, importer.registry));
  const byName = options.mapping ?? (remembered?.mapping as Record<string, string> | undefined);
  const mapping = options.mapping
    ? Object.fromEntries(
        Object.entries(options.mapping)
          .map(([key, header]) => [key, table.headers.indexOf(header)] as const)
          .filter(([, index]) => index >= 0),
      )
    : detectMapping(table.headers, importer.fields, byName);
  const unmapped = importer.fields.filter((f) => f.required && mapping[f.key] === undefined).map((f) => f.key);

  const context = await importer.prepare(db);
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const records: R[] = [];
  const seen = new Map<string, number>();
  let duplicates = 0;
  const preview: Record<string, string>[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2; // the spreadsheet's own row number: the header is row 1
    const values: Record<string, string> = {};
    for (const [key, index] of Object.entries(mapping)) values[key] = cells[index] ?? '';
    if (preview.length < 20) preview.push(values);
    if (unmapped.length) return;
    const checked = importer.check(values, context);
    if ('problems' in checked) {
      for (const p of checked.problems) problems.push({ row, ...p });
    } else {
      const key = importer.key(checked.record);
      const first = seen.get(key);
      if (first !== undefined) {
        duplicates++;
        problems.push({ row, problem: 'duplicate_in_file', value: String(first) });
      } else {
        seen.set(key, row);
        records.push(checked.record);
        for (const w of checked.warnings ?? []) warnings.push({ row, problem: w });
      }
    }
    if (i % 5000 === 0) options.onProgress?.(i, table.rows.length, 'check');
  });
  options.onProgress?.(table.rows.length, table.rows.length, 'check');

  const report: ImportReport = {
    registry: importer.registry,
    encoding: table.encoding,
    headers: table.headers,
    mapping,
    unmapped,
    total: table.rows.length,
    valid: records.length,
    invalid: table.rows.length - records.length,
    duplicates,
    problems,
    warnings,
    preview,
    committed: false,
    inserted: 0,
    updated: 0,
    unchanged: 0,
  };
  if (options.dryRun || unmapped.length || !records.length) return report;

  await db.transaction(async (tx) => {
    for (let i = 0; i < records.length; i += batchSize) {
      const done = await importer.upsert(tx, records.slice(i, i + batchSize));
      report.inserted += done.inserted;
      report.updated += done.updated;
      options.onProgress?.(Math.min(i + batchSize, records.length), records.length, 'write');
    }
    report.unchanged = records.length - report.inserted - report.updated;
    const names = Object.fromEntries(Object.entries(mapping).map(([key, index]) => [key, table.headers[index]!]));
    await tx
      .insert(importMappings)
      .values({ registry: importer.registry, mapping: names, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: importMappings.registry,
        set: { mapping: names, updatedBy: actor.id, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: `${importer.registry}.import`,
      entityType: importer.registry,
      after: {
        file: options.fileName ?? null,
        total: report.total,
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        invalid: report.invalid,
      },
    });
  });
  report.committed = true;
  return report;
}
