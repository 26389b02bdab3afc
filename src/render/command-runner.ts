/**
 * The only place podsec starts other programs (helm, kustomize, kubectl).
 *
 * Charts and overlays come from untrusted pull requests, so every command runs:
 * - from an argument array, never through a shell (a file called `--post-renderer=x` or `a;rm -rf` stays one
 *   literal argument);
 * - with a scrubbed environment: no tokens, no action inputs, no proxies, and a private HOME / helm config /
 *   empty plugin directory, so neither the user's nor the runner's helm plugins or repositories are used;
 * - in its own process group, so a timeout kills the tool and anything it started;
 * - with a cap on the output kept in memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { CommandResult, CommandRunner, RunOptions } from './types.js';

/** Default per-command limits; renders override them from RenderOptions. */
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** How long a process gets between SIGTERM and SIGKILL. */
const DEFAULT_KILL_GRACE_MS = 2_000;
/** stderr is only ever shown as a tail; keep enough of it for that, never gigabytes. */
const MAX_STDERR_BYTES = 1024 * 1024;

export interface CommandRunnerConfig {
  /** Milliseconds between SIGTERM and SIGKILL on timeout. */
  readonly killGraceMs?: number;
  /** Parent folder for the private HOME and helm folders (default: the OS temp dir). */
  readonly tempRoot?: string;
  /** The environment that PATH (and nothing else by default) is taken from. Default `process.env`. */
  readonly sourceEnv?: Readonly<Record<string, string | undefined>>;
  /**
   * At most this many commands run at once; further `run` calls wait (first come, first served). Bounding
   * processes rather than the work around them lets callers read files and parse output while every slot is
   * busy rendering. Default: unbounded.
   */
  readonly maxConcurrent?: number;
}

/** A runner that can remove its private temp folders (made when the first command runs) when the scan is over. */
export interface DisposableCommandRunner extends CommandRunner {
  /** The private HOME the commands see (for tests and diagnostics); asking for it makes the private folders. */
  readonly home: string;
  /** Removes the private folders. Later `run` calls recreate nothing; do not call after dispose. */
  dispose(): void;
}

const liveGroups = new Set<number>();
let exitHookInstalled = false;

/** Processes run detached (own group), so they outlive podsec unless killed: kill what is left on exit. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone: nothing to kill.
  }
}

interface PrivateDirs {
  readonly root: string;
  readonly env: Record<string, string>;
}

function createPrivateDirs(tempRoot: string): PrivateDirs {
  const root = mkdtempSync(join(tempRoot, 'podsec-tools-'));
  const dir = (name: string): string => {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const home = dir('home');
  const config = dir('config');
  const cache = dir('cache');
  const data = dir('data');
  const plugins = dir('helm-plugins-empty');
  const tmp = dir('tmp');
  const kubeconfig = join(root, 'kubeconfig');
  writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n', { mode: 0o600 });
  return {
    root,
    env: {
      HOME: home,
      TMPDIR: tmp,
      XDG_CONFIG_HOME: config,
      XDG_CACHE_HOME: cache,
      XDG_DATA_HOME: data,
      HELM_CONFIG_HOME: join(config, 'helm'),
      HELM_CACHE_HOME: join(cache, 'helm'),
      HELM_DATA_HOME: join(data, 'helm'),
      HELM_PLUGINS: plugins,
      HELM_REPOSITORY_CONFIG: join(config, 'helm', 'repositories.yaml'),
      HELM_REPOSITORY_CACHE: join(cache, 'helm', 'repository'),
      HELM_REGISTRY_CONFIG: join(config, 'helm', 'registry', 'config.json'),
      // No cluster is ever contacted: helm template and kustomize need none. An empty private config
      // (not /dev/null, which helm warns about as world-readable) keeps stderr free of noise.
      KUBECONFIG: kubeconfig,
      // Stable, parseable messages.
      LANG: 'C',
      LC_ALL: 'C',
    },
  };
}

/** The private folders and the environment every command starts from. */
interface PreparedRunner {
  readonly dirs: PrivateDirs;
  readonly baseEnv: Record<string, string>;
}

/**
 * Go garbage collector settings for helm, kustomize and kubectl. Each render is a short-lived process whose
 * live heap stays small, so with Go's default (GOGC=100) a quarter to a third of its CPU time goes to
 * collecting garbage it would free on exit anyway (measured on the render benchmark: 3.9 s of CPU with the
 * default, 2.9 s with GOGC=800). GOGC=800 lets the heap grow to nine times the live data before a
 * collection, which keeps memory bounded by what the render actually holds (a 2.7 MB chart render: 62 MiB
 * peak RSS with the default, 129 MiB with 800; GOGC=off, unbounded, reached 343 MiB). A user who sets GOGC
 * or GOMEMLIMIT for podsec (a small runner, say) gets those values passed through instead.
 */
export const DEFAULT_TOOL_GOGC = '800';

export function goRuntimeEnv(sourceEnv: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const env: Record<string, string> = { GOGC: DEFAULT_TOOL_GOGC };
  for (const name of ['GOGC', 'GOMEMLIMIT']) {
    const value = sourceEnv[name];
    if (value !== undefined && value !== '') env[name] = value;
  }
  return env;
}

/** A first-come, first-served counting semaphore. */
export interface Slots {
  /** Resolves with a release function once a slot is free. */
  acquire(): Promise<() => void>;
}

/** Creates {@link Slots} with `limit` slots (at least one). */
export function createSlots(limit: number): Slots {
  const size = Math.max(1, Math.floor(limit));
  let busy = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    const next = waiting.shift();
    // Hand the slot straight to the next waiter so a newcomer cannot overtake it.
    if (next) next();
    else busy--;
  };
  return {
    acquire() {
      let released = false;
      const once = (): void => {
        if (released) return;
        released = true;
        release();
      };
      if (busy < size) {
        busy++;
        return Promise.resolve(once);
      }
      return new Promise((resolve) => waiting.push(() => resolve(once)));
    },
  };
}

function spawnErrorText(command: string, code: string | undefined, fallback: string): string {
  if (code === 'ENOENT') return `could not run ${JSON.stringify(command)}: program not found (ENOENT)`;
  if (code === 'EACCES') return `could not run ${JSON.stringify(command)}: permission denied (EACCES)`;
  return `could not run ${JSON.stringify(command)}: ${fallback}`;
}

/**
 * Reads a child's stdout and stderr as they come. stdout beyond `maxOutputBytes` is dropped and `onOverflow`
 * called (the caller stops the tool); of stderr, only shown as a tail, the last MAX_STDERR_BYTES are kept.
 */
function collectOutput(
  child: ChildProcess,
  maxOutputBytes: number,
  onOverflow: () => void,
): { stdout(): string; stderr(): string; tooLarge(): boolean } {
  const stdoutChunks: Buffer[] = [];
  let stdoutBytes = 0;
  let tooLarge = false;
  child.stdout?.on('data', (chunk: Buffer) => {
    if (tooLarge) return;
    stdoutBytes += chunk.length;
    if (stdoutBytes > maxOutputBytes) {
      tooLarge = true;
      stdoutChunks.length = 0;
      onOverflow();
      return;
    }
    stdoutChunks.push(chunk);
  });
  const stderrChunks: Buffer[] = [];
  let stderrBytes = 0;
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrChunks.push(chunk);
    stderrBytes += chunk.length;
    while (stderrBytes - (stderrChunks[0]?.length ?? 0) >= MAX_STDERR_BYTES)
      stderrBytes -= stderrChunks.shift()?.length ?? 0;
  });
  return {
    stdout: () => Buffer.concat(stdoutChunks).toString('utf8'),
    stderr: () => Buffer.concat(stderrChunks).toString('utf8'),
    tooLarge: () => tooLarge,
  };
}

/**
 * Creates the command runner. It prepares a private HOME and empty helm/kustomize configuration once, when the
 * first command runs, and runs every command with only PATH from the caller's environment plus `options.env`.
 */
export function createCommandRunner(config: CommandRunnerConfig = {}): DisposableCommandRunner {
  const killGraceMs = config.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const sourceEnv = config.sourceEnv ?? process.env;
  // Made on first use: a scan of plain manifests starts no tool and leaves the temp folder untouched.
  let made: PreparedRunner | undefined;
  const prepared = (): PreparedRunner => {
    if (made === undefined) {
      const dirs = createPrivateDirs(config.tempRoot ?? tmpdir());
      const baseEnv: Record<string, string> = { ...dirs.env, ...goRuntimeEnv(sourceEnv) };
      const path = sourceEnv['PATH'];
      if (path !== undefined) baseEnv['PATH'] = path;
      made = { dirs, baseEnv };
    }
    return made;
  };
  installExitHook();

  const slots = config.maxConcurrent === undefined ? undefined : createSlots(config.maxConcurrent);

  async function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    if (!slots) return runNow(command, args, options);
    const release = await slots.acquire();
    try {
      return await runNow(command, args, options);
    } finally {
      release();
    }
  }

  async function runNow(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxOutputBytes = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const env = { ...prepared().baseEnv, ...options.env };
    if (options.pathPrefix !== undefined)
      env['PATH'] = [options.pathPrefix, env['PATH']].filter((dir) => dir !== undefined && dir !== '').join(delimiter);

    let child: ChildProcess;
    try {
      child = spawn(command, [...args], {
        cwd: options.cwd,
        env,
        shell: false,
        stdio: [options.input !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        // A process group of its own: on timeout the whole tree (helm plugins, shells, sleeps) is killed.
        detached: true,
        windowsHide: true,
      });
    } catch (error) {
      // spawn throws synchronously only for invalid arguments (a NUL byte in an argument, say).
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      return {
        exitCode: undefined,
        stdout: '',
        stderr: '',
        timedOut: false,
        outputTooLarge: false,
        spawnError: spawnErrorText(command, undefined, message),
      };
    }

    const pid = child.pid;
    if (pid !== undefined) liveGroups.add(pid);
    let timedOut = false;
    let forceTimer: NodeJS.Timeout | undefined;
    const timer =
      timeoutMs > 0 && pid !== undefined
        ? setTimeout(() => {
            timedOut = true;
            killGroup(pid, 'SIGTERM');
            forceTimer = setTimeout(() => killGroup(pid, 'SIGKILL'), killGraceMs);
            forceTimer.unref();
          }, timeoutMs)
        : undefined;

    if (options.input !== undefined && child.stdin) {
      // A tool that exits without reading its input closes the pipe: that is its business, not an error here.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
    const output = collectOutput(child, maxOutputBytes, () => {
      if (pid !== undefined) killGroup(pid, 'SIGKILL');
    });

    // 'close' comes once the process has exited and its output is read; a program that could not be started
    // reports 'error' instead (and perhaps 'close' after it): the first of the two settles.
    const ended = await new Promise<
      { code: number | null; signal: NodeJS.Signals | null } | { error: NodeJS.ErrnoException }
    >((resolve) => {
      child.once('error', (error: NodeJS.ErrnoException) => resolve({ error }));
      child.once('close', (code: number | null, signal: NodeJS.Signals | null) => resolve({ code, signal }));
    });
    if (timer) clearTimeout(timer);
    if (forceTimer) clearTimeout(forceTimer);
    if (pid !== undefined) {
      // Children that outlived the tool (or a tool killed for flooding) must not linger.
      killGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
    }

    const stderr = output.stderr();
    const outputTooLarge = output.tooLarge();
    if ('error' in ended) {
      const code = typeof ended.error.code === 'string' ? ended.error.code : undefined;
      const missingCwd = code === 'ENOENT' && options.cwd !== undefined && !existsSync(options.cwd);
      const why = missingCwd
        ? `working directory ${JSON.stringify(options.cwd)} does not exist`
        : (ended.error.message.split('\n')[0] ?? 'could not start');
      return {
        exitCode: undefined,
        stdout: '',
        stderr,
        timedOut: false,
        outputTooLarge: false,
        spawnError: spawnErrorText(command, missingCwd ? undefined : code, why),
      };
    }
    const signal = ended.signal !== null && !timedOut && !outputTooLarge ? ended.signal : undefined;
    return {
      exitCode: timedOut || outputTooLarge || ended.code === null ? undefined : ended.code,
      stdout: outputTooLarge ? '' : output.stdout(),
      stderr,
      timedOut,
      outputTooLarge,
      ...(signal !== undefined ? { signal } : {}),
    };
  }

  return {
    run,
    get home() {
      const { dirs } = prepared();
      return dirs.env['HOME'] ?? dirs.root;
    },
    dispose() {
      if (made !== undefined) rmSync(made.dirs.root, { recursive: true, force: true });
    },
  };
}

/**
 * Longest line kept whole in an error message; tools sometimes print whole documents on one line. A
 * longer line keeps its start (helm's `Error: …` prefix) and its end (kustomize puts the cause last).
 */
const MAX_TAIL_LINE = 1000;
const TAIL_LINE_HEAD = 300;

/**
 * The last `lines` non-empty lines of a tool's stderr, for error messages. Long lines are shortened and
 * control characters removed so a hostile tool cannot inject workflow commands or escape sequences.
 */
export function stderrTail(text: string, lines = 10): string {
  const kept = text
    .split(/\r?\n/)
    .map((line) => line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .map((line) =>
      line.length > MAX_TAIL_LINE
        ? `${line.slice(0, TAIL_LINE_HEAD)}…${line.slice(-(MAX_TAIL_LINE - TAIL_LINE_HEAD))}`
        : line,
    );
  return kept.join('\n');
}

/** A one-line description of why a command failed, with the stderr tail; never the command's stdout. */
export function describeFailure(tool: string, result: CommandResult, timeoutMs?: number): string {
  if (result.spawnError !== undefined) return result.spawnError;
  const tail = stderrTail(result.stderr);
  const suffix = tail === '' ? '' : `:\n${tail}`;
  if (result.timedOut) {
    const seconds = timeoutMs === undefined ? '' : ` after ${Math.round(timeoutMs / 100) / 10} s`;
    return `${tool} timed out${seconds} and was stopped${suffix}`;
  }
  if (result.outputTooLarge) return `${tool} printed more output than the limit allows and was stopped${suffix}`;
  if (result.exitCode === undefined && result.signal !== undefined)
    return `${tool} was killed by signal ${result.signal}${suffix}`;
  return `${tool} failed with exit code ${String(result.exitCode)}${suffix}`;
}
