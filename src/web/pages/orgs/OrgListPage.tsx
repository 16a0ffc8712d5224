import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select, Tag } from 'antd';
import { Table } from '../../lib/table';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormAction } from '../../lib/form-action';
import { Link, useNavigate } from 'react-router';
import { api, query } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useJurisdictions, useLocalName } from '../../lib/dictionaries';
import { formatDate } from '../../lib/format';
import { type Org, type OrgStatus, type OrgType, orgTypes, type Page } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';
import { cleanOrgValues, OrgFormFields } from './OrgFormFields';

type Sort = 'name' | 'uscc' | 'createdAt';

export const statusColors: Record<OrgStatus, string> = { active: 'green', inactive: 'default', merged: 'orange' };

/** 单位名录: search by any Chinese substring, filter, sort, page, export, register. */
export function OrgListPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const jurisdictions = useJurisdictions(true);
  const localName = useLocalName();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<{ jurisdictionCode?: string; type?: OrgType; status?: OrgStatus }>({});
  const [sort, setSort] = useState<{ field: Sort; order: 'asc' | 'desc' }>({ field: 'createdAt', order: 'desc' });
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);

  const params = { q, ...filters, sort: sort.field, order: sort.order };
  const list = useQuery({
    queryKey: ['orgs', 'list', params, page],
    queryFn: () => api<Page<Org>>('GET', `/api/orgs${query({ ...params, ...page })}`),
    placeholderData: keepPreviousData,
  });

  const sortOrder = (field: Sort): SortOrder =>
    sort.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;

  return (
    <>
      <PageTitle
        title={t('menu.orgs')}
        extra={
          <>
            {can('staff', 'leader', 'liaison') ? (
              <Button
                icon={<DownloadOutlined />}
                href={`/api/orgs/export${query({ ...params, lang: i18n.language })}`}
                data-testid="export-orgs"
              >
                {t('common.exportXlsx')}
              </Button>
            ) : null}
            {can('staff') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('org.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('org.searchPlaceholder')}
          style={{ width: 320 }}
          onSearch={(value) => {
            setQ(value.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
          data-testid="org-search"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('org.jurisdiction')}
          aria-label={t('org.jurisdiction')}
          style={{ width: 200 }}
          options={(jurisdictions.data ?? []).map((j) => ({ value: j.code, label: localName(j) }))}
          onChange={(value?: string) => {
            setFilters((f) => ({ ...f, jurisdictionCode: value }));
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Select
          allowClear
          placeholder={t('org.type')}
          aria-label={t('org.type')}
          style={{ width: 160 }}
          options={orgTypes.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
          onChange={(value?: OrgType) => {
            setFilters((f) => ({ ...f, type: value }));
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Select
          allowClear
          placeholder={t('org.status')}
          aria-label={t('org.status')}
          style={{ width: 140 }}
          options={(['active', 'inactive', 'merged'] as const).map((s) => ({ value: s, label: t(`orgStatus.${s}`) }))}
          onChange={(value?: OrgStatus) => {
            setFilters((f) => ({ ...f, status: value }));
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
      </div>
      <Table<Org>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 960 }}
        onRow={(org) => ({ onDoubleClick: () => navigate(`/orgs/${org.id}`) })}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          if (s?.order && s.columnKey)
            setSort({ field: s.columnKey as Sort, order: s.order === 'ascend' ? 'asc' : 'desc' });
          else setSort({ field: 'createdAt', order: 'desc' });
          setPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
        }}
        columns={[
          {
            key: 'name',
            title: t('org.name'),
            dataIndex: 'name',
            sorter: true,
            sortOrder: sortOrder('name'),
            render: (name: string, org) => <Link to={`/orgs/${org.id}`}>{name}</Link>,
          },
          {
            key: 'uscc',
            title: t('org.uscc'),
            dataIndex: 'uscc',
            sorter: true,
            sortOrder: sortOrder('uscc'),
            width: 200,
            render: (v: string) => <code>{v}</code>,
          },
          {
            key: 'type',
            title: t('org.type'),
            dataIndex: 'type',
            width: 120,
            render: (type: OrgType) => t(`orgType.${type}`),
          },
          {
            key: 'jurisdiction',
            title: t('org.jurisdiction'),
            dataIndex: 'jurisdictionCode',
            width: 180,
            render: (code: string, org) =>
              localName(
                jurisdictions.data?.find((j) => j.code === code),
                org.jurisdictionName ?? code,
              ),
          },
          { key: 'industry', title: t('org.industry'), dataIndex: 'industry', width: 140 },
          {
            key: 'status',
            title: t('org.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: OrgStatus) => <Tag color={statusColors[s]}>{t(`orgStatus.${s}`)}</Tag>,
          },
          {
            key: 'createdAt',
            title: t('org.registeredAt'),
            dataIndex: 'createdAt',
            sorter: true,
            sortOrder: sortOrder('createdAt'),
            width: 150,
            render: formatDate,
          },
        ]}
      />
      <CreateOrgModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(org) => navigate(`/orgs/${org.id}`)}
      />
    </>
  );
}

function CreateOrgModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(org: Org): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) => api<Org>('POST', '/api/orgs', cleanOrgValues(values)),
    refresh: [['orgs']],
    success: (org) => t('org.created', { name: org.name }),
    onDone: (org) => {
      onClose();
      onCreated(org);
    },
  });
  return (
    <Modal
      title={t('org.create')}
      open={open}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okText={t('common.save')}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <OrgFormFields />
      </Form>
    </Modal>
  );
}
