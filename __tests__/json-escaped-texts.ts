/**
 * Texts that JSON writes with escapes, or writes as they are although a quick look might not: quotes, backslashes,
 * control characters, DEL, the Unicode line separators, lone, paired and reversed surrogates, non-ASCII letters.
 * For the tests of code that writes JSON strings part by part instead of through JSON.stringify.
 */
export const JSON_ESCAPED_TEXTS: readonly string[] = [
  '',
  'plain',
  'a"b',
  'back\\slash',
  'quote " and backslash \\',
  'tab\there',
  'line\nbreak',
  'control \u0000 \u0001 \b \f \n \r \t \u001f',
  '\u0000\u001f',
  '\u007f',
  'delete \u007f, line and paragraph separators \u2028 \u2029',
  'lone \ud800 high',
  'lone \udfff low',
  'pair \ud83d\ude00',
  'lone high \ud800 and low \udc00 surrogates, a pair \ud83d\ude00, reversed \ude00\ud83d',
  'ünïcødé/名前',
  'unicode é ü 中文 😀',
  'spec.template.spec.containers[0]["weird key"]',
];
