import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Select, Space, Statistic, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useJurisdictions, useLocalName } from '../../lib/dictionaries';
import { formatDate } from '../../lib/format';
import { formatYuan, unitText } from '../../lib/money';
import { PageTitle } from '../../shell/AppLayout';
import { thisYear, useDataYears, yearOptions } from '../../lib/clock';

interface Metric {
  key: string;
  title: string;
  definition: string;
  unit: string;
  kind: 'count' | 'sum';
  params: string[];
}

/** 指标口径: every metric with its definition, and for each the figure and the rows behind it. */
export function MetricsPage() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Metric>();
  const catalogue = useQuery({
    queryKey: ['metrics', 'catalogue'],
    queryFn: () => api<{ items: Metric[] }>('GET', '/api/metrics'),
  });
  return (
    <>
      <PageTitle title={t('metric.catalogue')} />
      <Table<Metric>
        rowKey="key"
        loading={catalogue.isLoading}
        dataSource={catalogue.data?.items}
        pagination={false}
        columns={[
          {
            title: t('metric.catalogue'),
            dataIndex: 'title',
            width: 180,
            render: (title: string, m) => <span title={m.key}>{title}</span>,
          },
          { title: t('metric.definition'), dataIndex: 'definition' },
          { title: t('metric.unit'), dataIndex: 'unit', width: 70, render: (unit: string) => unitText(unit) },
          {
            title: t('metric.kind'),
            dataIndex: 'kind',
            width: 80,
            render: (k: Metric['kind']) => t(`metric.kinds.${k}`),
          },
          {
            title: t('metric.filters'),
            dataIndex: 'params',
            width: 320,
            render: (params: string[]) => params.map((p) => <Tag key={p}>{t(`metric.params.${p}`)}</Tag>),
          },
          {
            title: t('common.actions'),
            width: 110,
            render: (_, m) => (
              <Button type="link" size="small" onClick={() => setOpen(m)}>
                {t('metric.explore')}
              </Button>
            ),
          },
        ]}
      />
      {open ? <MetricDrawer metric={open} onClose={() => setOpen(undefined)} /> : null}
    </>
  );
}

/** The rows behind a figure elsewhere (a target's bar, a unit's line): the metric under that figure's own filters. */
export function MetricDrillDown(o: {
  metricKey: string;
  fixed: Record<string, string | number>;
  year: number;
  through?: number;
  title?: string;
  onClose(): void;
}) {
  const catalogue = useQuery({ queryKey: ['metrics'], queryFn: () => api<{ items: Metric[] }>('GET', '/api/metrics') });
  const metric = catalogue.data?.items.find((m) => m.key === o.metricKey);
  if (!metric) return null;
  // Up to the end of the month the figures stand at.
  const period: Record<string, string> =
    o.through && o.through < 12 ? { to: new Date(Date.UTC(o.year, o.through, 0)).toISOString().slice(0, 10) } : {};
  return (
    <MetricDrawer
      metric={{ ...metric, title: o.title ?? metric.title }}
      fixed={{ ...o.fixed, ...period }}
      initialYear={o.year}
      onClose={o.onClose}
    />
  );
}

function MetricDrawer({
  metric,
  onClose,
  fixed = {},
  initialYear,
}: {
  metric: Metric;
  onClose(): void;
  fixed?: Record<string, string | number>;
  initialYear?: number;
}) {
  const { t } = useTranslation();
  const dataYears = useDataYears();
  const { can } = useSession();
  const jurisdictions = useJurisdictions(true);
  const localName = useLocalName();
  // Opened from the catalogue, a figure is this year's so far.
  const [year, setYear] = useState<number | undefined>(initialYear ?? thisYear());
  const [jurisdiction, setJurisdiction] = useState<string>();
  const [page, setPage] = useState(1);
  const canPickJurisdiction = metric.params.includes('jurisdiction') && !('jurisdiction' in fixed);
  const filters = { ...fixed, year, jurisdiction: canPickJurisdiction ? jurisdiction : fixed.jurisdiction };
  const value = useQuery({
    queryKey: ['metrics', metric.key, filters],
    queryFn: () => api<{ value: number; exact?: string }>('GET', `/api/metrics/${metric.key}${query(filters)}`),
  });
  const rows = useQuery({
    queryKey: ['metrics', metric.key, 'rows', filters, page],
    queryFn: () =>
      api<{ items: Record<string, unknown>[]; total: number }>(
        'GET',
        `/api/metrics/${metric.key}/rows${query({ ...filters, page, pageSize: 20 })}`,
      ),
  });
  const keys = Object.keys(rows.data?.items[0] ?? {}).filter((k) => k !== 'id');
  const cell = (k: string, v: unknown) => {
    if (v === null || v === undefined) return '—';
    if (k === 'amount' || k === 'approvedFunding') return formatYuan(v as string);
    if (/On$/.test(k)) return formatDate(v as string);
    if (typeof v === 'boolean') return v ? '✓' : '—';
    // Codes in the reader's words: the first vocabulary that knows the code.
    const vocabularies: Record<string, string[]> = {
      level: ['programLevel'],
      sourceLevel: ['programLevel'],
      category: ['programCategory'],
      state: ['projectState', 'subsidy.states'],
      type: ['patent.types'],
      stage: ['subsidy.stages'],
      kind: ['registry.platforms.options.kind', 'registry.qualifications.options.kind', 'registry.funds.options.kind'],
    };
    for (const vocabulary of vocabularies[k] ?? []) {
      const word = t(`${vocabulary}.${String(v)}`, { defaultValue: '' });
      if (word) return word;
    }
    return String(v);
  };
  return (
    <Drawer open size="large" title={metric.title} onClose={onClose} destroyOnHidden>
      <p className="kg-muted">{metric.definition}</p>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('metric.params.year')}
          style={{ width: 110 }}
          value={year}
          onChange={(y?: number) => {
            setYear(y);
            setPage(1);
          }}
          options={yearOptions(dataYears.items)}
        />
        {canPickJurisdiction && !can('liaison') ? (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('metric.params.jurisdiction')}
            style={{ width: 180 }}
            value={jurisdiction}
            onChange={(j?: string) => {
              setJurisdiction(j);
              setPage(1);
            }}
            options={(jurisdictions.data ?? []).map((j) => ({ value: j.code, label: localName(j) }))}
          />
        ) : null}
      </Space>
      <Statistic
        loading={value.isLoading}
        title={t('metric.value')}
        value={metric.kind === 'sum' ? formatYuan(value.data?.exact) : (value.data?.value ?? 0)}
        suffix={metric.kind === 'count' ? unitText(metric.unit) : undefined}
        style={{ marginBottom: 16 }}
      />
      <Table
        size="small"
        rowKey={(r) => String(r.id)}
        loading={rows.isFetching}
        dataSource={rows.data?.items}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: rows.data?.total,
          onChange: setPage,
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={keys.map((k) => ({
          key: k,
          title: t(`metric.columns.${k}`, { defaultValue: k }),
          ellipsis: true,
          render: (_: unknown, r: Record<string, unknown>) => cell(k, r[k]),
        }))}
      />
    </Drawer>
  );
}
