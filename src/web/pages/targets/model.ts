import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import i18n from '../../i18n';
import { figureText } from '../../lib/money';

export type Direction = 'at_least' | 'at_most' | 'within';
export type Status = 'achieved' | 'behind' | 'exceeded' | 'on_track' | 'unreported';
export interface MetricRef {
  key: string;
  filters: Record<string, string | number>;
}
export interface Unit {
  name: string;
  nameEn: string | null;
  code: string;
  group: 'town' | 'zone' | 'street' | 'department' | 'section' | 'staff';
}
export interface Progress {
  value: number | null;
  ratio: number;
  status: Status;
  projection: number | null;
  likelyMiss: boolean;
}
/** An indicator of a year's system as it is defined: target, weight and where its figure comes from. */
export interface IndicatorDefinition {
  id: number;
  code: string;
  name: string;
  unit: string;
  direction: Direction;
  target: { min: number | null; max: number | null; text: string };
  weight: number;
  source: 'metric' | 'manual';
  metric: MetricRef | null;
}
export interface CityIndicator extends Progress, IndicatorDefinition {
  months: number[] | null;
  lastYear: number[] | null;
}
export interface UnitLine extends Progress {
  itemId: number;
  indicatorId: number;
  name: string;
  unit: string;
  source: 'metric' | 'city' | 'manual';
  metric: MetricRef | null;
  weight: number;
  share: { direction: Direction; min: number | null; max: number | null; text: string };
  reportedQuarter: number | null;
  months: number[] | null;
}
export interface UnitProgress {
  letterId: number;
  unitKind: 'jurisdiction' | 'section' | 'staff';
  status: string;
  unit: Unit;
  lines: UnitLine[];
  lagging: number;
}
export interface Warning {
  letterId: number;
  unit: Unit;
  indicatorId: number;
  name: string;
  unitOfMeasure: string;
  share: string;
  value: number | null;
  projection: number | null;
  ratio: number;
}
export interface Overview {
  year: number;
  /** Some figures are those computed before the latest change; new ones are on their way. */
  refreshing: boolean;
  asOfMonth: number;
  indicators: CityIndicator[];
  units: UnitProgress[];
  warnings: Warning[];
  ranking: { assessmentId: number; kind: 'mid_year' | 'year_end'; status: string; units: { letterId: number; unit: Unit; rankGroup: string; total: number; rank: number }[] } | null;
}

/**
 * The year's count of targets met — achieved or exceeded, of all the year's indicators — and of those
 * likely to miss: one definition for the dashboard, the cockpit and the wall, so they never disagree.
 */
export function targetCounts(indicators: CityIndicator[]): { met: number; total: number; atRisk: number } {
  return { met: indicators.filter((i) => i.status === 'achieved' || i.status === 'exceeded').length, total: indicators.length, atRisk: indicators.filter((i) => i.likelyMiss).length };
}

/** A share of a target as officials write it, money in 万元. */
export function shareText(share: { direction: Direction; min: number | null; max: number | null; text: string }, unit: string): string {
  if (unit !== '元') return share.text;
  if (share.direction === 'within') return `${figureText(share.min, unit)}—${figureText(share.max, unit)}`;
  return share.direction === 'at_most' ? `≤${figureText(share.max, unit)}` : figureText(share.min, unit);
}

export const statusColors: Record<Status, string> = { achieved: 'green', exceeded: 'blue', on_track: 'processing', behind: 'orange', unreported: 'default' };

export function useOverview(year: number, asOf?: number, enabled = true, everySeconds?: number) {
  return useQuery({
    enabled,
    queryKey: ['targets', 'overview', year, asOf ?? null],
    queryFn: () => api<Overview>('GET', `/api/targets/overview?year=${year}${asOf ? `&asOf=${asOf}` : ''}`),
    // Figures still being recomputed after a change: ask again until the new ones are in; a wall asks on its own.
    refetchInterval: (query) => (query.state.data?.refreshing ? 3000 : everySeconds ? everySeconds * 1000 : false),
  });
}

/** The years with an indicator system, latest first; the page opens on the latest. */
export function useTargetYears() {
  return useQuery({ queryKey: ['targets', 'years'], queryFn: () => api<{ items: number[] }>('GET', '/api/targets/years') });
}

/** A unit's name in the interface language, where the dictionary has one. */
export function unitName(unit: Unit): string {
  return i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}
