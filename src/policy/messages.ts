/**
 * Phrase builders shared by every check, so plurals, quoting and ordering match upstream byte for
 * byte in one place.
 */
import { compareStrings } from '../util/compare.js';

/** `"a", "b"`: each item in plain double quotes (no escaping), joined by `", "`; `""` when empty. */
export function quoteList(items: readonly string[]): string {
  if (items.length === 0) return '';
  return `"${items.join('", "')}"`;
}

/** The singular form only when `count` is exactly 1 (so zero takes the plural, as upstream). */
export function plural(singular: string, pluralForm: string, count: number): string {
  return count === 1 ? singular : pluralForm;
}

/** `container "a"` / `containers "a", "b"`. */
export function containerPhrase(names: readonly string[]): string {
  return `${plural('container', 'containers', names.length)} ${quoteList(names)}`;
}

/** `volume "a"` / `volumes "a", "b"`. */
export function volumePhrase(names: readonly string[]): string {
  return `${plural('volume', 'volumes', names.length)} ${quoteList(names)}`;
}

/** `uses` for exactly one subject, `use` otherwise. */
export function usesVerb(subjects: number): string {
  return plural('uses', 'use', subjects);
}

/** Setters such as `pod` and `containers "a", "b"` joined as upstream does: `pod and containers "a", "b"`. */
export function joinSetters(setters: readonly string[]): string {
  return setters.join(' and ');
}

/** A new array sorted in Go string order. */
export function sortStrings(items: Iterable<string>): string[] {
  return Array.from(items).sort(compareStrings);
}

/** De-duplicated and sorted in Go string order, as upstream's `sets.String.List()`. */
export function sortedSet(items: Iterable<string>): string[] {
  return sortStrings(new Set(items));
}

const HEX = '0123456789abcdef';
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const SIMPLE_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function hex(code: number, digits: number): string {
  let out = '';
  for (let shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += HEX[(code >> shift) & 0xf];
  return out;
}

/**
 * Quotes a string as Go's `%q` (strconv.Quote) does: printable characters as they are, `\a \b \f \n
 * \r \t \v`, `\xhh` for other ASCII controls and DEL, `\uhhhh`/`\Uhhhhhhhh` for other non-printable
 * characters. A lone surrogate cannot come out of Go's UTF-8 decoding; it becomes U+FFFD as there.
 */
export function goQuote(text: string): string {
  if (SIMPLE_ASCII.test(text)) return `"${text}"`;
  let out = '"';
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    switch (code) {
      case 0x22:
        out += '\\"';
        continue;
      case 0x5c:
        out += '\\\\';
        continue;
      case 0x07:
        out += '\\a';
        continue;
      case 0x08:
        out += '\\b';
        continue;
      case 0x0c:
        out += '\\f';
        continue;
      case 0x0a:
        out += '\\n';
        continue;
      case 0x0d:
        out += '\\r';
        continue;
      case 0x09:
        out += '\\t';
        continue;
      case 0x0b:
        out += '\\v';
        continue;
    }
    if (code === 0x20 || (code > 0x20 && code < 0x7f)) {
      out += String.fromCodePoint(code);
    } else if (code < 0x20 || code === 0x7f) {
      out += `\\x${hex(code, 2)}`;
    } else if (PRINTABLE.test(String.fromCodePoint(code))) {
      out += String.fromCodePoint(code);
    } else if (code < 0x10000) {
      out += `\\u${hex(code, 4)}`;
    } else {
      out += `\\U${hex(code, 8)}`;
    }
  }
  return `${out}"`;
}
