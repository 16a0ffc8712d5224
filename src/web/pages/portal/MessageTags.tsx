import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Message, MessageKind } from './model';

const kindColors: Record<MessageKind, string> = {
  consult: 'blue',
  suggest: 'cyan',
  complain: 'volcano',
  objection: 'magenta',
};
const stateColors: Record<Message['state'], string> = {
  received: 'default',
  assigned: 'processing',
  answered: 'success',
};

export function MessageKindTag({ kind }: { kind: MessageKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColors[kind]}>{t(`portal.messages.kinds.${kind}`)}</Tag>;
}

/** The message's state; an unanswered one past its day says so in red. */
export function MessageStateTag({ message }: { message: Pick<Message, 'state' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={stateColors[message.state]}>{t(`portal.messages.states.${message.state}`)}</Tag>
      {message.overdue ? <Tag color="error">{t('portal.messages.overdue')}</Tag> : null}
    </>
  );
}
