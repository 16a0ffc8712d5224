import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, query } from './api';
import type { Page } from './types';

/**
 * A filtered, paged list from the API: changing a filter goes back to the first page; the previous page
 * stays on screen while the next one loads.
 */
export function usePagedList<F extends Record<string, string | number | undefined>, T>(o: {
  key: QueryKey;
  url: string;
  initial: F;
  pageSize: number;
}) {
  const [filters, setFilters] = useState<F>(o.initial);
  const [page, setPage] = useState({ page: 1, pageSize: o.pageSize });
  const list = useQuery({
    queryKey: [...o.key, filters, page],
    queryFn: () => api<Page<T>>('GET', `${o.url}${query({ ...filters, ...page })}`),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<F>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, page: 1 }));
  };
  return { filters, set, page, setPage, list };
}
