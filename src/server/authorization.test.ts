import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import {
  approvalRequests,
  disclosureRequests,
  indicators,
  outlets,
  patentSubsidyBatches,
  patentSubsidyClaims,
  patents,
  portalItems,
  projectAttachments,
  publicity,
  workCalendar,
  reviewAssignments,
  targetAssessmentAbsences,
  targetAssessmentAdjustments,
  targetAssessments,
  targetEvidence,
  targetLetterItems,
  targetLetters,
  targetProgressReports,
} from '../db/tables/index.js';
import { systemActor } from '../domains/audit/audit.service.js';
import { createRecord } from '../domains/registries/registry.service.js';
import { type RegistryName, registryNames } from '../domains/registries/spec.js';
import { registrySpecs } from '../domains/registries/specs.js';
import { localStorage } from './storage.js';
import { ensureJurisdiction, ensureSection, makeCall, makeOrg, makeProject, makeUser } from '../testing/factories.js';
import { type Client, login, type TestApp, testApp } from '../testing/harness.js';

/**
 * The authorization matrix: every /api route × every kind of caller. The expectations are written here,
 * apart from the routes' own declarations, so a change to who may do what has to be made twice — and a
 * route missing from this table fails the test.
 */
type Caller =
  | 'anonymous'
  | 'public'
  | 'applicant'
  | 'applicantOther'
  | 'liaison'
  | 'liaisonOther'
  | 'staff'
  | 'expert'
  | 'leader'
  | 'admin'
  | 'auditor';
const callers: Caller[] = [
  'anonymous',
  'public',
  'applicant',
  'applicantOther',
  'liaison',
  'liaisonOther',
  'staff',
  'expert',
  'leader',
  'admin',
  'auditor',
];
type Outcome = 'allow' | 'deny' | 'hidden';
type Role = Exclude<Caller, 'anonymous' | 'applicantOther' | 'liaisonOther'>;

const everyone = (): Record<Caller, Outcome> =>
  Object.fromEntries(callers.map((c) => [c, 'allow'])) as Record<Caller, Outcome>;
const loggedIn = (): Record<Caller, Outcome> => ({ ...everyone(), anonymous: 'deny' });
/** Only these roles; `scoped` routes name one record, which the other org's applicant and other town's liaison cannot see. */
function only(roles: Role[], o: { scoped?: boolean } = {}): Record<Caller, Outcome> {
  const result = Object.fromEntries(callers.map((c) => [c, 'deny'])) as Record<Caller, Outcome>;
  for (const role of roles) result[role] = 'allow';
  if (roles.includes('applicant')) result.applicantOther = o.scoped ? 'hidden' : 'allow';
  if (roles.includes('liaison')) result.liaisonOther = o.scoped ? 'hidden' : 'allow';
  return result;
}

const orgReaders: Role[] = ['staff', 'leader', 'admin', 'liaison', 'applicant'];
const executionReaders: Role[] = ['applicant', 'liaison', 'staff', 'leader'];
const patentReaders: Role[] = ['staff', 'leader', 'liaison', 'applicant'];
const registryReaders: Role[] = ['staff', 'leader', 'liaison', 'applicant'];
const expected: Record<string, Record<Caller, Outcome>> = {
  'GET /api/health': everyone(),
  'GET /api/openapi.json': everyone(),
  'GET /api/clock': everyone(),
  'POST /api/auth/login': everyone(),
  'POST /api/auth/register': everyone(),
  'GET /api/auth/me': loggedIn(),
  'POST /api/auth/password': loggedIn(),
  'POST /api/auth/logout': loggedIn(),
  'GET /api/jurisdictions': everyone(),
  'POST /api/jurisdictions': only(['admin']),
  'PATCH /api/jurisdictions/:code': only(['admin']),
  'GET /api/sections': loggedIn(),
  'POST /api/sections': only(['admin']),
  'PATCH /api/sections/:code': only(['admin']),
  'GET /api/orgs': only(orgReaders),
  'GET /api/orgs/stats': only(orgReaders),
  'GET /api/orgs/export': only(['staff', 'leader', 'liaison']),
  'POST /api/orgs': only(['staff']),
  'GET /api/orgs/:id': only(orgReaders, { scoped: true }),
  'PATCH /api/orgs/:id': only(['staff', 'applicant'], { scoped: true }),
  'POST /api/orgs/:id/merge': only(['staff']),
  'POST /api/orgs/:id/deactivate': only(['staff']),
  'POST /api/orgs/:id/activate': only(['staff']),
  'GET /api/orgs/:id/documents': only(orgReaders, { scoped: true }),
  'POST /api/orgs/:id/documents': only(['staff', 'applicant'], { scoped: true }),
  'GET /api/files/:id': only(orgReaders, { scoped: true }),
  'GET /api/people': only(['staff', 'leader', 'liaison', 'applicant']),
  'POST /api/people': only(['staff', 'applicant']),
  'GET /api/people/:id': only(['staff', 'leader', 'liaison', 'applicant'], { scoped: true }),
  'PATCH /api/people/:id': only(['staff', 'applicant'], { scoped: true }),
  'GET /api/users': only(['admin']),
  'POST /api/users': only(['admin']),
  'GET /api/users/:id': only(['admin']),
  'PATCH /api/users/:id': only(['admin']),
  'POST /api/users/:id/password': only(['admin']),
  'POST /api/users/:id/unlock': only(['admin']),
  'POST /api/users/:id/totp': only(['admin']),
  'GET /api/programs': loggedIn(),
  'POST /api/programs': only(['staff']),
  'PATCH /api/programs/:id': only(['staff']),
  'GET /api/calls': loggedIn(),
  'GET /api/calls/:id': loggedIn(),
  'POST /api/calls': only(['staff']),
  'PATCH /api/calls/:id': only(['staff']),
  'GET /api/projects': only(['applicant', 'liaison', 'staff', 'leader', 'expert']),
  'GET /api/projects/export': only(['applicant', 'liaison', 'staff', 'leader', 'expert']),
  'POST /api/projects/bulk-transitions': only(['applicant', 'liaison', 'staff']),
  'POST /api/projects': only(['applicant']),
  'GET /api/projects/:id': only(['applicant', 'liaison', 'staff', 'leader', 'expert'], { scoped: true }),
  'PATCH /api/projects/:id': only(['applicant'], { scoped: true }),
  'POST /api/projects/:id/transitions': only(['applicant', 'liaison', 'staff'], { scoped: true }),
  'POST /api/projects/:id/experts': only(['staff']),
  'GET /api/experts': only(['staff', 'leader']),
  'GET /api/todos': loggedIn(),
  'GET /api/projects/:id/funding': only(['applicant', 'liaison', 'staff', 'leader', 'expert'], { scoped: true }),
  'POST /api/projects/:id/funding': only(['staff', 'applicant'], { scoped: true }),
  'GET /api/execution': only(executionReaders),
  'GET /api/projects/:id/agreement': only(executionReaders, { scoped: true }),
  'PUT /api/projects/:id/agreement': only(['applicant'], { scoped: true }),
  'POST /api/projects/:id/agreement/actions': only(['applicant', 'staff'], { scoped: true }),
  'GET /api/projects/:id/progress-reports': only(executionReaders, { scoped: true }),
  'PUT /api/projects/:id/progress-reports/:reportId': only(['applicant'], { scoped: true }),
  'POST /api/projects/:id/progress-reports/:reportId/review': only(['staff']),
  'GET /api/projects/:id/changes': only(executionReaders, { scoped: true }),
  'POST /api/projects/:id/changes': only(['applicant'], { scoped: true }),
  'POST /api/projects/:id/changes/:changeId/decision': only(['staff', 'applicant'], { scoped: true }),
  'GET /api/notifications': loggedIn(),
  'POST /api/notifications/read': loggedIn(),
  'GET /api/patents': only(patentReaders),
  'GET /api/patents/export': only(patentReaders),
  'POST /api/patents/import': only(['staff']),
  'GET /api/patents/import/template': only(['staff']),
  'POST /api/patents': only(['staff', 'applicant']),
  'GET /api/patents/:id': only(patentReaders, { scoped: true }),
  'PATCH /api/patents/:id': only(['staff', 'applicant'], { scoped: true }),
  'DELETE /api/patents/:id': only(['staff']),
  'GET /api/patent-subsidies/rates': only(patentReaders),
  'PUT /api/patent-subsidies/rates': only(['staff']),
  'GET /api/patent-subsidies': only(patentReaders),
  'GET /api/patent-subsidies/export': only(patentReaders),
  'POST /api/patent-subsidies': only(['applicant', 'staff']),
  'POST /api/patent-subsidies/:id/decision': only(['staff']),
  'POST /api/patent-subsidies/import': only(['staff']),
  'GET /api/patent-subsidies/import/template': only(['staff']),
  'GET /api/patent-subsidies/:id': only(patentReaders, { scoped: true }),
  'GET /api/patent-subsidies/batches': only(['staff', 'leader']),
  'GET /api/patent-subsidies/batches/export': only(['staff', 'leader']),
  'POST /api/patent-subsidies/batches': only(['staff']),
  'POST /api/patent-subsidies/batches/:id/exclude': only(['staff']),
  'POST /api/patent-subsidies/batches/:id/payment': only(['staff']),
  'GET /api/patent-subsidies/batches/:id/payment.xlsx': only(['staff', 'leader']),
  'PUT /api/experts/:id/profile': only(['staff', 'expert']),
  'GET /api/calls/:id/panel': only(['staff', 'leader']),
  'POST /api/calls/:id/panel/draw': only(['staff']),
  'POST /api/calls/:id/panel/replace': only(['staff']),
  'POST /api/calls/:id/panel/decline': only(['expert']),
  'GET /api/approvals': only(['staff', 'leader']),
  'GET /api/approvals/:id': only(['staff', 'leader']),
  'POST /api/approvals/:id/decision': only(['staff', 'leader']),
  'POST /api/approvals/:id/withdraw': only(['staff']),
  'GET /api/approval-chains': only(['staff', 'leader', 'admin']),
  'PUT /api/approval-chains/:kind': only(['admin']),
  'GET /api/outlets': loggedIn(),
  'POST /api/outlets': only(['admin']),
  'PATCH /api/outlets/:code': only(['admin']),
  'GET /api/platforms': only(registryReaders),
  'GET /api/platforms/export': only(registryReaders),
  'POST /api/platforms/import': only(['staff']),
  'GET /api/platforms/import/template': only(['staff']),
  'POST /api/platforms': only(['staff']),
  'GET /api/platforms/:id': only(registryReaders, { scoped: true }),
  'PATCH /api/platforms/:id': only(['staff']),
  'DELETE /api/platforms/:id': only(['staff']),
  'GET /api/qualifications': only(registryReaders),
  'GET /api/qualifications/export': only(registryReaders),
  'POST /api/qualifications/import': only(['staff']),
  'GET /api/qualifications/import/template': only(['staff']),
  'POST /api/qualifications': only(['staff', 'applicant']),
  'GET /api/qualifications/:id': only(registryReaders, { scoped: true }),
  'PATCH /api/qualifications/:id': only(['staff', 'applicant'], { scoped: true }),
  'DELETE /api/qualifications/:id': only(['staff', 'applicant'], { scoped: true }),
  'GET /api/cooperations': only(registryReaders),
  'GET /api/cooperations/export': only(registryReaders),
  'POST /api/cooperations/import': only(['staff']),
  'GET /api/cooperations/import/template': only(['staff']),
  'POST /api/cooperations': only(['staff', 'applicant']),
  'GET /api/cooperations/:id': only(registryReaders, { scoped: true }),
  'PATCH /api/cooperations/:id': only(['staff', 'applicant'], { scoped: true }),
  'DELETE /api/cooperations/:id': only(['staff', 'applicant'], { scoped: true }),
  'GET /api/funds': only(['staff', 'leader', 'applicant']),
  'GET /api/funds/export': only(['staff', 'leader', 'applicant']),
  'POST /api/funds/import': only(['staff']),
  'GET /api/funds/import/template': only(['staff']),
  'POST /api/funds': only(['staff', 'applicant']),
  'GET /api/funds/:id': only(['staff', 'leader', 'applicant'], { scoped: true }),
  'PATCH /api/funds/:id': only(['staff', 'applicant'], { scoped: true }),
  'DELETE /api/funds/:id': only(['staff', 'applicant'], { scoped: true }),
  'GET /api/publicity': only(['staff', 'leader']),
  'GET /api/publicity/export': only(['staff', 'leader']),
  'POST /api/publicity/import': only(['staff']),
  'GET /api/publicity/import/template': only(['staff']),
  'POST /api/publicity': only(['staff']),
  'GET /api/publicity/:id': only(['staff', 'leader']),
  'PATCH /api/publicity/:id': only(['staff']),
  'DELETE /api/publicity/:id': only(['staff']),
  'PUT /api/publicity/:id/attachment': only(['staff']),
  'GET /api/publicity/:id/attachment': only(['staff', 'leader']),
  'GET /api/metrics': only(['staff', 'leader', 'liaison']),
  'GET /api/metrics/years': only(['staff', 'leader', 'liaison']),
  'GET /api/metrics/:key': only(['staff', 'leader', 'liaison']),
  'GET /api/metrics/:key/rows': only(['staff', 'leader', 'liaison']),
  'GET /api/metrics/:key/months': only(['staff', 'leader', 'liaison']),
  'GET /api/targets/indicators': only(['staff', 'leader', 'liaison']),
  'GET /api/targets/years': only(['staff', 'leader', 'liaison']),
  'POST /api/targets/indicators': only(['staff']),
  'PUT /api/targets/indicators/:id': only(['staff']),
  'DELETE /api/targets/indicators/:id': only(['staff']),
  'GET /api/targets/overview': only(['staff', 'leader', 'liaison']),
  'GET /api/reports/annual': only(['staff', 'leader']),
  'GET /api/reports/annual.docx': only(['staff', 'leader']),
  'GET /api/reports/annual.pdf': only(['staff', 'leader']),
  'PUT /api/reports/annual/narratives': only(['staff']),
  'POST /api/reports/annual/actions': only(['staff', 'leader']),
  'GET /api/reports/annual/versions': only(['staff', 'leader']),
  'GET /api/reports/annual/versions/:version': only(['staff', 'leader']),
  'GET /api/reports/work-plan.docx': only(['staff', 'leader']),
  'GET /api/reports/approval-list.docx': only(['staff', 'leader']),
  'GET /api/reports/assessment-notice.docx': only(['staff', 'leader', 'liaison']),
  'GET /api/reports/monthly-progress.xlsx': only(['staff', 'leader']),
  'GET /api/targets/letters': only(['staff', 'leader', 'liaison']),
  'GET /api/targets/letters/:id': only(['staff', 'leader', 'liaison'], { scoped: true }),
  'POST /api/targets/letters': only(['staff']),
  'PUT /api/targets/letters/:id': only(['staff']),
  'DELETE /api/targets/letters/:id': only(['staff']),
  'POST /api/targets/letters/:id/actions': only(['staff', 'liaison']),
  'GET /api/targets/decomposition': only(['staff', 'leader']),
  'GET /api/targets/bureau-people': only(['staff', 'leader']),
  'GET /api/targets/reports': only(['staff', 'leader', 'liaison']),
  'POST /api/targets/reports': only(['liaison', 'staff']),
  'POST /api/targets/reports/:id/evidence': only(['liaison', 'staff']),
  'GET /api/targets/evidence/:id': only(['staff', 'leader', 'liaison'], { scoped: true }),
  // Evidence is the unit's own: staff review it, they do not remove it.
  'DELETE /api/targets/evidence/:id': only(['liaison'], { scoped: true }),
  'POST /api/targets/reports/:id/actions': only(['liaison', 'staff']),
  'GET /api/targets/assessments': only(['staff', 'leader', 'liaison']),
  'POST /api/targets/assessments': only(['staff']),
  'GET /api/targets/assessments/:id': only(['staff', 'leader', 'liaison']),
  'PUT /api/targets/assessments/:id/team': only(['staff']),
  'PUT /api/targets/systems/:year': only(['staff']),
  'POST /api/targets/systems/:year/copy': only(['staff']),
  'PUT /api/targets/assessments/:id/scores': only(['staff', 'leader']),
  'POST /api/targets/assessments/:id/absences': only(['staff']),
  'DELETE /api/targets/assessments/:id/absences/:letterId': only(['staff']),
  'POST /api/targets/assessments/:id/adjustments': only(['staff']),
  'DELETE /api/targets/assessments/:id/adjustments/:adjustmentId': only(['staff']),
  'POST /api/targets/assessments/:id/actions': only(['staff', 'leader']),
  'GET /api/targets/assessments/:id/export': only(['staff', 'leader']),
  'GET /api/orgs/:id/figures': only(['staff', 'leader', 'admin', 'liaison', 'applicant'], { scoped: true }),
  'PUT /api/orgs/:id/figures/:year': only(['staff', 'applicant'], { scoped: true }),
  'GET /api/tech-fields': loggedIn(),
  'POST /api/tech-fields': only(['admin']),
  'PATCH /api/tech-fields/:code': only(['admin']),
  'GET /api/orgs/:id/integrity': only(['staff', 'leader']),
  'POST /api/orgs/:id/integrity': only(['staff']),
  'GET /api/projects/:id/attachments': only(['applicant', 'liaison', 'staff', 'leader', 'expert'], { scoped: true }),
  'POST /api/projects/:id/attachments': only(['applicant'], { scoped: true }),
  'GET /api/projects/:id/attachments/:attachmentId': only(['applicant', 'liaison', 'staff', 'leader', 'expert'], {
    scoped: true,
  }),
  'DELETE /api/projects/:id/attachments/:attachmentId': only(['applicant'], { scoped: true }),
  'GET /api/calls/:id/decision-pack': only(['staff', 'leader']),
  'GET /api/projects/:id/application.pdf': only(['applicant', 'liaison', 'staff', 'leader', 'expert'], {
    scoped: true,
  }),
  'GET /api/projects/:id/application.docx': only(['applicant', 'liaison', 'staff', 'leader', 'expert'], {
    scoped: true,
  }),
  'GET /api/projects/:id/versions': only(['applicant', 'liaison', 'staff', 'leader', 'expert'], { scoped: true }),
  'GET /api/projects/:id/versions/compare': only(['applicant', 'liaison', 'staff', 'leader', 'expert'], {
    scoped: true,
  }),
  'GET /api/projects/:id/duplicates': only(['staff', 'leader'], { scoped: true }),
  'POST /api/projects/:id/duplicates/:flagId/judgement': only(['staff'], { scoped: true }),
  'GET /api/projects/:id/reviews': only(['staff', 'leader', 'expert']),
  'POST /api/projects/:id/reviews': only(['expert']),
  'GET /api/portal/items': only(['staff', 'leader']),
  'POST /api/portal/items': only(['staff', 'leader']),
  'GET /api/portal/items/:id': only(['staff', 'leader']),
  'PUT /api/portal/items/:id': only(['staff', 'leader']),
  'POST /api/portal/items/:id/actions': only(['staff', 'leader']),
  'GET /api/portal/items/:id/versions': only(['staff', 'leader']),
  'POST /api/portal/files': only(['staff', 'leader']),
  'GET /api/portal/publicity/sources': only(['staff', 'leader']),
  'POST /api/portal/publicity/from-source': only(['staff', 'leader']),
  'GET /api/portal/messages': only(['staff', 'leader']),
  'POST /api/portal/messages/:id/actions': only(['staff', 'leader']),
  'GET /api/portal/messages/statistics': only(['staff', 'leader']),
  'GET /api/portal/calendar': only(['staff', 'leader']),
  'PUT /api/portal/calendar/:day': only(['staff', 'leader']),
  'DELETE /api/portal/calendar/:day': only(['staff', 'leader']),
  'GET /api/website/profile': only(['staff', 'leader']),
  'GET /api/disclosure/requests': only(['staff', 'leader']),
  'GET /api/disclosure/reports/:year': only(['staff', 'leader']),
  'PUT /api/disclosure/reports/:year': only(['staff', 'leader']),
  'POST /api/disclosure/reports/:year/actions': only(['staff', 'leader']),
  'GET /api/disclosure/reports/:year/docx': only(['staff', 'leader']),
  'POST /api/disclosure/reports/:year/publication': only(['staff', 'leader']),
  'GET /api/consultations': only(['staff', 'leader']),
  'GET /api/consultations/:id': only(['staff', 'leader']),
  'POST /api/consultations/comments/:id': only(['staff', 'leader']),
  'PUT /api/consultations/:id/result': only(['staff', 'leader']),
  'POST /api/consultations/:id/result/publish': only(['staff', 'leader']),
  'POST /api/disclosure/requests': only(['staff', 'leader']),
  'GET /api/disclosure/requests/:id': only(['staff', 'leader']),
  'POST /api/disclosure/requests/:id/actions': only(['staff', 'leader']),
  'GET /api/disclosure/requests/:id/letters/:kind': only(['staff', 'leader']),
  'PUT /api/website/profile': only(['staff', 'leader']),
  'GET /api/website/reports/:year': only(['staff', 'leader']),
  'GET /api/website/reports/:year/xlsx': only(['staff', 'leader']),
  // Open data: anyone, no login.
  'GET /api/open/projects': everyone(),
  'GET /api/open/figures': everyone(),
  'GET /api/system/jobs': only(['admin']),
  'POST /api/system/jobs/:name/run': only(['admin']),
  'PUT /api/system/jobs/nightly-backup/settings': only(['admin']),
  'GET /api/audit': only(['auditor']),
  'GET /api/audit/facets': only(['auditor']),
  'GET /api/audit/verify': only(['auditor']),
};

let t: TestApp;
const clients = new Map<Caller, Client | undefined>();
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  await ensureJurisdiction(t.db, 'town-a');
  await ensureJurisdiction(t.db, 'town-b');
  await ensureSection(t.db, 'agriculture');
  const org = await makeOrg(t.db, { jurisdictionCode: 'town-a' });
  const made = {
    public: await makeUser(t.db, 'public'),
    applicant: await makeUser(t.db, 'applicant', { orgId: org.id }),
    applicantOther: await makeUser(t.db, 'applicant', { jurisdictionCode: 'town-b' }),
    liaison: await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-a' }),
    liaisonOther: await makeUser(t.db, 'liaison', { jurisdictionCode: 'town-b' }),
    staff: await makeUser(t.db, 'staff'),
    expert: await makeUser(t.db, 'expert'),
    leader: await makeUser(t.db, 'leader'),
    admin: await makeUser(t.db, 'admin'),
    auditor: await makeUser(t.db, 'auditor'),
  };
  clients.set('anonymous', undefined);
  for (const [caller, u] of Object.entries(made))
    clients.set(caller as Caller, await login(t.app, u.username, u.password, u.totp() || undefined));
  const staff = clients.get('staff')!;
  const person = await staff.post('/api/people', { name: '矩阵测试人', orgId: org.id });
  // A one-pixel PNG: uploads are typed by their contents, so the picture must be a real one.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const boundary = 'matrixboundary';
  const upload = await staff.request({
    method: 'POST',
    url: `/api/orgs/${org.id}/documents`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="licence.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  expect(upload.statusCode).toBe(201);
  const throwaway = await makeUser(t.db, 'expert');
  const [disclosure] = await t.db
    .insert(disclosureRequests)
    .values({
      code: '20261201-MATRXMATRX',
      applicantKind: 'person',
      name: '矩阵',
      phone: '1',
      address: '矩阵路',
      description: '矩阵申请的信息',
      form: 'electronic',
      delivery: 'online',
      receivedOn: '2026-12-01',
      clockFrom: '2026-12-01',
      state: 'answered',
      outcome: 'disclose',
      replyText: '予以公开',
      legalBasis: '条例',
      repliedOn: '2026-12-02',
    })
    .returning();
  const call = await makeCall(t.db, { sectionCode: 'agriculture' });
  const project = await makeProject(t.db, { callId: call.id, orgId: org.id, state: 'submitted' });
  await t.db.insert(reviewAssignments).values({ projectId: project.id, expertId: made.expert.id });
  const stored = await localStorage(path.join(t.config.dataDir, 'files')).put(Buffer.from('%PDF-1.4 matrix'));
  const [attachment] = await t.db
    .insert(projectAttachments)
    .values({
      projectId: project.id,
      attachmentKey: 'proposal',
      ...stored,
      mediaType: 'application/pdf',
      originalName: 'a.pdf',
    })
    .returning();
  const [patent, throwawayPatent] = await t.db
    .insert(patents)
    .values([
      {
        applicationNumber: '202010566088.9',
        type: 'invention',
        title: '矩阵测试专利',
        applicantName: org.name,
        orgId: org.id,
        jurisdictionCode: 'town-a',
        filedOn: '2020-05-01',
      },
      {
        applicationNumber: '201510958772.0',
        type: 'invention',
        title: '矩阵删除专利',
        applicantName: org.name,
        orgId: org.id,
        jurisdictionCode: 'town-a',
        filedOn: '2015-05-01',
      },
    ])
    .returning({ id: patents.id });
  await t.db.insert(outlets).values({ code: 'provincial', name: '省科技厅信息报送系统' });
  registryOrgId = org.id;
  for (const name of registryNames) ids[`${name}Id`] = String(await registryRecord(name));
  await t.db
    .update(publicity)
    .set({
      attachmentSha256: stored.sha256,
      attachmentName: 'a.pdf',
      attachmentType: 'application/pdf',
      attachmentSize: stored.size,
    })
    .where(eq(publicity.id, Number(ids.publicityId)));
  const [portalItem] = await t.db
    .insert(portalItems)
    .values({ column: 'news', title: '矩阵稿件', bodyHtml: '<p>矩阵</p>', bodyText: '矩阵' })
    .returning({ id: portalItems.id });
  const [consultation] = await t.db
    .insert(portalItems)
    .values({
      column: 'consultations',
      title: '矩阵征集',
      bodyHtml: '<p>矩阵</p>',
      bodyText: '矩阵',
      state: 'published',
      startsOn: '2026-01-01',
      endsOn: '2026-01-31',
    })
    .returning({ id: portalItems.id });
  const [claim] = await t.db
    .insert(patentSubsidyClaims)
    .values({ patentId: patent!.id, stage: 'filed', year: 2020, amountFen: 100_000, orgId: org.id })
    .returning({ id: patentSubsidyClaims.id });
  // A town-a letter in force with a report in writing, and an open assessment round.
  const [indicator] = await t.db
    .insert(indicators)
    .values({
      year: 2009,
      code: 'matrix.manual',
      name: '矩阵手填指标',
      unit: '项',
      direction: 'at_least',
      targetMin: '1',
      source: 'manual',
    })
    .returning({ id: indicators.id });
  const [letter] = await t.db
    .insert(targetLetters)
    .values({ year: 2009, unitKind: 'jurisdiction', jurisdictionCode: 'town-a', status: 'issued' })
    .returning({ id: targetLetters.id });
  const [item] = await t.db
    .insert(targetLetterItems)
    .values({ letterId: letter!.id, indicatorId: indicator!.id, shareMin: '1', weight: '100' })
    .returning({ id: targetLetterItems.id });
  const [report] = await t.db
    .insert(targetProgressReports)
    .values({ letterItemId: item!.id, quarter: 1, value: '1' })
    .returning({ id: targetProgressReports.id });
  const [round] = await t.db
    .insert(targetAssessments)
    .values({ year: 2009, kind: 'mid_year' })
    .returning({ id: targetAssessments.id });
  const [batch] = await t.db
    .insert(patentSubsidyBatches)
    .values({ title: '矩阵批次', totalFen: 0 })
    .returning({ id: patentSubsidyBatches.id });
  const [approval] = await t.db
    .insert(approvalRequests)
    .values({
      kind: 'letter_issue',
      entityType: 'target_letter',
      entityId: letter!.id,
      title: '矩阵报批',
      steps: [{ role: 'leader', days: 3 }],
      requestedBy: made.staff.id,
    })
    .returning({ id: approvalRequests.id });
  Object.assign(ids, {
    letterId: String(letter!.id),
    reportId: String(report!.id),
    roundId: String(round!.id),
    evidenceSha: stored.sha256,
    evidenceSize: String(stored.size),
    claimId: String(claim!.id),
    batchId: String(batch!.id),
    approvalId: String(approval!.id),
    patentId: String(patent!.id),
    throwawayPatentId: String(throwawayPatent!.id),
    orgId: String(org.id),
    personId: String(person.json().id),
    fileId: String(upload.json().id),
    userId: String(throwaway.id),
    callId: String(call.id),
    programId: String(call.programId),
    projectId: String(project.id),
    attachmentId: String(attachment!.id),
    portalItemId: String(portalItem!.id),
    disclosureId: String(disclosure!.id),
    consultationId: String(consultation!.id),
  });
});
afterAll(() => t.close());

let registryOrgId = 0;
let serial = 0;
/** A fresh record of a registry, of the applicant's organisation (town-a): one per DELETE, since a delete consumes it. */
async function registryRecord(name: RegistryName): Promise<number> {
  const n = ++serial;
  const samples: Record<RegistryName, Record<string, unknown>> = {
    platforms: {
      name: `矩阵载体${n}`,
      kind: 'other',
      level: 'city',
      orgId: registryOrgId,
      recognizedOn: '2009-01-01',
      status: 'active',
    },
    qualifications: {
      orgId: registryOrgId,
      kind: 'other',
      certificateNo: `M${n}`,
      issuedOn: '2009-01-01',
      validUntil: '2010-01-01',
    },
    cooperations: { orgId: registryOrgId, partner: '南京农业大学', subject: `矩阵合作${n}`, signedOn: '2009-01-01' },
    funds: { kind: 'self_raised', year: 2009, title: `矩阵投入${n}`, orgId: registryOrgId, amount: 1 },
    publicity: { title: `矩阵稿件${n}`, outletCode: 'provincial', sentOn: '2009-01-01' },
  };
  const staffUser = {
    id: 0,
    username: 'matrix',
    displayName: 'matrix',
    role: 'staff' as const,
    orgId: null,
    jurisdictionCode: null,
    sectionCode: null,
  };
  return (await createRecord(t.db, registrySpecs[name], staffUser, systemActor, samples[name])).id;
}

async function urlFor(url: string, method: string): Promise<string> {
  const registry = registryNames.find((name) => url.startsWith(`/api/${name}/:id`));
  if (registry)
    return url.replace(':id', method === 'DELETE' ? String(await registryRecord(registry)) : ids[`${registry}Id`]!);
  if (url.startsWith('/api/outlets/')) return url.replace(':code', 'provincial');
  if (url.startsWith('/api/system/jobs/')) return url.replace(':name', 'purge');
  if (url.startsWith('/api/metrics/')) return url.replace(':key', 'projects.applied');
  if (url.startsWith('/api/targets/systems/')) return url.replace(':year', '2031');
  if (url.startsWith('/api/targets/indicators/:id')) {
    // A delete consumes its indicator: a fresh one each time.
    const [row] = await t.db
      .insert(indicators)
      .values({
        year: 2009,
        code: `m${++serial}`,
        name: '矩阵指标',
        unit: '项',
        direction: 'at_least',
        targetMin: '1',
        source: 'manual',
      })
      .returning({ id: indicators.id });
    return url.replace(':id', String(row!.id));
  }
  if (url.startsWith('/api/patent-subsidies/:id')) return url.replace(':id', ids.claimId!);
  if (url.startsWith('/api/patent-subsidies/batches/:id')) return url.replace(':id', ids.batchId!);
  if (url.startsWith('/api/approvals/:id')) return url.replace(':id', ids.approvalId!);
  if (url.startsWith('/api/approval-chains/')) return url.replace(':kind', 'letter_issue');
  if (url.startsWith('/api/portal/')) return portalUrl(url, method);
  if (url.startsWith('/api/consultations/')) return url.replace(':id', ids.consultationId!);
  if (url.startsWith('/api/website/reports/')) return url.replace(':year', '2026');
  if (url.startsWith('/api/disclosure/reports/')) return url.replace(':year', '2025');
  if (url.startsWith('/api/disclosure/requests/'))
    return url.replace(':id', ids.disclosureId!).replace(':kind', 'reply');
  if (url.startsWith('/api/open/')) return `${url}?year=2009`;
  if (url.startsWith('/api/targets/')) return targetUrl(url, method);
  return concreteUrl(url, method);
}

/** A delete consumes what it names: a fresh draft letter, piece of evidence or adjustment each time. */
async function targetUrl(url: string, method: string): Promise<string> {
  if (url === '/api/targets/letters/:id' && method === 'DELETE') {
    const [row] = await t.db
      .insert(targetLetters)
      .values({ year: 1000 + ++serial, unitKind: 'jurisdiction', jurisdictionCode: 'town-a' })
      .returning({ id: targetLetters.id });
    return url.replace(':id', String(row!.id));
  }
  if (url.startsWith('/api/targets/evidence/')) {
    const [row] = await t.db
      .insert(targetEvidence)
      .values({
        reportId: Number(ids.reportId),
        sha256: ids.evidenceSha!,
        size: Number(ids.evidenceSize),
        mediaType: 'application/pdf',
        originalName: 'e.pdf',
      })
      .returning({ id: targetEvidence.id });
    return url.replace(':id', String(row!.id));
  }
  if (url === '/api/targets/assessments/:id/absences/:letterId') {
    await t.db
      .insert(targetAssessmentAbsences)
      .values({ assessmentId: Number(ids.roundId), letterId: Number(ids.letterId), reason: '矩阵' })
      .onConflictDoNothing();
    return url.replace(':id', ids.roundId!).replace(':letterId', ids.letterId!);
  }
  if (url.startsWith('/api/targets/assessments/')) {
    const [row] = await t.db
      .insert(targetAssessmentAdjustments)
      .values({
        assessmentId: Number(ids.roundId),
        letterId: Number(ids.letterId),
        kind: 'bonus',
        points: '1',
        reason: '矩阵',
      })
      .returning({ id: targetAssessmentAdjustments.id });
    return url.replace(':id', ids.roundId!).replace(':adjustmentId', String(row!.id));
  }
  return url.replace(':id', url.startsWith('/api/targets/reports/') ? ids.reportId! : ids.letterId!);
}

/** An item of the public site exists; a calendar day is made for each delete, which consumes it. */
async function portalUrl(url: string, method: string): Promise<string> {
  if (url.startsWith('/api/portal/calendar/')) {
    const day = `2030-01-${String(10 + (++serial % 18)).padStart(2, '0')}`;
    if (method === 'DELETE')
      await t.db.insert(workCalendar).values({ day, kind: 'holiday', name: '矩阵' }).onConflictDoNothing();
    return url.replace(':day', day);
  }
  if (url === '/api/portal/calendar' || url === '/api/portal/messages/statistics') return `${url}?year=2026`;
  return url.replace(':id', ids.portalItemId!);
}

function concreteUrl(url: string, method: string): string {
  if (url.startsWith('/api/patents/'))
    return url.replace(':id', method === 'DELETE' ? ids.throwawayPatentId! : ids.patentId!);
  if (url.startsWith('/api/people/')) return url.replace(':id', ids.personId!);
  if (url.startsWith('/api/files/')) return url.replace(':id', ids.fileId!);
  if (url.startsWith('/api/users/')) return url.replace(':id', ids.userId!);
  if (url.startsWith('/api/calls/')) return url.replace(':id', ids.callId!);
  if (url.startsWith('/api/programs/')) return url.replace(':id', ids.programId!);
  if (url.startsWith('/api/projects/'))
    return url
      .replace(':id', ids.projectId!)
      .replace(':attachmentId', ids.attachmentId!)
      .replace(':reportId', '1')
      .replace(':changeId', '1')
      .replace(':flagId', '1');
  if (url.startsWith('/api/sections/')) return url.replace(':code', 'agriculture');
  if (url.startsWith('/api/jurisdictions/')) return url.replace(':code', 'town-a');
  if (url.startsWith('/api/tech-fields/')) return url.replace(':code', '0207');
  return url.replace(':id', ids.orgId!).replace(':year', '2025');
}

function outcomeOf(status: number, caller: Caller): Outcome {
  if (status === 404) return 'hidden';
  if (status === 401 && caller === 'anonymous') return 'deny';
  if (status === 403) return 'deny';
  return 'allow';
}

describe('authorization matrix', () => {
  it('every route declares a rule, and this matrix covers every route', () => {
    const declared = t.app.declaredRoutes.map((r) => `${r.method} ${r.url}`);
    expect(declared.filter((route) => !expected[route])).toEqual([]);
    expect(Object.keys(expected).filter((route) => !declared.includes(route))).toEqual([]);
  });

  it('gives each caller exactly the outcome the matrix says', async () => {
    const mismatches: string[] = [];
    // Logout last: it ends the sessions the other checks use.
    const routes = [...t.app.declaredRoutes].sort(
      (a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')),
    );
    for (const route of routes) {
      for (const caller of callers) {
        const client = clients.get(caller);
        const options = {
          method: route.method as 'GET',
          url: await urlFor(route.url, route.method),
          payload: route.method === 'GET' ? undefined : {},
        };
        const response = client ? await client.request(options) : await t.app.inject(options);
        const got = outcomeOf(response.statusCode, caller);
        const want = expected[`${route.method} ${route.url}`]![caller];
        if (got !== want)
          mismatches.push(
            `${route.method} ${route.url} as ${caller}: expected ${want}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    // Every route × every role, the 申报书's PDF among them (rendered by LibreOffice for each role that may read it).
  }, 240_000);
});

describe('deny by default', () => {
  it('refuses to build an app with a route that declares no rule', async () => {
    const { default: Fastify } = await import('fastify');
    const app = Fastify();
    app.addHook('onRoute', (route) => {
      if (route.url.startsWith('/api') && route.config?.access === undefined)
        throw new Error(`Route ${route.url} declares no access rule`);
    });
    expect(() => app.get('/api/forgotten', async () => 'x')).toThrow(/declares no access rule/);
  });
});
