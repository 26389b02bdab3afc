import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLine } from '../../src/cli/error-line.js';
import { createNodeScanDeps } from '../../src/node-deps.js';
import { generatedNotice, renderCheckPage } from '../../src/policy/check-page.js';
import { CHECK_ORDER } from '../../src/policy/registry.js';
import type { ScanError } from '../../src/findings/types.js';
import type { ScanDeps } from '../../src/scan.js';
import { PODSEC_VERSION } from '../../src/version.js';
import { freshBundle } from '../bundle.js';
import { repoRoot, runCli, writeTreeIn } from './helpers.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'podsec-conventions-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const writeTree = (files: Record<string, string>): string => writeTreeIn(work, files);

describe('program version', () => {
  it.each([['--version'], ['version']])('podsec %s prints the program version', async (word) => {
    const run = await runCli([word]);
    expect(run).toEqual({ code: 0, stdout: `podsec ${PODSEC_VERSION}\n`, stderr: '' });
  });

  it('scan --policy-version sets the policy version, and the first spelling --version still does', async () => {
    const versions: string[][] = [];
    for (const flag of ['--policy-version', '--version']) {
      const run = await runCli([
        'scan',
        'examples/manifests/report-job.yaml',
        '--level',
        'restricted',
        flag,
        'v1.30',
        '--format',
        'json',
      ]);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as { problems: { policies: { version: string }[] }[] };
      versions.push(report.problems.flatMap((problem) => problem.policies.map((policy) => policy.version)));
    }
    expect(versions[0]?.length).toBeGreaterThan(0);
    expect(new Set(versions[0])).toEqual(new Set(['v1.30']));
    expect(versions[1]).toEqual(versions[0]);
  });

  it('scan --version with no value says which flag prints the program version', async () => {
    const run = await runCli(['scan', 'examples', '--version']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "podsec: scan --version needs a policy version (latest or v1.N; spelled --policy-version now); podsec --version prints podsec's version\n",
    );
  });
});

describe('-o is the output file', () => {
  it('writes the report to the file given with -o and leaves stdout empty', async () => {
    const out = path.join(work, 'o', 'report.json');
    const run = await runCli(['scan', 'examples/manifests/node-agent.yaml', '--format', 'json', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { problems: { file: string }[] };
    expect(report.problems.map((problem) => problem.file)).toContain('examples/manifests/node-agent.yaml');
  });

  it('-o works for merge too', async () => {
    const shard = path.join(work, 'shard.json');
    const merged = path.join(work, 'merged.sarif');
    await runCli(['scan', 'examples/manifests/node-agent.yaml', '--format', 'json', '-o', shard]);
    const run = await runCli(['merge', shard, '--format', 'sarif', '-o', merged]);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(merged, 'utf8')) as { version: string }).version).toBe('2.1.0');
  });
});

describe('did you mean', () => {
  it.each([
    [
      ['scan', '--levle', 'baseline'],
      'podsec: unknown option --levle for scan; did you mean --level? (see podsec help)',
    ],
    [
      ['scan', '--polcy-version=v1.30'],
      'podsec: unknown option --polcy-version for scan; did you mean --policy-version? (see podsec help)',
    ],
    [
      ['merge', 'x.json', '--fial-on', 'none'],
      'podsec: unknown option --fial-on for merge; did you mean --fail-on? (see podsec help)',
    ],
    [
      ['sacn', '.'],
      'podsec: unknown command "sacn"; did you mean scan? (commands: scan, plan, fix, merge, checks, explain, version, help)',
    ],
    [
      ['--verison'],
      'podsec: unknown option --verison; did you mean --version? (commands: scan, plan, fix, merge, checks, explain, version, help; see podsec help)',
    ],
    [
      ['explain', 'runAsNonRot'],
      'podsec: unknown check "runAsNonRot"; did you mean runAsNonRoot? (podsec checks lists them)',
    ],
  ])('%j gets one line with the closest word', async (argv, line) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${line}\n`);
    expect(run.stdout).toBe('');
  });

  it('offers nothing when no known word is close', async () => {
    const run = await runCli(['scan', '--frobnicate']);
    expect(run.stderr).toBe(
      'podsec: unknown option --frobnicate for scan; a path that starts with - goes after --, as in podsec scan -- --frobnicate (see podsec help)\n',
    );
  });
});

describe('podsec checks and podsec explain', () => {
  it('lists every check, one line each, in output order', async () => {
    const run = await runCli(['checks']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CHECK\s+LEVEL\s+FROM \(VARIANTS\)\s+TITLE$/);
    expect(lines.slice(1).map((line) => line.split(/\s+/)[0])).toEqual([...CHECK_ORDER]);
    expect(run.stdout).toMatch(/^sysctls\s+baseline\s+v1\.0,v1\.27,v1\.29,v1\.32,v1\.37\s+Sysctls$/m);
  });

  it('explain prints the check page of docs/checks, without the generated-file comment', async () => {
    const run = await runCli(['explain', 'runAsNonRoot']);
    expect(run.code).toBe(0);
    const page = readFileSync(path.join(repoRoot, 'docs/checks/runAsNonRoot.md'), 'utf8');
    expect(`${run.stdout}\n${generatedNotice('runAsNonRoot')}\n`).toBe(page);
    expect(run.stdout).toBe(renderCheckPage('runAsNonRoot', { withNotice: false }));
    expect(run.stdout).toContain('## How to fix');
  });

  it('explain accepts an id in another case', async () => {
    expect((await runCli(['explain', 'HOSTPORTS'])).stdout).toBe(renderCheckPage('hostPorts', { withNotice: false }));
  });
});

describe('stderr names every error', () => {
  it('one line per error (file, line, message) when the report goes to a file', async () => {
    const dir = writeTree({
      'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 0.1.0\n',
      'chart/templates/pod.yaml': '{{ .Values.missing.key }}\n',
    });
    const run = await runCli(
      ['scan', 'does-not-exist', 'broken.yaml', 'chart', '--format', 'json', '--output', 'x.json'],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    const report = JSON.parse(readFileSync(path.join(dir, 'x.json'), 'utf8')) as { errors: ScanError[] };
    expect(report.errors.length).toBeGreaterThanOrEqual(3);
    const lines = run.stderr.trimEnd().split('\n');
    // Every error of the report, in its order, then the one-line reason for the exit code.
    expect(lines.slice(0, -1)).toEqual(report.errors.map((error) => `podsec: ${errorLine(error)}`));
    expect(lines.slice(0, -1).every((line) => line.startsWith('podsec: '))).toBe(true);
    expect(lines).toContain('podsec: does-not-exist: path does not exist');
    expect(lines.some((line) => line.startsWith('podsec: broken.yaml:5:1: YAML syntax error'))).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^podsec: chart: scenario "default": helm template failed with exit code 1: Error: template: broken\/templates\/pod\.yaml:1:10: /,
      ),
    );
    expect(lines.at(-1)).toMatch(/^\d+ input, configuration or render errors$/);
  });

  it('a text report on a terminal names the errors itself; stderr keeps the config line and the reason', async () => {
    const run = await runCli(['scan', 'does-not-exist'], { cwd: writeTree({}), tty: true });
    expect(run.stdout).toContain('does-not-exist: path does not exist');
    expect(run.stderr).not.toContain('podsec: does-not-exist');
    expect(run.stderr).toMatch(/\n1 input or configuration error\n$/);
  });

  it('a text report piped or redirected: stderr names the errors too', async () => {
    const run = await runCli(['scan', 'does-not-exist'], { cwd: writeTree({}), tty: false });
    expect(run.stdout).toContain('does-not-exist: path does not exist');
    expect(run.stderr.split('\n').slice(1)).toEqual([
      'podsec: does-not-exist: path does not exist',
      '1 input or configuration error',
      '',
    ]);
  });
});

describe('which config file was used', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: x\n';

  it('names .podsec.yaml in the working folder', async () => {
    const dir = writeTree({ '.podsec.yaml': 'level: baseline\n', 'pod.yaml': pod });
    const run = await runCli(['scan', 'pod.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('podsec: config .podsec.yaml\n');
  });

  it('names .podsec.yml too', async () => {
    const dir = writeTree({ '.podsec.yml': 'level: baseline\n', 'pod.yaml': pod });
    expect((await runCli(['scan', 'pod.yaml'], { cwd: dir })).stderr).toBe('podsec: config .podsec.yml\n');
  });

  it('names the file given with --config', async () => {
    const dir = writeTree({ 'ci/podsec.yaml': 'level: baseline\n', 'pod.yaml': pod });
    expect((await runCli(['scan', 'pod.yaml', '-c', 'ci/podsec.yaml'], { cwd: dir })).stderr).toBe(
      'podsec: config ci/podsec.yaml (--config)\n',
    );
  });

  it('says where it looked when there is none: the working folder, not the scanned path', async () => {
    const dir = writeTree({ 'deploy/.podsec.yaml': 'level: privileged\n', 'deploy/pod.yaml': pod });
    const run = await runCli(['scan', 'deploy'], { cwd: dir });
    expect(run.stderr).toBe(
      `podsec: no config file (.podsec.yaml or .podsec.yml in the working folder ${dir}); built-in defaults and flags\n`,
    );
  });

  it('says nothing about config in machine formats', async () => {
    const dir = writeTree({ '.podsec.yaml': 'level: baseline\n', 'pod.yaml': pod });
    expect((await runCli(['scan', 'pod.yaml', '--format', 'json'], { cwd: dir })).stderr).toBe('');
  });
});

describe('progress on stderr', () => {
  /** Real deps whose manifest reads take 150 ms, 300 ms, … so the count moves while the scan runs. */
  function slowDeps(): ScanDeps {
    const real = createNodeScanDeps(async () => Buffer.from(''));
    let order = 0;
    return {
      discover: (options) => real.discover(options),
      render: (target, options) => real.render(target, options),
      loadManifests: async (target, options) => {
        order += 1;
        await new Promise((resolve) => setTimeout(resolve, 150 * order));
        return real.loadManifests(target, options);
      },
    };
  }
  const argv = [
    'scan',
    'examples/manifests',
    '--format',
    'json',
    '--output',
    path.join(tmpdir(), `podsec-progress-${process.pid}.json`),
  ];

  it('shows targets rendered / total and the current target on a terminal, then clears the line', async () => {
    const run = await runCli(argv, { stderrTty: true, deps: slowDeps(), progressDelayMs: 0 });
    expect(run.code).toBe(1);
    const frames = run.stderr.split('\r\u001b[K').filter((frame) => frame !== '');
    expect(
      frames.some((frame) => /^podsec: [0-4]\/5 targets rendered · examples\/manifests\/\S+\.yaml$/.test(frame)),
    ).toBe(true);
    // The count goes up as targets finish.
    const counts = frames.flatMap((frame) => /^podsec: (\d)\/5/.exec(frame)?.[1] ?? []).map(Number);
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort());
    // The line is cleared before the final report lines.
    expect(run.stderr).toMatch(/\r\u001b\[K\d+ problems? fails? the run in \d+ workloads? \(fail-on: enforce\)\n/);
  });

  it('is silent when stderr is not a terminal', async () => {
    const run = await runCli(argv, { stderrTty: false, deps: slowDeps(), progressDelayMs: 0 });
    expect(run.stderr).not.toContain('targets rendered');
    expect(run.stderr).not.toContain('\r');
  });

  it('is silent in CI, even on a terminal', async () => {
    const run = await runCli(argv, { stderrTty: true, env: { CI: 'true' }, deps: slowDeps(), progressDelayMs: 0 });
    expect(run.stderr).not.toContain('targets rendered');
  });

  it('is silent for a scan that ends before the delay', async () => {
    const run = await runCli(argv, { stderrTty: true, deps: slowDeps() });
    expect(run.stderr).not.toContain('targets rendered');
  });
});

describe('progress on a real terminal', () => {
  it('the built CLI under a pseudo-terminal (script) draws progress for a slow scan, and not with CI set', async () => {
    const dir = mkdtempSync(path.join(work, 'pty-'));
    const bundle = await freshBundle();
    const tree = writeTreeIn(dir, {
      'charts/a/Chart.yaml': 'apiVersion: v2\nname: a\nversion: 0.1.0\n',
      'charts/b/Chart.yaml': 'apiVersion: v2\nname: b\nversion: 0.1.0\n',
      'charts/c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
      // A helm that takes a second and fails: three charts, one at a time, make a three-second scan.
      'slow-helm': '#!/bin/sh\nsleep 1\necho "slow helm failed" >&2\nexit 1\n',
    });
    chmodSync(path.join(tree, 'slow-helm'), 0o755);
    const command = `${process.execPath} ${path.join(bundle, 'cli.js')} scan charts --helm ${path.join(tree, 'slow-helm')} --concurrency 1 --format json -o out.json`;
    const underPty = (env: NodeJS.ProcessEnv): string => {
      // script -e returns the CLI's exit code: 2, for the render errors.
      const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: tree, encoding: 'utf8', env });
      expect(run.status).toBe(2);
      return run.stdout;
    };
    const { CI: _ci, GITHUB_ACTIONS: _actions, ...local } = process.env;
    const shown = underPty(local);
    expect(shown).toMatch(/\r\u001b\[Kpodsec: [12]\/3 targets rendered · charts\/[abc]/);
    expect(shown).toContain(
      'podsec: charts/a: scenario "default": helm template failed with exit code 1: slow helm failed',
    );
    const inCiRun = underPty({ ...local, CI: 'true' });
    expect(inCiRun).not.toContain('targets rendered');
    expect(inCiRun).toContain('3 render errors');
  }, 60_000);
});
