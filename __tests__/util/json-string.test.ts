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

describe('quotedOnce', () => {
  it('is JSON.stringify of the text, the first time and every time after', () => {
    for (let round = 0; round < 2; round++)
      for (const text of JSON_ESCAPED_TEXTS) expect(quotedOnce(text)).toBe(JSON.stringify(text));
  });
});
