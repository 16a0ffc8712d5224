import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Space,
  Tag,
  Upload,
} from 'antd';
import { Table } from '../../lib/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, upload } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { formatDate } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { MetricDrillDown } from '../metrics/MetricsPage';
import { figureText } from '../../lib/money';
import { shareText, statusColors, type UnitLine, unitName, type UnitProgress, useOverview } from './model';

const pct = (ratio: number) => Math.round(ratio * 1000) / 10;

interface LetterInfo {
  id: number;
  status: string;
  signatory: string | null;
  signedOn: string | null;
  note: string | null;
}

/** 我的责任状: a unit's own letters, their progress, and what is lagging; manual figures are reported from here. */
export function MyLetters({ year }: { year: number }) {
  const { t } = useTranslation();
  const overview = useOverview(year);
  if (overview.isLoading) return <Card loading />;
  const units = overview.data?.units ?? [];
  if (!units.length) return <Empty description={t('letter.noneForUnit')} />;
  return (
    <>
      {units.map((u) => (
        <Card
          key={u.letterId}
          title={t('letter.titleOf', { year, unit: unitName(u.unit) })}
          style={{ marginBottom: 16 }}
        >
          <UnitLines unit={u} year={year} asOfMonth={overview.data?.asOfMonth ?? 12} />
        </Card>
      ))}
    </>
  );
}

export function UnitDrawer({
  unit,
  year,
  asOfMonth,
  onClose,
}: {
  unit: UnitProgress;
  year: number;
  asOfMonth: number;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      size="large"
      title={t('letter.titleOf', { year, unit: unitName(unit.unit) })}
      onClose={onClose}
      destroyOnHidden
    >
      <UnitLines unit={unit} year={year} asOfMonth={asOfMonth} />
    </Drawer>
  );
}

/** A letter's lines with their shares, figures, projections and status; computed lines drill down, manual ones are reported. */
function UnitLines({ unit, year, asOfMonth }: { unit: UnitProgress; year: number; asOfMonth: number }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const letter = useQuery({
    queryKey: ['targets', 'letter', unit.letterId],
    queryFn: () => api<LetterInfo>('GET', `/api/targets/letters/${unit.letterId}`),
  });
  const [drill, setDrill] = useState<UnitLine>();
  const [reporting, setReporting] = useState<UnitLine>();
  const answers =
    (user?.role === 'liaison' && unit.unitKind === 'jurisdiction' && user.jurisdictionCode === unit.unit.code) ||
    (user?.role === 'staff' &&
      ((unit.unitKind === 'section' && user.sectionCode === unit.unit.code) ||
        (unit.unitKind === 'staff' && String(user.id) === unit.unit.code)));
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('letter.status')}>
          <Tag>{t(`letter.statuses.${unit.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('letter.signatory')}>{letter.data?.signatory ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('letter.signedOn')}>{formatDate(letter.data?.signedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('cockpit.asOf')}>
          {t('cockpit.month', { year, month: asOfMonth })}
        </Descriptions.Item>
      </Descriptions>
      {unit.lagging ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('letter.laggingAlert', { count: unit.lagging })}
        />
      ) : null}
      <Table<UnitLine>
        size="small"
        rowKey="itemId"
        dataSource={unit.lines}
        pagination={false}
        scroll={{ x: 860 }}
        rowClassName={(l) => (l.likelyMiss ? 'kg-row-warning' : '')}
        columns={[
          { title: t('target.indicator'), dataIndex: 'name' },
          { title: t('cockpit.share'), width: 120, render: (_, l) => shareText(l.share, l.unit) },
          {
            title: t('target.current'),
            width: 130,
            align: 'right',
            render: (_, l) =>
              l.metric ? (
                <Button type="link" size="small" onClick={() => setDrill(l)}>
                  {figureText(l.value, l.unit)}
                </Button>
              ) : (
                figureText(l.value, l.unit)
              ),
          },
          {
            title: t('target.progress'),
            width: 170,
            render: (_, l) =>
              l.value === null ? (
                <span className="kg-muted">{t('letter.unreported')}</span>
              ) : (
                <Progress
                  size="small"
                  percent={pct(l.ratio)}
                  status={l.likelyMiss ? 'exception' : l.ratio >= 1 ? 'success' : 'active'}
                />
              ),
          },
          {
            title: t('cockpit.projection'),
            width: 120,
            align: 'right',
            render: (_, l) => (
              <span style={{ color: l.likelyMiss ? '#d4380d' : undefined }}>{figureText(l.projection, l.unit)}</span>
            ),
          },
          {
            title: t('target.status'),
            width: 100,
            render: (_, l) => (
              <Tag color={l.likelyMiss ? 'red' : statusColors[l.status]}>
                {l.likelyMiss ? t('letter.likelyMiss') : t(`target.statuses.${l.status}`)}
              </Tag>
            ),
          },
          { title: t('target.weight'), dataIndex: 'weight', width: 60 },
          {
            title: t('target.source'),
            width: 200,
            render: (_, l) =>
              l.source === 'manual' ? (
                <Space size={4}>
                  <span>
                    {l.reportedQuarter
                      ? t('letter.reportedQuarter', { quarter: l.reportedQuarter })
                      : t('target.manualSource')}
                  </span>
                  {answers && ['issued', 'signed', 'locked'].includes(unit.status) ? (
                    <Button size="small" type="primary" onClick={() => setReporting(l)}>
                      {t('targetReport.write')}
                    </Button>
                  ) : null}
                </Space>
              ) : (
                t(l.source === 'city' ? 'letter.cityFigure' : 'letter.computed')
              ),
          },
        ]}
      />
      {drill?.metric ? (
        <MetricDrillDown
          metricKey={drill.metric.key}
          fixed={drill.metric.filters}
          year={year}
          through={asOfMonth}
          title={`${unitName(unit.unit)} · ${drill.name}`}
          onClose={() => setDrill(undefined)}
        />
      ) : null}
      {reporting ? (
        <ReportModal
          line={reporting}
          unitName={unitName(unit.unit)}
          year={year}
          letterId={unit.letterId}
          defaultQuarter={Math.max(1, Math.min(4, Math.ceil(asOfMonth / 3)))}
          onClose={() => setReporting(undefined)}
        />
      ) : null}
    </>
  );
}

interface ReportRow {
  id: number;
  letterItemId: number;
  quarter: number;
  value: number;
  note: string | null;
  status: string;
  reviewReason: string | null;
  evidence: { id: number; name: string; size: number }[];
}

/**
 * 进度报送: the unit's figure for a quarter (cumulative for the year), with its evidence. Saving keeps a
 * draft; submitting sends it to the bureau for review. A returned report comes back here with the reason.
 */
function ReportModal({
  line,
  unitName,
  year,
  letterId,
  defaultQuarter,
  onClose,
}: {
  line: UnitLine;
  unitName: string;
  year: number;
  letterId: number;
  defaultQuarter: number;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useQueryClient();
  const [form] = Form.useForm<{ quarter: number; value: number; note?: string }>();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number>();
  const [busy, setBusy] = useState(false);
  const quarter = Form.useWatch('quarter', form) ?? defaultQuarter;
  const reports = useQuery({
    queryKey: ['targets', 'reports', year, letterId],
    queryFn: () => api<{ items: ReportRow[] }>('GET', `/api/targets/reports?year=${year}&letterId=${letterId}`),
  });
  const existing = reports.data?.items.find((r) => r.letterItemId === line.itemId && r.quarter === quarter);
  const locked = existing && !['draft', 'returned'].includes(existing.status);

  const save = async (submit: boolean) => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const { id } = await api<{ id: number }>('POST', '/api/targets/reports', {
        letterItemId: line.itemId,
        quarter: values.quarter,
        value: values.value,
        note: values.note ?? null,
      });
      for (const [i, file] of files.entries()) {
        const body = new FormData();
        body.append('file', file);
        await upload(`/api/targets/reports/${id}/evidence`, body, (p) =>
          setProgress(Math.round(((i + p / 100) / files.length) * 100)),
        );
      }
      setFiles([]);
      setProgress(undefined);
      if (submit) await api('POST', `/api/targets/reports/${id}/actions`, { action: 'submit' });
      await client.invalidateQueries({ queryKey: ['targets'] });
      notify.success(submit ? t('targetReport.submitted') : t('common.saved'));
      if (submit) onClose();
    } catch (error) {
      notify.error(error);
      await client.invalidateQueries({ queryKey: ['targets', 'reports'] });
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };
  const removeEvidence = async (id: number) => {
    try {
      await api('DELETE', `/api/targets/evidence/${id}`);
      await client.invalidateQueries({ queryKey: ['targets', 'reports'] });
    } catch (error) {
      notify.error(error);
    }
  };
  return (
    <Modal
      open
      title={t('targetReport.titleOf', { unit: unitName, indicator: line.name })}
      onCancel={onClose}
      width={620}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" disabled={locked} loading={busy} onClick={() => void save(false)}>
          {t('targetReport.saveDraft')}
        </Button>,
        <Button key="submit" type="primary" disabled={locked} loading={busy} onClick={() => void save(true)}>
          {t('targetReport.submit')}
        </Button>,
      ]}
    >
      <p className="kg-muted">{t('targetReport.hint', { share: shareText(line.share, line.unit) })}</p>
      {existing?.status === 'returned' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('targetReport.returnedBecause', { reason: existing.reviewReason })}
        />
      ) : null}
      {locked ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t(`targetReport.lockedStatus.${existing.status}`)}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ quarter: defaultQuarter, value: existing?.value }}
        key={existing?.id ?? 'new'}
      >
        <Space wrap size="large">
          <Form.Item name="quarter" label={t('targetReport.quarter')} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={[1, 2, 3, 4].map((q) => ({
                value: q,
                label: t('targetReport.quarterOf', { year, quarter: q }),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="value"
            label={t('targetReport.value', { unit: line.unit })}
            rules={[{ required: true, message: t('targetReport.valueRequired') }]}
          >
            <InputNumber min={0} max={1e12} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('targetReport.note')}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('targetReport.notePlaceholder')} />
        </Form.Item>
      </Form>
      <div style={{ marginBottom: 8 }}>
        <b>{t('targetReport.evidence')}</b> <span className="kg-muted">{t('targetReport.evidenceHint')}</span>
      </div>
      {existing?.evidence.length ? (
        <ul style={{ paddingLeft: 18 }}>
          {existing.evidence.map((e) => (
            <li key={e.id}>
              <a href={`/api/targets/evidence/${e.id}`} target="_blank" rel="noreferrer">
                {e.name}
              </a>{' '}
              {locked ? null : (
                <Button type="link" size="small" danger onClick={() => void removeEvidence(e.id)}>
                  {t('common.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <Upload
        multiple
        disabled={locked}
        accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx"
        beforeUpload={(file) => {
          setFiles((f) => [...f, file]);
          return false;
        }}
        onRemove={(file) => setFiles((f) => f.filter((x) => x.name !== file.name))}
        fileList={files.map((f, i) => ({ uid: String(i), name: f.name, status: 'done' as const }))}
      >
        <Button icon={<UploadOutlined />} disabled={locked}>
          {t('targetReport.chooseEvidence')}
        </Button>
      </Upload>
      {progress !== undefined ? <Progress percent={progress} size="small" style={{ marginTop: 8 }} /> : null}
    </Modal>
  );
}
