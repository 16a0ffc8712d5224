import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Select, Space, Statistic } from 'antd';
import { Table } from '../../lib/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useFormAction } from '../../lib/form-action';
import { formatDate } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import type { ProjectDetail } from '../../lib/types';
import { today } from '../../lib/clock';
import type { ResponseOf } from '../../lib/client';

type Funding = ResponseOf<'/api/projects/{id}/funding'>;

const fundedStates = ['approved', 'acceptance_requested', 'accepted', 'failed_acceptance', 'terminated'];

/** 经费: approved, allocated in tranches, outstanding, and the applicant's self-raised money. */
export function FundingCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [form] = Form.useForm();
  const funding = useQuery({
    queryKey: ['projects', 'funding', project.id],
    queryFn: () => api<Funding>('GET', `/api/projects/${project.id}/funding`),
  });
  const sources = can('applicant') ? (['self_raised'] as const) : (['local', 'superior'] as const);
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) =>
      api('POST', `/api/projects/${project.id}/funding`, {
        ...values,
        paidOn: (values.paidOn as dayjs.Dayjs).format('YYYY-MM-DD'),
      }),
    refresh: [['projects', 'funding', project.id]],
    onDone: () => form.resetFields(),
  });
  if (!fundedStates.includes(project.state)) return null;
  const f = funding.data;
  return (
    <Card title={t('funding.title')} style={{ marginTop: 16 }}>
      <Space size="large" wrap style={{ display: 'flex', marginBottom: 16 }}>
        <Statistic title={t('project.approved')} value={formatYuan(f?.approved)} loading={funding.isLoading} />
        <Statistic title={t('funding.allocated')} value={formatYuan(f?.allocated)} loading={funding.isLoading} />
        <Statistic title={t('funding.outstanding')} value={formatYuan(f?.outstanding)} loading={funding.isLoading} />
        <Statistic title={t('funding.selfRaised')} value={formatYuan(f?.selfRaised)} loading={funding.isLoading} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={f?.items}
        locale={{ emptyText: t('funding.none') }}
        columns={[
          { title: t('funding.paidOn'), dataIndex: 'paidOn', width: 150, render: formatDate },
          {
            title: t('funding.source'),
            dataIndex: 'source',
            width: 140,
            render: (s: string) => t(`funding.sources.${s}`),
          },
          {
            title: t('funding.amount'),
            dataIndex: 'amount',
            width: 160,
            align: 'right',
            render: (v: string) => formatYuan(v),
          },
          { title: t('project.docNo'), dataIndex: 'docNo', width: 180 },
          { title: t('project.comment'), dataIndex: 'note' },
        ]}
      />
      {can('staff', 'applicant') ? (
        <Form
          form={form}
          layout="inline"
          style={{ marginTop: 16, rowGap: 8 }}
          initialValues={{ source: sources[0] }}
          onFinish={(v) => void run(v)}
        >
          <Form.Item name="source" rules={[{ required: true }]}>
            <Select
              style={{ width: 150 }}
              options={sources.map((s) => ({ value: s, label: t(`funding.sources.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            rules={[{ required: true, pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('project.moneyRule') }]}
          >
            <Input placeholder={t('funding.amount')} suffix={t('project.yuan')} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="paidOn" rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker placeholder={t('funding.paidOn')} disabledDate={(d) => d.isAfter(dayjs(today()))} />
          </Form.Item>
          <Form.Item name="docNo">
            <Input placeholder={t('project.docNo')} style={{ width: 180 }} maxLength={60} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t('funding.add')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
