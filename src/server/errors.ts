import { apiEn } from '../shared/locales/api.en.js';
import { apiZhCN } from '../shared/locales/api.zh-CN.js';
import type { FieldProblem, Problem, ProblemParams } from './problems.js';
import { wordsIn } from './words.js';

/**
 * Every error a client can see: a stable code and its HTTP status. Its message in each language is in the
 * API's catalogue (src/shared/locales/api.*.ts), with {{placeholders}} filled from `params`.
 */
const catalogue = {
  /** The request body, query or path failed validation; details lists each field. */
  VALIDATION: { status: 400 },
  /** A 统一社会信用代码 whose check character (GB 32100-2015) is wrong. */
  INVALID_USCC: { status: 400 },
  /** A 居民身份证号码 whose check digit (GB 11643) or date is wrong. */
  INVALID_ID_NUMBER: { status: 400 },
  WEAK_PASSWORD: { status: 400 },
  /** A 专利申请号 that is not one: wrong format, year, type digit or check character. */
  INVALID_PATENT_NUMBER: { status: 400 },
  INVALID_TOTP_SECRET: { status: 400 },
  INVALID_BACKUP: { status: 400 },
  MERGE_CONFLICT: { status: 409 },
  INVALID_MERGE: { status: 400 },
  INVALID_CREDENTIALS: { status: 401 },
  TOTP_REQUIRED: { status: 401 },
  INVALID_TOTP: { status: 401 },
  /** A one-time code already used for a login: the authenticator shows the next within 30 seconds. */
  TOTP_REUSED: { status: 401 },
  UNAUTHENTICATED: { status: 401 },
  SESSION_EXPIRED: { status: 401 },
  CSRF: { status: 403 },
  FORBIDDEN: { status: 403 },
  ACCOUNT_DISABLED: { status: 403 },
  NOT_FOUND: { status: 404 },
  DUPLICATE_USCC: { status: 409 },
  DUPLICATE_PATENT: { status: 409 },
  /** 专利资助: the patent is already claimed (or paid) at this stage. */
  DUPLICATE_CLAIM: { status: 409 },
  /** A registry record with the same natural key (e.g. the same certificate number) exists. */
  DUPLICATE_RECORD: { status: 409 },
  DUPLICATE_USERNAME: { status: 409 },
  DUPLICATE_CODE: { status: 409 },
  STALE_VERSION: { status: 409 },
  /** The action is not possible from the record's current state (see refusals.ts). */
  INVALID_TRANSITION: { status: 409 },
  /** 属地推荐名额已满. */
  QUOTA_EXCEEDED: { status: 409 },
  CALL_CLOSED: { status: 409 },
  REVIEWS_INCOMPLETE: { status: 409 },
  /** 项目变更: a second request while one is still waiting for a decision. */
  CHANGE_PENDING: { status: 409 },
  /** 目标分解: issuing a letter while the units' shares of an indicator fall short of the city target. */
  DECOMPOSITION_SHORT: { status: 409 },
  /** A signed or locked responsibility letter, or a locked assessment round, changes no more. */
  LETTER_LOCKED: { status: 409 },
  ROUND_LOCKED: { status: 409 },
  /** 审批: the request is already decided or withdrawn. */
  APPROVAL_DECIDED: { status: 409 },
  APPROVAL_PENDING: { status: 409 },
  /** The chain names who signs each step, in order. */
  NOT_YOUR_STEP: { status: 403 },
  NOT_OWNING_SECTION: { status: 403 },
  /** 拨付 before the publicity has run its course, or with an objection not yet answered. */
  PUBLICITY_REQUIRED: { status: 409 },
  PUBLICITY_RUNNING: { status: 409 },
  OBJECTIONS_OPEN: { status: 409 },
  NO_EXPERT_REVIEW: { status: 409 },
  NOTHING_TO_REVIEW: { status: 409 },
  POOL_TOO_SMALL: { status: 409 },
  SYSTEM_EXISTS: { status: 409 },
  /** 锁定: every unit needs every assessor's sheet, or to be marked absent with a reason. */
  ROUND_INCOMPLETE: { status: 409 },
  NO_ASSESSMENT_TEAM: { status: 409 },
  NOT_ASSESSOR: { status: 403 },
  NO_APPROVED_PROJECTS: { status: 409 },
  NO_WORK_PLAN: { status: 409 },
  REPORT_FINAL: { status: 409 },
  /** 公示: the item needs a period and a channel for objections; 政策法规: a validity; 办事指南: its details. */
  PORTAL_ITEM_INCOMPLETE: { status: 400 },
  /** 审核: the person who wrote an item may not be the one who approves it for publication. */
  SELF_REVIEW: { status: 409 },
  /** The source of a publicity item (a call's approvals, a year's recognitions) already has a live one. */
  PUBLICITY_EXISTS: { status: 409 },
  /** Only a draft is edited; a published item is withdrawn and redrafted to be corrected. */
  ITEM_NOT_DRAFT: { status: 409 },
  PUBLICITY_PERIOD_STARTED: { status: 409 },
  NOTHING_TO_PUBLICISE: { status: 409 },
  /** Objections are received only while the publicity is running. */
  PUBLICITY_CLOSED: { status: 409 },
  CAPTCHA_FAILED: { status: 400 },
  MESSAGE_NOT_ANSWERED: { status: 409 },
  MESSAGE_PRIVATE: { status: 409 },
  MESSAGE_ANSWERED: { status: 409 },
  PDF_FAILED: { status: 502 },
  PDF_BUSY: { status: 503 },
  PDF_UNAVAILABLE: { status: 503 },
  /** A job KeGuan sends itself with the data it needs (a document to convert). */
  JOB_INTERNAL: { status: 409 },
  EVIDENCE_REQUIRED: { status: 409 },
  /** 依申请公开: an action the request's state does not allow (e.g. extending an answered request). */
  DISCLOSURE_STATE: { status: 409 },
  DISCLOSURE_CORRECTION_ONCE: { status: 409 },
  DISCLOSURE_CORRECTION_LATE: { status: 409 },
  DISCLOSURE_CORRECTION_PENDING: { status: 409 },
  DISCLOSURE_ALREADY_EXTENDED: { status: 409 },
  DISCLOSURE_EXTENSION_LATE: { status: 409 },
  /** 意见征集 */
  CONSULTATION_RESULT_PUBLISHED: { status: 409 },
  CONSULTATION_RUNNING: { status: 409 },
  CONSULTATION_UNDECIDED: { status: 409 },
  OPEN_GOV_REPORT_FINAL: { status: 409 },
  OPEN_GOV_REPORT_NOT_FINAL: { status: 409 },
  OPEN_GOV_REPORT_YEAR_OPEN: { status: 409 },
  OFFICIAL_CALENDAR_DAY: { status: 409 },
  IN_USE: { status: 409 },
  /** A deletion refused because other records name this one: {what} says which, and how many where known. */
  IN_USE_BY: { status: 409 },
  /** A unique index or a concurrent change stood in the way; the same request may succeed when retried. */
  CONFLICT: { status: 409 },
  NOT_EMPTY: { status: 409 },
  TOO_MANY_PARTS: { status: 413 },
  PAYLOAD_TOO_LARGE: { status: 413 },
  UNSUPPORTED_MEDIA_TYPE: { status: 415 },
  /** A Word, Excel or PowerPoint file that carries macros (.docm, .xlsm …), whatever its name says. */
  FILE_MACRO_ENABLED: { status: 415 },
  /** The contents are another kind of file than the name says (a spreadsheet named .docx). */
  FILE_MISLABELLED: { status: 415 },
  ACCOUNT_LOCKED: { status: 429 },
  RATE_LIMITED: { status: 429 },
  /** PostgreSQL cannot be reached (restarting, failed over): nothing was written, and the client may retry. */
  DATABASE_UNAVAILABLE: { status: 503 },
  INTERNAL: { status: 500 },
} as const;

export type ErrorCode = keyof typeof catalogue;
/** A message's placeholders: a value, or words in each language (a state's name). */
export type ErrorParams = Record<string, string | number | { zh: string; en: string }>;
export const errorCatalogue: Readonly<Record<ErrorCode, { status: number; zh: string; en: string }>> =
  Object.fromEntries(
    (Object.keys(catalogue) as ErrorCode[]).map((code) => [
      code,
      { status: catalogue[code].status, zh: apiZhCN.errors[code], en: apiEn.errors[code] },
    ]),
  ) as Record<ErrorCode, { status: number; zh: string; en: string }>;
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
  const values = Object.entries(params).map(([key, value]) => [
    key,
    typeof value === 'object' ? (language === 'en' ? value.en : value.zh) : value,
  ]);
  return String(wordsIn(language, 'api')(`errors.${code}`, Object.fromEntries(values)));
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
