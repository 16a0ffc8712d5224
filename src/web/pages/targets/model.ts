import { useQuery } from '@tanstack/react-query';
import i18n from '../../i18n';
import { answer, apiClient, type ResponseOf } from '../../lib/client';
import { figureText } from '../../lib/money';

/** The cockpit's data, as /api/targets/overview declares it. */
export type Overview = ResponseOf<'/api/targets/overview'>;
export type CityIndicator = Overview['indicators'][number];
export type UnitProgress = Overview['units'][number];
export type UnitLine = UnitProgress['lines'][number];
export type Warning = Overview['warnings'][number];
export type Unit = UnitProgress['unit'];
export type Direction = CityIndicator['direction'];
export type Status = CityIndicator['status'];

/**
 * The year's count of targets met — achieved or exceeded, of all the year's indicators — and of those
 * likely to miss: one definition for the dashboard, the cockpit and the wall, so they never disagree.
 */
export function targetCounts(indicators: CityIndicator[]): { met: number; total: number; atRisk: number } {
  return {
    met: indicators.filter((i) => i.status === 'achieved' || i.status === 'exceeded').length,
    total: indicators.length,
    atRisk: indicators.filter((i) => i.likelyMiss).length,
  };
}

/** A share of a target as officials write it, money in 万元; in English with the unit in words. */
export function shareText(
  share: { direction: Direction; min: number | null; max: number | null; text: string },
  unit: string,
): string {
  if (unit !== '元' && i18n.language !== 'en') return share.text;
  if (share.direction === 'within') return `${figureText(share.min, unit)}—${figureText(share.max, unit)}`;
  return share.direction === 'at_most' ? `≤${figureText(share.max, unit)}` : figureText(share.min, unit);
}

export const statusColors: Record<Status, string> = {
  achieved: 'green',
  exceeded: 'blue',
  on_track: 'processing',
  behind: 'orange',
  unreported: 'default',
};

export function useOverview(year: number, asOf?: number, enabled = true, everySeconds?: number) {
  return useQuery({
    enabled,
    queryKey: ['targets', 'overview', year, asOf ?? null],
    queryFn: () =>
      apiClient.GET('/api/targets/overview', { params: { query: { year, asOf: asOf || undefined } } }).then(answer),
    // Figures still being recomputed after a change: ask again until the new ones are in; a wall asks on its own.
    refetchInterval: (query) => (query.state.data?.refreshing ? 3000 : everySeconds ? everySeconds * 1000 : false),
  });
}

/** The years with an indicator system, latest first; the page opens on the latest. */
export function useTargetYears() {
  return useQuery({
    queryKey: ['targets', 'years'],
    queryFn: () => apiClient.GET('/api/targets/years').then(answer),
  });
}

/** A unit's name in the interface language, where the dictionary has one. */
export function unitName(unit: Unit): string {
  return i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}
