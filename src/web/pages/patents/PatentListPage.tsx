import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import { Table } from '../../lib/table';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useJurisdictions, useLocalName } from '../../lib/dictionaries';
import { useFormAction } from '../../lib/form-action';
import { formatDate } from '../../lib/format';
import { usePagedList } from '../../lib/paged-list';
import { PageTitle } from '../../shell/AppLayout';
import { ImportDrawer } from '../imports/ImportDrawer';
import { OrgSelect } from '../orgs/OrgSelect';
import { ClaimModal } from './ClaimModal';
import { useDataYears } from '../../lib/clock';

export type PatentType = 'invention' | 'utility_model' | 'design';
export interface Patent {
  id: number;
  applicationNumber: string;
  type: PatentType;
  title: string;
  applicantName: string;
  orgId: number | null;
  orgName: string | null;
  jurisdictionCode: string | null;
  filedOn: string;
  grantedOn: string | null;
  legalStatus: string | null;
  version: number;
}
type Filters = {
  q?: string;
  year?: number;
  type?: PatentType;
  granted?: 'true' | 'false';
  jurisdictionCode?: string;
  orgId?: number;
};

const typeColors: Record<PatentType, string> = { invention: 'blue', utility_model: 'cyan', design: 'purple' };
const importFields: Record<string, string> = { applicant: 'applicant', uscc: 'uscc' };

/** 专利: the patents of the city, its towns and organisations; staff import the patent office's lists. */
export function PatentListPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const jurisdictions = useJurisdictions(true);
  const localName = useLocalName();
  const [importing, setImporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const [claiming, setClaiming] = useState<Patent>();
  const { filters, set, page, setPage, list } = usePagedList<Filters, Patent>({
    key: ['patents', 'list'],
    url: '/api/patents',
    initial: {},
    pageSize: 20,
  });
  const years = useDataYears().items;
  const fieldLabel = (key: string) => t(`import.patentFields.${importFields[key] ?? key}`);
  return (
    <>
      <PageTitle
        title={t('menu.patents')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              href={`/api/patents/export${query({ ...filters, lang: i18n.language })}`}
            >
              {t('common.exportXlsx')}
            </Button>
            {can('staff') ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('import.title')}
              </Button>
            ) : null}
            {can('staff', 'applicant') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('patent.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('patent.searchPlaceholder')}
          style={{ width: 280 }}
          onSearch={(q) => set({ q: q || undefined })}
        />
        <Select
          allowClear
          placeholder={t('hall.year')}
          aria-label={t('hall.year')}
          style={{ width: 110 }}
          value={filters.year}
          onChange={(year?: number) => set({ year })}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        <Select
          allowClear
          placeholder={t('patent.type')}
          aria-label={t('patent.type')}
          style={{ width: 130 }}
          value={filters.type}
          onChange={(type?: PatentType) => set({ type })}
          options={(['invention', 'utility_model', 'design'] as const).map((v) => ({
            value: v,
            label: t(`patent.types.${v}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('patent.grantState')}
          aria-label={t('patent.grantState')}
          style={{ width: 130 }}
          value={filters.granted}
          onChange={(granted?: 'true' | 'false') => set({ granted })}
          options={[
            { value: 'true', label: t('patent.grantedOnly') },
            { value: 'false', label: t('patent.pending') },
          ]}
        />
        {can('staff', 'leader') ? (
          <div style={{ width: 260 }}>
            <OrgSelect
              value={filters.orgId}
              onChange={(orgId) => set({ orgId })}
              placeholder={t('org.filterPlaceholder')}
            />
          </div>
        ) : null}
        {can('staff', 'leader') ? (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('org.jurisdiction')}
            style={{ width: 180 }}
            value={filters.jurisdictionCode}
            onChange={(jurisdictionCode?: string) => set({ jurisdictionCode })}
            options={(jurisdictions.data ?? []).map((j) => ({ value: j.code, label: localName(j) }))}
          />
        ) : null}
      </div>
      <Table<Patent>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1060 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          { title: t('patent.applicationNumber'), dataIndex: 'applicationNumber', width: 150 },
          { title: t('patent.title'), dataIndex: 'title', ellipsis: true },
          {
            title: t('patent.type'),
            dataIndex: 'type',
            width: 90,
            render: (v: PatentType) => <Tag color={typeColors[v]}>{t(`patent.types.${v}`)}</Tag>,
          },
          { title: t('patent.applicant'), dataIndex: 'applicantName', width: 200, ellipsis: true },
          { title: t('patent.filedOn'), dataIndex: 'filedOn', width: 120, render: formatDate },
          { title: t('patent.grantedOn'), dataIndex: 'grantedOn', width: 120, render: formatDate },
          {
            title: t('patent.legalStatus'),
            dataIndex: 'legalStatus',
            width: 80,
            render: (v: string | null) => (v ? t(`patent.legalStatuses.${v}`, { defaultValue: v }) : '—'),
          },
          ...(can('applicant')
            ? [
                {
                  title: t('common.actions'),
                  width: 110,
                  render: (_: unknown, p: Patent) => (
                    <Button size="small" type="link" onClick={() => setClaiming(p)}>
                      {t('subsidy.claim')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {importing ? (
        <ImportDrawer
          url="/api/patents/import"
          what={t('menu.patents')}
          fieldLabel={fieldLabel}
          refresh={[['patents']]}
          onClose={() => setImporting(false)}
        />
      ) : null}
      {creating ? <PatentModal onClose={() => setCreating(false)} /> : null}
      {claiming ? <ClaimModal patent={claiming} onClose={() => setClaiming(undefined)} /> : null}
    </>
  );
}

function PatentModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (v: {
      applicationNumber: string;
      title: string;
      applicantName: string;
      filedOn: dayjs.Dayjs;
      grantedOn?: dayjs.Dayjs;
      legalStatus?: string;
    }) =>
      api('POST', '/api/patents', {
        ...v,
        filedOn: v.filedOn.format('YYYY-MM-DD'),
        grantedOn: v.grantedOn?.format('YYYY-MM-DD') ?? null,
        legalStatus: v.legalStatus || null,
      }),
    refresh: [['patents']],
    onDone: onClose,
  });
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open
      title={t('patent.create')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="applicationNumber"
          label={t('patent.applicationNumber')}
          rules={[required]}
          extra={t('patent.numberHelp')}
        >
          <Input maxLength={30} placeholder="ZL 200810012345.6" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('patent.title')}
          rules={[required, { min: 2, message: t('patent.titleRule') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="applicantName"
          label={t('patent.applicant')}
          rules={[required, { min: 2, message: t('patent.titleRule') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="filedOn" label={t('patent.filedOn')} rules={[required]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="grantedOn" label={t('patent.grantedOn')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="legalStatus" label={t('patent.legalStatus')}>
          <Select
            allowClear
            options={['审中', '有效', '失效'].map((v) => ({ value: v, label: t(`patent.legalStatuses.${v}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
