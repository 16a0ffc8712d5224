import type { FieldProblem, Problem, ProblemParams } from './problems.js';

/**
 * Every error a client can see: a stable code, its HTTP status, and its message in each language.
 * Messages may hold {placeholders} filled from `params`.
 */
const catalogue = {
  /** The request body, query or path failed validation; details lists each field. */
  VALIDATION: { status: 400, zh: '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid; please check them' },
  /** A 统一社会信用代码 whose check character (GB 32100-2015) is wrong. */
  INVALID_USCC: {
    status: 400,
    zh: '统一社会信用代码无效：校验位不正确或格式不符（应为18位）',
    en: 'Invalid unified social credit code: wrong check character or format (18 characters expected)',
  },
  /** A 居民身份证号码 whose check digit (GB 11643) or date is wrong. */
  INVALID_ID_NUMBER: {
    status: 400,
    zh: '身份证号码无效：校验码或出生日期不正确',
    en: 'Invalid ID number: wrong check digit or birth date',
  },
  WEAK_PASSWORD: {
    status: 400,
    zh: '密码不符合要求：至少10位，并包含大写字母、小写字母、数字、符号中的三类',
    en: 'Password too weak: at least 10 characters mixing three of upper case, lower case, digits and symbols',
  },
  /** A 专利申请号 that is not one: wrong format, year, type digit or check character. */
  INVALID_PATENT_NUMBER: {
    status: 400,
    zh: '专利申请号无效：格式、年份、类型位或校验位不正确',
    en: 'Invalid patent application number: wrong format, year, type digit or check character',
  },
  INVALID_TOTP_SECRET: { status: 400, zh: '动态口令不正确，请重新输入', en: 'The one-time code is wrong; try again' },
  INVALID_BACKUP: { status: 400, zh: '备份文件无效', en: 'The backup file is not valid' },
  MERGE_CONFLICT: {
    status: 409,
    zh: '两个单位名下有相同的记录，请先处理重复记录再合并',
    en: 'Both organisations hold the same record; resolve the duplicate record before merging',
  },
  INVALID_MERGE: {
    status: 400,
    zh: '不能将单位合并到其自身或已注销的单位',
    en: 'An organisation cannot be merged into itself or an inactive one',
  },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  TOTP_REQUIRED: {
    status: 401,
    zh: '该账号需要输入动态口令（TOTP）',
    en: 'This account needs a one-time code (TOTP)',
  },
  INVALID_TOTP: { status: 401, zh: '动态口令错误', en: 'Wrong one-time code' },
  /** A one-time code already used for a login: the authenticator shows the next within 30 seconds. */
  TOTP_REUSED: {
    status: 401,
    zh: '该动态口令已使用过，请等待验证器显示新的口令后再输入',
    en: 'This one-time code has already been used; wait for your authenticator to show the next one',
  },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please log in' },
  SESSION_EXPIRED: { status: 401, zh: '登录已超时，请重新登录', en: 'Your session has expired; please log in again' },
  CSRF: {
    status: 403,
    zh: '请求缺少有效的安全令牌，请刷新页面后重试',
    en: 'Missing or wrong security token; reload the page and retry',
  },
  FORBIDDEN: { status: 403, zh: '您没有权限执行此操作', en: 'You are not allowed to do this' },
  ACCOUNT_DISABLED: {
    status: 403,
    zh: '账号已停用，请联系管理员',
    en: 'This account is disabled; contact the administrator',
  },
  NOT_FOUND: { status: 404, zh: '未找到该记录', en: 'Not found' },
  DUPLICATE_USCC: {
    status: 409,
    zh: '该统一社会信用代码已登记',
    en: 'An organisation with this unified social credit code is already registered',
  },
  DUPLICATE_PATENT: { status: 409, zh: '申请号为 {number} 的专利已登记', en: 'Patent {number} is already registered' },
  /** 专利资助: the patent is already claimed (or paid) at this stage. */
  DUPLICATE_CLAIM: {
    status: 409,
    zh: '该专利的此阶段资助已申请或已拨付，不能重复申请',
    en: 'This patent has already been claimed (or paid) for this stage',
  },
  /** A registry record with the same natural key (e.g. the same certificate number) exists. */
  DUPLICATE_RECORD: { status: 409, zh: '已有{fields}相同的记录', en: 'A record with the same {fields} already exists' },
  DUPLICATE_USERNAME: { status: 409, zh: '用户名已被使用', en: 'This username is taken' },
  DUPLICATE_CODE: { status: 409, zh: '编码已存在', en: 'This code already exists' },
  STALE_VERSION: {
    status: 409,
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  /** The action is not possible from the record's current state (see refusals.ts). */
  INVALID_TRANSITION: {
    status: 409,
    zh: '{subject}当前为“{state}”，不能{action}',
    en: 'Cannot {action}: {subject} is {state}',
  },
  /** 属地推荐名额已满. */
  QUOTA_EXCEEDED: {
    status: 409,
    zh: '本属地的推荐名额已用完（{quota} 项）',
    en: "This jurisdiction's recommendation quota is used up ({quota})",
  },
  CALL_CLOSED: { status: 409, zh: '该申报通知不在受理时间内', en: 'This call is not open for applications' },
  REVIEWS_INCOMPLETE: {
    status: 409,
    zh: '尚有专家未完成评分',
    en: 'Not every assigned expert has scored yet',
  },
  /** 项目变更: a second request while one is still waiting for a decision. */
  CHANGE_PENDING: {
    status: 409,
    zh: '该项目已有一项待审批的变更申请，请等待审批结果或先撤回',
    en: 'This project already has a change request waiting for a decision; wait for it or withdraw it',
  },
  /** 目标分解: issuing a letter while the units' shares of an indicator fall short of the city target. */
  DECOMPOSITION_SHORT: {
    status: 409,
    zh: '各单位分解目标之和低于全市目标：{indicators}',
    en: "The units' shares fall short of the city target: {indicators}",
  },
  /** A signed or locked responsibility letter, or a locked assessment round, changes no more. */
  LETTER_LOCKED: {
    status: 409,
    zh: '责任状已签订或锁定，不能再修改',
    en: 'This letter is signed or locked and cannot be changed',
  },
  ROUND_LOCKED: {
    status: 409,
    zh: '本轮考核已锁定，不能再修改评分',
    en: 'This assessment round is locked; scores cannot be changed',
  },
  /** 审批: the request is already decided or withdrawn. */
  APPROVAL_DECIDED: {
    status: 409,
    zh: '该审批事项已办结或已撤回',
    en: 'This approval has already been decided or withdrawn',
  },
  APPROVAL_PENDING: {
    status: 409,
    zh: '该事项已报批，正在等待审批，请勿重复报批',
    en: 'This is already waiting for approval',
  },
  /** The chain names who signs each step, in order. */
  NOT_YOUR_STEP: {
    status: 403,
    zh: '该事项当前在第{step}步，应由{who}审批',
    en: 'This approval is at step {step}, which {who} signs',
  },
  NOT_OWNING_SECTION: {
    status: 403,
    zh: '专利资助由{section}负责审核和拨付',
    en: 'Patent subsidies are decided and paid by {section}',
  },
  /** 拨付 before the publicity has run its course, or with an objection not yet answered. */
  PUBLICITY_REQUIRED: {
    status: 409,
    zh: '该批次尚未公示，请先生成并发布公示，公示期满后再拨付',
    en: 'This batch has not been publicised; publish its publicity and pay after the period',
  },
  PUBLICITY_RUNNING: {
    status: 409,
    zh: '公示期至{endsOn}结束，公示期满后方可拨付',
    en: 'The publicity runs until {endsOn}; payment follows its end',
  },
  OBJECTIONS_OPEN: {
    status: 409,
    zh: '公示期间收到的{count}件异议尚未答复，请先处理异议',
    en: '{count} objections received during the publicity are not yet answered',
  },
  NO_EXPERT_REVIEW: { status: 409, zh: '该申报通知不需要专家评审', en: 'This call has no expert review' },
  NOTHING_TO_REVIEW: {
    status: 409,
    zh: '该申报通知目前没有处于专家评审阶段的申报',
    en: 'No application of this call is under expert review',
  },
  POOL_TOO_SMALL: {
    status: 409,
    zh: '专家库中符合条件（领域、可用、回避）的专家只有{available}人，不足{size}人',
    en: 'Only {available} experts of the pool qualify (field, availability, conflicts); {size} are needed',
  },
  SYSTEM_EXISTS: {
    status: 409,
    zh: '{year}年已有指标体系，请在其上修改，不能再沿用其他年度',
    en: '{year} already has an indicator system; change it rather than copy another',
  },
  /** 锁定: every unit needs every assessor's sheet, or to be marked absent with a reason. */
  ROUND_INCOMPLETE: {
    status: 409,
    zh: '尚有{count}个单位未完成现场评分，也未标记未参加现场考核：{units}',
    en: '{count} units have neither every assessor’s on-site scores nor an absence recorded: {units}',
  },
  NO_ASSESSMENT_TEAM: {
    status: 409,
    zh: '本轮考核尚未组建考核组，请先指定现场评分人员',
    en: 'This round has no assessment team; name the members who score on site first',
  },
  NOT_ASSESSOR: {
    status: 403,
    zh: '您不是本轮考核组成员，不能现场评分',
    en: 'You are not on this round’s assessment team, so you cannot score on site',
  },
  NO_APPROVED_PROJECTS: {
    status: 409,
    zh: '该申报通知尚无立项项目，无法生成公示名单',
    en: 'This call has no approved project yet, so there is no list to publish',
  },
  NO_WORK_PLAN: {
    status: 409,
    zh: '该年度尚无指标体系，也没有上一年度总结中撰写的工作要点，无法生成工作要点',
    en: "This year has no indicator system and last year's summary has no key points written, so there is no work plan to draft",
  },
  REPORT_FINAL: {
    status: 409,
    zh: '该年度工作总结已定稿，如需修改请先撤销定稿',
    en: 'This summary is final; reopen it to change it',
  },
  /** 公示: the item needs a period and a channel for objections; 政策法规: a validity; 办事指南: its details. */
  PORTAL_ITEM_INCOMPLETE: {
    status: 400,
    zh: '{column}栏目的稿件缺少必填内容：{fields}',
    en: 'An item of {column} needs: {fields}',
  },
  /** 审核: the person who wrote an item may not be the one who approves it for publication. */
  SELF_REVIEW: {
    status: 409,
    zh: '撰稿人不能审核发布自己的稿件，请由其他工作人员或局领导审核',
    en: 'The author of an item may not approve it; another staff member or a leader must review it',
  },
  /** The source of a publicity item (a call's approvals, a year's recognitions) already has a live one. */
  PUBLICITY_EXISTS: {
    status: 409,
    zh: '已为此生成公示稿件（编号 {id}），请勿重复生成',
    en: 'A publicity item was already made from this (no. {id})',
  },
  /** Only a draft is edited; a published item is withdrawn and redrafted to be corrected. */
  ITEM_NOT_DRAFT: {
    status: 409,
    zh: '只有草稿可以修改；已提交的稿件请先退回，已发布的稿件请先撤回再重新编辑',
    en: 'Only a draft can be edited: return an item in review, or withdraw a published one and redraft it',
  },
  PUBLICITY_PERIOD_STARTED: {
    status: 409,
    zh: '公示期已于{startsOn}开始，发布时间不能晚于公示开始日；请退回修改公示期',
    en: 'The publicity period began on {startsOn}; it must be published by then — return it to change the period',
  },
  NOTHING_TO_PUBLICISE: { status: 409, zh: '没有可公示的记录', en: 'There is nothing to publicise' },
  /** Objections are received only while the publicity is running. */
  PUBLICITY_CLOSED: {
    status: 409,
    zh: '该公示不在公示期内，不再受理异议',
    en: 'This publicity is not running, so objections are no longer received',
  },
  CAPTCHA_FAILED: {
    status: 400,
    zh: '验证题答案不正确或已过期，请重新作答',
    en: 'The check question was answered wrongly or has expired; please answer the new one',
  },
  MESSAGE_NOT_ANSWERED: {
    status: 409,
    zh: '留言尚未答复，不能公开',
    en: 'A message can be published only once it is answered',
  },
  MESSAGE_PRIVATE: {
    status: 409,
    zh: '留言人未同意公开，不能公开此留言',
    en: 'The writer did not agree to publication',
  },
  MESSAGE_ANSWERED: { status: 409, zh: '该留言已答复', en: 'This message has already been answered' },
  PDF_FAILED: {
    status: 502,
    zh: 'PDF 生成失败，请稍后重试或下载 Word 文档',
    en: 'The PDF could not be made; try again later or download the Word document',
  },
  PDF_BUSY: {
    status: 503,
    zh: '正在生成的 PDF 较多，请稍后再试',
    en: 'Many PDFs are being made just now; try again shortly',
  },
  PDF_UNAVAILABLE: {
    status: 503,
    zh: '服务器未安装 LibreOffice，暂不能生成 PDF，请下载 Word 文档',
    en: 'LibreOffice is not installed on the server, so no PDF can be made; download the Word document',
  },
  /** A job KeGuan sends itself with the data it needs (a document to convert). */
  JOB_INTERNAL: {
    status: 409,
    zh: '此任务由系统在需要时自动发起，不能手动运行',
    en: 'KeGuan starts this job itself when it is needed; it cannot be run by hand',
  },
  EVIDENCE_REQUIRED: { status: 409, zh: '请先上传佐证材料再报送', en: 'Upload the evidence before submitting' },
  /** 依申请公开: an action the request's state does not allow (e.g. extending an answered request). */
  DISCLOSURE_STATE: {
    status: 409,
    zh: '该申请当前的办理状态下不能进行此操作',
    en: 'The request cannot take this action in its current state',
  },
  DISCLOSURE_CORRECTION_ONCE: {
    status: 409,
    zh: '补正只能一次性告知，该申请已告知过补正',
    en: 'A correction may be asked for once only, and it has been',
  },
  DISCLOSURE_CORRECTION_LATE: {
    status: 409,
    zh: '补正应自收到申请之日起7个工作日内告知（最晚{latest}），已超过期限',
    en: 'A correction must be asked for within 7 working days of receipt (by {latest}); that time has passed',
  },
  DISCLOSURE_CORRECTION_PENDING: {
    status: 409,
    zh: '补正期限（{dueOn}）尚未届满，不能按逾期不补正处理',
    en: 'The time for correction (until {dueOn}) has not yet run out',
  },
  DISCLOSURE_ALREADY_EXTENDED: {
    status: 409,
    zh: '答复期限只能延长一次，该申请已延期',
    en: 'The period can be extended once only, and it has been',
  },
  DISCLOSURE_EXTENSION_LATE: {
    status: 409,
    zh: '答复期限已于{dueOn}届满，不能再延期',
    en: 'The period ran out on {dueOn}; it can no longer be extended',
  },
  /** 意见征集 */
  CONSULTATION_RESULT_PUBLISHED: {
    status: 409,
    zh: '采纳情况已经公布，不能再修改',
    en: 'The outcome has been published and can no longer change',
  },
  CONSULTATION_RUNNING: {
    status: 409,
    zh: '意见征集期至{endsOn}，结束后才能公布采纳情况',
    en: 'The consultation runs until {endsOn}; its outcome is published after that',
  },
  CONSULTATION_UNDECIDED: {
    status: 409,
    zh: '还有{count}条意见未确定采纳情况',
    en: '{count} comments are not yet weighed',
  },
  OPEN_GOV_REPORT_FINAL: {
    status: 409,
    zh: '该年度政府信息公开工作年度报告已定稿，如需修改请由局领导撤销定稿',
    en: 'This annual report is final; a leader may reopen it',
  },
  OPEN_GOV_REPORT_NOT_FINAL: { status: 409, zh: '该年度报告尚未定稿', en: 'This annual report is not final' },
  OPEN_GOV_REPORT_YEAR_OPEN: {
    status: 409,
    zh: '{year}年尚未结束，年度报告在次年定稿',
    en: '{year} has not ended; its annual report is finalised the year after',
  },
  OFFICIAL_CALENDAR_DAY: {
    status: 409,
    zh: '这是国务院公布的节假日安排，不能删除；如本局另有安排，请把这一天改为放假或上班',
    en: "This day is the State Council's arrangement and cannot be removed; if the bureau works otherwise, change it to a holiday or a working day",
  },
  IN_USE: { status: 409, zh: '该记录仍被使用，不能删除', en: 'This record is still in use and cannot be deleted' },
  /** A deletion refused because other records name this one: {what} says which, and how many where known. */
  IN_USE_BY: {
    status: 409,
    zh: '该记录仍被{what}使用，不能删除',
    en: 'This record is still used by {what} and cannot be deleted',
  },
  /** A unique index or a concurrent change stood in the way; the same request may succeed when retried. */
  CONFLICT: {
    status: 409,
    zh: '与其他人同时进行的修改冲突，请刷新后重试',
    en: 'This clashed with a change made at the same moment; reload and try again',
  },
  NOT_EMPTY: {
    status: 409,
    zh: '目标数据库或数据目录不是空的，恢复已取消',
    en: 'The target database or data directory is not empty; restore refused',
  },
  TOO_MANY_PARTS: {
    status: 413,
    zh: '上传的文件或表单字段过多，每次只能上传一个文件',
    en: 'Too many files or form fields: upload one file at a time',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '文件过大（上限 {limit}）', en: 'File too large (limit {limit})' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '不支持的文件类型，允许：{allowed}',
    en: 'Unsupported file type; allowed: {allowed}',
  },
  /** A Word, Excel or PowerPoint file that carries macros (.docm, .xlsm …), whatever its name says. */
  FILE_MACRO_ENABLED: {
    status: 415,
    zh: '该文件是启用宏的 Office 文档（{actual}），为安全起见不能上传；请在 Word/Excel/WPS 中另存为不含宏的 .docx 或 .xlsx 后再上传',
    en: 'This is a macro-enabled Office document ({actual}), which is not accepted; save it as a .docx or .xlsx without macros and upload that',
  },
  /** The contents are another kind of file than the name says (a spreadsheet named .docx). */
  FILE_MISLABELLED: {
    status: 415,
    zh: '文件内容是{actual}格式，与文件名的{claimed}不符；允许：{allowed}',
    en: 'The file is really {actual}, not the {claimed} its name says; allowed: {allowed}',
  },
  ACCOUNT_LOCKED: {
    status: 429,
    zh: '连续登录失败次数过多，账号已锁定，请在 {minutes} 分钟后再试',
    en: 'Too many failed logins; the account is locked, try again in {minutes} minutes',
  },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please slow down' },
  /** PostgreSQL cannot be reached (restarting, failed over): nothing was written, and the client may retry. */
  DATABASE_UNAVAILABLE: {
    status: 503,
    zh: '数据库暂时无法访问，本次操作未保存，请稍后重试',
    en: 'The database cannot be reached just now; nothing was saved — try again shortly',
  },
  INTERNAL: { status: 500, zh: '服务器内部错误，请稍后再试', en: 'Internal server error; please try again later' },
} as const;

export type ErrorCode = keyof typeof catalogue;
/** A message's placeholders: a value, or words in each language (a state's name). */
export type ErrorParams = Record<string, string | number | { zh: string; en: string }>;
export const errorCatalogue: Readonly<Record<ErrorCode, { status: number; zh: string; en: string }>> = catalogue;
export type Language = 'zh-CN' | 'en';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly params: ErrorParams;
  /** A sentence that says more than the code's own message (e.g. which step is missing), in each language. */
  readonly sentence: { zh: string; en: string } | undefined;

  constructor(
    code: ErrorCode,
    options: { details?: unknown; params?: ErrorParams; sentence?: { zh: string; en: string } } = {},
  ) {
    super(code);
    this.code = code;
    this.details = options.details;
    this.params = options.params ?? {};
    this.sentence = options.sentence;
  }

  get status(): number {
    return catalogue[this.code].status;
  }

  /** What the caller reads: the sentence when there is one, else the code's message with its params. */
  messageIn(language: Language): string {
    if (this.sentence) return language === 'en' ? this.sentence.en : this.sentence.zh;
    return errorMessage(this.code, language, this.params);
  }

  /** VALIDATION with the refused fields, each named by its problem (worded in the caller's language when answered). */
  static invalid(field: string, problem: Problem, params?: ProblemParams): AppError {
    return new AppError('VALIDATION', { details: [{ field, problem, ...(params ? { params } : {}) }] });
  }

  static invalidFields(problems: FieldProblem[]): AppError {
    return new AppError('VALIDATION', { details: problems });
  }
}

export function errorMessage(code: ErrorCode, language: Language, params: ErrorParams = {}): string {
  const template = language === 'en' ? catalogue[code].en : catalogue[code].zh;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key] ?? '';
    return typeof value === 'object' ? (language === 'en' ? value.en : value.zh) : String(value);
  });
}

export function errorStatus(code: ErrorCode): number {
  return catalogue[code].status;
}

/** Picks the caller's language from Accept-Language: English when it prefers en, else Chinese. */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
