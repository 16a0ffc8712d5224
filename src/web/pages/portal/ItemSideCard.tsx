import { GlobalOutlined } from '@ant-design/icons';
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { ItemStateTag } from './ItemStateTag';
import { type ItemDetail, isScheduled, publicPath, useItemVersions } from './model';

/** 发布信息: the item's state, who wrote and reviewed it, when it shows, and where the public reads it. */
export function ItemSideCard({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const versions = useItemVersions(item.id).data?.items ?? [];
  const author = versions.find((v) => v.change === 'create')?.savedBy;
  const reviewer = versions.find((v) => v.change === 'publish')?.savedBy;
  const link = `${window.location.origin}${publicPath(item)}`;
  return (
    <Card title={t('portal.editor.publication')} size="small">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('portal.items.state')}>
          <ItemStateTag item={item} withTime />
        </Descriptions.Item>
        <Descriptions.Item label={t('portal.items.author')}>{author ?? '—'}</Descriptions.Item>
        {item.state === 'published' ? (
          <Descriptions.Item label={t('portal.editor.reviewer')}>{reviewer ?? '—'}</Descriptions.Item>
        ) : null}
        {item.state === 'published' ? (
          <Descriptions.Item label={t('portal.items.publishAt')}>{formatDateTime(item.publishAt)}</Descriptions.Item>
        ) : null}
        {(item.column === 'publicity' || item.column === 'consultations') && item.startsOn ? (
          <Descriptions.Item label={t('portal.items.period')}>
            {formatDate(item.startsOn)}—{formatDate(item.endsOn)}
          </Descriptions.Item>
        ) : null}
        {item.indexNo ? <Descriptions.Item label={t('portal.items.indexNo')}>{item.indexNo}</Descriptions.Item> : null}
        <Descriptions.Item label={t('portal.items.updatedAt')}>
          {formatDateTime(item.updatedAt)} · v{item.version}
        </Descriptions.Item>
      </Descriptions>
      {item.state === 'published' ? (
        <div className="kg-public-link">
          <div className="kg-muted">
            {isScheduled(item)
              ? t('portal.editor.publicLinkLater', { at: formatDateTime(item.publishAt) })
              : t('portal.editor.publicLink')}
          </div>
          <a href={publicPath(item)} target="_blank" rel="noreferrer" data-testid="public-link">
            <GlobalOutlined /> {link}
          </a>
        </div>
      ) : null}
    </Card>
  );
}
