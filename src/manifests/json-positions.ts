/**
 * Source positions for objects read from JSON text, found only when asked for. A finding points at a few
 * fields of a few objects, so instead of a position index for every value (what a general parser builds),
 * a lookup walks the object's text along the path it is given, skipping the values it passes, and keeps
 * what it learned about each collection it walked through for the next lookup. Spans are those the general
 * `yaml` parser gives JSON (flow collections): a map entry from its key's opening quote to the end of its
 * value, a sequence item its value, the object itself its first entry.
 */
import type { FieldPath } from '../policy/types.js';
import type { KubeObject, LocatedField, TextSpan } from './types.js';
import { locateSpan } from './located-field.js';
import type { SpanLocator } from './located-field.js';

export const QUOTE = 34;
const BACKSLASH = 92;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;
export const COMMA = 44;
export const SPACE = 32;
export const NEWLINE = 10;

/** The offset after the closing quote of the JSON string that opens at `start`; -1 when it is not closed. */
export function jsonStringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const close = text.indexOf('"', at);
    if (close < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    at = close + 1;
  }
}

/** True for the characters that end a JSON number, `true`, `false` or `null` (and the end of the text). */
export function endsJsonScalar(code: number): boolean {
  return (
    code === COMMA ||
    code === CLOSE_BRACE ||
    code === CLOSE_BRACKET ||
    code === SPACE ||
    code === NEWLINE ||
    Number.isNaN(code)
  );
}

function skipSpace(text: string, from: number): number {
  let at = from;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code !== SPACE && code !== NEWLINE) return at;
    at++;
  }
}

/**
 * The offset at `index` of a table this module and json-manifest.ts keep, throwing as `numberAt` does when there
 * is none. Two readers, each given one kind of table only: `numberAt` is shared by all of podsec's tables, typed
 * and not, so its element read is polymorphic, and the binary searches of a position lookup make millions of them.
 */
export function offsetAt(table: Int32Array, index: number): number {
  const offset = table[index];
  if (offset === undefined)
    throw new RangeError(`podsec internal error: no offset ${index} in a table of ${table.length}`);
  return offset;
}

/** {@link offsetAt} for the plain arrays of offsets. */
function listedOffset(list: readonly number[], index: number): number {
  const offset = list[index];
  if (offset === undefined)
    throw new RangeError(`podsec internal error: no offset ${index} in a list of ${list.length}`);
  return offset;
}

/**
 * A list of offsets that grows as a scan appends to it, kept in a typed array: four bytes an entry, outside
 * the garbage-collected heap (a text can have millions of lines).
 */
export class OffsetList {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  set(index: number, value: number): void {
    this.data[index] = value;
  }

  /** Forgets the entries from `length` on (what a scan recorded before it gave up). */
  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  at(index: number): number {
    return offsetAt(this.data, index);
  }

  /**
   * Index of the first entry not below `value` (entries ascending), or the length when there is none. Given
   * `from` and `to`, the search is among the entries from…to only (the answer then is `to` when none of them is).
   */
  lowerBound(value: number, from = 0, to = this.length): number {
    const data = this.data;
    let low = from;
    let high = to;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsetAt(data, mid) < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/**
 * The entries of a {@link JsonTextIndex} that belong to one object of the text, an item of a List: a lookup within
 * the object searches only those, a few hundred close together rather than millions spread over the whole index
 * (a report's lookups come long after the reading, when little of the index is in the processor's cache).
 */
export interface IndexScope {
  /** Offset of the object's `{`, and the offset after its `}`. */
  readonly start: number;
  readonly end: number;
  /**
   * The object's line breaks are the index's newlines from `firstNewline` up to `newlineLimit`: all before are
   * before `start`, all after are at or after `end`.
   */
  readonly firstNewline: number;
  readonly newlineLimit: number;
  /** Likewise the object's collections (the object itself included). */
  readonly firstCollection: number;
  readonly collectionLimit: number;
}

/**
 * What the linear scan of a JSON text learned that lookups need: where its lines start and where each of
 * its collections ends, so a lookup skips a value in one step.
 */
export class JsonTextIndex {
  constructor(
    readonly text: string,
    /** Offsets of the text's line breaks, ascending. */
    private readonly newlines: OffsetList,
    /** Per collection, in the order they open: the offset of its bracket, and the offset after its closing one. */
    private readonly collectionStarts: OffsetList,
    private readonly collectionEnds: OffsetList,
  ) {}

  /**
   * 1-based line and column of an offset, as the `yaml` package's LineCounter gives them; the `scope` of an object
   * the offset is in narrows the search (see {@link IndexScope}).
   */
  linePos(offset: number, scope?: IndexScope): { line: number; col: number } {
    // How many line breaks come before the offset.
    const before =
      scope && offset >= scope.start && offset <= scope.end
        ? this.newlines.lowerBound(offset, scope.firstNewline, scope.newlineLimit)
        : this.newlines.lowerBound(offset);
    const lineStart = before === 0 ? 0 : this.newlines.at(before - 1) + 1;
    return { line: before + 1, col: offset - lineStart + 1 };
  }

  /** The offset after the value that starts at `start` (in the object of `scope`, when given). */
  valueEnd(start: number, scope?: IndexScope): number {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === QUOTE) return jsonStringEnd(text, start);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) return this.collectionEnd(start, scope);
    let at = start;
    while (!endsJsonScalar(text.charCodeAt(at))) at++;
    return at;
  }

  private collectionEnd(start: number, scope: IndexScope | undefined): number {
    const starts = this.collectionStarts;
    const collection =
      scope && start >= scope.start && start < scope.end
        ? starts.lowerBound(start, scope.firstCollection, scope.collectionLimit)
        : starts.lowerBound(start);
    return this.collectionEnds.at(collection);
  }
}

/**
 * What the walks so far learned about one collection: its first entries (maps: decoded key; per entry the
 * span's start, the value's start and end; the entry's value as a collection, once a walk went into it), and where
 * reading the next one would start.
 */
interface Collection {
  readonly map: boolean;
  readonly keys: string[];
  readonly offsets: number[];
  /** Per entry read: its value's collection once looked at (false: the value is none). */
  readonly children: (Collection | false | undefined)[];
  /** Where the next entry's separator (or the closing bracket) is looked for; -1 once all are known. */
  next: number;
  /** Offset of the closing bracket. */
  readonly close: number;
}

/** A place in the text found for a path: the span and how many of the path's segments were found. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly depth: number;
  /** Where the value itself starts (a map entry's span starts at its key). */
  readonly value: number;
}

/** Lazily found positions within one JSON object of a text (see the module comment). */
export class JsonPositions {
  /** The object's own collection, once a lookup needed it. */
  private root: Collection | false | undefined;

  constructor(
    private readonly index: JsonTextIndex,
    /** Offset of the object's `{`. */
    private readonly start: number,
    /** The entries of the index of the item this object is (or is in), when known. */
    private readonly scope?: IndexScope,
  ) {}

  /** The value at `path` as far as it exists (`depth` segments), with the span a lookup reports for it. */
  find(path: FieldPath): Found {
    let node = this.start;
    let start = this.start;
    let end = this.start;
    let depth = 0;
    let collection = this.rootCollection();
    while (collection && depth < path.length) {
      const segment = path[depth];
      const index = collection.map
        ? this.keyIndex(collection, String(segment))
        : typeof segment === 'number'
          ? this.itemIndex(collection, segment)
          : -1;
      if (index < 0) break;
      const offsets = collection.offsets;
      start = listedOffset(offsets, 3 * index);
      node = listedOffset(offsets, 3 * index + 1);
      end = listedOffset(offsets, 3 * index + 2);
      depth++;
      if (depth < path.length) collection = this.child(collection, index, node, end);
    }
    return { start, end, depth, value: node };
  }

  /** The collection at `path` with its own positions, or undefined when there is none there. */
  nested(path: FieldPath): JsonPositions | undefined {
    const found = this.find(path);
    if (found.depth !== path.length || !this.isCollection(found.value)) return undefined;
    return new JsonPositions(this.index, found.value, this.scope);
  }

  /** The span of the object's first entry, where a person looks for the object itself; empty for `{}`. */
  head(): { readonly start: number; readonly end: number } {
    const root = this.rootCollection();
    if (root && this.entryAt(root, 0)) {
      return { start: listedOffset(root.offsets, 0), end: listedOffset(root.offsets, 2) };
    }
    return { start: this.start, end: this.start };
  }

  linePos(offset: number): { line: number; col: number } {
    return this.index.linePos(offset, this.scope);
  }

  private rootCollection(): Collection | false {
    if (this.root === undefined) {
      this.root =
        this.isCollection(this.start) &&
        newCollection(this.index.text, this.start, this.index.valueEnd(this.start, this.scope));
    }
    return this.root;
  }

  /** The value of a collection's entry as a collection (the value starts at `start`, ends before `end`). */
  private child(collection: Collection, index: number, start: number, end: number): Collection | false {
    let child = collection.children[index];
    if (child === undefined) {
      child = this.isCollection(start) && newCollection(this.index.text, start, end);
      collection.children[index] = child;
    }
    return child;
  }

  private isCollection(offset: number): boolean {
    const code = this.index.text.charCodeAt(offset);
    return code === OPEN_BRACE || code === OPEN_BRACKET;
  }

  private keyIndex(collection: Collection, key: string): number {
    const known = collection.keys.indexOf(key);
    if (known >= 0) return known;
    for (let index = collection.keys.length; this.entryAt(collection, index); index++) {
      if (collection.keys[index] === key) return index;
    }
    return -1;
  }

  private itemIndex(collection: Collection, index: number): number {
    // As an array read would: -0 is the first item, fractions and negatives none.
    if (!Number.isInteger(index) || index < 0) return -1;
    return this.entryAt(collection, index) ? index : -1;
  }

  /** Reads entries up to `index`; false when the collection has fewer. */
  private entryAt(collection: Collection, index: number): boolean {
    const text = this.index.text;
    while (collection.offsets.length <= 3 * index) {
      if (collection.next < 0) return false;
      let at: number;
      if (collection.map) {
        // The text parsed, so between one entry and the next key there is only white space and a comma: the key's
        // quote is found in one search, not by walking the indentation.
        at = text.indexOf('"', collection.next);
        if (at < 0 || at > collection.close) {
          collection.next = -1;
          return false;
        }
      } else {
        at = skipSpace(text, collection.next);
        const code = text.charCodeAt(at);
        if (code === CLOSE_BRACKET) {
          collection.next = -1;
          return false;
        }
        if (code === COMMA) at = skipSpace(text, at + 1);
      }
      const entryStart = at;
      if (collection.map) {
        const keyEnd = jsonStringEnd(text, at);
        const raw = text.slice(at + 1, keyEnd - 1);
        collection.keys.push(raw.includes('\\') ? (JSON.parse(text.slice(at, keyEnd)) as string) : raw);
        // Past the colon.
        at = skipSpace(text, skipSpace(text, keyEnd) + 1);
      }
      const end = this.index.valueEnd(at, this.scope);
      collection.offsets.push(entryStart, at, end);
      collection.children.push(undefined);
      collection.next = end;
    }
    return true;
  }
}

/** A collection nothing is known of yet: its bracket at `start`, its end (after the closing bracket) at `end`. */
function newCollection(text: string, start: number, end: number): Collection {
  return {
    map: text.charCodeAt(start) === OPEN_BRACE,
    keys: [],
    offsets: [],
    children: [],
    next: start + 1,
    close: end - 1,
  };
}

/** A Kubernetes object read from JSON text; positions are found only when asked for (see {@link JsonPositions}). */
export class JsonObject implements KubeObject {
  /** A JSON text is one document. */
  readonly documentIndex = 0;

  constructor(
    readonly value: Record<string, unknown>,
    readonly file: string,
    readonly itemIndex: number | undefined,
    private readonly positions: JsonPositions,
    private readonly locator: SpanLocator | undefined,
  ) {}

  position(path: FieldPath): TextSpan {
    const found = this.positions.find(path);
    const { start, end } = found.depth === 0 ? this.positions.head() : found;
    const from = this.positions.linePos(start);
    const to = this.positions.linePos(Math.max(end, start));
    return {
      line: from.line,
      column: from.col,
      endLine: to.line,
      endColumn: to.col,
      exact: found.depth === path.length,
      foundPath: path.slice(0, found.depth),
    };
  }

  locate(path: FieldPath): LocatedField {
    return locateSpan(this, path, this.position(path), this.locator);
  }
}
