import { DesktopOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Select, Space, Statistic, Tag } from 'antd';
import { Table } from '../../lib/table';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MetricDrillDown } from '../metrics/MetricsPage';
import { chartMoney, figureText, unitText } from '../../lib/money';
import { type CityIndicator, type Overview, targetCounts, unitName, type UnitProgress, useOverview } from './model';
import { UnitDrawer } from './UnitLetter';
import { usePhone } from '../../lib/viewport';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);

const pct = (ratio: number) => Math.round(ratio * 1000) / 10;
const palette = { done: '#1f8a4c', onCourse: '#3b7dd8', risk: '#e6912f', manual: '#8c8c8c' };
/** The risk amber is for bars; as words and figures it is darkened to keep 4.5:1 on white (WCAG AA). */
const riskText = '#ad4e00';

/** A unit's completion: its lines' shares reached (each at most 100%), weighted. */
function completionOf(u: UnitProgress): number {
  const weight = u.lines.reduce((a, l) => a + l.weight, 0) || 1;
  return u.lines.reduce((a, l) => a + Math.min(1, l.ratio) * l.weight, 0) / weight;
}

interface DrillDown {
  metricKey: string;
  fixed: Record<string, string | number>;
  year: number;
  through?: number;
  title: string;
}

/**
 * 驾驶舱: every city indicator against its target and where it is heading, one indicator month by month
 * against last year, the units ranked, and those likely to miss — each bar opens the rows behind it.
 */
export function Cockpit({ year }: { year: number }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState<number>();
  const overview = useOverview(year, asOf);
  const data = overview.data;
  // On a phone the labels give way to the bars.
  const narrow = usePhone();
  const [drill, setDrill] = useState<DrillDown>();
  const [unit, setUnit] = useState<UnitProgress>();
  const charted = data?.indicators ?? [];
  const [picked, setPicked] = useState<number>();
  const monthly = charted.find((i) => i.id === picked) ?? charted.find((i) => i.months);

  const openIndicator = (i: CityIndicator) => {
    if (i.metric)
      setDrill({ metricKey: i.metric.key, fixed: i.metric.filters, year, through: data?.asOfMonth, title: i.name });
  };
  if (overview.isError) return <Alert type="error" showIcon message={(overview.error as Error).message} />;
  if (data && !data.indicators.length && !data.units.length) return <Empty description={t('target.none')} />;
  const { met: achieved, atRisk } = targetCounts(charted);
  return (
    <>
      <div className="kg-cockpit-tools">
        <Link to={`/wall?year=${year}`} target="_blank" rel="noopener">
          <DesktopOutlined /> {t('wall.open')}
        </Link>
      </div>
      {data?.refreshing ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('cockpit.refreshing')} />
      ) : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('cockpit.asOf')}
              value={data ? t('cockpit.month', { year, month: data.asOfMonth }) : '—'}
            />
            <Select
              size="small"
              style={{ width: '100%', marginTop: 8 }}
              value={asOf ?? 0}
              onChange={(v: number) => setAsOf(v || undefined)}
              options={[
                { value: 0, label: t('cockpit.latest') },
                ...Array.from({ length: 12 }, (_, i) => ({
                  value: i + 1,
                  label: t('cockpit.through', { month: i + 1 }),
                })),
              ]}
              aria-label={t('cockpit.asOf')}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('cockpit.achieved')}
              value={achieved}
              suffix={`/ ${charted.length}`}
              valueStyle={{ color: palette.done }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('cockpit.atRisk')}
              value={atRisk}
              valueStyle={{ color: atRisk ? riskText : undefined }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('cockpit.warnings')}
              value={data?.warnings.length ?? 0}
              suffix={t('cockpit.lines')}
              valueStyle={{ color: data?.warnings.length ? riskText : undefined }}
            />
          </Card>
        </Col>
      </Row>
      {charted.length ? (
        <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
          <Col xs={24} xl={14}>
            <Card title={t('cockpit.progress')} loading={overview.isLoading}>
              <IndicatorChart
                narrow={narrow}
                indicators={charted}
                onPick={(i) => (i.metric ? openIndicator(i) : setPicked(i.id))}
              />
              <p className="kg-muted" style={{ margin: 0 }}>
                {t('cockpit.progressHint')}
              </p>
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card
              title={t('cockpit.byMonth')}
              loading={overview.isLoading}
              extra={
                <Select
                  size="small"
                  style={{ width: narrow ? 130 : 200 }}
                  value={monthly?.id}
                  onChange={setPicked}
                  aria-label={t('cockpit.byMonth')}
                  options={charted.filter((i) => i.months).map((i) => ({ value: i.id, label: i.name }))}
                />
              }
            >
              {monthly ? (
                <MonthChart
                  indicator={monthly}
                  year={year}
                  through={data?.asOfMonth ?? 12}
                  onPick={(month, y) =>
                    monthly.metric &&
                    setDrill({
                      metricKey: monthly.metric.key,
                      fixed: {
                        ...monthly.metric.filters,
                        from: `${y}-${String(month).padStart(2, '0')}-01`,
                        to: new Date(Date.UTC(y, month, 0)).toISOString().slice(0, 10),
                      },
                      year: y,
                      title: `${monthly.name} · ${t('cockpit.month', { year: y, month })}`,
                    })
                  }
                />
              ) : null}
            </Card>
          </Col>
        </Row>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            title={
              data?.ranking
                ? t('cockpit.ranking', { round: t(`assessment.kinds.${data.ranking.kind}`) })
                : t('cockpit.completion')
            }
            loading={overview.isLoading}
          >
            {data ? (
              <RankingChart
                narrow={narrow}
                data={data}
                onPick={(letterId) => setUnit(data.units.find((u) => u.letterId === letterId))}
              />
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('cockpit.warningList')} loading={overview.isLoading}>
            <Table
              size="small"
              rowKey={(w) => `${w.letterId}-${w.indicatorId}`}
              dataSource={data?.warnings ?? []}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              scroll={{ x: 560 }}
              locale={{ emptyText: t('cockpit.noWarnings') }}
              onRow={(w) => ({
                onClick: () => setUnit(data?.units.find((u) => u.letterId === w.letterId)),
                style: { cursor: 'pointer' },
              })}
              columns={[
                { title: t('cockpit.unit'), render: (_, w) => unitName(w.unit) },
                { title: t('target.indicator'), dataIndex: 'name' },
                { title: t('cockpit.share'), dataIndex: 'share', width: 110 },
                {
                  title: t('cockpit.projection'),
                  width: 120,
                  align: 'right',
                  render: (_, w) => (
                    <span style={{ color: palette.risk }}>{figureText(w.projection, w.unitOfMeasure)}</span>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <UnitsTable data={data} onOpen={setUnit} loading={overview.isLoading} />
      {drill ? (
        <MetricDrillDown
          metricKey={drill.metricKey}
          fixed={drill.fixed}
          year={drill.year}
          through={drill.through}
          title={drill.title}
          onClose={() => setDrill(undefined)}
        />
      ) : null}
      {unit && data ? (
        <UnitDrawer unit={unit} year={year} asOfMonth={data.asOfMonth} onClose={() => setUnit(undefined)} />
      ) : null}
    </>
  );
}

function IndicatorChart({
  indicators,
  onPick,
  narrow,
}: {
  indicators: CityIndicator[];
  onPick(i: CityIndicator): void;
  narrow: boolean;
}) {
  const { t } = useTranslation();
  const option = {
    grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0, data: [t('cockpit.reached'), t('cockpit.projected')] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const i = indicators[params[0]!.dataIndex]!;
        return `<b>${i.name}</b><br/>${t('target.target')}：${i.target.text}<br/>${t('target.current')}：${figureText(i.value, i.unit)}（${pct(i.ratio)}%）<br/>${t('cockpit.projection')}：${figureText(i.projection, i.unit)}`;
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: '{value}%' },
      max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 20) * 20),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: indicators.map((i) => i.name),
      axisLabel: { width: narrow ? 84 : 170, overflow: 'truncate' },
    },
    series: [
      {
        name: t('cockpit.reached'),
        type: 'bar',
        barGap: '-100%',
        z: 3,
        data: indicators.map((i) => ({
          value: pct(i.ratio),
          itemStyle: {
            color:
              i.value === null
                ? palette.manual
                : i.status === 'achieved' || i.status === 'exceeded'
                  ? palette.done
                  : i.likelyMiss
                    ? palette.risk
                    : palette.onCourse,
          },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#c0392b', type: 'dashed' },
          data: [{ xAxis: 100 }],
          label: { formatter: t('target.goal'), position: 'insideEndTop' },
        },
      },
      {
        name: t('cockpit.projected'),
        type: 'bar',
        z: 2,
        itemStyle: { color: 'rgba(59,125,216,0.18)' },
        data: indicators.map((i) => (i.projection !== null && i.target.min ? pct(i.projection / i.target.min) : 0)),
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: Math.max(260, indicators.length * 32 + 50) }}
      notMerge
      onEvents={{ click: (e: { dataIndex: number }) => onPick(indicators[e.dataIndex]!) }}
    />
  );
}

function MonthChart({
  indicator,
  year,
  through,
  onPick,
}: {
  indicator: CityIndicator;
  year: number;
  through: number;
  onPick(month: number, year: number): void;
}) {
  const { t } = useTranslation();
  const money = indicator.unit === '元' ? chartMoney() : undefined;
  const scale = (v: number) => (money ? money.scale(v) : v);
  const option = {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => t('overview.month', { month: i + 1 })) },
    yAxis: { type: 'value', name: money ? money.name : unitText(indicator.unit) },
    series: [
      {
        name: String(year),
        type: 'bar',
        itemStyle: { color: '#1f6fb2' },
        data: (indicator.months ?? []).map((v, i) => (i < through ? scale(v) : null)),
      },
      {
        name: String(year - 1),
        type: 'bar',
        itemStyle: { color: '#b5c7d8' },
        data: (indicator.lastYear ?? []).map(scale),
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: 300 }}
      notMerge
      onEvents={{
        click: (e: { dataIndex: number; seriesName: string }) => onPick(e.dataIndex + 1, Number(e.seriesName)),
      }}
    />
  );
}

/** Units ranked by the latest locked assessment, or by how much of their letters they have done. */
function RankingChart({ data, onPick, narrow }: { data: Overview; onPick(letterId: number): void; narrow: boolean }) {
  const { t } = useTranslation();
  const rows = useMemo(() => {
    if (data.ranking)
      return data.ranking.units
        .filter((u) => u.rankGroup === 'territory')
        .map((u) => ({ letterId: u.letterId, name: unitName(u.unit), value: u.total, label: `${u.rank}` }));
    return data.units
      .filter((u) => u.unitKind === 'jurisdiction')
      .map((u) => ({ letterId: u.letterId, name: unitName(u.unit), value: pct(completionOf(u)), label: '' }))
      .sort((a, b) => b.value - a.value);
  }, [data]);
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const option = {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', ...(data.ranking ? {} : { max: 100, axisLabel: { formatter: '{value}%' } }) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => (r.label ? `${r.label}. ${r.name}` : r.name)),
      axisLabel: { width: narrow ? 90 : 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((r, i) => ({ value: r.value, itemStyle: { color: i < 3 ? '#1f8a4c' : '#3b7dd8' } })),
        label: { show: true, position: 'right' },
      },
    ],
  };
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      style={{ height: Math.max(240, rows.length * 26 + 20) }}
      notMerge
      onEvents={{ click: (e: { dataIndex: number }) => onPick(rows[e.dataIndex]!.letterId) }}
      role="img"
      aria-label={t('cockpit.completion')}
    />
  );
}

function UnitsTable({ data, onOpen, loading }: { data?: Overview; onOpen(u: UnitProgress): void; loading: boolean }) {
  const { t } = useTranslation();
  const [group, setGroup] = useState<string>();
  const units = (data?.units ?? []).filter((u) => !group || u.unit.group === group);
  return (
    <Card
      title={t('cockpit.units')}
      style={{ marginTop: 16 }}
      extra={
        <Space wrap>
          <Select
            showSearch
            size="small"
            style={{ width: 180 }}
            placeholder={t('cockpit.openUnit')}
            aria-label={t('cockpit.openUnit')}
            optionFilterProp="label"
            value={null}
            onChange={(letterId: number) => {
              const picked = data?.units.find((u) => u.letterId === letterId);
              if (picked) onOpen(picked);
            }}
            options={(data?.units ?? []).map((u) => ({ value: u.letterId, label: unitName(u.unit) }))}
          />
          <Select
            allowClear
            size="small"
            style={{ width: 160 }}
            placeholder={t('cockpit.allGroups')}
            value={group}
            onChange={setGroup}
            aria-label={t('cockpit.allGroups')}
            options={['town', 'zone', 'street', 'department', 'section', 'staff'].map((g) => ({
              value: g,
              label: t(`letter.groups.${g}`),
            }))}
          />
        </Space>
      }
    >
      <Table<UnitProgress>
        size="small"
        rowKey="letterId"
        loading={loading}
        dataSource={units}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        onRow={(u) => ({ onClick: () => onOpen(u), style: { cursor: 'pointer' } })}
        scroll={{ x: 640 }}
        columns={[
          { title: t('cockpit.unit'), render: (_, u) => unitName(u.unit) },
          { title: t('letter.group'), width: 110, render: (_, u) => t(`letter.groups.${u.unit.group}`) },
          { title: t('cockpit.indicators'), width: 80, align: 'right', render: (_, u) => u.lines.length },
          {
            title: t('cockpit.completionRate'),
            width: 120,
            align: 'right',
            render: (_, u) => `${pct(completionOf(u))}%`,
          },
          {
            title: t('cockpit.lagging'),
            width: 110,
            render: (_, u) =>
              u.lagging ? (
                <Tag color="orange">{t('cockpit.laggingCount', { count: u.lagging })}</Tag>
              ) : (
                <Tag color="green">{t('cockpit.onCourse')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
