import { describe, expect, it } from 'vitest';
import { siteWords } from './words.js';

describe("the public site's phrases", () => {
  it('fills phrases in each language through the catalogue', () => {
    expect(siteWords.zh.page(2, 9)).toBe('第2页，共9页');
    expect(siteWords.en.page(2, 9)).toBe('Page 2 of 9');
    expect(siteWords.zh.results(200, '专利', true)).toBe('找到与“专利”相关的结果超过200条');
    expect(siteWords.en.results(5, 'patent', false)).toBe('5 results for “patent”');
    expect(siteWords.zh.messages.captchaQuestion(3, 4, 'plus')).toBe('3 加 4 等于多少？（请填写阿拉伯数字）');
    expect(siteWords.en.dateOf(2026, 3, 1)).toBe('2026-03-01');
    expect(siteWords.zh.dateOf(2026, 3, 1)).toBe('2026年3月1日');
  });
});
