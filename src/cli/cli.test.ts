import JSZip from 'jszip';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoYears } from '../domains/demo/generate.js';

/** The demo's last complete year, the seed's own (the suite runs on a pinned day). */
const { L } = demoYears();

/**
 * The `keguan` command as a user runs it, on its own embedded databases: commands start the data dir's
 * server when none runs, and use the running one (never a second) when `serve` has it.
 */
const bin = path.resolve('bin/keguan.js');
const password = 'Demo-Passw0rd!';
let root: string;

function keguan(args: string[], o: { dataDir: string; input?: string; env?: Record<string, string> }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      {
        env: {
          ...process.env,
          KEGUAN_DATA_DIR: o.dataDir,
          KEGUAN_DEMO_PASSWORD: password,
          KEGUAN_LOG_LEVEL: 'warn',
          ...o.env,
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(o.input ?? '');
  });
}

/** The running postmaster of a data dir's cluster (inside it, or where pg-location.txt says it was moved). */
async function postmasterPids(dataDir: string): Promise<number[]> {
  const moved = (await fs.readFile(path.join(dataDir, 'pg-location.txt'), 'utf8').catch(() => '')).trim();
  const cluster = moved || path.join(dataDir, 'pg');
  expect(
    await fs.stat(path.join(cluster, 'PG_VERSION')).then(
      () => true,
      () => false,
    ),
  ).toBe(true);
  const lock = await fs.readFile(path.join(cluster, 'postmaster.pid'), 'utf8').catch(() => '');
  return lock ? [Number(lock.split('\n')[0])] : [];
}

/** Running, and not a zombie waiting for a parent that never reaps it (the container's init may not). */
async function alive(pid: number): Promise<boolean> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && stat.split(') ')[1]?.[0] !== 'Z';
}

function serve(dataDir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve'], {
      env: {
        ...process.env,
        KEGUAN_DATA_DIR: dataDir,
        KEGUAN_DEMO_PASSWORD: password,
        PORT: String(port),
        KEGUAN_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('KeGuan is running')) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

const stopped = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-cli-'));
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

describe('keguan command line', () => {
  it('explains each command with --help and names a bad setting', async () => {
    const help = await keguan(['backup', '--help'], { dataDir: path.join(root, 'none') });
    expect(help.stdout).toContain('--out <file>');
    const bad = await keguan(['migrate'], { dataDir: path.join(root, 'none'), env: { PORT: 'abc' } });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('PORT="abc": must be a number');
  });

  it('seeds, creates a user from stdin, backs up, restores into an empty data dir, and verifies the audit trail', async () => {
    const dataDir = path.join(root, 'a');
    const seeded = await keguan(['seed', '--demo'], { dataDir });
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/admin\s+admin/);
    expect(seeded.stdout).toContain(`Password for all of them: ${password}`);
    expect(seeded.stdout).toMatch(/TOTP secret for auditor: [A-Z2-7]{32}/);
    expect(await postmasterPids(dataDir)).toEqual([]); // the command stopped the server it started

    const weak = await keguan(['user', 'create', '--username', 'weak', '--role', 'leader', '--password-stdin'], {
      dataDir,
      input: 'short\n',
    });
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toContain('WEAK_PASSWORD');
    const created = await keguan(['user', 'create', '--username', 'deputy', '--role', 'leader', '--password-stdin'], {
      dataDir,
      input: 'Deputy-Passw0rd\n',
    });
    expect(created.stdout).toMatch(/Created deputy \(leader/);
    // A forgotten password: a new one generated and shown once; a weak or unknown one refused.
    const reset = await keguan(['user', 'reset-password', '--username', 'deputy'], { dataDir });
    expect(reset.stdout).toMatch(
      /The password of deputy \(leader\) is reset; the account is unlocked and its sessions are ended\.\nNew password \(shown once\): Kg-\S{12,}9a\n/,
    );
    expect(
      (
        await keguan(['user', 'reset-password', '--username', 'deputy', '--password-stdin'], {
          dataDir,
          input: 'short\n',
        })
      ).stderr,
    ).toContain('WEAK_PASSWORD');
    expect((await keguan(['user', 'reset-password', '--username', 'nobody'], { dataDir })).stderr).toContain(
      'no account named nobody',
    );

    // A GBK patent list with one good and one bad row: checked, then imported; the bad row in the report.
    const list = path.join(root, '专利清单.csv');
    await fs.writeFile(
      list,
      iconv.encode(
        '申请号,专利名称,申请人,申请日\r\n202010566088.9,一种葡萄避雨栽培方法,江川市绿源农业科技有限公司,2020-05-01\r\n202010566088.8,校验位错误,某公司,2020-05-01\r\n=1+2,公式,某公司,2020-05-01\r\n',
        'gbk',
      ),
    );
    const dry = await keguan(['import', 'patents', list, '--dry-run'], { dataDir });
    expect(dry.stdout).toMatch(/patents: 3 rows, 1 valid, 2 refused; dry run: nothing written/);
    const imported = await keguan(['import', 'patents', list], { dataDir });
    expect(imported.stdout).toMatch(/1 added, 0 updated, 0 unchanged/);
    const errors = await fs.readFile(`${list}.errors.csv`, 'utf8');
    expect(errors).toContain('3,applicationNumber,申请号校验位不正确,202010566088.8');
    // A cell a spreadsheet would compute is written as text.
    expect(errors).toMatch(/^4,applicationNumber,[^\n]*,'=1\+2\r$/m);

    // The demo year's summary as an official document; a wrong file name is refused before anything runs.
    const docx = path.join(root, `${L}年度工作总结.docx`);
    const report = await keguan(['report', 'annual', '--year', `${L}`, '--out', docx], { dataDir });
    expect(report.stderr).toMatch(
      new RegExp(
        `Wrote .*${L}年度工作总结\\.docx: the draft \\(version \\d+\\), \\d+ paragraphs, \\d+ figures from the data of ${L}\\.`,
      ),
    );
    const document = await (await JSZip.loadAsync(await fs.readFile(docx))).file('word/document.xml')!.async('string');
    expect(document).toContain('择优申报省级农业科技计划9项');
    const wrong = await keguan(['report', 'annual', '--year', `${L}`, '--out', path.join(root, 'x.pdf')], { dataDir });
    expect([wrong.code === 0, wrong.stderr.includes('--out must name a .docx file')]).toEqual([false, true]);

    const file = path.join(root, 'a.kgbak');
    const backup = await keguan(['backup', '--out', file], { dataDir });
    expect(backup.code).toBe(0);
    // The demo's stamped application scans go into the backup with the rows.
    expect(backup.stderr).toMatch(/Backup written .*rows, [1-9]\d* files/);

    const restored = await keguan(['restore', file], { dataDir: path.join(root, 'b') });
    expect(restored.code).toBe(0);
    const [original, copy] = await Promise.all([
      keguan(['audit', 'verify'], { dataDir }),
      keguan(['audit', 'verify'], { dataDir: path.join(root, 'b') }),
    ]);
    expect(original.stdout).toMatch(/Audit trail intact: \d+ entries, head [0-9a-f]{64}/);
    expect(copy.stdout).toBe(original.stdout);

    const again = await keguan(['restore', file], { dataDir: path.join(root, 'b') });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('NOT_EMPTY');
  });

  it('shares the running server with commands, and recovers the server a crashed process left', async () => {
    const dataDir = path.join(root, 'c');
    const port = 20000 + Math.floor(Math.random() * 20000);
    const first = await serve(dataDir, port);
    const [pid] = await postmasterPids(dataDir);
    expect((await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json())).database).toBe('embedded');

    const verify = await keguan(['audit', 'verify'], { dataDir });
    expect(verify.stdout).toContain('Audit trail intact');
    expect(await postmasterPids(dataDir)).toEqual([pid]); // used, not stopped, not duplicated
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);

    first.kill('SIGKILL'); // a crash: the database server outlives its KeGuan process
    await stopped(first);
    expect(await alive(pid!)).toBe(true);
    const second = await serve(dataDir, port);
    expect(await postmasterPids(dataDir)).toEqual([pid]); // adopted, not duplicated
    const seededOnce = await keguan(['seed', '--demo'], { dataDir });
    expect(seededOnce.code).not.toBe(0);
    expect(seededOnce.stderr).toContain('already has accounts');

    second.kill('SIGTERM');
    await stopped(second);
    expect(await alive(pid!)).toBe(false); // serve stops the server it ran on
  });
});
