import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormAction } from '../../lib/form-action';
import { Link } from 'react-router';
import { api, query } from '../../lib/api';
import type { Page, Person } from '../../lib/types';

export const talentTags = ['333', '169', '313'];

/** People of one organisation, or of the caller's whole scope, with search by name and talent tag. */
export function PeopleTable({
  orgId,
  canAdd,
  q,
  tag,
  showOrg = false,
}: {
  orgId?: number;
  canAdd?: boolean;
  q?: string;
  tag?: string;
  showOrg?: boolean;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [adding, setAdding] = useState(false);
  const list = useQuery({
    queryKey: ['people', 'list', orgId, q, tag, page],
    queryFn: () => api<Page<Person>>('GET', `/api/people${query({ orgId, q, tag, ...page })}`),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      {canAdd ? (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setAdding(true)}>
          {t('person.add')}
        </Button>
      ) : null}
      <Table<Person>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 800 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showTotal: (total) => t('common.total', { total }),
        }}
        onChange={(p) => setPage({ page: p.current ?? 1, pageSize: p.pageSize ?? 10 })}
        locale={{ emptyText: t('person.none') }}
        columns={[
          { title: t('person.name'), dataIndex: 'name', width: 110 },
          ...(showOrg
            ? [
                {
                  title: t('person.org'),
                  dataIndex: 'orgName',
                  render: (name: string | null, p: Person) =>
                    p.orgId ? <Link to={`/orgs/${p.orgId}`}>{name}</Link> : '—',
                },
              ]
            : []),
          {
            title: t('person.gender'),
            dataIndex: 'gender',
            width: 70,
            render: (g: Person['gender']) => (g ? t(`gender.${g}`) : '—'),
          },
          {
            title: t('person.idNumber'),
            dataIndex: 'idNumberMasked',
            width: 190,
            render: (v: string | null) => (v ? <code>{v}</code> : '—'),
          },
          { title: t('person.title'), dataIndex: 'title', width: 130 },
          { title: t('person.field'), dataIndex: 'field', width: 120 },
          { title: t('person.phone'), dataIndex: 'phone', width: 130 },
          {
            title: t('person.talentTags'),
            dataIndex: 'talentTags',
            width: 140,
            render: (tags: string[]) =>
              tags.map((tag) => (
                <Tag key={tag} color="gold">
                  {t('person.tag', { tag })}
                </Tag>
              )),
          },
        ]}
      />
      <AddPersonModal orgId={orgId} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}

function AddPersonModal({ orgId, open, onClose }: { orgId?: number; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) => {
      const clean = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' ? null : v]));
      return api('POST', '/api/people', { ...clean, orgId, talentTags: values.talentTags ?? [] });
    },
    refresh: [['people'], ['orgs', 'detail']],
    onDone: onClose,
  });
  return (
    <Modal
      title={t('person.add')}
      open={open}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="name" label={t('person.name')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="gender" label={t('person.gender')}>
          <Select
            allowClear
            options={(['male', 'female'] as const).map((g) => ({ value: g, label: t(`gender.${g}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('person.idNumber')}
          extra={t('person.idNumberHelp')}
          rules={[{ pattern: /^\d{17}[\dXx]$/, message: t('person.idNumberRule') }]}
        >
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="title" label={t('person.title')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="field" label={t('person.field')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="phone" label={t('person.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="email" label={t('user.email')} rules={[{ type: 'email', message: t('common.emailRule') }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="talentTags" label={t('person.talentTags')}>
          <Select
            mode="multiple"
            options={talentTags.map((tag) => ({ value: tag, label: t('person.tag', { tag }) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
