import { FormOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../lib/api';
import { now } from '../../lib/clock';
import { formatDateTime } from '../../lib/format';
import { Table } from '../../lib/table';
import type { CallSummary, Page } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';

// The form (with its date and number fields) is fetched when an application is begun, not with the list.
const ApplyModal = lazy(() => import('./ApplyModal').then((m) => ({ default: m.ApplyModal })));

/** 申报大厅: the calls open now, and a draft application in two clicks. */
export function HallPage() {
  const { t } = useTranslation();
  // The public site's "apply online" links here with ?call=<id>: the application opens at once.
  const [params] = useSearchParams();
  const [applying, setApplying] = useState<number | undefined>(Number(params.get('call')) || undefined);
  const calls = useQuery({
    queryKey: ['calls', 'open'],
    queryFn: () => api<Page<CallSummary>>('GET', '/api/calls?status=open'),
  });
  return (
    <>
      <PageTitle title={t('menu.hall')} />
      <Card>
        <Table<CallSummary>
          rowKey="id"
          loading={calls.isLoading}
          dataSource={calls.data?.items}
          pagination={false}
          locale={{ emptyText: <Empty description={t('hall.none')} /> }}
          columns={[
            {
              title: t('hall.call'),
              dataIndex: 'title',
              render: (title: string, c) => (
                <Space direction="vertical" size={0}>
                  <strong>{title}</strong>
                  <span className="kg-muted">{c.program.name}</span>
                </Space>
              ),
            },
            {
              title: t('hall.level'),
              width: 160,
              render: (_, c) => (
                <Space size={4} wrap>
                  <Tag color="blue">{t(`programLevel.${c.program.level}`)}</Tag>
                  <Tag>{t(`programCategory.${c.program.category}`)}</Tag>
                </Space>
              ),
            },
            { title: t('hall.year'), dataIndex: 'year', width: 80 },
            {
              title: t('hall.closesAt'),
              dataIndex: 'closesAt',
              width: 200,
              render: (v: string) => (
                <Space direction="vertical" size={0}>
                  {formatDateTime(v)}
                  <span className="kg-muted">
                    {t('hall.daysLeft', { days: Math.max(0, dayjs(v).diff(dayjs(now()), 'day')) })}
                  </span>
                </Space>
              ),
            },
            {
              title: '',
              width: 120,
              render: (_, c) => (
                <Button type="primary" icon={<FormOutlined />} onClick={() => setApplying(c.id)}>
                  {t('hall.apply')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {applying ? (
        <Suspense fallback={null}>
          <ApplyModal callId={applying} onClose={() => setApplying(undefined)} />
        </Suspense>
      ) : null}
    </>
  );
}
