import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve('src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Where each relative import of a file leads, as a path under src/ (its top folder first). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => path.relative(src, path.resolve(path.dirname(file), s)));
}

const top = (relative: string) => relative.split(path.sep)[0]!;
const files = sources(src).map((file) => ({ file: path.relative(src, file), imports: importsOf(file) }));

describe('the boundaries between the top folders', () => {
  it('reads every file and finds its imports', () => {
    const server = files.find((f) => f.file === path.join('server', 'app.ts'));
    expect(server?.imports).toContain(path.join('domains', 'portal', 'site.routes.js'));
  });

  it('keeps the server out of the browser app: nothing outside src/web imports from it', () => {
    const crossing = files.filter((f) => top(f.file) !== 'web').flatMap((f) => f.imports.filter((i) => top(i) === 'web').map((i) => `${f.file} → ${i}`));
    expect(crossing).toEqual([]);
  });

  it('keeps src/shared free of the app: it imports nothing but itself', () => {
    const crossing = files.filter((f) => top(f.file) === 'shared').flatMap((f) => f.imports.filter((i) => top(i) !== 'shared').map((i) => `${f.file} → ${i}`));
    expect(crossing).toEqual([]);
  });
});
