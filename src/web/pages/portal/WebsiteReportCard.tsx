import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Select, Space, Statistic } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { thisYear } from '../../lib/clock';
import { DownloadButton } from '../../lib/DownloadButton';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

interface WebsiteReport {
  year: number;
  site: { sponsor: string; siteCode: string; icp: string; policeFiling: string };
  visits: {
    visitors: number;
    views: number;
    months: { month: number; views: number }[];
    pages: { path: string; views: number }[];
  };
  items: { total: number; overview: number; news: number; catalogue: number; interpretations: number };
  columns: { kept: number; opened: number };
  services: { guides: number; onlineCalls: number; applications: number; byPersons: number; byOrgs: number };
  messages: { received: number; answered: number; averageDays: number; published: number };
  consultations: { held: number; comments: number; results: number };
}

/**
 * 政府网站工作年度报表: the figures the annual website report asks for, counted by the site itself, with the
 * year's page views by month.
 */
export function WebsiteReportCard() {
  const { t } = useTranslation();
  const [year, setYear] = useState(thisYear());
  const report = useQuery({
    queryKey: ['website', 'report', year],
    queryFn: () => api<WebsiteReport>('GET', `/api/website/reports/${year}`),
  });
  const r = report.data;
  const months = Array.from({ length: 12 }, (_, i) => r?.visits.months.find((m) => m.month === i + 1)?.views ?? 0);
  const option = {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => t('overview.month', { month: i + 1 })) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('websiteReport.views'), data: months, itemStyle: { color: '#1456a0' } }],
  };
  const item = (key: string, value: number | string) => (
    <Descriptions.Item key={key} label={t(`websiteReport.fields.${key}`)}>
      {value}
    </Descriptions.Item>
  );
  return (
    <Card
      size="small"
      title={t('websiteReport.title')}
      style={{ marginTop: 16 }}
      extra={
        <Space wrap>
          <Select
            value={year}
            style={{ width: 120 }}
            aria-label={t('websiteReport.year')}
            onChange={setYear}
            options={Array.from({ length: 5 }, (_, i) => thisYear() - i).map((y) => ({
              value: y,
              label: t('target.yearOf', { year: y }),
            }))}
          />
          <DownloadButton href={`/api/website/reports/${year}/xlsx`}>{t('websiteReport.download')}</DownloadButton>
        </Space>
      }
    >
      {r ? (
        <>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Statistic title={t('websiteReport.visitors')} value={r.visits.visitors} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('websiteReport.views')} value={r.visits.views} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('websiteReport.fields.total')} value={r.items.total} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('websiteReport.fields.messages')} value={r.messages.received} />
            </Col>
          </Row>
          <ReactEChartsCore echarts={echarts} option={option} style={{ height: 220 }} notMerge />
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered style={{ marginTop: 8 }}>
            {item('overview', r.items.overview)}
            {item('news', r.items.news)}
            {item('catalogue', r.items.catalogue)}
            {item('interpretations', r.items.interpretations)}
            {item('columnsKept', r.columns.kept)}
            {item('columnsOpened', r.columns.opened)}
            {item('guides', r.services.guides)}
            {item('onlineCalls', r.services.onlineCalls)}
            {item('applications', t('websiteReport.applications', r.services))}
            {item('answered', r.messages.answered)}
            {item('averageDays', r.messages.averageDays)}
            {item('published', r.messages.published)}
            {item('consultations', r.consultations.held)}
            {item('comments', r.consultations.comments)}
            {item('results', r.consultations.results)}
          </Descriptions>
          <div className="kg-muted" style={{ marginTop: 8, fontSize: 12 }}>
            {t('websiteReport.visitsHint')}
          </div>
        </>
      ) : null}
    </Card>
  );
}
