import type { Language } from '../../server/errors.js';
import type { XlsxColumn } from '../../shared/xlsx.js';
import { en } from '../../shared/locales/en.js';
import { zhCN } from '../../shared/locales/zh-CN.js';
import type { patentsForExport } from './patents.service.js';

type Row = Awaited<ReturnType<typeof patentsForExport>>[number];
const labels = { 'zh-CN': zhCN, en } as const;

/** The patent list with the patent office's own column names, so it imports back unchanged. */
export function patentExportColumns(language: Language): XlsxColumn<Row>[] {
  const { patent } = labels[language];
  return [
    { header: patent.applicationNumber, width: 18, value: (r) => r.applicationNumber },
    { header: patent.title, width: 44, value: (r) => r.title },
    { header: patent.type, width: 12, value: (r) => patent.types[r.type] },
    { header: patent.applicant, width: 36, value: (r) => r.applicantName },
    { header: patent.org, width: 32, value: (r) => r.orgName },
    { header: patent.filedOn, width: 12, value: (r) => r.filedOn },
    { header: patent.grantedOn, width: 12, value: (r) => r.grantedOn },
    { header: patent.legalStatus, width: 12, value: (r) => r.legalStatus },
  ];
}
