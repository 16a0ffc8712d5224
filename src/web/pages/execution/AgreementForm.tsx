import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuan, yuanToFen } from '../../../shared/money';
import { formatYuan } from '../../lib/money';
import { fundingSources, moneyRule, sumFen } from './form-rules';

/** 预算科目 officials use; any other may be typed. */
const budgetItems = [
  '设备费',
  '材料费',
  '测试化验加工费',
  '燃料动力费',
  '差旅费',
  '会议费',
  '国际合作与交流费',
  '出版/文献/信息传播/知识产权事务费',
  '劳务费',
  '专家咨询费',
  '管理费',
];

type Rule = { validator(rule: unknown, rows: unknown[] | undefined): Promise<void> };

const atLeastOne = (message: string): Rule => ({
  async validator(_, rows) {
    if (!rows?.length) throw new Error(message);
  },
});

function Rows({
  name,
  add,
  rules,
  children,
}: {
  name: (string | number)[];
  add: string;
  rules?: Rule[];
  children(field: FormListFieldData): ReactNode;
}) {
  return (
    <Form.List name={name} rules={rules}>
      {(fields, { add: addRow, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
              {children(field)}
              <MinusCircleOutlined style={{ marginTop: 9 }} onClick={() => remove(field.name)} aria-label="remove" />
            </Space>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => addRow()}
            style={{ marginBottom: 16, marginTop: 4 }}
          >
            {add}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Where the agreement's fields sit in the form: ['content'] for the agreement, ['proposal'] for a change request. */
type Prefix = { prefix: string };

export function MilestoneRows({ prefix }: Prefix) {
  const { t } = useTranslation();
  const required = { required: true, message: t('common.required') };
  return (
    <Rows
      name={[prefix, 'milestones']}
      add={t('agreement.addMilestone')}
      rules={[atLeastOne(t('agreement.milestonesEmpty'))]}
    >
      {(field) => (
        <>
          <Form.Item name={[field.name, 'title']} rules={[required]} style={{ marginBottom: 4 }}>
            <Input placeholder={t('agreement.milestone')} maxLength={200} style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name={[field.name, 'dueOn']} rules={[required]} style={{ marginBottom: 4 }}>
            <DatePicker placeholder={t('agreement.dueOn')} />
          </Form.Item>
          <Form.Item name={[field.name, 'deliverable']} style={{ marginBottom: 4 }}>
            <Input placeholder={t('agreement.deliverable')} maxLength={500} style={{ width: 260 }} />
          </Form.Item>
        </>
      )}
    </Rows>
  );
}

/** Budget lines; the bureau's part (superior + local) must equal the approved funding, as the server also checks. */
export function BudgetRows({ prefix, approved }: Prefix & { approved: string | null }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('common.required') };
  const matchesApproval: Rule = {
    async validator(_, rows) {
      await atLeastOne(t('agreement.budgetEmpty')).validator(_, rows);
      if (approved === null) return;
      const bureau = sumFen(
        (rows as { source?: string; amount?: string }[]).filter((r) => r.source !== 'self_raised').map((r) => r.amount),
      );
      if (bureau !== undefined && bureau !== yuanToFen(approved)) {
        throw new Error(
          t('agreement.budgetMismatch', { bureau: formatYuan(fenToYuan(bureau)), approved: formatYuan(approved) }),
        );
      }
    },
  };
  return (
    <Rows name={[prefix, 'budget']} add={t('agreement.addBudget')} rules={[matchesApproval]}>
      {(field) => (
        <>
          <Form.Item name={[field.name, 'source']} rules={[required]} style={{ marginBottom: 4 }}>
            <Select
              style={{ width: 150 }}
              placeholder={t('funding.source')}
              aria-label={t('funding.source')}
              options={fundingSources.map((s) => ({ value: s, label: t(`funding.sources.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name={[field.name, 'item']} rules={[required]} style={{ marginBottom: 4 }}>
            <AutoComplete
              style={{ width: 220 }}
              placeholder={t('agreement.budgetItem')}
              aria-label={t('agreement.budgetItem')}
              options={budgetItems.map((v) => ({ value: v }))}
              filterOption
            />
          </Form.Item>
          <Form.Item name={[field.name, 'amount']} rules={[required, moneyRule(t)]} style={{ marginBottom: 4 }}>
            <Input
              style={{ width: 180 }}
              suffix={t('project.yuan')}
              inputMode="decimal"
              placeholder={t('funding.amount')}
            />
          </Form.Item>
        </>
      )}
    </Rows>
  );
}

/** The whole 任务书 as the applicant fills it in. */
export function AgreementFields({ prefix, approved }: Prefix & { approved: string | null }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('common.required') };
  return (
    <>
      <Space wrap size="large">
        <Form.Item name={[prefix, 'period']} label={t('agreement.period')} rules={[required]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name={[prefix, 'leaderName']} label={t('project.leader')} rules={[required]}>
          <Input maxLength={50} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name={[prefix, 'reportEvery']} label={t('agreement.fields.reportEvery')} rules={[required]}>
          <Select
            style={{ width: 160 }}
            options={(['quarter', 'half_year', 'year'] as const).map((v) => ({
              value: v,
              label: t(`agreement.interval.${v}`),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name={[prefix, 'objectives']} label={t('agreement.fields.objectives')} rules={[required]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <h4>{t('agreement.fields.milestones')}</h4>
      <MilestoneRows prefix={prefix} />
      <h4>{t('agreement.fields.indicators')}</h4>
      <Rows name={[prefix, 'indicators']} add={t('agreement.addIndicator')}>
        {(field) => (
          <>
            <Form.Item name={[field.name, 'name']} rules={[required]} style={{ marginBottom: 4 }}>
              <Input placeholder={t('agreement.indicator')} maxLength={100} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name={[field.name, 'target']} rules={[required]} style={{ marginBottom: 4 }}>
              <Input placeholder={t('agreement.target')} maxLength={40} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={[field.name, 'unit']} rules={[required]} style={{ marginBottom: 4 }}>
              <Input placeholder={t('agreement.unit')} maxLength={20} style={{ width: 90 }} />
            </Form.Item>
          </>
        )}
      </Rows>
      <h4>{t('agreement.fields.budget')}</h4>
      <BudgetRows prefix={prefix} approved={approved} />
    </>
  );
}
