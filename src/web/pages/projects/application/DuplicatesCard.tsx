import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Progress, Select, Space, Tag, Typography } from 'antd';
import { Table } from '../../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../lib/api';
import { useSession } from '../../../lib/auth';
import { useFormAction } from '../../../lib/form-action';
import { formatDateTime } from '../../../lib/format';
import type { ProjectDetail } from '../../../lib/types';

type Judgement = 'not_duplicate' | 'duplicate' | 'multiple_allowed';
interface Flag {
  id: number;
  kind: 'similar' | 'same_leader' | 'same_member';
  similarity: number;
  other: {
    id: number;
    title: string;
    applicationNo: string | null;
    code: string | null;
    state: string;
    orgName: string;
    callTitle: string;
    year: number;
  };
  passages: { mine: string; theirs: string; similarity: number }[];
  people: { personId: number; name: string; here: 'leader' | 'member'; there: 'leader' | 'member' }[];
  sharedTeam: { personId: number; name: string }[];
  sameBudget: boolean;
  judgement: Judgement | null;
  judgementNote: string | null;
  judgedBy: string | null;
  judgedAt: string | null;
}

/** 查重结果: similar applications of five years with the passages side by side, 多头申报, and staff's judgement. */
export function DuplicatesCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const flags = useQuery({
    queryKey: ['projects', project.id, 'duplicates'],
    queryFn: () => api<{ items: Flag[] }>('GET', `/api/projects/${project.id}/duplicates`),
  });
  if (!project.applicationNo) return null;
  const items = flags.data?.items ?? [];
  return (
    <Card
      title={t('application.duplicates.title')}
      style={{ marginTop: 16 }}
      loading={flags.isLoading}
      data-testid="duplicates"
    >
      {items.length ? (
        items.map((flag) => <FlagView key={flag.id} projectId={project.id} flag={flag} />)
      ) : (
        <Alert type="success" showIcon title={t('application.duplicates.none')} />
      )}
    </Card>
  );
}

function FlagView({ projectId, flag }: { projectId: number; flag: Flag }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [judging, setJudging] = useState(false);
  const percent = Math.round(flag.similarity * 100);
  return (
    <div className="kg-flag">
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag color={flag.kind === 'similar' ? 'orange' : 'red'}>{t(`application.duplicates.kind.${flag.kind}`)}</Tag>
        <Link to={`/projects/${flag.other.id}`}>{flag.other.title}</Link>
        <span className="kg-muted">
          {[
            flag.other.applicationNo,
            flag.other.orgName,
            `${flag.other.year}`,
            flag.other.callTitle,
            t(`projectState.${flag.other.state}`),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </Space>
      {flag.kind === 'similar' ? (
        <>
          <Space style={{ marginBottom: 8 }}>
            <Progress
              percent={percent}
              size="small"
              style={{ width: 160 }}
              status={percent >= 60 ? 'exception' : 'normal'}
              showInfo={false}
            />
            <span>{t('application.duplicates.similarity', { percent })}</span>
            {flag.sameBudget ? <Tag color="red">{t('application.duplicates.sameBudget')}</Tag> : null}
          </Space>
          {flag.sharedTeam.length ? (
            <Typography.Paragraph>
              {t('application.duplicates.sharedTeam', { names: flag.sharedTeam.map((p) => p.name).join('、') })}
            </Typography.Paragraph>
          ) : null}
          {flag.passages.length ? (
            <Table
              size="small"
              pagination={false}
              rowKey={(_, i) => String(i)}
              dataSource={flag.passages}
              scroll={{ x: 640 }}
              title={() => t('application.duplicates.passages')}
              columns={[
                { title: t('application.duplicates.mine'), dataIndex: 'mine', width: '50%' },
                { title: t('application.duplicates.theirs'), dataIndex: 'theirs', width: '50%' },
              ]}
            />
          ) : null}
        </>
      ) : (
        <ul className="kg-problem-list">
          {flag.people.map((p) => (
            <li key={p.personId}>
              {t('application.duplicates.people', {
                name: p.name,
                here: t(`application.duplicates.roles.${p.here}`),
                there: t(`application.duplicates.roles.${p.there}`),
              })}
            </li>
          ))}
        </ul>
      )}
      <div style={{ marginTop: 8 }}>
        {flag.judgement ? (
          <Typography.Text>
            {t('application.duplicates.judged', {
              who: flag.judgedBy ?? '—',
              at: formatDateTime(flag.judgedAt),
              judgement: t(`application.duplicates.judgements.${flag.judgement}`),
            })}
            {flag.judgementNote ? `：${flag.judgementNote}` : ''}
          </Typography.Text>
        ) : (
          <Tag>{t('application.duplicates.pending')}</Tag>
        )}{' '}
        {can('staff') && !judging ? (
          <Button size="small" onClick={() => setJudging(true)}>
            {t('application.duplicates.judgement')}
          </Button>
        ) : null}
      </div>
      {judging ? <JudgementForm projectId={projectId} flag={flag} onDone={() => setJudging(false)} /> : null}
    </div>
  );
}

function JudgementForm({ projectId, flag, onDone }: { projectId: number; flag: Flag; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (values: { judgement: Judgement; note?: string }) =>
      api('POST', `/api/projects/${projectId}/duplicates/${flag.id}/judgement`, values),
    refresh: [['projects', projectId, 'duplicates']],
    onDone,
  });
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginTop: 8, rowGap: 8 }}
      initialValues={{ judgement: flag.judgement ?? undefined, note: flag.judgementNote ?? '' }}
    >
      <Form.Item name="judgement" rules={[{ required: true, message: t('common.required') }]}>
        <Select
          style={{ width: 180 }}
          placeholder={t('application.duplicates.judgement')}
          options={(['not_duplicate', 'duplicate', 'multiple_allowed'] as const).map((j) => ({
            value: j,
            label: t(`application.duplicates.judgements.${j}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="note" style={{ minWidth: 240, flex: 1 }}>
        <Input maxLength={1000} placeholder={t('application.duplicates.judgementNote')} />
      </Form.Item>
      <Button type="primary" loading={busy} onClick={() => void run()}>
        {t('common.save')}
      </Button>
      <Button onClick={onDone}>{t('common.cancel')}</Button>
    </Form>
  );
}
