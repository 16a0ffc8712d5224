import { GlobalOutlined, LockOutlined } from '@ant-design/icons';
import { Card, Descriptions, Divider, Drawer, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName, useSections } from '../../lib/dictionaries';
import { formatDate, formatDateTime } from '../../lib/format';
import { MessageAnswer } from './MessageAnswer';
import { MessageAssign } from './MessageAssign';
import { MessageKindTag, MessageStateTag } from './MessageTags';
import { MessagePublish } from './MessagePublish';
import { type Message, messagePath } from './model';
import { useMessageAction } from './useMessageAction';

/**
 * One message: what was asked, who asked (for staff only — never shown anywhere public), the publicity an
 * objection is about, and the steps: 交办, 答复, 公开.
 */
export function MessageDrawer({
  message,
  onChanged,
  onClose,
}: {
  message: Message;
  onChanged(row: Partial<Message>): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const sections = useSections(true);
  const localName = useLocalName();
  const action = useMessageAction(message, onChanged);
  const answered = message.state === 'answered';
  const section = sections.data?.find((s) => s.code === message.sectionCode);
  return (
    <Drawer
      open
      size={680}
      onClose={onClose}
      title={message.subject}
      extra={
        <a href={messagePath(message.code)} target="_blank" rel="noreferrer">
          <GlobalOutlined /> {t('portal.messages.statusPage')}
        </a>
      }
    >
      <Descriptions column={{ xs: 1, sm: 2 }} size="small">
        <Descriptions.Item label={t('portal.messages.code')}>
          <Typography.Text copyable>{message.code}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.messages.kind')}>
          <MessageKindTag kind={message.kind} />
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.messages.receivedAt')}>
          {formatDateTime(message.receivedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.messages.dueOn')}>
          <span className={message.overdue ? 'kg-overdue' : undefined}>{formatDate(message.dueOn)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.messages.state')}>
          <MessageStateTag message={message} />
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.messages.handler')}>
          {[section ? localName(section) : null, message.assignee].filter(Boolean).join(' · ') || '—'}
        </Descriptions.Item>
        {message.itemId ? (
          <Descriptions.Item label={t('portal.messages.aboutItem')} span={2}>
            <Space wrap>
              <Link to={`/portal/items/${message.itemId}`}>{message.itemTitle ?? `#${message.itemId}`}</Link>
              <a
                href={`/publicity/${message.itemId}`}
                target="_blank"
                rel="noreferrer"
                aria-label={t('portal.messages.aboutItemPublic')}
              >
                <GlobalOutlined />
              </a>
            </Space>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('portal.messages.body')}
      </Typography.Title>
      <Typography.Paragraph className="kg-message-body">{message.body}</Typography.Paragraph>
      <Card
        size="small"
        className="kg-private"
        title={
          <>
            <LockOutlined /> {t('portal.messages.writer')}
          </>
        }
      >
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('portal.messages.name')}>{message.name}</Descriptions.Item>
          <Descriptions.Item label={t('portal.messages.contact')}>{message.contact}</Descriptions.Item>
          <Descriptions.Item label={t('portal.messages.mayPublish')} span={2}>
            {message.mayPublish ? (
              <Tag color="green">{t('portal.messages.agreed')}</Tag>
            ) : (
              <Tag>{t('portal.messages.notAgreed')}</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
        <div className="kg-muted" style={{ fontSize: 12 }}>
          {t('portal.messages.privateHint')}
        </div>
      </Card>
      <Divider />
      {answered ? (
        <>
          <Typography.Title level={5}>
            {t('portal.messages.reply')}{' '}
            {message.onTime === false ? (
              <Tag color="warning">{t('portal.messages.late')}</Tag>
            ) : message.onTime ? (
              <Tag color="success">{t('portal.messages.onTime')}</Tag>
            ) : null}
          </Typography.Title>
          <Typography.Paragraph className="kg-message-body">{message.reply}</Typography.Paragraph>
          <div className="kg-muted" style={{ marginBottom: 16 }}>
            {t('portal.messages.repliedAt', { at: formatDateTime(message.repliedAt) })}
          </div>
        </>
      ) : (
        <Space orientation="vertical" size={24} style={{ width: '100%' }}>
          <section>
            <Typography.Title level={5}>{t('portal.messages.assignTitle')}</Typography.Title>
            <MessageAssign message={message} action={action} />
          </section>
          <section>
            <MessageAnswer message={message} action={action} />
          </section>
        </Space>
      )}
      <Divider />
      <Typography.Title level={5}>{t('portal.messages.publishTitle')}</Typography.Title>
      <MessagePublish message={message} action={action} />
    </Drawer>
  );
}
