import {
  CheckCircleOutlined,
  FilePdfOutlined,
  HistoryOutlined,
  PrinterOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Popconfirm, Select, Space, Spin, Tag, Tooltip } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../lib/api';
import { useSession } from '../../lib/auth';
import { DownloadButton } from '../../lib/DownloadButton';
import { formatDateTime } from '../../lib/format';
import { useNotify } from '../../lib/notify';
import { PageTitle } from '../../shell/AppLayout';
import { MetricDrillDown } from '../metrics/MetricsPage';
import { annualKey, type Figure, type Section, useAnnualReport } from './model';
import { ReportArticle } from './ReportArticle';
import { VersionsDrawer } from './VersionsDrawer';
import { useDataYears, yearOptions } from '../../lib/clock';

/**
 * 年度工作总结: the year's summary as the data write it, laid out like the printed document; every figure
 * is a link to the rows behind it. Staff write the narrative of each part; finalising freezes it (a leader
 * may reopen it); every save is a version. Download it as Word (GB/T 9704) or PDF, or print this page.
 */
export function AnnualReportPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const years = useDataYears();
  // The summary a user means is the last complete year's; the current one reads as a year still running.
  const year = Number(params.get('year')) || years.lastComplete;
  const report = useAnnualReport(year);
  const [drill, setDrill] = useState<Figure>();
  const [history, setHistory] = useState(false);
  const [busy, setBusy] = useState(false);
  const data = report.data;
  const draft = data?.status === 'draft';

  const refresh = () => client.invalidateQueries({ queryKey: annualKey(year) });
  const send = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      notify.success(done);
    } catch (error) {
      notify.error(error);
      throw error;
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  const saveNarrative = (section: Section, paragraphs: string[], version: number) =>
    send(
      () => api('PUT', '/api/reports/annual/narratives', { year, section: section.key, paragraphs, version }),
      t('common.saved'),
    );
  // Parts whose editor is open: finalising waits until they are saved or cancelled.
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const onEditing = useCallback((key: string, open: boolean) => {
    setEditing((now) => {
      if (now.has(key) === open) return now;
      const next = new Set(now);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const act = (action: 'finalise' | 'reopen') =>
    send(
      () => api('POST', '/api/reports/annual/actions', { year, action, version: data!.version }),
      t(action === 'finalise' ? 'annual.finalised' : 'annual.reopened'),
    ).catch(() => undefined);

  return (
    <>
      <PageTitle
        title={t('annual.title')}
        extra={
          <Space wrap className="kg-no-print">
            <Select
              value={year}
              style={{ width: 110 }}
              aria-label={t('target.year')}
              onChange={(y: number) => setParams({ year: String(y) })}
              options={yearOptions(
                years.items.filter((y) => y <= years.current),
                (y) => t('target.yearOf', { year: y }),
              )}
            />
            <DownloadButton href={`/api/reports/annual.docx?year=${year}`}>{t('annual.docx')}</DownloadButton>
            <DownloadButton icon={<FilePdfOutlined />} href={`/api/reports/annual.pdf?year=${year}`}>
              {t('annual.pdf')}
            </DownloadButton>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('annual.print')}
            </Button>
            <Button icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
              {t('annual.versions')}
            </Button>
            {draft && can('staff', 'leader') ? (
              editing.size ? (
                <Tooltip title={t('annual.finaliseEditing')}>
                  <Button type="primary" icon={<CheckCircleOutlined />} disabled>
                    {t('annual.finalise')}
                  </Button>
                </Tooltip>
              ) : (
                <Popconfirm
                  title={t('annual.finaliseConfirm')}
                  onConfirm={() => act('finalise')}
                  okText={t('annual.finalise')}
                  cancelText={t('common.cancel')}
                >
                  <Button type="primary" icon={<CheckCircleOutlined />} loading={busy}>
                    {t('annual.finalise')}
                  </Button>
                </Popconfirm>
              )
            ) : null}
            {data?.status === 'final' && can('leader') ? (
              <Popconfirm
                title={t('annual.reopenConfirm')}
                onConfirm={() => act('reopen')}
                okText={t('annual.reopen')}
                cancelText={t('common.cancel')}
              >
                <Button icon={<RollbackOutlined />} loading={busy}>
                  {t('annual.reopen')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />
      {data ? (
        <Alert
          className="kg-no-print"
          type={draft ? 'info' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          message={
            <Space wrap>
              <Tag color={draft ? 'processing' : 'green'}>{t(`annual.status.${data.status}`)}</Tag>
              {draft
                ? t('annual.draftHint')
                : t('annual.finalHint', { by: data.finalisedBy ?? '—', at: formatDateTime(data.finalisedAt) })}
            </Space>
          }
        />
      ) : null}
      <Card className="kg-official">
        {report.isLoading ? <Spin /> : null}
        {report.isError ? <Alert type="error" showIcon message={(report.error as Error).message} /> : null}
        {data ? (
          <ReportArticle
            report={data}
            version={data.version}
            onFigure={setDrill}
            onSaveNarrative={draft && can('staff') ? saveNarrative : undefined}
            onEditing={onEditing}
          />
        ) : null}
      </Card>
      {drill?.metric ? (
        <MetricDrillDown
          metricKey={drill.metric.key}
          fixed={Object.fromEntries(Object.entries(drill.metric.filters).filter(([k]) => k !== 'year'))}
          year={Number(drill.metric.filters.year)}
          title={drill.text}
          onClose={() => setDrill(undefined)}
        />
      ) : null}
      {history ? <VersionsDrawer year={year} onFigure={setDrill} onClose={() => setHistory(false)} /> : null}
    </>
  );
}
