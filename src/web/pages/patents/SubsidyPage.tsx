import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Statistic, Tabs, Tag } from 'antd';
import { Table } from '../../lib/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, query } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { DownloadButton } from '../../lib/DownloadButton';
import { useNotify } from '../../lib/notify';
import { useFormAction } from '../../lib/form-action';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatTotal, formatYuan } from '../../lib/money';
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
  state: 'publicity' | 'paid';
  docNo: string | null;
  paidOn: string | null;
  total: string;
  claims: number;
  publicity: { id: number; state: string; startsOn: string | null; endsOn: string | null } | null;
  pendingApproval: { id: number; dueOn: string | null; payload: { docNo: string; paidOn: string } } | null;
}
const stateColors: Record<ClaimState, string> = {
  claimed: 'processing',
  approved: 'blue',
  refused: 'red',
  paid: 'green',
};

/** 专利资助: claims to decide and pay, the year's rates, and the payment batches. */
export function SubsidyPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageTitle title={t('subsidy.title')} />
      <Tabs
        activeKey={params.get('tab') ?? 'claims'}
        onChange={(tab) => setParams({ tab }, { replace: true })}
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
        <Select
          allowClear
          placeholder={t('subsidy.state')}
          aria-label={t('subsidy.state')}
          style={{ width: 130 }}
          value={filters.state}
          onChange={(state?: ClaimState) => set({ state })}
          options={(['claimed', 'approved', 'refused', 'paid'] as const).map((s) => ({
            value: s,
            label: t(`subsidy.states.${s}`),
          }))}
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
        <Button
          icon={<DownloadOutlined />}
          href={`/api/patent-subsidies/export${query({ ...filters, lang: i18n.language })}`}
        >
          {t('common.exportXlsx')}
        </Button>
        {can('staff') ? (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('subsidy.importLedger')}
          </Button>
        ) : null}
        {can('staff') && filters.state === 'approved' ? (
          <Button type="primary" disabled={!selected.length} onClick={() => setPaying(true)}>
            {t('subsidy.list', { count: selected.length })}
          </Button>
        ) : null}
        <Statistic
          value={formatTotal(data?.amount)}
          prefix={`${t('subsidy.sum')}：`}
          styles={{ content: { fontSize: 16 } }}
        />
      </div>
      <Table<Claim>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        // Sized to fit 1366 px beside the menu; the type (in the number's eighth digit) and the claim's time
        // join on wide screens.
        scroll={{ x: 1010 }}
        // Only approved claims not yet on a list can be listed for publicity.
        rowSelection={
          can('staff') && filters.state === 'approved'
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as number[]),
                getCheckboxProps: (c) => ({ disabled: c.batchId !== null }),
              }
            : undefined
        }
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          { title: t('patent.applicationNumber'), dataIndex: 'applicationNumber', width: 150 },
          { title: t('patent.title'), dataIndex: 'patentTitle', width: 220, ellipsis: true },
          {
            title: t('patent.type'),
            dataIndex: 'patentType',
            width: 90,
            responsive: ['xxl'],
            render: (v: PatentType) => t(`patent.types.${v}`),
          },
          {
            title: t('subsidy.stage'),
            dataIndex: 'stage',
            width: 80,
            render: (v: Claim['stage']) => t(`subsidy.stages.${v}`),
          },
          { title: t('subsidy.org'), dataIndex: 'orgName', width: 200, ellipsis: true },
          {
            title: t('subsidy.amount'),
            dataIndex: 'amount',
            width: 110,
            align: 'right',
            render: (v: string) => formatYuan(v),
          },
          {
            title: t('subsidy.state'),
            dataIndex: 'state',
            width: 100,
            render: (s: ClaimState, c) => (
              <Tag color={stateColors[s]} title={c.reason ?? undefined}>
                {s === 'approved' && c.batchId !== null ? t('subsidy.listed') : t(`subsidy.states.${s}`)}
              </Tag>
            ),
          },
          {
            title: t('subsidy.claimedAt'),
            dataIndex: 'createdAt',
            width: 170,
            responsive: ['xxl'],
            render: formatDateTime,
          },
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
      {importing ? (
        <ImportDrawer
          url="/api/patent-subsidies/import"
          what={t('menu.subsidies')}
          fieldLabel={(key) => t(`import.claimFields.${key}`)}
          refresh={[['subsidies']]}
          onClose={() => setImporting(false)}
        />
      ) : null}
      {refusing ? <RefuseModal claim={refusing} onClose={() => setRefusing(undefined)} /> : null}
      {paying ? (
        <ListModal
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
    action: (v: { reason: string }) =>
      api('POST', `/api/patent-subsidies/${claim.id}/decision`, { approve: false, reason: v.reason }),
    refresh: [['subsidies']],
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={t('subsidy.refuse')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <p className="kg-muted">
        {claim.applicationNumber} · {claim.patentTitle}
      </p>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('project.reason')}
          rules={[{ required: true, message: t('project.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 拟资助名单: the selected approved claims listed together, to be publicised before anything is paid. */
function ListModal({ claims, onClose }: { claims: Claim[]; onClose(listed: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (v: { title: string }) =>
      api<{ total: string }>('POST', '/api/patent-subsidies/batches', { ...v, claimIds: claims.map((c) => c.id) }),
    refresh: [['subsidies']],
    success: (r) => t('subsidy.listed_done', { count: claims.length, total: formatYuan(r.total) }),
    onDone: () => onClose(true),
  });
  const totalFen = claims.reduce((sum, c) => sum + Math.round(Number(c.amount) * 100), 0);
  return (
    <Modal
      open
      title={t('subsidy.listTitle')}
      onCancel={() => onClose(false)}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p>{t('subsidy.payLine', { count: claims.length, total: formatYuan((totalFen / 100).toFixed(2)) })}</p>
      <p className="kg-muted">{t('subsidy.listHelp')}</p>
      <Form form={form} layout="vertical" initialValues={{ title: t('subsidy.batchDefault', { year: thisYear() }) }}>
        <Form.Item
          name="title"
          label={t('subsidy.batchTitle')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={100} />
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
  const rates = useQuery({
    queryKey: ['subsidy-rates', year],
    queryFn: () =>
      api<{
        items: { type: PatentType; stage: 'filed' | 'granted'; amount: string }[];
        claimWindowMonths: number;
        sectionCode: string | null;
      }>('GET', `/api/patent-subsidies/rates?year=${year}`),
  });
  const sections = useQuery({
    queryKey: ['sections'],
    queryFn: () =>
      api<{ items: { code: string; name: string }[] } | { code: string; name: string }[]>('GET', '/api/sections'),
  });
  const sectionList = Array.isArray(sections.data) ? sections.data : (sections.data?.items ?? []);
  const cells = (['invention', 'utility_model', 'design'] as const).flatMap((type) =>
    (['filed', 'granted'] as const).map((stage) => ({ type, stage })),
  );
  const { busy, run } = useFormAction(form, {
    action: (v: Record<string, number | string | null>) =>
      api('PUT', '/api/patent-subsidies/rates', {
        year,
        items: cells
          .filter((c) => v[`${c.type}.${c.stage}`] != null)
          .map((c) => ({ ...c, amount: String(v[`${c.type}.${c.stage}`]) })),
        claimWindowMonths: v.claimWindowMonths ?? undefined,
        sectionCode: v.sectionCode ?? null,
      }),
    refresh: [['subsidy-rates']],
  });
  const amountOf = (type: string, stage: string) =>
    rates.data?.items.find((r) => r.type === type && r.stage === stage)?.amount;
  return (
    <>
      <div className="kg-filters">
        <Select
          value={year}
          aria-label={t('hall.year')}
          style={{ width: 120 }}
          onChange={setYear}
          options={yearOptions([thisYear() + 1, ...dataYears.items.filter((y) => y <= thisYear())])}
        />
      </div>
      <Form
        form={form}
        key={`${year}-${rates.dataUpdatedAt}`}
        initialValues={{
          ...Object.fromEntries(
            cells.map((c) => [
              `${c.type}.${c.stage}`,
              amountOf(c.type, c.stage) ? Number(amountOf(c.type, c.stage)) : null,
            ]),
          ),
          claimWindowMonths: rates.data?.claimWindowMonths ?? 12,
          sectionCode: rates.data?.sectionCode ?? undefined,
        }}
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Form.Item name="claimWindowMonths" label={t('subsidy.claimWindow')} style={{ margin: 0 }}>
            <InputNumber min={1} max={60} suffix={t('subsidy.months')} disabled={!editable} />
          </Form.Item>
          <Form.Item name="sectionCode" label={t('subsidy.section')} style={{ margin: 0 }}>
            <Select
              allowClear
              style={{ width: 200 }}
              disabled={!editable}
              options={sectionList.map((x) => ({ value: x.code, label: x.name }))}
            />
          </Form.Item>
        </Space>
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
                    <InputNumber
                      min={0}
                      precision={2}
                      style={{ width: 160 }}
                      aria-label={`${t(`patent.types.${r.type}`)} ${t(`subsidy.stages.${stage}`)}`}
                    />
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

/**
 * 资助批次: each list with its 公示 and the payment after it — make the publicity, take a claim off when an
 * objection is upheld, put the payment up for the director once the period is over, and hand the finance
 * office its payment file.
 */
function Batches() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const batches = useQuery({
    queryKey: ['subsidies', 'batches'],
    queryFn: () => api<{ items: Batch[] }>('GET', '/api/patent-subsidies/batches'),
  });
  const [paying, setPaying] = useState<Batch>();
  const [excluding, setExcluding] = useState<Batch>();
  const publicise = async (b: Batch) => {
    try {
      const item = await api<{ id: number }>('POST', '/api/portal/publicity/from-source', {
        kind: 'subsidy-batch',
        id: b.id,
      });
      await navigate(`/portal/items/${item.id}`);
    } catch (error) {
      notify.error(error);
    }
  };
  const publicityText = (b: Batch) => {
    if (!b.publicity) return <Tag>{t('subsidy.noPublicity')}</Tag>;
    const period = `${formatDate(b.publicity.startsOn)}—${formatDate(b.publicity.endsOn)}`;
    if (b.publicity.state !== 'published')
      return <Tag color="gold">{`${t('subsidy.publicityDraft')} · ${period}`}</Tag>;
    return b.publicity.endsOn && b.publicity.endsOn < today() ? (
      <Tag color="green">{`${t('subsidy.publicityOver')} · ${period}`}</Tag>
    ) : (
      <Tag color="processing">{`${t('subsidy.publicityRunning')} · ${period}`}</Tag>
    );
  };
  return (
    <>
      <div className="kg-filters">
        <Button
          icon={<DownloadOutlined />}
          href={`/api/patent-subsidies/batches/export${query({ lang: i18n.language })}`}
        >
          {t('common.exportXlsx')}
        </Button>
        <span className="kg-muted">{t('subsidy.orderHelp')}</span>
      </div>
      <Table<Batch>
        rowKey="id"
        loading={batches.isLoading}
        dataSource={batches.data?.items}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 1480 }}
        columns={[
          { title: t('subsidy.batchTitle'), dataIndex: 'title', width: 230, fixed: 'left' },
          {
            title: t('subsidy.state'),
            width: 100,
            render: (_, b) =>
              b.state === 'paid' ? (
                <Tag color="green">{t('subsidy.states.paid')}</Tag>
              ) : b.pendingApproval ? (
                <Tag color="gold">{t('approval.statuses.pending')}</Tag>
              ) : (
                <Tag color="processing">{t('subsidy.batchStates.publicity')}</Tag>
              ),
          },
          {
            title: t('subsidy.publicity'),
            width: 290,
            render: (_, b) => (b.state === 'paid' ? '—' : publicityText(b)),
          },
          { title: t('subsidy.batchDocNo'), dataIndex: 'docNo', width: 180, render: (v: string | null) => v ?? '—' },
          { title: t('funding.paidOn'), dataIndex: 'paidOn', width: 140, render: formatDate },
          { title: t('subsidy.claimCount'), dataIndex: 'claims', width: 80, align: 'right' },
          {
            title: t('subsidy.total'),
            dataIndex: 'total',
            width: 140,
            align: 'right',
            render: (v: string) => formatYuan(v),
          },
          {
            title: t('common.actions'),
            width: 250,
            render: (_, b) => (
              <Space size={0} wrap>
                {can('staff') && b.state === 'publicity' && !b.publicity ? (
                  <Button size="small" type="link" onClick={() => void publicise(b)}>
                    {t('subsidy.makePublicity')}
                  </Button>
                ) : null}
                {can('staff') && b.state === 'publicity' && b.publicity ? (
                  <Button size="small" type="link" onClick={() => void navigate(`/portal/items/${b.publicity!.id}`)}>
                    {t('subsidy.viewPublicity')}
                  </Button>
                ) : null}
                {can('staff') && b.state === 'publicity' && !b.pendingApproval ? (
                  <>
                    <Button size="small" type="link" onClick={() => setPaying(b)}>
                      {t('subsidy.requestPayment')}
                    </Button>
                    <Button size="small" type="link" danger onClick={() => setExcluding(b)}>
                      {t('subsidy.exclude')}
                    </Button>
                  </>
                ) : null}
                <DownloadButton
                  size="small"
                  type="link"
                  icon={<DownloadOutlined />}
                  href={`/api/patent-subsidies/batches/${b.id}/payment.xlsx`}
                >
                  {t('subsidy.paymentFile')}
                </DownloadButton>
              </Space>
            ),
          },
        ]}
      />
      {paying ? <PaymentModal batch={paying} onClose={() => setPaying(undefined)} /> : null}
      {excluding ? <ExcludeModal batch={excluding} onClose={() => setExcluding(undefined)} /> : null}
    </>
  );
}

/** 报请拨付: the payment's document and day, put up for the director once the publicity is over. */
function PaymentModal({ batch, onClose }: { batch: Batch; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (v: { docNo: string; paidOn: dayjs.Dayjs }) =>
      api('POST', `/api/patent-subsidies/batches/${batch.id}/payment`, {
        docNo: v.docNo,
        paidOn: v.paidOn.format('YYYY-MM-DD'),
      }),
    refresh: [['subsidies'], ['approvals']],
    success: () => t('approval.putUp'),
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={t('subsidy.requestPayment')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p>{t('subsidy.payLine', { count: batch.claims, total: formatYuan(batch.total) })}</p>
      <Form form={form} layout="vertical" initialValues={{ paidOn: dayjs(today()) }}>
        <Form.Item
          name="docNo"
          label={t('subsidy.batchDocNo')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        {/* Paid is a fact: never a day still to come, nor inside the publicity period. */}
        <Form.Item
          name="paidOn"
          label={t('funding.paidOn')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker
            disabledDate={(d) =>
              d.isAfter(dayjs(today()), 'day') ||
              (batch.publicity?.endsOn ? !d.isAfter(dayjs(batch.publicity.endsOn), 'day') : false)
            }
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 异议成立: a claim taken off a list not yet paid, with the reason. */
function ExcludeModal({ batch, onClose }: { batch: Batch; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const claims = useQuery({
    queryKey: ['subsidies', 'batch-claims', batch.id],
    queryFn: () => api<{ items: Claim[] }>('GET', `/api/patent-subsidies?batchId=${batch.id}&pageSize=500`),
  });
  const { busy, run } = useFormAction(form, {
    action: (v: { claimId: number; reason: string }) =>
      api('POST', `/api/patent-subsidies/batches/${batch.id}/exclude`, v),
    refresh: [['subsidies']],
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={t('subsidy.exclude')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="claimId"
          label={t('subsidy.claims')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            loading={claims.isLoading}
            showSearch
            optionFilterProp="label"
            options={(claims.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.applicationNumber} ${c.orgName} ${formatYuan(c.amount)}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('project.reason')}
          rules={[{ required: true, min: 2, message: t('project.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
