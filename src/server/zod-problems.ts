import type { FieldProblem, Problem, ProblemParams } from './problems.js';
import { isProblem } from './problems.js';

/** What a zod issue carries besides its path and message (as fastify-type-provider-zod passes it on). */
export interface IssueParts {
  code: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: unknown[];
  format?: string;
  divisor?: number;
  keys?: string[];
  params?: Record<string, unknown>;
}

const expectedProblem: Record<string, Problem> = {
  number: 'expected_number',
  int: 'expected_integer',
  bigint: 'expected_integer',
  string: 'expected_text',
  boolean: 'expected_boolean',
  array: 'expected_list',
  object: 'expected_object',
  date: 'date',
};

const formatProblem: Record<string, Problem> = { date: 'date', datetime: 'datetime', email: 'email', url: 'url' };

/**
 * A zod issue as one of the catalogue's problems, so a refused field reads in the caller's language:
 * a value that was never sent is "required", custom rules name their problem in `params.problem`.
 */
export function problemOfIssue(issue: IssueParts, sent: boolean): { problem: Problem; params?: ProblemParams } {
  const bound = (v: number | bigint | undefined) => (v === undefined ? '' : String(v));
  switch (issue.code) {
    case 'invalid_type':
      return { problem: sent ? (expectedProblem[issue.expected ?? ''] ?? 'invalid') : 'required' };
    case 'too_small': {
      if (!sent) return { problem: 'required' };
      const minimum = bound(issue.minimum);
      if (issue.origin === 'string')
        return issue.minimum === 1 ? { problem: 'required' } : { problem: 'text_too_short', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'list_too_short', params: { minimum } };
      return { problem: issue.inclusive === false ? 'number_not_above' : 'number_too_small', params: { minimum } };
    }
    case 'too_big': {
      const maximum = bound(issue.maximum);
      if (issue.origin === 'string') return { problem: 'text_too_long', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'list_too_long', params: { maximum } };
      return { problem: issue.inclusive === false ? 'number_not_below' : 'number_too_large', params: { maximum } };
    }
    case 'invalid_value':
      return sent
        ? { problem: 'not_an_option', params: { values: (issue.values ?? []).map(String).join('、') } }
        : { problem: 'required' };
    case 'invalid_format':
      return { problem: formatProblem[issue.format ?? ''] ?? 'format' };
    case 'not_multiple_of':
      return { problem: 'multiple_of', params: { divisor: issue.divisor ?? 1 } };
    case 'unrecognized_keys':
      return { problem: 'unknown_keys', params: { keys: (issue.keys ?? []).join(', ') } };
    case 'custom': {
      const { problem, ...rest } = issue.params ?? {};
      if (isProblem(problem))
        return {
          problem,
          params: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, typeof v === 'number' ? v : String(v)])),
        };
      return { problem: 'invalid' };
    }
    default:
      return { problem: sent ? 'invalid' : 'required' };
  }
}

/** A zod error from a parse inside a service, as field problems under `prefix`. */
export function problemsOfZodError(
  error: { issues: ({ path: PropertyKey[]; message: string } & IssueParts)[] },
  prefix: string[],
  input: unknown,
): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    let value: unknown = input;
    for (const key of path)
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return { field: [...prefix, ...path].join('.'), ...problemOfIssue(issue, value !== undefined && value !== null) };
  });
}
