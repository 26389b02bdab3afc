/**
 * Hostile charts and overlays that try to read outside the scanned tree, leak the checkout token or
 * values, or reach the network while rendering; plus tools that flood or crash. Each was a podsec bug
 * once: these tests keep them fixed.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chartFiles,
  cleanup,
  expectError,
  expectGoodFinding,
  expectNoCrash,
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

/** kustomize, building in podsec's staged copy of the scanned folder, did not find something outside it. */
function expectMissingInCopy(report: Parameters<typeof expectError>[0], target: string): void {
  const error = expectError(report, target, /^kubectl kustomize failed with exit code 1:\n/);
  expect(error.message).toMatch(/<podsec staging>\/[^']*: no such file or directory/);
}

/** A folder outside every scanned tree holding a privileged pod that must never be scanned. */
function outsidePod(): string {
  const outside = writeTree(tempDir('podsec-outside-'), {
    'outside.yaml': privilegedPod.replace('root-shell', 'from-outside'),
  });
  return path.join(outside, 'outside.yaml');
}

describe('reading outside the scanned tree', () => {
  it('a chart template that is a symlink to a file outside the tree is not rendered', async () => {
    const dir = scanTree(chartFiles('linked', hostPidPod('inside')));
    symlinkSync(outsidePod(), path.join(dir, 'linked/templates/outside.yaml'));
    const run = await runCli(['scan', '.', '--format', 'json', '--helm', realHelm], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expect(report.errors.some((e) => e.file.startsWith('linked') && /symlink points outside/.test(e.message))).toBe(
      true,
    );
    // helm itself follows the link: the outside file's pod is currently rendered and judged.
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
    expect(run.code).toBe(2);
    expectGoodFinding(report);
  });

  it.each([
    ['resources', 'resources'],
    // kustomize matches field names without regard to case, and resolves YAML merge keys (in document
    // order: a merge after a key overrides it). Whatever the spelling, the base is not in the staged copy.
    ['Resources (any case)', 'Resources'],
    ['a merge key', '<<:\n  resources'],
    ['a merge key after the resources it overrides', 'resources: [../inside]\n<<:\n  resources'],
  ])(
    'a kustomization whose base lies outside the scanned tree is not read (kustomize finds no such folder): %s',
    async (_name, field) => {
      const outside = writeTree(tempDir('podsec-outside-'), {
        'kbase/kustomization.yaml': 'resources:\n  - pod.yaml\n',
        'kbase/pod.yaml': privilegedPod.replace('root-shell', 'from-outside'),
      });
      const dir = scanTree({});
      const relativeBase = path.relative(path.join(dir, 'overlay'), path.join(outside, 'kbase'));
      const indent = field.includes('<<') ? '    ' : '  ';
      writeTree(dir, {
        'overlay/kustomization.yaml': `${field}:\n${indent}- ${relativeBase}\n`,
        'inside/kustomization.yaml': 'resources: []\n',
      });
      const run = await runCli(['scan', '.', '--format', 'json'], dir);
      expectNoCrash(run);
      const report = parseReport(run);
      expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
      // kustomize's own error (podsec refused these itself before the build moved into a staged copy).
      expectMissingInCopy(report, 'overlay');
      expect(run.code).toBe(2);
      expectGoodFinding(report);
    },
  );
});

describe('bases podsec cannot check, and repository URLs', () => {
  /** An overlay over `base`, and an outside folder holding a privileged pod that `base` tries to pull in. */
  function overlayOver(baseKustomization: (outside: string) => string): { dir: string; outsideBase: string } {
    const outside = writeTree(tempDir('podsec-outside-'), {
      'kbase/kustomization.yaml': 'resources:\n  - pod.yaml\n',
      'kbase/pod.yaml': privilegedPod.replace('root-shell', 'from-outside'),
    });
    const dir = scanTree({ 'overlay/kustomization.yaml': 'resources:\n  - ../base\n', 'base/pod.yaml': privilegedPod });
    const outsideBase = path.relative(path.join(dir, 'base'), path.join(outside, 'kbase'));
    writeTree(dir, { 'base/kustomization.yaml': baseKustomization(outsideBase) });
    return { dir, outsideBase };
  }

  // kustomize (go-yaml v2) keeps the last of two equal keys and reads only the first document. podsec no longer
  // needs to read them the same way: the outside base is not in the staged copy.
  it.each([
    ['duplicate keys (the last one counts)', (outside: string) => `resources: [pod.yaml]\nresources: [${outside}]\n`],
    [
      'several documents (the first one counts)',
      (outside: string) => `resources: [${outside}]\n---\nresources: [pod.yaml]\n`,
    ],
  ])('a base with %s does not reach the outside base', async (_name, base) => {
    const { dir } = overlayOver(base);
    const run = await runCli(['scan', 'overlay', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
    expectMissingInCopy(report, 'overlay');
    expect(run.code).toBe(2);
  });

  // What go-yaml v2 and the yaml package read differently podsec used to refuse, naming the base; kustomize now
  // reads it itself in the staged copy, and whatever it finds there, the outside base is not.
  it.each([
    ['an explicit merge tag', (outside: string) => `resources: [pod.yaml]\n!!merge <<: {resources: [${outside}]}\n`],
    [
      'a %YAML 1.1 directive',
      (outside: string) => `%YAML 1.1\n---\nresources: [pod.yaml]\n<<: {resources: [${outside}]}\n`,
    ],
    ['a !!binary path', () => `resources: [pod.yaml, !!binary Li4vLi4vb3V0c2lkZQ==]\n`],
    [
      'a line separator in a comment',
      (outside: string) => `resources: [pod.yaml]\n# note\u2028resources: [${outside}]\n`,
    ],
    ['an alias inside the list it names', () => `resources: &r [pod.yaml, *r]\n`],
    [
      'a merge key repeated',
      (outside: string) => `<<: {namePrefix: p-}\nresources: [pod.yaml]\n<<: {resources: [${outside}]}\n`,
    ],
    [
      'a key repeated after a merge',
      (outside: string) => `resources: [pod.yaml]\n<<: {resources: [pod.yaml]}\nresources: [${outside}]\n`,
    ],
    ['nesting ten thousand levels deep', () => `resources: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
  ])('a base with %s never yields the outside base', async (_name, base) => {
    const { dir } = overlayOver(base);
    const run = await runCli(['scan', 'overlay', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
    expectError(report, 'overlay', /^kubectl kustomize failed with exit code 1:\n/);
    expect(run.code).toBe(2);
  });

  it("a cyclic alias anywhere in the tree is an error for that target (kustomize's own), and the scan goes on", async () => {
    const dir = scanTree({ 'stray/kustomization.yaml': 'resources: &a [x, *a]\n', 'pod.yaml': privilegedPod });
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expectError(report, 'stray', /^kubectl kustomize failed with exit code 1:\n/);
    expectGoodFinding(report);
    expect(run.code).toBe(2);
  });

  it('folders whose names only look like short repository addresses are read from disk, as kustomize reads them', async () => {
    const dir = scanTree({
      'overlay/kustomization.yaml': 'resources:\n  - git@host:base\n  - gh:other\n',
      'overlay/git@host:base/kustomization.yaml': 'resources: [pod.yaml]\n',
      'overlay/git@host:base/pod.yaml': privilegedPod,
      'overlay/gh:other/kustomization.yaml': 'resources: []\n',
    });
    const run = await runCli(['scan', 'overlay', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expect(report.errors).toEqual([]);
    expect(report.findings.some((f) => f.file === 'overlay/git@host:base/pod.yaml' && f.check === 'privileged')).toBe(
      true,
    );
    expect(run.code).toBe(1);
  });

  it('a transformer entry that is a repository URL with a newline in it is refused, not taken for an inline config', async () => {
    const repository = writeTree(tempDir('podsec-outside-'), { 'kustomization.yaml': 'resources: []\n' });
    const dir = scanTree({
      'overlay/kustomization.yaml': `resources: [pod.yaml]\ntransformers:\n  - "file://${repository}?x=\\n"\n`,
      'overlay/pod.yaml': privilegedPod,
    });
    const run = await runCli(['scan', 'overlay', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expectError(
      report,
      'overlay/kustomization.yaml',
      /is a git repository URL, which kustomize would clone from anywhere on this machine/,
    );
    expect(run.code).toBe(2);
  });

  it('a base reached through a symlink resolves its entries from its real folder, inside the copy', async () => {
    const top = tempDir('podsec-symlinked-');
    writeTree(top, {
      'x/kustomization.yaml': 'resources: [pod.yaml]\n',
      'x/pod.yaml': privilegedPod.replace('root-shell', 'from-outside'),
      'scan/app/kustomization.yaml': 'resources: [../a/b/link]\n',
      'scan/t/kustomization.yaml': 'resources: [../../x]\n',
      'scan/a/b/.keep': '',
    });
    // From the link, ../../x is scan/a/x (missing); from the real folder scan/t it is outside the scan.
    symlinkSync('../../t', path.join(top, 'scan/a/b/link'));
    const run = await runCli(['scan', 'app', '--format', 'json'], path.join(top, 'scan'));
    expectNoCrash(run);
    const report = parseReport(run);
    expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
    // The link is copied as a link, so kustomize resolves ../../x from the copy of t: outside the copy.
    expectMissingInCopy(report, 'app');
    expect(run.code).toBe(2);
  });

  it.each([
    ['a patch', 'patches:\n  - path: http://127.0.0.1:9/patch.yaml\n'],
    ['a strategic-merge patch with a newline', 'patchesStrategicMerge:\n  - "http://127.0.0.1:9/p.yaml?x=\\n"\n'],
    ['a generator file', 'configMapGenerator:\n  - name: c\n    files: [http://localhost:9/cm.txt]\n'],
    ['an OpenAPI schema', 'openapi:\n  path: http://[::1]:9/schema.json\n'],
  ])(
    '%s given as a URL is refused with network off (Go sends loopback addresses past any proxy)',
    async (_name, field) => {
      const dir = scanTree({
        'overlay/kustomization.yaml': `resources: [pod.yaml]\n${field}`,
        'overlay/pod.yaml': privilegedPod,
      });
      const run = await runCli(['scan', 'overlay', '--format', 'json'], dir);
      expectNoCrash(run);
      const report = parseReport(run);
      expectError(
        report,
        'overlay/kustomization.yaml',
        /^remote resource ".*(127\.0\.0\.1|localhost|\[::1\]).*" is not fetched: network access is off/,
      );
      expect(run.code).toBe(2);
    },
  );

  it('URLs in builtin generator and transformer configs are refused with network off; other URLs in them are not', async () => {
    const dir = scanTree({
      'a/kustomization.yaml': 'resources: [pod.yaml]\ngenerators: [gen.yaml]\n',
      'a/gen.yaml':
        'apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata: {name: leak}\nfiles:\n  - x=http://127.0.0.1:9/generator-files\n',
      'a/pod.yaml': privilegedPod,
      'b/kustomization.yaml': 'resources: [pod.yaml]\ngenerators: [gens]\n',
      'b/gens/kustomization.yaml': 'resources: [secret.yaml]\n',
      'b/gens/secret.yaml':
        'apiVersion: builtin\nkind: SecretGenerator\nmetadata: {name: leak}\nenvs: [http://127.0.0.1:9/envs]\n',
      'b/pod.yaml': privilegedPod,
      'c/kustomization.yaml':
        'resources: [pod.yaml]\ntransformers:\n  - |\n    apiVersion: builtin\n    kind: PatchTransformer\n    metadata: {name: p}\n    path: http://localhost:9/patch.yaml\n',
      'c/pod.yaml': privilegedPod,
      // Field names in any case, as kustomize decodes them.
      'd/kustomization.yaml': 'resources: [pod.yaml]\ngenerators: [gen.yaml]\n',
      'd/gen.yaml':
        'apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata: {name: leak}\nFiles: ["k=https://127.0.0.1:9/x"]\nliterals: ["URL=https://example.com"]\n',
      'd/pod.yaml': privilegedPod,
      'ok/kustomization.yaml': 'resources: [pod.yaml]\ntransformers: [docs.yaml]\n',
      'ok/docs.yaml':
        'apiVersion: builtin\nkind: AnnotationsTransformer\nmetadata: {name: docs}\nannotations: {docs: "https://example.com/runbook"}\nfieldSpecs: [{path: metadata/annotations, create: true}]\n',
      'ok/pod.yaml': privilegedPod,
    });
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expectError(report, 'a/gen.yaml', 'remote resource "x=http://127.0.0.1:9/generator-files" is not fetched');
    expectError(report, 'b/gens/secret.yaml', 'remote resource "http://127.0.0.1:9/envs" is not fetched');
    expectError(report, 'c/kustomization.yaml', 'remote resource "http://localhost:9/patch.yaml" is not fetched');
    expectError(report, 'd/gen.yaml', 'remote resource "k=https://127.0.0.1:9/x" is not fetched');
    expect(report.errors.filter((e) => e.file.startsWith('ok/'))).toEqual([]);
    expect(report.findings.some((f) => f.file === 'ok/pod.yaml')).toBe(true);
    expect(run.code).toBe(2);
  });

  it('a file:// repository URL is refused even when a folder of that name exists in the overlay', async () => {
    const repository = writeTree(tempDir('podsec-outside-'), {
      'kustomization.yaml': 'resources: [pod.yaml]\n',
      'pod.yaml': privilegedPod.replace('root-shell', 'from-outside'),
    });
    const url = `file://${repository}`;
    const dir = scanTree({
      'overlay/kustomization.yaml': `resources:\n  - ${url}\n`,
      // resolve('overlay', 'file:///tmp/x') is overlay/file:/tmp/x: a decoy that looks local and harmless.
      [`overlay/file:${repository}/kustomization.yaml`]: 'resources: []\n',
    });
    for (const network of [[], ['--network']]) {
      // `git::file://…` too: kustomize strips `git::` and clones.
      writeTree(dir, { 'overlay/kustomization.yaml': `resources:\n  - ${network.length > 0 ? 'git::' : ''}${url}\n` });
      const run = await runCli(['scan', 'overlay', '--format', 'json', ...network], dir);
      expectNoCrash(run);
      const report = parseReport(run);
      expect(report.workloads.map((w) => w.name)).not.toContain('from-outside');
      expectError(
        report,
        'overlay/kustomization.yaml',
        /is a git repository URL, which kustomize would clone from anywhere on this machine; podsec does not render it/,
      );
      expect(run.code).toBe(2);
    }
  });
});

/** What actions/checkout leaves in .git/config by default (persist-credentials): the token, base64-encoded. */
const CHECKOUT_TOKEN_B64 = Buffer.from('x-access-token:ghs_podsecTESTcheckoutTOKEN00000000').toString('base64');
const gitConfig = `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${CHECKOUT_TOKEN_B64}\n`;
/** A pod whose container name carries whatever `expr` reads, so it lands in every finding's message. */
const exfiltratingPod = (expr: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: exfil}\nspec:\n  containers:\n    - name: {{ ${expr} | replace "\\n" " " | quote }}\n      image: x\n      securityContext: {privileged: true}\n`;

describe('the checkout token in .git/config', () => {
  it('is not readable by a chart at the repository root through .Files.Get', async () => {
    const top = writeTree(tempDir(), {
      'good.yaml': privilegedPod,
      'repo/.git/config': gitConfig,
      ...chartFiles('repo', exfiltratingPod('.Files.Get ".git/config"')),
    });
    const run = await runCli(['scan', 'repo', 'good.yaml', '--format', 'json', '--helm', realHelm], top);
    expectNoCrash(run);
    expect(run.stdout + run.stderr).not.toContain(CHECKOUT_TOKEN_B64);
    expect([1, 2]).toContain(run.code);
    expectGoodFinding(parseReport(run));
  });

  it('is not readable by a chart through a symlink to ../.git/config', async () => {
    const dir = scanTree({ '.git/config': gitConfig, ...chartFiles('chart', exfiltratingPod('.Files.Get "cfg"')) });
    symlinkSync('../.git/config', path.join(dir, 'chart/cfg'));
    const run = await runCli(['scan', '.', '--format', 'json', '--helm', realHelm], dir);
    expectNoCrash(run);
    expect(run.stdout + run.stderr).not.toContain(CHECKOUT_TOKEN_B64);
    expect([1, 2]).toContain(run.code);
    expectGoodFinding(parseReport(run));
  });
});

describe('values and lookups during rendering', () => {
  it("a --set value quoted by a failing template is not echoed through helm's stderr tail", async () => {
    const secret = 's3cr3t-SET-456';
    const dir = scanTree(chartFiles('chart', '{{ fail (printf "refusing api key %s" .Values.apiKey) }}\n'));
    const run = await runCli(['scan', '.', '--format', 'json', '--helm', realHelm, '--set', `apiKey=${secret}`], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expect(report.errors.some((e) => e.file.startsWith('chart') && /helm template failed/.test(e.message))).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(run.code).toBe(2);
    expectGoodFinding(report);
  });

  it('a template cannot make DNS lookups (getHostByName), a channel for exfiltrating values', async () => {
    // "localhost" resolves from /etc/hosts, so this sends no traffic; any answer proves lookups are live.
    const dir = scanTree(
      chartFiles('dns', exfiltratingPod('getHostByName "localhost" | printf "ip-%s" | replace "." "-"')),
    );
    const run = await runCli(['scan', '.', '--format', 'json', '--helm', realHelm], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    const details = report.findings.filter((f) => f.name === 'exfil').map((f) => f.detail);
    // Either rendered with lookups off (helm >= 3.11 answers "") or refused by name; never resolved.
    expect(details.length > 0 || report.errors.some((e) => e.file.startsWith('dns'))).toBe(true);
    expect(details.join('\n')).not.toContain('127-0-0-1');
    expect([1, 2]).toContain(run.code);
    expectGoodFinding(report);
  });
});

describe('wrongly typed fields', () => {
  it('the invalid-object error points at the wrongly typed field, not at the top of the object', async () => {
    const wrong =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: wrong\nspec:\n  hostPID: "yes"\n  containers: [{name: a, image: x}]\n';
    const run = await runCli(['scan', '.', '--format', 'json'], scanTree({ 'wrong.yaml': wrong }));
    expectNoCrash(run);
    const report = parseReport(run);
    const error = expectError(report, 'wrong.yaml', /spec\.hostPID: Invalid value: "string"/);
    // Line 6 holds `hostPID: "yes"`; today the error carries the object's line 1.
    expect(error.line).toBe(6);
    expect(run.code).toBe(2);
    expectGoodFinding(report);
  });
});
