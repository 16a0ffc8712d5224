import { FileExcelOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, query } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { formatDateTime } from '../../lib/format';
import type { CallSummary, Page } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';
import { CallEditor } from './CallEditor';

const statusColors = { upcoming: 'default', open: 'green', closed: 'orange' } as const;

/** 申报通知管理: every call, its window and status; staff publish and edit their section's calls and print the decision pack. */
export function CallListPage() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const [status, setStatus] = useState<CallSummary['status']>();
  const [editing, setEditing] = useState<number | 'new'>();
  const calls = useQuery({
    queryKey: ['calls', 'list', status],
    queryFn: () => api<Page<CallSummary>>('GET', `/api/calls${query({ status, pageSize: 200 })}`),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageTitle
        title={t('menu.calls')}
        extra={
          can('staff') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('call.create')}
            </Button>
          ) : null
        }
      />
      <div className="kg-filters">
        <Select
          allowClear
          placeholder={t('project.state')}
          aria-label={t('project.state')}
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={(['upcoming', 'open', 'closed'] as const).map((s) => ({ value: s, label: t(`call.status.${s}`) }))}
        />
      </div>
      <Table<CallSummary>
        rowKey="id"
        loading={calls.isFetching}
        dataSource={calls.data?.items}
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          {
            title: t('hall.call'),
            dataIndex: 'title',
            render: (title: string, c) => <Link to={`/projects?callId=${c.id}`}>{title}</Link>,
          },
          {
            title: t('project.program'),
            width: 260,
            render: (_, c) => (
              <span>
                <Tag color="blue">{t(`programLevel.${c.program.level}`)}</Tag>
                {c.program.name}
              </span>
            ),
          },
          { title: t('hall.year'), dataIndex: 'year', width: 70 },
          {
            title: t('call.window'),
            width: 300,
            render: (_, c) => `${formatDateTime(c.opensAt)} – ${formatDateTime(c.closesAt)}`,
          },
          {
            title: t('project.state'),
            dataIndex: 'status',
            width: 90,
            render: (s: CallSummary['status']) => <Tag color={statusColors[s]}>{t(`call.status.${s}`)}</Tag>,
          },
          {
            title: t('common.actions'),
            width: 250,
            render: (_, c) => (
              <Space size={0} wrap>
                {can('staff') && c.program.sectionCode === user?.sectionCode ? (
                  <Button type="link" size="small" onClick={() => setEditing(c.id)}>
                    {t('common.edit')}
                  </Button>
                ) : null}
                <Button
                  type="link"
                  size="small"
                  icon={<FileWordOutlined />}
                  href={`/api/calls/${c.id}/decision-pack?format=docx`}
                >
                  {t('call.pack')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  icon={<FileExcelOutlined />}
                  href={`/api/calls/${c.id}/decision-pack?format=xlsx`}
                >
                  Excel
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing ? (
        <CallEditor callId={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </>
  );
}
