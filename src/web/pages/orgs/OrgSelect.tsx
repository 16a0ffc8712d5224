import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../lib/api';
import type { Org, Page } from '../../lib/types';

/** Chooses an organisation from the registry by any part of its name or credit code. */
export function OrgSelect({ value, onChange, initialName, id, placeholder }: { value?: number; onChange?(id?: number): void; initialName?: string | null; id?: string; placeholder?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const orgs = useQuery({ queryKey: ['orgs', 'select', search], queryFn: () => api<Page<Org>>('GET', `/api/orgs${query({ q: search || undefined, pageSize: 20, status: 'active' })}`) });
  const options = (orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  if (value && initialName && !options.some((o) => o.value === value)) options.unshift({ value, label: initialName });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setSearch}
      loading={orgs.isFetching}
      placeholder={placeholder ?? t('org.searchPlaceholder')}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
