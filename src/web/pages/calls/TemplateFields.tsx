import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  budgetSchemes,
  defaultTemplate,
  indicatorKindList,
  stampedCopySteps,
  textSections,
} from '../../../domains/applications/catalogue';
import { datePickerFormat } from '../../lib/format';
import { dateProps } from '../projects/CallFormFields';

/**
 * 申报书模板 inside a call's or a programme's form, under `name`: null keeps the short form. Every limit an
 * application is checked against is set here, so staff design a call's application without a developer.
 * Parts are set with setFieldValue, so the form sends the template whole from getFieldValue(name).
 */
export function TemplateFields({ name }: { name: (string | number)[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  // preserve: the template is a value the form holds whole, not a field it registers.
  const template = Form.useWatch(name, { form, preserve: true }) as typeof defaultTemplate | null | undefined;
  const at = (...path: (string | number)[]) => [...name, ...path];
  const enabled = Boolean(template);
  return (
    <>
      <Typography.Paragraph className="kg-muted">{t('application.template.help')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Switch
          checked={enabled}
          onChange={(on) => form.setFieldValue(name, on ? structuredClone(defaultTemplate) : null)}
          aria-label={t('application.template.enabled')}
        />
        <span>{enabled ? t('application.template.enabled') : t('application.template.disabledHelp')}</span>
      </Space>
      {enabled ? (
        <>
          <Space wrap align="start">
            <Form.Item name={at('periodMonths', 'min')} label={t('application.template.periodMin')}>
              <InputNumber min={1} max={120} precision={0} />
            </Form.Item>
            <Form.Item name={at('periodMonths', 'max')} label={t('application.template.periodMax')}>
              <InputNumber min={1} max={120} precision={0} />
            </Form.Item>
            <Form.Item name={at('startFrom')} label={t('application.template.startFrom')} {...dateProps}>
              <DatePicker format={datePickerFormat()} />
            </Form.Item>
            <Form.Item name={at('endBy')} label={t('application.template.endBy')} {...dateProps}>
              <DatePicker format={datePickerFormat()} />
            </Form.Item>
          </Space>
          <Space wrap align="start">
            <Form.Item name={at('maxPartners')} label={t('application.template.maxPartners')}>
              <InputNumber min={0} max={20} precision={0} />
            </Form.Item>
            <Form.Item name={at('maxMembers')} label={t('application.template.maxMembers')}>
              <InputNumber min={0} max={50} precision={0} />
            </Form.Item>
            <Form.Item name={at('leaderOpenLimit')} label={t('application.template.leaderOpenLimit')}>
              <InputNumber min={1} max={10} precision={0} />
            </Form.Item>
            <Form.Item name={at('minMilestones')} label={t('application.template.minMilestones')}>
              <InputNumber min={0} max={30} precision={0} />
            </Form.Item>
            <Form.Item
              name={at('applicantFigures')}
              label={t('application.template.applicantFigures')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Space>
          <Form.Item label={t('application.template.texts')}>
            <Form.List name={at('texts')}>
              {(rows, { add, remove }) => {
                const used = new Set((template?.texts ?? []).map((x) => x.key));
                return (
                  <>
                    {rows.map((row) => (
                      <Space key={row.key} wrap className="kg-list-row">
                        <span style={{ display: 'inline-block', width: 96 }}>
                          {t(`application.texts.${template?.texts[row.name]?.key}`)}
                        </span>
                        <Form.Item name={[row.name, 'maxLength']} noStyle>
                          <InputNumber
                            min={50}
                            max={20000}
                            precision={0}
                            suffix={t('application.template.chars')}
                            style={{ width: 170 }}
                          />
                        </Form.Item>
                        <Form.Item name={[row.name, 'required']} valuePropName="checked" noStyle>
                          <Switch size="small" />
                        </Form.Item>
                        <span className="kg-muted">{t('application.template.textRequired')}</span>
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label={t('common.remove')}
                          onClick={() => remove(row.name)}
                        />
                      </Space>
                    ))}
                    <Space wrap>
                      {textSections
                        .filter((key) => !used.has(key))
                        .map((key) => (
                          <Button
                            key={key}
                            size="small"
                            icon={<PlusOutlined />}
                            onClick={() => add({ key, required: true, maxLength: 3000 })}
                          >
                            {t(`application.texts.${key}`)}
                          </Button>
                        ))}
                    </Space>
                  </>
                );
              }}
            </Form.List>
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name={at('indicators', 'minCount')} label={t('application.template.indicatorsMin')}>
              <InputNumber min={0} max={20} precision={0} />
            </Form.Item>
            <Form.Item
              name={at('indicators', 'kinds')}
              label={t('application.template.indicatorKinds')}
              style={{ minWidth: 320, maxWidth: 640 }}
            >
              <Select
                mode="multiple"
                options={indicatorKindList.map((k) => ({ value: k, label: t(`application.indicatorKinds.${k}`) }))}
              />
            </Form.Item>
          </Space>
          <Space style={{ marginBottom: 12 }}>
            <Switch
              checked={Boolean(template?.budget)}
              onChange={(on) => form.setFieldValue(at('budget'), on ? { ...defaultTemplate.budget } : null)}
              aria-label={t('application.template.budget')}
            />
            <span>{t('application.template.budget')}</span>
          </Space>
          {template?.budget ? (
            <Space wrap align="start">
              <Form.Item name={at('budget', 'scheme')} label={t('application.template.scheme')}>
                <Select
                  style={{ width: 300, maxWidth: '100%' }}
                  options={budgetSchemes.map((s) => ({ value: s, label: t(`application.template.schemes.${s}`) }))}
                />
              </Form.Item>
              <Form.Item name={at('budget', 'selfRatioPercent')} label={t('application.template.selfRatio')}>
                <InputNumber min={0} max={1000} precision={0} />
              </Form.Item>
              <Form.Item name={at('budget', 'indirectCapPercent')} label={t('application.template.indirectCap')}>
                <InputNumber min={0} max={100} precision={0} />
              </Form.Item>
              <Form.Item
                name={at('budget', 'maxFiscal')}
                label={t('application.template.maxFiscal')}
                rules={[{ pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('project.moneyRule') }]}
              >
                <Input inputMode="decimal" style={{ width: 160 }} />
              </Form.Item>
            </Space>
          ) : null}
          <Form.Item label={t('application.template.stampedCopyStep')}>
            <Select
              style={{ width: 200 }}
              value={template?.stampedCopyStep ?? 'none'}
              onChange={(v) => form.setFieldValue(at('stampedCopyStep'), v === 'none' ? null : v)}
              options={(['none', ...stampedCopySteps] as const).map((s) => ({
                value: s,
                label: t(`application.template.stampedSteps.${s}`),
              }))}
            />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
