import { useQuery } from '@tanstack/react-query';
import { answer, apiClient, type ResponseOf } from '../../lib/client';

/** The year's work summary as /api/reports/annual declares it. */
export type AnnualReport = ResponseOf<'/api/reports/annual'>;
/** A saved version, as it read then. */
export type Report = ResponseOf<'/api/reports/annual/versions/{version}'>;
export type Section = Report['sections'][number];
export type Segment = Section['paragraphs'][number][number];
export type Figure = Exclude<Segment, string>;
export type ReportVersion = ResponseOf<'/api/reports/annual/versions'>['items'][number];

export const annualKey = (year: number) => ['reports', 'annual', year] as const;

export function useAnnualReport(year: number) {
  return useQuery({
    queryKey: annualKey(year),
    queryFn: () => apiClient.GET('/api/reports/annual', { params: { query: { year } } }).then(answer),
  });
}

export function useReportVersions(year: number, enabled: boolean) {
  return useQuery({
    queryKey: [...annualKey(year), 'versions'],
    enabled,
    queryFn: () => apiClient.GET('/api/reports/annual/versions', { params: { query: { year } } }).then(answer),
  });
}

export function useReportVersion(year: number, version: number | undefined) {
  return useQuery({
    queryKey: [...annualKey(year), 'versions', version],
    enabled: version !== undefined,
    queryFn: () =>
      apiClient
        .GET('/api/reports/annual/versions/{version}', { params: { path: { version: version! }, query: { year } } })
        .then(answer),
  });
}

export const segmentText = (segments: Segment[]) => segments.map((x) => (typeof x === 'string' ? x : x.text)).join('');
