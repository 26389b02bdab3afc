/** Runs the CLI in a folder with the real helm and kustomize, capturing its output. */
import { expect } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { createNodeScanDeps } from '../../src/node-deps.js';

export function testIo(cwd: string, out: { stdout: string; stderr: string }): CliIo {
  return {
    cwd,
    stdout: { write: (text: string) => (out.stdout += text), isTTY: false },
    stderr: { write: (text: string) => (out.stderr += text) },
    env: {},
    today: '2026-11-23',
    deps: createNodeScanDeps(async () => Buffer.from('')),
  };
}

export async function runCli(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await main(argv, testIo(cwd, out));
  return { code, ...out };
}

/** Fixes with --write, then checks the scan passes restricted and a second fix has nothing to do. */
export async function fixAndRescan(dir: string, target: string, extra: string[] = []): Promise<void> {
  const fixed = await runCli(dir, ['fix', '--write', '--level', 'restricted', ...extra, target]);
  expect(fixed.code, fixed.stderr).toBe(0);
  const again = await runCli(dir, ['fix', '--level', 'restricted', ...extra, target]);
  expect(again.stdout).toBe('');
  const scanned = await runCli(dir, ['scan', '--level', 'restricted', target]);
  expect(scanned.code, scanned.stdout).toBe(0);
}
