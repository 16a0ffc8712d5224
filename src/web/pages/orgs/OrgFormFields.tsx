import { DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isValidUscc, normaliseUscc } from '../../../domains/orgs/uscc';
import { useJurisdictions, useLocalName } from '../../lib/dictionaries';
import { orgTypes } from '../../lib/types';
import { today } from '../../lib/clock';

/**
 * The organisation's fields, shared by staff's create/edit form and an applicant's registration.
 * The USCC check character is verified here as the user types, and again by the server.
 */
export function OrgFormFields({ prefix, lockIdentity = false }: { prefix?: string; lockIdentity?: boolean }) {
  const { t } = useTranslation();
  const jurisdictions = useJurisdictions();
  const localName = useLocalName();
  const name = (field: string) => (prefix ? [prefix, field] : field);
  return (
    <>
      <Form.Item
        name={name('name')}
        label={t('org.name')}
        rules={[{ required: true, min: 2, max: 100, message: t('org.nameRule') }]}
      >
        <Input disabled={lockIdentity} maxLength={100} />
      </Form.Item>
      <Form.Item
        name={name('uscc')}
        label={t('org.uscc')}
        extra={t('org.usccHelp')}
        validateTrigger="onBlur"
        normalize={(value: string) => (value ? normaliseUscc(value) : value)}
        rules={[
          { required: true, message: t('org.usccRequired') },
          {
            validator: (_, value: string) =>
              !value || isValidUscc(value) ? Promise.resolve() : Promise.reject(new Error(t('org.usccInvalid'))),
          },
        ]}
      >
        <Input disabled={lockIdentity} maxLength={24} style={{ fontFamily: 'monospace' }} data-testid="uscc-input" />
      </Form.Item>
      <Form.Item name={name('type')} label={t('org.type')} rules={[{ required: true, message: t('common.required') }]}>
        <Select
          disabled={lockIdentity}
          options={orgTypes.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
        />
      </Form.Item>
      <Form.Item
        name={name('jurisdictionCode')}
        label={t('org.jurisdiction')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          disabled={lockIdentity}
          showSearch={{ optionFilterProp: 'label' }}
          loading={jurisdictions.isLoading}
          options={(jurisdictions.data ?? []).map((j) => ({
            value: j.code,
            label: `${localName(j)} · ${t(`jurisdictionKind.${j.kind}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item name={name('industry')} label={t('org.industry')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name={name('address')} label={t('org.address')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name={name('legalRepresentative')} label={t('org.legalRepresentative')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name={name('contactName')} label={t('org.contactName')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name={name('contactPhone')}
        label={t('org.contactPhone')}
        rules={[{ pattern: /^[0-9+\-() ]{5,30}$/, message: t('org.phoneRule') }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        name={name('contactEmail')}
        label={t('org.contactEmail')}
        rules={[{ type: 'email', message: t('common.emailRule') }]}
      >
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name={name('bankName')} label={t('org.bankName')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name={name('bankAccount')}
        label={t('org.bankAccount')}
        rules={[{ pattern: /^[0-9 -]{6,40}$/, message: t('org.bankAccountRule') }]}
      >
        <Input maxLength={40} inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name={name('foundedOn')}
        label={t('org.foundedOn')}
        getValueProps={(value?: string) => ({ value: value ? dayjs(value) : undefined })}
        normalize={(value?: dayjs.Dayjs) => (value ? value.format('YYYY-MM-DD') : null)}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(today()))} />
      </Form.Item>
    </>
  );
}

/** Turns empty strings from the form into nulls, so a cleared field clears the value on the server. */
export function cleanOrgValues<T extends Record<string, unknown>>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' || v === undefined ? null : v])) as T;
}
