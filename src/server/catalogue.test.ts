import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from './errors.js';
import { problemCatalogue } from './problems.js';
import { problemOfIssue } from './zod-problems.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const han = /\p{Script=Han}/u;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

describe('every refusal in both languages', () => {
  it('gives every error code a Chinese and an English message with the same placeholders', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(han.test(entry.zh), `${code} zh`).toBe(true);
      expect(/[A-Za-z]/.test(entry.en) && !han.test(entry.en.replace(/\(.*?\)/g, '')), `${code} en`).toBe(true);
      expect(placeholders(entry.zh), code).toEqual(placeholders(entry.en));
    }
  });

  it('gives every field problem a Chinese and an English wording with the same placeholders', () => {
    for (const [problem, entry] of Object.entries(problemCatalogue)) {
      expect(han.test(entry.zh), `${problem} zh`).toBe(true);
      expect(/[A-Za-z]/.test(entry.en) && !han.test(entry.en.replace(/\(.*?\)/g, '')), `${problem} en`).toBe(true);
      expect(placeholders(entry.zh), problem).toEqual(placeholders(entry.en));
    }
  });

  it('leaves no field detail worded by hand in one language', () => {
    const handWorded = sources('src/domains').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const hits = [
        ...text.matchAll(/details:[^;]*?\bmessage: [`']|addIssue\(\{[^)]*message: [`']|\.refine\([^;]*?, '[^']+'\)/g),
      ];
      return hits.map((hit) => `${file}: ${hit[0].slice(0, 80)}`);
    });
    expect(handWorded).toEqual([]);
  });

  it('maps the shapes zod checks to problems, telling a missing value from a wrong one', () => {
    expect(problemOfIssue({ code: 'invalid_type', expected: 'number' }, false)).toEqual({ problem: 'required' });
    expect(problemOfIssue({ code: 'invalid_type', expected: 'number' }, true)).toEqual({ problem: 'expected_number' });
    expect(problemOfIssue({ code: 'too_big', origin: 'number', maximum: 100, inclusive: true }, true)).toEqual({
      problem: 'number_too_large',
      params: { maximum: '100' },
    });
    expect(problemOfIssue({ code: 'too_small', origin: 'string', minimum: 1 }, true)).toEqual({ problem: 'required' });
    expect(problemOfIssue({ code: 'too_small', origin: 'string', minimum: 2 }, true)).toEqual({
      problem: 'text_too_short',
      params: { minimum: '2' },
    });
    expect(problemOfIssue({ code: 'custom', params: { problem: 'weights_over_100', total: 120 } }, true)).toEqual({
      problem: 'weights_over_100',
      params: { total: 120 },
    });
    expect(problemOfIssue({ code: 'custom', params: { problem: 'no-such-problem' } }, true)).toEqual({
      problem: 'invalid',
    });
  });
});
