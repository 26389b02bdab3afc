import { describe, expect, it } from 'vitest';
import { jsonString, needsJsonEscape, quotedOnce } from '../../src/util/json-string.js';
import { JSON_ESCAPED_TEXTS } from '../json-escaped-texts.js';

describe('jsonString', () => {
  it('is JSON.stringify of the text, and leaves to the serializer every text it would escape', () => {
    for (const text of JSON_ESCAPED_TEXTS) {
      expect(jsonString(text)).toBe(JSON.stringify(text));
      // Surrogates are sent to the serializer whole or lone (a pair it writes as it is): a text said to need
      // nothing is one the serializer writes unchanged.
      if (!needsJsonEscape(text)) expect(JSON.stringify(text)).toBe(`"${text}"`);
    }
    // The texts written without the serializer: DEL, the Unicode line separators and letters
    // outside ASCII are not escaped by JSON.
    expect(JSON_ESCAPED_TEXTS.filter((text) => !needsJsonEscape(text))).toEqual([
      '',
      'plain',
      '\u007f',
      'delete \u007f, line and paragraph separators \u2028 \u2029',
      'ünïcødé/名前',
    ]);
  });
});

describe('needsJsonEscape', () => {
  it('finds a character JSON escapes anywhere in short and long texts, and only those', () => {
    const codes = [0, 0x1f, 0x20, 0x21, 0x22, 0x5c, 0x7f, 0x80, 0x2028, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000];
    const escaped = (code: number): boolean =>
      code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff);
    for (const length of [1, 2, 16, 17, 40]) {
      for (const code of codes) {
        for (const at of new Set([0, length >> 1, length - 1])) {
          const text = `${'a'.repeat(at)}${String.fromCharCode(code)}${'a'.repeat(length - at - 1)}`;
          expect(text).toHaveLength(length);
          expect(needsJsonEscape(text)).toBe(escaped(code));
        }
      }
      expect(needsJsonEscape('a'.repeat(length))).toBe(false);
    }
  });
});

describe('quotedOnce', () => {
  it('is JSON.stringify of the text, the first time and every time after', () => {
    for (let round = 0; round < 2; round++)
      for (const text of JSON_ESCAPED_TEXTS) expect(quotedOnce(text)).toBe(JSON.stringify(text));
  });
});
