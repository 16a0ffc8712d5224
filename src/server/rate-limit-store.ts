import type pg from 'pg';

/**
 * A @fastify/rate-limit store in PostgreSQL, so that every instance on one database counts the same
 * requests: a window per key starts with the first request and resets when it has passed. One statement
 * per request, atomic under concurrency (INSERT … ON CONFLICT).
 */
type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

export function postgresRateLimitStore(pool: pg.Pool) {
  return class PostgresRateLimitStore {
    readonly prefix: string;

    constructor(_options?: unknown, prefix = '') {
      this.prefix = prefix;
    }

    incr(key: string, callback: Callback, timeWindow: number, _max: number): void {
      pool
        .query<{ hits: number; ttl: number }>(
          `INSERT INTO rate_limit_hits (key, hits, resets_at) VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
           ON CONFLICT (key) DO UPDATE SET
             hits = CASE WHEN rate_limit_hits.resets_at <= clock_timestamp() THEN 1 ELSE rate_limit_hits.hits + 1 END,
             resets_at = CASE WHEN rate_limit_hits.resets_at <= clock_timestamp() THEN EXCLUDED.resets_at ELSE rate_limit_hits.resets_at END
           RETURNING hits, greatest(0, ceil(extract(epoch FROM resets_at - clock_timestamp()) * 1000))::int AS ttl`,
          [this.prefix + key, timeWindow],
        )
        .then(
          ({ rows: [row] }) => callback(null, { current: row!.hits, ttl: row!.ttl }),
          (error: Error) => callback(error),
        );
    }

    /** A route with limits of its own counts apart (the plugin passes the route's merged options). */
    child(routeOptions: object): PostgresRateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      return new PostgresRateLimitStore(undefined, `${this.prefix}${[route.method ?? ''].flat().join(',')}${route.url ?? ''}|`);
    }
  };
}

/** Windows long over are of no use to anyone: the purge job deletes them. */
export async function purgeRateLimits(pool: pg.Pool): Promise<number> {
  const result = await pool.query(`DELETE FROM rate_limit_hits WHERE resets_at < now() - interval '1 hour'`);
  return result.rowCount ?? 0;
}
