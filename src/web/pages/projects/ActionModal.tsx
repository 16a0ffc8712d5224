import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { useFormAction } from '../../lib/form-action';
import type { CallDetail, ProjectAction, ProjectDetail } from '../../lib/types';

/** Actions whose reasons must be written down (退回修改, 不予立项, 验收不通过, 终止). */
const needsReason: ProjectAction[] = ['return', 'reject', 'fail_acceptance', 'terminate'];
const moneyPattern = /^\d{1,13}(\.\d{1,2})?$/;

/** Confirms one lifecycle action with its comment and, where the action needs them, its data. */
export function ActionModal({
  project,
  action,
  onClose,
}: {
  project: ProjectDetail;
  action: ProjectAction;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const approved = Form.useWatch('approved', form) as boolean | undefined;
  const call = useQuery({
    queryKey: ['calls', project.callId],
    queryFn: () => api<CallDetail>('GET', `/api/calls/${project.callId}`),
  });
  const [problems, setProblems] = useState<string[]>([]);
  // The application's own fields are not on this form: say which ones stop the action, by their labels.
  const explain = (error: unknown) => {
    if (!(error instanceof ApiError) || !Array.isArray(error.details)) return setProblems([]);
    const label = (field: string) =>
      call.data?.formFields.find((f) => `body.formData.${f.key}` === field.split('.').slice(0, 3).join('.'))?.label ??
      field;
    setProblems(
      (error.details as { field?: string; message?: string }[])
        .filter((d) => d.field?.startsWith('body.formData.'))
        .map((d) => `${label(d.field!)}：${d.message ?? error.message}`),
    );
  };
  const { busy, run } = useFormAction(form, {
    action: ({ comment, ...data }: Record<string, unknown>) =>
      api('POST', `/api/projects/${project.id}/transitions`, {
        action,
        version: project.version,
        comment: comment || undefined,
        data: Object.keys(data).length
          ? Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== ''))
          : undefined,
      }),
    refresh: [['projects']],
    // 局审定 goes to the director: say so, rather than that it is done.
    success: () =>
      action === 'approve' || action === 'reject'
        ? t('approval.putUp')
        : t('project.done', { action: t(`projectAction.${action}`) }),
    onDone: onClose,
    onError: explain,
  });
  const planTypes = ['指令性计划', '指导性计划'];
  const money = (name: string, required: boolean) => (
    <Form.Item
      name={name}
      label={t('project.funding')}
      rules={[
        { required, message: t('common.required') },
        { pattern: moneyPattern, message: t('project.moneyRule') },
      ]}
    >
      <Input suffix={t('project.yuan')} style={{ width: 240 }} inputMode="decimal" />
    </Form.Item>
  );
  const decision = (
    <>
      <Form.Item name="docNo" label={t('project.docNo')}>
        <Input maxLength={60} placeholder="苏科计〔2009〕12号" />
      </Form.Item>
      <Form.Item name="planType" label={t('project.planType')}>
        <Select allowClear style={{ width: 240 }} options={planTypes.map((p) => ({ value: p, label: p }))} />
      </Form.Item>
    </>
  );
  return (
    <Modal
      open
      title={t(`projectAction.${action}`)}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okButtonProps={{ danger: needsReason.includes(action) }}
      destroyOnHidden
    >
      <p className="kg-muted">{project.title}</p>
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          title={t('project.fixFirst')}
          description={problems.join('；')}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={action === 'record_result' ? { approved: true } : {}}
      >
        {action === 'approve' ? (
          <>
            {money('funding', true)}
            {decision}
          </>
        ) : null}
        {action === 'record_result' ? (
          <>
            <Form.Item name="approved" label={t('project.result')}>
              <Radio.Group
                options={[
                  { value: true, label: t('project.resultApproved') },
                  { value: false, label: t('project.resultRejected') },
                ]}
              />
            </Form.Item>
            {approved !== false ? (
              <>
                {money('funding', true)}
                {decision}
              </>
            ) : null}
          </>
        ) : null}
        {action === 'midterm_check' ? (
          <Form.Item
            name="result"
            label={t('project.midtermResult')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              style={{ width: 240 }}
              options={['良好', '合格', '需整改'].map((r) => ({ value: r, label: t(`project.midterm.${r}`) }))}
            />
          </Form.Item>
        ) : null}
        {action === 'terminate' ? (
          <Form.Item name="forCause" valuePropName="checked" extra={t('integrity.forCauseHelp')}>
            <Checkbox>{t('integrity.forCause')}</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item
          name="comment"
          label={needsReason.includes(action) ? t('project.reason') : t('project.comment')}
          rules={[{ required: needsReason.includes(action), message: t('project.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
