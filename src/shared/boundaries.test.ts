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
    expect(server?.imports).toContain(path.join('domains', 'site', 'routes.js'));
  });

  it('keeps the server out of the browser app: nothing outside src/web imports from it', () => {
    const crossing = files
      .filter((f) => top(f.file) !== 'web')
      .flatMap((f) => f.imports.filter((i) => top(i) === 'web').map((i) => `${f.file} → ${i}`));
    expect(crossing).toEqual([]);
  });

  it('keeps src/shared free of the app: it imports nothing but itself', () => {
    const crossing = files
      .filter((f) => top(f.file) === 'shared')
      .flatMap((f) => f.imports.filter((i) => top(i) !== 'shared').map((i) => `${f.file} → ${i}`));
    expect(crossing).toEqual([]);
  });

  it('keeps the composition roots out of the domains: no domain imports the app, its wiring or the command line', () => {
    const roots = [path.join('server', 'app.js'), path.join('server', 'reactions.js'), path.join('server', 'jobs.js')];
    const crossing = files
      .filter((f) => top(f.file) === 'domains')
      .flatMap((f) => f.imports.filter((i) => roots.includes(i) || top(i) === 'cli').map((i) => `${f.file} → ${i}`));
    expect(crossing).toEqual([]);
  });
});

/** The domain a path under src/ belongs to (domains/<name>/…), if any. */
const domainOf = (relative: string) => (top(relative) === 'domains' ? relative.split(path.sep)[1] : undefined);

/** Domain → the domains it imports, with the file that does it. */
const domainEdges = new Map<string, Map<string, string>>();
for (const f of files) {
  const from = domainOf(f.file);
  if (!from) continue;
  for (const i of f.imports) {
    const to = domainOf(i);
    if (!to || to === from) continue;
    if (!domainEdges.has(from)) domainEdges.set(from, new Map());
    if (!domainEdges.get(from)!.has(to)) domainEdges.get(from)!.set(to, `${f.file} → ${i}`);
  }
}

/** Every cycle among the domains, each once, as the chain of imports that closes it. */
function domainCycles(): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const walk = (start: string, at: string, chain: string[], visited: Set<string>) => {
    for (const [next, via] of domainEdges.get(at) ?? []) {
      if (next === start) {
        const key = [...chain.map((c) => c.split(' → ')[0]!.split(path.sep)[1]), at].sort().join(',');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...chain, via]);
        }
      } else if (!visited.has(next) && next > start) walk(start, next, [...chain, via], new Set([...visited, next]));
    }
  };
  for (const start of domainEdges.keys()) walk(start, start, [], new Set([start]));
  return cycles;
}

describe('the boundaries between the domains', () => {
  it('finds the domains and what they import', () => {
    expect(domainEdges.get('todos')?.has('projects')).toBe(true);
  });

  it('forms no cycle: each domain can be read knowing only those below it', () => {
    expect(domainCycles()).toEqual([]);
  });
});
