import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from './lib/auth';
import { screenRoles } from './lib/screens';
import type { Role } from './lib/types';
import { registrySpecs } from '../domains/registries/specs';
import { LoginPage } from './pages/LoginPage';

/**
 * Each screen is its own chunk, loaded when first visited: the login screen and the shell do not carry the
 * charts, the editor or the registries. A chunk fetched once stays cached (its name is its hash). The
 * server names the chunks of the screen a page opens (src/server/plugins/web.ts keeps the same map).
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
// The shell with its menu is for those logged in: the login screen does without it.
const AppLayout = page(() => import('./shell/AppLayout').then((m) => m.AppLayout));
const ExpertPoolPage = page(() => import('./pages/experts/ExpertPoolPage').then((m) => m.ExpertPoolPage));
const ApprovalChainsPage = page(() => import('./pages/approvals/ApprovalChainsPage').then((m) => m.ApprovalChainsPage));
const ApprovalsPage = page(() => import('./pages/approvals/ApprovalsPage').then((m) => m.ApprovalsPage));
const AccountPage = page(() => import('./pages/account/AccountPage').then((m) => m.AccountPage));
const CallListPage = page(() => import('./pages/calls/CallListPage').then((m) => m.CallListPage));
const AuditPage = page(() => import('./pages/audit/AuditPage').then((m) => m.AuditPage));
const DashboardPage = page(() => import('./pages/DashboardPage').then((m) => m.DashboardPage));
const ApplicantHome = page(() => import('./pages/ApplicantHome').then((m) => m.ApplicantHome));
const ExecutionPage = page(() => import('./pages/execution/ExecutionPage').then((m) => m.ExecutionPage));
const ProgramsPage = page(() => import('./pages/programs/ProgramsPage').then((m) => m.ProgramsPage));
const MetricsPage = page(() => import('./pages/metrics/MetricsPage').then((m) => m.MetricsPage));
const AnnualReportPage = page(() => import('./pages/reports/AnnualReportPage').then((m) => m.AnnualReportPage));
const DocumentsPage = page(() => import('./pages/reports/DocumentsPage').then((m) => m.DocumentsPage));
const TargetsPage = page(() => import('./pages/targets/TargetsPage').then((m) => m.TargetsPage));
const RegistryPage = page(() => import('./pages/registries/RegistryPage').then((m) => m.RegistryPage));
const PatentListPage = page(() => import('./pages/patents/PatentListPage').then((m) => m.PatentListPage));
const SubsidyPage = page(() => import('./pages/patents/SubsidyPage').then((m) => m.SubsidyPage));
const DictionariesPage = page(() => import('./pages/dictionaries/DictionariesPage').then((m) => m.DictionariesPage));
const ApiDocsPage = page(() => import('./pages/docs/ApiDocsPage').then((m) => m.ApiDocsPage));
const OrgDetailPage = page(() => import('./pages/orgs/OrgDetailPage').then((m) => m.OrgDetailPage));
const OrgListPage = page(() => import('./pages/orgs/OrgListPage').then((m) => m.OrgListPage));
const PeopleListPage = page(() => import('./pages/people/PeopleListPage').then((m) => m.PeopleListPage));
const CalendarPage = page(() => import('./pages/portal/CalendarPage').then((m) => m.CalendarPage));
const ItemEditorPage = page(() => import('./pages/portal/ItemEditorPage').then((m) => m.ItemEditorPage));
const ItemListPage = page(() => import('./pages/portal/ItemListPage').then((m) => m.ItemListPage));
const ConsultationsPage = page(() => import('./pages/portal/ConsultationsPage').then((m) => m.ConsultationsPage));
const OpenGovReportPage = page(() => import('./pages/disclosure/OpenGovReportPage').then((m) => m.OpenGovReportPage));
const DisclosurePage = page(() => import('./pages/disclosure/DisclosurePage').then((m) => m.DisclosurePage));
const SiteProfilePage = page(() => import('./pages/portal/SiteProfilePage').then((m) => m.SiteProfilePage));
const MessagesPage = page(() => import('./pages/portal/MessagesPage').then((m) => m.MessagesPage));
const HallPage = page(() => import('./pages/projects/HallPage').then((m) => m.HallPage));
const ProjectDetailPage = page(() => import('./pages/projects/ProjectDetailPage').then((m) => m.ProjectDetailPage));
const ProjectListPage = page(() => import('./pages/projects/ProjectListPage').then((m) => m.ProjectListPage));
const RegisterPage = page(() => import('./pages/RegisterPage').then((m) => m.RegisterPage));
const UserListPage = page(() => import('./pages/users/UserListPage').then((m) => m.UserListPage));
const WallPage = page(() => import('./pages/targets/WallPage').then((m) => m.WallPage));
const JobsPage = page(() => import('./pages/system/JobsPage').then((m) => m.JobsPage));

const Forbidden = page(() => import('./shell/Forbidden').then((m) => m.Forbidden));

function Guard({ roles, children }: { roles: Role[]; children: React.ReactNode }) {
  const { can } = useSession();
  return can(...roles) ? children : <Forbidden />;
}

/** Each role's home: an applicant's shows its own applications and the calls open to it; others the dashboard. */
function Home() {
  const { user } = useSession();
  return user?.role === 'applicant' ? <ApplicantHome /> : <DashboardPage />;
}

function MyOrg() {
  const { user } = useSession();
  return user?.orgId ? <Navigate to={`/orgs/${user.orgId}`} replace /> : null;
}

export function AppRoutes() {
  const { user, loading } = useSession();
  const waiting = (
    <div style={{ display: 'flex', height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" />
    </div>
  );
  if (loading) return waiting;
  if (!user) {
    return (
      <Suspense fallback={waiting}>
        <Routes>
          <Route path="/register" element={<RegisterPage />} />
          <Route path="*" element={<LoginPage />} />
        </Routes>
      </Suspense>
    );
  }
  return (
    <Suspense fallback={waiting}>
      <Routes>
        {/* The cockpit for a screen on the wall: no menu, nothing but the figures. */}
        <Route
          path="wall"
          element={
            <Guard roles={['staff', 'leader']}>
              <WallPage />
            </Guard>
          }
        />
        <Route element={<AppLayout />}>
          <Route index element={<Home />} />
          <Route
            path="orgs"
            element={
              <Guard roles={screenRoles.orgs!}>
                <OrgListPage />
              </Guard>
            }
          />
          <Route
            path="orgs/:id"
            element={
              <Guard roles={[...screenRoles.orgs!, 'applicant']}>
                <OrgDetailPage />
              </Guard>
            }
          />
          <Route
            path="my-org"
            element={
              <Guard roles={screenRoles.myOrg!}>
                <MyOrg />
              </Guard>
            }
          />
          <Route
            path="hall"
            element={
              <Guard roles={screenRoles.hall!}>
                <HallPage />
              </Guard>
            }
          />
          <Route
            path="calls"
            element={
              <Guard roles={screenRoles.calls!}>
                <CallListPage />
              </Guard>
            }
          />
          <Route
            path="projects"
            element={
              <Guard roles={screenRoles.projects!}>
                <ProjectListPage />
              </Guard>
            }
          />
          <Route
            path="projects/:id"
            element={
              <Guard roles={screenRoles.projects!}>
                <ProjectDetailPage />
              </Guard>
            }
          />
          <Route
            path="approvals"
            element={
              <Guard roles={screenRoles.approvals!}>
                <ApprovalsPage />
              </Guard>
            }
          />
          <Route
            path="experts"
            element={
              <Guard roles={screenRoles.experts!}>
                <ExpertPoolPage />
              </Guard>
            }
          />
          <Route
            path="approval-chains"
            element={
              <Guard roles={screenRoles.approvalChains!}>
                <ApprovalChainsPage />
              </Guard>
            }
          />
          <Route
            path="execution"
            element={
              <Guard roles={screenRoles.execution!}>
                <ExecutionPage />
              </Guard>
            }
          />
          <Route
            path="programs"
            element={
              <Guard roles={screenRoles.programs!}>
                <ProgramsPage />
              </Guard>
            }
          />
          <Route
            path="patents"
            element={
              <Guard roles={screenRoles.patents!}>
                <PatentListPage />
              </Guard>
            }
          />
          <Route
            path="subsidies"
            element={
              <Guard roles={screenRoles.subsidies!}>
                <SubsidyPage />
              </Guard>
            }
          />
          {Object.values(registrySpecs).map((spec) => (
            <Route
              key={spec.name}
              path={spec.name}
              element={
                <Guard roles={[...spec.readers]}>
                  <RegistryPage spec={spec} />
                </Guard>
              }
            />
          ))}
          <Route
            path="targets"
            element={
              <Guard roles={['staff', 'leader', 'liaison']}>
                <TargetsPage />
              </Guard>
            }
          />
          <Route
            path="metrics"
            element={
              <Guard roles={['staff', 'leader', 'liaison']}>
                <MetricsPage />
              </Guard>
            }
          />
          <Route
            path="reports/annual"
            element={
              <Guard roles={['staff', 'leader']}>
                <AnnualReportPage />
              </Guard>
            }
          />
          <Route
            path="reports/documents"
            element={
              <Guard roles={['staff', 'leader']}>
                <DocumentsPage />
              </Guard>
            }
          />
          <Route
            path="portal/items"
            element={
              <Guard roles={screenRoles.portal!}>
                <ItemListPage />
              </Guard>
            }
          />
          <Route
            path="portal/items/:id"
            element={
              <Guard roles={screenRoles.portal!}>
                <ItemEditorPage />
              </Guard>
            }
          />
          <Route
            path="portal/messages"
            element={
              <Guard roles={screenRoles.portal!}>
                <MessagesPage />
              </Guard>
            }
          />
          <Route
            path="portal/calendar"
            element={
              <Guard roles={screenRoles.portal!}>
                <CalendarPage />
              </Guard>
            }
          />
          <Route
            path="portal/consultations"
            element={
              <Guard roles={screenRoles.portal!}>
                <ConsultationsPage />
              </Guard>
            }
          />
          <Route
            path="reports/open-gov"
            element={
              <Guard roles={screenRoles.disclosure!}>
                <OpenGovReportPage />
              </Guard>
            }
          />
          <Route
            path="disclosure"
            element={
              <Guard roles={screenRoles.disclosure!}>
                <DisclosurePage />
              </Guard>
            }
          />
          <Route
            path="portal/site"
            element={
              <Guard roles={screenRoles.portal!}>
                <SiteProfilePage />
              </Guard>
            }
          />
          <Route
            path="people"
            element={
              <Guard roles={screenRoles.people!}>
                <PeopleListPage />
              </Guard>
            }
          />
          <Route
            path="users"
            element={
              <Guard roles={screenRoles.users!}>
                <UserListPage />
              </Guard>
            }
          />
          <Route
            path="system/jobs"
            element={
              <Guard roles={screenRoles.jobs!}>
                <JobsPage />
              </Guard>
            }
          />
          <Route
            path="dictionaries"
            element={
              <Guard roles={screenRoles.dictionaries!}>
                <DictionariesPage />
              </Guard>
            }
          />
          <Route
            path="audit"
            element={
              <Guard roles={screenRoles.audit!}>
                <AuditPage />
              </Guard>
            }
          />
          <Route path="account" element={<AccountPage />} />
          {/* Registration logs the applicant in; the same URL then shows its organisation. */}
          <Route path="register" element={<Navigate to="/my-org" replace />} />
          <Route
            path="api-docs"
            element={
              <Guard roles={['staff', 'admin']}>
                <ApiDocsPage />
              </Guard>
            }
          />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
