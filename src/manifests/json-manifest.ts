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
} from './json-positions.js';
import type { KubeObject } from './types.js';
import type { SpanLocator } from './located-field.js';
import { numberAt } from '../util/item-at.js';

const COLON = 58;
const ZERO = 48;
const NINE = 57;

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
  if (text.includes('\t') || text.includes('\r')) return undefined;
  for (const character of YAML_SENSITIVE_CHARACTERS) if (text.includes(character)) return undefined;
  // Collection kinds by depth (the root is depth 1).
  const kinds = new Uint8Array(maxDepth + 1);
  let depth = 0;
  let keys = 0;
  let at = 0;
  let start = -1;
  let end = -1;
  const newlines = new OffsetList();
  const collectionStarts = new OffsetList();
  const collectionEnds = new OffsetList();
  // Per depth, the collection's place in collectionEnds.
  const open = new Int32Array(maxDepth + 1);
  let state = VALUE;
  // `items` of the root: seen as a key (1), its array open (2), closed (3).
  let itemsState = 0;
  let itemsStart = -1;
  let itemsEnd = -1;
  const elements: number[] = [];
  let nextBackslash = text.indexOf('\\');
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
      if (depth === 1 && key === 'items') {
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
  if (at !== text.length || end < 0) return undefined;
  const items = itemsStart >= 0 && itemsEnd >= 0 ? { start: itemsStart, end: itemsEnd, elements } : undefined;
  let outside = keys;
  for (let index = 2; index < elements.length; index += ELEMENT_FIELDS) outside -= numberAt(elements, index);
  const index = new JsonTextIndex(text, newlines, collectionStarts, collectionEnds);
  return { start, index, keyCount: keys, outsideItemsKeyCount: outside, items };
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
  const layout = scanJsonLayout(text, reading.resolvePlain, reading.maxDepth);
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
  const positions = new JsonPositions(layout.index, layout.start);
  const identity = identityOf(value, true);
  if (identity !== 'object') return identity === 'skip';
  const kind = value['kind'] as string;
  if (!items || !isList(kind, value['items'])) {
    if (!items) return objectsOf(value, positions, undefined, reading);
    // An object (not a List) with an `items` array: read whole.
    let full: unknown;
    try {
      full = whole();
    } catch {
      return false;
    }
    if (countKeys(full) !== layout.keyCount) return false;
    return objectsOf(full as Record<string, unknown>, positions, undefined, reading);
  }
  const defaults = itemDefaults(value, kind);
  const { elements } = items;
  for (let index = 0; index * ELEMENT_FIELDS < elements.length; index++) {
    const at = index * ELEMENT_FIELDS;
    const start = numberAt(elements, at);
    const end = numberAt(elements, at + 1);
    let item: unknown;
    try {
      item = JSON.parse(text.slice(start, end));
    } catch {
      return false;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
    if (countKeys(item) !== numberAt(elements, at + 2)) return false;
    const record = withDefaults(item as Record<string, unknown>, defaults);
    if (identityOf(record, false) !== 'object') return false;
    const itemPositions = new JsonPositions(layout.index, start);
    if (!objectsOf(record, itemPositions, index, reading)) return false;
  }
  return true;
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
