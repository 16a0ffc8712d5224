import { readdirSync, readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * antd's styles as static CSS, split by component, so that a screen fetches the styles of the components it
 * draws and nothing else, and no phone spends its first seconds computing them.
 *
 * antd 6 writes its styles in the browser (CSS-in-JS) unless its theme says `zeroRuntime`; then it expects the
 * whole of `antd/dist/antd.css` (1 MB, 77 KB in brotli) — more than the login screen's every other byte. This
 * plugin cuts that file by component: each rule goes to the component whose class it styles (`.ant-btn…` to the
 * button), and each component's style hook (`antd/es/button/style/`, the module that would have computed them,
 * imported exactly where the component is drawn) imports its part instead, so Vite's CSS splitting sends a
 * component's styles with the chunk that draws it. Rules for no component (resets, links, icons, motion) go
 * with ConfigProvider, which every screen has. Token modules (`style/token.js`) are left alone: other components
 * borrow their figures without drawing them. The file's per-theme token blocks (`.css-var-…`) are dropped: antd still sets its
 * token variables at run time, from our theme. Every sheet is in the cascade layer `antd`: a screen's sheets
 * arrive in any order, after KeGuan's own, and a layer keeps KeGuan's rules above antd's whatever the order (as
 * antd's run-time styles did, always inserted first).
 */
export function antdStaticStyles(): Plugin {
  let parts: AntdStyleParts | undefined;
  let outDir = '';
  return {
    name: 'keguan-antd-static-styles',
    enforce: 'pre',
    configResolved(config) {
      outDir = path.join(config.cacheDir, 'antd-css');
    },
    async buildStart() {
      parts = await writeStyleParts(outDir);
    },
    transform(code, id) {
      if (!parts) return null;
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      if (file.endsWith('/node_modules/antd/es/config-provider/index.js')) return withImports(code, parts.common);
      const folder = /\/node_modules\/antd\/es\/([^/]+)\/style\/[^/]+\.js$/.exec(file)?.[1];
      if (!folder) return null;
      const text = withoutStyleFunctions(code, this.parse(code));
      return withImports(text, file.endsWith('/token.js') ? [] : (parts.byFolder.get(folder) ?? []));
    },
  };
}

function withImports(code: string, sheets: string[]): { code: string; map: null } {
  return { code: `${sheets.map((sheet) => `import ${JSON.stringify(sheet)};\n`).join('')}${code}`, map: null };
}

/** The calls that make a component's style hook: `genStyleHooks('Button', styleFn, prepareToken, options)`. */
const styleHookMakers = new Set(['genStyleHooks', 'genComponentStyleHook', 'genSubStyleComponent']);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * A style module with its style functions emptied: in zeroRuntime a hook never calls them (its rules are in the
 * static sheets), yet they are a third of antd's code. The hook itself stays — it still sets the component's
 * token variables — and the functions it no longer names fall out of the bundle.
 */
function withoutStyleFunctions(code: string, program: unknown): string {
  const cuts: [number, number][] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Node;
    if (n.type === 'CallExpression') {
      const callee = n.callee as Node & { name?: string };
      const args = n.arguments as Node[];
      if (callee.type === 'Identifier' && styleHookMakers.has(callee.name!) && args[1])
        cuts.push([args[1].start, args[1].end]);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && typeof value === 'object') visit(value);
  };
  visit(program);
  let text = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0]))
    text = `${text.slice(0, start)}() => []${text.slice(end)}`;
  return text;
}

interface AntdStyleParts {
  /** antd's component folder (`button`) → the style sheets its style modules import. */
  byFolder: Map<string, string[]>;
  /** The sheet of rules for no component, imported by ConfigProvider itself (its style module only re-exports, so a bundler may skip it). */
  common: string[];
}

const require = createRequire(import.meta.url);
const antdRoot = path.dirname(require.resolve('antd/package.json'));
/** The folders of antd/es that draw nothing of their own: their classes' rules go with every screen. */
const sharedFolders = new Set(['_util', 'style', 'theme', 'locale', 'version', 'config-provider']);

async function writeStyleParts(outDir: string): Promise<AntdStyleParts> {
  const css = await fs.readFile(path.join(antdRoot, 'dist', 'antd.css'), 'utf8');
  const owners = classOwners();
  const roots = [...owners.keys()].sort((a, b) => b.length - a.length);
  const sheets = new Map<string, string[]>();
  const add = (root: string, text: string) => {
    const list = sheets.get(root) ?? [];
    list.push(text);
    sheets.set(root, list);
  };
  const rootOf = (prelude: string): string | null => {
    const cls = /\.(css-var-[\w-]+|ant-[a-z-]+)/.exec(prelude)?.[1];
    if (!cls) return 'common';
    if (cls.startsWith('css-var-')) return null;
    const name = cls.slice('ant-'.length);
    const root = roots.find((r) => name === r || name.startsWith(`${r}-`));
    return root && owners.get(root)!.size > 0 ? root : 'common';
  };
  for (const statement of topLevelStatements(css)) {
    const open = statement.indexOf('{');
    const prelude = open < 0 ? statement : statement.slice(0, open);
    if (/^@(media|supports|container|layer)\b/.test(prelude)) {
      // A conditional group holds rules for several components: each keeps its rules under the same condition.
      const inner = new Map<string, string[]>();
      for (const rule of topLevelStatements(statement.slice(open + 1, -1))) {
        const root = rootOf(rule.slice(0, rule.indexOf('{')));
        if (root) inner.set(root, [...(inner.get(root) ?? []), rule]);
      }
      for (const [root, rules] of inner) add(root, `${prelude}{${rules.join('')}}`);
    } else if (prelude.startsWith('@')) {
      add('common', statement);
    } else {
      const root = rootOf(prelude);
      if (root) add(root, statement);
    }
  }
  await fs.mkdir(outDir, { recursive: true });
  const files = new Map<string, string>();
  for (const [root, texts] of sheets) {
    const file = path.join(outDir, `${root}.css`);
    await writeIfChanged(file, `@layer antd{${texts.join('\n')}}`);
    files.set(root, file);
  }
  const byFolder = new Map<string, string[]>();
  for (const [root, folders] of owners) {
    const file = files.get(root);
    if (!file) continue;
    for (const folder of folders) byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  const common = files.get('common');
  return { byFolder, common: common ? [common] : [] };
}

/** Rewriting an unchanged sheet would make a watching dev server reload for nothing. */
async function writeIfChanged(file: string, text: string): Promise<void> {
  const old = await fs.readFile(file, 'utf8').catch(() => null);
  if (old !== text) await fs.writeFile(file, text);
}

/**
 * Each class root antd names (`getPrefixCls('btn')` → `btn`) and the component folders that name it. Roots named
 * only by the shared folders (the wave effect, the compact space) have no owner: their rules go with every screen.
 */
function classOwners(): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const es = path.join(antdRoot, 'es');
  for (const folder of readdirSync(es)) {
    const dir = path.join(es, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir, { recursive: true }) as string[]) {
      if (!file.endsWith('.js') || file.startsWith(`style${path.sep}`)) continue;
      const source = readFileSync(path.join(dir, file), 'utf8');
      for (const [, root] of source.matchAll(/getPrefixCls\(['"]([a-z-]+)['"]/g)) {
        const set = owners.get(root!) ?? new Set<string>();
        if (!sharedFolders.has(folder)) set.add(folder);
        owners.set(root!, set);
      }
    }
  }
  return owners;
}

/** The statements of a style sheet at one level of nesting: rules and at-rules whole, strings respected. */
function topLevelStatements(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i++;
      while (i < css.length && css[i] !== c) i += css[i] === '\\' ? 2 : 1;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        out.push(css.slice(start, i + 1).trim());
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      out.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return out.filter(Boolean);
}
