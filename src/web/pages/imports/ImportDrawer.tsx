import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Progress, Select, Space, Tabs, Tag, Upload } from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, upload } from '../../lib/api';
import { useNotify } from '../../lib/notify';

interface Problem {
  row: number;
  field?: string;
  problem: string;
  value?: string;
  message: string;
}

export interface ImportReport {
  encoding?: string;
  headers: string[];
  mapping: Record<string, number>;
  unmapped: string[];
  total: number;
  valid: number;
  invalid: number;
  duplicates: number;
  problems: Problem[];
  warnings: Problem[];
  preview: Record<string, string>[];
  committed: boolean;
  inserted: number;
  updated: number;
  unchanged: number;
  fields: { key: string; required: boolean; accepts?: string; otherwise?: string }[];
}

/**
 * 导入: choose a .xlsx or .csv, see how its columns were matched and every row that would be refused and
 * why, fix the mapping if needed, then import the valid rows in one go. The file stays in the browser, so
 * checking again with another mapping sends it again rather than keeping half-imports on the server.
 */
export function ImportDrawer({
  url,
  what,
  fieldLabel,
  refresh,
  onClose,
}: {
  url: string /** The registry imported into, as its screen is titled (创新载体). */;
  what: string;
  fieldLabel(key: string): string;
  refresh: string[][];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<ImportReport>();
  const [mapping, setMapping] = useState<Record<string, string>>();
  const [progress, setProgress] = useState<number>();
  const send = async (chosen: File, o: { dryRun: boolean; mapping?: Record<string, string> }) => {
    const form = new FormData();
    if (o.mapping) form.append('mapping', JSON.stringify(o.mapping));
    form.append('file', chosen);
    setProgress(0);
    try {
      const result = await upload<ImportReport>(`${url}${o.dryRun ? '?dryRun=true' : ''}`, form, setProgress);
      setReport(result);
      setMapping(
        Object.fromEntries(Object.entries(result.mapping).map(([key, index]) => [key, result.headers[index]!])),
      );
      if (result.committed) {
        notify.success(
          t('import.done', { inserted: result.inserted, updated: result.updated, unchanged: result.unchanged }),
        );
        await Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })));
      }
    } catch (error) {
      notify.error(error);
    } finally {
      setProgress(undefined);
    }
  };
  const template = async () => {
    try {
      await downloadFile(`${url}/template`);
    } catch (error) {
      notify.error(error);
    }
  };
  // Rows refused, as the summary counts them; a row may have several problems.
  const refusedRows = report ? new Set(report.problems.map((p) => p.row)).size : 0;
  const problemColumns = [
    { title: t('import.row'), dataIndex: 'row', width: 80 },
    { title: t('import.field'), dataIndex: 'field', width: 140, render: (f?: string) => (f ? fieldLabel(f) : '—') },
    { title: t('import.problem'), dataIndex: 'message' },
    { title: t('import.value'), dataIndex: 'value', width: 200, render: (v?: string) => v ?? '' },
  ];
  return (
    <Drawer
      open
      size="large"
      title={t('import.titleOf', { what })}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void template()}>
          {t('import.template')}
        </Button>
      }
    >
      <Upload.Dragger
        height={180}
        accept=".xlsx,.csv"
        maxCount={1}
        showUploadList={false}
        beforeUpload={(chosen) => {
          setFile(chosen);
          setReport(undefined);
          void send(chosen, { dryRun: true });
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? file.name : t('import.choose')}</p>
        <p className="ant-upload-hint">{t('import.hint', { what })}</p>
      </Upload.Dragger>
      {progress !== undefined ? (
        <Progress
          percent={progress}
          status="active"
          style={{ marginTop: 12 }}
          format={(p) => (p === 100 ? t('import.checking') : `${p}%`)}
        />
      ) : null}
      {report && file ? (
        <div style={{ marginTop: 16 }} data-testid="import-report">
          {report.committed ? (
            <Alert
              type="success"
              showIcon
              title={t('import.done', {
                inserted: report.inserted,
                updated: report.updated,
                unchanged: report.unchanged,
              })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {report.unmapped.length ? (
            <Alert
              type="error"
              showIcon
              title={t('import.unmapped', { fields: report.unmapped.map(fieldLabel).join('、') })}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <Descriptions size="small" column={{ xs: 2, md: 4 }} bordered>
            <Descriptions.Item label={t('import.total')}>{report.total}</Descriptions.Item>
            <Descriptions.Item label={t('import.valid')}>
              <Tag color="green">{report.valid}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('import.invalid')}>
              <Tag color={report.invalid ? 'red' : 'default'}>{report.invalid}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('import.encoding')}>{report.encoding ?? 'xlsx'}</Descriptions.Item>
          </Descriptions>
          <h4 style={{ marginTop: 16 }}>{t('import.mapping')}</h4>
          <Space wrap>
            {report.fields.map((f) => (
              <Space key={f.key} size={4}>
                <span
                  title={[f.accepts, f.otherwise ? t('import.otherwise', { value: f.otherwise }) : '']
                    .filter(Boolean)
                    .join('；')}
                >
                  {fieldLabel(f.key)}
                  {f.required ? <span style={{ color: '#c0392b' }}>*</span> : null}
                  {f.otherwise ? (
                    <span className="kg-muted">{t('import.otherwiseShort', { value: f.otherwise })}</span>
                  ) : null}
                </span>
                <Select
                  allowClear
                  size="small"
                  style={{ width: 170 }}
                  aria-label={fieldLabel(f.key)}
                  value={mapping?.[f.key]}
                  placeholder={t('import.noColumn')}
                  onChange={(header?: string) =>
                    setMapping(
                      (m) =>
                        Object.fromEntries(Object.entries({ ...m, [f.key]: header }).filter(([, v]) => v)) as Record<
                          string,
                          string
                        >,
                    )
                  }
                  options={report.headers.map((h) => ({ value: h, label: h }))}
                />
              </Space>
            ))}
          </Space>
          <Tabs
            style={{ marginTop: 12 }}
            items={[
              {
                key: 'problems',
                label: t('import.problemsCount', { rows: refusedRows, count: report.problems.length }),
                children: (
                  <Table
                    size="small"
                    rowKey={(p) => `${p.row}-${p.field}-${p.problem}`}
                    dataSource={report.problems}
                    columns={problemColumns}
                    pagination={{ pageSize: 10 }}
                  />
                ),
              },
              {
                key: 'warnings',
                label: t('import.warningsCount', { count: report.warnings.length }),
                children: (
                  <Table
                    size="small"
                    rowKey={(p) => `${p.row}-${p.problem}`}
                    dataSource={report.warnings}
                    columns={problemColumns}
                    pagination={{ pageSize: 10 }}
                  />
                ),
              },
              {
                key: 'preview',
                label: t('import.preview'),
                children: (
                  <Table
                    size="small"
                    scroll={{ x: 900 }}
                    rowKey={(_, i) => String(i)}
                    dataSource={report.preview}
                    pagination={false}
                    columns={report.fields
                      .filter((f) => mapping?.[f.key])
                      .map((f) => ({ title: fieldLabel(f.key), dataIndex: f.key, ellipsis: true }))}
                  />
                ),
              },
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => void send(file, { dryRun: true, mapping })} disabled={progress !== undefined}>
              {t('import.recheck')}
            </Button>
            <Button
              type="primary"
              onClick={() => void send(file, { dryRun: false, mapping })}
              disabled={progress !== undefined || Boolean(report.unmapped.length) || !report.valid || report.committed}
            >
              {t('import.commit', { count: report.valid })}
            </Button>
          </Space>
        </div>
      ) : null}
    </Drawer>
  );
}
