import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, DatePicker, Empty, Form, Input, List, Modal, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useFormAction } from '../../lib/form-action';
import { formatDateTime } from '../../lib/format';
import { BudgetRows, MilestoneRows } from './AgreementForm';
import { ChangesTable } from './ChangesTable';
import type { Agreement, ChangeRequest } from './types';

const stateColors = { pending: 'processing', approved: 'green', refused: 'red', withdrawn: 'default' } as const;
type Kind = ChangeRequest['kinds'][number];

/** 项目变更: requests with what each changes, before and after; staff decide, the applicant may withdraw a pending one. */
export function ChangeRequestsCard({
  projectId,
  agreement,
  executing,
}: {
  projectId: number;
  agreement?: Agreement;
  executing: boolean;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<{ request: ChangeRequest; decision: 'approve' | 'refuse' }>();
  const requests = useQuery({
    queryKey: ['projects', 'changes', projectId],
    queryFn: () => api<{ items: ChangeRequest[] }>('GET', `/api/projects/${projectId}/changes`),
  });
  const withdraw = useFormAction<number>(undefined, {
    action: (id) => api('POST', `/api/projects/${projectId}/changes/${id}/decision`, { decision: 'withdraw' }),
    refresh: [['projects']],
    success: () => t('common.done'),
  });
  const items = requests.data?.items ?? [];
  const pending = items.some((r) => r.state === 'pending');
  const mayRequest = can('applicant') && executing && agreement?.state === 'signed';
  return (
    <>
      {mayRequest ? (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" disabled={pending} onClick={() => setRequesting(true)}>
            {t('change.request')}
          </Button>
          {pending ? <span className="kg-muted">{t('change.onePending')}</span> : null}
        </Space>
      ) : null}
      {agreement?.state !== 'signed' && !items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('change.afterSigning')} />
      ) : null}
      <List
        loading={requests.isLoading}
        dataSource={items}
        locale={{ emptyText: agreement?.state === 'signed' ? t('change.none') : ' ' }}
        renderItem={(r) => (
          <List.Item style={{ display: 'block' }}>
            <Space wrap style={{ marginBottom: 8 }}>
              <Tag color={stateColors[r.state]}>{t(`change.state.${r.state}`)}</Tag>
              <strong>{r.kinds.map((k) => t(`change.kind.${k}`)).join('、')}</strong>
              <span className="kg-muted">
                {r.requestedByName} · {formatDateTime(r.createdAt)} ·{' '}
                {t('change.onVersion', { version: r.baseVersion })}
              </span>
              {can('staff') && r.state === 'pending' ? (
                <>
                  <Button size="small" type="primary" onClick={() => setDeciding({ request: r, decision: 'approve' })}>
                    {t('change.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => setDeciding({ request: r, decision: 'refuse' })}>
                    {t('change.refuse')}
                  </Button>
                </>
              ) : null}
              {can('applicant') && r.state === 'pending' ? (
                <Button size="small" loading={withdraw.busy} onClick={() => void withdraw.run(r.id)}>
                  {t('change.withdraw')}
                </Button>
              ) : null}
            </Space>
            <p style={{ margin: '0 0 8px' }}>
              {t('change.reason')}
              {t('common.colon')}
              {r.reason}
            </p>
            {r.decisionComment ? (
              <p className="kg-muted" style={{ margin: '0 0 8px' }}>
                {t('change.decisionComment')}
                {t('common.colon')}
                {r.decisionComment}
              </p>
            ) : null}
            <ChangesTable changes={r.changes} />
          </List.Item>
        )}
      />
      {requesting && agreement ? (
        <RequestModal projectId={projectId} agreement={agreement} onClose={() => setRequesting(false)} />
      ) : null}
      {deciding ? <DecideModal projectId={projectId} {...deciding} onClose={() => setDeciding(undefined)} /> : null}
    </>
  );
}

function RequestModal({ projectId, agreement, onClose }: { projectId: number; agreement: Agreement; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const kinds = (Form.useWatch('kinds', form) as Kind[] | undefined) ?? [];
  const c = agreement.content;
  const { busy, run } = useFormAction(form, {
    action: ({
      kinds: chosen,
      reason,
      proposal,
    }: {
      kinds: Kind[];
      reason: string;
      proposal: Record<string, unknown>;
    }) => {
      const p = proposal as {
        leaderName?: string;
        period?: [dayjs.Dayjs, dayjs.Dayjs];
        milestones?: { title: string; dueOn: dayjs.Dayjs; deliverable?: string }[];
        budget?: unknown[];
      };
      return api('POST', `/api/projects/${projectId}/changes`, {
        reason,
        proposal: {
          ...(chosen.includes('leader') ? { leaderName: p.leaderName } : {}),
          ...(chosen.includes('period')
            ? {
                startOn: p.period![0].format('YYYY-MM-DD'),
                endOn: p.period![1].format('YYYY-MM-DD'),
                milestones: p.milestones?.map((m) => ({
                  ...m,
                  dueOn: m.dueOn.format('YYYY-MM-DD'),
                  deliverable: m.deliverable || undefined,
                })),
              }
            : {}),
          ...(chosen.includes('budget') ? { budget: p.budget } : {}),
        },
      });
    },
    refresh: [['projects']],
    success: () => t('change.sent'),
    onDone: onClose,
  });
  return (
    <Modal
      open
      width={860}
      title={t('change.request')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('change.hint')} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          kinds: [],
          proposal: {
            leaderName: c.leaderName,
            period: [dayjs(c.startOn), dayjs(c.endOn)],
            milestones: c.milestones.map((m) => ({ ...m, dueOn: dayjs(m.dueOn) })),
            budget: c.budget,
          },
        }}
      >
        <Form.Item
          name="kinds"
          label={t('change.what')}
          rules={[{ required: true, type: 'array', min: 1, message: t('change.pickOne') }]}
        >
          <Checkbox.Group
            options={(['leader', 'period', 'budget'] as const).map((k) => ({ value: k, label: t(`change.kind.${k}`) }))}
          />
        </Form.Item>
        {kinds.includes('leader') ? (
          <Form.Item
            name={['proposal', 'leaderName']}
            label={t('change.newLeader')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input maxLength={50} style={{ width: 240 }} />
          </Form.Item>
        ) : null}
        {kinds.includes('period') ? (
          <>
            <Form.Item
              name={['proposal', 'period']}
              label={t('agreement.period')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker.RangePicker />
            </Form.Item>
            <h4>{t('agreement.fields.milestones')}</h4>
            <MilestoneRows prefix="proposal" />
          </>
        ) : null}
        {kinds.includes('budget') ? (
          <>
            <h4>{t('agreement.fields.budget')}</h4>
            <BudgetRows prefix="proposal" approved={agreement.approvedFunding} />
          </>
        ) : null}
        <Form.Item
          name="reason"
          label={t('change.reason')}
          rules={[{ required: true, min: 2, message: t('project.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DecideModal({
  projectId,
  request,
  decision,
  onClose,
}: {
  projectId: number;
  request: ChangeRequest;
  decision: 'approve' | 'refuse';
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: ({ comment }: { comment?: string }) =>
      api('POST', `/api/projects/${projectId}/changes/${request.id}/decision`, {
        decision,
        comment: comment || undefined,
      }),
    refresh: [['projects']],
    success: () => t('common.done'),
    onDone: onClose,
  });
  return (
    <Modal
      open
      width={760}
      title={t(`change.${decision}`)}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okButtonProps={{ danger: decision === 'refuse' }}
      destroyOnHidden
    >
      <ChangesTable changes={request.changes} />
      <Form form={form} layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item
          name="comment"
          label={decision === 'refuse' ? t('project.reason') : t('project.comment')}
          rules={[{ required: decision === 'refuse', message: t('project.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
