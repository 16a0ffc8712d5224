import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Divider, Drawer, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useJurisdictions, useLocalName } from '../../lib/dictionaries';
import { useFormAction } from '../../lib/form-action';
import type { CallDetail, ProgramRef } from '../../lib/types';
import { now, thisYear } from '../../lib/clock';
import { TemplateFields } from './TemplateFields';
import { RowList } from '../../lib/RowList';

const fieldTypes = ['text', 'number', 'money', 'date', 'select', 'table'] as const;
const fileTypes = ['.pdf', '.docx', '.xlsx', '.png', '.jpg', '.jpeg'];
const keyRule = { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, message: '' };

/** Publishes or edits a call: window, expert review, quotas per jurisdiction, the form, attachments and criteria. */
export function CallEditor({ callId, onClose }: { callId?: number; onClose(): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [form] = Form.useForm();
  const jurisdictions = useJurisdictions();
  const localName = useLocalName();
  const programs = useQuery({
    queryKey: ['programs'],
    queryFn: () => api<{ items: ProgramRef[] }>('GET', '/api/programs'),
  });
  const call = useQuery({
    queryKey: ['calls', callId],
    queryFn: () => api<CallDetail>('GET', `/api/calls/${callId}`),
    enabled: Boolean(callId),
  });
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) => {
      const [opensAt, closesAt] = values.window as [dayjs.Dayjs, dayjs.Dayjs];
      const { window: _window, programId, ...rest } = values;
      const body = {
        ...rest,
        applicationTemplate: form.getFieldValue('applicationTemplate') ?? null,
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
      };
      return callId
        ? api('PATCH', `/api/calls/${callId}`, { ...body, version: call.data?.version })
        : api('POST', '/api/calls', { ...body, programId });
    },
    refresh: [['calls']],
    onDone: onClose,
  });
  if (callId && !call.data) return null;
  const initial = call.data
    ? { ...call.data, programId: call.data.program.id, window: [dayjs(call.data.opensAt), dayjs(call.data.closesAt)] }
    : {
        year: thisYear() + 1,
        // A new call opens now and runs a month unless staff say otherwise.
        window: [dayjs(now()).startOf('hour'), dayjs(now()).add(30, 'day').hour(17).startOf('hour')],
        expertReview: false,
        reviewCommentRequired: false,
        formFields: [],
        attachments: [],
        criteria: [],
        quotas: [],
      };
  return (
    <Drawer
      open
      size="large"
      title={callId ? t('call.edit') : t('call.create')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button type="primary" loading={busy} onClick={() => void run()}>
          {t('common.save')}
        </Button>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Form.Item
          name="programId"
          label={t('project.program')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            disabled={Boolean(callId)}
            onChange={(id: number) => {
              // A new call starts from its programme's template: the 申报书, the extra fields, attachments and criteria.
              const template = programs.data?.items.find((p) => p.id === id)?.template;
              if (template)
                form.setFieldsValue({
                  applicationTemplate: template.application,
                  formFields: template.formFields,
                  attachments: template.attachments,
                  criteria: template.criteria,
                });
            }}
            options={(programs.data?.items ?? [])
              .filter((p) => p.sectionCode === user?.sectionCode)
              .map((p) => ({ value: p.id, label: `${t(`programLevel.${p.level}`)} · ${p.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('call.title')}
          rules={[{ required: true, min: 2, max: 200, message: t('project.titleRule') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="year" label={t('hall.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} disabled={Boolean(callId)} />
          </Form.Item>
          <Form.Item name="window" label={t('call.window')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="expertReview" label={t('call.expertReview')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="reviewCommentRequired" label={t('call.reviewCommentRequired')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="defaultQuota" label={t('call.defaultQuota')}>
            <InputNumber min={0} max={1000} />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('call.description')} extra={t('call.descriptionHint')}>
          <Input.TextArea rows={6} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="contact" label={t('call.contact')} extra={t('call.contactHint')}>
          <Input maxLength={200} />
        </Form.Item>

        <Divider titlePlacement="start">{t('call.quotas')}</Divider>
        <RowList name="quotas" addLabel={t('call.addQuota')}>
          {(row) => (
            <>
              <Form.Item
                name={[row.name, 'jurisdictionCode']}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Select
                  style={{ width: 220 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(jurisdictions.data ?? []).map((j) => ({ value: j.code, label: localName(j) }))}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'quota']} rules={[{ required: true, message: t('common.required') }]}>
                <InputNumber min={0} max={1000} placeholder={t('call.quota')} />
              </Form.Item>
            </>
          )}
        </RowList>

        <Divider titlePlacement="start">{t('application.template.title')}</Divider>
        <TemplateFields name={['applicationTemplate']} />
        <Divider titlePlacement="start">{t('call.formFields')}</Divider>
        <RowList name="formFields" addLabel={t('call.addField')} newRow={{ type: 'text', required: false }}>
          {(row) => (
            <>
              <KeyAndLabel row={row.name} labelField="label" />
              <Form.Item name={[row.name, 'type']} rules={[{ required: true, message: t('common.required') }]}>
                <Select
                  style={{ width: 120 }}
                  options={fieldTypes.map((x) => ({ value: x, label: t(`call.fieldType.${x}`) }))}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'options']}>
                <Select mode="tags" placeholder={t('call.options')} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name={[row.name, 'required']} valuePropName="checked">
                <Switch checkedChildren={t('call.required')} unCheckedChildren={t('call.optional')} />
              </Form.Item>
            </>
          )}
        </RowList>

        <Divider titlePlacement="start">{t('call.attachments')}</Divider>
        <RowList
          name="attachments"
          addLabel={t('call.addAttachment')}
          newRow={{ types: ['.pdf'], maxBytes: 20 * 1024 * 1024, required: true }}
        >
          {(row) => (
            <>
              <KeyAndLabel row={row.name} labelField="name" />
              <Form.Item name={[row.name, 'types']} rules={[{ required: true, message: t('common.required') }]}>
                <Select
                  mode="multiple"
                  style={{ width: 220 }}
                  options={fileTypes.map((x) => ({ value: x, label: x }))}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'maxBytes']} rules={[{ required: true, message: t('common.required') }]}>
                <Select
                  style={{ width: 110 }}
                  options={[2, 5, 10, 20].map((mb) => ({ value: mb * 1024 * 1024, label: `≤ ${mb} MB` }))}
                />
              </Form.Item>
              <Form.Item name={[row.name, 'required']} valuePropName="checked">
                <Switch checkedChildren={t('call.required')} unCheckedChildren={t('call.optional')} />
              </Form.Item>
            </>
          )}
        </RowList>

        <Divider titlePlacement="start">{t('call.criteria')}</Divider>
        <RowList name="criteria" addLabel={t('call.addCriterion')}>
          {(row) => (
            <>
              <KeyAndLabel row={row.name} labelField="name" />
              <Form.Item name={[row.name, 'max']} rules={[{ required: true, message: t('common.required') }]}>
                <InputNumber min={1} max={100} placeholder={t('call.max')} />
              </Form.Item>
            </>
          )}
        </RowList>
      </Form>
    </Drawer>
  );
}

/** A list of rows in a form (quotas, fields, attachments, criteria): each row removable, one button to add. */
/** The key and label every row of a call definition starts with (form field, attachment, criterion). */
function KeyAndLabel({ row, labelField }: { row: number; labelField: 'label' | 'name' }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={[row, 'key']}
        rules={[
          { required: true, message: t('common.required') },
          { ...keyRule, message: t('call.keyRule') },
        ]}
      >
        <Input placeholder={t('call.key')} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name={[row, labelField]} rules={[{ required: true, message: t('common.required') }]}>
        <Input placeholder={t('call.label')} style={{ width: 160 }} />
      </Form.Item>
    </>
  );
}
