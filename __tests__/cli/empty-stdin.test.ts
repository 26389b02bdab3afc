import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createNodeScanDeps } from '../../src/node-deps.js';

/** `helm template … | podsec scan -` in a shell without pipefail: a failed render leaves stdin empty. */
async function scanStdin(stdin: string, extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['scan', '-', '--format', 'json', ...extra], {
    cwd: process.cwd(),
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    today: '2026-11-23',
    deps: createNodeScanDeps(async () => Buffer.from(stdin)),
  });
  return { code, stdout, stderr };
}

describe('empty standard input', () => {
  it('is an error with exit code 2 that says how to accept it', async () => {
    for (const input of ['', '\n  \n']) {
      const run = await scanStdin(input);
      expect(run.code).toBe(2);
      const report = JSON.parse(run.stdout) as { errors: { file: string; message: string }[] };
      expect(report.errors).toEqual([
        expect.objectContaining({ file: '-', message: expect.stringContaining('standard input is empty') as unknown }),
      ]);
      expect(report.errors[0]?.message).toContain('--allow-empty-input');
    }
  });

  it('passes with --allow-empty-input', async () => {
    const run = await scanStdin('', ['--allow-empty-input']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { errors: unknown[] }).errors).toEqual([]);
  });

  it('still reads a manifest on standard input', async () => {
    const run = await scanStdin('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: busybox\n');
    expect(run.code).toBe(0);
  });
});
