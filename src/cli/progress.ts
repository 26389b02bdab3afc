/**
 * Progress on stderr for scans long enough to wonder about: targets rendered out of the total and the
 * target being rendered, on one line redrawn in place. Only on a terminal and never in CI, where a log
 * would fill with carriage returns; nothing at all for scans that finish within the delay.
 */

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface ProgressOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** How long a scan runs before the first progress line (default 2 s). */
  readonly delayMs?: number;
  /** How often the line is redrawn once shown. */
  readonly intervalMs?: number;
}

export interface Progress {
  setTotal(total: number): void;
  started(target: string): void;
  finished(target: string): void;
  /** Clears the line (if one was drawn) and stops the timer. */
  stop(): void;
}

const NO_PROGRESS: Progress = { setTotal() {}, started() {}, finished() {}, stop() {} };

/** Whether the environment is a CI job (GitHub Actions, GitLab, Jenkins, Buildkite… all set one of these). */
export function inCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env['CI'];
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return true;
  return ['GITHUB_ACTIONS', 'BUILD_NUMBER', 'RUN_ID', 'TF_BUILD', 'BUILDKITE', 'JENKINS_URL'].some(
    (name) => (env[name] ?? '') !== '',
  );
}

export function createProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  if (stream.isTTY !== true || inCi(options.env)) return NO_PROGRESS;
  const delayMs = options.delayMs ?? 2000;
  const startedAt = Date.now();
  let total: number | undefined;
  let done = 0;
  // Targets in flight, oldest first: the line names the one running longest, which is the one to wait for.
  const running: string[] = [];
  let drawn = '';
  const draw = (): void => {
    if (Date.now() - startedAt < delayMs || total === undefined) return;
    const current = running[0];
    const line = `podsec: ${done}/${total} targets rendered${current === undefined ? '' : ` · ${current}`}`;
    // A terminal that reports no width (0, as under `script`) gets the classic 80 columns.
    const columns = stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
    const width = Math.max(20, columns - 1);
    const fitted = line.length > width ? `${line.slice(0, width - 1)}…` : line;
    if (fitted === drawn) return;
    stream.write(`\r\u001b[K${fitted}`);
    drawn = fitted;
  };
  const timer = setInterval(draw, options.intervalMs ?? 100);
  timer.unref();
  return {
    setTotal(count) {
      total = count;
    },
    started(target) {
      running.push(target);
    },
    finished(target) {
      const index = running.indexOf(target);
      if (index >= 0) running.splice(index, 1);
      done++;
    },
    stop() {
      clearInterval(timer);
      if (drawn !== '') stream.write('\r\u001b[K');
      drawn = '';
    },
  };
}
