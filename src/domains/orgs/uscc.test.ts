import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUscc, normaliseUscc, usccCheckCharacter } from './uscc.js';

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'.split('');

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts codes published by real organisations', () => {
    // 小米科技有限责任公司, 华为技术有限公司, 阿里巴巴（中国）有限公司, a central public institution
    for (const code of ['91110108551385082Q', '914403001922038216', '91330100716105852F', '12100000400000624D']) {
      expect(isValidUscc(code)).toBe(true);
    }
  });

  it('rejects a wrong check character, a wrong length, letters outside the alphabet and a non-numeric division code', () => {
    expect(isValidUscc('91110108551385082R')).toBe(false);
    expect(isValidUscc('91110108551385082')).toBe(false);
    expect(isValidUscc('9111010855138508IQ')).toBe(false);
    expect(isValidUscc('91A10108551385082Q')).toBe(false);
  });

  it('normalises spaces, dashes and lower case as people type them', () => {
    expect(normaliseUscc(' 9111 0108-5513 85082q ')).toBe('91110108551385082Q');
  });

  it('detects every single-character change of a valid code', () => {
    const bodies = fc
      .tuple(
        fc.constantFrom('91', '12', '93', '52'),
        fc.stringMatching(/^[0-9]{6}$/),
        fc.array(fc.constantFrom(...alphabet), { minLength: 9, maxLength: 9 }),
      )
      .map(([prefix, division, org]) => prefix + division + org.join(''));
    fc.assert(
      fc.property(bodies, fc.nat(17), fc.constantFrom(...alphabet), (body, position, replacement) => {
        const code = body + usccCheckCharacter(body);
        expect(isValidUscc(code)).toBe(true);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        if (changed !== code && !(position >= 2 && position < 8 && !/[0-9]/.test(replacement))) {
          expect(isValidUscc(changed)).toBe(false);
        }
      }),
    );
  });
});
