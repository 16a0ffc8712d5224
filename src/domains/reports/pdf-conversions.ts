import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { documentConversions } from '../../db/tables/index.js';
import { AppError, type ErrorCode } from '../../server/errors.js';
import type { JobDefinition, JobQueue } from '../jobs/queue.js';
import { docxToPdf } from './pdf.js';

/** Makes a PDF of a .docx; where it happens is the converter's business. */
export type PdfConverter = (docx: Buffer) => Promise<Buffer>;

export const pdfJobName = 'pdf-conversion';

/** More conversions than this waiting, and a new request is told to come back shortly rather than queue. */
const maxWaiting = 8;
/** How long a request waits for its PDF: a conversion takes seconds, a long queue of them a minute or two. */
const waitSeconds = 150;
const pollMs = 250;

/**
 * The job that converts: whichever instance takes it reads the .docx from the conversions table, runs
 * LibreOffice (one at a time per instance) and writes the PDF beside it. The job's result keeps sizes only.
 */
export function pdfConversionJob(db: Db): JobDefinition {
  return {
    name: pdfJobName,
    internal: true,
    retryLimit: 1,
    retryDelaySeconds: 1,
    pollingIntervalSeconds: 0.5,
    async run(data) {
      const id = String(data.conversion ?? '');
      const [row] = await db
        .select({ docx: documentConversions.docx })
        .from(documentConversions)
        .where(eq(documentConversions.id, id));
      // The request gave up and removed it: nothing is waiting for this PDF.
      if (!row) return { skipped: true };
      const pdf = await docxToPdf(row.docx);
      await db.update(documentConversions).set({ pdf }).where(eq(documentConversions.id, id));
      return { docxKb: Math.ceil(row.docx.length / 1024), pdfKb: Math.ceil(pdf.length / 1024) };
    },
  };
}

/**
 * PDFs through the job queue when this instance works it (`keguan serve`): conversions from every instance
 * share one queue, so a burst of downloads waits its turn across the cluster instead of starting a
 * LibreOffice per request, and a conversion that fails is retried once. Without workers (tests, tools) the
 * conversion runs here.
 */
export function pdfConverter(db: Db, queue: JobQueue): PdfConverter {
  return async (docx) => {
    if (!queue.working()) return docxToPdf(docx);
    if ((await queue.boss.getQueueSize(pdfJobName)) >= maxWaiting) throw new AppError('PDF_BUSY');
    const [row] = await db.insert(documentConversions).values({ docx }).returning({ id: documentConversions.id });
    const id = row!.id;
    try {
      const jobId = await queue.runNow(pdfJobName, { conversion: id });
      const deadline = Date.now() + waitSeconds * 1000;
      while (Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        const [done] = await db
          .select({ pdf: documentConversions.pdf })
          .from(documentConversions)
          .where(eq(documentConversions.id, id));
        if (done?.pdf) return done.pdf;
        const job = await queue.boss.getJobById<unknown>(pdfJobName, jobId, { includeArchive: true });
        if (!job || job.state === 'failed' || job.state === 'cancelled') throw new AppError(failureCode(job?.output));
      }
      throw new AppError('PDF_BUSY');
    } finally {
      await db.delete(documentConversions).where(eq(documentConversions.id, id));
    }
  };
}

/** The worker's own refusal (LibreOffice missing, nothing written) when it gave one, else a failure. */
function failureCode(output: unknown): ErrorCode {
  const code = (output as { code?: unknown } | null)?.code;
  return code === 'PDF_UNAVAILABLE' || code === 'PDF_FAILED' ? code : 'PDF_FAILED';
}

/** Conversions a request stopped waiting for (its instance went down): an hour is far past any conversion. */
export async function purgeConversions(db: Db): Promise<number> {
  const gone = await db
    .delete(documentConversions)
    .where(lt(documentConversions.createdAt, sql`now() - interval '1 hour'`))
    .returning({ id: documentConversions.id });
  return gone.length;
}
