/**
 * Hostile plain-manifest input: each file is scanned together with a privileged Pod, and each case checks the
 * named error, exit code 2, and that the privileged Pod's finding survived.
 */
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  expectError,
  expectGoodFinding,
  expectNoCrash,
  parseReport,
  runCli,
  scanTree,
  type JsonReport,
} from './helpers.js';

afterAll(cleanup);

async function scanWith(
  files: Record<string, string | Uint8Array>,
): Promise<{ report: JsonReport; code: number; stderr: string }> {
  const dir = scanTree(files);
  const run = await runCli(['scan', '.', '--format', 'json'], dir);
  expectNoCrash(run);
  return { report: parseReport(run), code: run.code, stderr: run.stderr };
}

function billionLaughs(levels: number): string {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n  l0: &l0 "lol"\n';
  for (let i = 1; i <= levels; i++)
    text += `  l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]\n`;
  return text;
}

const pod = (name: string, spec: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}\n`;

describe('broken and hostile YAML', () => {
  it('YAML that does not parse: named with line and column, exit 2, the rest scanned', async () => {
    const { report, code } = await scanWith({
      'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   spec: [\n',
    });
    const error = expectError(report, 'broken.yaml', /^YAML syntax error: /);
    expect(error.line).toBe(4);
    expect(error.column).toBeGreaterThan(0);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('alias expansion bomb (billion laughs, 10^12 nodes): refused before expanding, exit 2, the rest scanned', async () => {
    const { report, code } = await scanWith({ 'bomb.yaml': billionLaughs(12) });
    expectError(report, 'bomb.yaml', /aliases expand too much.*billion laughs/);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('10,000 levels of flow nesting: named error, no stack overflow, exit 2, the rest scanned', async () => {
    const deep = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const { report, code } = await scanWith({ 'deep-flow.yaml': deep });
    expectError(report, 'deep-flow.yaml', /nesting is too deep/);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('10,000 levels of block nesting: named error, exit 2, the rest scanned', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n');
    const { report, code } = await scanWith({
      'deep-block.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata:\n${lines}\n`,
    });
    expectError(report, 'deep-block.yaml', /nesting is too deep/);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('a 100 MB file (sparse, made at test time): refused by size without reading it, exit 2, the rest scanned', async () => {
    const dir = scanTree();
    const fd = openSync(path.join(dir, 'huge.yaml'), 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const run = await runCli(['scan', '.', '--format', 'json'], dir);
    expectNoCrash(run);
    const report = parseReport(run);
    expectError(report, 'huge.yaml', /file is too large to scan \(100\.0 MiB/);
    expect(run.code).toBe(2);
    expectGoodFinding(report);
  });

  it('a binary file named .yaml: named as binary, exit 2, the rest scanned', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const { report, code } = await scanWith({ 'image.yaml': bytes });
    expectError(report, 'image.yaml', /^binary file \(NUL byte at offset \d+\)/);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('invalid UTF-8 in a .yaml file: the bad byte and its position named, exit 2, the rest scanned', async () => {
    const bytes = Buffer.concat([
      Buffer.from('apiVersion: v1\nkind: Pod\nmetadata:\n  name: '),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('\nspec: {}\n'),
    ]);
    const { report, code } = await scanWith({ 'latin.yaml': bytes });
    const error = expectError(report, 'latin.yaml', /^invalid UTF-8 \(byte 0xc3 at offset 43\)/);
    expect(error.line).toBe(4);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('a UTF-16 file with a byte order mark: named as UTF-16 (manifests must be UTF-8), exit 2, the rest scanned', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(pod('wide', '  hostPID: true\n  containers: [{name: a, image: x}]'), 'utf16le'),
    ]);
    const { report, code } = await scanWith({ 'wide.yaml': utf16 });
    expectError(report, 'wide.yaml', /UTF-16 or UTF-32 encoded; Kubernetes manifests must be UTF-8/);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('JSON with a duplicate key: the key named with its position (no silent last-wins), exit 2, the rest scanned', async () => {
    const json =
      '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"dup"},"spec":{"hostPID":true,"hostPID":false,"containers":[{"name":"a","image":"x"}]}}';
    const { report, code } = await scanWith({ 'dup.json': json });
    const error = expectError(report, 'dup.json', 'duplicate key "hostPID"');
    expect(error.column).toBe(json.indexOf('"hostPID":false') + 1);
    expect(code).toBe(2);
    expectGoodFinding(report);
  });

  it('documents that are scalars, lists or null: skipped as non-Kubernetes YAML, no crash, the rest scanned (exit 1)', async () => {
    const { report, code } = await scanWith({
      'odd.yaml': 'just a string\n---\n42\n---\n- a\n- b\n---\n[]\n---\nnull\n---\n~\n',
    });
    expect(report.errors).toEqual([]);
    expect(report.targets.find((t) => t.path === 'odd.yaml')).toMatchObject({ kind: 'manifest', workloads: 0 });
    expect(code).toBe(1);
    expectGoodFinding(report);
  });

  it('an object with only apiVersion: skipped as non-Kubernetes YAML, no crash, the rest scanned (exit 1)', async () => {
    const { report, code } = await scanWith({ 'only-api.yaml': 'apiVersion: v1\n' });
    expect(report.errors).toEqual([]);
    expect(report.targets.find((t) => t.path === 'only-api.yaml')).toMatchObject({ workloads: 0 });
    expect(code).toBe(1);
    expectGoodFinding(report);
  });
});

describe('wrong types where the checks read: rejected like the API server, never a crash or a silent pass', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'containers is a string',
      'containers-string.yaml',
      '  containers: "x"',
      /^Pod "wrong" is invalid: spec\.containers: Invalid value: "string": .*must be of type array/,
    ],
    [
      'hostPID is the string "yes"',
      'hostpid-string.yaml',
      '  hostPID: "yes"\n  containers: [{name: a, image: x}]',
      /^Pod "wrong" is invalid: spec\.hostPID: Invalid value: "string": .*must be of type boolean/,
    ],
    [
      'capabilities.add is a number',
      'capadd-number.yaml',
      '  containers:\n    - name: a\n      image: x\n      securityContext:\n        capabilities:\n          add: 5',
      /^Pod "wrong" is invalid: spec\.containers\[0\]\.securityContext\.capabilities\.add: Invalid value: "integer": .*must be of type array/,
    ],
    [
      'securityContext is a list',
      'sc-list.yaml',
      '  securityContext: []\n  containers: [{name: a, image: x}]',
      /^Pod "wrong" is invalid: spec\.securityContext: Invalid value: "array": .*must be of type object/,
    ],
    [
      'hostPort is a string',
      'hostport-string.yaml',
      '  containers:\n    - name: a\n      image: x\n      ports: [{hostPort: "80", containerPort: 80}]',
      /^Pod "wrong" is invalid: spec\.containers\[0\]\.ports\[0\]\.hostPort: Invalid value: "string": .*must be of type integer/,
    ],
    [
      'volumes is a map',
      'volumes-map.yaml',
      '  volumes: {}\n  containers: [{name: a, image: x}]',
      /^Pod "wrong" is invalid: spec\.volumes: Invalid value: "object": .*must be of type array/,
    ],
  ];

  it.each(cases)(
    '%s: reported invalid naming the field, exit 2, the rest scanned',
    async (_title, file, spec, message) => {
      const { report, code } = await scanWith({ [file]: pod('wrong', spec) });
      expectError(report, file, message);
      // Not judged as if the field were absent: no verdict at all for the invalid pod.
      expect(report.workloads.filter((w) => w.file === file)).toEqual([]);
      expect(code).toBe(2);
      expectGoodFinding(report);
    },
  );

  it('a wrong type inside a Deployment template is named with the template path', async () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      hostNetwork: "true"
      containers: [{name: a, image: x}]
`;
    const { report, code } = await scanWith({ 'deploy.yaml': deployment });
    expectError(
      report,
      'deploy.yaml',
      /^Deployment\.apps "web" is invalid: spec\.template\.spec\.hostNetwork: Invalid value: "string"/,
    );
    expect(code).toBe(2);
    expectGoodFinding(report);
  });
});

describe('hostile standard input', () => {
  it('an alias bomb on stdin is refused and the named files are still scanned', async () => {
    const dir = scanTree();
    const run = await runCli(['scan', '-', 'good.yaml', '--format', 'json'], dir, billionLaughs(12));
    expectNoCrash(run);
    const report = parseReport(run);
    expectError(report, '-', /aliases expand too much/);
    expect(run.code).toBe(2);
    expectGoodFinding(report);
  });
});
