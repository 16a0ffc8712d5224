import * as clock from '../../shared/clock.js';
import { idNumberCheckCharacter } from '../people/id-number.js';
import { usccCheckCharacter } from '../orgs/uscc.js';

/** A small seeded generator (mulberry32): the demo city is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid 统一社会信用代码: authority and type prefix, the county's division code, an org code, the check. */
export function demoUscc(random: () => number, prefix: '91' | '12' | '93' | '52'): string {
  let body = `${prefix}321181`;
  for (let i = 0; i < 9; i++) body += i < 6 ? String(Math.floor(random() * 10)) : pick(random, usccAlphabet.split(''));
  return body + usccCheckCharacter(body)!;
}

/** A valid 身份证号码 born between 1960 and 1995 in the county. */
export function demoIdNumber(random: () => number): string {
  const year = 1960 + Math.floor(random() * 36);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const serial = String(Math.floor(random() * 1000)).padStart(3, '0');
  const body = `321181${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${serial}`;
  return body + idNumberCheckCharacter(body);
}

/**
 * The demo city's years, from the clock: C is the current year (progress up to today), L the last complete
 * year (the seed's own figures, so its summary reproduces the seed), and the years before L give the trends.
 */
export function demoYears(): { C: number; L: number; today: string } {
  const today = clock.today();
  const C = Number(today.slice(0, 4));
  return { C, L: C - 1, today };
}
