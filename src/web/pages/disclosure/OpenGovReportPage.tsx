import { GlobalOutlined, LockOutlined, SaveOutlined, UnlockOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { thisYear } from '../../lib/clock';
import { DownloadButton } from '../../lib/DownloadButton';
import { formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { Table } from '../../lib/table';
import { PageTitle } from '../../shell/AppLayout';
import { applicantKinds, outcomes } from './model';

type Counts = Record<(typeof applicantKinds)[number] | 'total', number>;
type Outcome4 = { maintained: number; corrected: number; other: number; pending: number };
interface Report {
  year: number;
  status: 'draft' | 'final';
  version: number;
  finalisedAt: string | null;
  narrative: { overview: string[]; problems: string[]; other: string[] };
  entered: {
    permits: number;
    penalties: number;
    coercion: number;
    feesWan: number;
    reconsideration: Outcome4;
    litigationDirect: Outcome4;
    litigationAfterReview: Outcome4;
  };
  active: { issued: number; repealed: number; inForce: number; catalogue: number; all: number };
  requests: {
    received: Counts;
    carriedIn: Counts;
    carriedOut: Counts;
    decided: Counts;
    outcomes: Record<string, Counts>;
  };
}

const parts = ['overview', 'problems', 'other'] as const;
const reviewRows = ['reconsideration', 'litigationDirect', 'litigationAfterReview'] as const;
const reviewCols = ['maintained', 'corrected', 'other', 'pending'] as const;

/**
 * 政府信息公开工作年度报告: the tables counted from the site and the requests, the parts staff write, the figures
 * only they know; finalised (frozen), downloaded as .docx, and put on the site for review and publication.
 */
export function OpenGovReportPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { user } = useSession();
  const [year, setYear] = useState(thisYear() - 1);
  const report = useQuery({
    queryKey: ['disclosure', 'report', year],
    queryFn: () => api<Report>('GET', `/api/disclosure/reports/${year}`),
  });
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const r = report.data;
  useEffect(() => {
    if (r)
      form.setFieldsValue({
        ...Object.fromEntries(parts.map((p) => [p, r.narrative[p].join('\n\n')])),
        entered: r.entered,
      });
  }, [r, form]);
  const final = r?.status === 'final';
  const run = async <R,>(action: () => Promise<R>, done: string): Promise<R | undefined> => {
    setBusy(true);
    try {
      const result = await action();
      notify.success(done);
      await client.invalidateQueries({ queryKey: ['disclosure', 'report', year] });
      return result;
    } catch (error) {
      notify.error(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const v = await form.validateFields();
    const paragraphs = (text: string | undefined) =>
      (text ?? '')
        .split(/\n\s*\n|\n/)
        .map((p) => p.trim())
        .filter(Boolean);
    await run(
      () =>
        api('PUT', `/api/disclosure/reports/${year}`, {
          version: r!.version,
          narrative: Object.fromEntries(parts.map((p) => [p, paragraphs(v[p])])),
          entered: v.entered,
        }),
      t('common.saved'),
    );
  };
  const publish = async () => {
    const item = await run(
      () => api<{ id: number }>('POST', `/api/disclosure/reports/${year}/publication`),
      t('openGovReport.draftMade'),
    );
    if (item) void navigate(`/portal/items/${item.id}`);
  };
  const rows = r ? requestRows(r, t) : [];
  return (
    <>
      <PageTitle
        title={t('openGovReport.title')}
        extra={
          <Select
            value={year}
            style={{ width: 120 }}
            aria-label={t('openGovReport.year')}
            onChange={setYear}
            options={Array.from({ length: 6 }, (_, i) => thisYear() - i).map((y) => ({
              value: y,
              label: t('target.yearOf', { year: y }),
            }))}
          />
        }
      />
      {!r ? (
        <Skeleton active />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type={final ? 'success' : 'info'}
            showIcon
            title={
              final
                ? t('openGovReport.finalAt', { at: formatDateTime(r.finalisedAt) })
                : t('openGovReport.hint', { year, next: year + 1 })
            }
          />
          <Space wrap>
            <Tag color={final ? 'success' : 'processing'}>{t(`openGovReport.status.${r.status}`)}</Tag>
            {final ? null : (
              <Button icon={<SaveOutlined />} loading={busy} onClick={() => void save()}>
                {t('common.save')}
              </Button>
            )}
            {final ? null : (
              <Popconfirm
                title={t('openGovReport.finaliseConfirm')}
                onConfirm={() =>
                  void run(
                    () =>
                      api('POST', `/api/disclosure/reports/${year}/actions`, {
                        action: 'finalise',
                        version: r.version,
                      }),
                    t('openGovReport.finalised'),
                  )
                }
                okText={t('openGovReport.finalise')}
                cancelText={t('common.cancel')}
              >
                <Button type="primary" icon={<LockOutlined />} loading={busy} disabled={year >= thisYear()}>
                  {t('openGovReport.finalise')}
                </Button>
              </Popconfirm>
            )}
            {final && user?.role === 'leader' ? (
              <Button
                icon={<UnlockOutlined />}
                loading={busy}
                onClick={() =>
                  void run(
                    () =>
                      api('POST', `/api/disclosure/reports/${year}/actions`, { action: 'reopen', version: r.version }),
                    t('openGovReport.reopened'),
                  )
                }
              >
                {t('openGovReport.reopen')}
              </Button>
            ) : null}
            <DownloadButton href={`/api/disclosure/reports/${year}/docx`}>{t('openGovReport.docx')}</DownloadButton>
            {final ? (
              <Button icon={<GlobalOutlined />} loading={busy} onClick={() => void publish()}>
                {t('openGovReport.publish')}
              </Button>
            ) : null}
          </Space>
          <Form form={form} layout="vertical" disabled={final}>
            <Card size="small" title={t('openGovReport.parts.overview')}>
              <Form.Item name="overview" extra={t('openGovReport.overviewHint')} style={{ marginBottom: 0 }}>
                <Input.TextArea rows={5} maxLength={20000} aria-label={t('openGovReport.parts.overview')} />
              </Form.Item>
            </Card>
            <Card size="small" title={t('openGovReport.parts.active')} style={{ marginTop: 16 }}>
              <Typography.Paragraph>{t('openGovReport.activeCounted', r.active)}</Typography.Paragraph>
              <Row gutter={16}>
                {(['permits', 'penalties', 'coercion'] as const).map((k) => (
                  <Col key={k}>
                    <Form.Item name={['entered', k]} label={t(`openGovReport.entered.${k}`)}>
                      <InputNumber min={0} max={1000000} precision={0} />
                    </Form.Item>
                  </Col>
                ))}
                <Col>
                  <Form.Item name={['entered', 'feesWan']} label={t('openGovReport.entered.feesWan')}>
                    <InputNumber min={0} max={1000000} precision={2} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card size="small" title={t('openGovReport.parts.requests')} style={{ marginTop: 16 }}>
              <Table<{ key: string; label: string } & Counts>
                size="small"
                rowKey="key"
                dataSource={rows}
                pagination={false}
                scroll={{ x: 900 }}
                columns={[
                  { title: '', dataIndex: 'label', width: 320 },
                  ...[...applicantKinds, 'total' as const].map((k) => ({
                    title: t(k === 'total' ? 'openGovReport.total' : `disclosure.kinds.${k}`),
                    dataIndex: k,
                    width: 90,
                    align: 'right' as const,
                  })),
                ]}
              />
            </Card>
            <Card size="small" title={t('openGovReport.parts.review')} style={{ marginTop: 16 }}>
              {reviewRows.map((row) => (
                <Row key={row} gutter={16} align="bottom">
                  <Col flex="220px">
                    <Typography.Text>{t(`openGovReport.review.${row}`)}</Typography.Text>
                  </Col>
                  {reviewCols.map((col) => (
                    <Col key={col}>
                      <Form.Item name={['entered', row, col]} label={t(`openGovReport.reviewCols.${col}`)}>
                        <InputNumber min={0} max={1000000} precision={0} />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              ))}
            </Card>
            {(['problems', 'other'] as const).map((p) => (
              <Card key={p} size="small" title={t(`openGovReport.parts.${p}`)} style={{ marginTop: 16 }}>
                <Form.Item name={p} style={{ marginBottom: 0 }}>
                  <Input.TextArea rows={4} maxLength={20000} aria-label={t(`openGovReport.parts.${p}`)} />
                </Form.Item>
              </Card>
            ))}
          </Form>
        </Space>
      )}
    </>
  );
}

function requestRows(r: Report, t: (key: string, o?: Record<string, unknown>) => string) {
  const q = r.requests;
  const rows = [
    { key: 'received', label: t('openGovReport.rows.received'), ...q.received },
    { key: 'carriedIn', label: t('openGovReport.rows.carriedIn'), ...q.carriedIn },
  ];
  for (const [i, [outcome, reasons]] of Object.entries(outcomes).entries()) {
    rows.push({
      key: outcome,
      label: t('openGovReport.rows.outcome', { n: '一二三四五六'[i], label: t(`disclosure.outcomes.${outcome}`) }),
      ...q.outcomes[outcome]!,
    });
    for (const reason of reasons as readonly string[])
      rows.push({
        key: `${outcome}.${reason}`,
        label: `　${t(`disclosure.reasons.${reason}`)}`,
        ...q.outcomes[`${outcome}.${reason}`]!,
      });
  }
  rows.push(
    { key: 'decided', label: t('openGovReport.rows.decided'), ...q.decided },
    { key: 'carriedOut', label: t('openGovReport.rows.carriedOut'), ...q.carriedOut },
  );
  return rows;
}
