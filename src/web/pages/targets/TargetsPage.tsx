import { useQuery } from '@tanstack/react-query';
import { Card, Progress, Select, Table, Tag } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { formatYuan } from '../../lib/money';
import { PageTitle } from '../../shell/AppLayout';

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

/** 目标任务: the year's indicators against their targets, computed from the data, with a chart of completion. */
export function TargetsPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(2009);
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
      <PageTitle
        title={t('target.title')}
        extra={<Select value={year} style={{ width: 110 }} onChange={setYear} options={Array.from({ length: 20 }, (_, i) => new Date().getFullYear() + 1 - i).map((y) => ({ value: y, label: y }))} />}
      />
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
