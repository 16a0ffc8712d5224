import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import { AppError } from '../server/errors.js';
import type { Storage } from '../server/storage.js';

/**
 * Backup: one gzip'd file of JSON lines — a header, every row of every table read in one REPEATABLE READ
 * snapshot, then the bytes of every stored file that snapshot names, then a trailer with the counts (a cut-off
 * file is refused). Restore loads it into an empty, migrated database in one transaction: all or nothing.
 */
const format = 'keguan-backup';

interface TableInfo {
  name: string;
  columns: string[];
  keys: string[];
  identity: string | undefined;
}

/** Tables of the public schema, parents before children, with their writable columns and primary key. */
async function tables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await client.query<{
    name: string;
    columns: string[];
    keys: string[];
    identity: string | null;
    deps: string[];
  }>(`
    SELECT c.relname::text AS name,
      (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
      (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
        WHERE i.indrelid = c.oid AND i.indisprimary) AS keys,
      (SELECT a.attname::text FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attidentity <> '' LIMIT 1) AS identity,
      coalesce((SELECT array_agg(DISTINCT p.relname::text) FROM pg_constraint f JOIN pg_class p ON p.oid = f.confrelid
        WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid), '{}'::text[]) AS deps
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
      -- Change counters, not data: a restored database keeps its own (the restore moves them on). Counted
      -- requests and documents on their way to PDF are not data either, and files' bytes (when kept in the
      -- database) follow the rows as files.
      AND c.relname NOT IN ('data_versions', 'rate_limit_hits', 'document_conversions', 'file_blobs')
    ORDER BY c.relname`);
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (ordered.length < rows.length) {
    const ready = rows.filter((t) => !placed.has(t.name) && t.deps.every((d) => placed.has(d)));
    if (!ready.length) throw new Error('circular foreign keys between tables');
    for (const t of ready) {
      ordered.push({ name: t.name, columns: t.columns, keys: t.keys ?? t.columns, identity: t.identity ?? undefined });
      placed.add(t.name);
    }
  }
  return ordered;
}

const ident = (client: pg.ClientBase, name: string) => client.escapeIdentifier(name);

export async function writeBackup(o: {
  pool: pg.Pool;
  storage: Storage;
  out: string;
  onProgress?: (done: number, total: number, label: string) => void;
}): Promise<{ rows: number; files: number }> {
  const client = await o.pool.connect();
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(o.out, { mode: 0o600 }));
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  let rowCount = 0;
  let fileCount = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const list = await tables(client);
    const migrations = await client
      .query<{ hash: string }>('SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id')
      .catch(() => ({ rows: [] }));
    const sizes = await client.query<{ name: string; n: number }>(
      list
        .map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM ${ident(client, t.name)}`)
        .join(' UNION ALL '),
    );
    const total = sizes.rows.reduce((sum, r) => sum + r.n, 0);
    await write({
      format,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: migrations.rows.map((m) => m.hash),
      tables: list.map((t) => t.name),
    });
    for (const table of list) {
      await write({ table: table.name, columns: table.columns });
      const order = table.keys.map((k) => ident(client, k)).join(', ');
      const columns = table.columns.map((c) => ident(client, c)).join(', ');
      for (let offset = 0; ; offset += 2000) {
        const { rows } = await client.query<{ r: unknown[] }>(
          `SELECT json_build_array(${columns}) AS r FROM ${ident(client, table.name)} ORDER BY ${order} LIMIT 2000 OFFSET ${offset}`,
        );
        for (const row of rows) await write({ r: row.r });
        rowCount += rows.length;
        o.onProgress?.(rowCount, total, table.name);
        if (rows.length < 2000) break;
      }
    }
    // Every column that names a stored file (sha256, attachment_sha256 …), wherever a domain keeps one.
    const { rows: columns } = await client.query<{ table: string; column: string }>(`
      SELECT table_name::text AS table, column_name::text AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND (column_name = 'sha256' OR column_name LIKE '%\\_sha256') AND table_name <> 'file_blobs'
      ORDER BY 1, 2`);
    const { rows: files } = await client.query<{ sha256: string }>(
      `${columns.map((c) => `SELECT ${ident(client, c.column)} AS sha256 FROM ${ident(client, c.table)} WHERE ${ident(client, c.column)} IS NOT NULL`).join(' UNION ')} ORDER BY sha256`,
    );
    await client.query('COMMIT');
    for (const file of files) {
      await write({ f: file.sha256, d: (await o.storage.read(file.sha256)).toString('base64') });
      fileCount++;
    }
    await write({ end: true, rows: rowCount, files: fileCount });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    gzip.destroy();
    await done.catch(() => undefined);
    await fs.rm(o.out, { force: true });
    throw error;
  } finally {
    client.release();
  }
  gzip.end();
  await done;
  return { rows: rowCount, files: fileCount };
}

/** Tables the migrations fill with reference rows: an empty database has these, and a restore replaces them. */
export const migrationData = new Set(['work_calendar', 'site_secrets', 'approval_chains', 'tech_fields']);

type Line =
  | { format: string; version: number; tables: string[] }
  | { table: string; columns: string[] }
  | { r: unknown[] }
  | { f: string; d: string }
  | { end: true; rows: number; files: number };

/**
 * Loads a backup into the database behind `pool` (migrated, and empty of rows — else NOT_EMPTY) and the
 * storage, in one transaction: a damaged or cut-off file leaves nothing behind.
 */
export async function restoreBackup(o: {
  pool: pg.Pool;
  storage: Storage;
  file: string;
  onProgress?: (rows: number, label: string) => void;
}): Promise<{ rows: number; files: number }> {
  const client = await o.pool.connect();
  const invalid = (why: string) => new AppError('INVALID_BACKUP', { details: { reason: why } });
  try {
    await client.query('BEGIN');
    const list = await tables(client);
    const known = new Map(list.map((t) => [t.name, t]));
    for (const t of list) {
      // What the migrations themselves wrote (the holiday calendar, the site's signing key) gives way to the backup's.
      if (migrationData.has(t.name)) {
        await client.query(`DELETE FROM ${ident(client, t.name)}`);
        continue;
      }
      const { rows } = await client.query(`SELECT 1 FROM ${ident(client, t.name)} LIMIT 1`);
      if (rows.length) throw new AppError('NOT_EMPTY', { details: { table: t.name } });
    }
    const input = readline.createInterface({
      input: createReadStream(o.file).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    let header = false;
    let ended = false;
    let current: { table: TableInfo; columns: string[] } | undefined;
    let batch: unknown[][] = [];
    let rowCount = 0;
    let fileCount = 0;
    const flush = async () => {
      if (!current || !batch.length) return;
      const cols = current.columns.map((c) => ident(client, c)).join(', ');
      const objects = batch.map((values) => Object.fromEntries(current!.columns.map((c, i) => [c, values[i]])));
      await client.query(
        `INSERT INTO ${ident(client, current.table.name)} (${cols}) SELECT ${cols} FROM json_populate_recordset(null::${ident(client, current.table.name)}, $1::json)`,
        [JSON.stringify(objects)],
      );
      rowCount += batch.length;
      o.onProgress?.(rowCount, current.table.name);
      batch = [];
    };
    for await (const text of input) {
      if (!text) continue;
      let line: Line;
      try {
        line = JSON.parse(text) as Line;
      } catch {
        throw invalid('unreadable line');
      }
      if (!header) {
        if (!('format' in line) || line.format !== format) throw invalid('not a KeGuan backup');
        header = true;
      } else if ('table' in line) {
        await flush();
        const table = known.get(line.table);
        if (!table || line.columns.some((c) => !table.columns.includes(c)))
          throw invalid(`table ${line.table} does not match this version`);
        current = { table, columns: line.columns };
      } else if ('r' in line) {
        batch.push(line.r);
        if (batch.length >= 1000) await flush();
      } else if ('f' in line) {
        await flush();
        const stored = await o.storage.put(Buffer.from(line.d, 'base64'));
        if (stored.sha256 !== line.f) throw invalid(`file ${line.f} is damaged`);
        fileCount++;
      } else if ('end' in line) {
        await flush();
        if (line.rows !== rowCount || line.files !== fileCount) throw invalid('counts do not match');
        ended = true;
      }
    }
    if (!header) throw invalid('empty file');
    if (!ended) throw invalid('the file is cut off');
    for (const t of list) {
      if (!t.identity) continue;
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${ident(client, t.identity)}) FROM ${ident(client, t.name)}), 0) + 1, false)`,
        [t.name, t.identity],
      );
    }
    await client.query('COMMIT');
    return { rows: rowCount, files: fileCount };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') throw invalid('not a gzip file');
    throw error;
  } finally {
    client.release();
  }
}
