import { pendingApproval } from '../approvals/requests.js';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { calls, orgs, people, programs, projectEvents, projects } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError } from '../../server/errors.js';
import { refusal } from '../../server/refusals.js';
import { fenToYuan, yuanToFen } from '../../shared/money.js';
import { likePatterns, queryGrams } from '../../shared/search.js';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import { getCall } from '../programs/programs.service.js';
import { applicationView, mergeApplication, printedChecksum } from '../applications/application.service.js';
import type { ApplicationInput, StoredApplication } from '../applications/schema.js';
import { budgetInFen, budgetTotals } from '../applications/budget.js';
import type { Language } from '../../server/errors.js';
import { checkFormData } from './form-data.js';
import { bySection, submissionProblems } from './submission.js';
import { integrityOf } from './integrity.js';
import { projectScope } from './policy.js';
import type { ProjectCreateBody, ProjectListQuery, ProjectUpdateBody } from './schema.js';
import { availableActions } from './transitions.js';

/** A project's columns for lists: everything but the 申报书 itself. */
const listRow = {
  id: projects.id,
  title: projects.title,
  state: projects.state,
  version: projects.version,
  callId: projects.callId,
  callTitle: calls.title,
  year: calls.year,
  expertReview: calls.expertReview,
  program: {
    id: programs.id,
    name: programs.name,
    level: programs.level,
    category: programs.category,
    sectionCode: programs.sectionCode,
  },
  orgId: projects.orgId,
  orgName: orgs.name,
  jurisdictionCode: orgs.jurisdictionCode,
  personId: projects.personId,
  leaderName: projects.leaderName,
  requestedFen: projects.requestedFen,
  approvedFen: projects.approvedFen,
  docNo: projects.docNo,
  planType: projects.planType,
  formData: projects.formData,
  leaderPersonId: projects.leaderPersonId,
  applicationNo: projects.applicationNo,
  code: projects.code,
  checksum: projects.checksum,
  submittedAt: projects.submittedAt,
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
};

export const projectRow = { ...listRow, application: projects.application, teamPersonIds: projects.teamPersonIds };

export type ProjectRow = Awaited<ReturnType<typeof selectProjects>>[number];

function selectProjects(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(projectRow)
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    .where(where);
}

function selectList(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(listRow)
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    .where(where);
}

/** Money as the API shows it: yuan strings exact to the fen. */
function present({
  requestedFen,
  approvedFen,
  formData,
  leaderPersonId: _leader,
  teamPersonIds: _team,
  ...row
}: Omit<ProjectRow, 'application' | 'teamPersonIds'> & { teamPersonIds?: number[] }) {
  return {
    ...row,
    formData: formData as Record<string, unknown>,
    requestedFunding: requestedFen === null ? null : fenToYuan(requestedFen),
    approvedFunding: approvedFen === null ? null : fenToYuan(approvedFen),
  };
}

const sortColumns = {
  updatedAt: projects.updatedAt,
  createdAt: projects.createdAt,
  title: projects.title,
  requested: projects.requestedFen,
};

/** The list's filters, scope included; the export uses the same. */
function projectFilters(
  user: SessionUser,
  q: Omit<ProjectListQuery, 'page' | 'pageSize' | 'sort' | 'order'>,
): SQL | undefined {
  const filters: (SQL | undefined)[] = [projectScope(user)];
  if (q.q) {
    const grams = queryGrams(q.q);
    if (grams.length) filters.push(sql`${projects.searchGrams} @> ${sql.param(grams)}::text[]`);
    for (const pattern of likePatterns(q.q)) filters.push(sql`${projects.title} ILIKE ${pattern}`);
  }
  if (q.year) filters.push(eq(calls.year, q.year));
  if (q.level) filters.push(eq(programs.level, q.level));
  if (q.category) filters.push(eq(programs.category, q.category));
  if (q.state) filters.push(eq(projects.state, q.state));
  if (q.callId) filters.push(eq(projects.callId, q.callId));
  if (q.orgId) filters.push(eq(projects.orgId, q.orgId));
  if (q.jurisdictionCode) filters.push(eq(orgs.jurisdictionCode, q.jurisdictionCode));
  if (q.sectionCode) filters.push(eq(programs.sectionCode, q.sectionCode));
  return and(...filters);
}

export async function listProjects(db: Db, user: SessionUser, q: ProjectListQuery) {
  const where = projectFilters(user, q);
  const column = sortColumns[q.sort];
  const [rows, [total]] = await Promise.all([
    selectList(db, where)
      .orderBy(q.order === 'asc' ? asc(column) : desc(column), desc(projects.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(projects)
      .innerJoin(calls, eq(calls.id, projects.callId))
      .innerJoin(programs, eq(programs.id, calls.programId))
      .innerJoin(orgs, eq(orgs.id, projects.orgId))
      .where(where),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0 };
}

/** Every matching project in list order, for the .xlsx export. */
export async function projectsForExport(db: Db, user: SessionUser, q: ProjectListQuery) {
  const column = sortColumns[q.sort];
  const rows = await db
    .select({ ...listRow, budgetLines: sql<StoredApplication['budget'] | null>`${projects.application}->'budget'` })
    .from(projects)
    .innerJoin(calls, eq(calls.id, projects.callId))
    .innerJoin(programs, eq(programs.id, calls.programId))
    .innerJoin(orgs, eq(orgs.id, projects.orgId))
    .where(projectFilters(user, q))
    .orderBy(q.order === 'asc' ? asc(column) : desc(column), desc(projects.id))
    .limit(50_000);
  // 经费预算 by source, for applications that filed one: what a call's summary sheet adds up.
  return rows.map(({ budgetLines, ...row }) => {
    const totals =
      Array.isArray(budgetLines) && budgetLines.length ? budgetTotals(budgetInFen(budgetLines).lines) : null;
    const budget = totals && {
      fiscal: fenToYuan(totals.fiscal),
      self: fenToYuan(totals.self),
      other: fenToYuan(totals.other),
      total: fenToYuan(totals.total),
    };
    return { ...present(row), budget };
  });
}

/** A project the caller may see, optionally locked FOR UPDATE for a transition. */
export async function findProject(
  db: DbOrTx,
  user: SessionUser,
  id: number,
  o: { lock?: boolean } = {},
): Promise<ProjectRow> {
  const query = selectProjects(db, and(eq(projects.id, id), projectScope(user)));
  const [row] = o.lock ? await query.for('update', { of: projects }) : await query;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getProject(db: Db, user: SessionUser, id: number, language: Language = 'zh-CN') {
  const row = await findProject(db, user, id);
  const call = await getCall(db, row.callId);
  const history = await db
    .select()
    .from(projectEvents)
    .where(eq(projectEvents.projectId, id))
    .orderBy(asc(projectEvents.at), asc(projectEvents.id));
  // 信用: staff and leaders see the applicant's integrity record on every later application.
  const bureau = user.role === 'staff' || user.role === 'leader';
  const integrity = bureau ? await integrityOf(db, row.orgId) : [];
  // 待局长审批: a decision prepared and waiting; the clerk does not prepare another meanwhile.
  const pending = bureau ? await pendingApproval(db, 'project_decision', id) : null;
  const actions = availableActions(row, user).filter((a) => !pending || (a !== 'approve' && a !== 'reject'));
  const pendingDecision = pending
    ? {
        id: pending.id,
        step: pending.step,
        steps: pending.steps.length,
        dueOn: pending.dueOn,
        action: (pending.payload as { action: 'approve' | 'reject' }).action,
        data: (pending.payload as { data: Record<string, unknown> | null }).data,
      }
    : null;
  // 尚缺: while the applicant can still edit, the form lists by section what a submission would be refused for.
  const editable = user.role === 'applicant' && (row.state === 'draft' || row.state === 'returned');
  const missing = editable ? bySection(await submissionProblems(db, row, call), language) : [];
  return {
    ...present(row),
    application: call.applicationTemplate ? await applicationView(db, row) : null,
    printedChecksum: row.checksum ? printedChecksum(row.checksum) : null,
    missing,
    availableActions: actions,
    history,
    integrity,
    pendingDecision,
  };
}

/** 申报书: the sections a PATCH or a new draft sends, merged and checked against the call's template. */
async function withApplication(
  db: DbOrTx,
  row: Pick<ProjectRow, 'id' | 'orgId' | 'callId' | 'application' | 'requestedFen'>,
  call: Awaited<ReturnType<typeof getCall>>,
  input: ApplicationInput | undefined,
) {
  if (input === undefined) return {};
  if (!call.applicationTemplate) throw AppError.invalid('body.application', 'not_form_field');
  const merged = await mergeApplication(db, row, call.applicationTemplate, call.year, input);
  const team = [
    ...(merged.stored.leader ? [merged.stored.leader.personId] : []),
    ...(merged.stored.members ?? []).map((m) => m.personId),
  ];
  return {
    application: merged.stored,
    leaderPersonId: merged.leaderPersonId,
    teamPersonIds: team,
    ...(merged.leaderName ? { leaderName: merged.leaderName } : {}),
  };
}

function fenOf(value: number | string | null | undefined, field: string): number | null | undefined {
  if (value === undefined || value === null) return value;
  const fen = yuanToFen(value);
  if (fen === undefined) throw AppError.invalid(`body.${field}`, 'money');
  return fen;
}

/** 申报: an applicant starts a draft for its organisation in an open call. */
export async function createProject(db: Db, user: SessionUser, actor: Actor, body: ProjectCreateBody) {
  const call = await getCall(db, body.callId).catch(() => {
    throw AppError.invalid('body.callId', 'call_unknown');
  });
  if (call.status !== 'open') throw new AppError('CALL_CLOSED');
  // Talent programmes: the applicant is a person of the applying organisation.
  if (call.program.applicantKind === 'person') {
    const [person] = body.personId
      ? await db.select({ orgId: people.orgId }).from(people).where(eq(people.id, body.personId))
      : [];
    if (person?.orgId !== user.orgId) {
      throw AppError.invalid('body.personId', 'leader_person_required');
    }
  }
  const problems = checkFormData(call.formFields, body.formData, { complete: false });
  if (problems.length) throw new AppError('VALIDATION', { details: problems });
  const requestedFen = fenOf(body.requestedFunding, 'requestedFunding');
  const application = await withApplication(
    db,
    { id: -1, orgId: user.orgId!, callId: body.callId, application: {}, requestedFen: requestedFen ?? null },
    call,
    body.application,
  );
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(projects)
      .values({
        callId: body.callId,
        orgId: user.orgId!,
        personId: body.personId ?? null,
        createdBy: user.id,
        title: body.title,
        leaderName: body.leaderName ?? null,
        requestedFen: requestedFen ?? null,
        formData: body.formData,
        ...application,
      })
      .returning({ id: projects.id });
    await tx.insert(projectEvents).values({
      projectId: created!.id,
      action: 'create',
      toState: 'draft',
      actorId: user.id,
      actorName: user.displayName,
      actorRole: user.role,
    });
    const after = await findProject(tx, user, created!.id);
    await recordAudit(tx, actor, {
      action: 'project.create',
      entityType: 'project',
      entityId: created!.id,
      after: present(after),
    });
    return created!.id;
  });
}

/** The applicant edits its application while it is a draft or returned for revision. */
export async function updateProject(db: Db, user: SessionUser, actor: Actor, id: number, body: ProjectUpdateBody) {
  return db.transaction(async (tx) => {
    const before = await findProject(tx, user, id, { lock: true });
    if (user.role !== 'applicant') throw new AppError('FORBIDDEN');
    if (before.state !== 'draft' && before.state !== 'returned') throw refusal('project', before.state, 'edit');
    if (body.version !== undefined && body.version !== before.version) throw new AppError('STALE_VERSION');
    const call = await getCall(tx, before.callId);
    if (body.formData) {
      const problems = checkFormData(call.formFields, body.formData, { complete: false });
      if (problems.length) throw new AppError('VALIDATION', { details: problems });
    }
    const requestedFen = fenOf(body.requestedFunding, 'requestedFunding');
    const application = await withApplication(tx, before, call, body.application);
    await tx
      .update(projects)
      .set({
        title: body.title,
        leaderName: body.leaderName,
        requestedFen,
        formData: body.formData,
        ...application,
        updatedAt: sql`now()`,
        version: sql`${projects.version} + 1`,
      })
      .where(eq(projects.id, id));
    const after = await findProject(tx, user, id);
    await recordAudit(tx, actor, {
      action: 'project.update',
      entityType: 'project',
      entityId: id,
      before: { ...present(before), application: before.application },
      after: { ...present(after), application: after.application },
    });
  });
}
