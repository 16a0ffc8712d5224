import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../server/errors.js';

/** LibreOffice's command, where installed (Debian: libreoffice-writer-nogui); KEGUAN_SOFFICE names another. */
export function sofficePath(): string | undefined {
  return [
    process.env.KEGUAN_SOFFICE,
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
  ].find((p): p is string => Boolean(p) && existsSync(p!));
}

/**
 * Runs LibreOffice in its own process group: on a timeout the whole group is killed, so the soffice.bin
 * child of the launcher script does not outlive the conversion.
 */
function convert(soffice: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        path.join(dir, 'document.docx'),
      ],
      {
        detached: true,
        stdio: 'ignore',
      },
    );
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      reject(new AppError('PDF_FAILED'));
    }, 120_000);
    child.once('error', () => {
      clearTimeout(timer);
      reject(new AppError('PDF_UNAVAILABLE'));
    });
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

// One conversion at a time: LibreOffice is heavy, and a burst of requests should queue, not swamp the server.
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;
const maxWaiting = 4;

/** A .docx rendered to PDF by LibreOffice, in a throw-away profile so conversions never share state. */
export async function docxToPdf(docx: Buffer): Promise<Buffer> {
  const soffice = sofficePath();
  if (!soffice) throw new AppError('PDF_UNAVAILABLE');
  if (waiting >= maxWaiting) throw new AppError('PDF_BUSY');
  waiting++;
  const turn = queue.then(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-pdf-'));
    try {
      await fs.writeFile(path.join(dir, 'document.docx'), docx);
      await convert(soffice, dir);
      // LibreOffice can exit without writing anything (a filter missing, a file it cannot read).
      return await fs.readFile(path.join(dir, 'document.pdf')).catch(() => {
        throw new AppError('PDF_FAILED');
      });
    } finally {
      waiting--;
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = turn.catch(() => undefined);
  return turn;
}
