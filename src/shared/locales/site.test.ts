import { describe, expect, it } from 'vitest';
import { siteEn } from './site.en.js';
import { siteZhCN } from './site.zh-CN.js';

function leaves(tree: unknown, at = ''): [string, string][] {
  if (typeof tree === 'string') return [[at, tree]];
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

describe("the public site's words", () => {
  it('has the same keys in Chinese and in English, and the same placeholders in each', () => {
    const zh = new Map(leaves(siteZhCN));
    const en = new Map(leaves(siteEn));
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    // A date is written with its month and day as they are in Chinese (3月1日) and zero-padded in English (03-01).
    const dates = new Set(['site.dateOf', 'site.timeOf']);
    const differing = [...zh].filter(
      ([key, text]) => !dates.has(key) && placeholders(text).join() !== placeholders(en.get(key) ?? '').join(),
    );
    expect(differing).toEqual([]);
  });

  it('writes the English site without Chinese, but for the link to the Chinese site', () => {
    const chinese = leaves(siteEn).filter(([key, text]) => /[\u4e00-\u9fff]/.test(text) && key !== 'site.view.other');
    expect(chinese).toEqual([]);
  });
});
