import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

function webSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return webSources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function lookup(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

const sources = webSources(path.resolve('src/web')).map((file) => fs.readFileSync(file, 'utf8'));
const literalKeys = [
  ...new Set(sources.flatMap((text) => [...text.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!))),
];
const templatePrefixes = [
  ...new Set(sources.flatMap((text) => [...text.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)].map((m) => m[1]!))),
];

describe('interface strings', () => {
  it('has every key the screens use, in Chinese and in English', () => {
    expect(literalKeys.length).toBeGreaterThan(100);
    const missing = literalKeys.flatMap((key) => [
      ...(typeof lookup(zhCN, key) === 'string' ? [] : [`zh-CN ${key}`]),
      ...(typeof lookup(en, key) === 'string' ? [] : [`en ${key}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('has the groups that keys built at run time come from (orgType.…, roles.…)', () => {
    const missing = templatePrefixes.filter(
      (prefix) => typeof lookup(zhCN, prefix) !== 'object' || typeof lookup(en, prefix) !== 'object',
    );
    expect(missing).toEqual([]);
  });

  it('writes the English interface without Chinese, but for the product name', () => {
    const chinese: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (typeof node === 'string') {
        if (/[\u4e00-\u9fff]/.test(node.replace('科管', ''))) chinese.push(`${at}: ${node}`);
      } else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) walk(v, at ? `${at}.${k}` : k);
    };
    walk(en, '');
    expect(chinese).toEqual([]);
  });
});
