import { resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { createNodeScanDeps } from '../../src/node-deps.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Small reproductions of patterns found in public charts and overlays, written for podsec. */
export const fixtures = '__tests__/fixtures/real-world';

/** The parts of the version-2 JSON report (docs/report.md) these tests read. */
export interface JsonReport {
  problems: {
    file: string;
    line?: number;
    kind: string;
    name: string;
    check: string;
    field?: string;
    policies: { modes: string[]; level: string; version: string; message: string }[];
    related?: { file: string; line?: number; message?: string }[];
    targets: { kind: string; path: string }[];
  }[];
  workloads: { kind: string; namespace: string; name: string; mode: string; allowed: boolean; file: string; targets: { path: string }[] }[];
  errors: { file: string; line?: number; message: string }[];
  notices: { file: string; message: string }[];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `podsec scan ARGS --format json` in the repository root, with `stdin` as standard input. */
export async function scanCli(args: readonly string[], stdin = ''): Promise<CliRun & { report: JsonReport }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['scan', ...args, '--format', 'json'], {
    cwd: repoRoot,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    today: '2026-11-23',
    deps: createNodeScanDeps(async () => Buffer.from(stdin)),
  });
  return { code, stdout, stderr, report: JSON.parse(stdout) as JsonReport };
}
