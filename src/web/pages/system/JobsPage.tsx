import { PlayCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, InputNumber, Space, Tag, Typography } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { PageTitle } from '../../shell/AppLayout';
import type { ResponseOf } from '../../lib/client';

type JobRun = NonNullable<Job['latest']>;
type RunState = JobRun['state'];
/** A job of the background work, as /api/system/jobs declares it. */
type Job = ResponseOf<'/api/system/jobs'>['items'][number];

const stateColours: Record<RunState, string> = {
  created: 'default',
  retry: 'orange',
  active: 'processing',
  completed: 'green',
  cancelled: 'default',
  failed: 'red',
};

/**
 * 后台任务: what KeGuan does by itself (reminders, purging expired sessions, the nightly backup, PDFs), when it last
 * ran and how, run one now, and how long backups are kept. Every instance works the same queue; each job runs once.
 */
export function JobsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const jobs = useQuery({
    queryKey: ['system', 'jobs'],
    queryFn: () => api<{ items: Job[] }>('GET', '/api/system/jobs'),
    refetchInterval: 5000,
  });
  const [keepDays, setKeepDays] = useState<number | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const backup = jobs.data?.items.find((j) => j.name === 'nightly-backup');

  const runNow = async (name: Job['name']) => {
    setBusy(name);
    try {
      await api('POST', `/api/system/jobs/${name}/run`);
      notify.success(t('jobs.queued', { job: t(`jobs.names.${name}`) }));
      await jobs.refetch();
    } catch (error) {
      notify.error(error);
    } finally {
      setBusy(null);
    }
  };
  const saveKeepDays = async () => {
    if (!keepDays) return;
    try {
      await api('PUT', '/api/system/jobs/nightly-backup/settings', { keepDays });
      notify.success(t('jobs.keepDaysSaved', { days: keepDays }));
      setKeepDays(null);
      await jobs.refetch();
    } catch (error) {
      notify.error(error);
    }
  };
  const result = (run: JobRun | null) => {
    if (!run?.output) return null;
    if (run.state === 'failed' || run.state === 'retry')
      return <Typography.Text type="danger">{String(run.output.message ?? '')}</Typography.Text>;
    // What the run did, its noughts left out: a purge that found nothing says so in words.
    const done = Object.entries(run.output).filter(
      ([, value]) => (typeof value === 'number' && value !== 0) || (typeof value === 'string' && value !== ''),
    );
    return (
      <Typography.Text type="secondary">
        {done.length
          ? done
              .map(([key, value]) => t(`jobs.outputs.${key}`, { value, defaultValue: `${key}: ${String(value)}` }))
              .join('，')
          : t('jobs.nothingToDo')}
      </Typography.Text>
    );
  };

  return (
    <>
      <PageTitle title={t('jobs.title')} />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('jobs.hint')} />
      {jobs.data?.items.some((j) => j.latest?.state === 'failed') && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('jobs.failedHint')} />
      )}
      <Table<Job>
        rowKey="name"
        loading={jobs.isLoading}
        dataSource={jobs.data?.items}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('jobs.name'),
            dataIndex: 'name',
            width: 200,
            render: (name: Job['name']) => (
              <>
                <Typography.Text strong>{t(`jobs.names.${name}`)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t(`jobs.about.${name}`)}</Typography.Text>
              </>
            ),
          },
          {
            title: t('jobs.schedule'),
            dataIndex: 'name',
            key: 'schedule',
            width: 140,
            render: (name: Job['name']) => t(`jobs.schedules.${name}`),
          },
          {
            title: t('jobs.latest'),
            key: 'latest',
            width: 280,
            render: (_, job) =>
              job.latest ? (
                <Space direction="vertical" size={0}>
                  <Space>
                    <Tag color={stateColours[job.latest.state]}>{t(`jobs.states.${job.latest.state}`)}</Tag>
                    <span>
                      {formatDateTime(job.latest.completedAt ?? job.latest.startedAt ?? job.latest.createdAt)}
                    </span>
                  </Space>
                  {job.latest.attempts > 1 && (
                    <Typography.Text type="secondary">
                      {t('jobs.attempts', { count: job.latest.attempts })}
                    </Typography.Text>
                  )}
                  {result(job.latest)}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('jobs.never')}</Typography.Text>
              ),
          },
          {
            title: t('jobs.lastSuccess'),
            key: 'success',
            width: 170,
            render: (_, job) => (job.lastSuccess ? formatDateTime(job.lastSuccess.completedAt) : t('jobs.never')),
          },
          {
            title: t('jobs.failures'),
            dataIndex: 'failures',
            width: 120,
            render: (n: number) =>
              n ? <Tag color="red">{t('jobs.failureCount', { count: n })}</Tag> : t('jobs.noFailures'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            fixed: 'right',
            render: (_, job) =>
              job.internal ? (
                <Typography.Text type="secondary">{t('jobs.internal')}</Typography.Text>
              ) : (
                <Button
                  icon={<PlayCircleOutlined />}
                  loading={busy === job.name}
                  onClick={() => void runNow(job.name)}
                  aria-label={t('jobs.runNowOf', { job: t(`jobs.names.${job.name}`) })}
                >
                  {t('jobs.runNow')}
                </Button>
              ),
          },
        ]}
      />
      {backup && (
        <Card size="small" title={t('jobs.backupTitle')} style={{ marginTop: 16 }}>
          <Space wrap>
            <span>{t('jobs.keepDays')}</span>
            <InputNumber
              min={1}
              max={3650}
              precision={0}
              value={keepDays ?? backup.settings.keepDays ?? 14}
              onChange={(v) => setKeepDays(v)}
              aria-label={t('jobs.keepDays')}
              addonAfter={t('jobs.days')}
            />
            <Button
              type="primary"
              disabled={!keepDays || keepDays === backup.settings.keepDays}
              onClick={() => void saveKeepDays()}
            >
              {t('common.save')}
            </Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('jobs.backupWhere')}
          </Typography.Paragraph>
        </Card>
      )}
    </>
  );
}
