import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Segmented, Tabs, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, query } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { formatDate, formatDateTime } from '../../lib/format';
import type { Page } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';

type Kind = 'agreements' | 'reports' | 'changes';
type Filter = 'waiting' | 'overdue' | 'all';
interface Row {
  id: number;
  projectId: number;
  projectTitle: string;
  orgName: string;
  leaderName: string | null;
  state: string | null;
  periodStart?: string;
  periodEnd?: string;
  dueOn?: string;
  overdue?: boolean;
  kinds?: string[];
  reason?: string;
  submittedAt?: string | null;
  signedAt?: string | null;
  createdAt?: string;
}

const colors: Record<string, string> = {
  submitted: 'processing',
  signed: 'green',
  accepted: 'green',
  approved: 'green',
  returned: 'warning',
  pending: 'processing',
  refused: 'red',
};

/** 项目执行: the agreements, progress reports and change requests across my projects, with what waits for me first. */
export function ExecutionPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') as Kind | null) ?? 'agreements';
  const filter = (params.get('filter') as Filter | null) ?? (can('leader', 'liaison') ? 'all' : 'waiting');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['execution', kind, filter, page],
    queryFn: () =>
      api<Page<Row>>(
        'GET',
        `/api/execution${query({ kind, waiting: filter === 'waiting' ? 'true' : undefined, overdue: filter === 'overdue' ? 'true' : undefined, page, pageSize: 20 })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const set = (next: Record<string, string>) => {
    setPage(1);
    setParams({ kind, filter, ...next });
  };
  const stateLabel = (r: Row) =>
    kind === 'agreements'
      ? t(`agreement.state.${r.state ?? 'none'}`)
      : kind === 'reports'
        ? t(`report.state.${r.state}`)
        : t(`change.state.${r.state}`);
  const filters: Filter[] = kind === 'reports' ? ['waiting', 'overdue', 'all'] : ['waiting', 'all'];
  return (
    <>
      <PageTitle title={t('menu.execution')} />
      <Tabs
        activeKey={kind}
        onChange={(k) => set({ kind: k, filter: filter === 'overdue' && k !== 'reports' ? 'waiting' : filter })}
        items={(['agreements', 'reports', 'changes'] as const).map((k) => ({ key: k, label: t(`execution.${k}`) }))}
      />
      <div className="kg-filters">
        <Segmented
          value={filter}
          onChange={(v) => set({ filter: v })}
          options={filters.map((f) => ({ value: f, label: t(`execution.filter.${f}`) }))}
        />
      </div>
      <Table<Row>
        rowKey={(r) => `${r.projectId}-${r.id}`}
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total,
          onChange: setPage,
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          {
            title: t('project.title'),
            render: (_, r) => <Link to={`/projects/${r.projectId}`}>{r.projectTitle}</Link>,
          },
          { title: t('project.org'), dataIndex: 'orgName', width: 220 },
          { title: t('project.leader'), dataIndex: 'leaderName', width: 110, render: (v: string | null) => v ?? '—' },
          ...(kind === 'reports'
            ? [
                {
                  title: t('report.period'),
                  width: 240,
                  render: (_: unknown, r: Row) => `${formatDate(r.periodStart)} — ${formatDate(r.periodEnd)}`,
                },
                {
                  title: t('report.dueOn'),
                  width: 170,
                  render: (_: unknown, r: Row) => (
                    <span>
                      {formatDate(r.dueOn)} {r.overdue ? <Tag color="red">{t('report.overdue')}</Tag> : null}
                    </span>
                  ),
                },
              ]
            : kind === 'changes'
              ? [
                  {
                    title: t('change.what'),
                    width: 180,
                    render: (_: unknown, r: Row) => (r.kinds ?? []).map((k) => t(`change.kind.${k}`)).join('、'),
                  },
                  {
                    title: t('change.requestedAt'),
                    width: 170,
                    render: (_: unknown, r: Row) => formatDateTime(r.createdAt),
                  },
                ]
              : [
                  {
                    title: t('agreement.submittedAt'),
                    width: 200,
                    render: (_: unknown, r: Row) => formatDateTime(r.signedAt ?? r.submittedAt),
                  },
                ]),
          {
            title: t('project.state'),
            width: 110,
            render: (_, r) => <Tag color={colors[r.state ?? ''] ?? 'default'}>{stateLabel(r)}</Tag>,
          },
        ]}
      />
    </>
  );
}
