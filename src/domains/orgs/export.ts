import type { Language } from '../../server/errors.js';
import type { XlsxColumn } from '../../shared/xlsx.js';

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

const typeLabels: Record<Language, Record<string, string>> = {
  'zh-CN': {
    enterprise: '企业',
    institute: '科研院所',
    university: '高等院校',
    hospital: '医疗机构',
    school: '学校',
    cooperative: '合作社',
    government: '机关事业单位',
    social_org: '社会组织',
    other: '其他',
  },
  en: {
    enterprise: 'Enterprise',
    institute: 'Research institute',
    university: 'University',
    hospital: 'Hospital',
    school: 'School',
    cooperative: 'Cooperative',
    government: 'Government body',
    social_org: 'Social organisation',
    other: 'Other',
  },
};

const statusLabels: Record<Language, Record<string, string>> = {
  'zh-CN': { active: '正常', inactive: '已注销', merged: '已合并' },
  en: { active: 'Active', inactive: 'Inactive', merged: 'Merged' },
};

export function orgExportColumns(language: Language): XlsxColumn<OrgExportRow>[] {
  const zh = language === 'zh-CN';
  const h = (cn: string, en: string) => (zh ? cn : en);
  return [
    { header: h('单位名称', 'Name'), width: 36, value: (r) => r.name },
    { header: h('统一社会信用代码', 'USCC'), width: 22, value: (r) => r.uscc },
    { header: h('单位类型', 'Type'), width: 14, value: (r) => typeLabels[language][r.type] ?? r.type },
    { header: h('所属行业', 'Industry'), width: 16, value: (r) => r.industry },
    { header: h('属地', 'Jurisdiction'), width: 14, value: (r) => r.jurisdictionName },
    { header: h('地址', 'Address'), width: 36, value: (r) => r.address },
    { header: h('法定代表人', 'Legal representative'), width: 12, value: (r) => r.legalRepresentative },
    { header: h('联系人', 'Contact'), width: 12, value: (r) => r.contactName },
    { header: h('联系电话', 'Phone'), width: 16, value: (r) => r.contactPhone },
    { header: h('电子邮箱', 'Email'), width: 24, value: (r) => r.contactEmail },
    { header: h('状态', 'Status'), width: 10, value: (r) => statusLabels[language][r.status] ?? r.status },
    { header: h('登记时间', 'Registered'), width: 20, value: (r) => r.createdAt },
  ];
}
