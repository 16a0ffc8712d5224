import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../lib/api';
import { PageTitle } from '../../shell/AppLayout';
import { MetricDrillDown } from '../metrics/MetricsPage';

interface Figure {
  text: string;
  value: number;
  metric: { key: string; filters: Record<string, string | number> } | null;
}
type Segment = string | Figure;
interface Report {
  title: string;
  year: number;
  sections: { heading: string; paragraphs: Segment[][] }[];
}

/**
 * 年度工作总结: the year's summary as the data write it, laid out like the printed document; every figure
 * is a link to the rows behind it. Download it as Word (GB/T 9704) or print this page.
 */
export function AnnualReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear() - 1;
  const report = useQuery({ queryKey: ['reports', 'annual', year], queryFn: () => api<Report>('GET', `/api/reports/annual?year=${year}`) });
  const [drill, setDrill] = useState<Figure>();
  const segment = (s: Segment, i: number) =>
    typeof s === 'string' ? (
      <span key={i}>{s}</span>
    ) : s.metric ? (
      <button key={i} type="button" className="kg-figure" title={t('annual.trace')} onClick={() => setDrill(s)}>
        {s.text}
      </button>
    ) : (
      <b key={i}>{s.text}</b>
    );
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
              options={Array.from({ length: 15 }, (_, i) => new Date().getFullYear() - i).concat([2009, 2008]).filter((y, i, a) => a.indexOf(y) === i).sort((a, b) => b - a).map((y) => ({ value: y, label: t('target.yearOf', { year: y }) }))}
            />
            <Button icon={<DownloadOutlined />} href={`/api/reports/annual.docx?year=${year}`}>
              {t('annual.docx')}
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('annual.print')}
            </Button>
          </Space>
        }
      />
      <Alert className="kg-no-print" type="info" showIcon style={{ marginBottom: 16 }} message={t('annual.hint')} />
      <Card className="kg-official">
        {report.isLoading ? <Spin /> : null}
        {report.isError ? <Alert type="error" showIcon message={(report.error as Error).message} /> : null}
        {report.data ? (
          <article>
            <h1>{`${report.data.title.replace(/年度?工作总结$/, '')}${report.data.year}年工作总结`}</h1>
            {report.data.sections.map((section) => (
              <section key={section.heading}>
                <h2>{section.heading}</h2>
                {section.paragraphs.map((p) => (
                  <p key={p.map((x) => (typeof x === 'string' ? x : x.text)).join('')}>{p.map(segment)}</p>
                ))}
              </section>
            ))}
          </article>
        ) : null}
      </Card>
      {drill?.metric ? <MetricDrillDown metricKey={drill.metric.key} fixed={Object.fromEntries(Object.entries(drill.metric.filters).filter(([k]) => k !== 'year'))} year={Number(drill.metric.filters.year)} title={drill.text} onClose={() => setDrill(undefined)} /> : null}
    </>
  );
}
