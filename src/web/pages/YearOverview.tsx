import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../lib/api';
import * as clock from '../lib/clock';
import { targetCounts, useOverview } from './targets/model';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/**
 * 年度概览 for the bureau: how many of the year's targets are met, and patent applications month by month
 * against the year before — on the latest year that has an indicator system.
 */
export function YearOverview() {
  const { t } = useTranslation();
  const years = useQuery({
    queryKey: ['targets', 'years'],
    queryFn: () => api<{ items: number[] }>('GET', '/api/targets/years'),
  });
  // The current year when it has targets (the cockpit's year), else the latest that has.
  const year = years.data?.items.includes(clock.thisYear())
    ? clock.thisYear()
    : (years.data?.items[0] ?? clock.thisYear());
  const enabled = years.isSuccess;
  // The cockpit's own figures and count, so the two pages never disagree.
  const overview = useOverview(year, undefined, enabled);
  const months = (y: number) => ({
    queryKey: ['metrics', 'patents.filed', 'months', y],
    queryFn: () => api<{ months: number[] }>('GET', `/api/metrics/patents.filed/months?year=${y}`),
    enabled,
  });
  const thisYear = useQuery(months(year));
  const lastYear = useQuery(months(year - 1));
  const { met, total } = targetCounts(overview.data?.indicators ?? []);
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 24 },
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => t('overview.month', { month: i + 1 })) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: String(year - 1), type: 'bar', data: lastYear.data?.months ?? [], itemStyle: { color: '#a3b8d6' } },
      { name: String(year), type: 'bar', data: thisYear.data?.months ?? [], itemStyle: { color: '#1456a0' } },
    ],
  };
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={8}>
        <Card
          title={t('overview.targets', { year })}
          extra={<Link to="/targets">{t('overview.details')}</Link>}
          style={{ height: '100%' }}
        >
          <Statistic loading={overview.isLoading} value={met} suffix={`/ ${total}`} title={t('overview.met')} />
          <p className="kg-muted" style={{ marginTop: 12 }}>
            {t('overview.metHint')}
          </p>
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <Card
          title={t('overview.patents', { year, last: year - 1 })}
          extra={<Link to="/patents">{t('overview.details')}</Link>}
        >
          <ReactEChartsCore echarts={echarts} option={option} style={{ height: 260 }} notMerge />
        </Card>
      </Col>
    </Row>
  );
}
