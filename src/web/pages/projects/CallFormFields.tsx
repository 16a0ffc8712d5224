import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FormFieldDef } from '../../lib/types';

/** A DatePicker bound to a YYYY-MM-DD string, as the API takes days. */
export const dateProps = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: dayjs.Dayjs) => (value ? value.format('YYYY-MM-DD') : undefined),
};
const moneyRule = { pattern: /^\d{1,13}(\.\d{1,2})?$/, message: '' };

/**
 * The extra fields staff defined for a call, as a form under `formData` — the server checks the same
 * definition. `required` is only enforced here when submitting (drafts may be incomplete).
 */
export function CallFormFields({ fields, enforceRequired }: { fields: FormFieldDef[]; enforceRequired: boolean }) {
  const { t } = useTranslation();
  const money = { ...moneyRule, message: t('project.moneyRule') };
  return (
    <>
      {fields.map((field) => {
        const name = ['formData', field.key];
        const rules = [{ required: enforceRequired && field.required, message: t('common.required') }];
        switch (field.type) {
          case 'text':
            return (
              <Form.Item key={field.key} name={name} label={field.label} rules={rules}>
                {(field.maxLength ?? 2000) > 100 ? (
                  <Input.TextArea rows={4} maxLength={field.maxLength ?? 2000} showCount />
                ) : (
                  <Input maxLength={field.maxLength} />
                )}
              </Form.Item>
            );
          case 'number':
            return (
              <Form.Item key={field.key} name={name} label={field.label} rules={rules}>
                <InputNumber style={{ width: 240 }} />
              </Form.Item>
            );
          case 'money':
            return (
              <Form.Item key={field.key} name={name} label={field.label} rules={[...rules, money]}>
                <Input style={{ width: 240 }} suffix={t('project.yuan')} inputMode="decimal" />
              </Form.Item>
            );
          case 'date':
            return (
              <Form.Item key={field.key} name={name} label={field.label} rules={rules} {...dateProps}>
                <DatePicker />
              </Form.Item>
            );
          case 'select':
            return (
              <Form.Item key={field.key} name={name} label={field.label} rules={rules}>
                <Select
                  allowClear
                  style={{ width: 240 }}
                  options={(field.options ?? []).map((o) => ({ value: o, label: o }))}
                />
              </Form.Item>
            );
          case 'table':
            return (
              <Form.Item key={field.key} label={field.label} required={enforceRequired && field.required}>
                <Form.List name={name}>
                  {(rows, { add, remove }) => (
                    <>
                      {rows.map((row) => (
                        <Space key={row.key} align="baseline" wrap>
                          {(field.columns ?? []).map((column) => (
                            <Form.Item
                              key={column.key}
                              name={[row.name, column.key]}
                              rules={column.type === 'money' ? [money] : []}
                              {...(column.type === 'date' ? dateProps : {})}
                            >
                              {column.type === 'date' ? (
                                <DatePicker placeholder={column.label} />
                              ) : column.type === 'number' ? (
                                <InputNumber placeholder={column.label} />
                              ) : (
                                <Input
                                  placeholder={column.label}
                                  suffix={column.type === 'money' ? t('project.yuan') : undefined}
                                />
                              )}
                            </Form.Item>
                          ))}
                          <MinusCircleOutlined onClick={() => remove(row.name)} aria-label={t('common.remove')} />
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                        {t('project.addRow')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </Form.Item>
            );
        }
        return null;
      })}
    </>
  );
}
