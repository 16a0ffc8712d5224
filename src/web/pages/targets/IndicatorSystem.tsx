import { CopyOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Progress,
  Select,
  Space,
  Tag,
} from 'antd';
import { Table } from '../../lib/table';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useDialogForm } from '../../lib/dialog-form';
import { useSession } from '../../lib/auth';
import { answer, apiClient, type ResponseOf } from '../../lib/client';
import { figureText, formatYuan } from '../../lib/money';
import { useNotify } from '../../lib/notify';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

type System = ResponseOf<'/api/targets/indicators'>;
type Indicator = System['items'][number];
type Direction = Indicator['direction'];

const statusColors = { achieved: 'green', exceeded: 'blue', on_track: 'processing', behind: 'orange' } as const;

/**
 * 指标体系: the year's indicators against their targets, computed from the data, with a chart of completion.
 * Staff set it up here — each indicator, its weight and the caps on bonus and deductions — or start a new
 * year as a copy of an earlier one (沿用上年) and adjust it.
 */
export function IndicatorSystem({ year }: { year: number }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const client = useQueryClient();
  const system = useQuery({
    queryKey: ['targets', year],
    queryFn: () => apiClient.GET('/api/targets/indicators', { params: { query: { year } } }).then(answer),
  });
  const [editing, setEditing] = useState<Indicator | 'new'>();
  const [capsOpen, setCapsOpen] = useState(false);
  const [copying, setCopying] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: ['targets'] });
  const staff = can('staff');
  const items = system.data?.items ?? [];
  const remove = async (id: number) => {
    try {
      await api('DELETE', `/api/targets/indicators/${id}`);
      await refresh();
    } catch (error) {
      notify.error(error);
    }
  };
  const valueText = (i: Indicator) =>
    i.progress
      ? i.unit === '元'
        ? formatYuan(i.progress.value.toFixed(2))
        : figureText(i.progress.value, i.unit)
      : '—';
  const charted = items.filter((i) => i.progress);
  const option = {
    grid: { left: 190, right: 40, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: '{value}%' },
      max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: charted.map((i) => i.name),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: charted.map((i) => ({
          value: Math.round((i.progress?.ratio ?? 0) * 1000) / 10,
          itemStyle: { color: i.progress?.status === 'behind' ? '#e6912f' : '#1f8a4c' },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#c0392b', type: 'dashed' },
          data: [{ xAxis: 100 }],
          label: { formatter: t('target.goal'), position: 'insideEndTop' },
        },
      },
    ],
  };
  const empty = !system.isLoading && !items.length;
  return (
    <>
      {staff || !empty ? (
        <Card
          title={t('target.setup', { year })}
          style={{ marginBottom: 16 }}
          loading={system.isLoading}
          extra={
            staff ? (
              <Space wrap>
                {empty ? (
                  <Button icon={<CopyOutlined />} onClick={() => setCopying(true)}>
                    {t('target.copyForward')}
                  </Button>
                ) : null}
                <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                  {t('target.add')}
                </Button>
                <Button onClick={() => setCapsOpen(true)}>{t('target.caps')}</Button>
              </Space>
            ) : null
          }
        >
          {empty ? (
            <Empty description={t('target.none')} />
          ) : (
            <Space wrap>
              <Tag color={system.data?.weightTotal === 100 ? 'green' : 'orange'}>
                {t('target.weightTotal', { total: system.data?.weightTotal })}
              </Tag>
              <span className="kg-muted">{t('assessment.caps', system.data?.caps)}</span>
              {system.data?.weightTotal !== 100 ? (
                <Alert type="warning" showIcon message={t('target.weightWarning')} />
              ) : null}
            </Space>
          )}
        </Card>
      ) : null}
      {charted.length ? (
        <Card title={t('target.completion')} style={{ marginBottom: 16 }}>
          <ReactEChartsCore
            echarts={echarts}
            option={option}
            style={{ height: Math.max(240, charted.length * 34) }}
            notMerge
          />
        </Card>
      ) : null}
      {items.length ? (
        <Table<Indicator>
          rowKey="id"
          loading={system.isLoading}
          dataSource={items}
          pagination={false}
          scroll={{ x: 1100 }}
          columns={[
            { title: t('target.indicator'), dataIndex: 'name' },
            { title: t('target.target'), width: 150, render: (_, i) => i.target.text },
            { title: t('target.current'), width: 170, align: 'right', render: (_, i) => valueText(i) },
            {
              title: t('target.progress'),
              width: 200,
              render: (_, i) =>
                i.progress ? (
                  <Progress
                    percent={Math.round(i.progress.ratio * 1000) / 10}
                    size="small"
                    status={i.progress.status === 'behind' ? 'active' : 'success'}
                    format={(p) => `${p}%`}
                  />
                ) : (
                  <span className="kg-muted">{t('target.manual')}</span>
                ),
            },
            {
              title: t('target.status'),
              width: 100,
              render: (_, i) =>
                i.progress ? (
                  <Tag color={statusColors[i.progress.status]}>{t(`target.statuses.${i.progress.status}`)}</Tag>
                ) : (
                  '—'
                ),
            },
            { title: t('target.weight'), dataIndex: 'weight', width: 70 },
            {
              title: t('target.source'),
              width: 150,
              render: (_, i) => (i.metric ? t(`metric.items.${i.metric.key}.title`) : t('target.manualSource')),
            },
            ...(staff
              ? [
                  {
                    title: t('common.actions'),
                    width: 110,
                    fixed: 'right' as const,
                    render: (_: unknown, i: Indicator) => (
                      <Space size={0}>
                        <Button
                          type="link"
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={`${t('common.edit')} ${i.name}`}
                          onClick={() => setEditing(i)}
                        />
                        <Popconfirm
                          title={t('target.confirmRemove', { name: i.name })}
                          onConfirm={() => void remove(i.id)}
                        >
                          <Button
                            type="link"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`${t('common.remove')} ${i.name}`}
                          />
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      {editing ? (
        <IndicatorModal
          year={year}
          indicator={editing === 'new' ? undefined : editing}
          next={items.length}
          onClose={() => setEditing(undefined)}
          onSaved={refresh}
        />
      ) : null}
      {capsOpen && system.data ? (
        <CapsModal system={system.data} onClose={() => setCapsOpen(false)} onSaved={refresh} />
      ) : null}
      {copying ? <CopyModal year={year} onClose={() => setCopying(false)} onSaved={refresh} /> : null}
    </>
  );
}

interface IndicatorForm {
  code: string;
  name: string;
  unit: string;
  direction: Direction;
  targetMin?: number | null;
  targetMax?: number | null;
  weight: number;
  scoringRule?: string;
  source: 'metric' | 'manual';
  metricKey?: string;
  /** The metric's own filters (level, category, kind …); a unit's jurisdiction or section is added per letter. */
  filters?: Record<string, string | undefined>;
  sortOrder: number;
}

/** Filters a letter sets for each unit, or the year sets: not the indicator's to fix. */
const unitParams = new Set(['year', 'from', 'to', 'jurisdiction', 'org', 'section']);

function IndicatorModal({
  year,
  indicator,
  next,
  onClose,
  onSaved,
}: {
  year: number;
  indicator?: Indicator;
  next: number;
  onClose(): void;
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const metrics = useQuery({
    queryKey: ['metrics'],
    queryFn: () =>
      api<{ items: { key: string; title: string; unit: string; params: string[] }[] }>('GET', '/api/metrics'),
  });
  const { form, error, submit } = useDialogForm<IndicatorForm>(async (values) => {
    const { filters, ...rest } = values;
    const metricFilters =
      values.source === 'metric'
        ? Object.fromEntries(
            Object.entries(filters ?? {})
              .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
              .map(([k, v]) => [k, v.trim()]),
          )
        : {};
    const body = {
      ...rest,
      year,
      targetMin: values.targetMin ?? null,
      targetMax: values.targetMax ?? null,
      metricKey: values.source === 'metric' ? values.metricKey : null,
      metricFilters,
    };
    if (indicator) await api('PUT', `/api/targets/indicators/${indicator.id}`, { ...body, version: indicator.version });
    else await api('POST', '/api/targets/indicators', body);
    await onSaved();
  }, onClose);
  const direction = Form.useWatch('direction', form);
  const source = Form.useWatch('source', form);
  const metricKey = Form.useWatch('metricKey', form) as string | undefined;
  const metricParams = (metrics.data?.items.find((m) => m.key === metricKey)?.params ?? []).filter(
    (p) => !unitParams.has(p),
  );
  const initial: Partial<IndicatorForm> = indicator
    ? {
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        targetMin: indicator.target.min,
        targetMax: indicator.target.max,
        weight: indicator.weight,
        scoringRule: indicator.scoringRule ?? undefined,
        source: indicator.source,
        metricKey: indicator.metric?.key,
        filters: Object.fromEntries(Object.entries(indicator.metric?.filters ?? {}).map(([k, v]) => [k, String(v)])),
        sortOrder: indicator.sortOrder,
      }
    : { direction: 'at_least', source: 'manual', weight: 0, sortOrder: next * 10 };
  return (
    <Modal
      open
      width={640}
      title={indicator ? t('target.editIndicator') : t('target.add')}
      onCancel={onClose}
      onOk={() => void submit()}
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item
          name="name"
          label={t('target.indicator')}
          rules={[{ required: true, min: 2, message: t('common.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="code"
            label={t('target.code')}
            extra={t('target.codeHelp')}
            rules={[{ required: true, pattern: /^[a-z0-9_.-]{1,40}$/i, message: t('target.codeHelp') }]}
          >
            <Input maxLength={40} disabled={!!indicator} />
          </Form.Item>
          <Form.Item name="unit" label={t('target.unit')} rules={[{ required: true, message: t('common.required') }]}>
            <Input maxLength={10} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="weight" label={t('target.weight')}>
            <InputNumber min={0} max={100} precision={2} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="direction" label={t('target.direction')}>
            <Select
              style={{ width: 180 }}
              options={(['at_least', 'within', 'at_most'] as const).map((d) => ({
                value: d,
                label: t(`target.directions.${d}`),
              }))}
            />
          </Form.Item>
          {direction !== 'at_most' ? (
            <Form.Item
              name="targetMin"
              label={direction === 'within' ? t('target.lower') : t('target.target')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={0} precision={2} />
            </Form.Item>
          ) : null}
          {direction !== 'at_least' ? (
            <Form.Item
              name="targetMax"
              label={direction === 'within' ? t('target.upper') : t('target.ceiling')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={0} precision={2} />
            </Form.Item>
          ) : null}
        </Space>
        <Space wrap>
          <Form.Item name="source" label={t('target.source')}>
            <Select
              style={{ width: 160 }}
              options={(['metric', 'manual'] as const).map((s) => ({ value: s, label: t(`target.sources.${s}`) }))}
            />
          </Form.Item>
          {source === 'metric' ? (
            <Form.Item
              name="metricKey"
              label={t('target.metric')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                style={{ width: 300 }}
                showSearch
                optionFilterProp="label"
                loading={metrics.isLoading}
                options={(metrics.data?.items ?? []).map((m) => ({ value: m.key, label: m.title }))}
              />
            </Form.Item>
          ) : null}
        </Space>
        {source === 'metric' && metricParams.length ? (
          <Space wrap>
            {metricParams.map((p) => {
              // Levels and plan categories are chosen by name; other filters are written as the metric takes them.
              const words = p === 'level' ? 'programLevel' : p === 'category' ? 'programCategory' : null;
              const choices = words ? Object.keys(t(words, { returnObjects: true }) as Record<string, string>) : [];
              return (
                <Form.Item
                  key={p}
                  name={['filters', p]}
                  label={t(`metric.params.${p}`)}
                  extra={
                    p === metricParams.find((x) => x !== 'level' && x !== 'category')
                      ? t('target.filterHelp')
                      : undefined
                  }
                  getValueProps={words ? (v?: string) => ({ value: v ? v.split(',') : [] }) : undefined}
                  normalize={words ? (v?: string[]) => (v?.length ? v.join(',') : undefined) : undefined}
                >
                  {words ? (
                    <Select
                      mode="multiple"
                      allowClear
                      style={{ width: 260 }}
                      options={choices.map((c) => ({ value: c, label: t(`${words}.${c}`) }))}
                    />
                  ) : (
                    <Input maxLength={120} style={{ width: 180 }} />
                  )}
                </Form.Item>
              );
            })}
          </Space>
        ) : null}
        <Form.Item name="scoringRule" label={t('target.scoringRule')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('target.sortOrder')}>
          <InputNumber min={0} max={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CapsModal({ system, onClose, onSaved }: { system: System; onClose(): void; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const { form, error, submit } = useDialogForm<{ bonusCap: number; deductionCap: number }>(async (values) => {
    await api('PUT', `/api/targets/systems/${system.year}`, values);
    await onSaved();
  }, onClose);
  return (
    <Modal open title={t('target.caps')} onCancel={onClose} onOk={() => void submit()}>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ bonusCap: system.caps.bonus, deductionCap: system.caps.deduction }}
      >
        <Form.Item
          name="bonusCap"
          label={t('target.bonusCap')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={50} precision={2} suffix={t('target.points')} />
        </Form.Item>
        <Form.Item
          name="deductionCap"
          label={t('target.deductionCap')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={100} precision={2} suffix={t('target.points')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CopyModal({ year, onClose, onSaved }: { year: number; onClose(): void; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const years = useQuery({
    queryKey: ['targets', 'years'],
    queryFn: () => api<{ items: number[] }>('GET', '/api/targets/years'),
  });
  const earlier = (years.data?.items ?? []).filter((y) => y !== year);
  const { form, error, submit } = useDialogForm<{ fromYear: number }>(async (values) => {
    const { copied } = await api<{ copied: number }>('POST', `/api/targets/systems/${year}/copy`, values);
    notify.success(t('target.copied', { count: copied, from: values.fromYear }));
    await onSaved();
  }, onClose);
  return (
    <Modal open title={t('target.copyForward')} onCancel={onClose} onOk={() => void submit()}>
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <p className="kg-muted">{t('target.copyHelp', { year })}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ fromYear: earlier.includes(year - 1) ? year - 1 : earlier[0] }}
        key={earlier.join()}
      >
        <Form.Item
          name="fromYear"
          label={t('target.copyFrom')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select options={earlier.map((y) => ({ value: y, label: t('target.yearOf', { year: y }) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
