import type { Language } from '../../server/errors.js';
import type { ImportReport, RowProblem } from './importer.js';

/** Each import problem in words, for the preview, the CLI and its error report. */
const problems: Record<string, { zh: string; en: string }> = {
  required: { zh: '必填项为空', en: 'required, but empty' },
  date: { zh: '不是有效日期', en: 'not a valid date' },
  number_format: { zh: '申请号格式不正确（应为12位或8位数字加校验位）', en: 'not an application number (12 or 8 digits and a check character)' },
  number_year: { zh: '申请号中的年份不正确', en: 'the year in the application number is impossible' },
  number_type: { zh: '申请号中的专利类型位不正确', en: 'the type digit of the application number is wrong' },
  number_check: { zh: '申请号校验位不正确', en: 'wrong check character in the application number' },
  type_unknown: { zh: '专利类型应为发明、实用新型或外观设计', en: 'the type must be invention, utility model or design' },
  type_mismatch: { zh: '专利类型与申请号不符', en: 'the type does not match the application number' },
  granted_before_filed: { zh: '授权日早于申请日', en: 'granted before it was filed' },
  duplicate_in_file: { zh: '与本文件第 {value} 行重复', en: 'repeats row {value} of this file' },
  org_unmatched: { zh: '申请人不在单位名录中，已导入但未关联单位', en: 'applicant not in the organisation registry: imported without an organisation' },
  too_long: { zh: '内容过长', en: 'too long' },
  url: { zh: '不是有效的网址（应以 http:// 或 https:// 开头）', en: 'not a web address (http:// or https://)' },
  money: { zh: '不是有效金额（元，最多两位小数，可写“万元”）', en: 'not an amount (yuan with at most two decimals, or 万)' },
  number: { zh: '不是有效的数字或年份', en: 'not a valid number or year' },
  option: { zh: '不是可选的值', en: 'not one of the allowed values' },
  boolean: { zh: '应填“是”或“否”', en: 'must be yes or no' },
  org_unknown: { zh: '单位名录中没有该单位（按名称或统一社会信用代码）', en: 'no such organisation in the registry (by name or credit code)' },
  dictionary_unknown: { zh: '字典中没有该项（镇区、科室或报送渠道）', en: 'not in the dictionary (jurisdiction, section or outlet)' },
  ends_before_start: { zh: '结束日期早于开始日期', en: 'ends before it starts' },
  adopted_date_without_adoption: { zh: '未录用的稿件不应有录用日期', en: 'an adoption date on an article not adopted' },
  applicant_self_raised_only: { zh: '申报单位只能填报本单位的自筹科技投入', en: 'an applicant reports only its own self-raised investment' },
  project_unknown: { zh: '没有该名称的项目（或无权关联）', en: 'no project of that title (or not yours to link)' },
  patent_unknown: { zh: '专利库中没有该申请号的专利', en: 'no patent with this number in the registry' },
  patent_without_org: { zh: '该专利未关联单位，不能资助', en: 'the patent is not linked to an organisation' },
  not_granted: { zh: '该专利尚未授权', en: 'the patent has not been granted' },
  no_rate: { zh: '该年度没有此类专利此阶段的资助标准，请填写金额', en: 'no rate for that year, type and stage: give the amount' },
  unmapped: { zh: '缺少必需的列', en: 'a required column is missing' },
};

export function problemText(problem: string, language: Language, value?: string): string {
  const entry = problems[problem];
  if (!entry) return problem;
  return (language === 'en' ? entry.en : entry.zh).replace('{value}', value ?? '');
}

/** The report with a message on every problem and warning, in the caller's language. */
export function describeReport(report: ImportReport, language: Language) {
  const withMessage = (p: RowProblem) => ({ ...p, message: problemText(p.problem, language, p.value) });
  return { ...report, problems: report.problems.map(withMessage), warnings: report.warnings.map(withMessage) };
}
