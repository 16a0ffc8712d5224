import type { FormInstance } from 'antd';
import { ApiError } from './api';

/**
 * Puts a server error on the form: per-field details on their fields (body.uscc → uscc), the message on top.
 * Returns the message for a banner or toast.
 */
export function applyServerError(form: FormInstance, error: unknown, fieldPrefix?: string): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const fieldOf = (path: string) => {
    // Row numbers address Form.List rows, which antd names by number.
    const parts = path
      .replace(/^body\./, '')
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (fieldPrefix && parts[0] === fieldPrefix) return parts;
    return parts.length === 1 ? parts[0]! : parts;
  };
  if (error.code === 'INVALID_USCC' || error.code === 'DUPLICATE_USCC') {
    form.setFields([{ name: fieldPrefix ? [fieldPrefix, 'uscc'] : 'uscc', errors: [error.message] }]);
  } else if (Array.isArray(error.details)) {
    form.setFields(
      (error.details as { field?: string; message?: string }[])
        .filter((d) => d.field)
        .map((d) => ({ name: fieldOf(d.field!), errors: [d.message ?? error.message] })),
    );
  }
  return error.message;
}
