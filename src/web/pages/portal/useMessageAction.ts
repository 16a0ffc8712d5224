import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useNotify } from '../../lib/notify';
import { type Message, messagesKey } from './model';

export type MessageActionBody =
  | { action: 'assign'; sectionCode?: string | null; assigneeId?: number | null }
  | { action: 'answer'; reply: string }
  | { action: 'publish'; published: boolean };

/** One step on a message over the version on screen; the box and its figures refresh, the toast says what happened. */
export function useMessageAction(message: Message, onChanged: (row: Partial<Message>) => void) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const [busy, setBusy] = useState<MessageActionBody['action']>();
  const run = async (body: MessageActionBody): Promise<boolean> => {
    setBusy(body.action);
    try {
      const row = await api<Partial<Message>>('POST', `/api/portal/messages/${message.id}/actions`, {
        ...body,
        version: message.version,
      });
      onChanged(row);
      await client.invalidateQueries({ queryKey: messagesKey });
      notify.success(
        t(
          `portal.messages.done.${body.action === 'publish' ? (body.published ? 'publish' : 'unpublish') : body.action}`,
        ),
      );
      return true;
    } catch (error) {
      notify.error(error);
      await client.invalidateQueries({ queryKey: messagesKey });
      return false;
    } finally {
      setBusy(undefined);
    }
  };
  return { run, busy };
}
