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

/**
 * The text of `JSON.stringify(value)` (compact, as SARIF is written), in pieces. Every {@link JsonList} in
 * `value`, at any depth of plain objects and arrays, is written a batch at a time; whatever holds no list is
 * stringified whole. Field order and the values JSON leaves out or writes as `null` are JSON.stringify's.
 */
export function* compactJsonPieces(value: unknown): Generator<string> {
  if (value instanceof JsonList) {
    yield* compactListPieces(value as JsonList<unknown, unknown>);
    return;
  }
  if (!holdsList(value)) {
    const text = JSON.stringify(value);
    if (text !== undefined) yield text;
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) yield ',';
      const element: unknown = value[index];
      // JSON writes an element that converts to nothing (undefined, a function) as null.
      if (holdsList(element)) yield* compactJsonPieces(element);
      else yield JSON.stringify(element) ?? 'null';
    }
    yield ']';
    return;
  }
  const object = value as Readonly<Record<string, unknown>>;
  let written = 0;
  for (const key of Object.keys(object)) {
    const field = object[key];
    const separator = written === 0 ? '{' : ',';
    if (holdsList(field)) {
      written++;
      yield `${separator}${JSON.stringify(key)}:`;
      yield* compactJsonPieces(field);
      continue;
    }
    const text = JSON.stringify(field);
    if (text === undefined) continue;
    written++;
    yield `${separator}${JSON.stringify(key)}:${text}`;
  }
  yield written === 0 ? '{}' : '}';
}

function* compactListPieces(list: JsonList<unknown, unknown>): Generator<string> {
  yield '[';
  for (let start = 0; start < list.items.length; start += BATCH) {
    const text = JSON.stringify(list.items.slice(start, start + BATCH).map((item) => list.toJson(item)));
    if (start > 0) yield ',';
    yield text.slice(1, -1);
  }
  yield ']';
}

/**
 * Whether a JsonList is in `value`, looking only through arrays and plain objects (JSON.stringify would call the
 * `toJSON` of anything else, so its own text is used as it is).
 */
function holdsList(value: unknown): boolean {
  if (value instanceof JsonList) return true;
  if (Array.isArray(value)) return value.some(holdsList);
  if (!isPlainObject(value)) return false;
  return Object.values(value).some(holdsList);
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
}
