import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { readJsonManifest } from '../../src/manifests/json-manifest.js';
import { parseManifests, resolvePlainScalar } from '../../src/manifests/parse.js';
import { realRenders } from './block-yaml-support.js';
import { compareReaders } from './reader-equivalence.js';

const readsFast = (text: string): boolean =>
  readJsonManifest(text, {
    file: 'x.json',
    resolvePlain: resolvePlainScalar,
    maxDepth: 200,
    locate: undefined,
    deliver: () => {},
  });

/** Objects of real helm renders (every fixture chart helm renders offline), as plain values. */
async function renderedObjects(): Promise<Record<string, unknown>[]> {
  const objects: Record<string, unknown>[] = [];
  for (const render of await realRenders()) {
    if (!render.name.startsWith('helm template ')) continue;
    for (const doc of parseAllDocuments(render.text)) {
      const value: unknown = doc.toJS();
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        objects.push(value as Record<string, unknown>);
    }
  }
  return objects;
}

/** Seeded generator of JSON-level changes: odd scalars, keys and shapes, written with random indentation. */
function createJsonMutator(initialSeed: number): (objects: readonly Record<string, unknown>[]) => string {
  let seed = initialSeed;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const scalars: unknown[] = [
    0,
    -1,
    1.5,
    1e21,
    1e-7,
    123456789012345680000,
    0.1,
    true,
    false,
    null,
    '',
    'yes',
    'a "quoted" \\ text',
    'tab\there',
    'é ☃ 😀',
    '\u2028',
    'line\nbreak',
    '# not a comment',
    '{x}',
    [],
    {},
    [1, 'two', null],
  ];
  const keys = ['on', 'y', '1', '10', 'null', '', 'a b', 'a"b', 'back\\slash', 'dup', 'é'];
  const mutateValue = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) return value.map((item) => mutateValue(item, depth + 1));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const roll = random();
        if (depth > 0 && roll < 0.03) out[pick(keys)] = pick(scalars);
        else if (depth > 0 && roll < 0.06) continue;
        out[key] = roll < 0.12 && depth > 0 ? pick(scalars) : mutateValue(item, depth + 1);
      }
      return out;
    }
    return random() < 0.05 ? pick(scalars) : value;
  };
  return (objects) => {
    const count = 1 + Math.floor(random() * 4);
    const items = Array.from({ length: count }, () => mutateValue(pick(objects), 0));
    const roll = random();
    const document: unknown =
      roll < 0.5
        ? { apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } }
        : roll < 0.6
          ? {
              apiVersion: 'apps/v1',
              kind: 'DeploymentList',
              items: items.map((item) => ({ ...(item as object), apiVersion: undefined, kind: undefined })),
            }
          : items[0];
    return JSON.stringify(document, null, pick([undefined, 2, 4, 1]));
  };
}

const objects = await renderedObjects();

describe('JSON manifests (JSON.parse and a position scan)', () => {
  it('reads a `kubectl get -o json` List of real objects fast, exactly as the general YAML parser does', () => {
    expect(objects.length).toBeGreaterThan(10);
    for (const indent of [4, 2, undefined]) {
      const text = `${JSON.stringify({ apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } }, null, indent)}\n`;
      expect(readsFast(text)).toBe(true);
      expect(compareReaders(text, 'list.json')).toBeUndefined();
      expect(parseManifests(text, 'list.json').objects.length).toBeGreaterThanOrEqual(objects.length);
    }
  });

  it.each([
    [
      'a typed list whose items leave out apiVersion and kind',
      '{"apiVersion": "apps/v1", "kind": "DeploymentList", "items": [{"metadata": {"name": "a"}, "spec": {}}]}',
    ],
    [
      'a list inside a list',
      '{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}]}]}',
    ],
    [
      'escapes and non-ASCII text',
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a\\"b\\\\c\\/d\\u00e9\\ud83d\\ude00\\n\\t", "labels": {"k\\u0065y": "é☃"}}}',
    ],
    [
      'numbers, booleans and null',
      '{"apiVersion": "v1", "kind": "Pod", "spec": {"a": 0, "b": -1, "c": 1.5, "d": 2.0, "e": 1e3, "f": 1E-2, "g": true, "h": false, "i": null, "j": [1, 2.50, null, true]}}',
    ],
    [
      'keys JavaScript orders differently',
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"labels": {"b": "x", "2": "y", "1": "z"}}}',
    ],
    [
      'compact JSON',
      '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"i"}]}}',
    ],
    ['a List whose items are null', '{"apiVersion": "v1", "kind": "List", "items": null}'],
    [
      'a List whose kind comes after its items (as kubectl orders keys)',
      '{\n  "apiVersion": "v1",\n  "items": [\n    {\n      "apiVersion": "v1",\n      "kind": "Pod",\n      "metadata": {"name": "a"}\n    },\n    {"apiVersion": "v1", "kind": "Pod", "spec": {"containers": [{"name": "c"}]}}\n  ],\n  "kind": "List",\n  "metadata": {"resourceVersion": ""}\n}\n',
    ],
    [
      'a compact List on one line',
      '{"apiVersion":"v1","items":[{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"}},{"apiVersion":"v1","kind":"Pod","spec":{"a":[1,{"b":2}]}}],"kind":"List"}',
    ],
    [
      'a pretty-printed List inside a List',
      '{\n  "apiVersion": "v1",\n  "items": [\n    {\n      "apiVersion": "v1",\n      "items": [\n        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}},\n        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "q"}}\n      ],\n      "kind": "List"\n    }\n  ],\n  "kind": "List"\n}',
    ],
    [
      'an object (not a List) with an items array of scalars',
      '{"apiVersion": "example.com/v1", "kind": "Bag", "items": [1, "two", null]}',
    ],
    [
      'non-ASCII and astral characters before fields on the same line (columns)',
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "😀é☃😀", "labels": {"😀": "x", "k": "é"}}, "spec": {"a": 1}}',
    ],
    [
      'numbers at the edge of what both read alike',
      '{"apiVersion": "v1", "kind": "Pod", "spec": {"a": 1e400, "b": -1e400, "c": 123456789012345, "d": 0.5e-3, "e": 1E+2, "f": 9007199254740993}}',
    ],
    [
      'escapes in keys',
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"labels": {"a\\"b": "1", "\\u0069tems": "2", "\\\\": "3"}}}',
    ],
    ['nesting at the limit', `{"apiVersion": "v1", "kind": "Pod", "spec": ${'{"a": '.repeat(197)}1${'}'.repeat(197)}}`],
    ['leading blank lines and spaces', '\n\n   {"apiVersion": "v1",\n "kind": "Pod"}\n\n'],
    [
      'white space runs with spaces before line breaks, blank and space-only lines (positions after them)',
      '{  \n\n    \n  "apiVersion" \n :  \n   "v1"   \n  ,\n\n  "items"  :  [   \n    \n    {"apiVersion": "v1", "kind": "Pod", "spec":\n\n      {  "containers" :\n  [  {"name": "c", "securityContext": \n   {"privileged":    true   \n  }}  ] }}  \n ,  \n  {\n"apiVersion": "v1",\n"kind": "Pod"\n}\n  \n  ]  ,  "kind"  :  "List"  \n\n  }  \n \n',
    ],
    ['an object without apiVersion and kind', '{"metadata": {"name": "a"}}'],
    ['an object with only a kind', '{"kind": "Pod"}'],
    ['an empty object', '{}\n\n'],
  ])('reads %s fast and exactly', (_name, text) => {
    expect(readsFast(text)).toBe(true);
    expect(compareReaders(text, 'x.json')).toBeUndefined();
  });

  it.each([
    ['duplicate keys', '{"apiVersion": "v1", "kind": "Pod", "kind": "Pod"}'],
    [
      'duplicate keys in a later item of a List',
      '{"apiVersion": "v1", "items": [{"apiVersion": "v1", "kind": "Pod"}, {"apiVersion": "v1", "kind": "Pod", "metadata": {"a": 1, "\\u0061": 2}}], "kind": "List"}',
    ],
    [
      'a JSON syntax error in a later item of a List',
      '{"apiVersion": "v1", "items": [\n{"apiVersion": "v1", "kind": "Pod"},\n{"apiVersion": "v1", "kind": "Pod", "metadata": {"a": 1 "b": 2}}\n], "kind": "List"}',
    ],
    [
      'a bad escape in a later item of a List',
      '{"apiVersion": "v1", "items": [{"apiVersion": "v1", "kind": "Pod"}, {"apiVersion": "v1", "kind": "Pod", "metadata": {"a": "\\q"}}], "kind": "List"}',
    ],
    [
      'a line break inside a string',
      '{"apiVersion": "v1", "items": [{"apiVersion": "v1", "kind": "Pod"}, {"apiVersion": "v1", "kind": "Pod", "metadata": {"a": "x\ny"}}], "kind": "List"}',
    ],
    [
      'an item without a kind after good items',
      '{"apiVersion": "v1", "items": [{"apiVersion": "v1", "kind": "Pod"}, {"apiVersion": "v1", "metadata": {}}], "kind": "List"}',
    ],
    [
      'a second items key',
      '{"apiVersion": "v1", "kind": "List", "items": [], "items": [{"apiVersion": "v1", "kind": "Pod"}]}',
    ],
    [
      'merge keys (`<<`) as quoted JSON keys',
      '{"apiVersion": "v1", "kind": "Pod", "metadata": {"<<": {"a": 1}, "b": 2}}',
    ],
    ['a top-level array of objects', '[{"apiVersion": "v1", "kind": "Pod"}]'],
    ['flow YAML that looks like JSON', '{apiVersion: v1, kind: Pod, metadata: {name: a}}'],
    ['a byte order mark', '\ufeff{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}}'],
    ['line separators in strings', '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a\u2028b"}}'],
    ['DEL in strings', '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a\x7fb"}}'],
    ['floats YAML writes differently', '{"apiVersion": "v1", "kind": "Pod", "spec": {"a": -0.0, "b": 1.0}}'],
    ['__proto__ keys', '{"apiVersion": "v1", "kind": "Pod", "metadata": {"__proto__": {"x": 1}}}'],
    ['numbers YAML reads differently', '{"apiVersion": "v1", "kind": "Pod", "spec": {"a": -0}}'],
    ['big integers', '{"apiVersion": "v1", "kind": "Pod", "spec": {"a": 123456789012345678901234567890}}'],
    ['tabs', '{\t"apiVersion": "v1", "kind": "Pod"}'],
    ['carriage returns', '{"apiVersion": "v1",\r\n"kind": "Pod"}'],
    ['text after the object', '{"apiVersion": "v1", "kind": "Pod"}\n---\napiVersion: v1\nkind: Pod\n'],
    ['JSON syntax errors', '{"apiVersion": "v1", "kind": "Pod",}'],
    [
      'nesting deeper than the limit',
      `{"apiVersion": "v1", "kind": "Pod", "spec": ${'['.repeat(300)}${']'.repeat(300)}}`,
    ],
    ['an object with apiVersion, metadata and no kind', '{"apiVersion": "v1", "metadata": {"name": "a"}}'],
    ['items that are not objects', '{"apiVersion": "v1", "kind": "List", "items": [1]}'],
    ['items missing a kind', '{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1"}]}'],
    ['a List whose items are not a list', '{"apiVersion": "v1", "kind": "List", "items": {"a": 1}}'],
    [
      'keys longer than YAML allows',
      `{"apiVersion": "v1", "kind": "Pod", "metadata": {"labels": {"${'k'.repeat(1100)}": "v"}}}`,
    ],
  ])('handles %s exactly as the general parser', (_name, text) => {
    expect(compareReaders(text, 'x.json')).toBeUndefined();
  });

  describe('pretty-printed Lists, whose items are proven from their parsed values', () => {
    const pod = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, labels: { app: name } },
      spec: {
        containers: [{ name: 'c', image: 'i', ports: [{ containerPort: 8080 }], securityContext: {} }],
        ...extra,
      },
    });
    const list = (items: unknown[], indent: number | string = 4): string =>
      `${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, null, indent)}\n`;

    it.each([
      [
        'escaped quotes and backslashes in strings and keys',
        list([
          pod('a', { note: 'say \\"hi\\" \\\\ \\\\" end', 'k\\"ey': 'a\\\\', 'back\\\\': { 'x"': '\\\\"' } }),
          pod('b'),
        ]),
      ],
      [
        'escaped quotes and backslashes (JSON.stringify escapes)',
        list([pod('a', { note: 'say "hi" \\ \\" end', 'k"ey': 'a\\', 'back\\': { 'x"': '\\"' } }), pod('b')]),
      ],
      [
        'unicode: non-ASCII and astral characters in strings and keys, and escaped ones',
        list([pod('é', { '😀': 'é☃😀', labels: { ü: '\u00e9' } }), pod('b')]).replace(
          '"é☃😀"',
          '"\\u00e9\\ud83d\\ude00"',
        ),
      ],
      [
        'nested empty objects and arrays, and collections of collections',
        list([
          pod('a', { a: {}, b: [], c: [{}], d: [[]], e: { f: { g: [[1, 2], []] } }, h: [{ i: {} }, []] }),
          pod('b', { volumes: [] }),
        ]),
      ],
      ['numbers, booleans and null ending lines, in arrays too', list([pod('a', { n: [0, -1, 2.5, 10, true, null] })])],
      ['two-space and one-tab-free indentation of one', list([pod('a'), pod('b')], 1)],
      ['indentation by two', list([pod('a'), pod('b'), pod('c')], 2)],
      [
        'lines the layout proof does not take (the item is then scanned whole): several entries on one line',
        list([pod('a'), pod('b')]).replace('"name": "b",', '"name": "b", "x": 1, "y": [1, 2],'),
      ],
      [
        'a collection opened mid-line',
        list([pod('a'), pod('b')]).replace('"containerPort": 8080', '"containerPort": 8080, "o": {"p": [1]}'),
      ],
      [
        'an item whose closing brace is indented unlike its opening one (the outline guesses wrong)',
        list([pod('a'), pod('b'), pod('c')]).replace(/\n {8}\},\n {8}\{/, '\n          },\n        {'),
      ],
      [
        'an item closed on the line of its last entry',
        list([pod('a'), pod('b')]).replace(/(\n {12}\})\n {8}\},/, '$1},'),
      ],
      ['an item written on one line among pretty ones', list([pod('a'), pod('b')]).replace('{\n', '{')],
      ['a typed List', list([{ metadata: { name: 'a' }, spec: {} }]).replace('"kind": "List"', '"kind": "PodList"')],
      ['a List inside a List', list([{ apiVersion: 'v1', kind: 'List', items: [pod('a'), pod('b')] }, pod('c')])],
    ])('reads %s fast and exactly', (_name, text) => {
      expect(readsFast(text)).toBe(true);
      expect(compareReaders(text, 'list.json')).toBeUndefined();
    });

    it.each([
      [
        'a duplicate key on a line of its own',
        list([pod('a'), pod('b')]).replace('"kind": "Pod",', '"kind": "Pod",\n"kind": "Pod",'),
      ],
      [
        'a duplicate key on the line of another entry',
        list([pod('a'), pod('b')]).replace('"name": "b",', '"name": "b", "name": "c",'),
      ],
      ['a float YAML writes differently at a line end', list([pod('a', { n: 1 })]).replace('"n": 1', '"n": 1.0')],
      ['an exponent mid-line', list([pod('a', { n: 1 })]).replace('"n": 1', '"n": [1e3]')],
      ['a number with a leading zero', list([pod('a', { n: 1 })]).replace('"n": 1', '"n": 01')],
      ['a __proto__ key', list([pod('a', { n: 1 })]).replace('"n": 1', '"__proto__": 1')],
      ['a merge key', list([pod('a', { n: 1 })]).replace('"n": 1', '"<<": {}')],
      ['a long escaped key', list([pod('a', { [`${'\n'.repeat(170)}`]: 1 })])],
      ['a key longer than YAML allows', list([pod('a', { [`${'k'.repeat(1000)}`]: 1 })])],
      ['nesting deeper than the limit', list([pod('a', { deep: JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) })])],
      ['a syntax error in a later item', list([pod('a'), pod('b')]).replace('"name": "b",', '"name": "b"')],
      ['a line break in a string of a later item', list([pod('a'), pod('b')]).replace('"app": "b"', '"app": "b\nc"')],
      ['an item without a kind', list([pod('a'), { apiVersion: 'v1', metadata: {} }])],
      ['an empty item among pretty ones', list([pod('a'), {}, pod('b')])],
    ])('handles %s exactly as the general parser', (_name, text) => {
      expect(compareReaders(text, 'list.json')).toBeUndefined();
    });

    it('gives the same positions when each object is asked as it is read (later items not yet laid out)', () => {
      const text = list([pod('a'), pod('b', { a: { b: [1, { c: 'd' }] } }), pod('c')]);
      const general = parseManifests(text, 'list.json', { reader: 'general' }).objects;
      const asked: string[] = [];
      let read = 0;
      const fast = readJsonManifest(text, {
        file: 'list.json',
        resolvePlain: resolvePlainScalar,
        maxDepth: 200,
        locate: undefined,
        deliver: (object) => {
          // The middle item is asked nothing: the next one's positions must not depend on it.
          if (read++ === 1) return;
          for (const path of [
            [],
            ['metadata', 'name'],
            ['spec', 'containers', 0, 'securityContext', 'x'],
            ['spec', 'a', 'b', 1, 'c'],
          ]) {
            asked.push(JSON.stringify(object.position(path)));
          }
        },
      });
      expect(fast).toBe(true);
      const expected = [general[0], general[2]].flatMap((object) =>
        [[], ['metadata', 'name'], ['spec', 'containers', 0, 'securityContext', 'x'], ['spec', 'a', 'b', 1, 'c']].map(
          (path) => JSON.stringify(object?.position(path)),
        ),
      );
      expect(asked).toEqual(expected);
      expect(asked[1]).toContain('"line":8');
    });
  });

  it('agrees with the general parser on hundreds of mutated JSON documents (seeded)', () => {
    const mutate = createJsonMutator(20261204);
    const ROUNDS = 300;
    let fast = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const text = mutate(objects);
      if (readsFast(text)) fast++;
      const difference = compareReaders(text, 'mutated.json');
      if (difference)
        expect.fail(
          `readers differ on ${difference.what}: ${JSON.stringify(difference.general)} vs ${JSON.stringify(difference.fast)}\n${text}`,
        );
    }
    expect(fast).toBeGreaterThan(ROUNDS / 2);
  });

  it('agrees with the general parser on JSON texts broken or changed character by character (seeded)', () => {
    let seed = 15;
    const random = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * limit);
    };
    const edits: ((text: string, at: number) => string)[] = [
      (text, at) => text.slice(0, at) + text.slice(at + 1),
      (text, at) => `${text.slice(0, at)}${'",:{}[] 0-e\\\n'.charAt(random(14))}${text.slice(at)}`,
      (text, at) => {
        // A key written twice.
        const brace = text.indexOf('{', at);
        return brace < 0 ? text : `${text.slice(0, brace + 1)}"kind": "Pod", ${text.slice(brace + 1)}`;
      },
      (text, at) => {
        const digit = text.slice(at).search(/[0-9]/);
        return digit < 0
          ? text
          : `${text.slice(0, at + digit)}${['-0', '1.0', '1e400', '00', '0x1'][random(5)] ?? ''}${text.slice(at + digit + 1)}`;
      },
    ];
    for (let round = 0; round < 120; round++) {
      const items = Array.from({ length: 1 + random(3) }, () => objects[random(objects.length)]);
      const list = { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
      let text = JSON.stringify(list, null, random(2) === 0 ? 2 : undefined);
      const edit = edits[random(edits.length)];
      if (edit) text = edit(text, random(text.length));
      const difference = compareReaders(text, 'edited.json');
      if (difference)
        expect.fail(
          `readers differ on ${difference.what}: ${JSON.stringify(difference.general)} vs ${JSON.stringify(difference.fast)}\n${text}`,
        );
    }
  });
});
