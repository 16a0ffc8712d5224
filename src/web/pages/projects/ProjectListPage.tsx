import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, InputNumber, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, query } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import { type Page, type ProgramCategory, type ProgramLevel, type ProjectState, type ProjectSummary, projectStateList } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';
import { stateColors } from './labels';

const levels: ProgramLevel[] = ['national', 'provincial', 'prefecture', 'city'];
const categories: ProgramCategory[] = ['agriculture', 'social_development', 'industry', 'talent', 'platform', 'ip', 'soft_science', 'cooperation'];

/** 项目管理: every application and project in the caller's scope, filtered by year, level, category, state, keyword. */
export function ProjectListPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  // Opened from a call's row: that call's applications.
  const [filters, setFilters] = useState<{ q?: string; year?: number; level?: ProgramLevel; category?: ProgramCategory; state?: ProjectState; callId?: number }>({
    callId: search.get('callId') ? Number(search.get('callId')) : undefined,
  });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useQuery({
    queryKey: ['projects', 'list', filters, page],
    queryFn: () => api<Page<ProjectSummary>>('GET', `/api/projects${query({ ...filters, ...page })}`),
    placeholderData: keepPreviousData,
  });
  const set = (patch: typeof filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, page: 1 }));
  };
  return (
    <>
      <PageTitle title={t('menu.projects')} />
      <div className="kg-filters">
        <Input.Search allowClear placeholder={t('project.searchPlaceholder')} style={{ width: 280 }} onSearch={(v) => set({ q: v.trim() || undefined })} />
        <InputNumber placeholder={t('hall.year')} min={2000} max={2100} style={{ width: 110 }} onChange={(v) => set({ year: v ?? undefined })} />
        <Select allowClear placeholder={t('hall.level')} style={{ width: 140 }} options={levels.map((l) => ({ value: l, label: t(`programLevel.${l}`) }))} onChange={(v?: ProgramLevel) => set({ level: v })} />
        <Select allowClear placeholder={t('project.category')} style={{ width: 150 }} options={categories.map((c) => ({ value: c, label: t(`programCategory.${c}`) }))} onChange={(v?: ProgramCategory) => set({ category: v })} />
        <Select allowClear placeholder={t('project.state')} style={{ width: 150 }} options={projectStateList.map((s) => ({ value: s, label: t(`projectState.${s}`) }))} onChange={(v?: ProjectState) => set({ state: v })} />
      </div>
      <Table<ProjectSummary>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1100 }}
        pagination={{ current: page.page, pageSize: page.pageSize, total: list.data?.total, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        columns={[
          { title: t('project.title'), dataIndex: 'title', width: 300, render: (title: string, p) => <Link to={`/projects/${p.id}`}>{title}</Link> },
          {
            title: t('project.program'),
            width: 230,
            render: (_, p) => (
              <span>
                <Tag color="blue">{t(`programLevel.${p.program.level}`)}</Tag>
                {p.program.name}
              </span>
            ),
          },
          { title: t('hall.year'), dataIndex: 'year', width: 70 },
          { title: t('project.org'), dataIndex: 'orgName', width: 220 },
          { title: t('project.state'), dataIndex: 'state', width: 110, render: (s: ProjectState) => <Tag color={stateColors[s]}>{t(`projectState.${s}`)}</Tag> },
          { title: t('project.requested'), dataIndex: 'requestedFunding', width: 120, align: 'right', render: (v: string | null) => formatYuan(v, { wan: true }) },
          { title: t('project.approved'), dataIndex: 'approvedFunding', width: 120, align: 'right', render: (v: string | null) => formatYuan(v, { wan: true }) },
          { title: t('project.updatedAt'), dataIndex: 'updatedAt', width: 140, render: formatDate },
        ]}
      />
    </>
  );
}
