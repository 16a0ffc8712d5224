import { CheckCircleOutlined, EditOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/auth';
import { ItemActionModal, type ModalAction } from './ItemActionModal';
import type { ItemAction, ItemDetail } from './model';

/**
 * The review steps open in the item's state: 提交审核 from a draft; 审核发布 or 退回修改 in review (not by its
 * author, unless a leader); 撤回 once published; 重新编辑 after a withdrawal.
 */
export function WorkflowButtons({
  item,
  busy,
  onAct,
}: {
  item: ItemDetail;
  busy?: string;
  onAct(action: ItemAction, extra?: { publishAt?: string; note?: string }): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [asking, setAsking] = useState<ModalAction>();
  const mayReview = user?.role === 'leader' || user?.id !== item.authorId;
  const button = (
    action: ItemAction,
    icon: React.ReactNode,
    o: { primary?: boolean; danger?: boolean; ask?: boolean } = {},
  ) => (
    <Button
      key={action}
      type={o.primary ? 'primary' : 'default'}
      danger={o.danger}
      icon={icon}
      loading={busy === action}
      disabled={Boolean(busy) && busy !== action}
      onClick={() => (o.ask ? setAsking(action as ModalAction) : void onAct(action))}
    >
      {t(`portal.actions.${action}`)}
    </Button>
  );
  return (
    <>
      {item.state === 'draft' ? button('submit', <SendOutlined />, { primary: true }) : null}
      {item.state === 'review' && mayReview ? (
        <>
          {button('return', <RollbackOutlined />, { danger: true, ask: true })}
          {button('publish', <CheckCircleOutlined />, { primary: true, ask: true })}
        </>
      ) : null}
      {item.state === 'review' && !mayReview ? (
        <Tooltip title={t('portal.actions.selfReview')}>
          <Button type="primary" icon={<CheckCircleOutlined />} disabled>
            {t('portal.actions.publish')}
          </Button>
        </Tooltip>
      ) : null}
      {item.state === 'published' ? button('withdraw', <StopOutlined />, { danger: true, ask: true }) : null}
      {item.state === 'withdrawn' ? button('redraft', <EditOutlined />, { primary: true }) : null}
      {asking ? (
        <ItemActionModal
          action={asking}
          title={item.title}
          onConfirm={(extra) => onAct(asking, extra)}
          onClose={() => setAsking(undefined)}
        />
      ) : null}
    </>
  );
}
