import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { useFormAction } from '../../lib/form-action';
import { formatDate, formatDateTime } from '../../lib/format';
import type { CallDetail, Page, Person, ProjectDetail } from '../../lib/types';
import { CallFormFields } from './CallFormFields';

/** A draft application in two clicks: its title and sum, the call's own fields; saved, it opens as the 申报书. */
export function ApplyModal({ callId, onClose }: { callId: number; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const call = useQuery({ queryKey: ['calls', callId], queryFn: () => api<CallDetail>('GET', `/api/calls/${callId}`) });
  const people = useQuery({
    queryKey: ['people', 'mine'],
    queryFn: () => api<Page<Person>>('GET', '/api/people?pageSize=200'),
    enabled: call.data?.program.applicantKind === 'person',
  });
  const sectioned = Boolean(call.data?.applicationTemplate);
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) =>
      api<ProjectDetail>('POST', '/api/projects', {
        ...values,
        callId,
        requestedFunding: values.requestedFunding || undefined,
      }),
    refresh: [['projects']],
    success: () => t('hall.draftSaved'),
    onDone: (project) => navigate(`/projects/${project.id}`),
  });
  return (
    <Modal
      open
      title={call.data?.title ?? t('hall.apply')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okText={t('hall.saveDraft')}
      width={760}
      destroyOnHidden
    >
      {call.data?.description ? (
        <Typography.Paragraph className="kg-muted">{call.data.description}</Typography.Paragraph>
      ) : null}
      {call.data ? (
        <Typography.Paragraph className="kg-muted">
          {t('hall.window', { opens: formatDate(call.data.opensAt), closes: formatDateTime(call.data.closesAt) })}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="title"
          label={t('project.title')}
          rules={[{ required: true, min: 2, max: 200, message: t('project.titleRule') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        {call.data?.program.applicantKind === 'person' ? (
          <Form.Item
            name="personId"
            label={t('hall.person')}
            extra={t('hall.personHelp')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(people.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.name}${p.title ? `（${p.title}）` : ''}${p.talentTags.length ? ` · ${p.talentTags.join('/')}` : ''}`,
              }))}
            />
          </Form.Item>
        ) : null}
        {/* A sectioned 申报书 names its leader from the people registry, in its team part. */}
        {sectioned ? null : (
          <Form.Item name="leaderName" label={t('project.leader')}>
            <Input maxLength={50} />
          </Form.Item>
        )}
        <Form.Item
          name="requestedFunding"
          label={t('project.requested')}
          rules={[{ pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('project.moneyRule') }]}
        >
          <Input style={{ width: 240 }} suffix={t('project.yuan')} inputMode="decimal" />
        </Form.Item>
        {sectioned ? (
          <Typography.Paragraph className="kg-muted">{t('hall.sectionedHint')}</Typography.Paragraph>
        ) : (
          <CallFormFields fields={call.data?.formFields ?? []} enforceRequired={false} />
        )}
      </Form>
    </Modal>
  );
}
