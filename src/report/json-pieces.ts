/**
 * Two-space indented JSON written in pieces. A report of tens of thousands of problems is tens of
 * megabytes of text: built whole, its object tree and its string (and the buffer a file write makes
 * of it) are all held at once. Here the long lists are converted and stringified a batch at a time,
 * and the pieces join to exactly what `JSON.stringify(value, null, 2)` gives for the whole. Pure.
 */
import { templatedElements, type ElementTemplates } from './json-templates.js';

/** A list whose elements become JSON values only as they are written, a batch at a time. */
export class JsonList<T, J> {
  /**
   * With `templates`, {@link prettyJsonPieces} writes elements alike but for a few fields from shared templates (see
   * json-templates.ts); the text is the same.
   */
  constructor(
    readonly items: readonly T[],
    readonly toJson: (item: T) => J,
    readonly templates?: ElementTemplates<T>,
  ) {}

  /** Every element converted at once, for a caller that wants the whole value. */
  all(): J[] {
    return this.items.map((item) => this.toJson(item));
  }
}

/**
 * How much text one batch of list elements aims at. Text made whole and dropped at once should die young: V8 makes
 * a string of more than 128 KiB (64 Ki two-byte characters) in the old generation, where it stays until the next
 * full collection, so a report's batches of 750 KB piled up there (60 MB on 20,000 problems). Batches are sized
 * from the text the one before made, so elements of any size keep pieces near this.
 */
export const PIECE_CHARS = 32 * 1024;

/** The most elements in any batch (the first holds one: its text tells how long elements are). */
const MOST_IN_BATCH = 1024;

/** How the elements of a list are cut into batches. */
export interface PieceSizing {
  /** The text a batch aims at, in characters (default {@link PIECE_CHARS}). */
  readonly pieceChars?: number;
}

/** The batches of `list`, each with the index of its first element and its text, which comes out near `pieceChars`. */
function* batchesOf<T, J>(
  list: JsonList<T, J>,
  pieceChars: number,
  stringify: (values: J[]) => string,
): Generator<{ readonly start: number; readonly text: string }> {
  let size = 1;
  for (let start = 0; start < list.items.length;) {
    const end = Math.min(start + size, list.items.length);
    const text = stringify(list.items.slice(start, end).map((item) => list.toJson(item)));
    yield { start, text };
    size = nextBatchSize(end - start, text.length, pieceChars);
    start = end;
  }
}

/** How many elements the next batch takes, after one of `count` elements made `chars` characters of text. */
function nextBatchSize(count: number, chars: number, pieceChars: number): number {
  return Math.max(1, Math.min(MOST_IN_BATCH, Math.floor((count * pieceChars) / Math.max(1, chars))));
}

/**
 * The elements of `list` written through its templates, a batch at a time, each batch one piece with the separators
 * (and so one write). Batches are sized as {@link batchesOf} sizes them.
 */
function* templatedBatches<T, J>(
  list: JsonList<T, J>,
  templates: ElementTemplates<T>,
  pieceChars: number,
): Generator<string> {
  const write = templatedElements(list.toJson, templates);
  const { items } = list;
  let size = 1;
  for (let start = 0; start < items.length;) {
    const end = Math.min(start + size, items.length);
    const out: string[] = [];
    for (let index = start; index < end; index++) {
      if (index > 0) out.push(',\n');
      write(items[index] as T, out);
    }
    const text = out.join('');
    yield text;
    size = nextBatchSize(end - start, text.length, pieceChars);
    start = end;
  }
}

// `JSON.stringify({ k: [a, b] }, null, 2)` is `{\n  "k": [\n    a,\n    b\n  ]\n}`: between this head
// and tail are the elements, already indented as they stand in a top-level field.
const LIST_HEAD = '{\n  "k": [\n';
const LIST_TAIL = '\n  ]\n}';

/**
 * The text of `JSON.stringify(object, null, 2)` followed by a newline, in pieces. `object`'s fields
 * that are {@link JsonList}s are written element by element; every other field is stringified whole.
 * Field order is JSON.stringify's (own enumerable keys, as `Object.keys` gives them).
 */
export function* prettyJsonPieces(
  object: Readonly<Record<string, unknown>>,
  sizing: PieceSizing = {},
): Generator<string> {
  const pieceChars = sizing.pieceChars ?? PIECE_CHARS;
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
      if (list.templates !== undefined) {
        yield* templatedBatches(list, list.templates, pieceChars);
        yield '\n  ]';
        continue;
      }
      for (const { start, text } of batchesOf(list, pieceChars, (values) => JSON.stringify({ k: values }, null, 2))) {
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
export function* compactJsonPieces(value: unknown, sizing: PieceSizing = {}): Generator<string> {
  if (value instanceof JsonList) {
    yield* compactListPieces(value as JsonList<unknown, unknown>, sizing.pieceChars ?? PIECE_CHARS);
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
      if (holdsList(element)) yield* compactJsonPieces(element, sizing);
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
      yield* compactJsonPieces(field, sizing);
      continue;
    }
    const text = JSON.stringify(field);
    if (text === undefined) continue;
    written++;
    yield `${separator}${JSON.stringify(key)}:${text}`;
  }
  yield written === 0 ? '{}' : '}';
}

function* compactListPieces(list: JsonList<unknown, unknown>, pieceChars: number): Generator<string> {
  yield '[';
  for (const { start, text } of batchesOf(list, pieceChars, (values) => JSON.stringify(values))) {
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
