import { progressOf, type Target } from './progress.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** At mid-year a unit is judged against half its share (时间过半、任务过半); a ceiling holds all year. */
export function expectedBy(share: Target, kind: 'mid_year' | 'year_end'): Target {
  if (kind === 'year_end' || share.direction === 'at_most') return share;
  const half = (v: number | null) => (v === null ? null : v / 2);
  return { ...share, min: half(share.min), max: half(share.max) };
}

/**
 * One indicator's points: its weight split between the part computed from the figure (the share reached,
 * up to all of it) and the part assessors score on site (up to its maximum).
 */
export function lineScore(o: {
  weight: number;
  onsiteShare: number;
  target: Target;
  value: number | null;
  onsiteScore: number | null;
}) {
  const onsiteMax = round2((o.weight * o.onsiteShare) / 100);
  const computedMax = round2(o.weight - onsiteMax);
  const reached = o.value === null ? 0 : progressOf(o.target, o.value);
  const ratio =
    reached === 0
      ? 0
      : reached.status === 'exceeded' && o.target.direction === 'at_most'
        ? 0
        : Math.min(1, reached.ratio);
  const computed = round2(computedMax * ratio);
  const onsite = o.onsiteScore === null ? 0 : Math.min(onsiteMax, o.onsiteScore);
  return { computedMax, onsiteMax, computed, onsite, points: round2(computed + onsite) };
}

/** 排名: highest total first; equal totals share a rank and the next rank skips (1, 2, 2, 4). */
export function rankByTotal<T extends { total: number }>(units: T[]): (T & { rank: number })[] {
  const sorted = [...units].sort((a, b) => b.total - a.total);
  return sorted.map((u, i) => {
    const first = sorted.findIndex((v) => Math.round(v.total * 100) === Math.round(u.total * 100));
    return { ...u, rank: (first === -1 ? i : first) + 1 };
  });
}

export const scoringRules = ['mean', 'trimmed_mean'] as const;
export type ScoringRule = (typeof scoringRules)[number];

/**
 * The team's on-site score from its members' sheets: their mean, or with the highest and the lowest dropped
 * (去掉一个最高分和一个最低分) when at least three scored. No sheet, no score.
 */
export function combineSheets(scores: number[], rule: ScoringRule): number | null {
  if (!scores.length) return null;
  const sorted = [...scores].sort((a, b) => a - b);
  const kept = rule === 'trimmed_mean' && sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  return round2(kept.reduce((a, v) => a + v, 0) / kept.length);
}
