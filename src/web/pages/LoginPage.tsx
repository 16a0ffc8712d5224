import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../lib/api';
import { useSession } from '../lib/auth';
import { LanguageSwitch } from '../shell/LanguageSwitch';

interface LoginForm {
  username: string;
  password: string;
  totp?: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [form] = Form.useForm<LoginForm>();
  const [error, setError] = useState<string>();
  const [needTotp, setNeedTotp] = useState(false);
  // The password was right and the account has a second factor: a step to take, not a mistake.
  const [totpPrompt, setTotpPrompt] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(undefined);
    setTotpPrompt(false);
    try {
      await signIn({ username: values.username, password: values.password, totp: values.totp || undefined });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'TOTP_REQUIRED') {
        setNeedTotp(true);
        setTotpPrompt(true);
        return;
      }
      if (e instanceof ApiError && (e.code === 'INVALID_TOTP' || e.code === 'TOTP_REUSED')) setNeedTotp(true);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="kg-login">
      <div style={{ position: 'fixed', top: 12, right: 16 }}>
        <LanguageSwitch light />
      </div>
      {/* A plain panel rather than antd's Card, which brings its tabs and skeletons: the login screen carries only what it shows. */}
      <main className="kg-login-card">
        <div className="kg-login-title">
          <span
            className="kg-brand-mark"
            style={{ background: '#1456a0', color: '#fff', width: 44, height: 44, fontSize: 22 }}
          >
            科
          </span>
          <h1>{t('app.name')}</h1>
          <div className="kg-muted">{t('auth.subtitle')}</div>
        </div>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ margin: '16px 0' }} data-testid="login-error" />
        ) : null}
        {totpPrompt ? (
          <Alert
            type="info"
            showIcon
            title={t('auth.totpPrompt')}
            style={{ margin: '16px 0' }}
            data-testid="login-totp-prompt"
          />
        ) : null}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} style={{ marginTop: 16 }}>
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, message: t('auth.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {needTotp ? (
            <Form.Item
              name="totp"
              label={t('auth.totp')}
              extra={t('auth.totpHelp')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('auth.totpFormat') }]}
            >
              <Input
                prefix={<SafetyOutlined />}
                inputMode="numeric"
                maxLength={6}
                autoComplete="one-time-code"
                autoFocus
              />
            </Form.Item>
          ) : null}
          <Button type="primary" htmlType="submit" block loading={busy} size="large">
            {t('auth.login')}
          </Button>
        </Form>
        <Space style={{ marginTop: 16, width: '100%', justifyContent: 'space-between' }}>
          <Link to="/register">{t('auth.registerLink')}</Link>
          {/* The public site is outside the app's routes. */}
          <a href="/">{t('auth.toSite')}</a>
        </Space>
      </main>
    </div>
  );
}
