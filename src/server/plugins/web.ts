import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../shared/roles.js';

/** Where `npm run build` (Vite, src/cli/web-build.ts) writes the back office. */
export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/** Vite's build manifest: each source module's file and the chunks it imports. */
type Manifest = Record<string, { file: string; imports?: string[]; css?: string[]; isEntry?: boolean }>;

/**
 * The screen module each first path segment opens (src/web/routes.tsx), so the page for an address can
 * name its chunks before the app asks for them. A segment not listed is simply not preloaded.
 */
const screenModules: Record<string, string> = {
  hall: 'pages/projects/HallPage.tsx',
  calls: 'pages/calls/CallListPage.tsx',
  projects: 'pages/projects/ProjectListPage.tsx',
  'projects/:id': 'pages/projects/ProjectDetailPage.tsx',
  approvals: 'pages/approvals/ApprovalsPage.tsx',
  execution: 'pages/execution/ExecutionPage.tsx',
  targets: 'pages/targets/TargetsPage.tsx',
  wall: 'pages/targets/WallPage.tsx',
  metrics: 'pages/metrics/MetricsPage.tsx',
  orgs: 'pages/orgs/OrgListPage.tsx',
  'orgs/:id': 'pages/orgs/OrgDetailPage.tsx',
  'my-org': 'pages/orgs/OrgDetailPage.tsx',
  patents: 'pages/patents/PatentListPage.tsx',
  subsidies: 'pages/patents/SubsidyPage.tsx',
  people: 'pages/people/PeopleListPage.tsx',
  platforms: 'pages/registries/RegistryPage.tsx',
  qualifications: 'pages/registries/RegistryPage.tsx',
  cooperations: 'pages/registries/RegistryPage.tsx',
  funds: 'pages/registries/RegistryPage.tsx',
  publicity: 'pages/registries/RegistryPage.tsx',
  account: 'pages/account/AccountPage.tsx',
};

/** The modules a logged-in user's first screen at this address needs beyond the entry: the shell and the screen. */
function screenOf(pathname: string, role: Role): string[] {
  const [first = '', second] = pathname.replace(/^\/app\/?/, '').split(/[/?#]/);
  const screen =
    first === ''
      ? role === 'applicant'
        ? 'pages/ApplicantHome.tsx'
        : 'pages/DashboardPage.tsx'
      : (screenModules[second ? `${first}/:id` : first] ?? screenModules[first]);
  return [...(first === 'wall' ? [] : ['shell/AppLayout.tsx']), ...(screen ? [screen] : [])];
}

/**
 * Every chunk a module needs, its static imports followed through (what the browser would ask for one by one),
 * and their style sheets (antd's styles travel with the chunks that draw them: src/cli/antd-styles.ts).
 */
function chunksOf(manifest: Manifest, modules: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    const entry = manifest[key];
    if (!entry || seen.has(entry.file) || entry.isEntry) return;
    seen.add(entry.file);
    for (const sheet of entry.css ?? []) seen.add(sheet);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  return [...seen];
}

/** A link to a chunk the first screen needs; a style sheet as itself, which Vite's loader then finds and does not add again. */
function linkTo(file: string): string {
  return file.endsWith('.css')
    ? `<link rel="stylesheet" crossorigin href="/app/${file}">`
    : `<link rel="modulepreload" crossorigin href="/app/${file}">`;
}

/** JSON inside a <script> element: no "</script>" or "<!--" can close or bend it, whatever a name contains. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export interface WebOptions {
  /**
   * What the page carries for the app's start (the business clock, the session), read by src/web/lib/boot.ts:
   * the first screen then waits for no API round trip.
   */
  boot(request: FastifyRequest): unknown;
}

/**
 * Serves the back office and applicant hall (the Vite build) under /app/, with index.html for every
 * client-side route. The public site owns `/`. For a logged-in user the page names the chunks of the screen
 * it opens (modulepreload), so a phone on a slow link fetches them beside the entry instead of after it; and
 * every page carries the clock and the session the app would otherwise ask for before drawing anything.
 */
export async function registerWeb(app: FastifyInstance, options: WebOptions): Promise<void> {
  const root = webDistDir;
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`The web bundle is missing in ${root}: run "npm run build" (npm start builds it by itself).`);
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/app/',
    wildcard: false,
    index: false,
    // The .br and .gz written at build, to a browser that takes them.
    preCompressed: true,
    // A file under assets/ is named by its content's hash: it never changes, so a browser keeps it a year
    // without asking. index.html names them and is asked for every time.
    setHeaders: (response, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`))
        response.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const index = readFileSync(path.join(root, 'index.html'), 'utf8');
  const manifestFile = path.join(root, '.vite', 'manifest.json');
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    // The page carries the caller's session (and its CSRF token): no shared cache may keep it.
    reply.header('cache-control', 'private, no-cache').header('vary', 'Cookie').type('text/html; charset=utf-8');
    const links = request.user
      ? chunksOf(manifest, screenOf(request.url, request.user.role))
          .filter((file) => !index.includes(`/app/${file}"`))
          .map(linkTo)
      : [];
    const boot = `<script id="kg-boot" type="application/json">${scriptJson(options.boot(request))}</script>`;
    return reply.send(index.replace('</head>', `${[...links, boot].join('\n    ')}\n  </head>`));
  };
  // Public: anyone gets the app (it shows the login screen); a session, when there is one, is read to
  // know which screen's chunks to name.
  const config = { access: 'public' as const };
  app.get('/app', { config }, (_, reply) => reply.redirect('/app/'));
  app.get('/app/', { config }, sendIndex);
  app.get('/app/*', { config }, (request, reply) => {
    // Hashed assets that do not exist are 404s, not the app shell.
    if (request.url.startsWith('/app/assets/')) return reply.callNotFound();
    return sendIndex(request, reply);
  });
}
