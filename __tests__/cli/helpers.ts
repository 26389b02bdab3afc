import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main, type CliIo } from '../../src/cli/main.js';
import { createNodeScanDeps } from '../../src/node-deps.js';
import type { ScanDeps } from '../../src/scan.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string;
  /** Whether stdout is a terminal. */
  tty?: boolean;
  /** Whether stderr is a terminal. */
  stderrTty?: boolean;
  env?: Record<string, string>;
  deps?: ScanDeps;
  progressDelayMs?: number;
}

/** Runs the CLI in-process with the real scan deps and captures its output. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: options.cwd ?? repoRoot,
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTty ?? false, columns: 200 },
    env: options.env ?? {},
    today: '2026-11-23',
    deps: options.deps ?? createNodeScanDeps(async () => Buffer.from(options.stdin ?? '')),
    ...(options.progressDelayMs === undefined ? {} : { progressDelayMs: options.progressDelayMs }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Writes `files` (name → text) into a new folder under `parent` and returns its path. */
export function writeTreeIn(parent: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(parent, 'tree-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
