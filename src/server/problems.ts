import { apiEn } from '../shared/locales/api.en.js';
import { apiZhCN } from '../shared/locales/api.zh-CN.js';
import type { Language } from './errors.js';
import { wordsIn } from './words.js';

/**
 * Why one field was refused: a stable code, worded in each language in the API's catalogue
 * (src/shared/locales/api.*.ts) with {{placeholders}} filled from params. Every field detail the API
 * answers with (validation, a business rule, an import row) names one of these, so a Chinese headline
 * never sits over an English detail.
 */
const problems = apiZhCN.problems;

export type Problem = keyof typeof problems;
export type ProblemParams = Record<string, string | number>;
export const problemCatalogue: Readonly<Record<Problem, { zh: string; en: string }>> = Object.fromEntries(
  (Object.keys(problems) as Problem[]).map((problem) => [
    problem,
    { zh: apiZhCN.problems[problem], en: apiEn.problems[problem] },
  ]),
) as Record<Problem, { zh: string; en: string }>;

export function isProblem(code: unknown): code is Problem {
  return typeof code === 'string' && Object.hasOwn(problems, code);
}

export function problemText(problem: Problem, language: Language, params: ProblemParams = {}): string {
  return String(wordsIn(language, 'api')(`problems.${problem}`, params));
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
