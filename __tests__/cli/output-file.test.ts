/**
 * Files podsec writes (a report with --output, a manifest with `fix --write`) are replaced whole or not at all: a
 * report that fails half-way, or a file podsec may not write, leaves the file that was there as it was and nothing
 * beside it; a file it may write in a folder that refuses new files is written in place. Real files and the real CLI as a process; the report fails half-way because the process may
 * not write a file that large (`ulimit -f`, as a full disk fails a write), the folder is read-only by its mode.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../bundle.js';
import { runCli, writeTreeIn } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'podsec-output-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const privilegedPod =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: root-shell\nspec:\n  containers:\n    - name: shell\n      image: busybox\n      securityContext:\n        privileged: true\n';

/**
 * The bundled CLI run in `dir`, allowed files of at most `limitBlocks` blocks of the shell's `ulimit -f`; as root,
 * without the capability that lets root write in any folder (so a folder's mode counts as for anyone else).
 */
async function runProcess(
  dir: string,
  argv: string[],
  limitBlocks = 'unlimited',
): Promise<{ code: number; stderr: string }> {
  const cli = path.join(await freshBundle(), 'cli.js');
  const root = process.getuid?.() === 0;
  const [command, ...args] = [
    ...(root ? ['setpriv', '--bounding-set', '-dac_override', '--'] : []),
    'sh',
    '-c',
    `ulimit -f ${limitBlocks}; exec "$@"`,
    'sh',
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
}

describe('--output', () => {
  it('leaves the report that was there, and nothing beside it, when the new one fails half-way', async () => {
    const dir = writeTreeIn(work, { 'pod.yaml': privilegedPod, 'out/report.sarif': 'the report of yesterday\n' });
    // The SARIF of one workload is some 60 kB: it fails after its first 4 kB are written.
    for (const argv of [
      ['--format', 'sarif', '--output', 'out/report.sarif'],
      ['--format', 'text', '--sarif', 'out/report.sarif'],
      ['--format', 'sarif', '--output', 'out/new.sarif'],
    ]) {
      const failed = await runProcess(dir, ['scan', 'pod.yaml', ...argv], '8');
      expect(failed.code, argv.join(' ')).toBe(2);
      expect(failed.stderr).toMatch(/^podsec: cannot write out\/(report|new)\.sarif: EFBIG$/m);
      expect(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8')).toBe('the report of yesterday\n');
      expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.sarif']);
    }
    // Without the limit the same report replaces it.
    const written = await runProcess(dir, ['scan', 'pod.yaml', '--format', 'sarif', '--output', 'out/report.sarif']);
    expect(written.code, written.stderr).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.sarif']);
  }, 120_000);

  it('writes a file it may write in a folder that refuses new files in place, and refuses the rest by name', async () => {
    const dir = writeTreeIn(work, {
      'pod.yaml': privilegedPod,
      'ro/report.json': '{"old": true}\n',
      'ro/locked.json': '{"locked": true}\n',
      'ro/pod.yaml': privilegedPod,
    });
    const readOnly = path.join(dir, 'ro');
    chmodSync(path.join(readOnly, 'locked.json'), 0o444);
    chmodSync(readOnly, 0o555);
    try {
      // The folder refuses the file beside it: the report is written over the old one, as a plain write would.
      const replace = await runProcess(dir, ['scan', 'pod.yaml', '--format', 'json', '--output', 'ro/report.json']);
      expect(replace).toEqual({ code: 1, stderr: expect.stringContaining('1 problem fails the run') as string });
      expect(JSON.parse(readFileSync(path.join(readOnly, 'report.json'), 'utf8'))).toMatchObject({ version: '2' });
      const locked = await runProcess(dir, ['scan', 'pod.yaml', '--format', 'json', '--output', 'ro/locked.json']);
      expect(locked).toEqual({ code: 2, stderr: 'podsec: cannot write ro/locked.json: permission denied\n' });
      const create = await runProcess(dir, ['scan', 'pod.yaml', '--format', 'json', '--output', 'ro/new.json']);
      expect(create).toEqual({ code: 2, stderr: 'podsec: cannot write ro/new.json: permission denied\n' });
      const fix = await runProcess(dir, ['fix', '--write', '--allow-behaviour-change', 'ro/pod.yaml']);
      expect(fix.code, fix.stderr).toBe(0);
      expect(readFileSync(path.join(readOnly, 'pod.yaml'), 'utf8')).not.toBe(privilegedPod);
      expect(readFileSync(path.join(readOnly, 'locked.json'), 'utf8')).toBe('{"locked": true}\n');
      expect(readdirSync(readOnly).sort()).toEqual(['locked.json', 'pod.yaml', 'report.json']);
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
