import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter, isValidIdNumber, maskIdNumber, normaliseIdNumber } from './id-number.js';

describe('公民身份号码 (GB 11643-1999)', () => {
  it("accepts the standard's own examples, with X as check character", () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('440524188001010014')).toBe(true);
  });

  it('rejects a wrong check digit, an impossible date and a future birth', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    const feb30 = '32118119900230123';
    expect(isValidIdNumber(feb30 + idNumberCheckCharacter(feb30))).toBe(false);
    const future = '32118121000101123';
    expect(isValidIdNumber(future + idNumberCheckCharacter(future))).toBe(false);
  });

  it('normalises a lower-case x and masks all but the first and last four characters', () => {
    expect(normaliseIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
