import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Statistic, Table, Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useFormAction } from '../../lib/form-action';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import { usePagedList } from '../../lib/paged-list';
import { PageTitle } from '../../shell/AppLayout';
import { ImportDrawer } from '../imports/ImportDrawer';
import type { PatentType } from './PatentListPage';
import { thisYear, today, useDataYears, yearOptions } from '../../lib/clock';

type ClaimState = 'claimed' | 'approved' | 'refused' | 'paid';
interface Claim {
  id: number;
  applicationNumber: string;
  patentTitle: string;
  patentType: PatentType;
  stage: 'filed' | 'granted';
  year: number;
  amount: string;
  orgName: string;
  state: ClaimState;
  reason: string | null;
  batchId: number | null;
  createdAt: string;
}
interface Batch {
  id: number;
  title: string;
  docNo: string | null;
  paidOn: string;
  total: string;
  claims: number;
}
const stateColors: Record<ClaimState, string> = { claimed: 'processing', approved: 'blue', refused: 'red', paid: 'green' };

/** 专利资助: claims to decide and pay, the year's rates, and the payment batches. */
export function SubsidyPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle title={t('subsidy.title')} />
      <Tabs
        items={[
          { key: 'claims', label: t('subsidy.claims'), children: <Claims /> },
          { key: 'rates', label: t('subsidy.rates'), children: <Rates editable={can('staff')} /> },
          ...(can('staff', 'leader') ? [{ key: 'batches', label: t('subsidy.batches'), children: <Batches /> }] : []),
        ]}
      />
    </>
  );
}

function Claims() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [selected, setSelected] = useState<number[]>([]);
  const [refusing, setRefusing] = useState<Claim>();
  const [paying, setPaying] = useState(false);
  const [importing, setImporting] = useState(false);
  const { filters, set, page, setPage, list } = usePagedList<{ state?: ClaimState; year?: number }, Claim>({
    key: ['subsidies', 'claims'],
    url: '/api/patent-subsidies',
    initial: { state: can('staff') ? 'claimed' : undefined },
    pageSize: 20,
  });
  const data = list.data as (typeof list.data & { amount?: string }) | undefined;
  const approve = useFormAction<number>(undefined, {
    action: (id) => api('POST', `/api/patent-subsidies/${id}/decision`, { approve: true }),
    refresh: [['subsidies']],
    success: () => t('subsidy.approved'),
  });
  const years = useDataYears().items;
  return (
    <>
      <div className="kg-filters">
        <Select allowClear placeholder={t('subsidy.state')} style={{ width: 130 }} value={filters.state} onChange={(state?: ClaimState) => set({ state })} options={(['claimed', 'approved', 'refused', 'paid'] as const).map((s) => ({ value: s, label: t(`subsidy.states.${s}`) }))} />
        <Select allowClear placeholder={t('hall.year')} style={{ width: 110 }} value={filters.year} onChange={(year?: number) => set({ year })} options={years.map((y) => ({ value: y, label: y }))} />
        <Button icon={<DownloadOutlined />} href={`/api/patent-subsidies/export${query({ ...filters, lang: i18n.language })}`}>
          {t('common.exportXlsx')}
        </Button>
        {can('staff') ? (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('subsidy.importLedger')}
          </Button>
        ) : null}
        {can('staff') && filters.state === 'approved' ? (
          <Button type="primary" disabled={!selected.length} onClick={() => setPaying(true)}>
            {t('subsidy.pay', { count: selected.length })}
          </Button>
        ) : null}
        <Statistic value={formatYuan(data?.amount)} prefix={`${t('subsidy.sum')}：`} styles={{ content: { fontSize: 16 } }} />
      </div>
      <Table<Claim>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1400 }}
        rowSelection={can('staff') && filters.state === 'approved' ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) } : undefined}
        pagination={{ current: page.page, pageSize: page.pageSize, total: list.data?.total, onChange: (p, pageSize) => setPage({ page: p, pageSize }), showTotal: (total) => t('common.total', { total }) }}
        columns={[
          { title: t('patent.applicationNumber'), dataIndex: 'applicationNumber', width: 160 },
          { title: t('patent.title'), dataIndex: 'patentTitle', width: 260, ellipsis: true },
          { title: t('patent.type'), dataIndex: 'patentType', width: 100, render: (v: PatentType) => t(`patent.types.${v}`) },
          { title: t('subsidy.stage'), dataIndex: 'stage', width: 90, render: (v: Claim['stage']) => t(`subsidy.stages.${v}`) },
          { title: t('subsidy.org'), dataIndex: 'orgName', width: 220, ellipsis: true },
          { title: t('subsidy.amount'), dataIndex: 'amount', width: 130, align: 'right', render: (v: string) => formatYuan(v) },
          { title: t('subsidy.state'), dataIndex: 'state', width: 100, render: (s: ClaimState, c) => <Tag color={stateColors[s]} title={c.reason ?? undefined}>{t(`subsidy.states.${s}`)}</Tag> },
          { title: t('subsidy.claimedAt'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
          ...(can('staff')
            ? [
                {
                  title: t('common.actions'),
                  width: 150,
                  render: (_: unknown, c: Claim) =>
                    c.state === 'claimed' ? (
                      <Space size={0}>
                        <Button size="small" type="link" loading={approve.busy} onClick={() => void approve.run(c.id)}>
                          {t('subsidy.approve')}
                        </Button>
                        <Button size="small" type="link" danger onClick={() => setRefusing(c)}>
                          {t('subsidy.refuse')}
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {importing ? <ImportDrawer url="/api/patent-subsidies/import" fieldLabel={(key) => t(`import.claimFields.${key}`)} refresh={[['subsidies']]} onClose={() => setImporting(false)} /> : null}
      {refusing ? <RefuseModal claim={refusing} onClose={() => setRefusing(undefined)} /> : null}
      {paying ? (
        <PayModal
          claims={(list.data?.items ?? []).filter((c) => selected.includes(c.id))}
          onClose={(paid) => {
            setPaying(false);
            if (paid) setSelected([]);
          }}
        />
      ) : null}
    </>
  );
}

function RefuseModal({ claim, onClose }: { claim: Claim; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (v: { reason: string }) => api('POST', `/api/patent-subsidies/${claim.id}/decision`, { approve: false, reason: v.reason }),
    refresh: [['subsidies']],
    onDone: onClose,
  });
  return (
    <Modal open title={t('subsidy.refuse')} onCancel={onClose} onOk={() => void run()} confirmLoading={busy} okButtonProps={{ danger: true }} destroyOnHidden>
      <p className="kg-muted">
        {claim.applicationNumber} · {claim.patentTitle}
      </p>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('project.reason')} rules={[{ required: true, message: t('project.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PayModal({ claims, onClose }: { claims: Claim[]; onClose(paid: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (v: { title: string; docNo?: string; paidOn: dayjs.Dayjs }) => api<{ total: string }>('POST', '/api/patent-subsidies/batches', { ...v, paidOn: v.paidOn.format('YYYY-MM-DD'), claimIds: claims.map((c) => c.id) }),
    refresh: [['subsidies']],
    success: (r) => t('subsidy.paid', { count: claims.length, total: formatYuan(r.total) }),
    onDone: () => onClose(true),
  });
  const totalFen = claims.reduce((sum, c) => sum + Math.round(Number(c.amount) * 100), 0);
  return (
    <Modal open title={t('subsidy.payTitle')} onCancel={() => onClose(false)} onOk={() => void run()} confirmLoading={busy} destroyOnHidden>
      <p>{t('subsidy.payLine', { count: claims.length, total: formatYuan((totalFen / 100).toFixed(2)) })}</p>
      <Form form={form} layout="vertical" initialValues={{ paidOn: dayjs(today()), title: t('subsidy.batchDefault', { date: today() }) }}>
        <Form.Item name="title" label={t('subsidy.batchTitle')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="docNo" label={t('subsidy.batchDocNo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={60} />
        </Form.Item>
        {/* Paid is a fact: never a day still to come. */}
        <Form.Item name="paidOn" label={t('funding.paidOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(today()), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Rates({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear());
  const dataYears = useDataYears();
  const [form] = Form.useForm();
  const rates = useQuery({ queryKey: ['subsidy-rates', year], queryFn: () => api<{ items: { type: PatentType; stage: 'filed' | 'granted'; amount: string }[] }>('GET', `/api/patent-subsidies/rates?year=${year}`) });
  const cells = (['invention', 'utility_model', 'design'] as const).flatMap((type) => (['filed', 'granted'] as const).map((stage) => ({ type, stage })));
  const { busy, run } = useFormAction(form, {
    action: (v: Record<string, number | null>) =>
      api('PUT', '/api/patent-subsidies/rates', { year, items: cells.filter((c) => v[`${c.type}.${c.stage}`] != null).map((c) => ({ ...c, amount: String(v[`${c.type}.${c.stage}`]) })) }),
    refresh: [['subsidy-rates']],
  });
  const amountOf = (type: string, stage: string) => rates.data?.items.find((r) => r.type === type && r.stage === stage)?.amount;
  return (
    <>
      <div className="kg-filters">
        <Select value={year} style={{ width: 120 }} onChange={setYear} options={yearOptions([thisYear() + 1, ...dataYears.items.filter((y) => y <= thisYear())])} />
      </div>
      <Form form={form} key={`${year}-${rates.dataUpdatedAt}`} initialValues={Object.fromEntries(cells.map((c) => [`${c.type}.${c.stage}`, amountOf(c.type, c.stage) ? Number(amountOf(c.type, c.stage)) : null]))}>
        <Table
          size="small"
          pagination={false}
          rowKey="type"
          style={{ maxWidth: 640 }}
          dataSource={(['invention', 'utility_model', 'design'] as const).map((type) => ({ type }))}
          columns={[
            { title: t('patent.type'), dataIndex: 'type', render: (v: PatentType) => t(`patent.types.${v}`) },
            ...(['filed', 'granted'] as const).map((stage) => ({
              title: `${t(`subsidy.stages.${stage}`)}（${t('project.yuan')}）`,
              render: (_: unknown, r: { type: PatentType }) =>
                editable ? (
                  <Form.Item name={`${r.type}.${stage}`} style={{ margin: 0 }}>
                    <InputNumber min={0} precision={2} style={{ width: 160 }} aria-label={`${t(`patent.types.${r.type}`)} ${t(`subsidy.stages.${stage}`)}`} />
                  </Form.Item>
                ) : (
                  formatYuan(amountOf(r.type, stage))
                ),
            })),
          ]}
        />
        {editable ? (
          <Button type="primary" style={{ marginTop: 12 }} loading={busy} onClick={() => void run()}>
            {t('common.save')}
          </Button>
        ) : null}
      </Form>
    </>
  );
}

function Batches() {
  const { t, i18n } = useTranslation();
  const batches = useQuery({ queryKey: ['subsidies', 'batches'], queryFn: () => api<{ items: Batch[] }>('GET', '/api/patent-subsidies/batches') });
  return (
    <>
      <div className="kg-filters">
        <Button icon={<DownloadOutlined />} href={`/api/patent-subsidies/batches/export${query({ lang: i18n.language })}`}>
          {t('common.exportXlsx')}
        </Button>
      </div>
      <Table<Batch>
        rowKey="id"
        loading={batches.isLoading}
        dataSource={batches.data?.items}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('subsidy.batchTitle'), dataIndex: 'title' },
          { title: t('project.docNo'), dataIndex: 'docNo', width: 200, render: (v: string | null) => v ?? '—' },
          { title: t('funding.paidOn'), dataIndex: 'paidOn', width: 150, render: formatDate },
          { title: t('subsidy.claimCount'), dataIndex: 'claims', width: 100 },
          { title: t('subsidy.total'), dataIndex: 'total', width: 160, align: 'right', render: (v: string) => formatYuan(v) },
        ]}
      />
    </>
  );
}
