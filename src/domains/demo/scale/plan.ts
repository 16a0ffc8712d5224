import * as clock from '../../../shared/clock.js';
/**
 * How much synthetic data a scale holds. A province (省) has about 100,000 organisations that deal with
 * the S&T administration, a million plan projects and five million patent applications over ten years; a
 * prefecture (设区市) a tenth of that, a county (县级市) a hundredth. The other registries follow in
 * proportion; subsidy claims and higher-level allocations follow from the patents and projects themselves.
 */
export const scales = ['county', 'prefecture', 'province'] as const;
export type Scale = (typeof scales)[number];

export const scaleFactors: Record<Scale, number> = { county: 0.01, prefecture: 0.1, province: 1 };

export interface ScaleCounts {
  /** The calendar years the data spans, oldest first; the last one is still in progress. */
  years: number[];
  /** Jurisdictions added to the demo city's 20 (towns, streets, zones of a bigger area). */
  jurisdictions: number;
  orgs: number;
  people: number;
  projects: number;
  patents: number;
  platforms: number;
  qualifications: number;
  cooperations: number;
  /** 企业自筹: one record per enterprise and year. */
  selfRaisedFunds: number;
  publicity: number;
}

/** Ten years to the current one (twelve-digit application numbers, the format since 2003), the demo's own years inside. */
export function scaleYears(): number[] {
  const current = clock.thisYear();
  return Array.from({ length: 10 }, (_, i) => current - 9 + i);
}

export function scaleCounts(scale: Scale): ScaleCounts {
  return scaledCounts(scaleFactors[scale]);
}

/** The province's counts times `factor` (the test uses a tiny one). */
export function scaledCounts(factor: number, years = scaleYears()): ScaleCounts {
  const n = (province: number, min = 1) => Math.max(min, Math.round(province * factor));
  return {
    years,
    jurisdictions: Math.max(0, Math.round(1000 * factor) - 20),
    orgs: n(100_000, 50),
    people: n(50_000, 20),
    projects: n(1_000_000, 100),
    patents: n(5_000_000, 200),
    platforms: n(5_000, 5),
    qualifications: n(30_000, 10),
    cooperations: n(50_000, 10),
    selfRaisedFunds: n(150_000, 10),
    publicity: n(20_000, 10),
  };
}
