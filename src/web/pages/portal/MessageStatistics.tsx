import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { type KindFigures, messageKinds, messagesKey } from './model';
import { answer, apiClient } from '../../lib/client';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const parts = [
  { key: 'onTime', color: '#389e0d', of: (f: KindFigures) => f.onTime },
  { key: 'late', color: '#d48806', of: (f: KindFigures) => f.answered - f.onTime },
  { key: 'pending', color: '#1456a0', of: (f: KindFigures) => f.pending },
  { key: 'overdue', color: '#cf1322', of: (f: KindFigures) => f.overdue },
] as const;

/** 答复情况: the year's messages — received, answered, on time, overdue — in figures and by kind. */
export function MessageStatistics({ year }: { year: number }) {
  const { t } = useTranslation();
  const stats = useQuery({
    queryKey: [...messagesKey, 'statistics', year],
    queryFn: () => apiClient.GET('/api/portal/messages/statistics', { params: { query: { year } } }).then(answer),
  });
  const data = stats.data;
  const zero: KindFigures = { received: 0, answered: 0, onTime: 0, overdue: 0, pending: 0 };
  const byKind = messageKinds.map((kind) => data?.byKind.find((k) => k.kind === kind) ?? zero);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 36, right: 16, top: 36, bottom: 24 },
    xAxis: { type: 'category', data: messageKinds.map((k) => t(`portal.messages.kinds.${k}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: parts.map((p) => ({
      name: t(`portal.messages.figures.${p.key}`),
      type: 'bar',
      stack: 'all',
      barMaxWidth: 48,
      itemStyle: { color: p.color },
      data: byKind.map(p.of),
    })),
  };
  const total = data?.total ?? zero;
  const rate = data?.onTimeRate;
  const figure = (title: string, value: number | string, color?: string) => (
    <Col xs={12} md={8} xl={12} xxl={8}>
      <Card size="small">
        <Statistic loading={stats.isLoading} title={title} value={value} styles={{ content: color ? { color } : {} }} />
      </Card>
    </Col>
  );
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={10}>
        <Row gutter={[12, 12]}>
          {figure(t('portal.messages.figures.received'), total.received)}
          {figure(t('portal.messages.figures.answered'), total.answered)}
          {figure(
            t('portal.messages.figures.rate'),
            rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`,
            '#1456a0',
          )}
          {figure(t('portal.messages.figures.pending'), total.pending)}
          {figure(t('portal.messages.figures.overdue'), total.overdue, total.overdue ? '#cf1322' : undefined)}
          {figure(
            t('portal.messages.figures.late'),
            total.answered - total.onTime,
            total.answered - total.onTime ? '#d48806' : undefined,
          )}
        </Row>
        <p className="kg-muted" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('portal.messages.rateHint')}
        </p>
      </Col>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('portal.messages.chartTitle', { year })}>
          <ReactEChartsCore echarts={echarts} option={option} style={{ height: 230 }} notMerge />
        </Card>
      </Col>
    </Row>
  );
}
