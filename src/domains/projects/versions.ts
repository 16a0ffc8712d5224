import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { applicationVersions, users } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import { AppError, type Language } from '../../server/errors.js';
import { applicationView, printedChecksum } from '../applications/application.service.js';
import { compareApplications } from '../applications/compare.js';
import { renderApplication } from '../applications/render.js';
import type { StoredApplication } from '../applications/schema.js';
import { getCall } from '../programs/programs.service.js';
import { findProject, type ProjectRow } from './projects.service.js';

/** What a submission kept (see recordSubmission): the project's own fields and its sections as sent. */
interface SubmittedContent {
  title: string;
  requestedFen: number | null;
  application: StoredApplication | null;
  formData: Record<string, unknown> | null;
}

/** 申报版本: every submission of an application, oldest first, with who sent it and its printed checksum. */
export async function listVersions(db: DbOrTx, user: SessionUser, projectId: number) {
  await findProject(db, user, projectId);
  const rows = await db
    .select({
      seq: applicationVersions.seq,
      checksum: applicationVersions.checksum,
      submittedAt: applicationVersions.submittedAt,
      submittedBy: users.displayName,
    })
    .from(applicationVersions)
    .leftJoin(users, eq(users.id, applicationVersions.submittedBy))
    .where(eq(applicationVersions.projectId, projectId))
    .orderBy(asc(applicationVersions.seq));
  return {
    items: rows.map((r) => ({ ...r, checksum: printedChecksum(r.checksum), submittedBy: r.submittedBy ?? null })),
  };
}

async function renderContent(db: DbOrTx, row: ProjectRow, content: SubmittedContent, language: Language) {
  const call = await getCall(db, row.callId);
  const application = await applicationView(db, {
    id: row.id,
    orgId: row.orgId,
    callId: row.callId,
    requestedFen: content.requestedFen,
    application: content.application ?? {},
  });
  return renderApplication(
    {
      title: content.title,
      requestedFen: content.requestedFen,
      application,
      formFields: call.formFields,
      formData: content.formData ?? {},
    },
    language,
  );
}

async function versionOf(db: DbOrTx, projectId: number, seq: number, field: 'from' | 'to') {
  const [version] = await db
    .select()
    .from(applicationVersions)
    .where(and(eq(applicationVersions.projectId, projectId), eq(applicationVersions.seq, seq)));
  if (!version) throw AppError.invalid(`querystring.${field}`, 'version_unknown');
  return version;
}

/**
 * 版本比对: two submissions of one application section by section, sentence by sentence — by default the
 * latest against the one before, which is what a reviewer asks of a returned-and-resubmitted application.
 * `to` may also be `current`: the draft being revised now against what was last submitted.
 */
export async function compareVersions(
  db: DbOrTx,
  user: SessionUser,
  projectId: number,
  query: { from?: number; to?: number | 'current' },
  language: Language,
) {
  const row = await findProject(db, user, projectId);
  const { items } = await listVersions(db, user, projectId);
  const latest = items.at(-1)?.seq;
  if (latest === undefined) throw AppError.invalid('querystring.from', 'version_unknown');
  const to = query.to ?? latest;
  const from = query.from ?? (to === 'current' ? latest : Math.max(1, to - 1));
  const before = await versionOf(db, projectId, from, 'from');
  const after = to === 'current' ? null : await versionOf(db, projectId, to, 'to');
  const current: SubmittedContent = {
    title: row.title,
    requestedFen: row.requestedFen,
    application: row.application as StoredApplication | null,
    formData: row.formData as Record<string, unknown>,
  };
  const sections = compareApplications(
    await renderContent(db, row, before.content as SubmittedContent, language),
    await renderContent(db, row, after ? (after.content as SubmittedContent) : current, language),
  );
  const meta = (v: typeof before) => ({
    seq: v.seq,
    checksum: printedChecksum(v.checksum),
    submittedAt: v.submittedAt,
  });
  return { from: meta(before), to: after ? meta(after) : null, sections };
}
