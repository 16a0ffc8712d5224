import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Form, InputNumber, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { DownloadButton } from '../../lib/DownloadButton';
import { useSections } from '../../lib/dictionaries';
import { PageTitle } from '../../shell/AppLayout';
import { useTargetYears } from '../targets/model';
import { thisYear, today, useDataYears } from '../../lib/clock';

/** A card for one document: what it is, the choices it needs, and the download. */
function DocumentCard({
  title,
  hint,
  href,
  children,
}: {
  title: string;
  hint: string;
  href?: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card title={title} style={{ height: '100%' }}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form layout="vertical">{children}</Form>
      <DownloadButton type="primary" href={href} aria-label={t('paperwork.downloadOf', { title })}>
        {t('paperwork.download')}
      </DownloadButton>
    </Card>
  );
}

/**
 * 报告文书: the bureau's recurring documents drafted from the data — the year's work plan, a call's approval
 * list for publicity, an assessment's result notice to a unit, a section's monthly progress sheet.
 */
export function DocumentsPage() {
  const { t } = useTranslation();
  const sections = useSections();
  // The work plan of a year with an indicator system: the latest, unless another is picked.
  const targetYears = useTargetYears();
  const years = useDataYears().items;
  const [pickedPlanYear, setPlanYear] = useState<number>();
  const planYears = targetYears.data?.items.length ? targetYears.data.items : years;
  const planYear = pickedPlanYear ?? planYears[0] ?? thisYear();
  const [callYear, setCallYear] = useState(thisYear());
  const [callId, setCallId] = useState<number>();
  const [from, setFrom] = useState<Dayjs>(dayjs(today()));
  const [days, setDays] = useState(7);
  const [roundId, setRoundId] = useState<number>();
  const [letterId, setLetterId] = useState<number>();
  const [section, setSection] = useState<string>();
  const [month, setMonth] = useState<Dayjs>(dayjs(today()).subtract(1, 'month'));

  const calls = useQuery({
    queryKey: ['calls', 'year', callYear],
    queryFn: () =>
      api<{ items: { id: number; title: string; program: { name: string } }[] }>(
        'GET',
        `/api/calls?year=${callYear}&pageSize=200`,
      ),
  });
  const rounds = useQuery({
    queryKey: ['targets', 'assessments', 'all'],
    queryFn: () =>
      api<{ items: { id: number; year: number; kind: 'mid_year' | 'year_end'; status: string }[] }>(
        'GET',
        '/api/targets/assessments',
      ),
  });
  const round = useQuery({
    queryKey: ['targets', 'assessments', roundId],
    enabled: roundId !== undefined,
    queryFn: () =>
      api<{
        units: { letterId: number; unit: { name: string }; total: number; rank: number | null; rankOf: number }[];
      }>('GET', `/api/targets/assessments/${roundId}`),
  });
  const locked = (rounds.data?.items ?? []).filter((r) => r.status === 'signed_off');

  return (
    <>
      <PageTitle title={t('paperwork.title')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <DocumentCard
            title={t('paperwork.workPlan')}
            hint={t('paperwork.workPlanHint')}
            href={`/api/reports/work-plan.docx?year=${planYear}`}
          >
            <Form.Item label={t('target.year')}>
              <Select
                value={planYear}
                onChange={setPlanYear}
                virtual={false}
                options={planYears.map((y) => ({ value: y, label: t('target.yearOf', { year: y }) }))}
                style={{ width: 140 }}
              />
            </Form.Item>
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12}>
          <DocumentCard
            title={t('paperwork.approvalList')}
            hint={t('paperwork.approvalListHint')}
            href={
              callId
                ? `/api/reports/approval-list.docx?call=${callId}&from=${from.format('YYYY-MM-DD')}&days=${days}`
                : undefined
            }
          >
            <Row gutter={8}>
              <Col flex="140px">
                <Form.Item label={t('target.year')}>
                  <Select
                    value={callYear}
                    onChange={(y: number) => {
                      setCallYear(y);
                      setCallId(undefined);
                    }}
                    virtual={false}
                    options={years.map((y) => ({ value: y, label: t('target.yearOf', { year: y }) }))}
                  />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item label={t('paperwork.call')}>
                  <Select
                    value={callId}
                    onChange={setCallId}
                    loading={calls.isLoading}
                    showSearch
                    optionFilterProp="label"
                    placeholder={t('paperwork.pickCall')}
                    options={(calls.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={8}>
              <Col>
                <Form.Item label={t('paperwork.publicFrom')}>
                  <DatePicker value={from} onChange={(d) => d && setFrom(d)} allowClear={false} />
                </Form.Item>
              </Col>
              <Col>
                <Form.Item label={t('paperwork.publicDays')}>
                  <InputNumber min={5} max={30} value={days} onChange={(v) => setDays(v ?? 7)} />
                </Form.Item>
              </Col>
            </Row>
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12}>
          <DocumentCard
            title={t('paperwork.notice')}
            hint={t('paperwork.noticeHint')}
            href={
              roundId && letterId
                ? `/api/reports/assessment-notice.docx?assessment=${roundId}&letter=${letterId}`
                : undefined
            }
          >
            <Form.Item label={t('paperwork.round')}>
              <Select
                value={roundId}
                onChange={(id: number) => {
                  setRoundId(id);
                  setLetterId(undefined);
                }}
                placeholder={locked.length ? t('paperwork.pickRound') : t('paperwork.noLockedRound')}
                options={locked.map((r) => ({
                  value: r.id,
                  label: `${t('target.yearOf', { year: r.year })} · ${t(`assessment.kinds.${r.kind}`)}`,
                }))}
              />
            </Form.Item>
            <Form.Item label={t('paperwork.unit')}>
              <Select
                value={letterId}
                onChange={setLetterId}
                disabled={!roundId}
                loading={round.isLoading && roundId !== undefined}
                showSearch
                optionFilterProp="label"
                options={(round.data?.units ?? []).map((u) => ({
                  value: u.letterId,
                  label: `${u.unit.name}（${u.rank === null ? t('assessment.unranked') : t('paperwork.rankOf', { rank: u.rank, of: u.rankOf, total: u.total })}）`,
                }))}
              />
            </Form.Item>
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12}>
          <DocumentCard
            title={t('paperwork.monthly')}
            hint={t('paperwork.monthlyHint')}
            href={
              section
                ? `/api/reports/monthly-progress.xlsx?section=${encodeURIComponent(section)}&year=${month.year()}&month=${month.month() + 1}`
                : undefined
            }
          >
            <Row gutter={8}>
              <Col flex="auto">
                <Form.Item label={t('paperwork.section')}>
                  <Select
                    value={section}
                    onChange={setSection}
                    placeholder={t('paperwork.pickSection')}
                    options={(sections.data ?? []).map((s) => ({ value: s.code, label: s.name }))}
                  />
                </Form.Item>
              </Col>
              <Col>
                <Form.Item label={t('paperwork.month')}>
                  <DatePicker picker="month" value={month} onChange={(d) => d && setMonth(d)} allowClear={false} />
                </Form.Item>
              </Col>
            </Row>
          </DocumentCard>
        </Col>
      </Row>
    </>
  );
}
