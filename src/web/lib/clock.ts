import { useQuery } from '@tanstack/react-query';
import { beijingDay } from '../../shared/clock';
import { api } from './api';
import { pageWrittenAt, takeBoot } from './boot';

/**
 * "Today" and "this year" as the server's one clock has them: the Beijing day, or the day KEGUAN_TODAY pins
 * for a demonstration. Loaded once before the app renders (from the page itself when the server wrote it in); until then (or offline) the Beijing day of the
 * browser's own clock stands in.
 */
let clock = { today: beijingDay(Date.now()) };
/** How far the server's business instant is from the browser's clock (whole days when pinned, plus any drift). */
let offsetMs = 0;

export async function loadClock(): Promise<void> {
  const written = takeBoot('clock');
  if (written) {
    clock = { today: written.today };
    offsetMs = Date.parse(written.now) - pageWrittenAt();
    return;
  }
  try {
    const served = await api<{ today: string; now: string }>('GET', '/api/clock');
    clock = { today: served.today };
    offsetMs = Date.parse(served.now) - Date.now();
  } catch {
    // The fallback above is the same day everywhere but in a pinned demonstration.
  }
}

/** Today, YYYY-MM-DD. */
export const today = (): string => clock.today;
/** The business instant now, as the server's clock has it. */
export const now = (): Date => new Date(Date.now() + offsetMs);
/** The current year. */
export const thisYear = (): number => Number(clock.today.slice(0, 4));

export interface DataYears {
  /** Newest first: the years that have data, through the current one (and next, once its targets are set). */
  items: number[];
  current: number;
  lastComplete: number;
}

/** The years a user may choose where figures are shown; while loading, the current and last years. */
export function useDataYears(): DataYears {
  const years = useQuery({
    queryKey: ['metrics', 'years'],
    queryFn: () => api<DataYears>('GET', '/api/metrics/years'),
    staleTime: 5 * 60_000,
  });
  return years.data ?? { items: [thisYear(), thisYear() - 1], current: thisYear(), lastComplete: thisYear() - 1 };
}

/** Select options for those years, labelled as the page labels a year. */
export function yearOptions(years: number[], label: (year: number) => string = String) {
  return years.map((year) => ({ value: year, label: label(year) }));
}
