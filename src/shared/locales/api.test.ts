import { describe, expect, it } from 'vitest';
import { apiEn } from './api.en.js';
import { apiZhCN } from './api.zh-CN.js';

function leaves(tree: unknown, at = ''): [string, string][] {
  if (typeof tree === 'string') return [[at, tree]];
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

describe("the API's words", () => {
  it('has the same keys and placeholders in Chinese and in English', () => {
    const zh = new Map(leaves(apiZhCN));
    const en = new Map(leaves(apiEn));
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(
      [...zh].filter(([key, text]) => placeholders(text).join() !== placeholders(en.get(key) ?? '').join()),
    ).toEqual([]);
  });

  it('writes the English words without Chinese, and no placeholder in the old single-brace form', () => {
    expect(leaves(apiEn).filter(([, text]) => /\p{Script=Han}/u.test(text.replace(/\(.*?\)/g, '')))).toEqual([]);
    expect([...leaves(apiZhCN), ...leaves(apiEn)].filter(([, text]) => /(^|[^{])\{\w+\}(?!\})/.test(text))).toEqual([]);
  });
});
