import { SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Form, Input, Row, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useFormAction } from '../../lib/form-action';
import { PageTitle } from '../../shell/AppLayout';
import { WebsiteReportCard } from './WebsiteReportCard';

interface SiteProfile {
  sponsor: string;
  organiser: string;
  siteCode: string;
  icp: string;
  policeFiling: string;
  conacUrl: string;
  errorReportUrl: string;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  hours: string;
  indexUnitCode: string;
  indexRule: string;
  version: number;
}

const profileKey = ['website', 'profile'] as const;
type Field = Exclude<keyof SiteProfile, 'version'>;
const groups: { key: string; fields: { name: Field; max: number; pattern?: RegExp }[] }[] = [
  {
    key: 'frame',
    fields: [
      { name: 'sponsor', max: 60 },
      { name: 'organiser', max: 60 },
    ],
  },
  {
    key: 'identifiers',
    fields: [
      { name: 'siteCode', max: 10, pattern: /^[0-9A-Za-z]{10}$/ },
      { name: 'icp', max: 40 },
      { name: 'policeFiling', max: 40 },
      { name: 'conacUrl', max: 500, pattern: /^https?:\/\/\S+$/ },
      { name: 'errorReportUrl', max: 500, pattern: /^https?:\/\/\S+$/ },
    ],
  },
  {
    key: 'contact',
    fields: [
      { name: 'address', max: 100 },
      { name: 'postcode', max: 6, pattern: /^\d{6}$/ },
      { name: 'phone', max: 40 },
      { name: 'email', max: 100, pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/ },
      { name: 'hours', max: 100 },
    ],
  },
  {
    key: 'catalogue',
    fields: [
      { name: 'indexUnitCode', max: 18, pattern: /^[0-9A-Z]{9,18}$/ },
      {
        name: 'indexRule',
        max: 60,
        pattern: /^(?=.*\{unit\})(?=.*\{category\})(?=.*\{year\})(?=.*\{seq(:\d)?\})[0-9A-Za-z{}:/\-_.]+$/,
      },
    ],
  },
];

/**
 * 网站信息: what every page of the public site says about itself in its footer and on 联系我们 — sponsor,
 * identifiers issued to the site, contact — and the unit code that heads the catalogue's index numbers.
 */
export function SiteProfilePage() {
  const { t } = useTranslation();
  const profile = useQuery({ queryKey: profileKey, queryFn: () => api<SiteProfile>('GET', '/api/website/profile') });
  const [form] = Form.useForm<SiteProfile>();
  useEffect(() => {
    if (profile.data) form.setFieldsValue(profile.data);
  }, [profile.data, form]);
  const { busy, run } = useFormAction(form, {
    action: (v) => api<SiteProfile>('PUT', '/api/website/profile', { ...v, version: profile.data?.version ?? 0 }),
    refresh: [profileKey],
  });
  if (!profile.data) return <Skeleton active />;
  return (
    <>
      <PageTitle
        title={t('portal.site.title')}
        extra={
          <Button href="/" target="_blank">
            {t('portal.site.open')}
          </Button>
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('portal.site.hint')} />
      <Form form={form} layout="vertical" onFinish={(v) => void run(v)} initialValues={profile.data}>
        <Row gutter={16}>
          {groups.map((g) => (
            <Col key={g.key} xs={24} lg={12}>
              <Card size="small" title={t(`portal.site.groups.${g.key}`)} style={{ marginBottom: 16 }}>
                {g.fields.map((f) => (
                  <Form.Item
                    key={f.name}
                    name={f.name}
                    label={t(`portal.site.fields.${f.name}`)}
                    extra={t(`portal.site.help.${f.name}`)}
                    rules={f.pattern ? [{ pattern: f.pattern, message: t(`portal.site.invalid.${f.name}`) }] : []}
                  >
                    <Input maxLength={f.max} allowClear />
                  </Form.Item>
                ))}
              </Card>
            </Col>
          ))}
        </Row>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
      <WebsiteReportCard />
    </>
  );
}
