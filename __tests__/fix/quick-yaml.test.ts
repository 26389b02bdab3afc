/**
 * The quick reader the fix editor uses must give the general parser's nodes (kinds, keys, values, quote styles,
 * flow flags, every `range`) for every text it takes, and take nothing the general parser has errors for: held
 * to it on the repository's YAML files, on variants of them built to leave the reader's subset in small ways,
 * and on texts written to trip it. The editor using it must write the same files and fail with the same
 * messages as the editor reading everything with the general parser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { readQuickDocument } from '../../src/fix/quick-yaml.js';
import { editYamlFile, YamlEditError, type YamlChange } from '../../src/fix/yaml-edit.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function sourceFiles(): string[] {
  return ['examples', '__tests__/fixtures'].flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
      .map((file) => path.join(repoRoot, folder, file))
      .filter((file) => /\.(ya?ml|json)$/.test(file) && statSync(file).isFile())
      .sort(),
  );
}

/** The parts of a text between `---` lines, each with its own `---` line, as the editor reads documents. */
function parts(text: string): string[] {
  const starts = [0];
  for (let at = text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 4)) starts.push(at + 1);
  return starts.map((start, index) => text.slice(start, starts[index + 1] ?? text.length));
}

function general(text: string) {
  return parseAllDocuments(text, { version: '1.1', uniqueKeys: false, keepSourceTokens: false, logLevel: 'error' });
}

/** What the editor may read of a node, as plain data (a value the reader does not hold reads as `object`). */
function describeNode(node: unknown): unknown {
  if (node === null) return null;
  const range = (node as YamlNode).range;
  if (isScalar(node)) {
    let value: unknown;
    try {
      value = node.value;
    } catch {
      value = 'object';
    }
    if (value !== null && typeof value === 'object') value = 'object';
    return { scalar: node.type, value, range };
  }
  if (isMap(node))
    return {
      map: node.flow === true,
      range,
      anchor: node.anchor,
      pairs: node.items.map((pair) => {
        expect(isPair(pair)).toBe(true);
        return [describeNode(pair.key), describeNode(pair.value)];
      }),
    };
  if (isSeq(node)) return { seq: node.flow === true, range, items: node.items.map(describeNode) };
  if (isAlias(node)) return { alias: node.source, range };
  throw new Error(`unexpected node ${String(node)}`);
}

/** Whether the quick reader takes `text`; when it does, its document is the general parser's. */
function agrees(text: string): boolean {
  const quick = readQuickDocument(text);
  if (!quick) return false;
  const docs = general(text);
  expect(docs).toHaveLength(1);
  const doc = docs[0];
  expect(doc?.errors).toEqual([]);
  expect(doc?.warnings).toEqual([]);
  expect(quick.range).toEqual([doc?.range[0], doc?.range[2], doc?.range[2]]);
  expect(describeNode(quick.contents)).toEqual(describeNode(doc?.contents));
  return true;
}

/** Small departures from a text: comments, carriage returns, tabs, indentation moved, lines dropped, … */
function variants(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [text.replace(/\n/g, '\r\n'), `${text}\n\n`, text.replace(/\n$/, '')];
  // A few lines of each text, spread over it.
  const step = Math.max(1, Math.floor(lines.length / 3));
  for (let at = 1; at < lines.length; at += step) {
    const line = lines[at] ?? '';
    const edit = (replacement: string[]): string =>
      [...lines.slice(0, at), ...replacement, ...lines.slice(at + 1)].join('\n');
    out.push(
      edit([line, '# a comment']),
      edit([line, `${line.replace(/\S.*/, '')}  # deeper comment`]),
      edit([`${line}   `]),
      edit([`${line} # note`]),
      edit([`  ${line}`]),
      edit([line.replace(/^ {2}/, '')]),
      edit([line.replace(/^( *)/, '$1\t')]),
      edit([line, '']),
      edit([]),
      edit([line.replace(/: (\S)/, ': &anchor $1')]),
      edit([line.replace(/: (\S.*)$/, ': "$1"')]),
      edit([line.replace(/: (\S.*)$/, ": '$1'")]),
      edit([line.replace(/: (\S.*)$/, ':\n$1')]),
      edit([line.replace(/- /, '-  ')]),
    );
  }
  return out;
}

const TRICKY = [
  '---\na: 1\nb:\n  c: x # hi\n  d:\n    - e\n    - f: 1\n      g: "q"\nh: {}\ni:\nj: [A, B]\n',
  '---\na:\n  b: 1\n\n  c: x\n\nd: &x\n  e: [ALL]\n  f: *x\ng:\n- h\n- i: 2\n  j:   \nk: z',
  'a: 1   \nb: {}   \nc:\n  - x\n',
  '---\na:\n- b\n- c\nd: "x y"   # z\ne: \'q\'\nf: [a, b]  \ng: []\n',
  'a:\n  b:\n    - c\n  d: 1\n',
  '---\na:\n  b: 1\n\n\n',
  'a:',
  'a:\n',
  'a:\n  - b:\n    - c\n  - []\n  - {}\n  - "x"\n',
  'a: yes\nb: on\nc: 0755\nd: 1:20\ne: 2026-11-30T10:00:00Z\nf: ~\ng: null\nh: 1e3\n',
  '"a": 1\n"b c": "d"\n',
  'a: *x\n',
  'a: &x\n  b: *x\n',
  'a: &x\n  b: 1\nc: *x\nd:\n  - *x\n',
  'a: &x\n  b: 1\nc: *x\n',
  'a: b: c\n',
  'a: b:\n',
  'a: - b\n',
  'a: -1\nb: --port=8080\nc: a#b\nd: http://x:80/y\ne: "a # b"\n',
  'a:\n  b: 1\n c: 2\n',
  'a:\n  b: 1\n   c: 2\n',
  'a: 1\n- b\n',
  '- a\n- b\n',
  'a\n',
  'a: 1\na: 2\n',
  'on: 1\n',
  '<<: {}\n',
  'a: |\n  x\n',
  'a: >\n  x\n',
  'a: !!str 1\n',
  'a: "x\\"y"\n',
  "a: 'x''y'\n",
  'a: {b: 1}\n',
  'a: [b, [c]]\n',
  'a: [ b ]\n',
  'a: "x"y\n',
  'a: "x"#y\n',
  'a: b\n  c\n',
  '--- a: 1\n',
  'a: 1\n---\nb: 2\n',
  'a: 1\n...\n',
  '%YAML 1.1\n---\na: 1\n',
  '\ufeffa: 1\n',
  '  a: 1\n',
  '\na: 1\n',
  'a: @b\n',
  'a: `b`\n',
  'a:\n-   b\n',
  'a: ["x", y, "z w"]\nb: ["a, b"]\nc: ["q"] # c\n',
  'a: ["x\\"y"]\n',
  'a: [x,y]\n',
  'a: [--port=8080, -1, .5, +x, a=b, .inf, y]\n',
  'a: [-, - x]\n',
  'a: [x:y]\n',
  'a: [x, ]\n',
  'a: [x] y\n',
  '-\n',
  'a:\n  -\n',
  'a:\n  - - b\n',
];

describe('quick YAML reader', () => {
  it("gives the general parser's nodes for texts written to trip it, and takes the plain ones", () => {
    const taken = TRICKY.filter(agrees);
    // The plain shapes of a manifest are read here, or the reader helps no one.
    const plain = [0, 2, 3, 4, 8, 9, 10, 14, 18, 48].map((index) => TRICKY[index]);
    expect(taken).toEqual(expect.arrayContaining(plain));
    for (const left of ['a: b: c\n', 'a: |\n  x\n', 'a: &x\n  b: *x\n', 'a: 1\n---\nb: 2\n', 'a:\n  b: 1\n c: 2\n'])
      expect(taken).not.toContain(left);
  });

  it('agrees with the general parser on every document of the repository and on variants of them', () => {
    let read = 0;
    let variantsRead = 0;
    for (const file of sourceFiles()) {
      for (const part of parts(readFileSync(file, 'utf8'))) {
        if (!agrees(part)) continue;
        read++;
        for (const variant of variants(part)) if (agrees(variant)) variantsRead++;
      }
    }
    // Most plain manifests of the repository are within the reader's subset (a guard against a reader that takes nothing).
    expect(read).toBeGreaterThan(90);
    expect(variantsRead).toBeGreaterThan(2000);
  });

  it('leaves a document with many aliases to the general parser, whose toJS refuses more than 100 uses', () => {
    const uses = (count: number): string =>
      `a: &x\n  b: 1\n${Array.from({ length: count }, (_, index) => `c${index}: *x\n`).join('')}`;
    expect(agrees(uses(50))).toBe(true);
    expect(readQuickDocument(uses(51))).toBeUndefined();
    const edit = { docIndex: 0, change: { action: 'set', path: ['a', 'b'], value: 2 } as YamlChange };
    const thrown = (reader: 'quick' | 'general'): string => {
      try {
        return editYamlFile(uses(120), [edit], reader);
      } catch (error) {
        return String(error);
      }
    };
    expect(thrown('quick')).toMatch(/Excessive alias count/);
    expect(thrown('quick')).toBe(thrown('general'));
  });

  it('reports values it cannot hold (a YAML 1.1 timestamp) to the editor instead of guessing', () => {
    const doc = readQuickDocument('a: 2026-11-30T10:00:00Z\n');
    expect(doc).toBeDefined();
    const pair = doc?.contents.items[0];
    expect(() => (pair?.value as { value: unknown }).value).toThrow('not in the quick reader');
  });
});

/** A block Deployment such as `kubectl get -o yaml` prints, with what a failing workload has. */
function deployment(name: string, variant: number): string {
  const podSecurity = [
    '      securityContext: {}\n',
    '',
    '      securityContext:\n        runAsUser: 0\n',
    '      securityContext:\n',
  ][variant % 4];
  const container = [
    '          securityContext:\n            privileged: true\n',
    '          securityContext:\n            capabilities:\n              add: [NET_ADMIN, SYS_TIME]\n',
    '',
    '          securityContext:\n            capabilities:\n              drop:\n                - NET_RAW\n',
  ][variant % 4];
  return [
    '---\n',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n',
    `  name: ${name}\n  labels: &labels\n    app: ${name}\n  creationTimestamp: 2026-11-30T10:00:00Z\n`,
    'spec:\n  template:\n    metadata:\n      labels: *labels\n',
    variant % 5 === 0 ? '      annotations:\n        seccomp.security.alpha.kubernetes.io/pod: unconfined\n' : '',
    '    spec:\n      containers:\n        - name: app\n          image: "nginx:1.27"\n',
    container,
    variant % 3 === 0 ? '          ports:\n            - containerPort: 80\n              hostPort: 80\n' : '',
    '        - name: sidecar\n          image: busybox\n',
    podSecurity,
    variant % 2 === 0 ? '      hostNetwork: true\n' : '',
    variant % 7 === 0 ? '      volumes:\n        - name: data\n          hostPath:\n            path: /data\n' : '',
  ].join('');
}

/** The changes the fix planner makes for such a pod (paths from the document root). */
function changesFor(value: Record<string, unknown>, prefix: (string | number)[]): YamlChange[] {
  const pod =
    value.kind === 'Pod'
      ? ['spec']
      : value.kind === 'CronJob'
        ? ['spec', 'jobTemplate', 'spec', 'template', 'spec']
        : ['spec', 'template', 'spec'];
  let spec: unknown = value;
  for (const key of pod)
    spec = spec !== null && typeof spec === 'object' ? (spec as Record<string, unknown>)[key] : undefined;
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return [];
  const podSpec = spec as Record<string, unknown>;
  const containers = Array.isArray(podSpec.containers) ? (podSpec.containers as Record<string, unknown>[]) : [];
  const at = (...rest: (string | number)[]): (string | number)[] => [...prefix, ...pod, ...rest];
  const changes: YamlChange[] = [
    { action: 'set', path: at('securityContext', 'runAsNonRoot'), value: true },
    { action: 'set', path: at('securityContext', 'seccompProfile', 'type'), value: 'RuntimeDefault' },
  ];
  containers.forEach((container, index) => {
    const context = container.securityContext as Record<string, unknown> | undefined;
    changes.push({
      action: 'append',
      path: at('containers', index, 'securityContext', 'capabilities', 'drop'),
      value: 'ALL',
    });
    if (context?.privileged === true)
      changes.push({ action: 'set', path: at('containers', index, 'securityContext', 'privileged'), value: false });
    else
      changes.push({
        action: 'set',
        path: at('containers', index, 'securityContext', 'allowPrivilegeEscalation'),
        value: false,
      });
    if ((context?.capabilities as { add?: unknown } | undefined)?.add)
      changes.push({ action: 'delete', path: at('containers', index, 'securityContext', 'capabilities', 'add', 0) });
    const ports = container.ports as Record<string, unknown>[] | undefined;
    ports?.forEach((port, portIndex) => {
      if (port.hostPort !== undefined)
        changes.push({ action: 'delete', path: at('containers', index, 'ports', portIndex, 'hostPort') });
    });
  });
  if (podSpec.hostNetwork === true) changes.push({ action: 'set', path: at('hostNetwork'), value: false });
  if (Array.isArray(podSpec.volumes))
    podSpec.volumes.forEach((volume, index) => {
      if ((volume as Record<string, unknown>).hostPath) {
        changes.push({ action: 'delete', path: at('volumes', index, 'hostPath') });
        changes.push({ action: 'set', path: at('volumes', index, 'emptyDir'), value: {} });
      }
    });
  const annotations = (value.spec as { template?: { metadata?: { annotations?: Record<string, unknown> } } }).template
    ?.metadata?.annotations;
  for (const key of Object.keys(annotations ?? {}))
    changes.push({
      action: 'set',
      path: [...prefix, 'spec', 'template', 'metadata', 'annotations', key],
      value: 'runtime/default',
    });
  return changes;
}

/** Every workload document's changes, additions first as the engine orders them. */
function editsFor(text: string): { docIndex: number; change: YamlChange }[] {
  const edits: { docIndex: number; change: YamlChange }[] = [];
  general(text).forEach((doc, docIndex) => {
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    const items = Array.isArray(record.items) ? (record.items as Record<string, unknown>[]) : undefined;
    const changes = items ? items.flatMap((item, index) => changesFor(item, ['items', index])) : changesFor(record, []);
    for (const change of changes) edits.push({ docIndex, change });
  });
  return [
    ...edits.filter((edit) => edit.change.action !== 'delete'),
    ...edits.filter((edit) => edit.change.action === 'delete').reverse(),
  ];
}

/** The edited text, or the message of the error the editor stops with. */
function outcome(text: string, edits: { docIndex: number; change: YamlChange }[], reader: 'quick' | 'general'): string {
  try {
    return editYamlFile(text, edits, reader);
  } catch (error) {
    if (!(error instanceof YamlEditError)) throw error;
    return `error: ${error.message}`;
  }
}

function sameAsGeneral(text: string): string {
  const edits = editsFor(text);
  const quick = outcome(text, edits, 'quick');
  expect(quick).toBe(outcome(text, edits, 'general'));
  return quick;
}

describe('the editor with the quick reader', () => {
  const many = Array.from({ length: 24 }, (_, index) => deployment(`app-${index}`, index)).join('');

  it('writes what the general parser alone writes, in a file of many workloads', () => {
    // The quick reader reads its documents (else this would only test the general parser), all but the five that
    // end with an empty `securityContext:`, whose document ends before the line break: the general parser's.
    expect(parts(many).filter((part) => readQuickDocument(part) !== undefined)).toHaveLength(19);
    const after = sameAsGeneral(many);
    expect(after).not.toMatch(/^error/);
    expect(after).toContain('runAsNonRoot: true');
    expect(after).toContain('drop:\n                - NET_RAW\n                - ALL\n');
  });

  it('falls back where the reader stops: CRLF, comments, flow style, JSON, a failing edit', () => {
    expect(sameAsGeneral(many.replace(/\n/g, '\r\n'))).toContain('runAsNonRoot: true\r\n');
    expect(sameAsGeneral(many.replace(/^( *)image: busybox$/gm, '$1# the sidecar\n$1image: busybox'))).toContain(
      '# the sidecar',
    );
    // An alias on the way to the field: the same error from both.
    const throughAlias =
      many.replace(/containers:\n {8}- name: app/, 'containers: &c\n        - name: app') + 'x: *c\n';
    sameAsGeneral(throughAlias);
    const flow =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a, securityContext: {privileged: true}}]}\n';
    expect(sameAsGeneral(flow)).toMatch(/privileged: false/);
    const json = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'List',
        items: [general(deployment('j', 0))[0]?.toJS(), general(deployment('k', 2))[0]?.toJS()],
      },
      null,
      4,
    );
    // Kept JSON: what is added inside `{…}` is written as JSON, not as block lines that could not parse there.
    const editedJson = sameAsGeneral(json);
    expect(editedJson).not.toBe(json);
    expect(() => JSON.parse(editedJson) as unknown).not.toThrow();
  });

  it('writes what the general parser alone writes for every file of the repository', () => {
    let edited = 0;
    for (const file of sourceFiles()) {
      const text = readFileSync(file, 'utf8');
      if (editsFor(text).length === 0) continue;
      if (!sameAsGeneral(text).startsWith('error')) edited++;
    }
    expect(edited).toBeGreaterThan(20);
  });
});
