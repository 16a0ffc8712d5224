import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { webDistDir } from '../server/plugins/web.js';

const run = promisify(execFile);

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const stampFile = path.join(webDistDir, '.source-hash');

/** A hash of everything the bundle is built from, so `npm start` rebuilds only when the sources changed. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (!entry.name.endsWith('.test.ts') && !entry.name.endsWith('.test.tsx')) files.push(full);
    }
  };
  await walk(path.join(projectRoot, 'src', 'web'));
  // The bundle takes what the server and the browser share (the interface's words, the clock, types) too.
  await walk(path.join(projectRoot, 'src', 'shared'));
  files.push(
    path.join(projectRoot, 'vite.config.ts'),
    path.join(projectRoot, 'src', 'cli', 'antd-styles.ts'),
    path.join(projectRoot, 'package-lock.json'),
  );
  for (const file of files.sort()) {
    hash.update(path.relative(projectRoot, file));
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Builds the back office with Vite when its sources changed since the last build. */
export async function buildWebIfStale(log: (line: string) => void): Promise<void> {
  const wanted = await sourceHash();
  const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
  if (built === wanted && existsSync(path.join(webDistDir, 'index.html'))) return;
  log('Building the web interface (Vite)…');
  // A separate process with NODE_ENV=production: a production bundle even when a test run (NODE_ENV=test) asks.
  await run(
    process.execPath,
    [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  await fs.writeFile(stampFile, wanted);
  log('Web interface built.');
}
