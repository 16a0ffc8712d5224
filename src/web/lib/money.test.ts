import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatTotal, formatYuan } from './money';

describe('money as officials write it', () => {
  it('writes totals in 亿元 and 万元, rounded to two decimals of the unit, exactly', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(formatTotal('760540000.00')).toBe('7.61亿元');
    expect(formatTotal('747140000.00')).toBe('7.47亿元');
    expect(formatTotal('100000000.00')).toBe('1亿元');
    expect(formatTotal('107000.00')).toBe('10.7万元');
    expect(formatTotal('21000')).toBe('2.1万元');
    expect(formatTotal('9999.99')).toBe('9,999.99元');
    expect(formatTotal('3000.00')).toBe('3,000元');
    // Past what a double holds exactly: still exact.
    expect(formatTotal('123456789012345678.99')).toBe('1,234,567,890.12亿元');
    expect(formatTotal(null)).toBe('—');
  });

  it('writes them in English without 万', async () => {
    const { en } = await import('../../shared/locales/en');
    i18n.addResourceBundle('en', 'translation', en);
    await i18n.changeLanguage('en');
    try {
      expect(formatTotal('760540000.00')).toBe('¥760.54 million');
      expect(formatTotal('2500000000')).toBe('¥2.5 billion');
      expect(formatTotal('107000.00')).toBe('¥107,000');
      expect(formatYuan('107000.00', { wan: true })).toBe('¥107,000');
    } finally {
      await i18n.changeLanguage('zh-CN');
    }
  });
});
