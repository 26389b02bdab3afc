/**
 * JSON string text without the serializer where it is not needed: most names, kinds, paths and ids that podsec writes
 * into hashed keys and report text hold no character JSON escapes.
 */

/** A character JSON.stringify escapes: a control character, a quote, a backslash or a surrogate (paired or not). */
const ESCAPED_CHARACTER = /[\u0000-\u001f"\\\ud800-\udfff]/;

/**
 * Past this many characters, the regular expression looks a text over faster than a loop over its characters: a
 * report's ids and fingerprints (32 characters each, cut from a longer digest) are looked over once or twice each, tens
 * of thousands of them.
 */
const SEARCHED_FROM = 16;

/** Whether JSON.stringify escapes a character of `text`: a quote, a backslash, a control character or a surrogate. */
export function needsJsonEscape(text: string): boolean {
  if (text.length > SEARCHED_FROM) return ESCAPED_CHARACTER.test(text);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}

/** `JSON.stringify(text)`: the text in quotes as it is when nothing needs an escape, else the serializer's own. */
export function jsonString(text: string): string {
  return needsJsonEscape(text) ? JSON.stringify(text) : `"${text}"`;
}

/** The quoted texts of {@link quotedOnce}, by text; bounded, for a long-lived process. */
const quotedTexts = new Map<string, string>();

/**
 * {@link jsonString}`(text)` for a text that hashed keys repeat (a file, a check, a kind, a field path): quoted once and then
 * found by the text, whose hash V8 keeps with it. Tens of thousands of fingerprints and problem ids name a few dozen
 * such texts, and looking each character of each one over again for something to escape was a tenth of their cost.
 */
export function quotedOnce(text: string): string {
  let quoted = quotedTexts.get(text);
  if (quoted === undefined) {
    if (quotedTexts.size >= 10_000) quotedTexts.clear();
    quoted = jsonString(text);
    quotedTexts.set(text, quoted);
  }
  return quoted;
}
