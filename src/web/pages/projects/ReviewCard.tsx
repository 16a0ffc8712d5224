import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Statistic } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useFormAction } from '../../lib/form-action';
import { formatDateTime } from '../../lib/format';
import type { CallDetail, ProjectDetail } from '../../lib/types';
import { PanelCard } from './PanelCard';

interface ScoreLine {
  expertId: number;
  expertName: string;
  scores: Record<string, number> | null;
  totalScore: number | null;
  comment: string | null;
  scoredAt: string | null;
}
interface ReviewTable {
  items: ScoreLine[];
  spread: { scored: number; assigned: number; mean: number | null; min: number | null; max: number | null };
}
interface Expert {
  id: number;
  displayName: string;
  orgName: string | null;
}

/** 专家评审: staff assign experts and read the score table and its spread; an assigned expert scores. */
export function ReviewCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const call = useQuery({
    queryKey: ['calls', project.callId],
    queryFn: () => api<CallDetail>('GET', `/api/calls/${project.callId}`),
  });
  const table = useQuery({
    queryKey: ['projects', 'reviews', project.id],
    queryFn: () => api<ReviewTable>('GET', `/api/projects/${project.id}/reviews`),
  });
  const criteria = call.data?.criteria ?? [];
  const mine = table.data?.items.find((line) => line.expertId === user?.id);
  return (
    <Card title={t('review.title')} style={{ marginTop: 16 }}>
      {can('staff', 'leader') && table.data ? (
        <Space size="large" style={{ marginBottom: 16, display: 'flex' }} wrap>
          <Statistic title={t('review.scored')} value={`${table.data.spread.scored} / ${table.data.spread.assigned}`} />
          <Statistic title={t('review.mean')} value={table.data.spread.mean ?? '—'} />
          <Statistic
            title={t('review.range')}
            value={table.data.spread.min === null ? '—' : `${table.data.spread.min} – ${table.data.spread.max}`}
          />
        </Space>
      ) : null}
      {can('staff') && project.state === 'under_review' ? <PanelCard callId={project.callId} /> : null}
      {can('staff') && project.state === 'under_review' ? <AssignExperts projectId={project.id} /> : null}
      <Table<ScoreLine>
        rowKey="expertId"
        size="small"
        loading={table.isLoading}
        dataSource={table.data?.items}
        pagination={false}
        locale={{ emptyText: t('review.none') }}
        columns={[
          { title: t('review.expert'), dataIndex: 'expertName', width: 160 },
          ...criteria.map((c) => ({
            title: `${c.name} (${c.max})`,
            key: c.key,
            width: 110,
            render: (_: unknown, line: ScoreLine) => line.scores?.[c.key] ?? '—',
          })),
          { title: t('review.total'), dataIndex: 'totalScore', width: 80, render: (v: number | null) => v ?? '—' },
          { title: t('project.comment'), dataIndex: 'comment' },
          {
            title: t('review.scoredAt'),
            dataIndex: 'scoredAt',
            width: 170,
            render: (v: string | null) => (v ? formatDateTime(v) : t('review.waiting')),
          },
        ]}
      />
      {can('expert') && mine && project.state === 'under_review' ? (
        <ScoreForm
          project={project}
          criteria={criteria}
          commentRequired={call.data?.reviewCommentRequired ?? false}
          line={mine}
        />
      ) : null}
    </Card>
  );
}

function AssignExperts({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [chosen, setChosen] = useState<number[]>([]);
  const experts = useQuery({ queryKey: ['experts'], queryFn: () => api<{ items: Expert[] }>('GET', '/api/experts') });
  const { busy, run } = useFormAction(undefined, {
    action: () =>
      api<{ assigned: number[]; excluded: { expertId: number; reason: string }[] }>(
        'POST',
        `/api/projects/${projectId}/experts`,
        { expertIds: chosen },
      ),
    refresh: [['projects', 'reviews', projectId]],
    success: (r) => t('review.assigned', { count: r.assigned.length }),
    onDone: (r) => {
      setChosen([]);
      if (r.excluded.length) {
        const name = (id: number) => experts.data?.items.find((e) => e.id === id)?.displayName ?? `#${id}`;
        modal.info({
          title: t('review.excludedTitle'),
          content: r.excluded.map((x) => `${name(x.expertId)}：${t(`review.reason.${x.reason}`)}`).join('；'),
        });
      }
    },
  });
  return (
    <Space style={{ marginBottom: 12, display: 'flex' }} wrap>
      <Select
        mode="multiple"
        style={{ minWidth: 360 }}
        placeholder={t('review.pickExperts')}
        value={chosen}
        onChange={setChosen}
        optionFilterProp="label"
        options={(experts.data?.items ?? []).map((e) => ({
          value: e.id,
          label: `${e.displayName}${e.orgName ? `（${e.orgName}）` : ''}`,
        }))}
      />
      <Button type="primary" disabled={!chosen.length} loading={busy} onClick={() => void run()}>
        {t('review.assign')}
      </Button>
      <span className="kg-muted">{t('review.conflictHint')}</span>
    </Space>
  );
}

function ScoreForm({
  project,
  criteria,
  commentRequired,
  line,
}: {
  project: ProjectDetail;
  criteria: CallDetail['criteria'];
  commentRequired: boolean;
  line: ScoreLine;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [declining, setDeclining] = useState(false);
  const { busy, run } = useFormAction(form, {
    action: ({ comment, ...scores }: Record<string, unknown>) =>
      api('POST', `/api/projects/${project.id}/reviews`, { scores, comment: comment || undefined }),
    refresh: [['projects', 'reviews', project.id]],
    success: () => t('review.saved'),
  });
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginTop: 16, rowGap: 8 }}
      initialValues={{ ...(line.scores ?? {}), comment: line.comment ?? '' }}
      onFinish={(v) => void run(v)}
    >
      {criteria.map((c) => (
        // A score out of range or with decimals is refused with the reason, never quietly changed into another.
        <Form.Item
          key={c.key}
          name={c.key}
          label={`${c.name}（0–${c.max}）`}
          rules={[
            { required: true, message: t('common.required') },
            {
              validator: async (_, v?: number) =>
                v === undefined || v === null || (Number.isInteger(v) && v >= 0 && v <= c.max)
                  ? undefined
                  : Promise.reject(new Error(t('review.scoreRange', { max: c.max }))),
            },
          ]}
        >
          <InputNumber />
        </Form.Item>
      ))}
      <Form.Item
        name="comment"
        label={t('project.comment')}
        rules={commentRequired ? [{ required: true, whitespace: true, message: t('review.commentRequired') }] : []}
      >
        <Input style={{ width: 280 }} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('review.submit')}
      </Button>
      {line.scoredAt ? null : <Button onClick={() => setDeclining(true)}>{t('review.decline')}</Button>}
      {declining ? <DeclineModal callId={project.callId} onClose={() => setDeclining(false)} /> : null}
    </Form>
  );
}

/** 谢绝评审: the expert gives back the call's reviews not yet scored, with the reason; staff replace them. */
function DeclineModal({ callId, onClose }: { callId: number; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (v: { reason: string }) => api('POST', `/api/calls/${callId}/panel/decline`, v),
    refresh: [['projects'], ['todos']],
    success: () => t('review.declined'),
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={t('review.decline')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <p className="kg-muted">{t('review.declineHelp')}</p>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('project.reason')}
          rules={[{ required: true, min: 2, message: t('project.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
