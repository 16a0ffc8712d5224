import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface Timing {
  p50: number;
  p95: number;
  samples: number;
}

/**
 * Median and 95th percentile of `run`, after a short warm-up: `rounds` timed runs, or fewer when they
 * would take longer than `budgetMs` (at least 10), so one slow figure does not hold up the whole bench.
 */
export async function timeIt(run: () => Promise<unknown>, o: { rounds: number; budgetMs: number }): Promise<Timing> {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  const until = performance.now() + o.budgetMs;
  while (samples.length < o.rounds && (samples.length < 10 || performance.now() < until)) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95), samples: samples.length };
}

export interface LoadResult {
  route: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

/** Requests per second and latency under load: autocannon on a worker thread, so it does not share the server's event loop. */
export async function loadTest(o: {
  base: string;
  path: string;
  cookie?: string;
  seconds: number;
  connections: number;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: `${o.base}${o.path}`,
    connections: o.connections,
    duration: o.seconds,
    workers: 1,
    headers: o.cookie ? { cookie: o.cookie } : {},
  });
  return {
    route: `GET ${o.path}`,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
