import type { SessionUser } from './types';

/**
 * What the server wrote into the page it sent (plugins/web.ts): the business clock and the session, so the first
 * screen needs no round trip before it draws — on a phone's slow link, one round trip is a fifth of a second
 * after every script has loaded. Each is taken once: a later question (after logging out, say) asks the API.
 */
interface Boot {
  clock?: { today: string; now: string };
  session?: { user: SessionUser; csrfToken: string } | null;
}

let boot: Boot | undefined;

function read(): Boot {
  if (boot) return boot;
  boot = {};
  const text = document.getElementById('kg-boot')?.textContent;
  if (text) {
    try {
      boot = JSON.parse(text) as Boot;
    } catch {
      // A page without it (the Vite dev server's) or a damaged one: the API answers instead.
    }
  }
  return boot;
}

/** The part of the page's boot data named, once; `undefined` when the page carried none or it was taken. */
export function takeBoot<K extends keyof Boot>(key: K): Boot[K] | undefined {
  const data = read();
  if (!(key in data)) return undefined;
  const value = data[key];
  delete data[key];
  return value;
}

/** When the server wrote the page, as this browser's clock has it: the moment its first byte arrived. */
export function pageWrittenAt(): number {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return performance.timeOrigin + (navigation?.responseStart || 0);
}
