import { describe, expect, it } from 'vitest';
import { compactJsonPieces, JsonList, prettyJsonPieces } from '../../src/report/json-pieces.js';

/** What the pieces must join to: the whole value stringified at once, with values of lists converted. */
function whole(object: Record<string, unknown>): string {
  const plain = Object.fromEntries(
    Object.entries(object).map(([key, value]) => [key, value instanceof JsonList ? value.all() : value]),
  );
  return `${JSON.stringify(plain, null, 2)}\n`;
}

const joined = (object: Record<string, unknown>): string => [...prettyJsonPieces(object)].join('');

/** A list of `length` numbers whose elements say how many of them were converted so far. */
function countingList(length: number): { list: JsonList<number, { n: number }>; converted: () => number } {
  let count = 0;
  const list = new JsonList(
    Array.from({ length }, (_, n) => n),
    (n) => {
      count++;
      return { n };
    },
  );
  return { list, converted: () => count };
}

describe('prettyJsonPieces', () => {
  const problem = (n: number) => ({
    id: `p${n}`,
    name: n % 7 === 0 ? 'line\nbreak "quoted" \u2028 ü 😀' : `app-${n}`,
    containers: n % 2 === 0 ? [] : ['app', 'sidecar'],
    policies: [{ modes: ['enforce'], nested: { deep: [1, 2, { three: null }] } }],
    ...(n % 3 === 0 ? { part: `template "t${n}"` } : {}),
  });

  it('joins to what JSON.stringify writes for the whole, across batch boundaries', () => {
    for (const count of [0, 1, 255, 256, 257, 600]) {
      const numbers = Array.from({ length: count }, (_, n) => n);
      const report = {
        version: '2',
        summary: { byMode: { enforce: { problems: count } }, empty: {}, list: [] },
        problems: new JsonList(numbers, problem),
        workloads: new JsonList(numbers.slice(0, 3), (n) => ({ line: n })),
        errors: [],
        '"odd" key\n': 'value',
      };
      expect(joined(report), `${count} problems`).toBe(whole(report));
    }
  });

  it('leaves out fields JSON leaves out and writes list elements that convert to nothing as null', () => {
    const report = {
      missing: undefined,
      kept: 1,
      holes: new JsonList([1, 2, 3], (n) => (n === 2 ? undefined : n)),
      alsoMissing: undefined,
    };
    expect(joined(report)).toBe(whole(report));
    expect(joined(report)).toBe('{\n  "kept": 1,\n  "holes": [\n    1,\n    null,\n    3\n  ]\n}\n');
    expect(joined({})).toBe('{}\n');
    expect(joined({ nothing: undefined })).toBe('{}\n');
    expect(joined({ only: new JsonList([], (n: number) => n) })).toBe('{\n  "only": []\n}\n');
  });

  it('joins to the same text whatever size of piece it aims at, and keeps pieces near that size', () => {
    const numbers = Array.from({ length: 300 }, (_, n) => n);
    const report = {
      version: '2',
      problems: new JsonList(numbers, problem),
      workloads: new JsonList(numbers, (n) => n),
    };
    const longest = (pieces: readonly string[]) => Math.max(...pieces.map((piece) => piece.length));
    // Aiming at one character, every batch is one element.
    const oneEach = [...prettyJsonPieces(report, { pieceChars: 1 })];
    expect(oneEach.filter((piece) => piece.includes('"id"'))).toHaveLength(300);
    for (const pieceChars of [1, 7, 100, 1000, 5000, 1_000_000]) {
      const pieces = [...prettyJsonPieces(report, { pieceChars })];
      expect(pieces.join(''), `pieces of ${pieceChars}`).toBe(whole(report));
      expect(longest(pieces), `pieces of ${pieceChars}`).toBeLessThanOrEqual(
        Math.max(2 * pieceChars, longest(oneEach)),
      );
    }
    // The default keeps a large report's pieces small enough for V8 to make them in the young generation.
    const large = {
      problems: new JsonList(
        Array.from({ length: 5000 }, (_, n) => n),
        problem,
      ),
    };
    const pieces = [...prettyJsonPieces(large)];
    expect(pieces.join('')).toBe(whole(large));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(64 * 1024);
    expect(pieces.length).toBeGreaterThan(10);
  });

  it('converts list elements only as their batch is written', () => {
    const counted = countingList(2000);
    const pieces = prettyJsonPieces({ problems: counted.list });
    expect(pieces.next().value).toBe('{\n  "problems": [\n');
    expect(counted.converted()).toBe(0);
    pieces.next();
    expect(counted.converted()).toBeGreaterThan(0);
    expect(counted.converted()).toBeLessThan(2000);
    while (!pieces.next().done);
    expect(counted.converted()).toBe(2000);
  });
});

/** `value` with every JsonList in it converted whole, as a caller without pieces would build it. */
function converted(value: unknown): unknown {
  if (value instanceof JsonList) return value.all();
  if (Array.isArray(value)) return value.map(converted);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, converted(field)]));
  return value;
}

describe('compactJsonPieces', () => {
  const compact = (value: unknown): string => [...compactJsonPieces(value)].join('');

  it('joins to what JSON.stringify writes for the whole, with lists at any depth and across batches', () => {
    for (const count of [0, 1, 255, 256, 257, 600]) {
      const numbers = Array.from({ length: count }, (_, n) => n);
      const log = {
        $schema: 'https://example.test/schema.json',
        runs: [
          {
            tool: { driver: { name: 'podsec', rules: [{ id: 'a' }, { id: 'b "quoted"\n' }] } },
            invocations: [{ executionSuccessful: count % 2 === 0, notes: undefined }],
            results: new JsonList(numbers, (n) => ({
              n,
              text: n % 5 === 0 ? 'ü 😀 \u2028 "x"' : `r${n}`,
              gone: undefined,
            })),
            properties: count > 256 ? { truncation: { totalResults: count } } : undefined,
          },
          { results: new JsonList(numbers.slice(0, 2), (n) => [n, undefined]) },
        ],
        nested: [[new JsonList([1, 2], (n) => n)], 'plain', null, undefined],
      };
      expect(compact(log), `${count} results`).toBe(JSON.stringify(converted(log)));
    }
  });

  it('joins to the same text whatever size of piece it aims at', () => {
    const results = new JsonList(
      Array.from({ length: 300 }, (_, n) => n),
      (n) => ({ n, text: 'x'.repeat(n % 50), nested: [n, { deep: n % 3 === 0 ? undefined : 'ü' }] }),
    );
    const log = { runs: [{ results, more: new JsonList([1, 2, 3], (n) => n) }] };
    const longest = (pieces: readonly string[]) => Math.max(...pieces.map((piece) => piece.length));
    const oneEach = [...compactJsonPieces(log, { pieceChars: 1 })];
    for (const pieceChars of [1, 7, 100, 1000, 1_000_000]) {
      const pieces = [...compactJsonPieces(log, { pieceChars })];
      expect(pieces.join(''), `pieces of ${pieceChars}`).toBe(JSON.stringify(converted(log)));
      expect(longest(pieces), `pieces of ${pieceChars}`).toBeLessThanOrEqual(
        Math.max(2 * pieceChars, longest(oneEach)),
      );
    }
  });

  it('writes values JSON leaves out or turns to null as JSON does, and values with toJSON by their own text', () => {
    const when = new Date(Date.UTC(2026, 0, 2));
    const cases: unknown[] = [
      {},
      [],
      { only: undefined },
      { list: new JsonList([1, 2, 3], (n) => (n === 2 ? undefined : n)), fn: () => 1, when },
      [undefined, new JsonList([], (n: number) => n), () => 1],
      { toJSON: () => 'own', list: new JsonList([1], (n) => n) },
      'text',
      7,
      null,
    ];
    for (const value of cases) expect(compact(value)).toBe(JSON.stringify(converted(value)));
    expect(compact({ list: new JsonList([1, 2, 3], (n) => (n === 2 ? undefined : n)), when })).toBe(
      '{"list":[1,null,3],"when":"2026-01-02T00:00:00.000Z"}',
    );
    expect(compact(undefined)).toBe('');
  });

  it('converts list elements only as their batch is written', () => {
    const counted = countingList(2000);
    const pieces = compactJsonPieces({ head: 1, results: counted.list });
    expect(pieces.next().value).toBe('{"head":1');
    expect(pieces.next().value).toBe(',"results":');
    expect(counted.converted()).toBe(0);
    pieces.next();
    pieces.next();
    expect(counted.converted()).toBeGreaterThan(0);
    expect(counted.converted()).toBeLessThan(2000);
    while (!pieces.next().done);
    expect(counted.converted()).toBe(2000);
  });
});
