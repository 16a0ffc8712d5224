import { useQueryClient } from '@tanstack/react-query';
import { Alert, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { today } from '../../lib/clock';
import { useDialogForm } from '../../lib/dialog-form';
import { datePickerFormat } from '../../lib/format';
import { type ApplicantKind, applicantKinds, type DisclosureRequest, disclosureKey } from './model';

type Values = {
  channel: 'letter' | 'in_person' | 'fax' | 'email';
  receivedOn: Dayjs;
  applicantKind: ApplicantKind;
  name: string;
  idType?: string;
  idNumber: string;
  legalRepresentative?: string;
  contactName?: string;
  phone: string;
  email?: string;
  address: string;
  postcode?: string;
  description: string;
  purpose?: string;
  form: 'paper' | 'electronic';
  delivery: 'mail' | 'email' | 'pickup' | 'online';
};

/** 登记申请: a request that came by letter, fax, e-mail or in person, typed in with the day it arrived. */
export function RegisterRequestModal({ onClose, onRegistered }: { onClose(): void; onRegistered(id: number): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { form, error, submit } = useDialogForm<Values>(
    async ({ channel, receivedOn, ...request }) => {
      const row = await api<DisclosureRequest>('POST', '/api/disclosure/requests', {
        ...request,
        channel,
        receivedOn: receivedOn.format('YYYY-MM-DD'),
        idType: request.applicantKind === 'person' ? request.idType : undefined,
      });
      await client.invalidateQueries({ queryKey: disclosureKey });
      onRegistered(row.id);
    },
    () => undefined,
  );
  const kind = Form.useWatch('applicantKind', form);
  const person = (kind ?? 'person') === 'person';
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const half = { xs: 24, sm: 12 };
  return (
    <Modal
      open
      title={t('disclosure.register')}
      okText={t('disclosure.registerOk')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          channel: 'letter',
          receivedOn: dayjs(today()),
          applicantKind: 'person',
          idType: 'id_card',
          form: 'paper',
          delivery: 'mail',
        }}
      >
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="channel" label={t('disclosure.channel')}>
              <Select
                options={(['letter', 'in_person', 'fax', 'email'] as const).map((c) => ({
                  value: c,
                  label: t(`disclosure.channels.${c}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="receivedOn"
              label={t('disclosure.receivedOn')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker
                format={datePickerFormat()}
                disabledDate={(d) => d.format('YYYY-MM-DD') > today()}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="applicantKind" label={t('disclosure.applicantKind')}>
          <Radio.Group options={applicantKinds.map((k) => ({ value: k, label: t(`disclosure.kinds.${k}`) }))} />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="name" label={t('disclosure.name')} rules={required}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          {person ? (
            <Col {...half}>
              <Form.Item name="idType" label={t('disclosure.idType')}>
                <Select
                  options={(['id_card', 'passport', 'other'] as const).map((k) => ({
                    value: k,
                    label: t(`disclosure.idTypes.${k}`),
                  }))}
                />
              </Form.Item>
            </Col>
          ) : (
            <Col {...half}>
              <Form.Item name="contactName" label={t('disclosure.contactName')} rules={required}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          )}
          <Col {...half}>
            <Form.Item
              name="idNumber"
              label={person ? t('disclosure.idNumber') : t('disclosure.uscc')}
              rules={required}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          {person ? null : (
            <Col {...half}>
              <Form.Item name="legalRepresentative" label={t('disclosure.legalRepresentative')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          )}
          <Col {...half}>
            <Form.Item name="phone" label={t('disclosure.phone')} rules={required}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="email"
              label={t('disclosure.email')}
              rules={[{ type: 'email', message: t('disclosure.emailInvalid') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="address" label={t('disclosure.address')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item
              name="postcode"
              label={t('disclosure.postcode')}
              rules={[{ pattern: /^\d{6}$/, message: t('disclosure.postcodeInvalid') }]}
            >
              <Input maxLength={6} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="description"
          label={t('disclosure.description')}
          rules={[...required, { min: 5, message: t('disclosure.descriptionShort') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="purpose" label={t('disclosure.purpose')}>
          <Input maxLength={500} />
        </Form.Item>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="form" label={t('disclosure.form')}>
              <Radio.Group
                options={(['paper', 'electronic'] as const).map((f) => ({
                  value: f,
                  label: t(`disclosure.forms.${f}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="delivery" label={t('disclosure.delivery')}>
              <Select
                options={(['mail', 'email', 'pickup', 'online'] as const).map((d) => ({
                  value: d,
                  label: t(`disclosure.deliveries.${d}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
