import { describe, expect, it } from 'vitest';
import { keptByText } from '../../src/util/kept-by-text.js';

describe('keptByText', () => {
  it('makes a value once per text and lets the oldest text go past the bound', () => {
    const made: string[] = [];
    const lengthOf = keptByText(2, (text) => {
      made.push(text);
      return { length: text.length };
    });
    const first = lengthOf('a');
    expect(lengthOf('a')).toBe(first);
    lengthOf('bb');
    lengthOf('ccc');
    expect(made).toEqual(['a', 'bb', 'ccc']);
    // 'a' was the oldest of three: made again, and 'ccc' is still kept.
    expect(lengthOf('a')).not.toBe(first);
    lengthOf('ccc');
    expect(made).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
