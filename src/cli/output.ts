import cliProgress from 'cli-progress';

/** Progress for long CLI work, on stderr so stdout stays clean for pipes. */
export function progressBar(label: string): {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
} {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} {detail}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
    },
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

/** A progress bar per stage of a long load ("done" ends it): a new bar each time the stage's name changes. */
export function stageProgress(): (stage: string, done: number, total: number) => void {
  let current = '';
  let bar: ReturnType<typeof progressBar> | undefined;
  return (stage, done, total) => {
    if (stage !== current) {
      bar?.stop();
      current = stage;
      bar = stage === 'done' ? undefined : progressBar(stage.padEnd(22));
    }
    bar?.update(done, total);
  };
}
