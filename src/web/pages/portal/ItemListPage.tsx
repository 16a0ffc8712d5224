import { DownOutlined, EyeOutlined, GlobalOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Dropdown, Input, Select, Space, Tag, Tooltip } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate, formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/paged-list';
import { PageTitle } from '../../shell/AppLayout';
import { ItemStateTag } from './ItemStateTag';
import {
  type ItemRow,
  isScheduled,
  itemsKey,
  type PortalColumn,
  portalColumns,
  portalStates,
  previewPath,
  publicPath,
} from './model';
import { PublicityFromDataModal } from './PublicityFromDataModal';

type Filters = { column?: string; state?: string; q?: string };

/** 网站内容: every item of the public site in every state, newest change first; write, review and publish from here. */
export function ItemListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [generating, setGenerating] = useState(false);
  const { filters, set, page, setPage, list } = usePagedList<Filters, ItemRow>({
    key: [...itemsKey, 'list'],
    url: '/api/portal/items',
    initial: { column: params.get('column') ?? undefined, state: params.get('state') ?? undefined },
    pageSize: 20,
  });
  const create = (column: PortalColumn) => void navigate(`/portal/items/new?column=${column}`);

  return (
    <>
      <PageTitle
        title={t('portal.items.title')}
        extra={
          <>
            <Button icon={<TableOutlined />} onClick={() => setGenerating(true)}>
              {t('portal.fromData.open')}
            </Button>
            <Dropdown
              menu={{
                items: portalColumns.map((c) => ({ key: c, label: t(`portal.columns.${c}`) })),
                onClick: ({ key }) => create(key as PortalColumn),
              }}
            >
              <Button type="primary" icon={<PlusOutlined />}>
                <Space size={4}>
                  {t('portal.items.create')}
                  <DownOutlined />
                </Space>
              </Button>
            </Dropdown>
          </>
        }
      />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('portal.items.search')}
          style={{ width: 260 }}
          onSearch={(q) => set({ q: q || undefined })}
        />
        <Select
          allowClear
          placeholder={t('portal.items.column')}
          aria-label={t('portal.items.column')}
          style={{ width: 190 }}
          value={filters.column}
          onChange={(column?: string) => set({ column })}
          options={portalColumns.map((c) => ({ value: c, label: t(`portal.columns.${c}`) }))}
        />
        <Select
          allowClear
          placeholder={t('portal.items.state')}
          aria-label={t('portal.items.state')}
          style={{ width: 140 }}
          value={filters.state}
          onChange={(state?: string) => set({ state })}
          options={portalStates.map((s) => ({ value: s, label: t(`portal.state.${s}`) }))}
        />
        {filters.column ? (
          <Button icon={<PlusOutlined />} onClick={() => create(filters.column as PortalColumn)}>
            {t('portal.items.createIn', { column: t(`portal.columns.${filters.column}`) })}
          </Button>
        ) : null}
      </div>
      <Table<ItemRow>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1160 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          {
            title: t('portal.items.itemTitle'),
            dataIndex: 'title',
            render: (title: string, row) => <Link to={`/portal/items/${row.id}`}>{title}</Link>,
          },
          {
            title: t('portal.items.column'),
            dataIndex: 'column',
            width: 130,
            render: (c: PortalColumn) => <Tag>{t(`portal.columns.${c}`)}</Tag>,
          },
          {
            title: t('portal.items.state'),
            dataIndex: 'state',
            width: 120,
            render: (_, row) => <ItemStateTag item={row} />,
          },
          {
            title: t('portal.items.publishAt'),
            width: 200,
            render: (_, row) =>
              (row.column === 'publicity' || row.column === 'consultations') && row.startsOn ? (
                <Tooltip title={t('portal.items.period')}>
                  {formatDate(row.startsOn)}—{formatDate(row.endsOn)}
                </Tooltip>
              ) : row.state === 'published' ? (
                <span className={isScheduled(row) ? 'kg-nobr kg-scheduled' : 'kg-nobr'}>
                  {formatDateTime(row.publishAt)}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('portal.items.author'),
            dataIndex: 'author',
            width: 150,
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('portal.items.updatedAt'),
            dataIndex: 'updatedAt',
            width: 180,
            render: (v: string) => <span className="kg-nobr">{formatDateTime(v)}</span>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            fixed: 'right',
            render: (_, row) => (
              <Space size={0}>
                <Tooltip title={t('portal.editor.preview')}>
                  <Button
                    type="link"
                    size="small"
                    icon={<EyeOutlined />}
                    href={previewPath(row.id)}
                    target="_blank"
                    aria-label={t('portal.items.previewOf', { title: row.title })}
                  />
                </Tooltip>
                {row.state === 'published' && !isScheduled(row) ? (
                  <Tooltip title={t('portal.editor.publicLink')}>
                    <Button
                      type="link"
                      size="small"
                      icon={<GlobalOutlined />}
                      href={publicPath(row)}
                      target="_blank"
                      aria-label={t('portal.items.publicOf', { title: row.title })}
                    />
                  </Tooltip>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {generating ? <PublicityFromDataModal onClose={() => setGenerating(false)} /> : null}
    </>
  );
}
