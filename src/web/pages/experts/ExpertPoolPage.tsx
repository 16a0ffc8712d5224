import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Modal, Select, Switch, Tag } from 'antd';
import { Table } from '../../lib/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useFormAction } from '../../lib/form-action';
import { formatDate } from '../../lib/format';
import { PageTitle } from '../../shell/AppLayout';
import type { ResponseOf } from '../../lib/client';

type Expert = ResponseOf<'/api/experts'>['items'][number];

/** 专家库: the experts staff draw from, with fields, titles, availability and declared conflicts. */
export function ExpertPoolPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const experts = useQuery({ queryKey: ['experts'], queryFn: () => api<{ items: Expert[] }>('GET', '/api/experts') });
  const [q, setQ] = useState('');
  const [field, setField] = useState<string>();
  const [editing, setEditing] = useState<Expert>();
  const fields = [...new Set((experts.data?.items ?? []).flatMap((e) => e.fields))].sort();
  const shown = (experts.data?.items ?? []).filter(
    (e) =>
      (!field || e.fields.includes(field)) &&
      (!q || `${e.displayName}${e.orgName ?? ''}${e.specialty ?? ''}`.includes(q)),
  );
  return (
    <>
      <PageTitle title={t('pool.title')} />
      <div className="kg-filters">
        <Input.Search allowClear placeholder={t('pool.search')} style={{ width: 260 }} onSearch={setQ} />
        <Select
          allowClear
          placeholder={t('panel.field')}
          aria-label={t('panel.field')}
          style={{ width: 160 }}
          value={field}
          onChange={setField}
          options={fields.map((f) => ({ value: f, label: f }))}
        />
        <span className="kg-muted">{t('pool.count', { count: shown.length })}</span>
      </div>
      <Table<Expert>
        rowKey="id"
        loading={experts.isLoading}
        dataSource={shown}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('pool.name'), dataIndex: 'displayName', width: 120 },
          { title: t('pool.title_'), dataIndex: 'title', width: 120, render: (v: string | null) => v ?? '—' },
          { title: t('pool.org'), dataIndex: 'orgName', render: (v: string | null) => v ?? '—' },
          { title: t('panel.field'), width: 200, render: (_, e) => e.fields.map((f) => <Tag key={f}>{f}</Tag>) },
          {
            title: t('pool.availability'),
            width: 180,
            render: (_, e) =>
              e.available ? (
                <Tag color="green">{t('pool.available')}</Tag>
              ) : (
                <Tag color="orange">
                  {e.unavailableUntil ? t('pool.awayUntil', { day: formatDate(e.unavailableUntil) }) : t('pool.away')}
                </Tag>
              ),
          },
          {
            title: t('pool.conflicts'),
            width: 200,
            render: (_, e) => (e.conflictOrgs.length ? e.conflictOrgs.map((o) => o.name).join('、') : '—'),
          },
          ...(can('staff')
            ? [
                {
                  title: t('common.actions'),
                  width: 90,
                  render: (_: unknown, e: Expert) => (
                    <Button size="small" type="link" onClick={() => setEditing(e)}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? <ProfileModal expert={editing} onClose={() => setEditing(undefined)} /> : null}
    </>
  );
}

function ProfileModal({ expert, onClose }: { expert: Expert; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const available = Form.useWatch('available', form) as boolean | undefined;
  const [search, setSearch] = useState('');
  const orgs = useQuery({
    queryKey: ['orgs', 'names', search],
    queryFn: () =>
      api<{ items: { id: number; name: string }[] }>(
        'GET',
        `/api/orgs?pageSize=50${search ? `&q=${encodeURIComponent(search)}` : ''}`,
      ),
  });
  // The organisations already declared stay labelled while the search shows others.
  const [known, setKnown] = useState<{ value: number; label: string }[]>(() =>
    expert.conflictOrgs.map((o) => ({ value: o.id, label: o.name })),
  );
  const options = [
    ...known,
    ...(orgs.data?.items ?? [])
      .filter((o) => !known.some((k) => k.value === o.id))
      .map((o) => ({ value: o.id, label: o.name })),
  ];
  const { busy, run } = useFormAction(form, {
    action: (v: {
      fields: string[];
      title?: string;
      specialty?: string;
      available: boolean;
      unavailableUntil?: dayjs.Dayjs | null;
      conflictOrgIds: number[];
    }) =>
      api('PUT', `/api/experts/${expert.id}/profile`, {
        ...v,
        unavailableUntil: v.unavailableUntil ? v.unavailableUntil.format('YYYY-MM-DD') : null,
      }),
    refresh: [['experts']],
    onDone: onClose,
  });
  return (
    <Modal
      open
      title={expert.displayName}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          fields: expert.fields,
          title: expert.title ?? undefined,
          specialty: expert.specialty ?? undefined,
          available: expert.available,
          unavailableUntil: expert.unavailableUntil ? dayjs(expert.unavailableUntil) : null,
          conflictOrgIds: expert.conflictOrgIds,
        }}
      >
        <Form.Item name="fields" label={t('panel.field')}>
          <Select mode="tags" maxCount={10} />
        </Form.Item>
        <Form.Item name="title" label={t('pool.title_')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="specialty" label={t('pool.specialty')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="available" label={t('pool.available')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {available === false ? (
          <Form.Item name="unavailableUntil" label={t('pool.unavailableUntil')}>
            <DatePicker />
          </Form.Item>
        ) : null}
        <Form.Item name="conflictOrgIds" label={t('pool.conflicts')} extra={t('pool.conflictsHelp')}>
          <Select
            mode="multiple"
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={orgs.isLoading}
            options={options}
            onChange={(_, picked) =>
              setKnown(
                (Array.isArray(picked) ? picked : [picked]).filter((p): p is { value: number; label: string } =>
                  Boolean(p && 'value' in p),
                ),
              )
            }
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
