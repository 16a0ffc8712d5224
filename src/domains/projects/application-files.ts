import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { jurisdictions } from '../../db/tables/index.js';
import type { SessionUser } from '../../server/access.js';
import * as clock from '../../shared/clock.js';
import { applicationView, printedChecksum } from '../applications/application.service.js';
import { type ApplicationCover, applicationDocx } from '../applications/document.js';
import { renderApplication } from '../applications/render.js';
import type { PdfConverter } from '../reports/pdf-conversions.js';
import { chineseDate } from '../reports/wording.js';
import { getCall } from '../programs/programs.service.js';
import { findProject } from './projects.service.js';

const revising = new Set(['draft', 'returned']);

/**
 * 申报书 (.docx or .pdf) as it stands: the submitted version carries its number and checksum; a draft, or
 * one returned and being revised, prints as a draft, so no one stamps what was never sent.
 */
export async function applicationFile(
  db: DbOrTx,
  user: SessionUser,
  id: number,
  format: 'docx' | 'pdf',
  toPdf: PdfConverter,
) {
  const row = await findProject(db, user, id);
  const call = await getCall(db, row.callId);
  const [jurisdiction] = row.jurisdictionCode
    ? await db
        .select({ name: jurisdictions.name })
        .from(jurisdictions)
        .where(eq(jurisdictions.code, row.jurisdictionCode))
    : [];
  const application = await applicationView(db, row);
  const rendered = renderApplication(
    {
      title: row.title,
      requestedFen: row.requestedFen,
      application,
      formFields: call.formFields,
      formData: row.formData as Record<string, unknown>,
    },
    'zh-CN',
  );
  // A call keeping the short form prints what it asked: the basic facts and its own fields.
  const sections = call.applicationTemplate ? rendered : rendered.filter((s) => s.key === 'basic' || s.key === 'extra');
  const submitted = !revising.has(row.state) && row.checksum !== null;
  const cover: ApplicationCover = {
    programName: row.program.name,
    callTitle: call.title,
    title: row.title,
    applicant: row.orgName,
    leader: application.leader?.name || row.leaderName || '',
    recommender: jurisdiction?.name ?? '',
    date: chineseDate(submitted && row.submittedAt ? row.submittedAt : clock.today()),
    applicationNo: row.applicationNo,
    checksum: submitted ? printedChecksum(row.checksum!) : null,
  };
  const docx = await applicationDocx(cover, sections);
  const stem = `${row.applicationNo ?? '申报书草稿'}-${row.title}`.replace(/[\\/:*?"<>|]/g, '_').slice(0, 80);
  if (format === 'docx')
    return {
      fileName: `${stem}.docx`,
      body: docx,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
  return { fileName: `${stem}.pdf`, body: await toPdf(docx), type: 'application/pdf' };
}
