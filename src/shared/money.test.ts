import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, yuanToFen } from './money.js';

describe('money in yuan and fen', () => {
  it('converts exactly, from numbers and from strings', () => {
    expect(yuanToFen(1_260_000)).toBe(126_000_000);
    expect(yuanToFen('30000')).toBe(3_000_000);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(fenToYuan(126_000_000)).toBe('1260000.00');
  });

  it('refuses more than two decimal places, negatives and words', () => {
    expect(yuanToFen(1.005)).toBeUndefined();
    expect(yuanToFen('1.005')).toBeUndefined();
    expect(yuanToFen(-1)).toBeUndefined();
    expect(yuanToFen('一百')).toBeUndefined();
  });

  it('round-trips every amount in fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
  });
});
