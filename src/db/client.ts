import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './tables/index.js';

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
export async function together<T extends readonly unknown[]>(
  db: DbOrTx,
  tasks: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(tasks.map((task) => task()))) as unknown as T;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as unknown as T;
}

/**
 * A pool on a streaming replica that hands out the primary's connections while the replica cannot be reached
 * (stopped, failed over, cut off), trying the replica again after `retryMs`. Only connecting falls back: a
 * query the replica fails midway fails, and the next one connects afresh.
 */
export class ReplicaPool extends pg.Pool {
  private downUntil = 0;

  constructor(
    url: string,
    private readonly primary: pg.Pool,
    private readonly o: { max?: number; retryMs?: number; onFallback?: (error: unknown) => void } = {},
  ) {
    super({
      connectionString: url,
      max: o.max ?? 10,
      application_name: 'keguan-replica',
      connectionTimeoutMillis: 3_000,
    });
    this.on('error', () => undefined);
    this.on('connect', (client) => client.on('error', () => undefined));
  }

  // pg-pool's own query() connects through this method with a callback; Drizzle's transactions with a promise.
  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): void;
  override connect(
    callback?: (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): Promise<pg.PoolClient> | undefined {
    const connecting = this.connectWithFallback();
    if (!callback) return connecting;
    connecting.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | boolean | undefined)),
      (error: Error) => callback(error, undefined, () => undefined),
    );
    return undefined;
  }

  private async connectWithFallback(): Promise<pg.PoolClient> {
    if (Date.now() < this.downUntil) return this.primary.connect();
    try {
      return await super.connect();
    } catch (error) {
      this.downUntil = Date.now() + (this.o.retryMs ?? 30_000);
      this.o.onFallback?.(error);
      return this.primary.connect();
    }
  }
}
