import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, DatePicker, Input, Row, Select, Tag } from 'antd';
import { Table } from '../../lib/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { usePagedList } from '../../lib/paged-list';
import { formatDateTime } from '../../lib/format';
import type { ResponseOf } from '../../lib/client';
import type { AuditEntry } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';

type VerifyResult = ResponseOf<'/api/audit/verify'>;

type AuditFilters = {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
};

/** 审计日志 (security auditor): every write, who, when, from where, before and after; the chain verified on demand. */
export function AuditPage() {
  const { t } = useTranslation();
  const [verify, setVerify] = useState<VerifyResult>();
  const [verifying, setVerifying] = useState(false);
  const facets = useQuery({
    queryKey: ['audit', 'facets'],
    queryFn: () => api<{ actions: string[]; entityTypes: string[] }>('GET', '/api/audit/facets'),
  });
  const { set, page, setPage, list } = usePagedList<AuditFilters, AuditEntry>({
    key: ['audit'],
    url: '/api/audit',
    initial: {},
    pageSize: 50,
  });

  return (
    <>
      <PageTitle
        title={t('menu.audit')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verifying}
            onClick={async () => {
              setVerifying(true);
              try {
                setVerify(await api<VerifyResult>('GET', '/api/audit/verify'));
              } finally {
                setVerifying(false);
              }
            }}
          >
            {t('audit.verify')}
          </Button>
        }
      />
      {verify ? (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          type={verify.ok ? 'success' : 'error'}
          title={
            verify.ok
              ? t('audit.intact', { entries: verify.entries })
              : t('audit.broken', { seq: verify.brokenAt, reason: t(`audit.reason.${verify.reason}`) })
          }
          description={<code>{verify.headHash}</code>}
          closable
          onClose={() => setVerify(undefined)}
        />
      ) : null}
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('audit.actor')}
          style={{ width: 180 }}
          onSearch={(v) => set({ actor: v.trim() || undefined })}
        />
        <Select
          allowClear
          showSearch
          placeholder={t('audit.action')}
          aria-label={t('audit.action')}
          style={{ width: 220 }}
          options={(facets.data?.actions ?? []).map((a) => ({
            value: a,
            label: t(`audit.actions.${a}`, { defaultValue: a }),
          }))}
          onChange={(v?: string) => set({ action: v })}
        />
        <Select
          allowClear
          placeholder={t('audit.entityType')}
          aria-label={t('audit.entityType')}
          style={{ width: 160 }}
          options={(facets.data?.entityTypes ?? []).map((e) => ({
            value: e,
            label: t(`audit.entities.${e}`, { defaultValue: e }),
          }))}
          onChange={(v?: string) => set({ entityType: v })}
        />
        <Input
          allowClear
          placeholder={t('audit.entityId')}
          style={{ width: 120 }}
          onChange={(e) => set({ entityId: e.target.value.trim() || undefined })}
        />
        <DatePicker.RangePicker
          onChange={(range) =>
            set({
              from: (range?.[0] as Dayjs | null)?.format('YYYY-MM-DD'),
              to: (range?.[1] as Dayjs | null)?.format('YYYY-MM-DD'),
            })
          }
        />
      </div>
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1000 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 50 })}
        expandable={{
          rowExpandable: (e) => e.before !== null || e.after !== null,
          expandedRowRender: (e) => (
            <Row gutter={16}>
              <Col span={12}>
                <div className="kg-muted">{t('audit.before')}</div>
                <pre className="kg-json">{JSON.stringify(e.before, null, 2)}</pre>
              </Col>
              <Col span={12}>
                <div className="kg-muted">{t('audit.after')}</div>
                <pre className="kg-json">{JSON.stringify(e.after, null, 2)}</pre>
              </Col>
            </Row>
          ),
        }}
        columns={[
          { title: '#', dataIndex: 'seq', width: 70 },
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: formatDateTime },
          {
            title: t('audit.actor'),
            dataIndex: 'actorName',
            width: 140,
            render: (name: string, e) => (
              <span>
                {name} <Tag>{t(`roles.${e.actorRole}`, { defaultValue: e.actorRole ?? '' })}</Tag>
              </span>
            ),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 180,
            render: (a: string) => t(`audit.actions.${a}`, { defaultValue: a }),
          },
          {
            title: t('audit.entityType'),
            dataIndex: 'entityType',
            width: 110,
            render: (e: string) => t(`audit.entities.${e}`, { defaultValue: e }),
          },
          { title: t('audit.entityId'), dataIndex: 'entityId', width: 90 },
          { title: t('audit.ip'), dataIndex: 'ip', width: 130 },
          {
            title: t('audit.hash'),
            dataIndex: 'hash',
            render: (h: string) => <code title={h}>{h.slice(0, 16)}…</code>,
          },
        ]}
      />
    </>
  );
}
