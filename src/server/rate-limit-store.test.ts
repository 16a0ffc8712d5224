import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../db/client.js';
import { cloneTemplate } from '../db/test-db.js';
import { testServerUrl } from '../testing/harness.js';
import { type SharedRateLimitCounters, sharedRateLimitCounters } from './rate-limit-store.js';

let database: Awaited<ReturnType<typeof cloneTemplate>>;
let pool: pg.Pool;

beforeAll(async () => {
  database = await cloneTemplate(testServerUrl().url);
  pool = createPool(database.url, 4);
});
afterAll(async () => {
  await pool.end();
  await database.drop();
});

const minute = 60_000;

function hit(counters: SharedRateLimitCounters, key: string, max: number): Promise<{ current: number; ttl: number }> {
  const store = new counters.store({});
  return new Promise((resolve, reject) =>
    store.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), minute, max),
  );
}

describe('shared rate-limit counters', () => {
  it('never let more than the limit through, however the requests spread over two instances', async () => {
    const one = sharedRateLimitCounters(pool);
    const other = sharedRateLimitCounters(pool);
    const max = 600;
    let allowed = 0;
    for (let i = 0; i < 700; i++) {
      const { current } = await hit(i % 3 ? one : other, 'spread', max);
      if (current <= max) allowed++;
    }
    expect(allowed).toBeLessThanOrEqual(max);
    // What one instance holds unused when the other reaches the limit is all a client can lose.
    expect(allowed).toBeGreaterThanOrEqual(max - 10);
    // Hits are taken in blocks, so seven hundred requests cost a few dozen queries, not seven hundred.
    expect(one.queries() + other.queries()).toBeLessThan(80);
  });

  it('count small limits one by one, exactly, and refuse from memory once a key is over its limit', async () => {
    const counters = sharedRateLimitCounters(pool);
    const results = [];
    for (let i = 0; i < 25; i++) results.push((await hit(counters, 'small', 20)).current);
    expect(results.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(results.slice(20).every((current) => current > 20)).toBe(true);
    // The twentieth query already showed the limit reached: the five refusals cost none.
    expect(counters.queries()).toBe(20);
  });

  it('ask PostgreSQL once for a burst of simultaneous requests on one key', async () => {
    const counters = sharedRateLimitCounters(pool);
    const burst = await Promise.all(Array.from({ length: 25 }, () => hit(counters, 'burst', 600)));
    expect(counters.queries()).toBe(1);
    expect(burst.map((r) => r.current).sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(burst.every((r) => r.ttl > 0 && r.ttl <= minute)).toBe(true);
  });

  it('report the counters unreachable as an error, which lets the request through', async () => {
    const closed = createPool(database.url, 1);
    await closed.end();
    await expect(hit(sharedRateLimitCounters(closed), 'down', 600)).rejects.toThrow();
  });
});
