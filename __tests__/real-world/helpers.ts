import { resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { createNodeScanDeps } from '../../src/node-deps.js';
import type { JsonReport } from '../../src/report/json-shape.js';
import { fixtureRepository } from '../fixture-repository.js';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Small reproductions of patterns found in public charts and overlays, written for podsec. */
export const fixtures = '__tests__/fixtures/real-world';

/** The JSON report these tests read (docs/report.md). */
export type { JsonReport };

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `podsec scan ARGS --format json` in the repository root (a small copy of it holding the fixtures, for the
 * kustomize targets: see fixture-repository.ts), with `stdin` as standard input.
 */
export async function scanCli(args: readonly string[], stdin = ''): Promise<CliRun & { report: JsonReport }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['scan', ...args, '--format', 'json'], {
    cwd: fixtureRepository(),
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    today: '2026-11-23',
    deps: createNodeScanDeps(async () => Buffer.from(stdin)),
  });
  return { code, stdout, stderr, report: JSON.parse(stdout) as JsonReport };
}
