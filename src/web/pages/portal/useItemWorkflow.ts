import { useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../lib/api';
import { applyServerError } from '../../lib/errors';
import { useNotify } from '../../lib/notify';
import { bodyOf, type EditorValues, valuesOf } from './item-form';
import { type ItemAction, type ItemDetail, itemKey, itemsKey, type PortalColumn } from './model';

/**
 * Saving and moving an item through review from the editor. Every save goes over the version the editor
 * started from; when a colleague saved in between, the server refuses (STALE_VERSION), the colleague's
 * version is fetched and shown, and a second save knowingly replaces it. Actions save unsaved changes first.
 */
export function useItemWorkflow(o: { form: FormInstance<EditorValues>; column: PortalColumn; item?: ItemDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [version, setVersion] = useState(o.item?.version);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'save' | ItemAction>();
  /** The colleague's newer version, when a save found one. */
  const [conflict, setConflict] = useState<ItemDetail>();
  // Checked by the "needed for review" rules: true only while a submission validates the form.
  const strict = useRef(false);
  const id = o.item?.id;

  const refresh = async () => {
    await client.invalidateQueries({ queryKey: itemsKey });
  };

  const stale = async () => {
    if (id === undefined) return;
    const latest = await client.fetchQuery({
      queryKey: itemKey(id),
      queryFn: () => api<ItemDetail>('GET', `/api/portal/items/${id}`),
      staleTime: 0,
    });
    setConflict(latest);
    setVersion(latest.version);
  };

  /** Saves the form; returns the saved version, or undefined when it could not. */
  const save = async (quiet = false): Promise<number | undefined> => {
    const values = await o.form.validateFields().catch(() => undefined);
    if (!values) {
      notify.error(t('portal.editor.fixFields'));
      return undefined;
    }
    setBusy('save');
    try {
      const body = bodyOf(o.column, values);
      const row =
        id === undefined
          ? await api<ItemDetail>('POST', '/api/portal/items', body)
          : await api<ItemDetail>('PUT', `/api/portal/items/${id}`, { ...body, version });
      setVersion(row.version);
      setDirty(false);
      setConflict(undefined);
      // The server keeps only the markup it allows: show the body as it was kept.
      o.form.setFieldValue('bodyHtml', row.bodyHtml);
      client.setQueryData(itemKey(row.id), { ...row, attachments: values.attachments ?? [] });
      await refresh();
      if (!quiet) notify.success(t('common.saved'));
      if (id === undefined) void navigate(`/portal/items/${row.id}`, { replace: true });
      return row.version;
    } catch (error) {
      // A colleague's save is explained beside the form, with what to do next; other refusals in a toast.
      if (error instanceof ApiError && error.code === 'STALE_VERSION') await stale().catch(() => notify.error(error));
      else notify.error(applyServerError(o.form, error));
      return undefined;
    } finally {
      setBusy(undefined);
    }
  };

  /** Takes a review step; unsaved changes are saved first (a submission checks what review needs). */
  const act = async (
    action: ItemAction,
    extra: { publishAt?: string; note?: string } = {},
    editable = true,
  ): Promise<boolean> => {
    if (id === undefined) return false;
    if (action === 'submit') {
      strict.current = true;
      const complete = await o.form.validateFields().then(
        () => true,
        () => false,
      );
      strict.current = false;
      if (!complete) {
        notify.error(t('portal.editor.incomplete'));
        return false;
      }
    }
    const base = dirty && editable ? await save(true) : version;
    if (base === undefined) return false;
    setBusy(action);
    try {
      const row = await api<ItemDetail>('POST', `/api/portal/items/${id}/actions`, { action, version: base, ...extra });
      setVersion(row.version);
      await refresh();
      notify.success(t(`portal.actions.done.${action}`));
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'STALE_VERSION' && !dirty) {
        // Nothing unsaved to lose: show the colleague's version, to be checked before acting again.
        const latest = await client
          .fetchQuery({
            queryKey: itemKey(id),
            queryFn: () => api<ItemDetail>('GET', `/api/portal/items/${id}`),
            staleTime: 0,
          })
          .catch(() => undefined);
        if (latest) {
          o.form.setFieldsValue(valuesOf(latest));
          setVersion(latest.version);
          notify.error(t('portal.editor.reloaded'));
          return false;
        }
      }
      if (error instanceof ApiError && error.code === 'STALE_VERSION') await stale().catch(() => undefined);
      notify.error(error);
      return false;
    } finally {
      setBusy(undefined);
    }
  };

  /** Drops the writer's changes for the colleague's version. */
  const takeTheirs = (apply: (item: ItemDetail) => void) => {
    if (!conflict) return;
    apply(conflict);
    setVersion(conflict.version);
    setConflict(undefined);
    setDirty(false);
  };

  return { save, act, busy, dirty, markDirty: () => setDirty(true), conflict, takeTheirs, strict };
}
