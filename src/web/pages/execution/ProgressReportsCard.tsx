import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, Modal, Radio, Space, Tag } from 'antd';
import { Table } from '../../lib/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useFormAction } from '../../lib/form-action';
import { formatDate } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import { moneyRule } from './form-rules';
import type { Agreement, ProgressReport } from './types';

const stateColors = { due: 'default', submitted: 'processing', accepted: 'green', returned: 'warning' } as const;

/** 进度报告: one line per period; the applicant fills in the one due, the section accepts or returns it. */
export function ProgressReportsCard({
  projectId,
  executing,
  agreement,
}: {
  projectId: number;
  executing: boolean;
  agreement?: Agreement;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState<{ report: ProgressReport; mode: 'fill' | 'review' | 'read' }>();
  const reports = useQuery({
    queryKey: ['projects', 'reports', projectId],
    queryFn: () => api<{ items: ProgressReport[] }>('GET', `/api/projects/${projectId}/progress-reports`),
  });
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <>
      <Table<ProgressReport>
        rowKey="id"
        size="small"
        loading={reports.isLoading}
        pagination={false}
        dataSource={reports.data?.items}
        locale={{ emptyText: t('report.none') }}
        columns={[
          { title: t('report.period'), render: (_, r) => `${formatDate(r.periodStart)} — ${formatDate(r.periodEnd)}` },
          {
            title: t('report.dueOn'),
            width: 170,
            render: (_, r) => (
              <span>
                {formatDate(r.dueOn)} {r.overdue ? <Tag color="red">{t('report.overdue')}</Tag> : null}
              </span>
            ),
          },
          {
            title: t('project.state'),
            dataIndex: 'state',
            width: 110,
            render: (s: ProgressReport['state']) => <Tag color={stateColors[s]}>{t(`report.state.${s}`)}</Tag>,
          },
          {
            title: t('report.spent'),
            dataIndex: 'spent',
            width: 150,
            align: 'right',
            render: (v: string | null) => formatYuan(v),
          },
          {
            title: t('common.actions'),
            width: 130,
            render: (_, r) => {
              if (
                can('applicant') &&
                executing &&
                (r.state === 'due' || r.state === 'returned') &&
                r.periodStart <= today
              ) {
                return (
                  <Button size="small" type="primary" onClick={() => setOpen({ report: r, mode: 'fill' })}>
                    {t('report.fill')}
                  </Button>
                );
              }
              if (can('staff') && r.state === 'submitted') {
                return (
                  <Button size="small" type="primary" onClick={() => setOpen({ report: r, mode: 'review' })}>
                    {t('report.review')}
                  </Button>
                );
              }
              return r.content ? (
                <Button size="small" type="link" onClick={() => setOpen({ report: r, mode: 'read' })}>
                  {t('common.view')}
                </Button>
              ) : null;
            },
          },
        ]}
      />
      {open ? (
        <ReportModal projectId={projectId} {...open} agreement={agreement} onClose={() => setOpen(undefined)} />
      ) : null}
    </>
  );
}

function ReportModal({
  projectId,
  report,
  mode,
  agreement,
  onClose,
}: {
  projectId: number;
  report: ProgressReport;
  mode: 'fill' | 'review' | 'read';
  agreement?: Agreement;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const milestones = agreement?.content.milestones ?? [];
  const url = `/api/projects/${projectId}/progress-reports/${report.id}`;
  const fill = useFormAction(form, {
    action: ({
      statuses,
      ...values
    }: {
      statuses?: Record<string, string>;
      summary: string;
      spent: string;
      problems?: string;
      submit: boolean;
    }) =>
      api('PUT', url, {
        ...values,
        version: report.version,
        milestones: Object.entries(statuses ?? {})
          .filter(([, status]) => status)
          .map(([index, status]) => ({ index: Number(index), status })),
      }),
    refresh: [['projects'], ['execution']],
    success: () => t('common.saved'),
    onDone: onClose,
  });
  const review = useFormAction(form, {
    action: (values: { accept: boolean; comment?: string }) => api('POST', `${url}/review`, values),
    refresh: [['projects'], ['execution']],
    success: () => t('common.done'),
    onDone: onClose,
  });
  const title = `${t('report.title')} · ${formatDate(report.periodStart)} — ${formatDate(report.periodEnd)}`;
  const statusOptions = (['done', 'on_track', 'delayed'] as const).map((s) => ({
    value: s,
    label: t(`report.milestone.${s}`),
  }));
  const submit = (submitNow: boolean) =>
    void form.validateFields().then(
      (values: Record<string, unknown>) =>
        fill.run({ ...(values as { summary: string; spent: string }), submit: submitNow }),
      () => undefined,
    );

  return (
    <Modal
      open
      width={760}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        mode === 'fill' ? (
          <Space>
            <Button onClick={() => submit(false)} loading={fill.busy}>
              {t('hall.saveDraft')}
            </Button>
            <Button type="primary" onClick={() => submit(true)} loading={fill.busy}>
              {t('report.submit')}
            </Button>
          </Space>
        ) : mode === 'review' ? (
          <Space>
            <Button
              danger
              loading={review.busy}
              onClick={() =>
                void form.validateFields().then(
                  (v: { comment?: string }) => review.run({ accept: false, comment: v.comment }),
                  () => undefined,
                )
              }
            >
              {t('report.returnIt')}
            </Button>
            <Button
              type="primary"
              loading={review.busy}
              onClick={() =>
                void review.run({ accept: true, comment: form.getFieldValue('comment') as string | undefined })
              }
            >
              {t('report.accept')}
            </Button>
          </Space>
        ) : null
      }
    >
      {report.reviewComment ? (
        <p className="kg-muted">
          {t('report.reviewComment')}
          {t('common.colon')}
          {report.reviewComment}
        </p>
      ) : null}
      {mode === 'fill' ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            summary: report.content?.summary,
            problems: report.content?.problems,
            spent: report.spent ?? undefined,
            statuses: Object.fromEntries((report.content?.milestones ?? []).map((m) => [m.index, m.status])),
          }}
        >
          <Form.Item
            name="summary"
            label={t('report.summary')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={4} maxLength={5000} showCount />
          </Form.Item>
          {milestones.map((m, index) => (
            <Form.Item
              key={m.title}
              name={['statuses', String(index)]}
              label={`${m.title}（${formatDate(m.dueOn)}）`}
              style={{ marginBottom: 8 }}
            >
              <Radio.Group options={statusOptions} optionType="button" size="small" />
            </Form.Item>
          ))}
          <Form.Item
            name="spent"
            label={t('report.spentToDate')}
            rules={[{ required: true, message: t('common.required') }, moneyRule(t)]}
          >
            <Input suffix={t('project.yuan')} style={{ width: 220 }} inputMode="decimal" />
          </Form.Item>
          <Form.Item name="problems" label={t('report.problems')}>
            <Input.TextArea rows={2} maxLength={3000} />
          </Form.Item>
        </Form>
      ) : (
        <>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('report.summary')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{report.content?.summary}</span>
            </Descriptions.Item>
            {(report.content?.milestones ?? []).map((m) => (
              <Descriptions.Item key={m.index} label={milestones[m.index]?.title ?? `#${m.index + 1}`}>
                {t(`report.milestone.${m.status}`)}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={t('report.spentToDate')}>{formatYuan(report.spent)}</Descriptions.Item>
            <Descriptions.Item label={t('report.problems')}>{report.content?.problems ?? '—'}</Descriptions.Item>
          </Descriptions>
          {mode === 'review' ? (
            <Form form={form} layout="vertical" style={{ marginTop: 16 }}>
              <Form.Item
                name="comment"
                label={t('report.reviewComment')}
                extra={t('report.commentHelp')}
                rules={[{ required: true, message: t('project.reasonRequired') }]}
              >
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Form>
          ) : null}
        </>
      )}
    </Modal>
  );
}
