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
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, stringify } from 'yaml';
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
    // Comment lines before the first content line (after a `---` line, where helm puts `# Source:`).
    if (at === 1) out.push(edit(['# a comment above', line]), edit(['', '# Source: x', '', line]));
  }
  return out;
}

/** Every `index` of `pattern` in `text`, at most `count` of them spread over it. */
function spreadMatches(text: string, pattern: RegExp, count: number): number[] {
  const all = [...text.matchAll(pattern)].map((match) => match.index);
  const step = Math.max(1, Math.ceil(all.length / count));
  return all.filter((_, index) => index % step === 0);
}

/** Small departures from a flow or JSON text: spacing, line breaks, commas, quotes, comments, brackets, … */
function flowVariants(text: string): string[] {
  const at = (index: number, length: number, replacement: string): string =>
    text.slice(0, index) + replacement + text.slice(index + length);
  const out: string[] = [
    text.replace(/\n/g, '\r\n'),
    `${text}\n`,
    `${text}\n\n`,
    text.trimEnd(),
    `${text.trimEnd()}  `,
  ];
  for (const index of spreadMatches(text, /, ?/g, 2)) {
    const length = text[index + 1] === ' ' ? 2 : 1;
    for (const replacement of [',', ' , ', ',\n', ',\n    ', ', # c\n', ',,', ', ,', ' ,', ',\t', ',\n---\n'])
      out.push(at(index, length, replacement));
  }
  for (const index of spreadMatches(text, /: ?/g, 2)) {
    const length = text[index + 1] === ' ' ? 2 : 1;
    for (const replacement of [':', ': ', ' : ', ':  ', ':\n  ', ': &x ', ': !!str ', ': *x', ': ? '])
      out.push(at(index, length, replacement));
  }
  for (const index of spreadMatches(text, /[{[]/g, 2))
    for (const replacement of [' ', '\n', '\n  ', ' # c\n', ',', '\n\n']) out.push(at(index + 1, 0, replacement));
  for (const index of spreadMatches(text, /[}\]]/g, 2))
    for (const replacement of [' ', '\n', '\n  ', ',', ' ,', '\n\n', '}', ']', 'x'])
      out.push(at(index, 0, replacement));
  for (const index of spreadMatches(text, /"/g, 2)) {
    out.push(at(index, 1, "'"), at(index, 1, ''), at(index + 1, 0, '\\n'), at(index + 1, 0, '\\x41'));
    out.push(at(index + 1, 0, '\\u00e9'), at(index + 1, 0, '\\"'), at(index + 1, 0, ' # '), at(index + 1, 0, '\n'));
  }
  for (const index of spreadMatches(text, /[A-Za-z0-9]+/g, 2))
    for (const replacement of ['- ', '-', '?', '*', '&', '!', '@', '`', '|', ':', '#', ' #', '"', "'", '%', '~ '])
      out.push(at(index, 0, replacement));
  return out;
}

/** The benchmark's flow style: one line per value, and shared values written out again rather than aliased. */
const FLOW_STRINGIFY = { flow: true, lineWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * The value of a document written the ways people and tools write flow style and JSON: the benchmark's flow style
 * (`key: {…}` per top-level key), one flow mapping, and JSON indented by 4 and 2 and not at all.
 */
function flowShapes(value: Record<string, unknown>): string[] {
  const topLevelFlow = Object.entries(value)
    .map(([key, item]) => `${key}: ${stringify(item, FLOW_STRINGIFY).trimEnd()}`)
    .join('\n');
  return [
    `${topLevelFlow}\n`,
    stringify(value, FLOW_STRINGIFY),
    `${JSON.stringify(value, null, 4)}\n`,
    JSON.stringify(value, null, 2),
    `${JSON.stringify(value)}\n`,
  ];
}

/** Plain values of the documents of a text, as the general parser reads them. */
function documentValues(text: string): Record<string, unknown>[] {
  return general(text).flatMap((doc) => {
    if (doc.errors.length > 0) return [];
    try {
      const value: unknown = doc.toJS({ maxAliasCount: 100 });
      return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? [value as Record<string, unknown>]
        : [];
    } catch {
      return [];
    }
  });
}

/** Texts up to this length are also checked in small variants (the general parser reads large flow texts slowly). */
const VARIANTS_UP_TO = 16_000;

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
  '---\n# Source: chart/templates/deployment.yaml\napiVersion: v1\nkind: X\n',
  '---\n\n# Source: x\n\n  # two\na: 1\n',
  '---\n# Source: x\n{"a": 1}\n',
  '---\n\na: 1\n',
  '# Source: x\na: 1\n',
  '---\n# c\na: 1\n# d\nb: 2\n',
  '---\n# c\n',
  '---\n#\n  a: 1\n',
];

/** Flow collections and JSON, as people write them and as `JSON.stringify` and `kubectl -o json` print them. */
const TRICKY_FLOW = [
  'a: {b: 1, c: [x, "y"]}\n',
  '{\n    "a": 1,\n    "b": [\n        1,\n        2\n    ],\n    "c": {}\n}\n',
  '{"a":1,"b":{"c":"x"},"d":[true,false,null,-1.5e3]}',
  '---\n{"a": 1}\n',
  '{"a": [ {"b": 1}\n , {"c": 2} ]\n}',
  '{a: 1\n}',
  '{"a":"b",\n"c": [\n1,\n2\n]\n}\n',
  '{"a": 1}  \n',
  'a: { }\nb: [ ]\nc: {  b: 1 ,c: x }  \nd: [ b , c ] # note\n',
  'a:\n  - {name: x, value: "1"}\n  - [1, 2]\n  - {}\n',
  'a: {b: c:d, e: [f g, h], i: a#b, j: http://x:80/y, k: --port=8080, l: -1}\n',
  'a: {b: yes, c: on, d: 0755, e: 1:20, f: ~, g: 1e3, h: 0x1F, i: .inf, j: 25%, k: 1.0.0}\n',
  'a: {b: 2026-11-30T10:00:00Z}\n',
  "a: ['x''y', b, '']\n",
  'a: {"b": "c\\u00e9\\n\\"", "d\\\\e\\/": "\\ud83d\\ude00", "": ""}\n',
  'a: {"on": 1, "1": 2, "<<": 3, "a b": 4, "#": 5}\n',
  'a: [[[]], [{}], {b: [c]}]\n',
  'a: "x\\"y \\\\ \\u00e9"\nb: \'it\'\'s\'\nc:\n  - "\\t"\n',
  '{"a": [\n-1,\n"b"\n]\n}\n',
  // Left to the general parser: trailing commas, empty values, implicit keys in sequences, comments, keys not
  // followed at once by `:`, escapes JSON does not have, multi-line scalars, anchors, tags, flow maps followed by
  // more, and flow collections over several lines inside a block.
  'a: {b: 1,}\n',
  'a: [b, ]\n',
  'a: {, b: 1}\n',
  'a: {b: }\n',
  'a: {b}\n',
  'a: [b: c]\n',
  'a: [b, "c": d]\n',
  'a: {b: 1 # c\n}\n',
  '{"a": 1, # c\n"b": 2}\n',
  '{"a": 1}\n\n',
  '{"a": 1} # c\n',
  '{"a": 1}\nb: 2\n',
  '{"a": 1}: b\n',
  'x: {a: 1\n}\n',
  'x: [a,\n  b]\n',
  '{"a": b\n  c}\n',
  '{"a": "b\nc"}\n',
  '{"a": "x\\qy"}\n',
  '{"a": "x\\x41"}\n',
  '{"a":\n 1}\n',
  '{"a" : 1}\n',
  '{a:1}\n',
  '{a : 1}\n',
  "{'a': 1}\n",
  '{? a: 1}\n',
  '{a: 1, a: 2}\n',
  '{"__proto__": 1}\n',
  '[a, b]\n',
  '{a: *x}\n',
  'a: {b: &x 1}\n',
  '{a: !!str 1}\n',
  'a: {b: - c}\n',
  'a: {b: -}\n',
  'a: {b: [c]d}\n',
  'a: {b: "c"d}\n',
  'a: {b: c: d}\n',
  'a: {b: |}\n',
  'a: {b: @c}\n',
  'a: {b: c}}\n',
  'a: {b: [c}\n',
  '  {"a": 1}\n',
  '{"a": [1, 2]\n---\n}\n',
];

describe('quick YAML reader', () => {
  it("gives the general parser's nodes for texts written to trip it, and takes the plain ones", () => {
    const taken = TRICKY.filter(agrees);
    // The plain shapes of a manifest are read here, or the reader helps no one.
    const plain = [0, 2, 3, 4, 8, 9, 10, 14, 18, 48].map((index) => TRICKY[index]);
    expect(taken).toEqual(expect.arrayContaining(plain));
    for (const left of ['a: b: c\n', 'a: |\n  x\n', 'a: &x\n  b: *x\n', 'a: 1\n---\nb: 2\n', 'a:\n  b: 1\n c: 2\n'])
      expect(taken).not.toContain(left);
    // Comment lines between a `---` line and the contents (helm's `# Source:`), and no others.
    const comments = TRICKY.slice(
      TRICKY.indexOf('---\n# Source: chart/templates/deployment.yaml\napiVersion: v1\nkind: X\n'),
    );
    expect(comments.filter((text) => taken.includes(text))).toEqual(comments.slice(0, 4));
  });

  it("gives the general parser's nodes for flow collections and JSON, and leaves what it cannot match", () => {
    const taken = TRICKY_FLOW.filter(agrees);
    expect(taken).toEqual(TRICKY_FLOW.slice(0, TRICKY_FLOW.indexOf('a: {b: 1,}\n')));
  });

  it('agrees with the general parser on every document of the repository and on variants of them', () => {
    let read = 0;
    let variantsRead = 0;
    for (const file of sourceFiles()) {
      for (const part of parts(readFileSync(file, 'utf8'))) {
        if (!agrees(part)) continue;
        read++;
        // Variants of the large JSON reports would cost seconds in the general parser; the flow test covers them.
        if (part.length > VARIANTS_UP_TO) continue;
        for (const variant of variants(part)) if (agrees(variant)) variantsRead++;
      }
    }
    // Most plain manifests of the repository are within the reader's subset (a guard against a reader that takes nothing).
    expect(read).toBeGreaterThan(90);
    expect(variantsRead).toBeGreaterThan(2000);
  });

  it('agrees with the general parser on the documents of the repository written in flow style and as JSON', () => {
    const SAMPLE = 16;
    let read = 0;
    let variantsRead = 0;
    let variantsLeft = 0;
    // The large JSON reports are read as they are in the test above.
    const values = sourceFiles()
      .flatMap((file) => documentValues(readFileSync(file, 'utf8')))
      .filter((value) => JSON.stringify(value).length <= VARIANTS_UP_TO);
    values.forEach((value, index) =>
      flowShapes(value).forEach((shape, kind) => {
        // The benchmark's flow style and indented JSON of every document, the other shapes of some.
        if (kind !== 0 && kind !== 2 && index % 4 !== 0) return;
        if (agrees(shape)) read++;
        // Variants of a sample, in the benchmark's flow style and as indented JSON.
        if (index % SAMPLE !== 0 || (kind !== 0 && kind !== 2)) return;
        for (const variant of flowVariants(shape)) {
          if (agrees(variant)) variantsRead++;
          else variantsLeft++;
        }
      }),
    );
    // Nearly every document is read in every shape (all but those with multi-line strings), and the variants go
    // both ways: a guard against a reader that takes nothing, and against variants that never leave its subset.
    expect(read).toBeGreaterThan(values.length * 2.6);
    expect(variantsRead).toBeGreaterThan(800);
    expect(variantsLeft).toBeGreaterThan(1000);
  });

  it('reads the flow-style and JSON List shapes of the benchmark as the general parser does', () => {
    const values = documentValues(Array.from({ length: 12 }, (_, index) => deployment(`app-${index}`, index)).join(''));
    for (const value of values) for (const shape of flowShapes(value)) expect(agrees(shape)).toBe(true);
    const list = { apiVersion: 'v1', items: values, kind: 'List', metadata: { resourceVersion: '' } };
    expect(agrees(`${JSON.stringify(list, null, 4)}\n`)).toBe(true);
    expect(agrees(JSON.stringify(list))).toBe(true);
    // Each item alone, as the editor reads a List item by item.
    const text = JSON.stringify(list, null, 4);
    const items = (readQuickDocument(text)?.contents.items ?? []).find((pair) => pair.key.value === 'items')?.value;
    expect(isSeq(items)).toBe(true);
    for (const item of (items as { items: YamlNode[] }).items) {
      const [start, end] = item.range ?? [0, 0];
      expect(agrees(text.slice(start, end))).toBe(true);
    }
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
/** Adds `ALL` to the first container's dropped capabilities in the `index`-th item of a List. */
function appendDropAll(index: number): YamlChange {
  return {
    action: 'append',
    path: ['items', index, 'spec', 'containers', 0, 'securityContext', 'capabilities', 'drop'],
    value: 'ALL',
  };
}

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

  it('falls back where the reader stops: CRLF, comments, a failing edit; reads flow style and JSON itself', () => {
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
    expect(readQuickDocument(flow)).toBeDefined();
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
    expect(readQuickDocument(json)).toBeDefined();
    // Kept JSON: what is added inside `{…}` is written as JSON, not as block lines that could not parse there.
    const editedJson = sameAsGeneral(json);
    expect(editedJson).not.toBe(json);
    expect(() => JSON.parse(editedJson) as unknown).not.toThrow();
  });

  it('reads documents that begin with a comment, as helm prints them, and writes what the general parser writes', () => {
    const rendered = many.replace(
      /^---\n/gm,
      (marker, offset: number) => `${marker}# Source: app/templates/d${offset}.yaml\n`,
    );
    expect(parts(rendered).filter((part) => readQuickDocument(part) !== undefined)).toHaveLength(19);
    expect(sameAsGeneral(rendered)).toContain('# Source: app/templates/d0.yaml\napiVersion: apps/v1\n');
  });

  it("writes what the general parser alone writes in the benchmark's flow-style file and JSON List", () => {
    const values = general(many).map((doc) => doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>);
    const flowFile = values.map((value) => flowShapes(value)[0]).join('---\n');
    expect(parts(flowFile).every((part) => readQuickDocument(part) !== undefined)).toBe(true);
    const flowAfter = sameAsGeneral(flowFile);
    expect(flowAfter).toContain('securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}');
    expect(parts(flowAfter).every((part) => readQuickDocument(part) !== undefined)).toBe(true);
    const list = `${JSON.stringify({ apiVersion: 'v1', items: values, kind: 'List' }, null, 4)}\n`;
    expect(readQuickDocument(list)).toBeDefined();
    const listAfter = sameAsGeneral(list);
    expect(listAfter).toContain('"runAsNonRoot": true');
    expect(listAfter).toBe(`${JSON.stringify(JSON.parse(listAfter), null, 4)}\n`);
    expect(readQuickDocument(listAfter)).toBeDefined();
  });

  it('checks a List edited item by item with the general parser where a changed value is one only it holds', () => {
    // A timestamp in the list a change appends to: the quick reader cannot give that list's value.
    const item = (name: string): string =>
      `{kind: Pod, metadata: {name: ${name}}, spec: {containers: [{name: a, securityContext: {capabilities: {drop: [2026-11-30T10:00:00Z]}}}]}}`;
    const list = `{apiVersion: v1, kind: List, items: [${item('a')}, ${item('b')}]}\n`;
    expect(readQuickDocument(list)).toBeDefined();
    const edits = [0, 1].map((index) => ({ docIndex: 0, change: appendDropAll(index) }));
    const edited = outcome(list, edits, 'quick');
    expect(edited).toBe(outcome(list, edits, 'general'));
    expect(edited).toContain('drop: [2026-11-30T10:00:00Z, ALL]');
  });

  it('reports the error of the whole list when an item-by-item edit of a JSON List fails', () => {
    // The second item's securityContext is a string: nothing can be added under it, item by item or whole.
    const item = (name: string, context: string): string =>
      `{"kind": "Pod", "metadata": {"name": "${name}"}, "spec": {"containers": [{"name": "a", "securityContext": ${context}}]}}`;
    const list = `{"apiVersion": "v1", "kind": "List", "items": [${item('a', '{}')}, ${item('b', '"oops"')}]}\n`;
    const edits = [0, 1].map((index) => ({ docIndex: 0, change: appendDropAll(index) }));
    const edited = outcome(list, edits, 'quick');
    expect(edited).toBe(outcome(list, edits, 'general'));
    expect(edited).toBe(
      'error: cannot add items.1.spec.containers.0.securityContext.capabilities.drop: ' +
        'items.1.spec.containers.0.securityContext is not a mapping',
    );
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
