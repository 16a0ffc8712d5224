import { useSyncExternalStore } from 'react';

const queries = new Map<number, MediaQueryList>();

/**
 * Whether the window is at least this wide (antd's breakpoints: md 768, xl 1200, xxl 1600), known at the first
 * render. antd's Grid.useBreakpoint answers "unknown" until its observer fires, so a phone's first render
 * would draw the desktop's layout (and fetch its table) before switching to cards.
 */
export function useAtLeast(width: number): boolean {
  let query = queries.get(width);
  if (!query) {
    query = window.matchMedia(`(min-width: ${width}px)`);
    queries.set(width, query);
  }
  const list = query;
  return useSyncExternalStore(
    (changed) => {
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => list.matches,
  );
}

/** A phone: narrower than antd's md breakpoint. */
export const usePhone = (): boolean => !useAtLeast(768);
