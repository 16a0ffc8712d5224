import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle: the same query API as Db, rolled back as a whole on error. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

// Dates stay strings (YYYY-MM-DD), so no time zone can shift a 2009年3月1日 by a day.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// bigint counts fit in a JS number in this system (audit sequence, file sizes, sums in fen).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function createPool(url: string, max = 10): pg.Pool {
  // A request waits at most this long for a connection, then answers 503 rather than hanging.
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'keguan', connectionTimeoutMillis: 10_000 });
  // A client losing its server (a restart, a failover, PostgreSQL killed) must not crash the process: pg emits
  // 'error' on the pool for idle clients and on the client itself while it is checked out. The query in flight
  // fails (and answers 503); the broken client is discarded and the next query connects afresh.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

export function createDb(pool: pg.Pool): Db {
  return drizzle(pool, { schema });
}

/**
 * Runs independent queries at once on the pool, and one after another inside a transaction: its single
 * connection takes one query at a time (pg queues the rest today, and version 9 will refuse them).
 */
export async function together<T extends readonly unknown[]>(db: DbOrTx, tasks: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(tasks.map((task) => task()))) as unknown as T;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as unknown as T;
}
