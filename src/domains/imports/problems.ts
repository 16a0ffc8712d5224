import type { Language } from '../../server/errors.js';
import { problemText } from '../../server/problems.js';
import type { ImportReport, RowProblem } from './importer.js';

/** The report with a message on every problem and warning, in the caller's language. */
export function describeReport(report: ImportReport, language: Language) {
  const withMessage = (p: RowProblem) => ({
    ...p,
    message: problemText(p.problem, language, { value: p.value ?? '' }),
  });
  return { ...report, problems: report.problems.map(withMessage), warnings: report.warnings.map(withMessage) };
}
