/**
 * Hostile paths: symlinks leaving the scanned tree, symlink loops, and file, chart and overlay names made of
 * spaces, quotes, newlines, shell syntax and leading dashes.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chartFiles,
  cleanup,
  expectError,
  expectGoodFinding,
  expectNoCrash,
  fakeTool,
  hostPidPod,
  parseReport,
  privilegedPod,
  realHelm,
  runCli,
  scanTree,
  tempDir,
  writeTree,
} from './helpers.js';

afterAll(cleanup);

/** A folder outside every scanned tree, holding a privileged pod that must never be scanned. */
function outsideTree(): string {
  return writeTree(tempDir('podsec-outside-'), {
    'outside.yaml': privilegedPod.replace('root-shell', 'from-outside'),
    'dir/inner.yaml': privilegedPod.replace('root-shell', 'from-outside-dir'),
  });
}

describe('symlinks', () => {
  it('a file symlink pointing outside the tree: clear error, not followed, exit 2, the rest scanned', async () => {
    const outside = outsideTree();
    const dir = scanTree();
    symlinkSync(path.join(outside, 'outside.yaml'), path.join(dir, 'escape.yaml'));
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expectError(report, 'escape.yaml', 'symlink points outside the scanned directory; it is not followed');
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
    expect(run.code).toBe(2);
    expectGoodFinding(report);
  });

  it('a directory symlink pointing outside the tree: clear error, not followed, exit 2, the rest scanned', async () => {
    const outside = outsideTree();
    const dir = scanTree();
    symlinkSync(path.join(outside, 'dir'), path.join(dir, 'escape-dir'));
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expectError(report, 'escape-dir', 'symlink points outside the scanned directory; it is not followed');
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside-dir');
    expect(run.code).toBe(2);
    expectGoodFinding(report);
  });

  it('a symlink loop between two files: named for each link, no hang, exit 2, the rest scanned', async () => {
    const dir = scanTree();
    symlinkSync('loop-b.yaml', path.join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', path.join(dir, 'loop-b.yaml'));
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expectError(report, 'loop-a.yaml', /too many levels of symbolic links/);
    expectError(report, 'loop-b.yaml', /too many levels of symbolic links/);
    expect(run.code).toBe(2);
    expectGoodFinding(report);
  });

  it('directory symlinks back to an ancestor or to themselves: no endless walk, each file scanned once', async () => {
    const dir = scanTree({ 'sub/pod.yaml': hostPidPod('in-sub') });
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('self', path.join(dir, 'self'));
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    const enforce = report.workloads.filter((w) => w.mode === 'enforce');
    expect(enforce.map((w) => `${w.file} ${w.name}`).sort()).toEqual(['good.yaml root-shell', 'sub/pod.yaml in-sub']);
    // `self` has no manifest extension and resolves to nothing: ignored like any other non-manifest entry.
    expect(report.errors).toEqual([]);
    expect(run.code).toBe(1);
    expectGoodFinding(report);
  });
});

const oddNames = [
  'with space.yaml',
  "single'quote.yaml",
  'double"quote.yaml',
  'new\nline.yaml',
  '-rf.yaml',
  '--help.yaml',
  '$(touch pwned).yaml',
  '`touch pwned2`.yaml',
];

describe('file names with spaces, quotes, newlines, shell syntax and leading dashes', () => {
  it.each(oddNames)('%j found in a directory: scanned, findings carry the exact name, nothing run', async (name) => {
    const dir = scanTree({ [name]: hostPidPod('odd') });
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    const finding = report.findings.find(
      (f) => f.name === 'odd' && f.check === 'hostNamespaces' && f.modes.includes('enforce'),
    );
    expect(finding?.file).toBe(name);
    expect(finding?.line).toBe(6);
    expect(report.errors).toEqual([]);
    expect(existsSync(path.join(dir, 'pwned'))).toBe(false);
    expect(existsSync(path.join(dir, 'pwned2'))).toBe(false);
    expect(run.code).toBe(1);
    expectGoodFinding(report);
  });

  it('names starting with dashes given after -- are paths, not flags', async () => {
    const dir = scanTree({
      '-rf.yaml': hostPidPod('rf'),
      '--help.yaml': hostPidPod('help'),
      '--format=sarif.yaml': hostPidPod('fmt'),
    });
    const run = await runCli(
      ['scan', '--format', 'json', '--', '-rf.yaml', '--help.yaml', '--format=sarif.yaml', 'good.yaml'],
      dir,
    );
    expectNoCrash(run);
    const report = parseReport(run);
    const scanned = report.workloads.filter((w) => w.mode === 'enforce').map((w) => `${w.file} ${w.name}`);
    expect(scanned.sort()).toEqual([
      '--format=sarif.yaml fmt',
      '--help.yaml help',
      '-rf.yaml rf',
      'good.yaml root-shell',
    ]);
    expect(report.errors).toEqual([]);
    expect(run.code).toBe(1);
    expectGoodFinding(report);
  });

  it('a dash name without -- is refused as an unknown flag with a hint, exit 2, never run as help', async () => {
    const dir = scanTree({ '--help.yaml': hostPidPod('help') });
    const run = await runCli(['scan', '--help.yaml'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'podsec: unknown option --help.yaml for scan; a path that starts with - goes after --, as in podsec scan -- --help.yaml (see podsec help)\n',
    );
  });
});

/** A helm that records each argument (one per line, newlines escaped) and then runs the real helm. */
function argLoggingHelm(dir: string): { bin: string; log: string } {
  const log = path.join(dir, 'helm-argv.log');
  const bin = fakeTool(
    dir,
    'helm',
    `for a in "$@"; do printf '%s\\0' "$a" >> '${log}'; done; printf '\\n' >> '${log}'\nexec '${realHelm}' "$@"`,
  );
  return { bin, log };
}

describe('chart and overlay folders whose names look like flags', () => {
  const chartNames = ['-chart', '--set x=1', '--post-renderer=evil', 'chart with space', "it's"];

  it.each(chartNames)(
    'a chart in %j: rendered by helm as one literal path after --, findings carry the name',
    async (name) => {
      const tools = tempDir();
      const { bin, log } = argLoggingHelm(tools);
      const dir = scanTree(chartFiles(name, hostPidPod('{{ .Release.Name }}-pod')));
      const run = await runCli(['scan', '.', '--format', 'json', '--helm', bin], dir);
      expectNoCrash(run);
      const report = parseReport(run);
      const calls = readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\0').filter((a) => a !== ''));
      expect(calls).toHaveLength(1);
      const argv = calls[0] as string[];
      // The chart is a single absolute argument after the end-of-flags marker.
      expect(argv.slice(argv.indexOf('--') + 1)).toEqual(['release-name', path.join(dir, name)]);
      expect(argv.slice(0, argv.indexOf('--')).some((a) => a.includes(name))).toBe(false);
      const finding = report.findings.find((f) => f.check === 'hostNamespaces' && f.modes.includes('enforce'));
      expect(finding?.file).toBe(`${name}/templates/workload.yaml`);
      expect(report.errors).toEqual([]);
      expect(run.code).toBe(1);
      expectGoodFinding(report);
    },
  );

  it('a chart folder named like a flag, passed on the command line after --, is rendered as that chart', async () => {
    const tools = tempDir();
    const { bin } = argLoggingHelm(tools);
    const dir = scanTree(chartFiles('--set x=1', hostPidPod('flagged')));
    const run = await runCli(['scan', '--format', 'json', '--helm', bin, '--', '--set x=1', 'good.yaml'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expect(report.findings.find((f) => f.name === 'flagged' && f.check === 'hostNamespaces')?.file).toBe(
      '--set x=1/templates/workload.yaml',
    );
    expect(report.errors).toEqual([]);
    expect(run.code).toBe(1);
    expectGoodFinding(report);
  });

  it.each(['-overlay', '--load-restrictor=LoadRestrictionsNone', 'over lay'])(
    'a kustomization in %j: built as that folder, findings carry the name, no flag reaches kustomize',
    async (name) => {
      const tools = tempDir();
      const log = path.join(tools, 'kustomize-argv.log');
      // Records argv, then builds with kubectl kustomize (podsec calls a non-kubectl binary as `BIN build DIR`).
      const bin = fakeTool(
        tools,
        'kustomize',
        `for a in "$@"; do printf '%s\\0' "$a" >> '${log}'; done; printf '\\n' >> '${log}'\nshift\nexec kubectl kustomize "$@"`,
      );
      const dir = scanTree({
        [`${name}/kustomization.yaml`]: 'resources:\n  - pod.yaml\n',
        [`${name}/pod.yaml`]: hostPidPod('kpod'),
      });
      const run = await runCli(['scan', '.', '--format', 'json', '--kustomize', bin], dir);
      expectNoCrash(run);
      const report = parseReport(run);
      const argv = readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => line.split('\0'));
      expect(argv.some((a) => a.includes(name))).toBe(false);
      expect(argv).not.toContain('--load-restrictor=LoadRestrictionsNone');
      expect(report.findings.find((f) => f.name === 'kpod' && f.check === 'hostNamespaces')?.file).toBe(
        `${name}/pod.yaml`,
      );
      expect(report.errors).toEqual([]);
      expect(run.code).toBe(1);
      expectGoodFinding(report);
    },
  );
});

describe('a repository-planted helm is never picked up', () => {
  it('node_modules/.bin/helm in the scanned tree is not run', async () => {
    const dir = scanTree(chartFiles('chart', hostPidPod('planted')));
    const marker = path.join(dir, 'planted-helm-ran');
    mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
    fakeTool(path.join(dir, 'node_modules/.bin'), 'helm', `touch '${marker}'\nexit 1`);
    writeFileSync(path.join(dir, '.keep'), '');
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expect(existsSync(marker)).toBe(false);
    expect(report.findings.some((f) => f.name === 'planted' && f.check === 'hostNamespaces')).toBe(true);
    expect(run.code).toBe(1);
    expectGoodFinding(report);
  });
});
