import {
  AccountBookOutlined,
  AimOutlined,
  CalendarOutlined,
  CommentOutlined,
  GlobalOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BranchesOutlined,
  CheckSquareOutlined,
  BookOutlined,
  ClusterOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FileWordOutlined,
  FormOutlined,
  FundOutlined,
  IdcardOutlined,
  LogoutOutlined,
  MenuOutlined,
  MoneyCollectOutlined,
  NotificationOutlined,
  ProjectOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Drawer, Dropdown, Layout, Menu, type MenuProps, Space, Spin, Tag } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { RegistryName } from '../../domains/registries/spec';
import { registrySpecs } from '../../domains/registries/specs';
import { useSession } from '../lib/auth';
import { screenRoles } from '../lib/screens';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { usePhone } from '../lib/viewport';

interface Item {
  key: string;
  icon: ReactNode;
  label: string;
  show: boolean;
  /** The heading it sits under in the menu. */
  group?: 'plans' | 'registries' | 'portal' | 'system';
}

export function AppLayout() {
  const { t } = useTranslation();
  const { user, can, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  // A phone (below antd's md, 768 px) has no room for a side menu: it opens as a drawer from the header.
  const phone = usePhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (!user) return null;

  const registry = (name: RegistryName, icon: ReactNode): Item => ({
    key: `/${name}`,
    icon,
    label: t(`menu.${name}`),
    show: can(...registrySpecs[name].readers),
    group: 'registries',
  });
  const items: Item[] = [
    { key: '/', icon: <DashboardOutlined />, label: t('menu.dashboard'), show: true },
    {
      key: '/approvals',
      icon: <CheckSquareOutlined />,
      label: t('menu.approvals'),
      show: can(...screenRoles.approvals!),
    },
    { key: '/orgs', icon: <BankOutlined />, label: t('menu.orgs'), show: can(...screenRoles.orgs!) },
    { key: '/my-org', icon: <BankOutlined />, label: t('menu.myOrg'), show: can(...screenRoles.myOrg!) },
    { key: '/people', icon: <TeamOutlined />, label: t('menu.people'), show: can(...screenRoles.people!) },
    { key: '/hall', icon: <FormOutlined />, label: t('menu.hall'), show: can(...screenRoles.hall!), group: 'plans' },
    {
      key: '/calls',
      icon: <NotificationOutlined />,
      label: t('menu.calls'),
      show: can(...screenRoles.calls!),
      group: 'plans',
    },
    {
      key: '/projects',
      icon: <ProjectOutlined />,
      label: t('menu.projects'),
      show: can(...screenRoles.projects!),
      group: 'plans',
    },
    {
      key: '/execution',
      icon: <ScheduleOutlined />,
      label: t('menu.execution'),
      show: can(...screenRoles.execution!),
      group: 'plans',
    },
    {
      key: '/experts',
      icon: <SolutionOutlined />,
      label: t('menu.experts'),
      show: can(...screenRoles.experts!),
      group: 'plans',
    },
    {
      key: '/programs',
      icon: <ClusterOutlined />,
      label: t('menu.programs'),
      show: can(...screenRoles.programs!),
      group: 'plans',
    },
    {
      key: '/patents',
      icon: <SafetyCertificateOutlined />,
      label: t('menu.patents'),
      show: can(...screenRoles.patents!),
      group: 'registries',
    },
    {
      key: '/subsidies',
      icon: <MoneyCollectOutlined />,
      label: t('menu.subsidies'),
      show: can(...screenRoles.subsidies!),
      group: 'registries',
    },
    registry('platforms', <ExperimentOutlined />),
    registry('qualifications', <TrophyOutlined />),
    registry('cooperations', <ApartmentOutlined />),
    registry('funds', <AccountBookOutlined />),
    registry('publicity', <ReadOutlined />),
    {
      key: '/targets',
      icon: <AimOutlined />,
      label: t('menu.targets'),
      show: can('staff', 'leader', 'liaison'),
      group: 'registries',
    },
    {
      key: '/metrics',
      icon: <FundOutlined />,
      label: t('menu.metrics'),
      show: can('staff', 'leader', 'liaison'),
      group: 'registries',
    },
    {
      key: '/reports/annual',
      icon: <FileTextOutlined />,
      label: t('menu.annual'),
      show: can('staff', 'leader'),
      group: 'registries',
    },
    {
      key: '/reports/documents',
      icon: <FileWordOutlined />,
      label: t('menu.documents'),
      show: can('staff', 'leader'),
      group: 'registries',
    },
    {
      key: '/portal/items',
      icon: <GlobalOutlined />,
      label: t('menu.portalItems'),
      show: can(...screenRoles.portal!),
      group: 'portal',
    },
    {
      key: '/portal/messages',
      icon: <CommentOutlined />,
      label: t('menu.portalMessages'),
      show: can(...screenRoles.portal!),
      group: 'portal',
    },
    {
      key: '/portal/consultations',
      icon: <TeamOutlined />,
      label: t('menu.portalConsultations'),
      show: can(...screenRoles.portal!),
      group: 'portal',
    },
    {
      key: '/reports/open-gov',
      icon: <FileTextOutlined />,
      label: t('menu.openGovReport'),
      show: can(...screenRoles.disclosure!),
      group: 'portal',
    },
    {
      key: '/disclosure',
      icon: <FileSearchOutlined />,
      label: t('menu.disclosure'),
      show: can(...screenRoles.disclosure!),
      group: 'portal',
    },
    {
      key: '/portal/calendar',
      icon: <CalendarOutlined />,
      label: t('menu.portalCalendar'),
      show: can(...screenRoles.portal!),
      group: 'portal',
    },
    {
      key: '/portal/site',
      icon: <IdcardOutlined />,
      label: t('menu.portalSite'),
      show: can(...screenRoles.portal!),
      group: 'portal',
    },
    {
      key: '/users',
      icon: <UsergroupAddOutlined />,
      label: t('menu.users'),
      show: can(...screenRoles.users!),
      group: 'system',
    },
    {
      key: '/dictionaries',
      icon: <BookOutlined />,
      label: t('menu.dictionaries'),
      show: can(...screenRoles.dictionaries!),
      group: 'system',
    },
    {
      key: '/approval-chains',
      icon: <BranchesOutlined />,
      label: t('menu.approvalChains'),
      show: can(...screenRoles.approvalChains!),
      group: 'system',
    },
    {
      key: '/system/jobs',
      icon: <ScheduleOutlined />,
      label: t('menu.jobs'),
      show: can(...screenRoles.jobs!),
      group: 'system',
    },
    {
      key: '/audit',
      icon: <AuditOutlined />,
      label: t('menu.audit'),
      show: can(...screenRoles.audit!),
      group: 'system',
    },
    // For the bureau's own integrators; an applicant has no use for it.
    { key: '/api-docs', icon: <ApiOutlined />, label: t('menu.apiDocs'), show: can('staff', 'admin'), group: 'system' },
  ];
  const visible = items.filter((i) => i.show);
  const selected = visible
    .map((i) => i.key)
    .filter((key) => (key === '/' ? location.pathname === '/' : location.pathname.startsWith(key)))
    .sort((a, b) => b.length - a.length)[0];

  const brand = (
    <div className="kg-brand">
      <span className="kg-brand-mark">科</span>
      <span>{t('app.short')}</span>
    </div>
  );
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      style={{ background: 'transparent' }}
      selectedKeys={selected ? [selected] : []}
      items={menuItems(visible, (group) => t(`menu.groups.${group}`))}
      onClick={({ key }) => {
        setDrawerOpen(false);
        void navigate(key);
      }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={260}
          closable={false}
          className="kg-menu-drawer"
          title={null}
          styles={{ body: { padding: 0, background: '#0d3d73' } }}
        >
          {brand}
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider width={220} breakpoint="lg" collapsedWidth={64} style={{ background: '#0d3d73' }}>
          {brand}
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="kg-header">
          {phone ? (
            <Space size="small" className="kg-phone-brand">
              <Button
                type="text"
                icon={<MenuOutlined />}
                onClick={() => setDrawerOpen(true)}
                aria-label={t('menu.open')}
                aria-expanded={drawerOpen}
              />
              <span className="kg-brand-mark kg-brand-mark-light">科</span>
              <span className="kg-phone-title">{visible.find((i) => i.key === selected)?.label ?? t('app.short')}</span>
            </Space>
          ) : (
            <span className="kg-muted kg-tagline">{t('app.tagline')}</span>
          )}
          <Space size="middle">
            <NotificationBell />
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [
                  { key: 'account', icon: <UserOutlined />, label: t('menu.account') },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout') },
                ],
                onClick: ({ key }) => {
                  if (key === 'account') void navigate('/account');
                  else void signOut().then(() => navigate('/'));
                },
              }}
            >
              <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1456a0' }} />
                <span className="kg-wide-only">{user.displayName}</span>
                <Tag className="kg-wide-only" color="blue">
                  {t(`roles.${user.role}`)}
                </Tag>
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="kg-content">
          <Suspense fallback={<Spin size="large" className="kg-page-loading" />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** Menu entries under their headings, in the order given; entries without a heading come first. */
function menuItems(visible: Item[], heading: (group: NonNullable<Item['group']>) => string): MenuProps['items'] {
  const loose = visible.filter((i) => !i.group).map(({ key, icon, label }) => ({ key, icon, label }));
  const groups = (['plans', 'registries', 'portal', 'system'] as const)
    .map((group) => ({
      group,
      children: visible.filter((i) => i.group === group).map(({ key, icon, label }) => ({ key, icon, label })),
    }))
    .filter((g) => g.children.length)
    .map((g) => ({ type: 'group' as const, key: g.group, label: heading(g.group), children: g.children }));
  return [...loose, ...groups];
}

export function PageTitle({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <div className="kg-page-title">
      <h1>{title}</h1>
      {extra ? <Space wrap>{extra}</Space> : null}
    </div>
  );
}
