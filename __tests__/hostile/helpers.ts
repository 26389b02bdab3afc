/**
 * Shared harness for the hostile-input corpus: every case scans a hostile input next to a known-bad
 * manifest (a privileged Pod) and checks three things together: the error message, the exit code, and
 * that the privileged Pod's finding is still reported (nothing else was lost).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { createNodeScanDeps } from '../../src/node-deps.js';
import { freshBundle } from '../bundle.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The helm that ships with podsec (real helm v3). */
export const realHelm = path.join(repoRoot, 'node_modules/.bin/helm');

/** The control manifest: its enforce-mode finding proves the rest of the scan still ran. */
export const GOOD_NAME = 'root-shell';
export const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: ${GOOD_NAME}
spec:
  containers:
    - name: shell
      image: busybox
      securityContext:
        privileged: true
`;

export interface JsonError {
  file: string;
  message: string;
  line?: number;
  column?: number;
}
export interface JsonFinding {
  file: string;
  line: number;
  name: string;
  kind: string;
  check: string;
  detail: string;
  modes: string[];
}
export interface JsonReport {
  findings: JsonFinding[];
  workloads: { file: string; name: string; mode: string; allowed: boolean }[];
  errors: JsonError[];
  notices: { file: string; message: string }[];
  targets: { kind: string; path: string; workloads: number }[];
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, exactly as cli.test.ts does, with an empty CLI environment. */
export async function runCli(argv: string[], cwd: string, stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    today: '2026-11-23',
    deps: createNodeScanDeps(async () => Buffer.from(stdin)),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/**
 * Parses `--format json` output; a crash that printed no JSON fails here with the stderr shown. Each
 * problem's policies are spread out as `findings` (one entry per broken level:version with the
 * problem's workload and location), which is what these tests look for.
 */
export function parseReport(run: Pick<Run, 'stdout' | 'stderr'>): JsonReport {
  try {
    const report = JSON.parse(run.stdout) as Omit<JsonReport, 'findings'> & {
      problems: ({ policies: Record<string, unknown>[] } & Record<string, unknown>)[];
    };
    const findings = report.problems.flatMap(({ policies, ...problem }) =>
      policies.map((policy) => ({ ...problem, ...policy }) as unknown as JsonFinding),
    );
    return { ...report, findings };
  } catch {
    throw new Error(`no JSON report on stdout; stderr was:\n${run.stderr}\nstdout began:\n${run.stdout.slice(0, 500)}`);
  }
}

/** The control Pod's privileged finding (enforce mode) is present, from the expected file. */
export function expectGoodFinding(report: JsonReport, file = 'good.yaml'): void {
  const hit = report.findings.find(
    (f) => f.file === file && f.name === GOOD_NAME && f.check === 'privileged' && f.modes.includes('enforce'),
  );
  expect(
    hit,
    `privileged finding for ${file} in ${JSON.stringify(report.findings.map((f) => [f.file, f.check]))}`,
  ).toBeDefined();
}

/** Exactly one error names `file`, and its message matches. */
export function expectError(report: JsonReport, file: string, message: RegExp | string): JsonError {
  const named = report.errors.filter((e) => e.file === file);
  expect(named, `errors for ${file} in ${JSON.stringify(report.errors)}`).toHaveLength(1);
  const error = named[0] as JsonError;
  if (typeof message === 'string') expect(error.message).toContain(message);
  else expect(error.message).toMatch(message);
  return error;
}

/** No stack trace or internal-error line reached the user. */
export function expectNoCrash(run: Pick<Run, 'stdout' | 'stderr'>): void {
  expect(run.stderr).not.toMatch(/internal error|\n\s+at .+\(.+:\d+:\d+\)/);
  expect(run.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
}

/** A fresh temp folder, removed by the caller's afterAll through {@link cleanup}. */
const made: string[] = [];
export function tempDir(prefix = 'podsec-hostile-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (string or bytes) below `dir`; names may contain any character but `/` separates folders. */
export function writeTree(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** A scan folder holding `good.yaml` (the control Pod) plus `files`. */
export function scanTree(files: Record<string, string | Uint8Array> = {}): string {
  return writeTree(tempDir(), { 'good.yaml': privilegedPod, ...files });
}

/** A small helm chart whose one template is `template`. */
export function chartFiles(dir: string, template: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    [`${dir}/Chart.yaml`]: `apiVersion: v2\nname: ${path.basename(dir).replace(/[^a-z0-9-]/g, '') || 'chart'}\nversion: 0.1.0\n`,
    [`${dir}/templates/workload.yaml`]: template,
    ...Object.fromEntries(Object.entries(extra).map(([name, text]) => [`${dir}/${name}`, text])),
  };
}

/** A pod template for charts: hostPID, so its finding is distinct from the control Pod's. */
export const hostPidPod = (name: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  hostPID: true\n  containers:\n    - name: app\n      image: nginx\n`;

/** Writes an executable `#!/bin/sh` script (a fake helm or kustomize) and returns its path. */
export function fakeTool(dir: string, name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** True while a process exists and is not a zombie (containers may have no init to reap orphans). */
export function isAlive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    const state = readFileSync(stat, 'utf8')
      .replace(/^.*\) /s, '')
      .charAt(0);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** dist/cli.js's twin, built from src/ once per test run (dist/ is never touched). */
export async function buildBundle(): Promise<string> {
  return path.join(await freshBundle(), 'cli.js');
}

export interface ProcessRun extends Run {
  /** Peak resident memory of the podsec process, in MiB (reported by the wrapper at exit). */
  peakRssMiB?: number;
  killed: boolean;
}

/**
 * Runs the bundled CLI as a real process with exactly `env` (plus the run's TMPDIR unless `env` sets one), killing
 * it after `timeoutMs`. A tiny wrapper reports the process's peak RSS at exit so memory bounds can be asserted.
 */
export async function runBundle(
  cli: string,
  argv: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<ProcessRun> {
  // In a folder of its own: the bundle's folder is shared by every test process.
  const wrapper = path.join(tempDir(), 'rss-wrapper.mjs');
  writeFileSync(
    wrapper,
    "process.on('exit', () => process.stderr.write(`\\nPODSEC_TEST_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\\n`));\n" +
      `await import(${JSON.stringify(new URL(`file://${cli}`).href)});\n`,
  );
  // Its temp folders go to the test run's scratch folder whatever environment the test gives, so none is left
  // behind in the machine's temp folder even when the harness has to kill it.
  const run = await runProcess(process.execPath, [wrapper, ...argv], {
    ...options,
    env: { TMPDIR: tmpdir(), ...options.env },
  });
  const match = /\nPODSEC_TEST_PEAK_RSS_KB=(\d+)\n/.exec(run.stderr);
  return {
    ...run,
    stderr: run.stderr.replace(/\nPODSEC_TEST_PEAK_RSS_KB=\d+\n/, ''),
    ...(match ? { peakRssMiB: Number(match[1]) / 1024 } : {}),
  };
}

function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs: number },
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, killed });
    });
  });
}
