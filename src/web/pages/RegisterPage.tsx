import { Alert, Button, Card, Col, Divider, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../lib/api';
import { useSession } from '../lib/auth';
import { applyServerError } from '../lib/errors';
import type { SessionUser } from '../lib/types';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { cleanOrgValues, OrgFormFields } from './orgs/OrgFormFields';

/** 单位注册: an applicant registers its organisation and its own account in one step. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { adopt } = useSession();
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: {
    username: string;
    password: string;
    displayName: string;
    phone?: string;
    email?: string;
    org: Record<string, unknown>;
  }) => {
    setBusy(true);
    setError(undefined);
    try {
      const { confirm: _confirm, ...account } = values as typeof values & { confirm?: string };
      const session = await api<{ user: SessionUser; csrfToken: string }>('POST', '/api/auth/register', {
        ...account,
        phone: account.phone || undefined,
        email: account.email || undefined,
        org: cleanOrgValues(values.org),
      });
      adopt(session);
    } catch (e) {
      setError(applyServerError(form, e, 'org'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="kg-login" style={{ alignItems: 'flex-start' }}>
      <div style={{ position: 'fixed', top: 12, right: 16 }}>
        <LanguageSwitch light />
      </div>
      <Card style={{ width: 760, maxWidth: '100%', marginTop: 24 }} title={t('register.title')}>
        <p className="kg-muted">{t('register.intro')}</p>
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
        <Form form={form} layout="vertical" onFinish={submit} scrollToFirstError>
          <Divider titlePlacement="start">{t('register.orgSection')}</Divider>
          <Row gutter={16}>
            <Col xs={24}>
              <OrgFormFields prefix="org" />
            </Col>
          </Row>
          <Divider titlePlacement="start">{t('register.accountSection')}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="username"
                label={t('auth.username')}
                extra={t('register.usernameHelp')}
                rules={[
                  { required: true, pattern: /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,31}$/, message: t('register.usernameRule') },
                ]}
              >
                <Input autoComplete="username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="displayName"
                label={t('register.displayName')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="password"
                label={t('auth.password')}
                extra={t('password.policy')}
                rules={[{ required: true, message: t('auth.passwordRequired') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="confirm"
                label={t('password.confirm')}
                dependencies={['password']}
                rules={[
                  { required: true, message: t('password.confirmRequired') },
                  ({ getFieldValue }) => ({
                    validator: (_, value) =>
                      !value || getFieldValue('password') === value
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('password.mismatch'))),
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="phone" label={t('user.phone')}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="email"
                label={t('user.email')}
                rules={[{ type: 'email', message: t('common.emailRule') }]}
              >
                <Input maxLength={120} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={busy} size="large">
            {t('register.submit')}
          </Button>
          <Link to="/" style={{ marginLeft: 16 }}>
            {t('register.backToLogin')}
          </Link>
        </Form>
      </Card>
    </div>
  );
}
