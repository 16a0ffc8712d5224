import fs from 'node:fs/promises';
import { currentReport } from '../domains/reports/annual-report.js';
import { officialDocx, reportDocument } from '../domains/reports/official-docx.js';
import { loadConfig } from '../server/config.js';
import { openRuntime } from '../server/runtime.js';
import { say } from './output.js';

/** `keguan report annual --year Y --out FILE.docx`: the year's work summary from the data, as an official document. */
export async function reportAnnualCommand(o: { year: string; out: string }): Promise<void> {
  const year = Number(o.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new Error(`--year must be a year such as 2008, not ${o.year}`);
  if (!o.out.toLowerCase().endsWith('.docx')) throw new Error(`--out must name a .docx file, not ${o.out}`);
  const config = loadConfig();
  const runtime = await openRuntime(config, say);
  try {
    const report = await currentReport(runtime.db, year, config.bureauName);
    const document = reportDocument(report);
    await fs.writeFile(o.out, await officialDocx(document));
    const figures = report.sections.flatMap((s) => s.paragraphs.flat()).filter((x) => typeof x !== 'string').length;
    say(
      `Wrote ${o.out}: ${report.status === 'final' ? 'the final version' : 'the draft'} (version ${report.version}), ${document.blocks.length} paragraphs, ${figures} figures from the data of ${year}.`,
    );
  } finally {
    await runtime.close();
  }
}
