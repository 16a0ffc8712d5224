import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import type { ProjectDetail } from '../../../lib/types';

interface Version {
  seq: number;
  checksum: string;
  submittedAt: string;
  submittedBy: string | null;
}
interface Comparison {
  from: Version;
  to: Version | null;
  sections: {
    key: string;
    title: string;
    changed: boolean;
    lines: { op: 'same' | 'added' | 'removed'; text: string }[];
  }[];
}

/**
 * 申报版本: every submission, and what changed — the latest against the one before, or a chosen pair; while
 * a returned application is revised, the revision against what was sent.
 */
export function VersionsCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const versions = useQuery({
    queryKey: ['projects', project.id, 'versions'],
    queryFn: () => api<{ items: Version[] }>('GET', `/api/projects/${project.id}/versions`),
  });
  const items = versions.data?.items ?? [];
  const revising = project.state === 'returned';
  const [pair, setPair] = useState<{ from?: number; to?: number | 'current' }>({});
  const to = pair.to ?? (revising ? 'current' : items.at(-1)?.seq);
  const from = pair.from ?? (to === 'current' ? items.at(-1)?.seq : typeof to === 'number' ? to - 1 : undefined);
  const canCompare = from !== undefined && from >= 1 && to !== undefined && (to === 'current' || to > from);
  const comparison = useQuery({
    queryKey: ['projects', project.id, 'versions', from, to, project.version],
    queryFn: () => api<Comparison>('GET', `/api/projects/${project.id}/versions/compare?from=${from}&to=${to}`),
    enabled: canCompare,
  });
  const [showSame, setShowSame] = useState(false);
  if (!items.length) return null;
  const options = items.map((v) => ({ value: v.seq, label: t('application.versions.seq', { seq: v.seq }) }));
  return (
    <Card title={t('application.versions.title')} style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={items}
        renderItem={(v) => (
          <List.Item>
            <Space wrap>
              <Tag color="blue">{t('application.versions.seq', { seq: v.seq })}</Tag>
              <span>
                {v.submittedBy
                  ? t('application.versions.submittedBy', { who: v.submittedBy, at: formatDateTime(v.submittedAt) })
                  : t('application.versions.submittedAt', { at: formatDateTime(v.submittedAt) })}
              </span>
              <Typography.Text code>{v.checksum}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {items.length > 1 || revising ? (
        <>
          <Space wrap style={{ margin: '12px 0' }}>
            <strong>{t('application.versions.compare')}</strong>
            <Select
              size="small"
              style={{ width: 120 }}
              value={from}
              options={options}
              onChange={(v) => setPair({ from: v, to })}
              aria-label={t('application.versions.compare')}
            />
            <span>→</span>
            <Select
              size="small"
              style={{ width: 260, maxWidth: '100%' }}
              value={to}
              options={[
                ...options,
                ...(revising ? [{ value: 'current' as const, label: t('application.versions.compareCurrent') }] : []),
              ]}
              onChange={(v) => setPair({ from, to: v })}
              aria-label={t('application.versions.compare')}
            />
            <Switch size="small" checked={showSame} onChange={setShowSame} />{' '}
            <span className="kg-muted">{t('application.versions.showSame')}</span>
          </Space>
          <Typography.Paragraph className="kg-muted">
            {to === 'current' ? t('application.versions.compareCurrent') : t('application.versions.compareLatest')}
          </Typography.Paragraph>
          {comparison.data ? <Differences comparison={comparison.data} showSame={showSame} /> : null}
        </>
      ) : null}
    </Card>
  );
}

function Differences({ comparison, showSame }: { comparison: Comparison; showSame: boolean }) {
  const { t } = useTranslation();
  const changed = comparison.sections.filter((s) => s.changed);
  if (!changed.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('application.versions.noChanges')} />;
  return (
    <>
      <Typography.Paragraph>
        {t('application.versions.changedSections', { sections: changed.map((s) => s.title).join('、') })}
      </Typography.Paragraph>
      {changed.map((section) => (
        <section key={section.key} className="kg-diff" data-testid={`diff-${section.key}`}>
          <Typography.Title level={5}>{section.title}</Typography.Title>
          {section.lines
            .map((line, position) => ({ ...line, position }))
            .filter((line) => showSame || line.op !== 'same')
            .map((line) => (
              <div key={line.position} className={`kg-diff-line kg-diff-${line.op}`}>
                <span className="kg-diff-mark" aria-hidden>
                  {line.op === 'added' ? '+' : line.op === 'removed' ? '−' : ' '}
                </span>
                {line.op === 'same' ? null : (
                  <span className="kg-visually-hidden">{t(`application.versions.${line.op}`)}：</span>
                )}
                {line.text}
              </div>
            ))}
        </section>
      ))}
    </>
  );
}
