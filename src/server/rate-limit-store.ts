import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type pg from 'pg';

/**
 * A @fastify/rate-limit store in PostgreSQL, so that every instance on one database counts the same
 * requests: a window per key starts with the first request and resets when it has passed.
 *
 * Asking PostgreSQL on every request would cost each API call a round trip, so an instance takes hits in
 * leases: it adds a block of hits to the shared counter at once and then answers that many requests from
 * memory. The block shrinks as the counter nears its limit and is a single hit for small limits (login,
 * registration), so the limit is never exceeded and a client moving between instances can lose at most
 * the few hits another instance holds. Within a window the shared counter only grows, so a key found over
 * its limit stays refused locally until the window resets — a flood costs no queries.
 */
type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Limits up to this many hits a window are counted one hit per query, exactly. */
const exactUpTo = 100;

interface Lease {
  /** The shared count after this instance's last lease, its unused hits included. */
  counted: number;
  /** Hits this instance has taken and not yet used. */
  unused: number;
  /** When the window resets, by this machine's clock (PostgreSQL's remaining time added on receipt). */
  resetsAt: number;
  /** A lease under way: requests for the same key wait for it rather than each asking PostgreSQL. */
  taking?: Promise<void>;
}

export interface SharedRateLimitCounters {
  /** The store class @fastify/rate-limit instantiates. */
  store: FastifyRateLimitStoreCtor;
  /** How many queries the counters have sent: a figure for tests and the benchmark. */
  queries(): number;
}

export function sharedRateLimitCounters(pool: pg.Pool): SharedRateLimitCounters {
  const leases = new Map<string, Lease>();
  let sent = 0;

  function blockFor(lease: Lease | undefined, max: number): number {
    if (max <= exactUpTo) return 1;
    const left = max - (lease?.counted ?? 0);
    return Math.max(1, Math.min(Math.floor(max / 20), Math.floor(left / 8)));
  }

  async function take(key: string, block: number, timeWindow: number): Promise<Lease> {
    sent++;
    const {
      rows: [row],
    } = await pool.query<{ hits: number; ttl: number }>(
      `INSERT INTO rate_limit_hits (key, hits, resets_at) VALUES ($1, $3, clock_timestamp() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit_hits.resets_at <= clock_timestamp() THEN EXCLUDED.hits ELSE rate_limit_hits.hits + EXCLUDED.hits END,
         resets_at = CASE WHEN rate_limit_hits.resets_at <= clock_timestamp() THEN EXCLUDED.resets_at ELSE rate_limit_hits.resets_at END
       RETURNING hits, greatest(0, ceil(extract(epoch FROM resets_at - clock_timestamp()) * 1000))::int AS ttl`,
      [key, timeWindow, block],
    );
    return { counted: row!.hits, unused: block, resetsAt: Date.now() + row!.ttl };
  }

  /** Forgets windows that are over, now and then, so a long-running instance does not keep every key it met. */
  function sweep(now: number) {
    if (leases.size < 10_000) return;
    for (const [key, lease] of leases) if (lease.resetsAt <= now && !lease.taking) leases.delete(key);
  }

  async function hit(key: string, timeWindow: number, max: number): Promise<{ current: number; ttl: number }> {
    for (;;) {
      const now = Date.now();
      const lease = leases.get(key);
      const live = lease && lease.resetsAt > now ? lease : undefined;
      if (live?.taking) {
        await live.taking;
        continue;
      }
      if (live && live.unused > 0) {
        live.unused--;
        return { current: live.counted - live.unused, ttl: live.resetsAt - now };
      }
      if (live && live.counted >= max) return { current: live.counted + 1, ttl: live.resetsAt - now };
      const block = blockFor(live, max);
      const placeholder: Lease = live ?? { counted: 0, unused: 0, resetsAt: now + timeWindow };
      placeholder.taking = take(key, block, timeWindow).then(
        (taken) => {
          // Of the block, only the hits below the limit are usable; the rest only push the count past it.
          const usable = Math.max(0, Math.min(block, max - (taken.counted - block)));
          leases.set(key, { counted: taken.counted, unused: usable, resetsAt: taken.resetsAt });
        },
        (error: unknown) => {
          leases.delete(key);
          throw error;
        },
      );
      leases.set(key, placeholder);
      sweep(now);
      await placeholder.taking;
    }
  }

  class PostgresRateLimitStore {
    readonly prefix: string;

    constructor(_options?: unknown, prefix = '') {
      this.prefix = prefix;
    }

    incr(key: string, callback: Callback, timeWindow: number, max: number): void {
      hit(this.prefix + key, timeWindow, max).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    /** A route with limits of its own counts apart (the plugin passes the route's merged options). */
    child(routeOptions: object): PostgresRateLimitStore {
      const route = (routeOptions as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      return new PostgresRateLimitStore(
        undefined,
        `${this.prefix}${[route.method ?? ''].flat().join(',')}${route.url ?? ''}|`,
      );
    }
  }

  return { store: PostgresRateLimitStore, queries: () => sent };
}

/** Windows long over are of no use to anyone: the purge job deletes them. */
export async function purgeRateLimits(pool: pg.Pool): Promise<number> {
  const result = await pool.query(`DELETE FROM rate_limit_hits WHERE resets_at < now() - interval '1 hour'`);
  return result.rowCount ?? 0;
}
