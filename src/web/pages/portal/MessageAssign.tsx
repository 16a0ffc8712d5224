import { Button, Form, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocalName, useSections } from '../../lib/dictionaries';
import { type Message, useBureauPeople } from './model';
import type { useMessageAction } from './useMessageAction';

/** 交办: to a section, and (optionally) to a person in the bureau, who then finds it under 我的. */
export function MessageAssign({ message, action }: { message: Message; action: ReturnType<typeof useMessageAction> }) {
  const { t } = useTranslation();
  const sections = useSections();
  const people = useBureauPeople();
  const localName = useLocalName();
  const [form] = Form.useForm<{ sectionCode?: string; assigneeId?: number }>();
  const section = Form.useWatch('sectionCode', form);
  const candidates = (people.data?.items ?? []).filter((p) => !section || p.sectionCode === section || !p.sectionCode);
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ sectionCode: message.sectionCode ?? undefined, assigneeId: message.assigneeId ?? undefined }}
      onValuesChange={(changed) => {
        if ('sectionCode' in changed && form.getFieldValue('assigneeId')) {
          const person = people.data?.items.find((p) => p.id === form.getFieldValue('assigneeId'));
          if (person?.sectionCode && person.sectionCode !== changed.sectionCode)
            form.setFieldValue('assigneeId', undefined);
        }
      }}
      onFinish={(v) =>
        void action.run({ action: 'assign', sectionCode: v.sectionCode ?? null, assigneeId: v.assigneeId ?? null })
      }
    >
      <Space wrap align="end">
        <Form.Item
          name="sectionCode"
          label={t('portal.messages.section')}
          rules={[{ required: true, message: t('common.required') }]}
          style={{ marginBottom: 0 }}
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 240 }}
            loading={sections.isLoading}
            options={(sections.data ?? []).map((s) => ({ value: s.code, label: localName(s) }))}
          />
        </Form.Item>
        <Form.Item name="assigneeId" label={t('portal.messages.assignee')} style={{ marginBottom: 0 }}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 220 }}
            loading={people.isLoading}
            placeholder={t('portal.messages.anyone')}
            options={candidates.map((p) => ({ value: p.id, label: p.displayName }))}
          />
        </Form.Item>
        <Button htmlType="submit" loading={action.busy === 'assign'}>
          {t('portal.messages.assign')}
        </Button>
      </Space>
    </Form>
  );
}
