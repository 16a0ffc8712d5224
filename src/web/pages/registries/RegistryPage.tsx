import { DownloadOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Statistic,
  Switch,
  Tag,
  Upload,
} from 'antd';
import { Table } from '../../lib/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldSpec, RegistrySpec } from '../../../domains/registries/spec';
import { api, query, upload } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { useJurisdictions, useLocalName, useOutlets, useSections } from '../../lib/dictionaries';
import { useFormAction } from '../../lib/form-action';
import { formatDate } from '../../lib/format';
import { formatTotal, formatYuan } from '../../lib/money';
import { useNotify } from '../../lib/notify';
import { usePagedList } from '../../lib/paged-list';
import { PageTitle } from '../../shell/AppLayout';
import { ImportDrawer } from '../imports/ImportDrawer';
import { OrgSelect } from '../orgs/OrgSelect';
import { ProjectSelect } from '../projects/ProjectSelect';
import { useDataYears } from '../../lib/clock';
import { useAtLeast } from '../../lib/viewport';

type RecordRow = Record<string, unknown> & { id: number; version: number; orgName?: string | null };
type Filters = Record<string, string | number | undefined>;

/**
 * Room for a column: the record's name widest, then organisations, then labels of options and dates —
 * sized so that a registry's columns (less its wide-screen ones) fit 1366 px beside the menu.
 */
function columnWidth(f: FieldSpec, spec: RegistrySpec): number {
  if (f.key === spec.titleField) return 240;
  const widths: Partial<Record<FieldSpec['type'], number>> = {
    org: 200,
    text: 150,
    outlet: 150,
    select: 110,
    jurisdiction: 100,
    section: 110,
    money: 130,
    date: 110,
    boolean: 70,
    year: 70,
    integer: 80,
  };
  return widths[f.type] ?? 110;
}

/** Labels of a registry's fields and options, and names of the dictionary codes it holds. */
function useRegistryWords(spec: RegistrySpec) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const jurisdictions = useJurisdictions(true);
  const sections = useSections(true);
  const outlets = useOutlets(true);
  const dictionary = { jurisdiction: jurisdictions.data, section: sections.data, outlet: outlets.data } as const;
  return {
    label: (key: string) => t(`registry.${spec.name}.fields.${key}`),
    option: (key: string, value: string) => t(`registry.${spec.name}.options.${key}.${value}`),
    entries: (type: FieldSpec['type']) =>
      (dictionary[type as keyof typeof dictionary] ?? []).map((e) => ({ value: e.code, label: localName(e) })),
    name: (type: FieldSpec['type'], code: unknown) => {
      const entry = (dictionary[type as keyof typeof dictionary] ?? []).find((e) => e.code === code);
      return entry ? localName(entry) : ((code as string | null) ?? '—');
    },
  };
}

/** 登记簿: any registry's list, filters, totals, form, import and export, all from its spec. */
export function RegistryPage({ spec }: { spec: RegistrySpec }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const words = useRegistryWords(spec);
  const [editing, setEditing] = useState<RecordRow | 'new'>();
  const [importing, setImporting] = useState(false);
  const { filters, set, page, setPage, list } = usePagedList<Filters, RecordRow>({
    key: [spec.name, 'list'],
    url: `/api/${spec.name}`,
    initial: {},
    pageSize: 20,
  });
  const sums = (list.data as { sums?: Record<string, string> } | undefined)?.sums ?? {};
  const mayWrite = can(...spec.writers);
  const wide = useAtLeast(1600);
  const listed = spec.fields.filter((f) => !f.hideInList && (wide || !f.wideOnly));
  const years = useDataYears().items;
  const expiry = spec.fields.find((f) => f.expires);

  const remove = async (row: RecordRow) => {
    try {
      await api('DELETE', `/api/${spec.name}/${row.id}`);
      notify.success(t('registry.deleted'));
      await list.refetch();
    } catch (error) {
      notify.error(error);
    }
  };

  const cell = (f: FieldSpec, row: RecordRow) => {
    const v = row[f.key];
    switch (f.type) {
      case 'select':
        return v ? <span title={words.option(f.key, v as string)}>{words.option(f.key, v as string)}</span> : '—';
      case 'money':
        return formatYuan(v as string | null);
      case 'date':
        return formatDate(v as string | null);
      case 'boolean':
        return v ? <Tag color="green">{t('registry.yes')}</Tag> : <Tag>{t('registry.no')}</Tag>;
      case 'org':
        return row.orgName ?? '—';
      case 'project':
        return v ? (
          <Link to={`/projects/${v as number}`}>{(row.projectTitle as string | null) ?? String(v)}</Link>
        ) : (
          '—'
        );
      case 'jurisdiction':
      case 'section':
      case 'outlet':
        return v ? words.name(f.type, v) : '—';
      case 'url':
        return v ? (
          <a href={v as string} target="_blank" rel="noreferrer noopener">
            {v as string}
          </a>
        ) : (
          '—'
        );
      default:
        return (v as string | number | null) ?? '—';
    }
  };

  return (
    <>
      <PageTitle
        title={t(`registry.${spec.name}.title`)}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              href={`/api/${spec.name}/export${query({ ...filters, lang: i18n.language })}`}
            >
              {t('common.exportXlsx')}
            </Button>
            {can('staff') ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('import.title')}
              </Button>
            ) : null}
            {mayWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('registry.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="kg-filters">
        <Input.Search
          allowClear
          placeholder={t('registry.searchPlaceholder')}
          style={{ width: 240 }}
          onSearch={(q) => set({ q: q || undefined })}
        />
        <Select
          allowClear
          placeholder={t('hall.year')}
          aria-label={t('hall.year')}
          style={{ width: 110 }}
          value={filters.year as number | undefined}
          onChange={(year?: number) => set({ year })}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        {spec.fields
          .filter((f) => f.filter)
          .map((f) => (
            <Select
              key={f.key}
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={words.label(f.key)}
              aria-label={words.label(f.key)}
              style={{ minWidth: 150 }}
              value={filters[f.key] as string | undefined}
              onChange={(value?: string) => set({ [f.key]: value })}
              options={
                f.type === 'select'
                  ? (f.options ?? []).map((o) => ({ value: o, label: words.option(f.key, o) }))
                  : f.type === 'boolean'
                    ? [
                        { value: 'true', label: `${words.label(f.key)}：${t('registry.yes')}` },
                        { value: 'false', label: `${words.label(f.key)}：${t('registry.no')}` },
                      ]
                    : words.entries(f.type)
              }
            />
          ))}
        {can('staff', 'leader') && spec.fields.some((f) => f.type === 'org') ? (
          <div style={{ width: 260 }}>
            <OrgSelect
              value={filters.orgId as number | undefined}
              onChange={(orgId) => set({ orgId })}
              placeholder={t('org.filterPlaceholder')}
            />
          </div>
        ) : null}
        {expiry ? (
          <Checkbox
            checked={filters.expiring === 'true'}
            onChange={(e) => set({ expiring: e.target.checked ? 'true' : undefined })}
          >
            {t('registry.expiringOnly')}
          </Checkbox>
        ) : null}
        {Object.entries(sums).map(([key, value]) => (
          // The column's unit in brackets gives way: the total names its own (万元, 亿元).
          <Statistic
            key={key}
            value={formatTotal(value)}
            prefix={`${words.label(key).replace(/[（(][^）)]*[）)]/g, '')}${t('registry.sum')}`}
            styles={{ content: { fontSize: 16 } }}
          />
        ))}
      </div>
      <Table<RecordRow>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{
          x: listed.reduce((sum, f) => sum + columnWidth(f, spec), (mayWrite ? 100 : 0) + (spec.attachment ? 160 : 0)),
        }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total,
          showSizeChanger: true,
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          ...listed.map((f) => ({
            key: f.key,
            title: words.label(f.key),
            width: columnWidth(f, spec),
            align: (f.type === 'money' ? 'right' : 'left') as 'right' | 'left',
            ellipsis: f.type === 'org' || f.type === 'text' || f.type === 'select' || f.type === 'outlet',
            render: (_: unknown, row: RecordRow) => cell(f, row),
          })),
          ...(spec.attachment
            ? [
                {
                  key: 'attachment',
                  title: t('registry.attachment'),
                  width: 160,
                  ellipsis: true,
                  render: (_: unknown, row: RecordRow) => (
                    <Space size={4}>
                      {row.attachmentName ? (
                        <a href={`/api/${spec.name}/${row.id}/attachment`}>{row.attachmentName as string}</a>
                      ) : null}
                      {mayWrite ? (
                        <AttachButton
                          url={`/api/${spec.name}/${row.id}/attachment`}
                          onDone={() => void list.refetch()}
                        />
                      ) : null}
                    </Space>
                  ),
                },
              ]
            : []),
          ...(mayWrite
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 100,
                  fixed: 'right' as const,
                  render: (_: unknown, row: RecordRow) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => setEditing(row)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm title={t('registry.confirmDelete')} onConfirm={() => void remove(row)}>
                        <Button type="link" size="small" danger>
                          {t('common.remove')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <RecordModal
          spec={spec}
          record={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      ) : null}
      {importing ? (
        <ImportDrawer
          url={`/api/${spec.name}/import`}
          what={t(`registry.${spec.name}.title`)}
          fieldLabel={words.label}
          refresh={[[spec.name]]}
          onClose={() => setImporting(false)}
        />
      ) : null}
    </>
  );
}

/** Sends one file for a record, with the upload's progress on the button. */
function AttachButton({ url, onDone }: { url: string; onDone(): void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [percent, setPercent] = useState<number>();
  return (
    <Upload
      accept=".pdf,.png,.jpg,.jpeg,.docx"
      showUploadList={false}
      customRequest={({ file }) => {
        const form = new FormData();
        form.append('file', file as Blob);
        setPercent(0);
        upload(url, form, setPercent, 'PUT')
          .then(() => {
            notify.success(t('common.saved'));
            onDone();
          }, notify.error)
          .finally(() => setPercent(undefined));
      }}
    >
      <Button size="small" type="link" icon={<PaperClipOutlined />} loading={percent !== undefined}>
        {percent !== undefined ? `${percent}%` : t('registry.attach')}
      </Button>
    </Upload>
  );
}

function RecordModal({ spec, record, onClose }: { spec: RegistrySpec; record?: RecordRow; onClose(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const words = useRegistryWords(spec);
  const [form] = Form.useForm();
  const fields = spec.fields.filter((f) => (!f.staffOnly || can('staff')) && (f.type !== 'org' || !can('applicant')));
  const { busy, run } = useFormAction(form, {
    action: (values: Record<string, unknown>) => {
      const body = Object.fromEntries(
        fields.map((f) => {
          const v = values[f.key];
          if (v === undefined || v === '') return [f.key, null];
          if (f.type === 'date') return [f.key, (v as dayjs.Dayjs).format('YYYY-MM-DD')];
          return [f.key, v];
        }),
      );
      return record
        ? api('PATCH', `/api/${spec.name}/${record.id}`, { ...body, version: record.version })
        : api('POST', `/api/${spec.name}`, body);
    },
    refresh: [[spec.name]],
    onDone: onClose,
  });
  const initial = record
    ? Object.fromEntries(
        fields.map((f) => [f.key, f.type === 'date' && record[f.key] ? dayjs(record[f.key] as string) : record[f.key]]),
      )
    : Object.fromEntries(fields.filter((f) => f.type === 'boolean').map((f) => [f.key, false]));
  const input = (f: FieldSpec) => {
    switch (f.type) {
      case 'longtext':
        return <Input.TextArea rows={3} maxLength={f.max ?? 5000} />;
      case 'date':
        return <DatePicker style={{ width: 200 }} />;
      case 'money':
        return <Input suffix={t('project.yuan')} style={{ width: 220 }} inputMode="decimal" />;
      case 'integer':
      case 'year':
        return (
          <InputNumber
            min={f.type === 'year' ? 1980 : 0}
            max={f.type === 'year' ? 2100 : undefined}
            style={{ width: 160 }}
          />
        );
      case 'select':
        return (
          <Select
            allowClear={!f.required}
            options={(f.options ?? []).map((o) => ({ value: o, label: words.option(f.key, o) }))}
          />
        );
      case 'boolean':
        return <Switch />;
      case 'org':
        return <OrgSelect initialName={record?.orgName} />;
      case 'project':
        return <ProjectSelect initialTitle={record?.projectTitle as string | null | undefined} />;
      case 'jurisdiction':
      case 'section':
      case 'outlet':
        return <Select allowClear={!f.required} showSearch optionFilterProp="label" options={words.entries(f.type)} />;
      default:
        return <Input maxLength={f.max ?? 200} />;
    }
  };
  return (
    <Modal
      open
      width={640}
      title={record ? t('registry.edit') : t('registry.create')}
      onCancel={onClose}
      onOk={() => void run()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        {fields.map((f) => (
          <Form.Item
            key={f.key}
            name={f.key}
            label={words.label(f.key)}
            valuePropName={f.type === 'boolean' ? 'checked' : 'value'}
            rules={[
              ...(f.required ? [{ required: true, message: t('common.required') }] : []),
              ...(f.type === 'money' ? [{ pattern: /^\d{1,13}(\.\d{1,2})?$/, message: t('project.moneyRule') }] : []),
              ...(f.type === 'url' ? [{ pattern: /^https?:\/\/\S+$/, message: t('registry.urlRule') }] : []),
            ]}
          >
            {input(f)}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
