import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Divider, Drawer, Form, Input, Radio, Select, Space, Switch, Tag } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useLocalName, useSections } from '../../lib/dictionaries';
import { useFormAction } from '../../lib/form-action';
import type { ProgramCategory, ProgramLevel, ProgramRef } from '../../lib/types';
import { TemplateFields } from '../calls/TemplateFields';
import { PageTitle } from '../../shell/AppLayout';

interface Program {
  id: number;
  name: string;
  nameEn: string | null;
  level: ProgramLevel;
  category: ProgramCategory;
  sectionCode: string;
  planTypes: string[];
  applicantKind: 'org' | 'person';
  active: boolean;
  version?: number;
  code?: string;
  applicationNoRule?: string;
  projectCodeRule?: string;
  template?: NonNullable<ProgramRef['template']>;
}

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
const levelColors: Record<ProgramLevel, string> = {
  national: 'red',
  provincial: 'volcano',
  prefecture: 'gold',
  city: 'blue',
};

/** 计划类别管理: the plans the bureau handles at every level; each section keeps its own. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const localName = useLocalName();
  const sections = useSections(true);
  const [editing, setEditing] = useState<Program | 'new'>();
  const [level, setLevel] = useState<ProgramLevel>();
  const programs = useQuery({
    queryKey: ['programs'],
    queryFn: () => api<{ items: Program[] }>('GET', '/api/programs'),
  });
  const sectionName = (code: string) => {
    const s = sections.data?.find((x) => x.code === code);
    return s ? localName(s) : code;
  };
  const rows = (programs.data?.items ?? []).filter((p) => !level || p.level === level);
  return (
    <>
      <PageTitle
        title={t('menu.programs')}
        extra={
          can('staff') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('program.create')}
            </Button>
          ) : null
        }
      />
      <div className="kg-filters">
        <Select
          allowClear
          placeholder={t('hall.level')}
          aria-label={t('hall.level')}
          style={{ width: 160 }}
          value={level}
          onChange={setLevel}
          options={levels.map((l) => ({ value: l, label: t(`programLevel.${l}`) }))}
        />
      </div>
      <Table<Program>
        rowKey="id"
        loading={programs.isLoading}
        dataSource={rows}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          {
            title: t('program.name'),
            render: (_, p) => <Link to={`/projects?level=${p.level}&category=${p.category}`}>{p.name}</Link>,
          },
          {
            title: t('hall.level'),
            dataIndex: 'level',
            width: 110,
            render: (l: ProgramLevel) => <Tag color={levelColors[l]}>{t(`programLevel.${l}`)}</Tag>,
          },
          {
            title: t('project.category'),
            dataIndex: 'category',
            width: 130,
            render: (c: string) => t(`programCategory.${c}`),
          },
          { title: t('program.section'), dataIndex: 'sectionCode', width: 150, render: sectionName },
          {
            title: t('program.planTypes'),
            dataIndex: 'planTypes',
            width: 200,
            render: (v: string[]) => (v.length ? v.map((x) => <Tag key={x}>{x}</Tag>) : '—'),
          },
          {
            title: t('program.applicantKind'),
            dataIndex: 'applicantKind',
            width: 110,
            render: (k: string) => t(`program.kind.${k}`),
          },
          {
            title: t('project.state'),
            dataIndex: 'active',
            width: 90,
            render: (a: boolean) =>
              a ? <Tag color="green">{t('program.active')}</Tag> : <Tag>{t('program.inactive')}</Tag>,
          },
          {
            title: t('common.actions'),
            width: 90,
            render: (_, p) =>
              can('staff') && p.sectionCode === user?.sectionCode ? (
                <Button type="link" size="small" onClick={() => setEditing(p)}>
                  {t('common.edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing ? (
        <ProgramEditor program={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />
      ) : null}
    </>
  );
}

function ProgramEditor({ program, onClose }: { program?: Program; onClose(): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, {
    action: (values: Omit<Program, 'id'>) => {
      // The template's application part is edited here; its fields, attachments and criteria are the last call's, kept as they are.
      const template = {
        formFields: [],
        attachments: [],
        criteria: [],
        ...program?.template,
        application: form.getFieldValue(['template', 'application']) ?? null,
      };
      const body = {
        ...values,
        code: values.code || undefined,
        applicationNoRule: values.applicationNoRule || undefined,
        projectCodeRule: values.projectCodeRule || undefined,
        template,
      };
      return program ? api('PATCH', `/api/programs/${program.id}`, body) : api('POST', '/api/programs', body);
    },
    refresh: [['programs']],
    onDone: onClose,
  });
  const required = { required: true, message: t('common.required') };
  return (
    <Drawer
      open
      size="large"
      title={program ? t('program.edit') : t('program.create')}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button type="primary" loading={busy} onClick={() => void run()}>
          {t('common.save')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          program ?? {
            level: 'city',
            category: 'agriculture',
            sectionCode: user?.sectionCode,
            planTypes: [],
            applicantKind: 'org',
            active: true,
          }
        }
      >
        <Form.Item
          name="name"
          label={t('program.name')}
          rules={[required, { min: 2, max: 100, message: t('program.nameRule') }]}
        >
          <Input maxLength={100} placeholder="江苏省农业科技支撑计划" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('program.nameEn')}>
          <Input maxLength={150} />
        </Form.Item>
        <Form.Item name="level" label={t('hall.level')} rules={[required]}>
          <Radio.Group options={levels.map((l) => ({ value: l, label: t(`programLevel.${l}`) }))} optionType="button" />
        </Form.Item>
        <Form.Item name="category" label={t('project.category')} rules={[required]}>
          <Select options={categories.map((c) => ({ value: c, label: t(`programCategory.${c}`) }))} />
        </Form.Item>
        <Form.Item name="sectionCode" hidden>
          <Input />
        </Form.Item>
        <Form.Item name="planTypes" label={t('program.planTypes')} extra={t('program.planTypesHelp')}>
          <Select mode="tags" options={['指令性计划', '指导性计划'].map((v) => ({ value: v, label: v }))} />
        </Form.Item>
        <Form.Item name="applicantKind" label={t('program.applicantKind')}>
          <Radio.Group
            options={(['org', 'person'] as const).map((k) => ({ value: k, label: t(`program.kind.${k}`) }))}
          />
        </Form.Item>
        {program ? (
          <Form.Item name="active" label={t('program.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        ) : null}
        <Divider titlePlacement="start">{t('program.numbering')}</Divider>
        <Space wrap align="start">
          <Form.Item
            name="code"
            label={t('program.code')}
            rules={[{ pattern: /^[A-Za-z0-9]{1,10}$/, message: t('program.codeRule') }]}
          >
            <Input maxLength={10} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="applicationNoRule" label={t('program.applicationNoRule')} extra={t('program.ruleHelp')}>
            <Input maxLength={60} style={{ width: 240 }} placeholder="SB{year}{code}{seq:4}" />
          </Form.Item>
          <Form.Item name="projectCodeRule" label={t('program.projectCodeRule')}>
            <Input maxLength={60} style={{ width: 240 }} placeholder="{year}{code}{seq:4}" />
          </Form.Item>
        </Space>
        <Divider titlePlacement="start">{t('application.template.title')}</Divider>
        <TemplateFields name={['template', 'application']} />
      </Form>
    </Drawer>
  );
}
