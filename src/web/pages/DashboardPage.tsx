import { BankOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Statistic } from 'antd';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api';
import { useSession } from '../lib/auth';
import type { OrgStatus, OrgType, Page, Person } from '../lib/types';
import { PageTitle } from '../shell/AppLayout';
import { TodoCard } from './TodoCard';
import { YearOverview } from './YearOverview';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

interface OrgStats {
  byJurisdiction: { code: string; name: string | null; count: number }[];
  byType: { type: OrgType; count: number }[];
  byStatus: { status: OrgStatus; count: number }[];
}

const orgViewers = ['staff', 'leader', 'admin', 'liaison', 'applicant'] as const;

export function DashboardPage() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const seesOrgs = can(...orgViewers);
  const stats = useQuery({
    queryKey: ['orgs', 'stats'],
    queryFn: () => api<OrgStats>('GET', '/api/orgs/stats'),
    enabled: seesOrgs,
  });
  const people = useQuery({
    queryKey: ['people', 'count'],
    queryFn: () => api<Page<Person>>('GET', '/api/people?pageSize=1'),
    enabled: can('staff', 'leader', 'liaison', 'applicant'),
  });

  const active = stats.data?.byStatus.find((s) => s.status === 'active')?.count ?? 0;
  const inactive = stats.data?.byStatus.filter((s) => s.status !== 'active').reduce((n, s) => n + s.count, 0) ?? 0;

  return (
    <>
      <PageTitle title={t('dashboard.welcome', { name: user?.displayName })} />
      {can('applicant', 'liaison', 'staff', 'expert', 'leader') ? <TodoCard /> : null}
      {can('staff', 'leader') ? <YearOverview /> : null}
      {!seesOrgs ? (
        <Card>
          <Empty description={t(`dashboard.roleHint.${user?.role ?? 'public'}`)} />
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card>
                <Statistic
                  title={t('dashboard.activeOrgs')}
                  value={active}
                  prefix={<BankOutlined />}
                  loading={stats.isLoading}
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card>
                <Statistic title={t('dashboard.inactiveOrgs')} value={inactive} loading={stats.isLoading} />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card>
                <Statistic
                  title={t('dashboard.people')}
                  value={people.data?.total ?? 0}
                  prefix={<TeamOutlined />}
                  loading={people.isLoading}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={14}>
              <Card title={t('dashboard.byJurisdiction')}>
                <ReactEChartsCore
                  echarts={echarts}
                  style={{ height: 360 }}
                  option={{
                    tooltip: { trigger: 'axis' },
                    grid: { left: 48, right: 16, top: 16, bottom: 96 },
                    xAxis: {
                      type: 'category',
                      data: (stats.data?.byJurisdiction ?? []).map((j) => j.name ?? j.code),
                      axisLabel: { rotate: 45, interval: 0 },
                    },
                    yAxis: { type: 'value', minInterval: 1 },
                    series: [
                      {
                        type: 'bar',
                        name: t('dashboard.orgCount'),
                        data: (stats.data?.byJurisdiction ?? []).map((j) => j.count),
                        itemStyle: { color: '#1456a0' },
                      },
                    ],
                  }}
                />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('dashboard.byType')}>
                <ReactEChartsCore
                  echarts={echarts}
                  style={{ height: 360 }}
                  option={{
                    tooltip: { trigger: 'item' },
                    legend: { bottom: 0 },
                    series: [
                      {
                        type: 'pie',
                        radius: ['40%', '68%'],
                        center: ['50%', '44%'],
                        data: (stats.data?.byType ?? []).map((x) => ({ name: t(`orgType.${x.type}`), value: x.count })),
                      },
                    ],
                  }}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
