import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerError } from './errors';
import { useNotify } from './notify';

interface FormAction<V, R> {
  /** Sends the values to the server. */
  action(values: V): Promise<R>;
  /** Queries to refetch after success. */
  refresh?: QueryKey[];
  /** The toast on success (default: 已保存 / Saved). */
  success?(result: R): string;
  /** Where nested fields live, for server errors such as body.org.uscc. */
  fieldPrefix?: string;
  onDone?(result: R): void;
  onError?(error: unknown): void;
}

/**
 * One way every form talks to the server: validate, send, refresh what changed, say so, and on failure
 * put the server's per-field errors on the fields and its message in a toast. Nothing typed is lost.
 */
export function useFormAction<V, R = unknown>(form: FormInstance<V> | undefined, o: FormAction<V, R>) {
  const [busy, setBusy] = useState(false);
  const client = useQueryClient();
  const notify = useNotify();
  const { t } = useTranslation();
  const run = async (given?: V): Promise<R | undefined> => {
    const values = given ?? (form ? await form.validateFields().catch(() => undefined) : undefined);
    if (form && values === undefined) return undefined;
    setBusy(true);
    try {
      o.onError?.(undefined);
      const result = await o.action(values as V);
      await Promise.all((o.refresh ?? []).map((queryKey) => client.invalidateQueries({ queryKey })));
      notify.success(o.success ? o.success(result) : t('common.saved'));
      o.onDone?.(result);
      return result;
    } catch (error) {
      notify.error(form ? applyServerError(form, error, o.fieldPrefix) : error);
      o.onError?.(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
