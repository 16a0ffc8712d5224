import { and, desc, eq, max } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { applicationVersions, projectAttachments } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import type { Language } from '../../server/errors.js';
import { type FieldProblem, problemText } from '../../server/problems.js';
import { applicationProblems, checksumOf, printedChecksum, sectionOf } from '../applications/application.service.js';
import { nextNumber } from '../applications/numbering.js';
import { type ApplicationTemplate, stampedCopySpec } from '../applications/template.js';
import { type getCall, getProgram } from '../programs/programs.service.js';
import { missingAttachments } from './attachments.js';
import { checkFormData } from './form-data.js';
import type { ProjectRow } from './projects.service.js';

type Call = Awaited<ReturnType<typeof getCall>>;

const stampedCopyKey = stampedCopySpec.key;

/** Everything a submission would be refused for: the 申报书's sections, the call's extra fields, its required attachments. */
export async function submissionProblems(db: DbOrTx, row: ProjectRow, call: Call): Promise<FieldProblem[]> {
  return [
    ...(call.applicationTemplate ? await applicationProblems(db, row, call.applicationTemplate) : []),
    ...checkFormData(call.formFields, row.formData as Record<string, unknown>, { complete: true }),
    ...(await missingAttachments(
      db,
      row.id,
      call.attachments.filter((a) => a.required),
    )),
  ];
}

/** The problems as the form lists them: by section, in the reader's language. */
export function bySection(problems: FieldProblem[], language: Language) {
  return problems.map((p) => ({
    section: sectionOf(p.field),
    field: p.field,
    problem: p.problem,
    message: problemText(p.problem, language, p.params),
  }));
}

/** What a submission is signed with: everything the applicant sent, so the checksum changes with any of it. */
function submittedContent(row: ProjectRow) {
  return {
    title: row.title,
    requestedFen: row.requestedFen,
    leaderPersonId: row.leaderPersonId,
    application: row.application,
    formData: row.formData,
  };
}

/**
 * 提交: the first submission gives the application its number (申报编号) by the programme's rule; every
 * submission is kept as a version, and its checksum is what the printed 申报书 carries.
 */
export async function recordSubmission(tx: DbOrTx, user: SessionUser, row: ProjectRow, call: Call) {
  const program = await getProgram(tx, call.program.id);
  const applicationNo =
    row.applicationNo ??
    (await nextNumber(tx, 'applicationNo', program.applicationNoRule, { year: call.year, code: program.code }));
  const content = { ...submittedContent(row), applicationNo };
  const checksum = checksumOf(content);
  const [last] = await tx
    .select({ seq: max(applicationVersions.seq) })
    .from(applicationVersions)
    .where(eq(applicationVersions.projectId, row.id));
  await tx
    .insert(applicationVersions)
    .values({ projectId: row.id, seq: (last?.seq ?? 0) + 1, content, checksum, submittedBy: user.id });
  return { applicationNo, checksum };
}

/** 立项: the project code (项目编号) by the programme's rule, once; a project keeps its code for life. */
export async function projectCodeFor(tx: DbOrTx, row: ProjectRow, call: Call): Promise<string> {
  if (row.code) return row.code;
  const program = await getProgram(tx, call.program.id);
  return nextNumber(tx, 'code', program.projectCodeRule, { year: call.year, code: program.code });
}

/**
 * 盖章件: the step the call names is not taken until a stamped copy of the current version is uploaded — a
 * copy uploaded before a return and resubmission carries the old checksum and no longer counts.
 */
export async function stampedCopyProblems(
  tx: DbOrTx,
  row: ProjectRow,
  template: ApplicationTemplate | null,
  action: string,
): Promise<FieldProblem[]> {
  if (!template?.stampedCopyStep || template.stampedCopyStep !== action || !row.checksum) return [];
  const [latest] = await tx
    .select({ checksum: projectAttachments.checksum })
    .from(projectAttachments)
    .where(and(eq(projectAttachments.projectId, row.id), eq(projectAttachments.attachmentKey, stampedCopyKey)))
    .orderBy(desc(projectAttachments.id))
    .limit(1);
  const params = { checksum: printedChecksum(row.checksum) };
  if (!latest) return [{ field: `attachments.${stampedCopyKey}`, problem: 'stamped_copy_missing', params }];
  if (latest.checksum !== row.checksum)
    return [{ field: `attachments.${stampedCopyKey}`, problem: 'stamped_copy_outdated', params }];
  return [];
}
