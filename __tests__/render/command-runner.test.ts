import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCommandRunner,
  createSlots,
  describeFailure,
  stderrTail,
  type DisposableCommandRunner,
} from '../../src/render/command-runner.js';

let dir: string;
let runner: DisposableCommandRunner;

function script(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A killed child whose parent died may linger as a zombie until reaped; that is not running. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podsec-runner-test-'));
  runner = createCommandRunner({
    killGraceMs: 300,
    sourceEnv: { PATH: process.env['PATH'], GITHUB_TOKEN: 'ghs_secret', INPUT_TOKEN: 'x', ACTIONS_RUNTIME_TOKEN: 'y' },
  });
});

afterAll(() => {
  runner.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('createCommandRunner', () => {
  it('returns stdout, stderr and the exit code of a successful command', async () => {
    const ok = script('ok.sh', 'echo out; echo err >&2; exit 0');
    const result = await runner.run(ok, []);
    expect(result).toEqual({ exitCode: 0, stdout: 'out\n', stderr: 'err\n', timedOut: false, outputTooLarge: false });
  });

  it('stops a command that hangs (and the children it started) at the timeout', async () => {
    const pidFile = join(dir, 'child.pid');
    // The shell forks a sleeping child that would keep stdout open if only the shell were killed.
    const hang = script('hang.sh', `sleep 30 & echo $! > ${JSON.stringify(pidFile)}; wait`);
    const result = await runner.run(hang, [], { timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeUndefined();
    expect(describeFailure('helm', result, 300)).toBe('helm timed out after 0.3 s and was stopped');
    const childPid = Number(readFileSync(pidFile, 'utf8').trim());
    expect(childPid).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isRunning(childPid)).toBe(false);
  });

  it('kills with SIGKILL a command that ignores SIGTERM', async () => {
    const pidFile = join(dir, 'stubborn.pid');
    const stubborn = script(
      'stubborn.sh',
      `echo $$ > ${JSON.stringify(pidFile)}; trap '' TERM; while true; do sleep 0.05; done`,
    );
    const result = await runner.run(stubborn, [], { timeoutMs: 200 });
    expect(result.timedOut).toBe(true);
    // The shell outlived SIGTERM: only SIGKILL ends it.
    expect(isRunning(Number(readFileSync(pidFile, 'utf8').trim()))).toBe(false);
  });

  it('reports the exit code and stderr tail of a command that crashes', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `echo "line ${i + 1}" >&2`).join('\n');
    const crash = script('crash.sh', `${lines}\nexit 3`);
    const result = await runner.run(crash, []);
    expect(result.exitCode).toBe(3);
    expect(result.timedOut).toBe(false);
    expect(stderrTail(result.stderr, 2)).toBe('line 29\nline 30');
    expect(describeFailure('helm', result)).toBe(
      `helm failed with exit code 3:\n${Array.from({ length: 10 }, (_, i) => `line ${i + 21}`).join('\n')}`,
    );
  });

  it('caps the output of a command that floods stdout', async () => {
    const pidFile = join(dir, 'flood.pid');
    const flood = script(
      'flood.sh',
      `echo $$ > ${JSON.stringify(pidFile)}; exec yes "apiVersion: v1 kind: Pod metadata: name: flooded pod with a long line"`,
    );
    const result = await runner.run(flood, [], { maxOutputBytes: 1024 * 1024, timeoutMs: 20_000 });
    // Stopped at the cap, not at the timeout, and not still printing.
    expect(result.outputTooLarge).toBe(true);
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBeUndefined();
    expect(result.stdout).toBe('');
    expect(isRunning(Number(readFileSync(pidFile, 'utf8').trim()))).toBe(false);
    expect(describeFailure('kustomize', result)).toMatch(/^kustomize printed more output than the limit allows/);
  });

  it('reports a missing program as a spawn error', async () => {
    const result = await runner.run(join(dir, 'no-such-helm'), ['version']);
    expect(result.exitCode).toBeUndefined();
    expect(result.spawnError).toBe(
      `could not run ${JSON.stringify(join(dir, 'no-such-helm'))}: program not found (ENOENT)`,
    );
    const onPath = await runner.run('podsec-definitely-not-installed', []);
    expect(onPath.spawnError).toMatch(/program not found \(ENOENT\)/);
  });

  it('reports a file that is not executable as a spawn error', async () => {
    const path = join(dir, 'not-executable');
    writeFileSync(path, '#!/bin/sh\necho hi\n');
    chmodSync(path, 0o644);
    const result = await runner.run(path, []);
    expect(result.spawnError).toMatch(/permission denied \(EACCES\)/);
  });

  it('passes arguments verbatim, never through a shell', async () => {
    const echo = script('args.sh', 'for a in "$@"; do printf "<%s>\\n" "$a"; done');
    const hostile = [
      'my chart',
      'it\'s "quoted"',
      'new\nline',
      '--post-renderer=evil',
      '-f',
      '$(touch pwned)',
      '`id`;rm -rf /',
    ];
    const result = await runner.run(echo, hostile, { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(hostile.map((arg) => `<${arg}>\n`).join(''));
  });

  it('gives the command a scrubbed environment with private helm folders', async () => {
    const env = script('env.sh', 'env');
    const result = await runner.run(env, [], { env: { EXTRA: 'given' } });
    const seen = Object.fromEntries(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(seen['GITHUB_TOKEN']).toBeUndefined();
    expect(seen['INPUT_TOKEN']).toBeUndefined();
    expect(seen['ACTIONS_RUNTIME_TOKEN']).toBeUndefined();
    expect(seen['EXTRA']).toBe('given');
    expect(seen['PATH']).toBe(process.env['PATH']);
    // Short-lived renders collect less garbage; nothing else of Go's runtime is set.
    expect(seen['GOGC']).toBe('800');
    expect(seen['GOMEMLIMIT']).toBeUndefined();
    expect(seen['HOME']).toBe(runner.home);
    expect(seen['KUBECONFIG']).toBe(join(runner.home, '..', 'kubeconfig'));
    expect(seen['HELM_PLUGINS']).toMatch(/podsec-tools-.*helm-plugins-empty$/);
    for (const name of ['HELM_CONFIG_HOME', 'HELM_CACHE_HOME', 'HELM_DATA_HOME']) {
      expect(seen[name]?.startsWith(join(runner.home, '..'))).toBe(true);
    }
  });

  it("passes the user's own GOGC and GOMEMLIMIT through to the tools", async () => {
    const tuned = createCommandRunner({ sourceEnv: { PATH: process.env['PATH'], GOGC: '100', GOMEMLIMIT: '256MiB' } });
    try {
      const result = await tuned.run(script('env-go.sh', 'env'), []);
      expect(result.stdout).toMatch(/^GOGC=100$/m);
      expect(result.stdout).toMatch(/^GOMEMLIMIT=256MiB$/m);
    } finally {
      tuned.dispose();
    }
  });

  it('does not show the real process environment to children', async () => {
    process.env['PODSEC_TEST_SECRET'] = 'ghp_do_not_leak';
    const defaultRunner = createCommandRunner();
    try {
      const result = await defaultRunner.run(script('env2.sh', 'env'), []);
      expect(result.stdout).not.toContain('ghp_do_not_leak');
      expect(result.stdout).toContain(`PATH=${process.env['PATH']}`);
    } finally {
      delete process.env['PODSEC_TEST_SECRET'];
      defaultRunner.dispose();
    }
  });

  it('feeds input on stdin when given', async () => {
    const cat = script('cat.sh', 'cat');
    const result = await runner.run(cat, [], { input: 'kind: Pod\n' });
    expect(result.stdout).toBe('kind: Pod\n');
  });

  it('reports the exit code of a command that exits without reading its input', async () => {
    const quitter = script('quit.sh', 'echo done; exit 3');
    const result = await runner.run(quitter, [], { input: 'x'.repeat(4 * 1024 * 1024) });
    expect(result).toMatchObject({ exitCode: 3, stdout: 'done\n', timedOut: false });
    expect(result.spawnError).toBeUndefined();
  });

  it('names a working directory that does not exist rather than the program', async () => {
    const echo = script('echo.sh', 'echo hi');
    const result = await runner.run(echo, [], { cwd: join(dir, 'gone') });
    expect(result.exitCode).toBeUndefined();
    expect(result.spawnError).toBe(
      `could not run ${JSON.stringify(echo)}: working directory ${JSON.stringify(join(dir, 'gone'))} does not exist`,
    );
  });
});

describe('stderrTail', () => {
  it('keeps the last non-empty lines, strips control characters and shortens long lines', () => {
    const text = `a\n\nb\r\n\u001b[31mc\u001b[0m\n${'x'.repeat(2000)}${'y'.repeat(1000)}\n\n`;
    // A long line keeps its start and its end, where kustomize states the cause.
    expect(stderrTail(text, 3)).toBe(`b\n[31mc[0m\n${'x'.repeat(300)}…${'y'.repeat(700)}`);
    expect(stderrTail('')).toBe('');
  });
});

describe('render slots', () => {
  it('let at most `limit` holders in at once, hand freed slots out in arrival order, and ignore a double release', async () => {
    const slots = createSlots(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    const c = slots.acquire().then((release) => (order.push('c'), release));
    const d = slots.acquire().then((release) => (order.push('d'), release));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    a();
    a(); // released twice: must not free a second slot
    const releaseC = await c;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual(['c']);
    b();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC();
    releaseD();
    // Everything released: two new holders get in at once.
    await Promise.all([slots.acquire(), slots.acquire()]);
  });

  it('makes its private folders when the first command runs, and removes them on dispose', async () => {
    const tempRoot = mkdtempSync(join(tmpdir(), 'podsec-runner-root-'));
    const lazy = createCommandRunner({ tempRoot, sourceEnv: { PATH: process.env['PATH'] } });
    // A scan of plain manifests runs nothing: its runner leaves the temp folder as it was.
    expect(readdirSync(tempRoot)).toEqual([]);
    const result = await lazy.run('sh', ['-c', 'echo "$HOME"']);
    expect(readdirSync(tempRoot)).toEqual([expect.stringMatching(/^podsec-tools-/)]);
    expect(result.stdout.trim()).toBe(lazy.home);
    lazy.dispose();
    expect(readdirSync(tempRoot)).toEqual([]);
    // Disposing a runner that never ran a command has nothing to remove.
    createCommandRunner({ tempRoot }).dispose();
    expect(readdirSync(tempRoot)).toEqual([]);
  });

  it('runs at most maxConcurrent commands at a time', async () => {
    const runner = createCommandRunner({ maxConcurrent: 2 });
    const log = join(mkdtempSync(join(tmpdir(), 'podsec-slots-')), 'log');
    writeFileSync(log, '');
    try {
      // Each command notes its start and end in a shared log; overlap shows in the sequence.
      const script = `echo start >> '${log}'; sleep 0.2; echo end >> '${log}'`;
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => runner.run('sh', ['-c', script])));
      expect(results.every((r) => r.exitCode === 0)).toBe(true);
      let running = 0;
      let most = 0;
      for (const event of readFileSync(log, 'utf8').trim().split('\n')) {
        running += event === 'start' ? 1 : -1;
        most = Math.max(most, running);
      }
      expect(most).toBe(2);
    } finally {
      runner.dispose();
    }
  });
});
