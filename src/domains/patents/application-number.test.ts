import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCharacter, parseApplicationNumber } from './application-number.js';

describe('patent application numbers (专利申请号)', () => {
  it('accepts real published numbers, in every way people write them', () => {
    // Published on granted patents: inventions, a utility model, and a check character X.
    expect(parseApplicationNumber('202010566088.9')).toEqual({
      number: '202010566088.9',
      type: 'invention',
      year: 2020,
    });
    expect(parseApplicationNumber('ZL 2015 1 0958772.0')).toEqual({
      number: '201510958772.0',
      type: 'invention',
      year: 2015,
    });
    expect(parseApplicationNumber('CN200510096239.4')).toMatchObject({ number: '200510096239.4', type: 'invention' });
    expect(parseApplicationNumber('ZL202322865413.3')).toEqual({
      number: '202322865413.3',
      type: 'utility_model',
      year: 2023,
    });
    expect(parseApplicationNumber('zl201811564288.x')).toMatchObject({ number: '201811564288.X' });
    expect(parseApplicationNumber('２０２５１０９４２５７８．７')).toMatchObject({ number: '202510942578.7' });
  });

  it('names what is wrong with a number that is not one', () => {
    expect(parseApplicationNumber('202010566088.8')).toEqual({ problem: 'check' });
    expect(parseApplicationNumber('202310123456.7')).toEqual({ problem: 'check' });
    expect(parseApplicationNumber('2020105660889')).toEqual({
      number: '202010566088.9',
      type: 'invention',
      year: 2020,
    });
    expect(parseApplicationNumber('20201056608')).toEqual({ problem: 'format' });
    expect(parseApplicationNumber('专利202010566088.9')).toEqual({ problem: 'format' });
    expect(parseApplicationNumber(`${2099}10566088.0`, 2026)).toEqual({ problem: 'year' });
    const badType = `20204056608${8}`;
    expect(parseApplicationNumber(`${badType}.${checkCharacter(badType)}`)).toEqual({ problem: 'type' });
  });

  it('reads the 1985–2003 eight-digit numbers', () => {
    const digits = '98223456';
    expect(parseApplicationNumber(`${digits}.${checkCharacter(digits)}`)).toMatchObject({
      type: 'utility_model',
      year: 1998,
    });
    const old = '03112345';
    expect(parseApplicationNumber(`${old}.${checkCharacter(old)}`)).toMatchObject({ type: 'invention', year: 2003 });
  });

  it('accepts every number with its own check character and refuses every other check character', () => {
    const number = fc.tuple(
      fc.integer({ min: 2003, max: 2026 }),
      fc.constantFrom('1', '2', '3', '8', '9'),
      fc.integer({ min: 0, max: 9_999_999 }),
    );
    fc.assert(
      fc.property(number, fc.constantFrom(...'0123456789X'), ([year, type, serial], other) => {
        const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
        const check = checkCharacter(digits);
        expect(parseApplicationNumber(`ZL${digits}.${check}`, 2026)).toMatchObject({ number: `${digits}.${check}` });
        if (other !== check) expect(parseApplicationNumber(`${digits}.${other}`, 2026)).toEqual({ problem: 'check' });
      }),
    );
  });
});
