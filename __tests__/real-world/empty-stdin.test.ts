import { describe, expect, it } from 'vitest';
import { scanCli } from './helpers.js';

/** `helm template … | podsec scan -` in a shell without pipefail: a failed render leaves stdin empty. */
describe('empty standard input', () => {
  it('is an error with exit code 2 that says how to accept it', async () => {
    for (const input of ['', '\n  \n']) {
      const run = await scanCli(['-'], input);
      expect(run.code).toBe(2);
      expect(run.report.errors).toEqual([
        {
          file: '-',
          message:
            'standard input is empty (did the command before the pipe fail?); pass --allow-empty-input if empty input is expected',
        },
      ]);
    }
  });

  it('passes with --allow-empty-input', async () => {
    const run = await scanCli(['-', '--allow-empty-input'], '');
    expect(run.code).toBe(0);
    expect(run.report.errors).toEqual([]);
  });

  it('still reads a manifest on standard input', async () => {
    const run = await scanCli(
      ['-'],
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: busybox\n',
    );
    expect(run.code).toBe(0);
    expect(run.report.workloads.length).toBeGreaterThan(0);
  });
});
