/**
 * The one string order podsec sorts by. It is the same on every machine and locale (never
 * `localeCompare`), and it is Go's: kubectl and the API server order strings by their UTF-8 bytes,
 * which is Unicode code point order.
 */

/**
 * Compares two strings by Unicode code point. JavaScript's `<` compares UTF-16 code units, which puts
 * characters above U+FFFF (surrogate pairs) before U+E000–U+FFFF; this moves them after.
 */
export function compareStrings(a: string, b: string): number {
  // Sorts compare mostly equal strings (the same file, kind, namespace): the engine tells those apart at once.
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Move surrogates (supplementary planes) above U+E000–U+FFFF.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}
