import { yuanToFen } from '../../shared/money.js';
import type { FormField } from '../programs/schema.js';

export interface FieldProblem {
  field: string;
  message: string;
  /** For the interface to say it in the user's language: required, invalid, or unknown (not a field of the call). */
  problem: 'required' | 'invalid' | 'unknown';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkValue(type: FormField['type'] | 'text', value: unknown, field: FormField | undefined): string | undefined {
  switch (type) {
    case 'text':
      return typeof value === 'string' && value.length <= (field?.maxLength ?? 2000) ? undefined : `text of at most ${field?.maxLength ?? 2000} characters`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a number';
    case 'money':
      return (typeof value === 'number' || typeof value === 'string') && yuanToFen(value) !== undefined ? undefined : 'an amount in yuan with at most two decimals';
    case 'date':
      return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : 'a date (YYYY-MM-DD)';
    case 'select':
      return typeof value === 'string' && (field?.options ?? []).includes(value) ? undefined : `one of ${(field?.options ?? []).join(', ')}`;
    case 'table':
      return undefined;
  }
}

/**
 * Checks an application's extra fields against the call's definition — the same definition the applicant's
 * form is built from. Drafts may leave required fields empty; a submission may not.
 */
export function checkFormData(fields: FormField[], data: Record<string, unknown>, o: { complete: boolean }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) problems.push({ field: `body.formData.${key}`, message: 'not a field of this call', problem: 'unknown' });
  }
  for (const field of fields) {
    const value = data[field.key];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (o.complete && field.required) problems.push({ field: `body.formData.${field.key}`, message: `${field.label} is required`, problem: 'required' });
      continue;
    }
    if (field.type === 'table') {
      if (!Array.isArray(value) || value.length > 200) {
        problems.push({ field: `body.formData.${field.key}`, message: 'a list of at most 200 rows', problem: 'invalid' });
        continue;
      }
      value.forEach((row, index) => {
        if (!row || typeof row !== 'object') {
          problems.push({ field: `body.formData.${field.key}.${index}`, message: 'a row', problem: 'invalid' });
          return;
        }
        for (const column of field.columns ?? []) {
          const cell = (row as Record<string, unknown>)[column.key];
          if (cell === undefined || cell === null || cell === '') continue;
          const problem = checkValue(column.type, cell, undefined);
          if (problem) problems.push({ field: `body.formData.${field.key}.${index}.${column.key}`, message: problem, problem: 'invalid' });
        }
      });
      continue;
    }
    const problem = checkValue(field.type, value, field);
    if (problem) problems.push({ field: `body.formData.${field.key}`, message: problem, problem: 'invalid' });
  }
  return problems;
}
