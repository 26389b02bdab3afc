import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  kustomizeVersion,
  parseKustomizeVersion,
  resolveKustomizeCommand,
} from '../../../src/render/kustomize/command.js';
import { createCommandRunner } from '../../../src/render/command-runner.js';
import type { CommandRunner } from '../../../src/render/types.js';

/** A runner that records what it is asked to run (and runs nothing). */
function recordingRunner(): CommandRunner & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    run: (command, args) => {
      calls.push([command, ...args].join(' '));
      return Promise.resolve({ exitCode: 0, stdout: '', stderr: '', timedOut: false, outputTooLarge: false });
    },
  };
}

describe('choosing the kustomize command', () => {
  const savedPath = process.env['PATH'];
  const dirs: string[] = [];
  afterEach(() => {
    process.env['PATH'] = savedPath;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('uses kubectl kustomize without starting a process when kustomize is not on PATH', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'podsec-path-'));
    dirs.push(empty);
    process.env['PATH'] = empty;
    const runner = recordingRunner();
    await expect(resolveKustomizeCommand({ enableHelm: false }, runner)).resolves.toEqual({
      command: 'kubectl',
      args: ['kustomize'],
    });
    expect(runner.calls).toEqual([]);
  });

  it('uses kustomize build, again without a probe, when kustomize is on PATH', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'podsec-path-'));
    dirs.push(bin);
    writeFileSync(join(bin, 'kustomize'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, 'kustomize'), 0o755);
    process.env['PATH'] = bin;
    const runner = recordingRunner();
    await expect(resolveKustomizeCommand({ enableHelm: false }, runner)).resolves.toEqual({
      command: 'kustomize',
      args: ['build'],
    });
    expect(runner.calls).toEqual([]);
  });
});

describe('the kustomize version', () => {
  it("reads kubectl's bundled kustomize and both forms of kustomize version", () => {
    expect(parseKustomizeVersion('Client Version: v1.32.4\nKustomize Version: v5.5.0\n', true)).toEqual([5, 5, 0]);
    expect(parseKustomizeVersion('v5.4.3\n', false)).toEqual([5, 4, 3]);
    expect(
      parseKustomizeVersion(
        '{Version:kustomize/v4.5.7 GitCommit:56d82a8 BuildDate:2022-08-02T16:35:54Z GoOs:linux GoArch:amd64}\n',
        false,
      ),
    ).toEqual([4, 5, 7]);
    expect(parseKustomizeVersion('Client Version: v1.20.0\n', true)).toBeUndefined();
  });

  it("asks the real kubectl once per runner (the suite runs kubectl's kustomize 5)", async () => {
    const runner = createCommandRunner();
    const calls: string[] = [];
    const counting = {
      run: (command: string, args: readonly string[], options?: Parameters<typeof runner.run>[2]) => (
        calls.push([command, ...args].join(' ')),
        runner.run(command, args, options)
      ),
    };
    try {
      const command = { command: 'kubectl', args: ['kustomize'] };
      const [first, second] = await Promise.all([
        kustomizeVersion(command, counting),
        kustomizeVersion(command, counting),
      ]);
      expect(first?.[0]).toBe(5);
      expect(second).toBe(first);
      expect(calls).toEqual(['kubectl version --client']);
    } finally {
      runner.dispose();
    }
  });
});
