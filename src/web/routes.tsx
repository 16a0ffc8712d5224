import { ExpertPoolPage } from './pages/experts/ExpertPoolPage';
import { ApprovalChainsPage } from './pages/approvals/ApprovalChainsPage';
import { ApprovalsPage } from './pages/approvals/ApprovalsPage';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from './lib/auth';
import { screenRoles } from './lib/screens';
import type { Role } from './lib/types';
import { AccountPage } from './pages/account/AccountPage';
import { CallListPage } from './pages/calls/CallListPage';
import { AuditPage } from './pages/audit/AuditPage';
import { DashboardPage } from './pages/DashboardPage';
import { ExecutionPage } from './pages/execution/ExecutionPage';
import { ProgramsPage } from './pages/programs/ProgramsPage';
import { MetricsPage } from './pages/metrics/MetricsPage';
import { AnnualReportPage } from './pages/reports/AnnualReportPage';
import { DocumentsPage } from './pages/reports/DocumentsPage';
import { TargetsPage } from './pages/targets/TargetsPage';
import { RegistryPage } from './pages/registries/RegistryPage';
import { registrySpecs } from '../domains/registries/specs';
import { PatentListPage } from './pages/patents/PatentListPage';
import { SubsidyPage } from './pages/patents/SubsidyPage';
import { DictionariesPage } from './pages/dictionaries/DictionariesPage';
import { ApiDocsPage } from './pages/docs/ApiDocsPage';
import { LoginPage } from './pages/LoginPage';
import { OrgDetailPage } from './pages/orgs/OrgDetailPage';
import { OrgListPage } from './pages/orgs/OrgListPage';
import { PeopleListPage } from './pages/people/PeopleListPage';
import { CalendarPage } from './pages/portal/CalendarPage';
import { ItemEditorPage } from './pages/portal/ItemEditorPage';
import { ItemListPage } from './pages/portal/ItemListPage';
import { MessagesPage } from './pages/portal/MessagesPage';
import { HallPage } from './pages/projects/HallPage';
import { ProjectDetailPage } from './pages/projects/ProjectDetailPage';
import { ProjectListPage } from './pages/projects/ProjectListPage';
import { RegisterPage } from './pages/RegisterPage';
import { UserListPage } from './pages/users/UserListPage';
import { JobsPage } from './pages/system/JobsPage';
import { AppLayout } from './shell/AppLayout';

function Guard({ roles, children }: { roles: Role[]; children: React.ReactNode }) {
  const { can } = useSession();
  const { t } = useTranslation();
  return can(...roles) ? children : <Result status="403" title="403" subTitle={t('errors.forbiddenPage')} />;
}

function MyOrg() {
  const { user } = useSession();
  return user?.orgId ? <Navigate to={`/orgs/${user.orgId}`} replace /> : null;
}

export function AppRoutes() {
  const { user, loading } = useSession();
  if (loading) {
    return (
      <div style={{ display: 'flex', height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (!user) {
    return (
      <Routes>
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/api-docs" element={<ApiDocsPage />} />
        <Route path="*" element={<LoginPage />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="orgs" element={<Guard roles={screenRoles.orgs!}><OrgListPage /></Guard>} />
        <Route path="orgs/:id" element={<Guard roles={[...screenRoles.orgs!, 'applicant']}><OrgDetailPage /></Guard>} />
        <Route path="my-org" element={<Guard roles={screenRoles.myOrg!}><MyOrg /></Guard>} />
        <Route path="hall" element={<Guard roles={screenRoles.hall!}><HallPage /></Guard>} />
        <Route path="calls" element={<Guard roles={screenRoles.calls!}><CallListPage /></Guard>} />
        <Route path="projects" element={<Guard roles={screenRoles.projects!}><ProjectListPage /></Guard>} />
        <Route path="projects/:id" element={<Guard roles={screenRoles.projects!}><ProjectDetailPage /></Guard>} />
        <Route path="approvals" element={<Guard roles={screenRoles.approvals!}><ApprovalsPage /></Guard>} />
        <Route path="experts" element={<Guard roles={screenRoles.experts!}><ExpertPoolPage /></Guard>} />
        <Route path="approval-chains" element={<Guard roles={screenRoles.approvalChains!}><ApprovalChainsPage /></Guard>} />
        <Route path="execution" element={<Guard roles={screenRoles.execution!}><ExecutionPage /></Guard>} />
        <Route path="programs" element={<Guard roles={screenRoles.programs!}><ProgramsPage /></Guard>} />
        <Route path="patents" element={<Guard roles={screenRoles.patents!}><PatentListPage /></Guard>} />
        <Route path="subsidies" element={<Guard roles={screenRoles.subsidies!}><SubsidyPage /></Guard>} />
        {Object.values(registrySpecs).map((spec) => (
          <Route key={spec.name} path={spec.name} element={<Guard roles={[...spec.readers]}><RegistryPage spec={spec} /></Guard>} />
        ))}
        <Route path="targets" element={<Guard roles={['staff', 'leader', 'liaison']}><TargetsPage /></Guard>} />
        <Route path="metrics" element={<Guard roles={['staff', 'leader', 'liaison']}><MetricsPage /></Guard>} />
        <Route path="reports/annual" element={<Guard roles={['staff', 'leader']}><AnnualReportPage /></Guard>} />
        <Route path="reports/documents" element={<Guard roles={['staff', 'leader']}><DocumentsPage /></Guard>} />
        <Route path="portal/items" element={<Guard roles={screenRoles.portal!}><ItemListPage /></Guard>} />
        <Route path="portal/items/:id" element={<Guard roles={screenRoles.portal!}><ItemEditorPage /></Guard>} />
        <Route path="portal/messages" element={<Guard roles={screenRoles.portal!}><MessagesPage /></Guard>} />
        <Route path="portal/calendar" element={<Guard roles={screenRoles.portal!}><CalendarPage /></Guard>} />
        <Route path="people" element={<Guard roles={screenRoles.people!}><PeopleListPage /></Guard>} />
        <Route path="users" element={<Guard roles={screenRoles.users!}><UserListPage /></Guard>} />
        <Route path="system/jobs" element={<Guard roles={screenRoles.jobs!}><JobsPage /></Guard>} />
        <Route path="dictionaries" element={<Guard roles={screenRoles.dictionaries!}><DictionariesPage /></Guard>} />
        <Route path="audit" element={<Guard roles={screenRoles.audit!}><AuditPage /></Guard>} />
        <Route path="account" element={<AccountPage />} />
        {/* Registration logs the applicant in; the same URL then shows its organisation. */}
        <Route path="register" element={<Navigate to="/my-org" replace />} />
        <Route path="api-docs" element={<ApiDocsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
