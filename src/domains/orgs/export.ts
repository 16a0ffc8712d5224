import type { Language } from '../../server/errors.js';
import type { XlsxColumn } from '../../shared/xlsx.js';
import { en } from '../../shared/locales/en.js';
import { zhCN } from '../../shared/locales/zh-CN.js';

interface OrgExportRow {
  name: string;
  uscc: string;
  type: string;
  industry: string | null;
  jurisdictionName: string | null;
  address: string | null;
  legalRepresentative: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  status: string;
  createdAt: Date;
}

// The interface's own words, so a column reads the same on screen and in the spreadsheet.
const labels = { 'zh-CN': zhCN, en } as const;

export function orgExportColumns(language: Language): XlsxColumn<OrgExportRow>[] {
  const { org, orgType, orgStatus } = labels[language];
  return [
    { header: org.name, width: 36, value: (r) => r.name },
    { header: org.uscc, width: 22, value: (r) => r.uscc },
    { header: org.type, width: 14, value: (r) => orgType[r.type as keyof typeof orgType] ?? r.type },
    { header: org.industry, width: 16, value: (r) => r.industry },
    { header: org.jurisdiction, width: 14, value: (r) => r.jurisdictionName },
    { header: org.address, width: 36, value: (r) => r.address },
    { header: org.legalRepresentative, width: 12, value: (r) => r.legalRepresentative },
    { header: org.contactName, width: 12, value: (r) => r.contactName },
    { header: org.contactPhone, width: 16, value: (r) => r.contactPhone },
    { header: org.contactEmail, width: 24, value: (r) => r.contactEmail },
    { header: org.status, width: 10, value: (r) => orgStatus[r.status as keyof typeof orgStatus] ?? r.status },
    { header: org.registeredAt, width: 20, value: (r) => r.createdAt },
  ];
}
