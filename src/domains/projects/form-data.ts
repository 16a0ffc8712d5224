import { yuanToFen } from '../../shared/money.js';
import type { FieldProblem } from '../../server/problems.js';
import type { FormField } from '../applications/form-spec.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkValue(
  type: FormField['type'] | 'text',
  value: unknown,
  field: FormField | undefined,
): Omit<FieldProblem, 'field'> | undefined {
  switch (type) {
    case 'text':
      return typeof value === 'string' && value.length <= (field?.maxLength ?? 2000)
        ? undefined
        : { problem: 'text_too_long', params: { maximum: field?.maxLength ?? 2000 } };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : { problem: 'expected_number' };
    case 'money':
      return (typeof value === 'number' || typeof value === 'string') && yuanToFen(value) !== undefined
        ? undefined
        : { problem: 'money' };
    case 'date':
      return typeof value === 'string' && isoDate.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : { problem: 'date' };
    case 'select':
      return typeof value === 'string' && (field?.options ?? []).includes(value)
        ? undefined
        : { problem: 'not_an_option', params: { values: (field?.options ?? []).join('、') } };
    case 'table':
      return undefined;
  }
}

/**
 * Checks an application's extra fields against the call's definition — the same definition the applicant's
 * form is built from. Drafts may leave required fields empty; a submission may not.
 */
export function checkFormData(
  fields: FormField[],
  data: Record<string, unknown>,
  o: { complete: boolean },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) problems.push({ field: `body.formData.${key}`, problem: 'not_form_field' });
  }
  for (const field of fields) {
    const value = data[field.key];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (o.complete && field.required) problems.push({ field: `body.formData.${field.key}`, problem: 'required' });
      continue;
    }
    if (field.type === 'table') {
      if (!Array.isArray(value) || value.length > 200) {
        problems.push({ field: `body.formData.${field.key}`, problem: 'table_rows' });
        continue;
      }
      value.forEach((row, index) => {
        if (!row || typeof row !== 'object') {
          problems.push({ field: `body.formData.${field.key}.${index}`, problem: 'table_row' });
          return;
        }
        for (const column of field.columns ?? []) {
          const cell = (row as Record<string, unknown>)[column.key];
          if (cell === undefined || cell === null || cell === '') continue;
          const problem = checkValue(column.type, cell, undefined);
          if (problem) problems.push({ field: `body.formData.${field.key}.${index}.${column.key}`, ...problem });
        }
      });
      continue;
    }
    const problem = checkValue(field.type, value, field);
    if (problem) problems.push({ field: `body.formData.${field.key}`, ...problem });
  }
  return problems;
}
