import { BankOutlined, FormOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, List, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../lib/api';
import { useSession } from '../lib/auth';
import { now } from '../lib/clock';
import { formatDate, formatDateTime } from '../lib/format';
import { formatYuan } from '../lib/money';
import type { CallSummary, Page, ProjectState, ProjectSummary } from '../lib/types';
import { PageTitle } from '../shell/AppLayout';
import { stateColors } from './projects/labels';
import { TodoCard } from './TodoCard';

/** States in which the application is still the applicant's to finish or send. */
const inHand: ProjectState[] = ['draft', 'returned'];

/**
 * An applicant's home: what waits for it, its applications and projects with where each stands, and the
 * calls it can still apply to with the days left — not the bureau's charts.
 */
export function ApplicantHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const projects = useQuery({
    queryKey: ['projects', 'home'],
    queryFn: () => api<Page<ProjectSummary>>('GET', '/api/projects?pageSize=6&sort=updatedAt&order=desc'),
  });
  const calls = useQuery({
    queryKey: ['calls', 'open'],
    queryFn: () => api<Page<CallSummary>>('GET', '/api/calls?status=open'),
  });
  const daysLeft = (at: string) => Math.max(0, dayjs(at).diff(dayjs(now()), 'day'));

  return (
    <>
      <PageTitle
        title={t('dashboard.welcome', { name: user?.displayName })}
        extra={
          user?.orgId ? (
            <Button icon={<BankOutlined />} onClick={() => void navigate('/my-org')}>
              {t('menu.myOrg')}
            </Button>
          ) : null
        }
      />
      <TodoCard />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            title={t('applicantHome.projects')}
            extra={
              projects.data?.total ? (
                <Link to="/projects">
                  {t('applicantHome.allProjects', { count: projects.data.total })} <RightOutlined />
                </Link>
              ) : null
            }
          >
            <List<ProjectSummary>
              loading={projects.isLoading}
              dataSource={projects.data?.items ?? []}
              locale={{ emptyText: <Empty description={t('applicantHome.noProjects')} /> }}
              renderItem={(p) => (
                <List.Item
                  actions={[
                    <Link key="open" to={`/projects/${p.id}`}>
                      {inHand.includes(p.state) ? t('applicantHome.continue') : t('applicantHome.view')}
                    </Link>,
                  ]}
                >
                  <List.Item.Meta
                    title={<Link to={`/projects/${p.id}`}>{p.title}</Link>}
                    description={
                      <Space size={[8, 4]} wrap>
                        <Tag color={stateColors[p.state]}>{t(`projectState.${p.state}`)}</Tag>
                        <span>{p.callTitle}</span>
                        {p.approvedFunding ? (
                          <span>
                            {t('applicantHome.approved', { amount: formatYuan(p.approvedFunding, { wan: true }) })}
                          </span>
                        ) : null}
                        <span className="kg-muted">
                          {t('applicantHome.updated', { date: formatDate(p.updatedAt) })}
                        </span>
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            title={t('applicantHome.openCalls')}
            extra={
              <Link to="/hall">
                {t('menu.hall')} <RightOutlined />
              </Link>
            }
          >
            <List<CallSummary>
              loading={calls.isLoading}
              dataSource={calls.data?.items ?? []}
              locale={{ emptyText: <Empty description={t('hall.none')} /> }}
              renderItem={(c) => (
                <List.Item
                  actions={[
                    <Button
                      key="apply"
                      size="small"
                      type="primary"
                      icon={<FormOutlined />}
                      onClick={() => void navigate(`/hall?call=${c.id}`)}
                      aria-label={t('applicantHome.applyTo', { title: c.title })}
                    >
                      {t('hall.apply')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={c.title}
                    description={
                      <Space size={[8, 4]} wrap>
                        <span>{t('applicantHome.closes', { at: formatDateTime(c.closesAt) })}</span>
                        <Typography.Text type={daysLeft(c.closesAt) <= 7 ? 'danger' : 'secondary'}>
                          {t('hall.daysLeft', { days: daysLeft(c.closesAt) })}
                        </Typography.Text>
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
