import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { AppError } from '../../server/errors.js';

const run = promisify(execFile);

/** LibreOffice's command, where installed (Debian: libreoffice-writer-nogui); KEGUAN_SOFFICE names another. */
export function sofficePath(): string | undefined {
  return [process.env.KEGUAN_SOFFICE, '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'].find((p): p is string => Boolean(p) && existsSync(p!));
}

// One conversion at a time: LibreOffice is heavy, and a burst of requests should queue, not swamp the server.
let queue: Promise<unknown> = Promise.resolve();

/** A .docx rendered to PDF by LibreOffice, in a throw-away profile so conversions never share state. */
export async function docxToPdf(docx: Buffer): Promise<Buffer> {
  const soffice = sofficePath();
  if (!soffice) throw new AppError('PDF_UNAVAILABLE');
  const turn = queue.then(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'keguan-pdf-'));
    try {
      await fs.writeFile(path.join(dir, 'document.docx'), docx);
      await run(soffice, ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'document.docx')], { timeout: 120_000 });
      return await fs.readFile(path.join(dir, 'document.pdf'));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = turn.catch(() => undefined);
  return turn;
}
