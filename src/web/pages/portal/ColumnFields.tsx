import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { datePickerFormat } from '../../lib/format';
import { GuideFields } from './GuideFields';
import type { NeededRule } from './needed-rule';
import { catalogueColumns, catalogueTopics, openGovCategories, type PortalColumn, validities } from './model';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

/**
 * The fields a column has beyond title and body: 政策法规 its number, validity and date; 公示 its period and where
 * objections go; 办事指南 the service's details; 政府信息公开 its catalogue. `needed` marks what review requires.
 */
export function ColumnFields({
  column,
  needed,
  readOnly,
}: {
  column: PortalColumn;
  needed: NeededRule;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const category = Form.useWatch('openGovCategory');
  // A 解读 names the policy it explains: the published documents of 政策法规 to choose from.
  const policies = useQuery({
    queryKey: ['portal', 'items', 'published-policies'],
    queryFn: () =>
      api<{ items: { id: number; title: string }[] }>(
        'GET',
        '/api/portal/items?column=policies&state=published&pageSize=100',
      ),
    enabled: column === 'open-gov' && category === 'interpretation',
  });
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
              <Select
                allowClear
                style={{ width: 180 }}
                options={validities.map((v) => ({ value: v, label: t(`portal.validity.${v}`) }))}
              />
            </Form.Item>
          </Col>
          <Col>
            <Form.Item name="effectiveOn" label={t('portal.fields.effectiveOn')}>
              <DatePicker format={datePickerFormat()} />
            </Form.Item>
          </Col>
        </Row>
      ) : null}
      {column === 'publicity' || column === 'consultations' ? (
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
                    validator: (_, end) =>
                      end && getFieldValue('startsOn') && end.isBefore(getFieldValue('startsOn'), 'day')
                        ? Promise.reject(new Error(t('portal.fields.endsBeforeStart')))
                        : Promise.resolve(),
                  }),
                ]}
              >
                <DatePicker format={datePickerFormat()} />
              </Form.Item>
            </Col>
          </Row>
          {column === 'publicity' ? (
            <Form.Item
              name="objectionContact"
              label={t('portal.fields.objectionContact')}
              required
              rules={[needed]}
              extra={t('portal.fields.objectionContactHint')}
            >
              <Input.TextArea rows={2} maxLength={300} />
            </Form.Item>
          ) : null}
        </>
      ) : null}
      {column === 'guide' ? <GuideFields needed={needed} readOnly={readOnly} /> : null}
      {column === 'open-gov' ? (
        <Form.Item
          name="openGovCategory"
          label={t('portal.fields.openGovCategory')}
          extra={category ? t(`portal.openGovHint.${category}`) : undefined}
        >
          <Select
            style={{ width: 240 }}
            options={openGovCategories.map((c) => ({ value: c, label: t(`portal.openGov.${c}`) }))}
          />
        </Form.Item>
      ) : null}
      {column === 'open-gov' && category === 'interpretation' ? (
        <Form.Item name="interprets" label={t('portal.fields.interprets')} required rules={[needed]}>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ maxWidth: 480 }}
            loading={policies.isLoading}
            placeholder={t('portal.fields.interpretsPlaceholder')}
            options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          />
        </Form.Item>
      ) : null}
      {(catalogueColumns as readonly string[]).includes(column) ? (
        <Form.Item name="topic" label={t('portal.fields.topic')} extra={t('portal.fields.topicHint')}>
          <Select
            allowClear
            style={{ width: 240 }}
            options={catalogueTopics.map((c) => ({ value: c, label: t(`portal.topics.${c}`) }))}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
