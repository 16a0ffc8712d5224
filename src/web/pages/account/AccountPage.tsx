import { Button, Card, Descriptions, Form, Input, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormAction } from '../../lib/form-action';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { PageTitle } from '../../shell/AppLayout';

export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string }>();
  const { busy, run } = useFormAction(form, {
    action: ({ currentPassword, newPassword }) => api('POST', '/api/auth/password', { currentPassword, newPassword }),
    success: () => t('password.changed'),
    onDone: () => form.resetFields(),
  });
  if (!user) return null;
  return (
    <>
      <PageTitle title={t('menu.account')} />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('auth.username')}>
            <code>{user.username}</code>
          </Descriptions.Item>
          <Descriptions.Item label={t('register.displayName')}>{user.displayName}</Descriptions.Item>
          <Descriptions.Item label={t('user.role')}>
            <Tag color="blue">{t(`roles.${user.role}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('password.change')} style={{ marginTop: 16, maxWidth: 520 }}>
        <Form form={form} layout="vertical" onFinish={(values) => void run(values)}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            extra={t('password.policy')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || getFieldValue('newPassword') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('password.change')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
