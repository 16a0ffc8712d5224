import { EyeOutlined } from '@ant-design/icons';
import { Button, Drawer, Modal, Tag, Typography } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { type ItemVersion, stateColors, useItemVersions } from './model';

/** 历史版本: every save and every step of review — what was done, by whom, when, and the note given. */
export function ItemVersionsDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const versions = useItemVersions(id);
  const [shown, setShown] = useState<ItemVersion>();
  return (
    <Drawer open size={880} title={t('portal.versions.title')} onClose={onClose}>
      <Table<ItemVersion>
        rowKey="version"
        size="small"
        loading={versions.isLoading}
        dataSource={versions.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('portal.versions.version'), dataIndex: 'version', width: 64, render: (v: number) => `v${v}` },
          {
            title: t('portal.versions.change'),
            dataIndex: 'change',
            width: 110,
            render: (c: string) => t(`portal.versions.changes.${c}`, { defaultValue: c }),
          },
          {
            title: t('portal.items.state'),
            dataIndex: 'state',
            width: 96,
            render: (s: ItemVersion['state']) => <Tag color={stateColors[s]}>{t(`portal.state.${s}`)}</Tag>,
          },
          {
            title: t('portal.versions.savedBy'),
            dataIndex: 'savedBy',
            width: 190,
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('portal.versions.savedAt'),
            dataIndex: 'savedAt',
            width: 170,
            render: (v: string) => formatDateTime(v),
          },
          { title: t('portal.versions.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
          {
            title: t('common.view'),
            width: 60,
            render: (_, v) => (
              <Button
                type="link"
                size="small"
                icon={<EyeOutlined />}
                aria-label={t('portal.versions.view', { version: v.version })}
                onClick={() => setShown(v)}
              />
            ),
          },
        ]}
      />
      {shown ? (
        <Modal
          open
          width={760}
          footer={null}
          title={t('portal.versions.viewTitle', { version: shown.version })}
          onCancel={() => setShown(undefined)}
        >
          <Typography.Title level={4}>{shown.item.title}</Typography.Title>
          {shown.item.summary ? (
            <Typography.Paragraph type="secondary">{shown.item.summary}</Typography.Paragraph>
          ) : null}
          <Typography.Paragraph className="kg-version-text">
            {shown.item.bodyText || t('portal.versions.noBody')}
          </Typography.Paragraph>
        </Modal>
      ) : null}
    </Drawer>
  );
}
