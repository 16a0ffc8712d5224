import { GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../lib/format';
import { usePagedList } from '../../lib/paged-list';
import { Table } from '../../lib/table';
import { PageTitle } from '../../shell/AppLayout';
import { DisclosureDrawer } from './DisclosureDrawer';
import { type DisclosureRequest, disclosureKey } from './model';
import { RegisterRequestModal } from './RegisterRequestModal';
import { RequestStateTag } from './RequestStateTag';

type Filters = { state?: string; mine?: string; q?: string };
const states = ['open', 'overdue', 'due_soon', 'received', 'correction', 'consulting', 'answered'] as const;

/**
 * 依申请公开: every request for disclosure, open ones first by their statutory day; one at a time in a drawer,
 * where it is handled step by step and its letters are issued.
 */
export function DisclosurePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [open, setOpen] = useState<number>();
  const [registering, setRegistering] = useState(false);
  const { filters, set, page, setPage, list } = usePagedList<Filters, DisclosureRequest>({
    key: [...disclosureKey, 'list'],
    url: '/api/disclosure/requests',
    initial: { state: params.get('state') ?? 'open' },
    pageSize: 20,
  });
  useEffect(() => {
    const id = Number(params.get('id'));
    if (id) setOpen(id);
  }, [params]);

  return (
    <>
      <PageTitle
        title={t('disclosure.title')}
        extra={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('disclosure.register')}
            </Button>
            <Button icon={<GlobalOutlined />} href="/disclosure/" target="_blank">
              {t('disclosure.publicPage')}
            </Button>
          </>
        }
      />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('disclosure.search')}
          aria-label={t('disclosure.search')}
          style={{ width: 260 }}
          onSearch={(q) => set({ q: q || undefined })}
        />
        <Select
          allowClear
          placeholder={t('disclosure.state')}
          aria-label={t('disclosure.state')}
          style={{ width: 170 }}
          value={filters.state}
          onChange={(state?: string) => set({ state })}
          options={states.map((s) => ({ value: s, label: t(`disclosure.filter.${s}`) }))}
        />
        <Checkbox checked={filters.mine === '1'} onChange={(e) => set({ mine: e.target.checked ? '1' : undefined })}>
          {t('disclosure.mine')}
        </Checkbox>
      </div>
      <Table<DisclosureRequest>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1100 }}
        rowClassName={(r) => (r.overdue ? 'kg-row-overdue' : '')}
        onRow={(r) => ({ onDoubleClick: () => setOpen(r.id) })}
        locale={{ emptyText: t('disclosure.empty') }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          {
            title: t('disclosure.description'),
            dataIndex: 'description',
            ellipsis: true,
            render: (text: string, r) => (
              <Button type="link" className="kg-link-cell" onClick={() => setOpen(r.id)}>
                {text}
              </Button>
            ),
          },
          {
            title: t('disclosure.applicant'),
            key: 'applicant',
            width: 200,
            ellipsis: true,
            render: (_, r) => (
              <>
                {r.name} <Tag>{t(`disclosure.kinds.${r.applicantKind}`)}</Tag>
              </>
            ),
          },
          {
            title: t('disclosure.receivedOn'),
            dataIndex: 'receivedOn',
            width: 150,
            render: (v: string) => formatDate(v),
          },
          {
            title: t('disclosure.dueOn'),
            dataIndex: 'dueOn',
            width: 150,
            render: (v: string | null, r) =>
              r.state === 'answered' ? (
                <span className="kg-muted">{formatDate(r.repliedOn)}</span>
              ) : v ? (
                <span className={r.overdue ? 'kg-overdue' : undefined}>{formatDate(v)}</span>
              ) : (
                <span className="kg-muted">{t(`disclosure.clockStopped.${r.state}`)}</span>
              ),
          },
          { title: t('disclosure.state'), key: 'state', width: 190, render: (_, r) => <RequestStateTag request={r} /> },
          {
            title: t('disclosure.handler'),
            key: 'handler',
            width: 180,
            ellipsis: true,
            render: (_, r) => [r.section, r.assignee].filter(Boolean).join(' · ') || '—',
          },
        ]}
      />
      {open ? <DisclosureDrawer id={open} onClose={() => setOpen(undefined)} /> : null}
      {registering ? (
        <RegisterRequestModal
          onClose={() => setRegistering(false)}
          onRegistered={(id) => {
            setRegistering(false);
            setOpen(id);
          }}
        />
      ) : null}
    </>
  );
}
