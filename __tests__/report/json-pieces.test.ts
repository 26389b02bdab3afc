import { describe, expect, it } from 'vitest';
import { JsonList, prettyJsonPieces } from '../../src/report/json-pieces.js';

/** What the pieces must join to: the whole value stringified at once, with values of lists converted. */
function whole(object: Record<string, unknown>): string {
  const plain = Object.fromEntries(
    Object.entries(object).map(([key, value]) => [key, value instanceof JsonList ? value.all() : value]),
  );
  return `${JSON.stringify(plain, null, 2)}\n`;
}

const joined = (object: Record<string, unknown>): string => [...prettyJsonPieces(object)].join('');

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

  it('converts list elements only as their batch is written', () => {
    let converted = 0;
    const pieces = prettyJsonPieces({
      problems: new JsonList(
        Array.from({ length: 2000 }, (_, n) => n),
        (n) => {
          converted++;
          return { n };
        },
      ),
    });
    expect(pieces.next().value).toBe('{\n  "problems": [\n');
    expect(converted).toBe(0);
    pieces.next();
    expect(converted).toBeGreaterThan(0);
    expect(converted).toBeLessThan(2000);
    while (!pieces.next().done);
    expect(converted).toBe(2000);
  });
});
