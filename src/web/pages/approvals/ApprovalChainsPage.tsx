import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { applyServerError } from '../../lib/errors';
import { useNotify } from '../../lib/notify';
import { PageTitle } from '../../shell/AppLayout';

type Step = { role: 'staff' | 'leader'; days: number };
interface Chain {
  kind: 'project_decision' | 'subsidy_payment' | 'letter_issue' | 'assessment_result';
  steps: Step[];
}

/** 审批流程: the administrator sets who signs each kind of decision, in which order and within how many days. */
export function ApprovalChainsPage() {
  const { t } = useTranslation();
  const chains = useQuery({
    queryKey: ['approval-chains'],
    queryFn: () => api<{ items: Chain[] }>('GET', '/api/approval-chains'),
  });
  return (
    <>
      <PageTitle title={t('approval.chains')} />
      <p className="kg-muted">{t('approval.chainsHelp')}</p>
      {(chains.data?.items ?? []).map((chain) => (
        <ChainCard key={chain.kind} chain={chain} />
      ))}
    </>
  );
}

function ChainCard({ chain }: { chain: Chain }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const [form] = Form.useForm<{ steps: Step[] }>();
  const [error, setError] = useState<string>();
  const save = async () => {
    const values = await form.validateFields();
    try {
      await api('PUT', `/api/approval-chains/${chain.kind}`, values);
      setError(undefined);
      notify.success(t('common.saved'));
      await client.invalidateQueries({ queryKey: ['approval-chains'] });
    } catch (e) {
      setError(applyServerError(form, e, 'steps'));
    }
  };
  return (
    <Card
      title={t(`approval.kinds.${chain.kind}`)}
      style={{ marginBottom: 16 }}
      extra={
        <Button type="primary" onClick={() => void save()}>
          {t('approval.saveChain')}
        </Button>
      }
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} initialValues={{ steps: chain.steps }} layout="inline">
        <Form.List name="steps">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Space key={field.key} wrap align="baseline">
                  <span>{t('approval.stepOf', { step: i + 1, of: fields.length })}</span>
                  <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('common.required') }]}>
                    <Select
                      style={{ width: 200 }}
                      aria-label={t('approval.step')}
                      options={(['staff', 'leader'] as const).map((r) => ({
                        value: r,
                        label: t(`approval.roles.${r}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'days']}
                    label={t('approval.days')}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <InputNumber min={1} max={30} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('common.remove')}
                      onClick={() => remove(field.name)}
                    />
                  ) : null}
                </Space>
              ))}
              {fields.length < 4 ? (
                <Button icon={<PlusOutlined />} onClick={() => add({ role: 'staff', days: 2 }, 0)}>
                  {t('approval.addStep')}
                </Button>
              ) : null}
            </Space>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
