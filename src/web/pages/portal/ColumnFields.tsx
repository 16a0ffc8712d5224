import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { datePickerFormat } from '../../lib/format';
import { GuideFields } from './GuideFields';
import type { NeededRule } from './needed-rule';
import { openGovCategories, type PortalColumn, validities } from './model';

/**
 * The fields a column has beyond title and body: 政策法规 its number, validity and date; 公示 its period and where
 * objections go; 办事指南 the service's details; 政府信息公开 its catalogue. `needed` marks what review requires.
 */
export function ColumnFields({ column, needed, readOnly }: { column: PortalColumn; needed: NeededRule; readOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {column === 'notices' || column === 'policies' || column === 'open-gov' ? (
        <Form.Item name="docNo" label={t('portal.fields.docNo')}>
          <Input maxLength={100} style={{ maxWidth: 320 }} placeholder={t('portal.fields.docNoPlaceholder')} />
        </Form.Item>
      ) : null}
      {column === 'policies' ? (
        <Row gutter={16}>
          <Col>
            <Form.Item name="validity" label={t('portal.fields.validity')} required rules={[needed]}>
              <Select allowClear style={{ width: 180 }} options={validities.map((v) => ({ value: v, label: t(`portal.validity.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col>
            <Form.Item name="effectiveOn" label={t('portal.fields.effectiveOn')}>
              <DatePicker format={datePickerFormat()} />
            </Form.Item>
          </Col>
        </Row>
      ) : null}
      {column === 'publicity' ? (
        <>
          <Row gutter={16}>
            <Col>
              <Form.Item name="startsOn" label={t('portal.fields.startsOn')} required rules={[needed]}>
                <DatePicker format={datePickerFormat()} />
              </Form.Item>
            </Col>
            <Col>
              <Form.Item
                name="endsOn"
                label={t('portal.fields.endsOn')}
                required
                dependencies={['startsOn']}
                rules={[
                  needed,
                  ({ getFieldValue }) => ({
                    validator: (_, end) => (end && getFieldValue('startsOn') && end.isBefore(getFieldValue('startsOn'), 'day') ? Promise.reject(new Error(t('portal.fields.endsBeforeStart'))) : Promise.resolve()),
                  }),
                ]}
              >
                <DatePicker format={datePickerFormat()} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="objectionContact" label={t('portal.fields.objectionContact')} required rules={[needed]} extra={t('portal.fields.objectionContactHint')}>
            <Input.TextArea rows={2} maxLength={300} />
          </Form.Item>
        </>
      ) : null}
      {column === 'guide' ? <GuideFields needed={needed} readOnly={readOnly} /> : null}
      {column === 'open-gov' ? (
        <Form.Item name="openGovCategory" label={t('portal.fields.openGovCategory')}>
          <Select style={{ width: 240 }} options={openGovCategories.map((c) => ({ value: c, label: t(`portal.openGov.${c}`) }))} />
        </Form.Item>
      ) : null}
    </>
  );
}
