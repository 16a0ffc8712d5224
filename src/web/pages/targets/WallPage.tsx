import { ExpandOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Empty, Spin } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { thisYear } from '../../lib/clock';
import { formatDateTime } from '../../lib/format';
import { chartMoney, figureText, unitText } from '../../lib/money';
import { type CityIndicator, type Overview, targetCounts, unitName, useOverview, useTargetYears } from './model';

echarts.use([BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

const pct = (ratio: number) => Math.round(ratio * 1000) / 10;
/** The wall's colours: each has its entry in a legend on screen. */
export const wallColours = {
  met: '#3ddc84',
  onCourse: '#4aa3ff',
  risk: '#ffb020',
  noFigure: '#8a99b3',
  projected: 'rgba(74,163,255,0.28)',
  goal: '#ff5c5c',
  lastYear: '#5b6f91',
};
const ink = '#c9d8f2';
const rule = 'rgba(255,255,255,0.08)';
/** How often the wall asks for new figures, in seconds; and how long each indicator stays in the month panel. */
const refreshSeconds = 60;
const turnSeconds = 20;

function colourOf(i: CityIndicator): string {
  if (i.value === null) return wallColours.noFigure;
  if (i.status === 'achieved' || i.status === 'exceeded') return wallColours.met;
  return i.likelyMiss ? wallColours.risk : wallColours.onCourse;
}

/** Type sized to the screen: designed at 1080 lines, the same layout on a 4K wall at twice the size. */
function useScale(): number {
  const [scale, setScale] = useState(() =>
    Math.max(0.6, Math.min(window.innerHeight / 1080, window.innerWidth / 1920)),
  );
  useEffect(() => {
    const resized = () => setScale(Math.max(0.6, Math.min(window.innerHeight / 1080, window.innerWidth / 1920)));
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, []);
  return scale;
}

/**
 * 大屏: the cockpit for a screen on the wall — full screen, dark, one screen tall at 1920×1080 and 3840×2160,
 * every bar with its figure, a legend for every colour, the units' ranking and the warnings in view, the
 * month panel turning through the indicators, and new figures every minute without a touch.
 */
export function WallPage() {
  const { t } = useTranslation();
  const scale = useScale();
  const years = useTargetYears();
  const [params] = useSearchParams();
  const year =
    Number(params.get('year')) ||
    (years.data?.items.includes(thisYear()) ? thisYear() : years.data?.items[0]) ||
    thisYear();
  const overview = useOverview(year, undefined, years.isSuccess, refreshSeconds);
  const data = overview.data;
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTurn((n) => n + 1), turnSeconds * 1000);
    return () => clearInterval(timer);
  }, []);

  if (!data) {
    return (
      <div className="kg-wall kg-wall-waiting">
        {overview.isError ? (overview.error as Error).message : <Spin size="large" />}
      </div>
    );
  }
  const indicators = data.indicators;
  const counts = targetCounts(indicators);
  const withMonths = indicators.filter((i) => i.months);
  const monthly = withMonths.length ? withMonths[turn % withMonths.length] : undefined;
  const font = (px: number) => Math.round(px * scale);

  return (
    <div className="kg-wall" style={{ fontSize: font(18) }}>
      <header className="kg-wall-head">
        <h1 style={{ fontSize: font(34) }}>{t('wall.title', { year })}</h1>
        <div className="kg-wall-meta">
          <span>
            {t('cockpit.asOf')} {t('cockpit.month', { year, month: data.asOfMonth })}
          </span>
          <span>{t('wall.updated', { at: formatDateTime(new Date(overview.dataUpdatedAt)) })}</span>
          <Button
            ghost
            size="small"
            style={{ fontSize: font(14), height: 'auto', padding: `${font(2)}px ${font(10)}px` }}
            icon={<ExpandOutlined />}
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            {t('wall.fullScreen')}
          </Button>
          <Link to={`/targets?year=${year}`} className="kg-wall-exit">
            <RollbackOutlined /> {t('wall.exit')}
          </Link>
        </div>
      </header>
      <section className="kg-wall-kpis" aria-label={t('wall.summary')}>
        <Kpi
          label={t('cockpit.achieved')}
          value={`${counts.met}`}
          of={`/ ${counts.total}`}
          colour={wallColours.met}
          font={font}
        />
        <Kpi
          label={t('cockpit.atRisk')}
          value={`${counts.atRisk}`}
          colour={counts.atRisk ? wallColours.risk : undefined}
          font={font}
        />
        <Kpi
          label={t('cockpit.warnings')}
          value={`${data.warnings.length}`}
          of={t('cockpit.lines')}
          colour={data.warnings.length ? wallColours.risk : undefined}
          font={font}
        />
        <Kpi label={t('wall.units')} value={`${data.units.length}`} of={t('wall.unitsSuffix')} font={font} />
        <Kpi
          label={t('wall.lagging')}
          value={`${data.units.filter((u) => u.lagging).length}`}
          of={t('wall.unitsSuffix')}
          colour={data.units.some((u) => u.lagging) ? wallColours.risk : undefined}
          font={font}
        />
      </section>
      <main className="kg-wall-grid">
        <section className="kg-wall-panel kg-wall-indicators">
          <h2 style={{ fontSize: font(22) }}>{t('cockpit.progress')}</h2>
          <ul className="kg-wall-legend" aria-label={t('wall.legend')}>
            <LegendEntry colour={wallColours.met} label={t('wall.legendMet')} />
            <LegendEntry colour={wallColours.onCourse} label={t('wall.legendOnCourse')} />
            <LegendEntry colour={wallColours.risk} label={t('wall.legendRisk')} />
            <LegendEntry colour={wallColours.noFigure} label={t('wall.legendNoFigure')} />
            <LegendEntry colour={wallColours.projected} label={t('cockpit.projected')} />
            <LegendEntry colour={wallColours.goal} label={t('wall.legendGoal')} line />
          </ul>
          {indicators.length ? (
            <IndicatorBars indicators={indicators} font={font} />
          ) : (
            <Empty description={t('target.none')} />
          )}
        </section>
        <section className="kg-wall-panel">
          <h2 style={{ fontSize: font(22) }}>
            {monthly ? t('wall.byMonthOf', { name: monthly.name }) : t('cockpit.byMonth')}
          </h2>
          {monthly ? <MonthBars indicator={monthly} year={year} through={data.asOfMonth} font={font} /> : <Empty />}
        </section>
        <section className="kg-wall-panel">
          <h2 style={{ fontSize: font(22) }}>
            {data.ranking
              ? t('cockpit.ranking', { round: t(`assessment.kinds.${data.ranking.kind}`) })
              : t('cockpit.completion')}
          </h2>
          <RankingBars data={data} font={font} />
        </section>
        <section className="kg-wall-panel kg-wall-warnings">
          <h2 style={{ fontSize: font(22) }}>{t('cockpit.warningList')}</h2>
          <WarningRows data={data} />
        </section>
      </main>
    </div>
  );
}

function Kpi({
  label,
  value,
  of,
  colour,
  font,
}: {
  label: string;
  value: string;
  of?: string;
  colour?: string;
  font(px: number): number;
}) {
  return (
    <div className="kg-wall-kpi">
      <span>{label}</span>
      <b style={{ color: colour, fontSize: font(44) }}>
        {value}
        {of ? <small style={{ fontSize: font(20) }}> {of}</small> : null}
      </b>
    </div>
  );
}

function LegendEntry({ colour, label, line = false }: { colour: string; label: string; line?: boolean }) {
  return (
    <li>
      <i
        className={line ? 'kg-wall-swatch kg-wall-swatch-line' : 'kg-wall-swatch'}
        style={line ? { borderColor: colour } : { background: colour }}
        aria-hidden
      />
      {label}
    </li>
  );
}

const axis = (font: (px: number) => number) => ({
  axisLabel: { color: ink, fontSize: font(15) },
  axisLine: { lineStyle: { color: rule } },
  splitLine: { lineStyle: { color: rule } },
});

function IndicatorBars({ indicators, font }: { indicators: CityIndicator[]; font(px: number): number }) {
  const { t } = useTranslation();
  const option = {
    animation: false,
    grid: { left: 8, right: font(64), top: 4, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      ...axis(font),
      axisLabel: { ...axis(font).axisLabel, formatter: '{value}%' },
      max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 20) * 20),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: indicators.map((i) => i.name),
      ...axis(font),
      axisLabel: { ...axis(font).axisLabel, width: font(230), overflow: 'truncate' },
    },
    series: [
      {
        name: t('cockpit.reached'),
        type: 'bar',
        barGap: '-100%',
        barMaxWidth: font(26),
        z: 3,
        data: indicators.map((i) => ({ value: pct(i.ratio), itemStyle: { color: colourOf(i) } })),
        // Every bar says its figure: the share of the target, and the figure itself.
        label: {
          show: true,
          position: 'right',
          color: '#fff',
          fontSize: font(15),
          formatter: (p: { dataIndex: number }) => {
            const i = indicators[p.dataIndex]!;
            return i.value === null ? t('wall.noFigure') : `${pct(i.ratio)}%  ${figureText(i.value, i.unit)}`;
          },
        },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: wallColours.goal, type: 'dashed', width: 2 },
          data: [{ xAxis: 100 }],
          label: { show: false },
        },
      },
      {
        name: t('cockpit.projected'),
        type: 'bar',
        barMaxWidth: font(26),
        z: 2,
        itemStyle: { color: wallColours.projected },
        data: indicators.map((i) => (i.projection !== null && i.target.min ? pct(i.projection / i.target.min) : 0)),
      },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} className="kg-wall-chart" style={{ height: '100%' }} notMerge />
  );
}

function MonthBars({
  indicator,
  year,
  through,
  font,
}: {
  indicator: CityIndicator;
  year: number;
  through: number;
  font(px: number): number;
}) {
  const { t } = useTranslation();
  const money = indicator.unit === '元' ? chartMoney() : undefined;
  const scale = (v: number) => (money ? money.scale(v) : v);
  const option = {
    animation: false,
    grid: { left: 8, right: 8, top: font(34), bottom: 4, containLabel: true },
    legend: { top: 0, textStyle: { color: ink, fontSize: font(15) }, itemWidth: font(18), itemHeight: font(12) },
    xAxis: {
      type: 'category',
      data: Array.from({ length: 12 }, (_, i) => t('overview.month', { month: i + 1 })),
      ...axis(font),
    },
    yAxis: {
      type: 'value',
      name: money ? money.name : unitText(indicator.unit),
      nameTextStyle: { color: ink, fontSize: font(14) },
      ...axis(font),
    },
    series: [
      {
        name: String(year),
        type: 'bar',
        itemStyle: { color: wallColours.onCourse },
        label: { show: true, position: 'top', color: '#fff', fontSize: font(13) },
        data: (indicator.months ?? []).map((v, i) => (i < through ? scale(v) : null)),
      },
      {
        name: String(year - 1),
        type: 'bar',
        itemStyle: { color: wallColours.lastYear },
        data: (indicator.lastYear ?? []).map(scale),
      },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} className="kg-wall-chart" style={{ height: '100%' }} notMerge />
  );
}

function RankingBars({ data, font }: { data: Overview; font(px: number): number }) {
  const rows = useMemo(() => {
    if (data.ranking)
      return data.ranking.units
        .filter((u) => u.rankGroup === 'territory')
        .map((u) => ({ name: `${u.rank}. ${unitName(u.unit)}`, value: u.total, text: `${u.total}` }));
    return data.units
      .filter((u) => u.unitKind === 'jurisdiction')
      .map((u) => {
        const weight = u.lines.reduce((a, l) => a + l.weight, 0) || 1;
        const done = pct(u.lines.reduce((a, l) => a + Math.min(1, l.ratio) * l.weight, 0) / weight);
        return { name: unitName(u.unit), value: done, text: `${done}%` };
      })
      .sort((a, b) => b.value - a.value);
  }, [data]);
  if (!rows.length) return <Empty />;
  const option = {
    animation: false,
    grid: { left: 8, right: font(56), top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', show: false, ...(data.ranking ? {} : { max: 100 }) },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      ...axis(font),
      axisLabel: { ...axis(font).axisLabel, width: font(150), overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: font(22),
        data: rows.map((r, i) => ({
          value: r.value,
          itemStyle: { color: i < 3 ? wallColours.met : wallColours.onCourse },
        })),
        label: {
          show: true,
          position: 'right',
          color: '#fff',
          fontSize: font(15),
          formatter: (p: { dataIndex: number }) => rows[p.dataIndex]!.text,
        },
      },
    ],
  };
  return (
    <ReactEChartsCore echarts={echarts} option={option} className="kg-wall-chart" style={{ height: '100%' }} notMerge />
  );
}

/** As many warnings as the panel holds, the rest counted below: nothing scrolls on a wall. */
function WarningRows({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const shown = data.warnings.slice(0, 6);
  if (!data.warnings.length) return <p className="kg-wall-calm">{t('cockpit.noWarnings')}</p>;
  return (
    <>
      <table className="kg-wall-table">
        <thead>
          <tr>
            <th scope="col">{t('cockpit.unit')}</th>
            <th scope="col">{t('target.indicator')}</th>
            <th scope="col">{t('cockpit.share')}</th>
            <th scope="col">{t('cockpit.projection')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((w) => (
            <tr key={`${w.letterId}-${w.indicatorId}`}>
              <td>{unitName(w.unit)}</td>
              <td>{w.name}</td>
              <td>{w.share}</td>
              <td style={{ color: wallColours.risk }}>{figureText(w.projection, w.unitOfMeasure)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.warnings.length > shown.length ? (
        <p className="kg-wall-more">{t('wall.moreWarnings', { count: data.warnings.length - shown.length })}</p>
      ) : null}
    </>
  );
}
