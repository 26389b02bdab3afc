/**
 * JSON string text without the serializer where it is not needed: most names, kinds, paths and ids that podsec writes
 * into hashed keys and report text hold no character JSON escapes.
 */

/** Whether JSON.stringify escapes a character of `text`: a quote, a backslash, a control character or a surrogate. */
export function needsJsonEscape(text: string): boolean {
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
