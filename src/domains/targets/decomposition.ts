import type { Direction } from './progress.js';

/** Letters of towns, zones, streets and departments decompose the city's figure; the bureau's sections do it again inside the bureau. */
export type DecompositionTier = 'territory' | 'bureau';

export interface Share {
  tier: DecompositionTier;
  min: number | null;
  max: number | null;
}

export interface TierSum {
  tier: DecompositionTier;
  units: number;
  min: number;
  max: number;
  /** short: below the city's lower target (or above its ceiling, for at-most indicators); over: more than asked. */
  status: 'balanced' | 'short' | 'over';
}

const cents = (n: number) => Math.round(n * 100);

/**
 * 目标分解校核: the units' shares of one indicator, summed per tier and set against the city target. A tier
 * with no letter carrying the indicator is not judged.
 */
export function checkDecomposition(
  target: { direction: Direction; min: number | null; max: number | null },
  shares: Share[],
): TierSum[] {
  const tiers: DecompositionTier[] = ['territory', 'bureau'];
  return tiers.flatMap((tier) => {
    const mine = shares.filter((s) => s.tier === tier);
    if (!mine.length) return [];
    const min = mine.reduce((a, s) => a + cents(s.min ?? 0), 0) / 100;
    const max = mine.reduce((a, s) => a + cents(s.max ?? s.min ?? 0), 0) / 100;
    let status: TierSum['status'];
    if (target.direction === 'at_most') {
      const ceiling = cents(target.max ?? 0);
      status = cents(max) > ceiling ? 'short' : cents(max) === ceiling ? 'balanced' : 'over';
    } else {
      const floor = cents(target.min ?? 0);
      status = cents(min) < floor ? 'short' : cents(min) === floor ? 'balanced' : 'over';
    }
    return [{ tier, units: mine.length, min, max, status }];
  });
}
