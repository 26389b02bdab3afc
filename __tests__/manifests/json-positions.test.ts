import { describe, expect, it } from 'vitest';
import { JsonTextIndex, OffsetList } from '../../src/manifests/json-positions.js';
import type { IndexScope } from '../../src/manifests/json-positions.js';

/** The index a scan of `text` records: every line break, and every collection with where it ends. */
function indexOf(text: string): JsonTextIndex {
  const newlines = new OffsetList();
  const starts = new OffsetList();
  const ends = new OffsetList();
  const open: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const character = text[at];
    if (character === '\n') newlines.push(at);
    if (character === '{' || character === '[') {
      open.push(starts.push(at));
      ends.push(-1);
    }
    if (character === '}' || character === ']') ends.set(open.pop() as number, at + 1);
  }
  return new JsonTextIndex(text, newlines, starts, ends);
}

describe('JSON text index lookups within the scope of one item', () => {
  const text = '[\n  {\n    "a": [\n      1\n    ]\n  },\n  {\n    "b": {\n      "c": 2\n    }\n  }\n]\n';
  const index = indexOf(text);
  const second = text.indexOf('{', text.indexOf('},'));
  // The second item: from its `{` to after its `}`; line breaks 5…9 and collections 3…4 of the index are its own.
  const scope: IndexScope = {
    start: second,
    end: text.indexOf('}\n]') + 1,
    firstNewline: 6,
    newlineLimit: 10,
    firstCollection: 3,
    collectionLimit: 5,
  };

  it('finds lines and collection ends inside the item as a search of the whole index does', () => {
    const inside = [second, text.indexOf('"b"'), text.indexOf('"c"'), text.indexOf('2'), scope.end];
    for (const offset of inside) expect(index.linePos(offset, scope)).toEqual(index.linePos(offset));
    expect(index.linePos(text.indexOf('"c"'), scope)).toEqual({ line: 9, col: 7 });
    expect(index.valueEnd(second, scope)).toBe(scope.end);
    expect(index.valueEnd(text.indexOf('{\n      "c"'), scope)).toBe(text.indexOf('}\n  }') + 1);
  });

  it('searches the whole index for offsets outside the item', () => {
    const first = text.indexOf('{');
    expect(index.linePos(text.indexOf('1'), scope)).toEqual({ line: 4, col: 7 });
    expect(index.linePos(text.length - 1, scope)).toEqual({ line: 12, col: 2 });
    expect(index.valueEnd(first, scope)).toBe(text.indexOf('},') + 1);
    expect(index.valueEnd(0, scope)).toBe(text.length - 1);
  });
});
