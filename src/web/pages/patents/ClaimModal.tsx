import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useFormAction } from '../../lib/form-action';
import { formatYuan } from '../../lib/money';
import type { Patent } from './PatentListPage';

interface Rate {
  type: Patent['type'];
  stage: 'filed' | 'granted';
  amount: string;
}

/** 申请专利资助: the stages the patent has reached, with the amount the year's rates give. */
export function ClaimModal({ patent, onClose }: { patent: Patent; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const stage = Form.useWatch('stage', form) as Rate['stage'] | undefined;
  const yearOf = (s: Rate['stage']) =>
    Number((s === 'filed' ? patent.filedOn : (patent.grantedOn ?? patent.filedOn)).slice(0, 4));
  const year = yearOf(stage ?? 'filed');
  const rates = useQuery({
    queryKey: ['subsidy-rates', year],
    queryFn: () => api<{ items: Rate[] }>('GET', `/api/patent-subsidies/rates?year=${year}`),
  });
  const rate = rates.data?.items.find((r) => r.type === patent.type && r.stage === stage);
  const { busy, run } = useFormAction(form, {
    action: (v: { stage: Rate['stage'] }) =>
      api<{ amount: string }>('POST', '/api/patent-subsidies', { patentId: patent.id, stage: v.stage }),
    refresh: [['subsidies']],
    success: (r) => t('subsidy.claimed', { amount: formatYuan(r.amount) }),
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={t('subsidy.claim')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okButtonProps={{ disabled: !rate }}
      destroyOnHidden
    >
      <p>
        {patent.applicationNumber} · {patent.title}
      </p>
      <Form form={form} layout="vertical" initialValues={{ stage: patent.grantedOn ? 'granted' : 'filed' }}>
        <Form.Item name="stage" label={t('subsidy.stage')}>
          <Radio.Group
            options={[
              { value: 'filed', label: t('subsidy.stages.filed') },
              { value: 'granted', label: t('subsidy.stages.granted'), disabled: !patent.grantedOn },
            ]}
          />
        </Form.Item>
      </Form>
      {stage && !rates.isLoading ? (
        rate ? (
          <Alert type="info" showIcon title={t('subsidy.rateLine', { year, amount: formatYuan(rate.amount) })} />
        ) : (
          <Alert type="warning" showIcon title={t('subsidy.noRate', { year })} />
        )
      ) : null}
    </Modal>
  );
}
