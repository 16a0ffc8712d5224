import { BellOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../lib/api';
import { formatDate, formatDateTime } from '../lib/format';

interface Notification {
  id: number;
  kind: string;
  projectId: number | null;
  params: Record<string, string | null>;
  readAt: string | null;
  createdAt: string;
}

/** The words of a notification, from its kind and params, in the reader's language. */
export function useNotificationText() {
  const { t } = useTranslation();
  return (n: Notification): string => {
    const p = n.params;
    const extra = {
      action: p.action ? t(`projectAction.${p.action}`) : '',
      approvalKind: p.kind ? t(`approval.kinds.${p.kind}`) : '',
      state: p.toState ? t(`projectState.${p.toState}`) : '',
      dueOn: formatDate(p.dueOn),
      periodEnd: formatDate(p.periodEnd),
      kinds: (p.kinds ?? '')
        .split(',')
        .filter(Boolean)
        .map((k) => t(`change.kind.${k}`))
        .join('、'),
    };
    const text = t(`notification.kind.${n.kind}`, { ...p, ...extra });
    return p.comment ? `${text}${t('notification.comment', { comment: p.comment })}` : text;
  };
}

/** 消息: the bell in the header, with the unread count; opening one marks it read and goes to its project. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const text = useNotificationText();
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () =>
      api<{ items: Notification[]; unread: number; total: number }>('GET', '/api/notifications?pageSize=12'),
    refetchInterval: 60_000,
  });
  const markRead = async (ids?: number[]) => {
    await api('POST', '/api/notifications/read', ids ? { ids } : {});
    await client.invalidateQueries({ queryKey: ['notifications'] });
  };
  const openOne = async (n: Notification) => {
    setOpen(false);
    if (!n.readAt) await markRead([n.id]);
    if (n.projectId) await navigate(`/projects/${n.projectId}`);
    else if (n.kind.startsWith('target_report.')) await navigate('/targets?tab=reports');
    else if (n.kind === 'letter.issued') await navigate('/targets');
    else if (n.kind.startsWith('approval.')) await navigate(`/approvals?open=${n.params.approvalId}`);
    else if (n.kind.startsWith('review.')) await navigate('/projects?state=under_review');
    else if (n.kind.startsWith('portal.')) await navigate(`/portal/items/${n.params.itemId}`);
  };
  const unread = list.data?.unread ?? 0;
  const content = (
    <div style={{ width: 380, maxWidth: '90vw' }}>
      <List
        size="small"
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notification.none')} /> }}
        style={{ maxHeight: 420, overflow: 'auto' }}
        renderItem={(n) => (
          <List.Item style={{ cursor: 'pointer', alignItems: 'flex-start' }} onClick={() => void openOne(n)}>
            <div>
              <Badge status={n.readAt ? 'default' : 'processing'} />
              <span style={{ fontWeight: n.readAt ? 400 : 600, marginLeft: 6 }}>{text(n)}</span>
              <div className="kg-muted" style={{ fontSize: 12, marginLeft: 14 }}>
                {formatDateTime(n.createdAt)}
              </div>
            </div>
          </List.Item>
        )}
      />
      {unread ? (
        <Button type="link" block onClick={() => void markRead()}>
          {t('notification.readAll')}
        </Button>
      ) : null}
    </div>
  );
  return (
    <Popover
      content={content}
      title={t('notification.title')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Badge count={unread} size="small" offset={[-2, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t('notification.title')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
