import { EyeOutlined } from '@ant-design/icons';
import { Button, Drawer, Modal, Space, Spin, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../lib/DownloadButton';
import { formatDateTime } from '../../lib/format';
import { type Figure, type ReportVersion, useReportVersion, useReportVersions } from './model';
import { ReportArticle } from './ReportArticle';

/** 历史版本: every save of the year's summary — who, when, what — each readable and downloadable as it was. */
export function VersionsDrawer({
  year,
  onFigure,
  onClose,
}: {
  year: number;
  onFigure(f: Figure): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const versions = useReportVersions(year, true);
  const [shown, setShown] = useState<number>();
  const version = useReportVersion(year, shown);
  const what = (v: ReportVersion) =>
    v.change === 'edit'
      ? t('annual.changes.edit', { part: v.section ? t(`annual.parts.${v.section}`) : '' })
      : t(`annual.changes.${v.change}`);
  return (
    <Drawer open width={720} title={t('annual.versionsOf', { year })} onClose={onClose}>
      <Table<ReportVersion>
        rowKey="version"
        size="small"
        loading={versions.isLoading}
        dataSource={versions.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('annual.noVersions') }}
        columns={[
          { title: t('annual.version'), dataIndex: 'version', width: 70, render: (v: number) => `v${v}` },
          { title: t('annual.change'), render: (_, v) => what(v) },
          {
            title: t('annual.statusLabel'),
            dataIndex: 'status',
            width: 90,
            render: (s: string) => <Tag color={s === 'final' ? 'green' : 'processing'}>{t(`annual.status.${s}`)}</Tag>,
          },
          { title: t('annual.savedBy'), dataIndex: 'savedBy', render: (v: string | null) => v ?? '—' },
          { title: t('annual.savedAt'), dataIndex: 'savedAt', render: (v: string) => formatDateTime(v) },
          {
            title: t('common.actions'),
            width: 120,
            render: (_, v) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  icon={<EyeOutlined />}
                  aria-label={t('annual.viewVersion', { version: v.version })}
                  onClick={() => setShown(v.version)}
                />
                <DownloadButton
                  type="link"
                  size="small"
                  aria-label={t('annual.downloadVersion', { version: v.version })}
                  href={`/api/reports/annual.docx?year=${year}&version=${v.version}`}
                />
              </Space>
            ),
          },
        ]}
      />
      {shown !== undefined ? (
        <Modal
          open
          width={880}
          footer={null}
          title={t('annual.versionTitle', { version: shown })}
          onCancel={() => setShown(undefined)}
        >
          <div className="kg-official">
            {version.data ? <ReportArticle report={version.data} onFigure={onFigure} /> : <Spin />}
          </div>
        </Modal>
      ) : null}
    </Drawer>
  );
}
