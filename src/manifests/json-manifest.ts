/**
 * A fast path for manifests written as one JSON document (what `kubectl get … -o json` prints, often a
 * `List` of thousands of objects). JSON is a subset of YAML's flow style, so the general `yaml` package
 * reads it, but at a few MiB per second and with an AST that costs many times the input in memory.
 *
 * Here one linear scan over the text (no values built) finds the `items` of a List and checks what JSON and
 * YAML could read differently: every number, `true`, `false` and `null` must resolve to the same value as
 * YAML 1.1 reads it, keys must be unique (JSON.parse keeps the last duplicate, YAML refuses them; the scan
 * counts keys, the parsed values must have as many), no `__proto__` or `<<` keys, no keys longer than YAML
 * allows, nesting within the limit. Then each item is read by `JSON.parse` of its own slice of the text and
 * handed over at once, so only one item's value is alive at a time; positions are found only when asked for
 * (json-positions.ts). Anything doubtful makes the caller use the general parser for the text, so the
 * answer is never a guess.
 */
import type { PlainScalarResolver } from './block-yaml.js';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COMMA,
  JsonObject,
  JsonPositions,
  JsonTextIndex,
  NEWLINE,
  OffsetList,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  SPACE,
  endsJsonScalar,
  jsonStringEnd,
  offsetAt,
} from './json-positions.js';
import type { IndexScope } from './json-positions.js';
import type { KubeObject } from './types.js';
import type { SpanLocator } from './located-field.js';
import { numberAt } from '../util/item-at.js';

const COLON = 58;
const ZERO = 48;
const NINE = 57;
const DOT = 46;
const MINUS = 45;
const PLUS = 43;
const LOWER_E = 101;
const UPPER_E = 69;
const BACKSLASH = 92;

/**
 * YAML's flow style limits implicit keys to 1024 characters; longer JSON keys are left to the general
 * parser (which reports what it reports).
 */
const MAX_KEY_LENGTH = 1000;

/**
 * Characters JSON allows (in strings) that the general parser reads differently or refuses: the YAML line
 * breaks other than `\n`, DEL and a byte order mark. Control characters need no search: JSON allows none
 * in strings, and as white space only tab and carriage return, which the scan refuses.
 */
const YAML_SENSITIVE_CHARACTERS = ['\x7f', '\x85', '\u2028', '\u2029', '\ufeff'];

/** JSON's number syntax (the scan only checks which characters end a number). */
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;

/** Up to this many digits, a number without sign, fraction or exponent is an integer both read exactly. */
const PLAIN_INTEGER_DIGITS = 15;

/** Whether a text is worth trying as JSON: its first character other than white space opens a JSON object. */
export function looksLikeJsonObject(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 10) continue;
    return code === OPEN_BRACE;
  }
  return false;
}

/** What the scan found: the root object's place, its `items` array when it has one, and key counts. */
export interface JsonLayout {
  /** Offset of the root `{`. */
  readonly start: number;
  readonly index: JsonTextIndex;
  /** Keys of all objects of the text, and of those outside the `items` elements. */
  readonly keyCount: number;
  readonly outsideItemsKeyCount: number;
  readonly items: JsonItems | undefined;
  /**
   * True when the elements of `items` were only outlined (see {@link OUTLINE}): `index` then holds nothing
   * of them, `keyCount` counts none of their keys and each element's key count is {@link UNCOUNTED}.
   */
  readonly outlined: boolean;
}

/** The root object's `items` array, and per element what the scan learned. */
export interface JsonItems {
  /** Offset of `[`, and the offset after `]`. */
  readonly start: number;
  readonly end: number;
  /** Per element: start, end, number of keys within it. */
  readonly elements: number[];
}

const ELEMENT_FIELDS = 3;

/** An element's key count when the element was only outlined. */
const UNCOUNTED = -1;

/**
 * The spaces from where it is set (`lastIndex`) on. The indentation after each line break (most of the characters of
 * a pretty-printed text, 64 % of what `kubectl get -o json` prints) is skipped by the engine's search rather than one
 * character at a time here: a sixth less time for the scan of a 56 MiB List, measured in the CLI.
 */
const INDENTATION = / */y;

/** Scan states: what comes next (white space is skipped before each). */
const VALUE = 0;
const KEY = 1;
const AFTER_VALUE = 2;
/** Right after `{` or `[`: the closing bracket may come at once. */
const FIRST_KEY = 3;
const FIRST_VALUE = 4;

/** Scan modes: the whole text, every value looked at. */
const WHOLE = 0;
/**
 * The whole text, but each element of the root's `items` that is a pretty-printed object (its `{` alone on its
 * line, its `}` on the first later line indented alike) is passed over in one search for that line: its content is
 * proven when it is read (see {@link layItem}).
 */
const OUTLINE = 1;
/** One object of the text, from its `{` to its `}` (an item proven the slow way). */
const ITEM = 2;
type ScanMode = typeof WHOLE | typeof OUTLINE | typeof ITEM;

/** What an outline scan answers when an element of `items` is not pretty-printed: the whole scan is needed. */
const NOT_OUTLINED = 'not outlined';

/** Where a scan records what lookups need (see JsonTextIndex). */
interface LayoutLists {
  readonly newlines: OffsetList;
  readonly collectionStarts: OffsetList;
  readonly collectionEnds: OffsetList;
}

function newLayoutLists(): LayoutLists {
  return { newlines: new OffsetList(), collectionStarts: new OffsetList(), collectionEnds: new OffsetList() };
}

/**
 * The linear scan (see the module comment): undefined when the text is not one JSON object the fast path
 * is sure about. It does not check what `JSON.parse` of each part checks afterwards (escapes, number syntax
 * inside an accepted number, control characters in strings): every character of the text outside the
 * separators between `items` elements is in one of the parts parsed.
 */
export function scanJsonLayout(
  text: string,
  resolvePlain: PlainScalarResolver,
  maxDepth: number,
): JsonLayout | undefined {
  const layout = scanText(text, resolvePlain, maxDepth, WHOLE);
  return layout === NOT_OUTLINED ? undefined : layout;
}

function scanText(
  text: string,
  resolvePlain: PlainScalarResolver,
  maxDepth: number,
  mode: typeof WHOLE | typeof OUTLINE,
): JsonLayout | typeof NOT_OUTLINED | undefined {
  if (text.includes('\t') || text.includes('\r')) return undefined;
  for (const character of YAML_SENSITIVE_CHARACTERS) if (text.includes(character)) return undefined;
  const lists = newLayoutLists();
  const scanned = scan(text, 0, resolvePlain, maxDepth, lists, mode);
  if (scanned === undefined || scanned === NOT_OUTLINED) return scanned;
  const { start, keys, items } = scanned;
  let outside = keys;
  if (items && mode === WHOLE) {
    for (let index = 2; index < items.elements.length; index += ELEMENT_FIELDS) {
      outside -= numberAt(items.elements, index);
    }
  }
  const index = new JsonTextIndex(text, lists.newlines, lists.collectionStarts, lists.collectionEnds);
  return { start, index, keyCount: keys, outsideItemsKeyCount: outside, items, outlined: mode === OUTLINE };
}

/** What {@link scan} found: the object's `{` and the offset after its `}`, its keys, the root's `items`. */
interface Scanned {
  readonly start: number;
  readonly end: number;
  readonly keys: number;
  readonly items: JsonItems | undefined;
}

/**
 * The scan itself, from `from`: in the modes WHOLE and OUTLINE the whole text (one object, white space around
 * it), in the mode ITEM the one object that starts there (`maxDepth` then counts from it).
 */
function scan(
  text: string,
  from: number,
  resolvePlain: PlainScalarResolver,
  maxDepth: number,
  lists: LayoutLists,
  mode: ScanMode,
): Scanned | typeof NOT_OUTLINED | undefined {
  // Collection kinds by depth (the root is depth 1).
  const kinds = new Uint8Array(maxDepth + 1);
  let depth = 0;
  let keys = 0;
  let at = from;
  let start = -1;
  let end = -1;
  const { newlines, collectionStarts, collectionEnds } = lists;
  // Per depth, the collection's place in collectionEnds.
  const open = new Int32Array(maxDepth + 1);
  let state = VALUE;
  // `items` of the root: seen as a key (1), its array open (2), closed (3); an item is never a List's root.
  let itemsState = mode === ITEM ? 3 : 0;
  let itemsStart = -1;
  let itemsEnd = -1;
  const elements: number[] = [];
  let nextBackslash = text.indexOf('\\', from);
  for (;;) {
    let code = text.charCodeAt(at);
    while (code === SPACE || code === NEWLINE) {
      if (code === NEWLINE) {
        newlines.push(at);
        INDENTATION.lastIndex = at + 1;
        INDENTATION.test(text);
        at = INDENTATION.lastIndex;
      } else {
        at++;
      }
      code = text.charCodeAt(at);
    }
    if (state === FIRST_KEY || state === FIRST_VALUE) {
      if (code === (state === FIRST_KEY ? CLOSE_BRACE : CLOSE_BRACKET)) {
        state = AFTER_VALUE;
      } else {
        state = state === FIRST_KEY ? KEY : VALUE;
      }
    }
    if (state === AFTER_VALUE) {
      if (depth === 0) break;
      const map = kinds[depth] === OPEN_BRACE;
      if (code === COMMA) {
        at++;
        state = map ? KEY : VALUE;
        continue;
      }
      if (code !== (map ? CLOSE_BRACE : CLOSE_BRACKET)) return undefined;
      at++;
      collectionEnds.set(numberAt(open, depth), at);
      if (itemsState === 2 && depth === 3) {
        const first = elements.length - ELEMENT_FIELDS;
        elements[first + 1] = at;
        elements[first + 2] = keys - numberAt(elements, first + 2);
      } else if (itemsState === 2 && depth === 2) {
        itemsState = 3;
        itemsEnd = at;
      } else if (depth === 1) {
        end = at;
        // An item ends at its `}`: what follows belongs to the List.
        if (mode === ITEM) break;
      }
      depth--;
      continue;
    }
    if (state === KEY) {
      if (code !== QUOTE) return undefined;
      const keyEnd = jsonStringEnd(text, at);
      if (keyEnd < 0 || keyEnd - at > MAX_KEY_LENGTH) return undefined;
      if (nextBackslash >= 0 && nextBackslash < at) nextBackslash = text.indexOf('\\', at);
      const escaped = nextBackslash >= 0 && nextBackslash < keyEnd;
      const key =
        escaped || keyEnd - at === 4 || keyEnd - at === 11 || keyEnd - at === 7
          ? keyText(text, at, keyEnd, escaped)
          : '';
      if (key === undefined || key === '__proto__' || key === '<<') return undefined;
      keys++;
      if (depth === 1 && key === 'items' && mode !== ITEM) {
        // A second `items` is a duplicate key: the general parser words it.
        if (itemsState !== 0) return undefined;
        itemsState = 1;
      }
      at = keyEnd;
      for (let next = text.charCodeAt(at); next === SPACE || next === NEWLINE; next = text.charCodeAt(++at)) {
        if (next === NEWLINE) newlines.push(at);
      }
      if (text.charCodeAt(at) !== COLON) return undefined;
      at++;
      state = VALUE;
      continue;
    }
    // A value.
    if (itemsState === 1 && depth === 1) {
      if (code === OPEN_BRACKET) {
        itemsState = 2;
        itemsStart = at;
      } else {
        itemsState = 3;
      }
    } else if (itemsState === 2 && depth === 2) {
      if (mode === OUTLINE) {
        const itemEnd = code === OPEN_BRACE ? prettyObjectEnd(text, at) : -1;
        if (itemEnd < 0) return NOT_OUTLINED;
        elements.push(at, itemEnd, UNCOUNTED);
        at = itemEnd;
        state = AFTER_VALUE;
        continue;
      }
      elements.push(at, -1, keys);
    }
    if (depth === 0) {
      if (code !== OPEN_BRACE) return undefined;
      start = at;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (depth === maxDepth) return undefined;
      kinds[++depth] = code;
      collectionStarts.push(at);
      open[depth] = collectionEnds.push(-1);
      at++;
      state = code === OPEN_BRACE ? FIRST_KEY : FIRST_VALUE;
      continue;
    }
    if (code === QUOTE) {
      at = jsonStringEnd(text, at);
      if (at < 0) return undefined;
    } else {
      const tokenStart = at;
      let digits = true;
      for (;;) {
        const next = text.charCodeAt(at);
        if (endsJsonScalar(next)) break;
        if (next < ZERO || next > NINE) digits = false;
        at++;
      }
      if (!sameInYaml(text, tokenStart, at, digits, resolvePlain)) return undefined;
    }
    // An element of `items` that is not an object (the reader refuses it if the root is a List).
    if (itemsState === 2 && depth === 2) {
      const first = elements.length - ELEMENT_FIELDS;
      elements[first + 1] = at;
      elements[first + 2] = 0;
    }
    state = AFTER_VALUE;
  }
  if (mode === ITEM ? end < 0 : at !== text.length || end < 0) return undefined;
  const items = itemsStart >= 0 && itemsEnd >= 0 ? { start: itemsStart, end: itemsEnd, elements } : undefined;
  return { start, end, keys, items };
}

/**
 * Where the object whose `{` is at `open` ends, if it is pretty-printed: `{` alone on its line after the
 * indentation, and its `}` the first later line of the same indentation that starts with one. A guess until the
 * object's text parses: a JSON object has one end, so if the slice up to this `}` is one JSON value, this is it.
 * -1 when the object is not written so.
 */
function prettyObjectEnd(text: string, open: number): number {
  if (text.charCodeAt(open + 1) !== NEWLINE) return -1;
  const lineStart = text.lastIndexOf('\n', open) + 1;
  if (!onlySpaces(text, lineStart, open)) return -1;
  const indent = open - lineStart;
  // Each `}` of the text is looked at (a search for the whole line is slower: most of the text is spaces).
  for (let close = text.indexOf('}', open); close >= 0; close = text.indexOf('}', close + 1)) {
    if (text.charCodeAt(close - indent - 1) === NEWLINE && onlySpaces(text, close - indent, close)) return close + 1;
  }
  return -1;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) !== SPACE) return false;
  return true;
}

/** A key's decoded text when it is short enough to matter or escaped; undefined when it does not decode. */
function keyText(text: string, start: number, end: number, escaped: boolean): string | undefined {
  if (!escaped) return text.slice(start + 1, end - 1);
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return undefined;
  }
}

/** Whether the number, `true`, `false` or `null` at `start…end` is what YAML 1.1 reads there too. */
function sameInYaml(
  text: string,
  start: number,
  end: number,
  digits: boolean,
  resolvePlain: PlainScalarResolver,
): boolean {
  const length = end - start;
  if (length === 0) return false;
  const first = text.charCodeAt(start);
  if (digits) {
    // `0`, or no leading zero (an octal number in YAML 1.1, and not JSON).
    if (length === 1 || (first !== ZERO && length <= PLAIN_INTEGER_DIGITS)) return true;
    if (first === ZERO) return false;
  }
  const token = text.slice(start, end);
  if (token === 'true' || token === 'false' || token === 'null') return true;
  if (!JSON_NUMBER.test(token)) return false;
  const resolved = resolvePlain(token);
  return resolved !== undefined && Object.is(resolved.value, Number(token));
}

/** Own keys of every object within a parsed value (JSON.parse keeps one of duplicate keys). */
function countKeys(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countKeys(item);
    return count;
  }
  for (const key in value) {
    count += 1 + countKeys((value as Record<string, unknown>)[key]);
  }
  return count;
}

/** How the objects of a JSON text are handed over, and what they are built with. */
export interface JsonReading {
  readonly file: string;
  readonly resolvePlain: PlainScalarResolver;
  readonly maxDepth: number;
  readonly locate: SpanLocator | undefined;
  /** Receives each object as soon as it is read. */
  readonly deliver: (object: KubeObject) => void;
}

/**
 * Reads a text that is one JSON object: its Kubernetes objects (the items of a List, or the object itself)
 * go to `deliver` one by one. False when the fast path does not apply: not JSON, or anything the general
 * parser reads differently or reports (the caller then reads the text again with it; objects delivered
 * before the answer was false are void).
 */
export function readJsonManifest(text: string, reading: JsonReading): boolean {
  const { resolvePlain, maxDepth } = reading;
  // An outline that fails may have been misled by a guess (see prettyObjectEnd): the whole scan decides.
  const outline = scanText(text, resolvePlain, maxDepth, OUTLINE);
  const layout =
    outline === undefined || outline === NOT_OUTLINED ? scanJsonLayout(text, resolvePlain, maxDepth) : outline;
  if (!layout) return false;
  const { items } = layout;
  const whole = (): unknown => JSON.parse(text);
  let root: unknown;
  try {
    // The List without its items (each is parsed alone, below).
    root = items ? JSON.parse(`${text.slice(0, items.start)}[]${text.slice(items.end)}`) : whole();
  } catch {
    return false;
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return false;
  if (countKeys(root) !== (items ? layout.outsideItemsKeyCount : layout.keyCount)) return false;
  const value = root as Record<string, unknown>;
  const identity = identityOf(value, true);
  if (identity !== 'object') return identity === 'skip';
  const kind = value['kind'] as string;
  if (!items || !isList(kind, value['items'])) {
    // The elements of `items` are part of this object: it needs them scanned.
    const full = layout.outlined && items ? scanJsonLayout(text, resolvePlain, maxDepth) : layout;
    if (!full) return false;
    const positions = new JsonPositions(full.index, full.start);
    if (!items) return objectsOf(value, positions, undefined, reading);
    // An object (not a List) with an `items` array: read whole.
    let object: unknown;
    try {
      object = whole();
    } catch {
      return false;
    }
    if (countKeys(object) !== full.keyCount) return false;
    return objectsOf(object as Record<string, unknown>, positions, undefined, reading);
  }
  const defaults = itemDefaults(value, kind);
  const outlined = layout.outlined ? new OutlinedItems(text, resolvePlain, maxDepth) : undefined;
  let { elements } = items;
  let { index: textIndex } = layout;
  for (let index = 0; index * ELEMENT_FIELDS < elements.length; index++) {
    const at = index * ELEMENT_FIELDS;
    const start = numberAt(elements, at);
    const end = numberAt(elements, at + 1);
    const keyCount = numberAt(elements, at + 2);
    let item: unknown;
    try {
      item = JSON.parse(text.slice(start, end));
    } catch {
      if (keyCount !== UNCOUNTED) return false;
      // The outline guessed this item's end wrong, or the text is not JSON. The items before were parsed, so
      // they are what they seemed; if the whole scan agrees on where `items` is, the rest goes by it.
      const full = scanJsonLayout(text, resolvePlain, maxDepth);
      if (full?.items?.start !== items.start || full.items.end !== items.end) return false;
      if (full.items.elements[at] !== start) return false;
      elements = full.items.elements;
      textIndex = full.index;
      index--;
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
    let scope: IndexScope | undefined;
    if (keyCount === UNCOUNTED && outlined) {
      scope = outlined.lay(start, end, item as Record<string, unknown>);
      if (!scope) return false;
      textIndex = outlined.index;
    } else if (countKeys(item) !== keyCount) {
      return false;
    }
    const record = withDefaults(item as Record<string, unknown>, defaults);
    if (identityOf(record, false) !== 'object') return false;
    const itemPositions = new JsonPositions(textIndex, start, scope);
    if (!objectsOf(record, itemPositions, index, reading)) return false;
  }
  return true;
}

/**
 * The layout of the items an outline scan passed over, found item by item as each is read, in one index for
 * all of them. A pretty-printed item is proven from its parsed value and a look at its text at each line break
 * and each quote, not at every character (see {@link proveLayout}); any other goes through the whole scan of
 * that item.
 */
class OutlinedItems {
  private readonly lists = newLayoutLists();
  readonly index: JsonTextIndex;
  /** Line breaks before this offset are recorded. */
  private linesDone = 0;
  private nextBackslash: number;
  /** Per open collection of the item being proven, its place in collectionStarts. */
  private open: Int32Array = new Int32Array(64);
  private readonly census = new ValueCensus();

  constructor(
    private readonly text: string,
    private readonly resolvePlain: PlainScalarResolver,
    private readonly maxDepth: number,
  ) {
    this.index = new JsonTextIndex(text, this.lists.newlines, this.lists.collectionStarts, this.lists.collectionEnds);
    this.nextBackslash = text.indexOf('\\');
  }

  /**
   * Records the layout of the object at start…end, parsed as `value`: the object's entries in the index, or
   * undefined when the fast path refuses it.
   */
  lay(start: number, end: number, value: Record<string, unknown>): IndexScope | undefined {
    const { text, lists } = this;
    const { newlines, collectionStarts, collectionEnds } = lists;
    // Items sit at depth 3 (root, `items`, item).
    if (this.maxDepth < 3) return undefined;
    for (let at = text.indexOf('\n', this.linesDone); at >= 0 && at < start; at = text.indexOf('\n', at + 1)) {
      newlines.push(at);
    }
    this.linesDone = end;
    const lines = newlines.length;
    const collections = collectionStarts.length;
    const scope = (): IndexScope => ({
      start,
      end,
      firstNewline: lines,
      newlineLimit: newlines.length,
      firstCollection: collections,
      collectionLimit: collectionStarts.length,
    });
    if (this.proveLayout(start, end, value)) return scope();
    newlines.truncate(lines);
    collectionStarts.truncate(collections);
    collectionEnds.truncate(collections);
    const scanned = scan(text, start, this.resolvePlain, this.maxDepth - 2, lists, ITEM);
    const laid =
      scanned !== undefined && scanned !== NOT_OUTLINED && scanned.end === end && scanned.keys === countKeys(value);
    return laid ? scope() : undefined;
  }

  /**
   * Proves a pretty-printed item from its parsed value, recording its layout on the way; false when it cannot
   * (the whole scan of the item then decides). What JSON.parse does not tell:
   * - Keys written twice: JSON.parse keeps one, so the value has fewer strings and keys than the text has
   *   quoted strings. The text's quotes are counted (escaped ones left out).
   * - Numbers: a pretty-printed number ends its line (before a comma), and what ends a line outside a string
   *   is there (a string cannot hold a line break). Each is checked as the whole scan checks it, and there must
   *   be as many as the value has.
   * - Collections: likewise each `{` or `[` ends its line, each `}` or `]` starts one (`{}` and `[]` on one
   *   line); as many as the value has, matched as brackets, and the last closes at the item's end.
   * - Keys YAML reads differently and nesting: from the value.
   */
  private proveLayout(start: number, end: number, value: Record<string, unknown>): boolean {
    const { text, census } = this;
    const { newlines, collectionStarts, collectionEnds } = this.lists;
    if (this.nextBackslash >= 0 && this.nextBackslash < start) this.nextBackslash = text.indexOf('\\', start);
    const escapes = this.nextBackslash >= 0 && this.nextBackslash < end;
    census.take(value, this.maxDepth, escapes);
    if (census.doubtful) return false;
    let quotes = 0;
    for (let at = text.indexOf('"', start); at >= 0 && at < end; at = text.indexOf('"', at + 1)) {
      if (!escapes || !escapedQuote(text, at)) quotes++;
    }
    if (quotes !== 2 * (census.keys + census.strings)) return false;
    let depth = 0;
    let collections = 0;
    let numbers = 0;
    for (let at = text.indexOf('\n', start); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
      newlines.push(at);
      let last = at - 1;
      let code = text.charCodeAt(last);
      if (code === COMMA) code = text.charCodeAt(--last);
      if (code === QUOTE) continue;
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (depth === this.open.length) this.open = grown(this.open);
        this.open[depth++] = collectionStarts.push(last);
        collectionEnds.push(-1);
        collections++;
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        const opener = code === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET;
        if (text.charCodeAt(last - 1) === opener) {
          // `{}` or `[]`.
          collectionStarts.push(last - 1);
          collectionEnds.push(last + 1);
          collections++;
        } else {
          if (depth === 0) return false;
          const collection = offsetAt(this.open, --depth);
          if (text.charCodeAt(collectionStarts.at(collection)) !== opener) return false;
          collectionEnds.set(collection, last + 1);
        }
      } else if (code >= ZERO && code <= NINE) {
        let first = last;
        let digits = true;
        for (;;) {
          const previous = text.charCodeAt(first - 1);
          if (previous >= ZERO && previous <= NINE) {
            first--;
          } else if (isNumberSign(previous)) {
            digits = false;
            first--;
          } else {
            break;
          }
        }
        if (!sameInYaml(text, first, last + 1, digits, this.resolvePlain)) return false;
        numbers++;
      }
    }
    // Only the item itself is still open, and its `}` is the item's end.
    if (depth !== 1 || collectionStarts.at(offsetAt(this.open, 0)) !== start) return false;
    collectionEnds.set(offsetAt(this.open, 0), end);
    return collections === census.collections && numbers === census.numbers;
  }
}

/** Characters of a JSON number other than digits. */
function isNumberSign(code: number): boolean {
  return code === DOT || code === MINUS || code === PLUS || code === LOWER_E || code === UPPER_E;
}

/** Whether the quote at `at` is escaped: an odd number of backslashes before it. */
function escapedQuote(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}

function grown(stack: Int32Array): Int32Array {
  const larger = new Int32Array(stack.length * 2);
  larger.set(stack);
  return larger;
}

/**
 * What a parsed item holds, for {@link OutlinedItems.proveLayout}: its keys, strings, numbers and collections
 * (the item included), and whether anything needs the whole scan's judgement: a key YAML reads differently or
 * that may be longer than YAML allows, nesting over the limit.
 */
class ValueCensus {
  keys = 0;
  strings = 0;
  numbers = 0;
  collections = 0;
  doubtful = false;
  private maxDepth = 0;
  /** The longest key whose text is surely short enough. */
  private maxKeyLength = 0;

  /** Counts what `item` (an element of a List's `items`, at depth 3) holds. */
  take(item: Record<string, unknown>, maxDepth: number, escapes: boolean): void {
    this.keys = 0;
    this.strings = 0;
    this.numbers = 0;
    this.collections = 0;
    this.doubtful = false;
    this.maxDepth = maxDepth;
    // The key's text is its quotes and characters, each escaped in at most six (`\u0041`).
    this.maxKeyLength = escapes ? Math.floor((MAX_KEY_LENGTH - 2) / 6) : MAX_KEY_LENGTH - 2;
    this.collection(item, 3);
  }

  private collection(value: object, depth: number): void {
    this.collections++;
    if (depth > this.maxDepth) {
      this.doubtful = true;
      return;
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) this.value(value[index] as unknown, depth);
      return;
    }
    for (const key in value) {
      this.keys++;
      if (key.length > this.maxKeyLength || key === '__proto__' || key === '<<') this.doubtful = true;
      this.value((value as Record<string, unknown>)[key], depth);
    }
  }

  private value(value: unknown, depth: number): void {
    if (typeof value === 'string') this.strings++;
    else if (typeof value === 'number') this.numbers++;
    else if (typeof value === 'object' && value !== null) this.collection(value, depth + 1);
  }
}

/**
 * The objects of a parsed object as the general path gives them (a List's items expanded, nested Lists
 * too); false for anything the general path would report, which it then words.
 */
function objectsOf(
  value: Record<string, unknown>,
  positions: JsonPositions,
  itemIndex: number | undefined,
  reading: JsonReading,
): boolean {
  const kind = value['kind'] as string;
  const items = value['items'];
  if (!isList(kind, items)) {
    reading.deliver(new JsonObject(value, reading.file, itemIndex, positions, reading.locate));
    return true;
  }
  if (items === undefined || items === null) return true;
  if (!Array.isArray(items)) return false;
  const defaults = itemDefaults(value, kind);
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as unknown;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
    const record = withDefaults(item as Record<string, unknown>, defaults);
    const itemPositions = positions.nested(['items', index]);
    if (identityOf(record, false) !== 'object' || !itemPositions) return false;
    if (!objectsOf(record, itemPositions, itemIndex ?? index, reading)) return false;
  }
  return true;
}

function isList(kind: string, items: unknown): boolean {
  return kind === 'List' || (kind.endsWith('List') && Array.isArray(items));
}

/** A typed list (DeploymentList) as the API returns it leaves apiVersion/kind off its items. */
function itemDefaults(list: Record<string, unknown>, kind: string): Record<string, unknown> | undefined {
  return kind === 'List' ? undefined : { apiVersion: list['apiVersion'], kind: kind.slice(0, -'List'.length) };
}

function withDefaults(
  item: Record<string, unknown>,
  defaults: Record<string, unknown> | undefined,
): Record<string, unknown> {
  return defaults && item['apiVersion'] === undefined && item['kind'] === undefined ? { ...defaults, ...item } : item;
}

/**
 * As the general path's identity check: a Kubernetes object (`object`); a root without apiVersion and kind,
 * or with one of them and neither metadata nor spec, is skipped silently (`skip`); everything else is an
 * error the general path words (`error`).
 */
function identityOf(value: Record<string, unknown>, root: boolean): 'object' | 'skip' | 'error' {
  const apiVersion = value['apiVersion'];
  const kind = value['kind'];
  if (typeof apiVersion === 'string' && typeof kind === 'string' && apiVersion !== '' && kind !== '') return 'object';
  const hasApiVersion = apiVersion !== undefined && apiVersion !== null;
  const hasKind = kind !== undefined && kind !== null;
  if (!root || (hasApiVersion && hasKind)) return 'error';
  return !(hasApiVersion || hasKind) || (!('metadata' in value) && !('spec' in value)) ? 'skip' : 'error';
}
