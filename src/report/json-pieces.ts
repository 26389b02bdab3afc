/**
 * Two-space indented JSON written in pieces. A report of tens of thousands of problems is tens of
 * megabytes of text: built whole, its object tree and its string (and the buffer a file write makes
 * of it) are all held at once. Here the long lists are converted and stringified a batch at a time,
 * and the pieces join to exactly what `JSON.stringify(value, null, 2)` gives for the whole. Pure.
 */

/** A list whose elements become JSON values only as they are written, a batch at a time. */
export class JsonList<T, J> {
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T) => J,
  ) {}

  /** Every element converted at once, for a caller that wants the whole value. */
  all(): J[] {
    return this.items.map((item) => this.toJson(item));
  }
}

/** List elements converted and stringified together: enough for few, large writes, small next to the list. */
const BATCH = 256;

// `JSON.stringify({ k: [a, b] }, null, 2)` is `{\n  "k": [\n    a,\n    b\n  ]\n}`: between this head
// and tail are the elements, already indented as they stand in a top-level field.
const LIST_HEAD = '{\n  "k": [\n';
const LIST_TAIL = '\n  ]\n}';

/**
 * The text of `JSON.stringify(object, null, 2)` followed by a newline, in pieces. `object`'s fields
 * that are {@link JsonList}s are written element by element; every other field is stringified whole.
 * Field order is JSON.stringify's (own enumerable keys, as `Object.keys` gives them).
 */
export function* prettyJsonPieces(object: Readonly<Record<string, unknown>>): Generator<string> {
  let written = 0;
  for (const key of Object.keys(object)) {
    const value = object[key];
    const separator = written === 0 ? '{' : ',';
    if (value instanceof JsonList) {
      const list = value as JsonList<unknown, unknown>;
      const name = `${separator}\n  ${JSON.stringify(key)}: `;
      written++;
      if (list.items.length === 0) {
        yield `${name}[]`;
        continue;
      }
      yield `${name}[\n`;
      for (let start = 0; start < list.items.length; start += BATCH) {
        const batch = list.items.slice(start, start + BATCH).map((item) => list.toJson(item));
        const text = JSON.stringify({ k: batch }, null, 2);
        // The separator goes apart: joined to the batch's text, the two would be copied into one more string.
        if (start > 0) yield ',\n';
        yield text.slice(LIST_HEAD.length, text.length - LIST_TAIL.length);
      }
      yield '\n  ]';
      continue;
    }
    // `{\n  "key": value\n}`, or `{}` when JSON leaves the field out (an undefined value).
    const text = JSON.stringify({ [key]: value }, null, 2);
    if (text === '{}') continue;
    written++;
    yield `${separator}${text.slice(1, -2)}`;
  }
  yield written === 0 ? '{}\n' : '\n}\n';
}
