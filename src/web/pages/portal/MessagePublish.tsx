import { Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Message } from './model';
import type { useMessageAction } from './useMessageAction';

/** 公开: an answered message whose writer agreed goes into 留言选登 (never with name or contact). */
export function MessagePublish({ message, action }: { message: Message; action: ReturnType<typeof useMessageAction> }) {
  const { t } = useTranslation();
  const why = message.itemId
    ? t('portal.messages.noPublishObjection')
    : !message.mayPublish
      ? t('portal.messages.noPublishPrivate')
      : message.state !== 'answered'
        ? t('portal.messages.noPublishUnanswered')
        : undefined;
  return (
    <Space orientation="vertical" size={4}>
      <Space>
        <Switch
          checked={message.published}
          disabled={Boolean(why) && !message.published}
          loading={action.busy === 'publish'}
          onChange={(published) => void action.run({ action: 'publish', published })}
          aria-describedby={`publish-why-${message.id}`}
          aria-label={t('portal.messages.publishLabel')}
        />
        <span>{message.published ? t('portal.messages.published') : t('portal.messages.notPublished')}</span>
      </Space>
      <Typography.Text type="secondary" id={`publish-why-${message.id}`} style={{ fontSize: 12 }}>
        {why ?? t('portal.messages.publishHint')}
      </Typography.Text>
    </Space>
  );
}
