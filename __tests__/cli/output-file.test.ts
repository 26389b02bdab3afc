/**
 * Files podsec writes (a report with --output, a manifest with `fix --write`) are replaced whole or not at all: a
 * report that fails half-way, or a folder podsec may not write in, leaves the file that was there as it was and
 * nothing beside it. Real files; the failing report is a SARIF piece generator made to throw half-way.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { freshBundle } from '../bundle.js';
import { runCli, writeTreeIn } from './helpers.js';

const fault = vi.hoisted(() => ({ afterPieces: -1 }));

vi.mock('../../src/report/sarif.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/report/sarif.js')>();
  return {
    ...real,
    *sarifPieces(...args: Parameters<typeof real.sarifPieces>): Generator<string> {
      let given = 0;
      for (const piece of real.sarifPieces(...args)) {
        if (fault.afterPieces >= 0 && given++ >= fault.afterPieces) throw new Error('the SARIF report failed half-way');
        yield piece;
      }
    },
  };
});

const work = mkdtempSync(path.join(tmpdir(), 'podsec-output-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const privilegedPod =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: root-shell\nspec:\n  containers:\n    - name: shell\n      image: busybox\n      securityContext:\n        privileged: true\n';

describe('--output', () => {
  it('leaves the report that was there, and nothing beside it, when the new one fails half-way', async () => {
    const dir = writeTreeIn(work, { 'pod.yaml': privilegedPod });
    const first = await runCli(['scan', 'pod.yaml', '--format', 'sarif', '--output', 'out/report.sarif'], {
      cwd: dir,
    });
    expect(first.code, first.stderr).toBe(1);
    const report = readFileSync(path.join(dir, 'out/report.sarif'), 'utf8');
    expect(JSON.parse(report)).toMatchObject({ version: '2.1.0' });
    try {
      fault.afterPieces = 2;
      for (const argv of [
        ['--format', 'sarif', '--output', 'out/report.sarif'],
        ['--format', 'text', '--sarif', 'out/report.sarif'],
        ['--format', 'sarif', '--output', 'out/new.sarif'],
      ]) {
        const failed = await runCli(['scan', 'pod.yaml', ...argv], { cwd: dir });
        expect(failed.code, argv.join(' ')).toBe(2);
        expect(failed.stderr).toContain('podsec: internal error: the SARIF report failed half-way');
        expect(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8')).toBe(report);
        expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.sarif']);
      }
    } finally {
      fault.afterPieces = -1;
    }
  });

  it('refuses a folder it may not write in by name, and leaves the files there as they were', async () => {
    const dir = writeTreeIn(work, {
      'pod.yaml': privilegedPod,
      'ro/report.json': '{"old": true}\n',
      'ro/pod.yaml': privilegedPod,
    });
    const readOnly = path.join(dir, 'ro');
    chmodSync(readOnly, 0o555);
    try {
      const cli = path.join(await freshBundle(), 'cli.js');
      // The real CLI as a process; as root, without the capability that lets root write anywhere.
      const root = process.getuid?.() === 0;
      const run = async (argv: string[]): Promise<{ code: number; stderr: string }> => {
        const [command, ...args] = [
          ...(root ? ['setpriv', '--bounding-set', '-dac_override', '--'] : []),
          process.execPath,
          cli,
          ...argv,
        ];
        try {
          const { stderr } = await promisify(execFile)(command ?? '', args, { cwd: dir });
          return { code: 0, stderr };
        } catch (error) {
          const failed = error as { code: number; stderr: string };
          return { code: failed.code, stderr: failed.stderr };
        }
      };
      const replace = await run(['scan', 'pod.yaml', '--format', 'json', '--output', 'ro/report.json']);
      expect(replace).toEqual({ code: 2, stderr: 'podsec: cannot write ro/report.json: permission denied\n' });
      const create = await run(['scan', 'pod.yaml', '--format', 'json', '--output', 'ro/new.json']);
      expect(create).toEqual({ code: 2, stderr: 'podsec: cannot write ro/new.json: permission denied\n' });
      const fix = await run(['fix', '--write', '--allow-behaviour-change', 'ro/pod.yaml']);
      expect(fix.code).toBe(2);
      expect(fix.stderr).toContain('podsec: cannot write ro/pod.yaml: EACCES\n');
      expect(readFileSync(path.join(readOnly, 'report.json'), 'utf8')).toBe('{"old": true}\n');
      expect(readFileSync(path.join(readOnly, 'pod.yaml'), 'utf8')).toBe(privilegedPod);
      expect(readdirSync(readOnly).sort()).toEqual(['pod.yaml', 'report.json']);
    } finally {
      chmodSync(readOnly, 0o755);
    }
  }, 120_000);
});

describe('fix --write', () => {
  it('replaces a fixed file whole with its mode kept, and it scans clean and reads as JSON', async () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { template: { spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } } },
    };
    const dir = writeTreeIn(work, { 'deploy/web.json': `${JSON.stringify(deployment, null, 4)}\n` });
    const file = path.join(dir, 'deploy/web.json');
    chmodSync(file, 0o600);
    const fixed = await runCli(['fix', '--write', '--level', 'restricted', 'deploy'], { cwd: dir });
    expect(fixed.code, fixed.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 4)}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.join(dir, 'deploy'))).toEqual(['web.json']);
    expect(existsSync(path.join(dir, 'web.json'))).toBe(false);
    const again = await runCli(['scan', '--level', 'restricted', 'deploy'], { cwd: dir });
    expect(again.code, again.stdout).toBe(0);
  }, 60_000);
});
