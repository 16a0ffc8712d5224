import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NeededRule } from './needed-rule';

/** One line per entry (材料, 步骤), added and removed one at a time; review needs at least one. */
function LinesField({
  name,
  label,
  add,
  needed,
  readOnly,
}: {
  name: 'materials' | 'steps';
  label: string;
  add: string;
  needed: NeededRule;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={['guide', name]} rules={[needed]}>
      {(fields, { add: addLine, remove }, { errors }) => (
        <Form.Item label={label} required>
          {fields.map((field, index) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
              <span className="kg-muted kg-line-number">{index + 1}.</span>
              <Form.Item name={field.name} noStyle>
                <Input maxLength={300} style={{ width: 'min(560px, 70vw)' }} aria-label={`${label} ${index + 1}`} />
              </Form.Item>
              {readOnly ? null : (
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('portal.guide.removeLine', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                  disabled={fields.length === 1}
                />
              )}
            </Space>
          ))}
          {readOnly ? null : (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => addLine('')} style={{ marginTop: 4 }}>
              {add}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

/** 办事指南: who may apply, what to bring, the steps, how long, what it costs, and whom to ask. */
export function GuideFields({ needed, readOnly }: { needed: NeededRule; readOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name={['guide', 'conditions']} label={t('portal.guide.conditions')} required rules={[needed]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <LinesField
        name="materials"
        label={t('portal.guide.materials')}
        add={t('portal.guide.addMaterial')}
        needed={needed}
        readOnly={readOnly}
      />
      <LinesField
        name="steps"
        label={t('portal.guide.steps')}
        add={t('portal.guide.addStep')}
        needed={needed}
        readOnly={readOnly}
      />
      <Form.Item name={['guide', 'timeLimit']} label={t('portal.guide.timeLimit')} required rules={[needed]}>
        <Input maxLength={100} style={{ maxWidth: 480 }} />
      </Form.Item>
      <Form.Item name={['guide', 'fee']} label={t('portal.guide.fee')}>
        <Input maxLength={100} style={{ maxWidth: 480 }} placeholder={t('portal.guide.feePlaceholder')} />
      </Form.Item>
      <Form.Item name={['guide', 'contact']} label={t('portal.guide.contact')} required rules={[needed]}>
        <Input maxLength={300} />
      </Form.Item>
    </>
  );
}
