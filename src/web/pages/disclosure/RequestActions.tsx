import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { today } from '../../lib/clock';
import { useDialogForm } from '../../lib/dialog-form';
import { useLocalName, useSections } from '../../lib/dictionaries';
import { datePickerFormat, formatDate } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { useBureauPeople } from '../portal/model';
import { type DisclosureRequest, disclosureKey, type Outcome, outcomes } from './model';

type Action = 'assign' | 'ask_correction' | 'correct' | 'consult' | 'consulted' | 'extend' | 'answer';

/** The steps the law allows a request where it stands, each a button that opens its small form. */
function allowed(r: DisclosureRequest, day: string): Action[] {
  const actions: Action[] = ['assign'];
  if (r.state === 'received' && !r.correctionAskedOn && (!r.correctionLatestOn || day <= r.correctionLatestOn))
    actions.push('ask_correction');
  if (r.state === 'correction') actions.push('correct');
  if (r.state === 'received') actions.push('consult');
  if (r.state === 'consulting') actions.push('consulted');
  if ((r.state === 'received' || r.state === 'consulting') && !r.extendedDays && (!r.dueOn || day <= r.dueOn))
    actions.push('extend');
  if (r.state !== 'correction' || (r.correctionDueOn && day > r.correctionDueOn)) actions.push('answer');
  return actions;
}

export function RequestActions({ request }: { request: DisclosureRequest }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action>();
  const day = today();
  const actions = allowed(request, day);
  return (
    <>
      <Typography.Title level={5}>{t('disclosure.nextSteps')}</Typography.Title>
      {request.state === 'received' &&
      !request.correctionAskedOn &&
      request.correctionLatestOn &&
      day <= request.correctionLatestOn ? (
        <Typography.Paragraph type="secondary">
          {t('disclosure.correctionLatest', { day: formatDate(request.correctionLatestOn) })}
        </Typography.Paragraph>
      ) : null}
      <Space wrap>
        {actions.map((a) => (
          <Button key={a} type={a === 'answer' ? 'primary' : 'default'} onClick={() => setOpen(a)}>
            {t(`disclosure.actions.${a}`)}
          </Button>
        ))}
      </Space>
      {open ? <ActionModal action={open} request={request} onClose={() => setOpen(undefined)} /> : null}
    </>
  );
}

type Values = {
  sectionCode?: string;
  assigneeId?: number;
  note?: string;
  correctionDueOn?: Dayjs;
  description?: string;
  days?: number;
  reason?: string;
  outcome?: Outcome;
  replyText?: string;
  legalBasis?: string;
};

function ActionModal({ action, request, onClose }: { action: Action; request: DisclosureRequest; onClose(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const sections = useSections();
  const people = useBureauPeople();
  const localName = useLocalName();
  const { form, error, submit } = useDialogForm<Values>(
    async (v) => {
      const body: Record<string, unknown> = { action, version: request.version };
      if (action === 'assign')
        Object.assign(body, { sectionCode: v.sectionCode ?? null, assigneeId: v.assigneeId ?? null });
      if (action === 'ask_correction')
        Object.assign(body, { note: v.note, correctionDueOn: v.correctionDueOn?.format('YYYY-MM-DD') });
      if (action === 'correct') Object.assign(body, { description: v.description });
      if (action === 'consult' || action === 'consulted') Object.assign(body, { note: v.note });
      if (action === 'extend') Object.assign(body, { days: v.days, reason: v.reason });
      if (action === 'answer')
        Object.assign(body, {
          outcome: v.outcome,
          reason: v.reason ?? null,
          replyText: v.replyText,
          legalBasis: v.legalBasis?.trim() || undefined,
        });
      await api('POST', `/api/disclosure/requests/${request.id}/actions`, body);
    },
    () => {
      notify.success(t(`disclosure.done.${action}`));
      void client.invalidateQueries({ queryKey: disclosureKey });
      onClose();
    },
  );
  const outcome = Form.useWatch('outcome', form);
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Modal
      open
      title={t(`disclosure.actions.${action}`)}
      okText={t(`disclosure.actions.${action}`)}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph type="secondary">{t(`disclosure.actionHints.${action}`)}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          sectionCode: request.sectionCode ?? undefined,
          assigneeId: request.assigneeId ?? undefined,
          description: request.description,
          days: 20,
          outcome: request.state === 'correction' ? 'other' : 'disclose',
          reason: request.state === 'correction' ? 'no_correction' : undefined,
          correctionDueOn: dayjs(today()).add(15, 'day'),
        }}
        onValuesChange={(changed) => {
          if ('outcome' in changed) form.setFieldValue('reason', undefined);
        }}
      >
        {action === 'assign' ? (
          <>
            <Form.Item
              name="sectionCode"
              label={t('disclosure.section')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={(sections.data ?? []).map((s) => ({ value: s.code, label: localName(s) }))}
              />
            </Form.Item>
            <Form.Item name="assigneeId" label={t('disclosure.assignee')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.displayName }))}
              />
            </Form.Item>
          </>
        ) : null}
        {action === 'ask_correction' ? (
          <>
            <Form.Item name="note" label={t('disclosure.correctionNote')} rules={required}>
              <Input.TextArea rows={4} maxLength={1000} showCount />
            </Form.Item>
            <Form.Item
              name="correctionDueOn"
              label={t('disclosure.correctionDueOn')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker format={datePickerFormat()} disabledDate={(d) => d.format('YYYY-MM-DD') <= today()} />
            </Form.Item>
          </>
        ) : null}
        {action === 'correct' ? (
          <Form.Item name="description" label={t('disclosure.description')} rules={required}>
            <Input.TextArea rows={5} maxLength={2000} showCount />
          </Form.Item>
        ) : null}
        {action === 'consult' || action === 'consulted' ? (
          <Form.Item name="note" label={t(`disclosure.${action}Note`)} rules={required}>
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        ) : null}
        {action === 'extend' ? (
          <>
            <Form.Item
              name="days"
              label={t('disclosure.extendDays')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={1} max={20} addonAfter={t('disclosure.workingDaysUnit')} />
            </Form.Item>
            <Form.Item name="reason" label={t('disclosure.extensionReason')} rules={required}>
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </>
        ) : null}
        {action === 'answer' ? (
          <>
            <Form.Item
              name="outcome"
              label={t('disclosure.outcome')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                options={(Object.keys(outcomes) as Outcome[]).map((o) => ({
                  value: o,
                  label: t(`disclosure.outcomes.${o}`),
                }))}
              />
            </Form.Item>
            {outcome && outcomes[outcome].length ? (
              <Form.Item
                name="reason"
                label={t('disclosure.reason')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Select options={outcomes[outcome].map((r) => ({ value: r, label: t(`disclosure.reasons.${r}`) }))} />
              </Form.Item>
            ) : null}
            <Form.Item
              name="replyText"
              label={t('disclosure.replyText')}
              extra={t('disclosure.replyTextHint')}
              rules={required}
            >
              <Input.TextArea rows={6} maxLength={5000} />
            </Form.Item>
            <Form.Item name="legalBasis" label={t('disclosure.legalBasis')} extra={t('disclosure.legalBasisHint')}>
              <Input maxLength={300} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
