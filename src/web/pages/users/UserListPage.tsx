import { KeyOutlined, PlusOutlined, SafetyOutlined, UnlockOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, QRCode, Select, Space, Switch, Tag, Typography } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormAction } from '../../lib/form-action';
import { useNotify } from '../../lib/notify';
import { api, query } from '../../lib/api';
import { useJurisdictions, useLocalName, useSections } from '../../lib/dictionaries';
import { formatDateTime } from '../../lib/format';
import { type Org, type Page, type Role, roles, type UserView } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';

interface TotpShown {
  username: string;
  totpSecret: string;
  totpUri: string;
}

/** 用户管理 (system administrator): accounts, roles and what each is bound to. */
export function UserListPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<UserView | 'new'>();
  const [totp, setTotp] = useState<TotpShown>();
  const jurisdictions = useJurisdictions(true);
  const sections = useSections(true);
  const localName = useLocalName();
  const list = useQuery({
    queryKey: ['users', q, role, page],
    queryFn: () => api<Page<UserView>>('GET', `/api/users${query({ q, role, ...page })}`),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['users'] });

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refresh();
      notify.success(t('common.saved'));
    } catch (e) {
      notify.error(e);
    }
  };

  const resetPassword = (user: UserView) => {
    let password = '';
    modal.confirm({
      title: t('user.resetPasswordFor', { name: user.username }),
      content: (
        <Input.Password autoFocus placeholder={t('password.new')} onChange={(e) => (password = e.target.value)} />
      ),
      onOk: () => act(() => api('POST', `/api/users/${user.id}/password`, { password })),
    });
  };

  return (
    <>
      <PageTitle
        title={t('menu.users')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('user.create')}
          </Button>
        }
      />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('user.searchPlaceholder')}
          style={{ width: 260 }}
          onSearch={(v) => setQ(v.trim())}
        />
        <Select
          allowClear
          placeholder={t('user.role')}
          aria-label={t('user.role')}
          style={{ width: 180 }}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
      </div>
      <Table<UserView>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1100 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        columns={[
          { title: t('auth.username'), dataIndex: 'username', width: 150, render: (v: string) => <code>{v}</code> },
          { title: t('register.displayName'), dataIndex: 'displayName' },
          {
            title: t('user.role'),
            dataIndex: 'role',
            width: 120,
            render: (r: Role) => <Tag color="blue">{t(`roles.${r}`)}</Tag>,
          },
          {
            title: t('user.binding'),
            width: 220,
            render: (_, u) =>
              u.orgName ??
              (u.jurisdictionCode
                ? localName(
                    jurisdictions.data?.find((j) => j.code === u.jurisdictionCode),
                    u.jurisdictionCode,
                  )
                : undefined) ??
              (u.sectionCode
                ? localName(
                    sections.data?.find((s) => s.code === u.sectionCode),
                    u.sectionCode,
                  )
                : '—'),
          },
          {
            title: t('user.status'),
            width: 150,
            render: (_, u) => (
              <Space size={4} wrap>
                {u.active ? <Tag color="green">{t('user.active')}</Tag> : <Tag>{t('user.inactive')}</Tag>}
                {u.lockedUntil && new Date(u.lockedUntil) > new Date() ? (
                  <Tag color="red">{t('user.locked')}</Tag>
                ) : null}
                {u.totpEnabled ? <Tag color="purple">TOTP</Tag> : null}
              </Space>
            ),
          },
          { title: t('user.lastLogin'), dataIndex: 'lastLoginAt', width: 170, render: formatDateTime },
          {
            title: t('common.actions'),
            width: 260,
            fixed: 'right',
            render: (_, u) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing(u)}>
                  {t('common.edit')}
                </Button>
                <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => resetPassword(u)}>
                  {t('user.resetPassword')}
                </Button>
                {u.lockedUntil ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<UnlockOutlined />}
                    onClick={() => act(() => api('POST', `/api/users/${u.id}/unlock`))}
                  >
                    {t('user.unlock')}
                  </Button>
                ) : null}
                {u.role === 'admin' || u.role === 'auditor' ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<SafetyOutlined />}
                    onClick={() =>
                      modal.confirm({
                        title: t('user.resetTotpConfirm', { name: u.username }),
                        onOk: async () => {
                          const secret = await api<{ totpSecret: string; totpUri: string }>(
                            'POST',
                            `/api/users/${u.id}/totp`,
                          );
                          setTotp({ username: u.username, ...secret });
                        },
                      })
                    }
                  >
                    {t('user.resetTotp')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <UserModal
        user={editing}
        onClose={() => setEditing(undefined)}
        onSaved={async (created) => {
          await refresh();
          if (created?.totpSecret && created.totpUri)
            setTotp({ username: created.username, totpSecret: created.totpSecret, totpUri: created.totpUri });
        }}
      />
      <Modal
        open={Boolean(totp)}
        title={t('user.totpTitle', { name: totp?.username })}
        onCancel={() => setTotp(undefined)}
        footer={null}
      >
        {totp ? (
          <Space direction="vertical" align="center" style={{ width: '100%' }}>
            <QRCode value={totp.totpUri} />
            <Typography.Text copyable code>
              {totp.totpSecret}
            </Typography.Text>
            <span className="kg-muted">{t('user.totpHelp')}</span>
          </Space>
        ) : null}
      </Modal>
    </>
  );
}

function UserModal({
  user,
  onClose,
  onSaved,
}: {
  user: UserView | 'new' | undefined;
  onClose(): void;
  onSaved(created?: UserView & { totpSecret?: string; totpUri?: string }): Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [orgSearch, setOrgSearch] = useState('');
  const role = Form.useWatch('role', form) as Role | undefined;
  const jurisdictions = useJurisdictions();
  const sections = useSections();
  const localName = useLocalName();
  const orgs = useQuery({
    queryKey: ['orgs', 'user-binding', orgSearch],
    queryFn: () => api<Page<Org>>('GET', `/api/orgs${query({ q: orgSearch, pageSize: 20, status: 'active' })}`),
    enabled: Boolean(user) && (role === 'applicant' || role === 'expert'),
  });
  const isNew = user === 'new';

  const { busy, run } = useFormAction(form, {
    action: async (values: Record<string, unknown>) => {
      if (isNew) {
        await onSaved(await api<UserView & { totpSecret?: string; totpUri?: string }>('POST', '/api/users', values));
      } else if (user) {
        await api('PATCH', `/api/users/${user.id}`, { ...values, version: user.version });
        await onSaved();
      }
    },
    onDone: onClose,
  });

  return (
    <Modal
      open={Boolean(user)}
      title={isNew ? t('user.create') : t('user.edit')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={isNew || !user ? { role: 'staff' } : user}>
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[
            { required: true, pattern: /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,31}$/, message: t('register.usernameRule') },
          ]}
        >
          <Input disabled={!isNew} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('register.displayName')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('user.role')} rules={[{ required: true }]}>
          <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        {role === 'applicant' || role === 'expert' ? (
          <Form.Item
            name="orgId"
            label={t('user.org')}
            rules={[{ required: role === 'applicant', message: t('common.required') }]}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setOrgSearch }}
              allowClear
              loading={orgs.isFetching}
              options={[
                ...(user !== 'new' && user?.orgId && user.orgName ? [{ value: user.orgId, label: user.orgName }] : []),
                ...(orgs.data?.items ?? [])
                  .filter((o) => user === 'new' || o.id !== user?.orgId)
                  .map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
          </Form.Item>
        ) : null}
        {role === 'liaison' || role === 'expert' ? (
          <Form.Item
            name="jurisdictionCode"
            label={t('org.jurisdiction')}
            rules={[{ required: role === 'liaison', message: t('common.required') }]}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(jurisdictions.data ?? []).map((j) => ({ value: j.code, label: localName(j) }))}
            />
          </Form.Item>
        ) : null}
        {role === 'staff' ? (
          <Form.Item
            name="sectionCode"
            label={t('user.section')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select options={(sections.data ?? []).map((s) => ({ value: s.code, label: localName(s) }))} />
          </Form.Item>
        ) : null}
        {isNew ? (
          <Form.Item
            name="password"
            label={t('auth.password')}
            extra={t('password.policy')}
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : (
          <Form.Item name="active" label={t('user.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <Form.Item name="phone" label={t('user.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="email" label={t('user.email')} rules={[{ type: 'email', message: t('common.emailRule') }]}>
          <Input maxLength={120} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
