import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Collapse, Descriptions, Form, Input, Modal, Space, Statistic, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useFormAction } from '../../lib/form-action';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import { AgreementFields } from './AgreementForm';
import { ChangesTable } from './ChangesTable';
import { contentFromForm, formFromContent } from './form-rules';
import type { Agreement, AgreementContent } from './types';

const stateColors = { draft: 'default', submitted: 'processing', signed: 'green' } as const;

export const agreementKey = (projectId: number) => ['projects', 'agreement', projectId];

/** 任务书: the applicant drafts and submits it, the section signs or returns it; once signed it shows its versions. */
export function AgreementCard({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const agreement = useQuery({
    queryKey: agreementKey(projectId),
    queryFn: () => api<Agreement>('GET', `/api/projects/${projectId}/agreement`),
  });
  const act = useFormAction<{ action: 'submit' | 'sign'; comment?: string }>(undefined, {
    action: (body) => api('POST', `/api/projects/${projectId}/agreement/actions`, body),
    refresh: [['projects']],
    success: () => t('common.done'),
  });
  const a = agreement.data;
  if (!a) return null;
  const editing = a.availableActions.includes('save');
  return (
    <div data-testid="agreement">
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color={a.state ? stateColors[a.state] : 'warning'}>{t(`agreement.state.${a.state ?? 'none'}`)}</Tag>
        {a.signedAt ? (
          <span className="kg-muted">
            {t('agreement.signedOn', { date: formatDate(a.signedAt), version: a.contentVersion })}
          </span>
        ) : null}
        {a.state === 'submitted' && a.submittedAt ? (
          <span className="kg-muted">{t('agreement.submittedOn', { date: formatDateTime(a.submittedAt) })}</span>
        ) : null}
        {a.availableActions.includes('submit') ? (
          <Button type="primary" loading={act.busy} onClick={() => void act.run({ action: 'submit' })}>
            {t('agreement.submit')}
          </Button>
        ) : null}
        {a.availableActions.includes('sign') ? (
          <Button type="primary" loading={act.busy} onClick={() => void act.run({ action: 'sign' })}>
            {t('agreement.sign')}
          </Button>
        ) : null}
        {a.availableActions.includes('return') ? (
          <Button danger onClick={() => setReturning(true)}>
            {t('agreement.return')}
          </Button>
        ) : null}
      </Space>
      {a.returnComment && a.state === 'draft' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('agreement.returned')}
          description={a.returnComment}
        />
      ) : null}
      {editing ? <AgreementEditor projectId={projectId} agreement={a} /> : <AgreementView agreement={a} />}
      {a.versions.length > 1 ? (
        <Collapse
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'versions',
              label: t('agreement.versions', { count: a.versions.length }),
              children: a.versions
                .slice(1)
                .reverse()
                .map((v) => (
                  <div key={v.version} style={{ marginBottom: 16 }}>
                    <strong>
                      {t('agreement.versionLine', { version: v.version, date: formatDateTime(v.createdAt) })}
                    </strong>
                    <ChangesTable changes={v.changes} />
                  </div>
                )),
            },
          ]}
        />
      ) : null}
      {returning ? <ReturnModal projectId={projectId} onClose={() => setReturning(false)} /> : null}
    </div>
  );
}

function ReturnModal({ projectId, onClose }: { projectId: number; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: ({ comment }: { comment: string }) =>
      api('POST', `/api/projects/${projectId}/agreement/actions`, { action: 'return', comment }),
    refresh: [['projects']],
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={t('agreement.return')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okButtonProps={{ danger: true }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="comment"
          label={t('project.reason')}
          rules={[{ required: true, message: t('project.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AgreementEditor({ projectId, agreement }: { projectId: number; agreement: Agreement }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (values: { content: Record<string, unknown> }) =>
      api('PUT', `/api/projects/${projectId}/agreement`, {
        content: contentFromForm(values.content),
        version: agreement.version ?? undefined,
      }),
    refresh: [['projects']],
    success: () => t('agreement.saved'),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ content: formFromContent(agreement.content) }}
      onFinish={(v) => void run(v)}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('agreement.approvedHint', { amount: formatYuan(agreement.approvedFunding) })}
      />
      <AgreementFields prefix="content" approved={agreement.approvedFunding} />
      <div style={{ marginTop: 8 }}>
        <Button htmlType="submit" type={agreement.state ? 'default' : 'primary'} loading={busy}>
          {t('agreement.save')}
        </Button>
      </div>
    </Form>
  );
}

export function AgreementView({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const c: AgreementContent = agreement.content;
  return (
    <>
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        <Descriptions.Item label={t('agreement.period')}>
          {formatDate(c.startOn)} — {formatDate(c.endOn)}
        </Descriptions.Item>
        <Descriptions.Item label={t('project.leader')}>{c.leaderName}</Descriptions.Item>
        <Descriptions.Item label={t('agreement.fields.reportEvery')}>
          {t(`agreement.interval.${c.reportEvery}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('agreement.fields.objectives')} span={3}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{c.objectives}</span>
        </Descriptions.Item>
      </Descriptions>
      <Space size="large" wrap style={{ margin: '8px 0 16px' }}>
        <Statistic title={t('funding.sources.superior')} value={formatYuan(agreement.totals.superior)} />
        <Statistic title={t('funding.sources.local')} value={formatYuan(agreement.totals.local)} />
        <Statistic title={t('funding.sources.self_raised')} value={formatYuan(agreement.totals.selfRaised)} />
      </Space>
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => `m${i}`}
        title={() => t('agreement.fields.milestones')}
        dataSource={c.milestones}
        columns={[
          { title: t('agreement.milestone'), dataIndex: 'title' },
          { title: t('agreement.dueOn'), dataIndex: 'dueOn', width: 150, render: formatDate },
          { title: t('agreement.deliverable'), dataIndex: 'deliverable', render: (v?: string) => v ?? '—' },
        ]}
      />
      <Space align="start" wrap size="large" style={{ display: 'flex', marginTop: 12 }}>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => `i${i}`}
          title={() => t('agreement.fields.indicators')}
          dataSource={c.indicators}
          locale={{ emptyText: t('agreement.noIndicators') }}
          style={{ minWidth: 360 }}
          columns={[
            { title: t('agreement.indicator'), dataIndex: 'name' },
            { title: t('agreement.target'), width: 120, render: (_, i) => `${i.target} ${i.unit}` },
          ]}
        />
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => `b${i}`}
          title={() => t('agreement.fields.budget')}
          dataSource={c.budget}
          style={{ minWidth: 420 }}
          columns={[
            {
              title: t('funding.source'),
              dataIndex: 'source',
              width: 130,
              render: (s: string) => t(`funding.sources.${s}`),
            },
            { title: t('agreement.budgetItem'), dataIndex: 'item' },
            {
              title: t('funding.amount'),
              dataIndex: 'amount',
              align: 'right',
              width: 160,
              render: (v: string) => formatYuan(v),
            },
          ]}
        />
      </Space>
    </>
  );
}
