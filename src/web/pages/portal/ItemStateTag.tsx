import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { type ItemRow, isScheduled, stateColors } from './model';

/** An item's state; a publication still to come reads 定时发布 with its time. */
export function ItemStateTag({
  item,
  withTime = false,
}: {
  item: Pick<ItemRow, 'state' | 'publishAt'>;
  withTime?: boolean;
}) {
  const { t } = useTranslation();
  if (isScheduled(item)) {
    const at = formatDateTime(item.publishAt);
    const tag = (
      <Tag color={stateColors.scheduled} icon={<ClockCircleOutlined />} data-testid="item-state">
        {withTime ? t('portal.state.scheduledAt', { at }) : t('portal.state.scheduled')}
      </Tag>
    );
    return withTime ? tag : <Tooltip title={t('portal.state.scheduledAt', { at })}>{tag}</Tooltip>;
  }
  return (
    <Tag color={stateColors[item.state]} data-testid="item-state">
      {t(`portal.state.${item.state}`)}
    </Tag>
  );
}
