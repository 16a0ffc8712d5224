import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, query } from './api';
import type { Page } from './types';

export interface SearchSelectProps {
  value?: number;
  onChange?(id?: number): void;
  /** The label of the current value, shown before a search finds it. */
  initialLabel?: string | null;
  id?: string;
  placeholder?: string;
}

/** Chooses one record of a paged, searchable list (`?q=`) by any part of its name; the server keeps to the caller's scope. */
export function SearchSelect<T extends { id: number }>({
  url,
  params,
  label,
  value,
  onChange,
  initialLabel,
  id,
  placeholder,
}: SearchSelectProps & { url: string; params?: Record<string, string>; label(item: T): string }) {
  const [search, setSearch] = useState('');
  const list = useQuery({
    queryKey: [url, 'select', params, search],
    queryFn: () => api<Page<T>>('GET', `${url}${query({ ...params, q: search || undefined, pageSize: 20 })}`),
  });
  const options = (list.data?.items ?? []).map((item) => ({ value: item.id, label: label(item) }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setSearch}
      loading={list.isFetching}
      placeholder={placeholder}
      // In a form the field's label names it (by id); in a filter bar only the placeholder says what it is.
      aria-label={id ? undefined : placeholder}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
