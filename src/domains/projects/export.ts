import type { Language } from '../../server/errors.js';
import type { XlsxColumn } from '../../shared/xlsx.js';
import { en } from '../../shared/locales/en.js';
import { zhCN } from '../../shared/locales/zh-CN.js';
import type { projectsForExport } from './projects.service.js';

type Row = Awaited<ReturnType<typeof projectsForExport>>[number];
const labels = { 'zh-CN': zhCN, en } as const;

/** The project list as a spreadsheet, in the interface's words; money in yuan, exact. */
export function projectExportColumns(language: Language): XlsxColumn<Row>[] {
  const { project, hall, projectState, programLevel } = labels[language];
  return [
    { header: project.title, width: 44, value: (r) => r.title },
    { header: hall.year, width: 8, value: (r) => r.year },
    { header: hall.level, width: 10, value: (r) => programLevel[r.program.level] },
    { header: project.program, width: 28, value: (r) => r.program.name },
    { header: project.org, width: 32, value: (r) => r.orgName },
    { header: project.leader, width: 10, value: (r) => r.leaderName },
    { header: project.state, width: 12, value: (r) => projectState[r.state] },
    { header: `${project.requested}（${project.yuan}）`, width: 16, value: (r) => r.requestedFunding },
    { header: `${project.approved}（${project.yuan}）`, width: 16, value: (r) => r.approvedFunding },
    { header: project.docNo, width: 20, value: (r) => r.docNo },
    { header: project.planType, width: 12, value: (r) => r.planType },
    { header: project.submittedAt, width: 20, value: (r) => r.submittedAt },
    // Added after the original columns, so sheets built on the earlier layout keep reading the same cells.
    { header: project.applicationNo, width: 16, value: (r) => r.applicationNo },
    { header: project.code, width: 14, value: (r) => r.code },
    { header: `${project.budgetFiscal}（${project.yuan}）`, width: 18, value: (r) => r.budget?.fiscal ?? null },
    { header: `${project.budgetSelf}（${project.yuan}）`, width: 18, value: (r) => r.budget?.self ?? null },
    { header: `${project.budgetOther}（${project.yuan}）`, width: 18, value: (r) => r.budget?.other ?? null },
    { header: `${project.budgetTotal}（${project.yuan}）`, width: 18, value: (r) => r.budget?.total ?? null },
  ];
}
