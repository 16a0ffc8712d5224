import type { Language } from './errors.js';

/**
 * Why one field was refused: a stable code and its words in each language, {placeholders} filled from
 * params. Every field detail the API answers with (validation, a business rule, an import row) names one
 * of these, so a Chinese headline never sits over an English detail.
 */
const problems = {
  // The shapes every schema checks (mapped from zod's issue codes).
  required: { zh: '必填项为空', en: 'required, but empty' },
  expected_number: { zh: '应为数字', en: 'must be a number' },
  expected_integer: { zh: '应为整数', en: 'must be a whole number' },
  expected_text: { zh: '应为文字', en: 'must be text' },
  expected_boolean: { zh: '应为“是”或“否”', en: 'must be yes or no' },
  expected_list: { zh: '应为列表', en: 'must be a list' },
  expected_object: { zh: '格式不正确', en: 'must be an object' },
  text_too_short: { zh: '至少{minimum}个字', en: 'at least {minimum} characters' },
  text_too_long: { zh: '最多{maximum}个字', en: 'at most {maximum} characters' },
  number_too_small: { zh: '不能小于{minimum}', en: 'at least {minimum}' },
  number_not_above: { zh: '应大于{minimum}', en: 'must be above {minimum}' },
  number_too_large: { zh: '不能大于{maximum}', en: 'at most {maximum}' },
  number_not_below: { zh: '应小于{maximum}', en: 'must be below {maximum}' },
  list_too_short: { zh: '至少{minimum}项', en: 'at least {minimum} items' },
  list_too_long: { zh: '最多{maximum}项', en: 'at most {maximum} items' },
  not_an_option: { zh: '不是可选的值（可选：{values}）', en: 'not one of the allowed values ({values})' },
  option: { zh: '不是可选的值', en: 'not one of the allowed values' },
  date: { zh: '不是有效日期（应为 年-月-日，如 2026-03-01）', en: 'not a valid date (YYYY-MM-DD, e.g. 2026-03-01)' },
  datetime: { zh: '不是有效的日期时间', en: 'not a valid date and time' },
  email: { zh: '不是有效的电子邮箱地址', en: 'not an e-mail address' },
  url: { zh: '不是有效的网址（应以 http:// 或 https:// 开头）', en: 'not a web address (http:// or https://)' },
  format: { zh: '格式不正确', en: 'wrong format' },
  multiple_of: { zh: '应为{divisor}的整数倍', en: 'must be a multiple of {divisor}' },
  unknown_keys: { zh: '不认识的字段：{keys}', en: 'unknown fields: {keys}' },
  invalid: { zh: '内容不正确', en: 'not valid' },
  too_long: { zh: '内容过长', en: 'too long' },
  number: { zh: '不是有效的数字或年份', en: 'not a valid number or year' },
  boolean: { zh: '应填“是”或“否”', en: 'must be yes or no' },
  money: {
    zh: '不是有效金额（元，最多两位小数，可写“万元”）',
    en: 'not an amount (yuan with at most two decimals, or 万)',
  },
  money_positive: {
    zh: '应为大于零的金额（元，最多两位小数）',
    en: 'an amount in yuan above zero, with at most two decimals',
  },
  no_file: { zh: '没有收到文件，请选择文件后再上传', en: 'no file was sent' },
  ends_before_start: { zh: '结束日期早于开始日期', en: 'ends before it starts' },
  closes_before_opens: { zh: '截止时间应晚于开始时间', en: 'must close after it opens' },
  reason_required: { zh: '请写明理由', en: 'give the reason' },
  comment_required: { zh: '请写明需要修改的内容', en: 'say what to fix' },
  in_future: { zh: '不能晚于今天（{today}）', en: 'cannot be after today ({today})' },
  in_past: { zh: '不能早于现在', en: 'cannot be in the past' },

  // Registries and dictionaries.
  org_unknown: {
    zh: '单位名录中没有该单位（按名称或统一社会信用代码）',
    en: 'no such organisation in the registry (by name or credit code)',
  },
  jurisdiction_unknown: { zh: '没有该镇区（属地）', en: 'no such jurisdiction' },
  section_unknown: { zh: '没有该科室', en: 'no such section' },
  dictionary_unknown: {
    zh: '字典中没有该项（镇区、科室或报送渠道）',
    en: 'not in the dictionary (jurisdiction, section or outlet)',
  },
  program_unknown: { zh: '没有该计划类别', en: 'no such programme' },
  call_unknown: { zh: '没有该申报通知', en: 'no such call' },
  user_unknown: { zh: '没有该用户', en: 'no such user' },
  not_bureau_member: { zh: '不是本局工作人员', en: 'not a member of the bureau' },
  assignee_not_staff: { zh: '只能交办给在岗的工作人员或局领导', en: 'must be an active member of staff or a leader' },
  assign_section_or_person: { zh: '请选择承办科室或承办人（或两者）', en: 'assign to a section, a person, or both' },
  role_needs: { zh: '该角色必须填写此项', en: 'required for this role' },
  role_without_totp: { zh: '该角色不使用动态口令', en: 'this role has no second factor' },
  id_number_taken: { zh: '该身份证号码已登记为另一人', en: 'already registered for another person' },
  unstorable_character: {
    zh: '含有无法保存的不可见字符（如空字符），请删除后重试',
    en: 'holds an invisible character that cannot be stored (such as NUL); remove it and retry',
  },
  refers_unknown_record: {
    zh: '引用的记录不存在或已删除',
    en: 'refers to a record that does not exist or was deleted',
  },
  refers_unknown: {
    zh: '引用了不存在的单位、镇区、科室或报送渠道',
    en: 'refers to an unknown organisation, jurisdiction, section or outlet',
  },
  same_record_both: { zh: '两个单位名下都有此记录', en: 'the same record exists for both organisations' },
  project_unknown: { zh: '没有该名称的项目（或无权关联）', en: 'no project of that title (or not yours to link)' },
  project_not_of_org: { zh: '该项目不属于此单位', en: 'not a project of this organisation' },
  applicant_self_raised_only: {
    zh: '申报单位只能填报本单位的自筹科技投入',
    en: 'an applicant reports only its own self-raised investment',
  },
  adopted_date_without_adoption: { zh: '未录用的稿件不应有录用日期', en: 'an adoption date on an article not adopted' },
  metric_filter_unknown: { zh: '指标“{metric}”不能按“{filter}”筛选', en: '{metric} cannot be filtered by {filter}' },
  metric_filters_invalid: { zh: '不是该统计指标可用的筛选条件', en: 'not filters a metric takes' },
  metric_unknown: { zh: '没有该统计指标：{metric}', en: 'no such metric: {metric}' },
  document_kind: { zh: '文件类别应为以下之一：{kinds}', en: 'one of {kinds}' },
  mapping: { zh: '字段与列的对应关系格式不正确', en: 'an object of field → column header' },
  unmapped: { zh: '缺少必需的列', en: 'a required column is missing' },
  duplicate_value: { zh: '与已有记录重复', en: 'the same as an existing record' },
  duplicate_in_file: { zh: '与本文件第 {value} 行重复', en: 'repeats row {value} of this file' },

  // Patents and subsidies.
  number_format: {
    zh: '申请号格式不正确（应为12位或8位数字加校验位）',
    en: 'not an application number (12 or 8 digits and a check character)',
  },
  number_year: { zh: '申请号中的年份不正确', en: 'the year in the application number is impossible' },
  number_type: { zh: '申请号中的专利类型位不正确', en: 'the type digit of the application number is wrong' },
  number_check: { zh: '申请号校验位不正确', en: 'wrong check character in the application number' },
  type_unknown: {
    zh: '专利类型应为发明、实用新型或外观设计',
    en: 'the type must be invention, utility model or design',
  },
  type_mismatch: { zh: '专利类型与申请号不符', en: 'the type does not match the application number' },
  type_fixed: { zh: '专利类型由申请号决定，不能修改', en: 'the type follows from the application number' },
  granted_before_filed: { zh: '授权日早于申请日', en: 'granted before it was filed' },
  org_unmatched: {
    zh: '申请人不在单位名录中，已导入但未关联单位',
    en: 'applicant not in the organisation registry: imported without an organisation',
  },
  patent_unknown: { zh: '专利库中没有该申请号的专利', en: 'no patent with this number in the registry' },
  patent_without_org: { zh: '该专利未关联单位，不能资助', en: 'the patent is not linked to an organisation' },
  patent_not_yours: {
    zh: '该专利不属于本单位，不能由本单位申请资助',
    en: 'this patent belongs to another organisation',
  },
  not_granted: { zh: '该专利尚未授权', en: 'the patent has not been granted' },
  no_rate: {
    zh: '该年度没有此类专利此阶段的资助标准，请填写金额',
    en: 'no rate for that year, type and stage: give the amount',
  },
  no_rate_for_year: {
    zh: '{year}年没有此类专利此阶段的资助标准，不能申请',
    en: 'no subsidy rate for this type and stage in {year}',
  },
  claim_window_passed: {
    zh: '已超过申请期限：应自{day}起{months}个月内（{deadline}前）申请',
    en: 'the claim window has passed: claims are made within {months} months of {day} (by {deadline})',
  },
  batch_claim_not_approved: {
    zh: '只有已核准、尚未列入批次的资助申请才能列入拟资助名单',
    en: 'only approved claims not yet in a batch can be listed',
  },
  claim_not_in_batch: { zh: '该资助申请不在本批次中', en: 'this claim is not in the batch' },
  paid_before_publicity_end: {
    zh: '公示期至{endsOn}结束，拨付日期不能早于公示期满',
    en: 'the publicity runs until {endsOn}; payment cannot be dated before it ends',
  },

  // Projects, reviews and agreements.
  not_form_field: { zh: '不是本申报通知的表单项', en: 'not a field of this call' },
  table_rows: { zh: '最多200行', en: 'a list of at most 200 rows' },
  table_row: { zh: '应为一行数据', en: 'must be a row' },
  not_attachment: { zh: '不是本申报通知要求的附件', en: 'not an attachment of this call' },
  attachment_missing: { zh: '缺少必需的附件', en: 'a required attachment is missing' },
  leader_person_required: {
    zh: '本计划要求从本单位人员中选择项目负责人',
    en: 'a person of your organisation is required for this programme',
  },
  // 申报书.
  tech_field_unknown: {
    zh: '技术领域字典中没有该项（或已停用）',
    en: 'not a field of the technology-field dictionary (or retired)',
  },
  id_number_invalid: {
    zh: '身份证号码不正确（18位，校验码或出生日期不符）',
    en: 'not a valid ID number (18 characters with a valid check digit and birth date)',
  },
  index_rule: {
    zh: '须包含 {unit}、{category}、{year} 和 {seq}（或 {seq:5}）各一次',
    en: 'must hold {unit}, {category}, {year} and {seq} (or {seq:5}) once each',
  },
  not_a_policy: { zh: '应选择“政策法规”栏目中的文件', en: 'must be a document of Policies' },
  not_after_today: { zh: '应晚于今天', en: 'must be after today' },
  no_reason_for_outcome: { zh: '该办理结果无需选择具体情形', en: 'this outcome takes no ground' },
  no_correction_asked: {
    zh: '该申请未曾告知补正，不能按逾期不补正处理',
    en: 'no correction was asked for this request',
  },
  uscc_invalid: {
    zh: '统一社会信用代码不正确（18位，校验位不符）',
    en: 'not a unified social credit code (18 characters with a valid check character)',
  },
  period_too_short: {
    zh: '执行期{months}个月，短于本通知要求的{min}个月',
    en: 'the period is {months} months, shorter than the {min} months this call asks',
  },
  period_too_long: {
    zh: '执行期{months}个月，超过本通知允许的{max}个月',
    en: 'the period is {months} months, longer than the {max} months this call allows',
  },
  starts_before: { zh: '不能早于{date}', en: 'cannot be before {date}' },
  ends_after: { zh: '不能晚于{date}', en: 'cannot be after {date}' },
  applicant_unconfirmed: { zh: '请核对并确认申报单位信息', en: 'check and confirm the applicant’s details' },
  applicant_figures_missing: {
    zh: '单位档案中缺少{year}年度的营业收入、研发投入或职工人数，请先在单位档案中填报后重新确认',
    en: 'the organisation’s profile lacks {year}’s revenue, R&D spend or staff; fill them in the profile and confirm again',
  },
  person_not_of_org: { zh: '不是本单位人员库中的人员', en: 'not a person of your organisation’s registry' },
  leader_id_number_missing: {
    zh: '项目负责人在人员库中没有身份证号码，请先在人员库中补充',
    en: 'the leader has no ID number in the people registry; add it there first',
  },
  leader_limit: {
    zh: '该负责人已主持{count}个在审或在研项目（{titles}），本通知每人限主持{limit}个',
    en: 'this person already leads {count} open project(s) ({titles}); this call allows {limit}',
  },
  indicator_named: { zh: '请填写该指标的名称和计量单位', en: 'name the indicator and its unit' },
  budget_category_scheme: { zh: '不是本通知预算科目', en: 'not a budget category of this call' },
  budget_empty: { zh: '经费预算未填写', en: 'the budget is empty' },
  budget_fiscal_mismatch: {
    zh: '预算中申请财政资金合计{fiscal}元，与申请财政资金{requested}元不一致',
    en: 'the budget’s fiscal funds add up to {fiscal} yuan, not the {requested} yuan applied for',
  },
  budget_fiscal_over_max: {
    zh: '申请财政资金{fiscal}元，超过本通知上限{max}元',
    en: 'the fiscal funds applied for, {fiscal} yuan, exceed this call’s ceiling of {max} yuan',
  },
  budget_self_short: {
    zh: '自筹资金{self}元，不足申请财政资金的{ratio}%（应不少于{required}元）',
    en: 'self-raised funds of {self} yuan are less than {ratio}% of the fiscal funds (at least {required} yuan)',
  },
  budget_indirect_over: {
    zh: '财政资金中的间接费用{indirect}元，超过直接费用（不含设备费）的{cap}%（最多{ceiling}元）',
    en: 'indirect costs of {indirect} yuan exceed {cap}% of the direct costs less equipment ({ceiling} yuan at most)',
  },
  version_unknown: { zh: '该申报没有这一提交版本', en: 'this application has no such submitted version' },
  stamped_copy_missing: {
    zh: '尚未上传盖章的申报书（须与当前申报书一致，校验码{checksum}）',
    en: 'the stamped application has not been uploaded (it must match the current version, checksum {checksum})',
  },
  stamped_copy_outdated: {
    zh: '已上传的盖章件是旧版本申报书的，请下载当前申报书（校验码{checksum}）盖章后重新上传',
    en: 'the stamped copy is of an earlier version; download the current application (checksum {checksum}), stamp it and upload it again',
  },
  funding_required: { zh: '立项时必须填写资助金额', en: 'required when approved' },
  funding_over_approved: {
    zh: '超出立项资助额，尚可拨付{remaining}元',
    en: 'exceeds the approved funding: {remaining} yuan remain',
  },
  not_on_panel: { zh: '该专家在本申报通知中没有待评审的项目', en: 'this expert has no review left in this call' },
  review_comment_required: { zh: '本申报通知要求填写评审意见', en: 'this call asks for a review comment' },
  review_declined: { zh: '您已谢绝该评审', en: 'you have declined this review' },
  not_criterion: { zh: '不是本申报通知的评审指标', en: 'not a criterion of this call' },
  score_range: { zh: '应为0至{max}的整数', en: 'a whole number from 0 to {max}' },
  period_reversed: { zh: '结束日期应晚于开始日期', en: 'the period must end after it starts' },
  milestone_outside_period: { zh: '节点日期不在项目实施期内', en: 'falls outside the project period' },
  budget_mismatch: {
    zh: '上级与本级资助合计{bureau}元，应等于立项资助额{approved}元',
    en: 'superior and local funding add up to {bureau} yuan; they must equal the approved {approved} yuan',
  },
  period_not_begun: { zh: '本报告期自{day}开始，尚不能报送', en: 'this period begins on {day}' },
  milestone_unknown: { zh: '任务书中没有该节点', en: 'no such milestone in the agreement' },
  changes_nothing: { zh: '变更内容与现任务书相同', en: 'the proposal changes nothing' },
  propose_change: { zh: '请至少提出一项变更', en: 'propose at least one change' },

  // Targets and assessment.
  name_the_unit: { zh: '请选择责任单位', en: 'name the unit' },
  indicator_repeated: { zh: '该指标已在责任状中', en: 'this indicator is already in the letter' },
  indicator_not_of_year: { zh: '不是{year}年指标体系中的指标', en: 'not an indicator of {year}' },
  share_below_min: { zh: '上限低于下限', en: 'below the lower share' },
  share_min_needed: { zh: '请填写分解目标（下限）', en: 'a share of the lower target is needed' },
  share_max_needed: { zh: '请填写分解目标（上限）', en: 'a share of the upper target is needed' },
  share_above_target: {
    zh: '分解目标{share}超过全市目标{target}',
    en: 'the share {share} is above the city target {target}',
  },
  weights_over_100: { zh: '各项权重合计{total}分，超过100分', en: 'the weights add up to {total}, more than 100' },
  weights_not_100: {
    zh: '各项权重合计应为100分，现为{total}分',
    en: 'the weights must add up to 100; they add up to {total}',
  },
  signatory_and_day: { zh: '请填写签订人和签订日期', en: 'who signed for the unit, and when' },
  signed_before_issue: {
    zh: '签订日期不能早于责任状下达日期（{issuedOn}）',
    en: 'cannot be before the letter was issued ({issuedOn})',
  },
  signed_outside_year: { zh: '签订日期应在{year}年内', en: 'must fall within {year}' },
  target_min_needed: { zh: '请填写目标值（下限）', en: 'a lower target is needed' },
  target_max_needed: { zh: '请填写目标值（上限）', en: 'an upper target is needed' },
  target_below_min: { zh: '上限低于下限', en: 'below the lower target' },
  metric_needed: { zh: '请选择进度来源的统计指标', en: 'name the metric progress comes from' },
  not_letter_item: { zh: '不是{year}年已下达责任状中的指标', en: 'not an indicator of a {year} letter in force' },
  not_letter: { zh: '不是{year}年已下达的责任状', en: 'not a {year} letter in force' },
  onsite_over_max: { zh: '现场评分最高{max}分', en: 'at most {max}' },
  bonus_over_cap: {
    zh: '加分合计不能超过{cap}分（已加{used}分）',
    en: 'bonus points may total at most {cap} ({used} already given)',
  },
  deduction_over_cap: {
    zh: '扣分合计不能超过{cap}分（已扣{used}分）',
    en: 'deductions may total at most {cap} points ({used} already made)',
  },
  at_most_two_decimals: { zh: '最多保留两位小数', en: 'at most two decimals' },
  unit_absent: { zh: '该单位已标记为未参加现场考核，不能评分', en: 'this unit is marked as not assessed on site' },
  figure_computed: {
    zh: '该指标的进度由系统数据计算，无需报送',
    en: 'this figure is computed from the data, not reported',
  },
  chain_ends_with_leader: {
    zh: '审批流程的最后一步须由局领导审批',
    en: 'the last step of an approval chain is a leader’s',
  },
  no_system: { zh: '{year}年没有指标体系可以沿用', en: '{year} has no indicator system to copy' },
  absence_reason: { zh: '请写明未参加现场考核的原因', en: 'give the reason the unit was not assessed on site' },

  // The public site.
  publicity_ends_before_start: {
    zh: '公示结束日期不能早于开始日期',
    en: 'the publicity must end on or after its first day',
  },
  image_alt: { zh: '每张图片都需要替代文字（alt）', en: 'every image needs a text alternative (alt)' },
  upload_unknown: { zh: '没有已上传的文件：{names}', en: 'no uploaded file {names}' },
  column_fixed: { zh: '稿件不能移到其他栏目', en: 'an item stays in the column it was written for' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type Problem = keyof typeof problems;
export type ProblemParams = Record<string, string | number>;
export const problemCatalogue: Readonly<Record<Problem, { zh: string; en: string }>> = problems;

export function isProblem(code: unknown): code is Problem {
  return typeof code === 'string' && Object.hasOwn(problems, code);
}

export function problemText(problem: Problem, language: Language, params: ProblemParams = {}): string {
  const entry = problems[problem];
  return (language === 'en' ? entry.en : entry.zh).replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** A refused field as the API reports it: `message` is filled in the caller's language when answered. */
export interface FieldProblem {
  field: string;
  problem: Problem;
  params?: ProblemParams;
}

/** A custom zod issue naming its problem, for `ctx.addIssue` and `.refine`. */
export function zodProblem(problem: Problem, path: (string | number)[], params: ProblemParams = {}) {
  return { code: 'custom' as const, path, message: problem, params: { problem, ...params } };
}
