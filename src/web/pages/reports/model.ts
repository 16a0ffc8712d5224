import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export interface Figure {
  text: string;
  value: number;
  metric: { key: string; filters: Record<string, string | number> } | null;
}
export type Segment = string | Figure;
export interface Section {
  key: string;
  /** 1: a numbered part (一、), 2: a sub-part ((一)), 0: a passage without a heading. */
  level: 0 | 1 | 2;
  heading: string;
  paragraphs: Segment[][];
  narrative: string[];
  /** Whether the document shows it (it has content). */
  shown: boolean;
}
export interface Report {
  title: string;
  year: number;
  sections: Section[];
  /** 落款: the bureau and the day (YYYY-MM-DD) the summary is dated. */
  signature?: { bureau: string; date: string };
  /** A year still running: the day its figures stand at. */
  through?: string | null;
}
export interface AnnualReport extends Report {
  status: 'draft' | 'final';
  version: number;
  finalisedAt: string | null;
  finalisedBy: string | null;
  updatedAt: string | null;
}
export interface ReportVersion {
  version: number;
  status: 'draft' | 'final';
  change: 'edit' | 'finalise' | 'reopen';
  section: string | null;
  savedAt: string;
  savedBy: string | null;
}

export const annualKey = (year: number) => ['reports', 'annual', year] as const;

export function useAnnualReport(year: number) {
  return useQuery({ queryKey: annualKey(year), queryFn: () => api<AnnualReport>('GET', `/api/reports/annual?year=${year}`) });
}

export function useReportVersions(year: number, enabled: boolean) {
  return useQuery({ queryKey: [...annualKey(year), 'versions'], enabled, queryFn: () => api<{ items: ReportVersion[] }>('GET', `/api/reports/annual/versions?year=${year}`) });
}

export function useReportVersion(year: number, version: number | undefined) {
  return useQuery({ queryKey: [...annualKey(year), 'versions', version], enabled: version !== undefined, queryFn: () => api<Report>('GET', `/api/reports/annual/versions/${version}?year=${year}`) });
}

export const segmentText = (segments: Segment[]) => segments.map((x) => (typeof x === 'string' ? x : x.text)).join('');
