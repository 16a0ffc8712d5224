import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, InputNumber, Modal, Select, Space, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, query } from '../../lib/api';
import { usePagedList } from '../../lib/paged-list';
import { useSession } from '../../lib/auth';
import { useNotify } from '../../lib/notify';
import { formatDate } from '../../lib/format';
import { formatYuan } from '../../lib/money';
import {
  type ProgramCategory,
  type ProgramLevel,
  type ProjectAction,
  type ProjectState,
  type ProjectSummary,
  projectStateList,
} from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';
import { stateColors } from './labels';

const levels: ProgramLevel[] = ['national', 'provincial', 'prefecture', 'city'];
const categories: ProgramCategory[] = [
  'agriculture',
  'social_development',
  'industry',
  'talent',
  'platform',
  'ip',
  'soft_science',
  'cooperation',
];

type ProjectFilters = {
  q?: string;
  year?: number;
  level?: ProgramLevel;
  category?: ProgramCategory;
  state?: ProjectState;
  callId?: number;
};

/** Actions that make sense for many projects at once, by role (批量办理). */
const bulkActions: Partial<Record<string, ProjectAction[]>> = {
  liaison: ['recommend', 'return'],
  staff: ['pass_formal_review', 'finish_review', 'report_up', 'reject', 'return'],
};

/** 项目管理: every application and project in the caller's scope, filtered by year, level, category, state, keyword. */
export function ProjectListPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [selected, setSelected] = useState<number[]>([]);
  const [bulk, setBulk] = useState<ProjectAction>();
  const [search] = useSearchParams();
  // Opened from a call's row, a program's row or a to-do line: that call's, program's or state's applications.
  const { filters, set, page, setPage, list } = usePagedList<ProjectFilters, ProjectSummary>({
    key: ['projects', 'list'],
    url: '/api/projects',
    initial: {
      callId: search.get('callId') ? Number(search.get('callId')) : undefined,
      state: (search.get('state') as ProjectState | null) ?? undefined,
      level: (search.get('level') as ProjectFilters['level'] | null) ?? undefined,
      category: (search.get('category') as ProjectFilters['category'] | null) ?? undefined,
    },
    pageSize: 20,
  });
  return (
    <>
      <PageTitle
        title={t('menu.projects')}
        extra={
          <>
            {/* The batch actions appear once rows are ticked: never a row of greyed buttons counting nought. */}
            {(selected.length ? (bulkActions[user?.role ?? ''] ?? []) : []).map((action) => (
              <Button key={action} onClick={() => setBulk(action)}>
                {t('project.bulk', { action: t(`projectAction.${action}`), count: selected.length })}
              </Button>
            ))}
            <Button
              icon={<DownloadOutlined />}
              href={`/api/projects/export${query({ ...filters, lang: i18n.language })}`}
            >
              {t('common.exportXlsx')}
            </Button>
          </>
        }
      />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('project.searchPlaceholder')}
          style={{ width: 280 }}
          onSearch={(v) => set({ q: v.trim() || undefined })}
        />
        <InputNumber
          placeholder={t('hall.year')}
          min={2000}
          max={2100}
          style={{ width: 110 }}
          onChange={(v) => set({ year: v ?? undefined })}
        />
        <Select
          allowClear
          placeholder={t('hall.level')}
          aria-label={t('hall.level')}
          style={{ width: 140 }}
          options={levels.map((l) => ({ value: l, label: t(`programLevel.${l}`) }))}
          onChange={(v?: ProgramLevel) => set({ level: v })}
        />
        <Select
          allowClear
          placeholder={t('project.category')}
          aria-label={t('project.category')}
          style={{ width: 150 }}
          options={categories.map((c) => ({ value: c, label: t(`programCategory.${c}`) }))}
          onChange={(v?: ProgramCategory) => set({ category: v })}
        />
        <Select
          allowClear
          placeholder={t('project.state')}
          aria-label={t('project.state')}
          style={{ width: 150 }}
          defaultValue={filters.state}
          options={projectStateList.map((s) => ({ value: s, label: t(`projectState.${s}`) }))}
          onChange={(v?: ProjectState) => set({ state: v })}
        />
      </div>
      <Table<ProjectSummary>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 1100 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        rowSelection={
          bulkActions[user?.role ?? '']
            ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }
            : undefined
        }
        columns={[
          {
            title: t('project.title'),
            dataIndex: 'title',
            width: 300,
            render: (title: string, p) => <Link to={`/projects/${p.id}`}>{title}</Link>,
          },
          {
            title: t('project.program'),
            width: 230,
            render: (_, p) => (
              <span>
                <Tag color="blue">{t(`programLevel.${p.program.level}`)}</Tag>
                {p.program.name}
              </span>
            ),
          },
          { title: t('hall.year'), dataIndex: 'year', width: 70 },
          { title: t('project.org'), dataIndex: 'orgName', width: 220 },
          {
            title: t('project.state'),
            dataIndex: 'state',
            width: 110,
            render: (s: ProjectState) => <Tag color={stateColors[s]}>{t(`projectState.${s}`)}</Tag>,
          },
          {
            title: t('project.requested'),
            dataIndex: 'requestedFunding',
            width: 120,
            align: 'right',
            render: (v: string | null) => formatYuan(v, { wan: true }),
          },
          {
            title: t('project.approved'),
            dataIndex: 'approvedFunding',
            width: 120,
            align: 'right',
            render: (v: string | null) => formatYuan(v, { wan: true }),
          },
          { title: t('project.updatedAt'), dataIndex: 'updatedAt', width: 140, render: formatDate },
        ]}
      />
      {bulk ? (
        <BulkModal action={bulk} ids={selected} onClose={() => setBulk(undefined)} onDone={() => setSelected([])} />
      ) : null}
    </>
  );
}

interface BulkResult {
  id: number;
  ok: boolean;
  message?: string;
}

function BulkModal({
  action,
  ids,
  onClose,
  onDone,
}: {
  action: ProjectAction;
  ids: number[];
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const notify = useNotify();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const needsReason = action === 'return' || action === 'reject';
  const run = async () => {
    setBusy(true);
    try {
      const { results } = await api<{ results: BulkResult[] }>('POST', '/api/projects/bulk-transitions', {
        ids,
        action,
        comment: comment || undefined,
      });
      await client.invalidateQueries({ queryKey: ['projects'] });
      const failed = results.filter((r) => !r.ok);
      if (failed.length) {
        modal.warning({
          title: t('project.bulkPartial', { ok: results.length - failed.length, failed: failed.length }),
          content: failed.map((r) => `#${r.id}：${r.message}`).join('；'),
        });
      } else notify.success(t('project.bulkDone', { count: results.length }));
      onDone();
      onClose();
    } catch (e) {
      notify.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('project.bulk', { action: t(`projectAction.${action}`), count: ids.length })}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okButtonProps={{ disabled: needsReason && !comment.trim() }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <span className="kg-muted">{t('project.bulkHint')}</span>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder={needsReason ? t('project.reasonRequired') : t('project.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </Space>
    </Modal>
  );
}
