import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Modal, Select, Switch, Tabs, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormAction } from '../../lib/form-action';
import { api } from '../../lib/api';
import { useJurisdictions, useOutlets, useSections } from '../../lib/dictionaries';
import type { Jurisdiction, Section } from '../../lib/types';
import { PageTitle } from '../../shell/AppLayout';

type Kind = 'jurisdictions' | 'sections' | 'outlets';
type Entry = Jurisdiction | Section;

/** 字典管理: jurisdictions (镇/开发区/街道/部门), bureau sections (业务科室) and publicity outlets (报送渠道). */
export function DictionariesPage() {
  const { t } = useTranslation();
  const jurisdictions = useJurisdictions(true);
  const sections = useSections(true);
  const outlets = useOutlets(true);
  const [editing, setEditing] = useState<{ kind: Kind; entry?: Entry }>();

  const columns = (kind: Kind) => [
    { title: t('dictionary.code'), dataIndex: 'code', width: 160, render: (c: string) => <code>{c}</code> },
    { title: t('dictionary.name'), dataIndex: 'name' },
    { title: t('dictionary.nameEn'), dataIndex: 'nameEn' },
    ...(kind === 'jurisdictions'
      ? [
          {
            title: t('dictionary.kind'),
            dataIndex: 'kind',
            width: 120,
            render: (k: string) => t(`jurisdictionKind.${k}`),
          },
        ]
      : []),
    { title: t('dictionary.sortOrder'), dataIndex: 'sortOrder', width: 90 },
    {
      title: t('user.status'),
      dataIndex: 'active',
      width: 100,
      render: (a: boolean) => (a ? <Tag color="green">{t('user.active')}</Tag> : <Tag>{t('user.inactive')}</Tag>),
    },
    {
      title: t('common.actions'),
      width: 100,
      render: (_: unknown, entry: Entry) => (
        <Button type="link" size="small" onClick={() => setEditing({ kind, entry })}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  const tab = (kind: Kind, data: Entry[] | undefined, loading: boolean) => (
    <Card>
      <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setEditing({ kind })}>
        {t('dictionary.add')}
      </Button>
      <Table<Entry>
        rowKey="code"
        size="small"
        loading={loading}
        dataSource={data}
        pagination={false}
        columns={columns(kind)}
      />
    </Card>
  );

  return (
    <>
      <PageTitle title={t('menu.dictionaries')} />
      <Tabs
        items={[
          {
            key: 'jurisdictions',
            label: t('dictionary.jurisdictions'),
            children: tab('jurisdictions', jurisdictions.data, jurisdictions.isLoading),
          },
          {
            key: 'sections',
            label: t('dictionary.sections'),
            children: tab('sections', sections.data, sections.isLoading),
          },
          { key: 'outlets', label: t('dictionary.outlets'), children: tab('outlets', outlets.data, outlets.isLoading) },
        ]}
      />
      <EntryModal editing={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}

function EntryModal({ editing, onClose }: { editing?: { kind: Kind; entry?: Entry }; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const isNew = !editing?.entry;
  const { busy, run } = useFormAction(form, {
    action: ({ code, ...changes }: Record<string, unknown>) =>
      isNew
        ? api('POST', `/api/${editing?.kind}`, { code, ...changes })
        : api('PATCH', `/api/${editing?.kind}/${editing?.entry?.code}`, changes),
    refresh: [['jurisdictions'], ['sections'], ['outlets']],
    onDone: onClose,
  });
  return (
    <Modal
      open={Boolean(editing)}
      title={isNew ? t('dictionary.add') : t('common.edit')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={editing?.entry ?? { sortOrder: 0, kind: 'town' }}
      >
        <Form.Item
          name="code"
          label={t('dictionary.code')}
          rules={[{ required: true, pattern: /^[a-zA-Z0-9_-]{2,40}$/, message: t('dictionary.codeRule') }]}
        >
          <Input disabled={!isNew} />
        </Form.Item>
        <Form.Item name="name" label={t('dictionary.name')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('dictionary.nameEn')}>
          <Input maxLength={80} />
        </Form.Item>
        {editing?.kind === 'jurisdictions' ? (
          <Form.Item name="kind" label={t('dictionary.kind')} rules={[{ required: true }]}>
            <Select
              options={(['town', 'zone', 'street', 'department'] as const).map((k) => ({
                value: k,
                label: t(`jurisdictionKind.${k}`),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="sortOrder" label={t('dictionary.sortOrder')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
        {!isNew ? (
          <Form.Item name="active" label={t('user.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
