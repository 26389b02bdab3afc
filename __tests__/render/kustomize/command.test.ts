import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveKustomizeCommand } from '../../../src/render/kustomize/command.js';
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
    await expect(resolveKustomizeCommand({ enableHelm: false }, runner)).resolves.toEqual({ command: 'kubectl', args: ['kustomize'] });
    expect(runner.calls).toEqual([]);
  });

  it('uses kustomize build, again without a probe, when kustomize is on PATH', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'podsec-path-'));
    dirs.push(bin);
    writeFileSync(join(bin, 'kustomize'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, 'kustomize'), 0o755);
    process.env['PATH'] = bin;
    const runner = recordingRunner();
    await expect(resolveKustomizeCommand({ enableHelm: false }, runner)).resolves.toEqual({ command: 'kustomize', args: ['build'] });
    expect(runner.calls).toEqual([]);
  });
});
