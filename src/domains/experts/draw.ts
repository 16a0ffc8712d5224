import { createHash, randomBytes } from 'node:crypto';

/** Why an expert of the pool is not drawn for a call (回避 and availability). */
export type Exclusion = {
  expertId: number;
  reason: 'unavailable' | 'same_org' | 'same_jurisdiction' | 'declared';
  projectId?: number;
};

export interface PoolExpert {
  id: number;
  orgId: number | null;
  jurisdictionCode: string | null;
  fields: string[];
  available: boolean;
  unavailableUntil: string | null;
  conflictOrgIds: number[];
}

export interface ReviewedProject {
  id: number;
  orgId: number;
  jurisdictionCode: string;
}

/** A fresh seed for a draw: 16 hex characters, recorded with it. */
export function newSeed(): string {
  return randomBytes(8).toString('hex');
}

/** mulberry32 seeded from the SHA-256 of the seed: the same seed gives the same sequence on any machine. */
function generator(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 随机抽取: `size` of the candidates, in an order fixed by the seed alone — candidates are sorted first, so the
 * order they were listed in does not matter. Fewer candidates than asked gives them all.
 */
export function drawFrom(candidates: number[], size: number, seed: string): number[] {
  const pool = [...new Set(candidates)].sort((a, b) => a - b);
  const next = generator(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size);
}

/**
 * Who may review every given project: in the field asked (any, when none), available on `today`, and free of
 * every conflict — not of an applicant's organisation, not of its jurisdiction, no declared conflict with it.
 * Returns the candidates and, for the record, each expert left out with the first reason found.
 */
export function eligible(pool: PoolExpert[], projects: ReviewedProject[], o: { field?: string | null; today: string }) {
  const candidates: number[] = [];
  const excluded: Exclusion[] = [];
  for (const expert of pool) {
    if (o.field && !expert.fields.includes(o.field)) continue;
    if (!expert.available && (!expert.unavailableUntil || expert.unavailableUntil >= o.today)) {
      excluded.push({ expertId: expert.id, reason: 'unavailable' });
      continue;
    }
    const conflict = projects
      .map((p): Exclusion | null =>
        expert.orgId === p.orgId
          ? { expertId: expert.id, reason: 'same_org', projectId: p.id }
          : expert.jurisdictionCode && expert.jurisdictionCode === p.jurisdictionCode
            ? { expertId: expert.id, reason: 'same_jurisdiction', projectId: p.id }
            : expert.conflictOrgIds.includes(p.orgId)
              ? { expertId: expert.id, reason: 'declared', projectId: p.id }
              : null,
      )
      .find((c) => c !== null);
    if (conflict) excluded.push(conflict);
    else candidates.push(expert.id);
  }
  return { candidates, excluded };
}
