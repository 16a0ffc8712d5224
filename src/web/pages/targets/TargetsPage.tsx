import { useQuery } from '@tanstack/react-query';
import { Card, Progress, Select, Table, Tabs, Tag } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { formatYuan } from '../../lib/money';
import { useSession } from '../../lib/auth';
import { PageTitle } from '../../shell/AppLayout';
import { Assessments } from './Assessments';
import { Cockpit } from './Cockpit';
import { Letters } from './Letters';
import { useTargetYears } from './model';
import { Reports } from './Reports';
import { MyLetters } from './UnitLetter';
import { thisYear, yearOptions } from '../../lib/clock';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

interface Indicator {
  id: number;
  code: string;
  name: string;
  unit: string;
  direction: 'at_least' | 'at_most' | 'within';
  target: { min: number | null; max: number | null; text: string };
  weight: number;
  scoringRule: string | null;
  source: 'metric' | 'manual';
  metric: { key: string; filters: Record<string, string | number> } | null;
  progress: { value: number; ratio: number; status: 'achieved' | 'behind' | 'exceeded' | 'on_track' } | null;
}

const statusColors = { achieved: 'green', exceeded: 'blue', on_track: 'processing', behind: 'orange' } as const;

/**
 * 目标责任制: the cockpit, the indicator system, the responsibility letters, progress reports and
 * assessments of a year — each tab for who works with it; a unit's liaison sees its own letter.
 */
export function TargetsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const years = useTargetYears();
  const [params, setParams] = useSearchParams();
  // The cockpit's year is the current one (when its indicator system is set); else the latest that is.
  const year = Number(params.get('year')) || (years.data?.items.includes(thisYear()) ? thisYear() : years.data?.items[0]) || thisYear();
  const bureau = can('staff', 'leader');
  const tabs = [
    ...(bureau ? [{ key: 'cockpit', label: t('cockpit.tab'), children: <Cockpit year={year} /> }] : [{ key: 'mine', label: t('letter.mine'), children: <MyLetters year={year} /> }]),
    { key: 'system', label: t('target.systemTab'), children: <IndicatorSystem year={year} /> },
    ...(bureau ? [{ key: 'letters', label: t('letter.tab'), children: <Letters year={year} /> }] : []),
    { key: 'reports', label: t('targetReport.tab'), children: <Reports year={year} /> },
    { key: 'assessments', label: t('assessment.tab'), children: <Assessments key={year} year={year} /> },
  ];
  const tab = tabs.some((x) => x.key === params.get('tab')) ? params.get('tab')! : tabs[0]!.key;
  const set = (changes: Record<string, string>) => setParams((p) => ({ ...Object.fromEntries(p), ...changes }), { replace: true });
  return (
    <>
      <PageTitle
        title={t('target.title')}
        extra={
          <Select
            value={year}
            style={{ width: 110 }}
            aria-label={t('target.year')}
            onChange={(y: number) => set({ year: String(y) })}
            // The years with an indicator system, and this year and next to set one up.
            options={yearOptions([...new Set([...(years.data?.items ?? []), thisYear() + 1, thisYear()])].sort((a, b) => b - a), (y) => t('target.yearOf', { year: y }))}
          />
        }
      />
      <Tabs activeKey={tab} onChange={(key) => set({ tab: key })} items={tabs} destroyOnHidden />
    </>
  );
}

/** 指标体系: the year's indicators against their targets, computed from the data, with a chart of completion. */
function IndicatorSystem({ year }: { year: number }) {
  const { t } = useTranslation();
  const system = useQuery({ queryKey: ['targets', year], queryFn: () => api<{ items: Indicator[] }>('GET', `/api/targets/indicators?year=${year}`) });
  const items = system.data?.items ?? [];
  const valueText = (i: Indicator) => (i.progress ? (i.unit === '元' ? formatYuan(i.progress.value.toFixed(2)) : `${i.progress.value.toLocaleString()}${i.unit}`) : '—');
  const charted = items.filter((i) => i.progress);
  const option = {
    grid: { left: 190, right: 40, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10) },
    yAxis: { type: 'category', inverse: true, data: charted.map((i) => i.name), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: charted.map((i) => ({ value: Math.round((i.progress?.ratio ?? 0) * 1000) / 10, itemStyle: { color: i.progress?.status === 'behind' ? '#e6912f' : '#1f8a4c' } })),
        markLine: { silent: true, symbol: 'none', lineStyle: { color: '#c0392b', type: 'dashed' }, data: [{ xAxis: 100 }], label: { formatter: t('target.goal'), position: 'insideEndTop' } },
      },
    ],
  };
  return (
    <>
      <Card title={t('target.completion')} style={{ marginBottom: 16 }} loading={system.isLoading}>
        {charted.length ? <ReactEChartsCore echarts={echarts} option={option} style={{ height: Math.max(240, charted.length * 34) }} notMerge /> : <span className="kg-muted">{t('target.none')}</span>}
      </Card>
      <Table<Indicator>
        rowKey="id"
        loading={system.isLoading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('target.indicator'), dataIndex: 'name' },
          { title: t('target.target'), width: 150, render: (_, i) => i.target.text },
          { title: t('target.current'), width: 170, align: 'right', render: (_, i) => valueText(i) },
          {
            title: t('target.progress'),
            width: 220,
            render: (_, i) => (i.progress ? <Progress percent={Math.round(i.progress.ratio * 1000) / 10} size="small" status={i.progress.status === 'behind' ? 'active' : 'success'} format={(p) => `${p}%`} /> : <span className="kg-muted">{t('target.manual')}</span>),
          },
          { title: t('target.status'), width: 100, render: (_, i) => (i.progress ? <Tag color={statusColors[i.progress.status]}>{t(`target.statuses.${i.progress.status}`)}</Tag> : '—') },
          { title: t('target.weight'), dataIndex: 'weight', width: 70 },
          { title: t('target.source'), width: 150, render: (_, i) => (i.metric ? t(`metric.items.${i.metric.key}.title`) : t('target.manualSource')) },
        ]}
      />
    </>
  );
}
