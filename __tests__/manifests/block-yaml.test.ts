import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lineTable, readBlockValue, readBlockYaml } from '../../src/manifests/block-yaml.js';
import {
  DEFAULT_MAX_ALIAS_COUNT,
  DEFAULT_MAX_DEPTH,
  parseManifests,
  resolveCorePlainScalar,
  resolvePlainScalar,
} from '../../src/manifests/parse.js';
import {
  here,
  MUTATION_ROUNDS,
  mutationRounds,
  readsFast,
  realRenders,
  repo,
  sameAsParse,
  yamlFiles,
} from './block-yaml-support.js';
import { compareReaders } from './reader-equivalence.js';
import type { PosMap, PosNode } from '../../src/manifests/types.js';

const renders = await realRenders();

/** Documents whose maps have the keys of an earlier map in the same place, fewer of them, more, or others from a later key on. */
const MAPS_LIKE_EARLIER_MAPS = [
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    x: y\n  namespace: b\nspec:\n  a: 1\n  b:\n    c: d\n  e: f\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    x: y\nspec:\n  a: 1\n  b:\n    c: d\n  e: f\n  g: [h]\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: b\n  labels:\n    x: y\n    z: w\nspec:\n  a: 1\n  e: f\n  b:\n    c: d\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    x: y\n  namespace: b\nspec:\n  a:\n    c: d\n  b: 2\n  e: f\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  "name": a\n  labels: {x: y}\n  namespace: b\nspec:\n  a: 1\n  b:\n    c: d\n  e: f\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    x: y\n  namespace: b\nspec:\n  a: 1\n  b:\n    c: d\n  e: f\n',
].join('---\n');

describe('fast block reader', () => {
  it('reads real helm and kustomize output exactly as the general YAML parser does', () => {
    expect(renders.length).toBeGreaterThanOrEqual(10);
    for (const render of renders) {
      expect(compareReaders(render.text), render.name).toBeUndefined();
    }
    // The point of the reader: the output the tools print is within its subset.
    const fast = renders.filter((render) => readsFast(render.text)).map((render) => render.name);
    expect(fast.length, `read fast: ${fast.join(', ')}`).toBe(renders.length);
  });

  it('agrees with the general parser on every YAML fixture and example of the repository', () => {
    const files = [...yamlFiles(join(here, '../fixtures')), ...yamlFiles(join(repo, 'examples'))];
    let fast = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(compareReaders(text, file), file).toBeUndefined();
      if (readsFast(text)) fast++;
    }
    expect(fast).toBeGreaterThan(30);
  });

  it.each([
    [
      'YAML 1.1 booleans, nulls and numbers',
      'apiVersion: v1\nkind: Pod\nspec:\n  hostPID: yes\n  hostIPC: On\n  a: ~\n  b: 0755\n  c: 1e3\n  d: .inf\n  e: 0x1F\n  f: 12:30\n  g: 2001-12-14\n  h: "yes"\n  i: -0\n',
    ],
    [
      'quoted keys and values',
      "apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    \"helm.sh/hook\": test\n    'single': 'it''s'\n    empty: \"\"\n",
    ],
    [
      'flow sequences of scalars and empty collections',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    command: ["sh", "-c", \'echo\', 1, true]\n    args: []\n    env: [ ]\n    resources: {}\n',
    ],
    [
      'literal block scalars',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      args:\n        - |\n          echo one\n\n          echo two\n        - |-\n            indented\n      image: x\n',
    ],
    [
      'comments, blank lines and trailing spaces',
      '# Source: chart/templates/pod.yaml\n---\napiVersion: v1   \nkind: Pod # trailing\n\nmetadata:\n  # a note\n  name: a\n# the spec\nspec:\n\n  containers:\n  - name: a   \n    image: b  # pinned\n# the end\n',
    ],
    [
      'anchors and aliases',
      'apiVersion: apps/v1\nkind: Deployment\nspec:\n  selector:\n    matchLabels: &labels\n      app: a\n  template:\n    metadata:\n      labels: *labels\n    spec:\n      containers:\n      - name: &name a\n        args: [x]\n      - name: *name\n        image: &image "r/a:1"\n        env: &env []\n      - image: *image\n        env: *env\n',
    ],
    [
      'empty values at the end of maps and documents',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n  name:\nspec:\n---\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n',
    ],
    [
      'a comment indented deeper than what follows it',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n   # note\nspec: {}\n',
    ],
    [
      'comments indented unlike the next line (values files, commented-out settings)',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    securityContext:\n      runAsNonRoot: true\n      # runAsUser: 0\n\n        # deeper still\n    # about the image\n# at the margin\n    image: b\n  - name: c\n      # after the last entry\n   # between the levels\n  # at the sequence\n# the end\n',
    ],
    [
      '`{}` and `[]` on the line after their key (toYaml | nindent of an empty map)',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    {}\n  labels:\n      {}  # none\nspec:\n  volumes:\n    []\n  containers:\n  -\n    {}\n  - name: a\n    args:\n      ["x", y]\n',
    ],
    [
      'lines of spaces after a literal block',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  script: |\n    echo one\n  \n    \n \n  other: |-\n      x\n    \nkind2: x\n',
    ],
    [
      'one-line flow collections (hand-written compact manifests)',
      'apiVersion: v1\nkind: Pod\nmetadata: { name: a, labels: { app: a, "x/y": \'z\' } }\nspec:\n  containers: [{name: c, image: nginx:1.27, ports: [{containerPort: 80, hostPort: 80}], securityContext: {privileged: yes}}]\n  volumes:\n  - {name: v, hostPath: {path: /var}}\n  - [a, [b, {c: 1}], "d"]\n',
    ],
    [
      'collections nested in each other, block and flow, each with its own entries',
      'apiVersion: v1\nkind: Pod\nspec:\n  a:\n  - b: [1, {c: [d, e], f: {}}, []]\n    g:\n    - h: i\n      j: [k]\n    - [l, m]\n    - {nn: [o, {p: q}], r: s}\n    t: u\n  - v\n  w: {x: [y, z], aa: {bb: cc}}\n  dd:\n    ee: [ff]\n',
    ],
    [
      'keys of one length with the same first and last characters (told apart, not taken for one another)',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    abcd: 1\n    axxd: 2\n    a--d: x\n  annotations:\n    axxd: 3\n    abcd: 4\nspec:\n  containers:\n  - name: a\n    abcd: [axxd]\n    axxd: {abcd: a--d}\n',
    ],
    [
      'keys a YAML 1.1 tag could read (`name`, `type`) and numbers of one length with the same first and last digits',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: b\n    type: 100\n    ports:\n    - name: c\n      type: 110\n      containerPort: 1e0\n      hostPort: 100\n      other: 1.0\n    - {name: d, type: 110, hostPort: 100}\n',
    ],
    [
      'keys that start like keys read before, in block and flow mappings (recognized by their start, then checked)',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: b\n  labels:\n    name: c\n    name:x: d\n    nam: e\n    q: f\n    name.x: g\nspec:\n  containers:\n  - name: h\n    image: i\n  - name:x: j\n    name: k\n  - {name: l, namespace: m, nam: n, name:x: o}\n  - {q: p, name: q}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  nam: a\n  name: b\n  labels: {name: c, name.x: d, q: e}\nspec:\n  containers:\n  - name: f\n    name:x: g\n',
    ],
    [
      'maps with the same first key and other keys after it (key lists shared only when equal)',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n  - name: c\n    image: d\n    args: [e]\n  - name: f\n  - name: g\n    image: h\n  - {name: i, image: j}\n  - {name: k, image: l, args: [m]}\n  - {name: n}\n  - {}\n  - {name: o, image: p}\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n    args: [e]\n  - {name: i, image: j, args: [m]}\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n  - {name: i}\n---\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    args: [e]\n  - {name: i, args: [m]}\n',
    ],
    [
      'maps whose nested values come first, last, between scalars, or not at all (value positions kept only when needed)',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    a: b\n  name: c\n  namespace: d\nspec:\n  a: 1\n  b: 2\n  c:\n    d: e\n  f: [g]\n  h: i\n  j: {}\n  k:\n  - l\n  m: n\n  containers:\n  - name: o\n    image: p\n    ports:\n    - containerPort: 80\n  - name: q\n    securityContext:\n      privileged: true\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: c\n  labels:\n    a: b\nspec:\n  a: 1\n  b: 2\n  c:\n    d: e\n',
    ],
    [
      'the same keys document after document (each compared with where it was last read)',
      Array.from(
        { length: 4 },
        (_, index) =>
          `apiVersion: v1\nkind: Pod\nmetadata:\n  name: app-${index}\n  labels: {app: a${index}, name: n}\nspec:\n  containers:\n  - name: c\n    image: i:${index}\n    ports:\n    - {containerPort: 8${index}, name: http}\n    - containerPort: 9${index}\n      name: metrics\n`,
      ).join('---\n') +
        '---\napiVersion: v1\nkind: Pod\nmetadata:\n  nome: a\n  labels: {app: b, nome: m}\nspec:\n  containers:\n  - nome: c\n    imagi: i\n',
    ],
    [
      'maps with the keys of an earlier map, fewer of them, more, others from a later key on, before and after nested values',
      MAPS_LIKE_EARLIER_MAPS,
    ],
    [
      'plain scalar values with comments, colons, hashes and trailing spaces',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a # comment\n  namespace: b#c\n  uid: d:e\n  x: f :g   \n  v: h:#i:j #k: l\n  z: 10 # k\n  w: 1e3   \n',
    ],
    [
      'characters outside ASCII (Latin-1, other scripts, pairs of surrogates) in keys, values, comments and flow collections',
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: café\n  annotations:\n    beschreibung: "Größe über 1 €"\n    説明: 日本語の説明 # コメント\n    emoji: 🚀 launch\n    'naïve': 'l''été'\n  labels: {équipe: données, 🚀: ✓}\nspec:\n  containers:\n  - name: é\n    args: ["ü", ß, 🚀]\n    command:\n    - |\n      echo «quoted» 🚀\n    image: registry/ä:1\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ascii-after-the-others\n  namespace: ñ\n`,
    ],
  ])('reads %s fast and exactly', (_name, text) => {
    expect(readsFast(text)).toBe(true);
    expect(compareReaders(text)).toBeUndefined();
  });

  it('gives each map of documents like earlier ones exactly its own keys and spans, in order', () => {
    const maps: [Record<string, unknown>, PosMap][] = [];
    const collect = (value: unknown, position: PosNode | undefined): void => {
      if (position?.kind === 'map') {
        maps.push([value as Record<string, unknown>, position]);
        position.keys.forEach((key, index) =>
          collect((value as Record<string, unknown>)[key as string], position.values[index]),
        );
      } else if (position?.kind === 'seq') {
        position.items.forEach((item, index) => collect((value as unknown[])[index], item));
      }
    };
    const whole = readBlockYaml(
      MAPS_LIKE_EARLIER_MAPS,
      resolvePlainScalar,
      DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_ALIAS_COUNT,
      (document) => {
        if ('value' in document) collect(document.value, document.position);
        return true;
      },
    );
    expect(whole).toBe(true);
    expect(maps.map(([value]) => Object.keys(value))).toContainEqual(['name', 'labels']);
    for (const [value, position] of maps) {
      expect(position.keys).toEqual(Object.keys(value));
      expect(position.spans).toHaveLength(position.keys.length * 2);
      for (const [index, key] of position.keys.entries()) {
        const keyStart = position.spans[index * 2] as number;
        expect(
          MAPS_LIKE_EARLIER_MAPS.slice(keyStart)
            .replace(/^"([^"]*)"/, '$1')
            .startsWith(`${key as string}:`),
        ).toBe(true);
      }
    }
  });

  it('sees `privileged: yes` as true, as the API server does', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    securityContext:\n      privileged: yes\n';
    expect(readsFast(text)).toBe(true);
    const [pod] = parseManifests(text, 'pod.yaml').objects;
    expect(
      (pod?.value as { spec: { containers: { securityContext: { privileged: unknown } }[] } }).spec.containers[0]
        ?.securityContext.privileged,
    ).toBe(true);
    expect(pod?.position(['spec', 'containers', 0, 'securityContext', 'privileged'])).toMatchObject({
      line: 9,
      column: 7,
      endLine: 9,
      endColumn: 22,
      exact: true,
    });
  });

  it.each([
    [
      'an alias inside its own anchored node',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  labels: &l\n    a: &v b\n    c: *v\nspec:\n  x: *l\n',
    ],
    ['an alias without its anchor', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: *nowhere\n'],
    ['an anchor on a key', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - &a name: x\n'],
    ['an anchored empty value', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: &a\n  other: *a\n'],
    [
      'an alias used more often than the budget allows',
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: &n a\nspec:\n${Array.from({ length: 120 }, (_, index) => `  k${index}: *n`).join('\n')}\n`,
    ],
    ['merge keys', 'apiVersion: v1\nkind: Pod\nmetadata:\n  <<: {name: a}\n'],
    ['folded scalars', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: >\n    a\n    b\n'],
    ['escapes in double quotes', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a\\tb"\n'],
    ['multi-line plain scalars', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n    b\n'],
    ['flow mappings over several lines', 'apiVersion: v1\nkind: Pod\nmetadata: {name: a,\n  labels: {}}\n'],
    ['flow mappings with empty values', 'apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: }\n'],
    ['tags', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: !!str 1\n'],
    ['duplicate keys', 'apiVersion: v1\nkind: Pod\nkind: Pod\n'],
    ['a key written plain and quoted', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  "name": b\n'],
    ['a key repeated in a flow mapping', "apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {}, 'name': b}\n"],
    [
      'a key repeated far down a large map',
      `apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n${Array.from({ length: 40 }, (_, index) => `    k${index}: v`).join('\n')}\n    k3: again\n`,
    ],
    [
      'a key repeated just past the small-map limit',
      `apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n${Array.from({ length: 17 }, (_, index) => `    k${index}: v`).join('\n')}\n    k16: again\n`,
    ],
    [
      'a key repeated in a sequence entry map',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: b\n    name: c\n',
    ],
    ['`__proto__` as a key', 'apiVersion: v1\nkind: Pod\nmetadata:\n  __proto__: a\n'],
    [
      'a key repeated in a map that starts like a map of an earlier document',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: b\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: b\n  name: c\n',
    ],
    [
      'a key repeated before a nested value, and one whose repeat holds nested values',
      'apiVersion: v1\nkind: Pod\nspec:\n  a: 1\n  a:\n    b: &x 2\n    c: [d]\n  e: *x\n---\napiVersion: v1\nkind: Pod\nspec:\n  a:\n    b: 1\n  c: 2\n  a:\n    b: 3\n',
    ],
    [
      "a key repeated in a flow mapping of an earlier document's keys",
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {x: y}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {x: y, x: z}}\n',
    ],
    ['lists', 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n'],
    ['tabs', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name:\ta\n'],
    [
      'a control character in one document of several, and one in a comment-only part',
      '# a\x01\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: "b\x02"\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: c\n---\n# d\x03\n',
    ],
    ['carriage returns', 'apiVersion: v1\r\nkind: Pod\r\n'],
    ['directives', '%YAML 1.1\n---\napiVersion: v1\nkind: Pod\n'],
    ['keys that are not strings', 'apiVersion: v1\nkind: Pod\nmetadata:\n  on: a\n'],
    ['objects missing a kind', 'apiVersion: v1\nmetadata:\n  name: a\n'],
    ['syntax errors', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a: b\n'],
    [
      'a plain value continued on a deeper line after keys read before',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n    b\n',
    ],
    [
      'a value with `: ` inside after keys read before',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: a: b # c: d\n',
    ],
    [
      'a flow key that a block key of the same start would not end (`a,b`)',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    a,b: c\n    a: d\n  annotations: {a,b: c}\n',
    ],
  ])('leaves %s to the general parser, with the same result', (_name, text) => {
    expect(readsFast(text)).toBe(false);
    expect(compareReaders(text)).toBeUndefined();
  });

  it('tables every line of a text, however short its lines are (tables grown from a guess)', () => {
    const lineKinds = ['', ' ', '  ', 'a', '  b: c', '- d', '    #', 'é', '  ü'];
    for (let lineCount = 1; lineCount <= 300; lineCount++) {
      const lines = Array.from({ length: lineCount }, (_, index) => lineKinds[(index * 7 + lineCount) % 9] as string);
      const text = lines.join('\n');
      const expectedStarts: number[] = [];
      let start = 0;
      for (const line of lines) {
        expectedStarts.push(start);
        start += line.length + 1;
      }
      const table = lineTable(text);
      expect([...table.starts], `${lineCount} lines`).toEqual(expectedStarts);
      expect([...table.ends]).toEqual(lines.map((line, index) => (expectedStarts[index] as number) + line.length));
      expect([...table.indents]).toEqual(lines.map((line) => (line.trim() === '' ? -1 : line.search(/[^ ]/))));
    }
  });

  it('leaves exactly the documents holding a control character to the general parser, wherever it sits in a text', () => {
    // ASCII texts are searched four bytes at a time: each character at each place in a word, at the start, middle
    // and end of the text; DEL and the printable characters next to the control range as well.
    const document = (name: string): string => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n`;
    for (const code of [0x00, 0x01, 0x08, 0x09, 0x0b, 0x0c, 0x1f, 0x7f, 0x20, 0x7e, 0x85, 0x2028, 0xfeff]) {
      const unsupported = code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0xfeff;
      const wholeText = code === 0x85 || code === 0x2028 || code === 0xfeff;
      for (let padding = 0; padding < 8; padding++) {
        for (const holder of [0, 1, 2]) {
          const names = ['a', 'b', 'c'].map(
            (name, index) => `${name}${'x'.repeat(padding)}${index === holder ? String.fromCharCode(code) : ''}`,
          );
          const text = names.map(document).join('---\n');
          const read: string[] = [];
          const whole = readBlockYaml(text, resolvePlainScalar, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIAS_COUNT, (part) => {
            read.push('value' in part ? 'fast' : 'general');
            return true;
          });
          const expected = names.map((_, index) => (unsupported && index === holder ? 'general' : 'fast'));
          const where = `character ${code}, padding ${padding}, document ${holder}`;
          expect(whole, where).toBe(!wholeText);
          if (!wholeText) expect(read, where).toEqual(expected);
        }
      }
    }
  });

  it.each([
    [
      'a document end marker',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n...\n',
    ],
    [
      'a quote left open across `---`',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: "b\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: c"\n',
    ],
  ])('tells a sink to start again when, after handing over objects, it finds %s', (_name, text) => {
    const received: string[][] = [[]];
    const parsed = parseManifests(text, 'x.yaml', {
      sink: {
        object: (object) => received.at(-1)?.push(JSON.stringify(object.value)),
        restart: () => received.push([]),
      },
    });
    expect(parsed.objects).toEqual([]);
    // Read fast at first, then everything again from the start.
    expect(received.length).toBe(2);
    expect(received[0]?.length).toBeGreaterThan(0);
    expect(received[1]).toEqual(
      parseManifests(text, 'x.yaml', { reader: 'general' }).objects.map((object) => JSON.stringify(object.value)),
    );
    expect(compareReaders(text)).toBeUndefined();
  });

  // Half of the seeded mutation rounds; block-yaml-mutations.test.ts runs the other half alongside.
  it('agrees with the general parser on hundreds of mutated renders (seeded, first half)', () => {
    mutationRounds(renders, 0, MUTATION_ROUNDS / 2);
  });
});

describe('fast block reader for single-document texts (kustomization files, kustomize annotations)', () => {
  it('reads kustomization files and kustomize build metadata exactly as parse() does', async () => {
    const kustomizations = [...yamlFiles(join(here, '../fixtures')), ...yamlFiles(join(repo, 'examples'))].filter(
      (file) => /kustomization\.ya?ml$/.test(file),
    );
    expect(kustomizations.length).toBeGreaterThan(5);
    let fast = 0;
    for (const file of kustomizations) {
      const text = readFileSync(file, 'utf8');
      sameAsParse(text);
      if (readBlockValue(text, resolveCorePlainScalar, 200, 100)) fast++;
    }
    expect(fast).toBeGreaterThan(5);

    // The origin and transformation annotations kustomize writes, from real builds with build metadata.
    const wrappers = mkdtempSync(join(tmpdir(), 'podsec-block-yaml-'));
    try {
      const overlays = [
        join(repo, 'examples/kustomize/overlays/production'),
        ...readdirSync(join(here, '../fixtures/kustomize/overlays')).map((name) =>
          join(here, '../fixtures/kustomize/overlays', name),
        ),
      ];
      const outputs = await Promise.all(
        overlays.map(async (overlay, index) => {
          const wrapper = join(wrappers, String(index));
          mkdirSync(wrapper);
          writeFileSync(
            join(wrapper, 'kustomization.yaml'),
            `resources:\n- ${relative(wrapper, overlay)}\nbuildMetadata: [originAnnotations, transformerAnnotations]\n`,
          );
          // Overlays that fail on purpose print nothing here.
          return promisify(execFile)('kubectl', ['kustomize', wrapper], { encoding: 'utf8' }).then(
            ({ stdout }) => stdout,
            () => '',
          );
        }),
      );
      const annotations: string[] = [];
      for (const output of outputs) {
        for (const object of parseManifests(output, 'out.yaml').objects) {
          const metadata = object.value['metadata'] as { annotations?: Record<string, string> };
          for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
            if (key === 'config.kubernetes.io/origin' || key === 'alpha.config.kubernetes.io/transformations')
              annotations.push(value);
          }
        }
      }
      expect(annotations.length).toBeGreaterThan(10);
      for (const text of annotations) {
        sameAsParse(text);
        expect(readBlockValue(text, resolveCorePlainScalar, 200, 100), text).toBeDefined();
      }
    } finally {
      rmSync(wrappers, { recursive: true, force: true });
    }
  });

  it.each([
    ['YAML 1.2 scalars (yes stays a string)', 'a: yes\nb: 0755\nc: 0o17\nd: ~\ne: true\nf: 1e3\n'],
    ['a sequence at the root', '- a: 1\n  b: [x, y]\n- c\n'],
    ['an empty text', ''],
    ['a scalar', 'just text\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a syntax error', 'a: b: c\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    [
      'a large map without duplicates whose keys share their length and end characters',
      `${Array.from({ length: 40 }, (_, index) => `k${String(index).padStart(2, '0')}x: ${index}`).join('\n')}\nkey: [a, b]\n`,
    ],
  ])('agrees with parse() on %s', (_name, text) => {
    sameAsParse(text);
  });
});
