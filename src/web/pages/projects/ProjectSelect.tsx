import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../lib/api';
import type { Page, ProjectSummary } from '../../lib/types';

/** Chooses a project the caller may see, by any part of its title. */
export function ProjectSelect({ value, onChange, initialTitle, id }: { value?: number; onChange?(id?: number): void; initialTitle?: string | null; id?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const projects = useQuery({ queryKey: ['projects', 'select', search], queryFn: () => api<Page<ProjectSummary>>('GET', `/api/projects${query({ q: search || undefined, pageSize: 20 })}`) });
  const options = (projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.title}（${p.year}）` }));
  if (value && initialTitle && !options.some((o) => o.value === value)) options.unshift({ value, label: initialTitle });
  return (
    <Select
      id={id}
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setSearch}
      loading={projects.isFetching}
      placeholder={t('project.searchPlaceholder')}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
