import { describe, expect, it } from 'vitest';
import {
  containerPhrase,
  goQuote,
  joinSetters,
  plural,
  quoteList,
  sortedSet,
  sortStrings,
  volumePhrase,
} from '../../src/policy/messages.js';
import { compareStrings } from '../../src/util/compare.js';

describe('phrases', () => {
  it('quoteList wraps without escaping', () => {
    expect(quoteList([])).toBe('');
    expect(quoteList(['a'])).toBe('"a"');
    expect(quoteList(['a', 'b"c'])).toBe('"a", "b"c"');
  });
  it('plural is singular only for exactly one', () => {
    expect([0, 1, 2].map((n) => plural('x', 'xs', n))).toEqual(['xs', 'x', 'xs']);
  });
  it('noun phrases and setters', () => {
    expect(containerPhrase(['a'])).toBe('container "a"');
    expect(containerPhrase(['a', 'b'])).toBe('containers "a", "b"');
    expect(volumePhrase(['v'])).toBe('volume "v"');
    expect(volumePhrase(['v', 'w'])).toBe('volumes "v", "w"');
    expect(joinSetters(['pod', 'containers "e", "f"'])).toBe('pod and containers "e", "f"');
  });
});

describe('Go string order', () => {
  it('sorts by code point: uppercase before lowercase, no locale rules', () => {
    expect(sortStrings(['b', 'B', 'a', 'A', '_', 'Z'])).toEqual(['A', 'B', 'Z', '_', 'a', 'b']);
    expect(sortStrings(['seccompProfile_baseline', 'seLinuxOptions'])).toEqual([
      'seLinuxOptions',
      'seccompProfile_baseline',
    ]);
    expect(sortStrings(['10000', '9000', '20'])).toEqual(['10000', '20', '9000']);
  });
  it('puts supplementary-plane characters after U+E000–U+FFFF, as UTF-8 bytes do', () => {
    const emoji = '\u{1F600}';
    const privateUse = '\uE000';
    expect(compareStrings(emoji, privateUse)).toBeGreaterThan(0);
    expect(sortStrings([emoji, privateUse, 'z'])).toEqual(['z', privateUse, emoji]);
    expect(Buffer.compare(Buffer.from(privateUse), Buffer.from(emoji))).toBeLessThan(0);
  });
  it('sortedSet de-duplicates', () => {
    expect(sortedSet(['b', 'a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('goQuote (strconv.Quote)', () => {
  it.each([
    ['', '""'],
    ['unconfined', '"unconfined"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['\x07\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
    ['\x00\x01\x1f\x7f', '"\\x00\\x01\\x1f\\x7f"'],
    ['\u0080\u009f', '"\\u0080\\u009f"'],
    ['\u00a0', '"\\u00a0"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ['\u200b', '"\\u200b"'],
    ['\ufeff', '"\\ufeff"'],
    ['é日本', '"é日本"'],
    ['\u{1F600}', '"\u{1F600}"'],
    ['\u{E0001}', '"\\U000e0001"'],
    ['\ud800', '"\ufffd"'],
    ['a b', '"a b"'],
  ])('%j → %s', (input, expected) => {
    expect(goQuote(input)).toBe(expected);
  });
});
