import os from 'node:os';
import pg from 'pg';
import { givenNames, surnames } from '../city.js';

export interface Statement {
  text: string;
  values: unknown[];
}

export type ScaleProgress = (table: string, done: number, total: number) => void;

const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const patentWeights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
const digit = (i: number) => `substr(s, ${i}, 1)::int`;
/** A weighted sum written out term by term: a plain expression PostgreSQL inlines, no subquery per row. */
const weighted = (weights: number[], term: (i: number) => string) =>
  weights.map((w, i) => `${term(i + 1)} * ${w}`).join(' + ');

const literal = (items: readonly string[]) =>
  `ARRAY[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(',')}]::text[]`;

/**
 * Session helpers the generating statements call. Everything random is a hash of the row number and a salt
 * (`kg_r`), so a row comes out the same whichever chunk or connection makes it, and a run is repeatable.
 */
const helpers = [
  `CREATE FUNCTION pg_temp.kg_r(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT (hashint8extended(n, salt) & 4294967295)::float8 / 4294967296.0 $$`,
  `CREATE FUNCTION pg_temp.kg_pick(a anyarray, r float8) RETURNS anyelement LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT a[1 + floor(r * cardinality(a))::int] $$`,
  `CREATE FUNCTION pg_temp.kg_person(n bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT pg_temp.kg_pick(${literal(surnames)}, pg_temp.kg_r(n, salt)) || pg_temp.kg_pick(${literal(givenNames)}, pg_temp.kg_r(n, salt + 1)) $$`,
  // 统一社会信用代码 (GB 32100): the check character over the first 17.
  `CREATE FUNCTION pg_temp.kg_uscc(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
     SELECT s || substr('${usccAlphabet}', (31 - (${weighted(usccWeights, (i) => `(strpos('${usccAlphabet}', substr(s, ${i}, 1)) - 1)`)}) % 31) % 31 + 1, 1) $$`,
  // 公民身份号码 (GB 11643): the check character over the first 17 digits.
  `CREATE FUNCTION pg_temp.kg_id_number(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
     SELECT s || substr('10X98765432', (${weighted(idWeights, digit)}) % 11 + 1, 1) $$`,
  // 专利申请号: twelve digits, a dot, the check character (see patents/application-number.ts).
  `CREATE FUNCTION pg_temp.kg_patent_number(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
     SELECT s || '.' || substr('0123456789X', (${weighted(patentWeights, digit)}) % 11 + 1, 1) $$`,
];

/**
 * A few dedicated connections for bulk generation: `INSERT … SELECT … FROM generate_series(lo, hi)` in
 * chunks, spread over the connections (the generated search columns cost CPU per row, so two cores
 * load about twice as fast as one).
 */
export class Loader {
  private constructor(
    private readonly clients: pg.Client[],
    private readonly onProgress: ScaleProgress,
  ) {}

  static async open(url: string, o: { connections?: number; onProgress?: ScaleProgress } = {}): Promise<Loader> {
    const n = o.connections ?? Math.max(1, Math.min(4, os.availableParallelism()));
    const clients: pg.Client[] = [];
    try {
      for (let i = 0; i < n; i++) {
        const client = new pg.Client({ connectionString: url, application_name: 'keguan-scale' });
        await client.connect();
        clients.push(client);
        // Each chunk is its own transaction; losing the last ones in a crash is no harm to a generated load.
        await client.query("SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '512MB'");
        for (const text of helpers) await client.query(text);
      }
    } catch (error) {
      await Promise.all(clients.map((c) => c.end()));
      throw error;
    }
    return new Loader(clients, o.onProgress ?? (() => undefined));
  }

  async query<T extends pg.QueryResultRow = Record<string, unknown>>(
    text: string,
    values: unknown[] = [],
  ): Promise<T[]> {
    return (await this.clients[0]!.query<T>(text, values)).rows;
  }

  /**
   * Rows 1…total of a table, `chunk` per statement, on every connection at once; progress after each chunk.
   * `statement(lo, hi)` inserts the rows numbered lo…hi.
   */
  async ranges(
    table: string,
    total: number,
    statement: (lo: number, hi: number) => Statement,
    chunk = 50_000,
  ): Promise<void> {
    const queue: [number, number][] = [];
    for (let lo = 1; lo <= total; lo += chunk) queue.push([lo, Math.min(total, lo + chunk - 1)]);
    let done = 0;
    this.onProgress(table, 0, total);
    await Promise.all(
      this.clients.map(async (client) => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { text, values } = statement(next[0], next[1]);
          await client.query(text, values);
          done += next[1] - next[0] + 1;
          this.onProgress(table, done, total);
        }
      }),
    );
  }

  /** Statements that may run side by side (VACUUM of different tables, say). */
  async each(table: string, statements: string[]): Promise<void> {
    const queue = [...statements];
    let done = 0;
    this.onProgress(table, 0, statements.length);
    await Promise.all(
      this.clients.map(async (client) => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          await client.query(next);
          this.onProgress(table, ++done, statements.length);
        }
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.end()));
  }
}
