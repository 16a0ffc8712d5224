import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, formatTotal, formatYuan, groupedYuan, wanNumber, yuanToFen } from './money.js';

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

  it('writes one way on screen, in documents and in English: the unit chosen after rounding', () => {
    expect(formatTotal(99_999_999)).toBe('1亿元');
    expect(formatTotal('99999999.00', 'zh-CN', { grouped: true })).toBe('1亿元');
    expect(formatTotal(12_345_678)).toBe('1234.57万元');
    expect(formatTotal(12_345_678, 'zh-CN', { grouped: true })).toBe('1,234.57万元');
    expect(formatTotal(999_999_999, 'en')).toBe('¥1 billion');
    expect(formatTotal(-3000, 'zh-CN', { grouped: true })).toBe('-3,000元');
    expect(formatYuan('1260000.00')).toBe('1,260,000.00元');
    expect(formatYuan('1260000.50', 'zh-CN', { wan: true })).toBe('126万元');
    expect(formatYuan('1260001.00', 'zh-CN', { wan: true })).toBe('126.0001万元');
    expect(formatYuan('1260000.50', 'en', { wan: true })).toBe('¥1,260,000.50');
    expect(formatYuan('1260000', 'en')).toBe('¥1,260,000.00');
    expect(groupedYuan(126_000_050)).toBe('1,260,000.50');
    expect(wanNumber(967_550)).toBe('96.76');
  });
});
