import cliProgress from 'cli-progress';

/** Progress for long CLI work, on stderr so stdout stays clean for pipes. */
export function progressBar(label: string): { update(done: number, total: number, detail?: string): void; stop(): void } {
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} {detail}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, detail = '') {
      if (!started) {
        bar.start(Math.max(total, 1), 0, { detail });
        started = true;
      }
      bar.setTotal(Math.max(total, done, 1));
      bar.update(done, { detail });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export const say = (line: string) => process.stderr.write(`${line}\n`);
