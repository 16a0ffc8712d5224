import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Input, Modal, Select, Space, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { figureText } from '../../lib/money';
import { type Unit, unitName } from './model';

interface Report {
  id: number;
  unit: Unit;
  indicator: { name: string; unit: string };
  quarter: number;
  value: number;
  note: string | null;
  status: 'draft' | 'submitted' | 'accepted' | 'returned';
  submitter: string | null;
  submittedAt: string | null;
  reviewReason: string | null;
  evidence: { id: number; name: string }[];
}

const statusColor = { draft: 'default', submitted: 'processing', accepted: 'green', returned: 'orange' } as const;

/** 进度报送: the units' manual figures with their evidence; staff accept them or return them with a reason. */
export function Reports({ year }: { year: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const client = useQueryClient();
  const [status, setStatus] = useState<string | undefined>(can('staff') ? 'submitted' : undefined);
  const reports = useQuery({
    queryKey: ['targets', 'reports', year, status],
    queryFn: () =>
      api<{ items: Report[] }>('GET', `/api/targets/reports?year=${year}${status ? `&status=${status}` : ''}`),
  });
  const [returning, setReturning] = useState<Report>();
  const [reason, setReason] = useState('');
  const act = async (report: Report, action: 'accept' | 'return', why?: string) => {
    try {
      await api('POST', `/api/targets/reports/${report.id}/actions`, { action, reason: why });
      notify.success(t(`targetReport.done.${action}`));
      setReturning(undefined);
      setReason('');
      await client.invalidateQueries({ queryKey: ['targets'] });
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <Card
      title={t('targetReport.list')}
      extra={
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('targetReport.allStatuses')}
          value={status}
          onChange={setStatus}
          aria-label={t('targetReport.allStatuses')}
          options={(['submitted', 'accepted', 'returned', 'draft'] as const).map((s) => ({
            value: s,
            label: t(`targetReport.statuses.${s}`),
          }))}
        />
      }
    >
      <Table<Report>
        size="small"
        rowKey="id"
        loading={reports.isLoading}
        dataSource={reports.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('cockpit.unit'), width: 150, render: (_, r) => unitName(r.unit) },
          { title: t('target.indicator'), render: (_, r) => r.indicator.name },
          {
            title: t('targetReport.quarter'),
            width: 110,
            render: (_, r) => t('targetReport.quarterOf', { year, quarter: r.quarter }),
          },
          {
            title: t('targetReport.valueShort'),
            width: 120,
            align: 'right',
            render: (_, r) => figureText(r.value, r.indicator.unit),
          },
          { title: t('targetReport.note'), ellipsis: true, render: (_, r) => r.note ?? '—' },
          {
            title: t('targetReport.evidence'),
            width: 180,
            render: (_, r) =>
              r.evidence.length ? (
                <Space direction="vertical" size={0}>
                  {r.evidence.map((e) => (
                    <a key={e.id} href={`/api/targets/evidence/${e.id}`} target="_blank" rel="noreferrer">
                      {e.name}
                    </a>
                  ))}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: t('targetReport.submittedAt'),
            width: 150,
            render: (_, r) => (r.submittedAt ? `${r.submitter ?? ''} ${formatDateTime(r.submittedAt)}` : '—'),
          },
          {
            title: t('letter.status'),
            width: 110,
            render: (_, r) => (
              <Tag color={statusColor[r.status]} title={r.reviewReason ?? undefined}>
                {t(`targetReport.statuses.${r.status}`)}
              </Tag>
            ),
          },
          {
            title: t('common.actions'),
            width: 150,
            render: (_, r) =>
              can('staff') && r.status === 'submitted' ? (
                <Space size={4}>
                  <Button size="small" type="primary" onClick={() => void act(r, 'accept')}>
                    {t('targetReport.accept')}
                  </Button>
                  <Button size="small" onClick={() => setReturning(r)}>
                    {t('targetReport.return')}
                  </Button>
                </Space>
              ) : r.status === 'returned' ? (
                <span className="kg-muted">{r.reviewReason}</span>
              ) : null,
          },
        ]}
      />
      {returning ? (
        <Modal
          open
          title={t('targetReport.returnTitle', { unit: unitName(returning.unit) })}
          okButtonProps={{ disabled: !reason.trim() }}
          onOk={() => void act(returning, 'return', reason)}
          onCancel={() => setReturning(undefined)}
        >
          <Input.TextArea
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('targetReport.returnReason')}
          />
        </Modal>
      ) : null}
    </Card>
  );
}
