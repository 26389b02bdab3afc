/**
 * A fast reader for the plain block-style YAML that helm and kustomize print.
 *
 * Rendered output is most of what podsec parses, and the general `yaml` package (a full lexer, CST, AST and
 * conversion to JavaScript) is the largest part of podsec's own CPU time during a scan. Almost all rendered
 * documents use a small part of YAML: block mappings with plain or quoted keys, block sequences, plain and
 * simple quoted scalars, literal block scalars, one-line flow sequences of scalars, `{}`, simple anchors
 * and aliases. This reader handles exactly that part, line by line, and produces the same values and the
 * same source positions the general parser would (checked by differential tests against it). The moment
 * a document holds anything else (flow mappings with content, tags, multi-line plain or quoted scalars,
 * folded scalars, escapes, merge keys, keys that are not plain strings, duplicate keys, aliases inside
 * anchored nodes, tabs, anything it is not sure about), that document is left to the general parser, which
 * reads it alone; the other documents stay on this reader. Only what changes the whole stream (directives,
 * document end markers, line breaks other than `\n`) gives the whole text to the general parser. Its answer
 * is never a guess.
 */
import type { PosMap, PosNode } from './types.js';
import { numberAt } from '../util/item-at.js';

/** One Kubernetes object document read by {@link readBlockYaml}. */
export interface BlockDocument {
  /** The document's index in the stream, counted the way the `yaml` package counts documents. */
  readonly index: number;
  readonly value: Record<string, unknown>;
  readonly position: PosMap;
}

/**
 * A document of a stream that lies outside the subset: the general parser reads `text.slice(start, end)`
 * (from its `---` line, or the text's start, to the next `---` line) alone, with offsets shifted by `start`.
 */
export interface OtherDocument {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Its first line (0-based). */
  readonly line: number;
}

/**
 * Receives the documents of a stream in order as {@link readBlockYaml} reads them, with every line's start
 * offset (as the general parser's line counter). Returns false to stop reading.
 */
export type DocumentReceiver = (document: BlockDocument | OtherDocument, lineStarts: Int32Array) => boolean;

/**
 * Resolves a plain scalar the way the general parser does (YAML 1.1 as Kubernetes reads it). The block reader
 * does not ask about scalars {@link certainlyString} accepts: every schema must resolve those to themselves.
 */
export type PlainScalarResolver = (source: string) => { readonly value: unknown } | undefined;

const NEWLINE = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const PIPE = 124;
const AMPERSAND = 38;
const ASTERISK = 42;

/** 1 for each of `characters` in a table indexed by character code (looked up millions of times per file). */
function characterTable(characters: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const char of characters) table[char.charCodeAt(0)] = 1;
  return table;
}

/** Characters that may not start a plain key or value in this subset (YAML indicators and friends). */
const NOT_PLAIN_START = characterTable('-?:,[]{}#&*!|>\'"%@`');
/** Flow indicators: after a `:` they end a plain key inside a flow collection, after a `-` they keep it from starting one. */
const FLOW_INDICATOR = characterTable(',[]{}');
/** Characters a plain scalar inside a flow collection stops at or must look at twice. */
const FLOW_PLAIN_SPECIAL = characterTable(',[]{}:#');
/** Anything that makes the whole text the general parser's business. */
export const UNSUPPORTED_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f\u0085\u2028\u2029\ufeff]/;
/** The same, for searching a stream from one match to the next (see BlockReader.hasUnsupportedCharacter). */
const UNSUPPORTED_CHARACTERS = new RegExp(UNSUPPORTED_CHARACTER.source, 'g');

/**
 * A text's UTF-16 code units in a typed array, which the reader looks at rather than the string: indexing a typed
 * array compiles to a bounds check and a load, while `charCodeAt` also dispatches on the string's representation
 * at every call, millions of times per file (a seventh of the read of 10,000 Deployments, copy included). Past the
 * end both give nothing a comparison matches (undefined here, NaN there). An ASCII text (most manifests) takes one
 * byte per character. The memory is the reader's own, never a slice of a shared pool, so that it can be handed
 * back at once (see releaseCodes).
 */
type CharacterCodes = Uint8Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;

function characterCodes(text: string): CharacterCodes {
  if (Buffer.byteLength(text, 'utf8') === text.length) {
    const bytes = Buffer.allocUnsafeSlow(text.length);
    bytes.write(text, 'latin1');
    return bytes;
  }
  const units = Buffer.allocUnsafeSlow(text.length * 2);
  units.write(text, 'utf16le');
  return new Uint16Array(units.buffer, units.byteOffset, text.length);
}

/**
 * Frees the memory of a read's codes now rather than at the next full garbage collection, which may come only after
 * the report is written: kept that long, the codes of a large file raised a scan's peak memory by their size. Moving
 * the contents to a new buffer, dropped at once, leaves them to the next minor collection.
 */
function releaseCodes(codes: CharacterCodes): void {
  structuredClone(codes.buffer, { transfer: [codes.buffer] });
}

/**
 * Where UNSUPPORTED_CHARACTER first matches in `text` at or after `from`; -1 when nowhere. An ASCII text (whose
 * codes take a byte each) can only hold the ASCII ones, which asciiControlFrom finds four bytes at a time, in about
 * a third of the time the regular expression takes over a large file.
 */
function unsupportedCharacterFrom(text: string, codes: CharacterCodes, from: number): number {
  if (codes instanceof Uint8Array) return asciiControlFrom(codes, from);
  UNSUPPORTED_CHARACTERS.lastIndex = from;
  return UNSUPPORTED_CHARACTERS.exec(text)?.index ?? -1;
}

/** Whether an ASCII code is one of UNSUPPORTED_CHARACTER's: a control character other than `\n`, or DEL. */
function isAsciiControl(code: number): boolean {
  return code < 32 ? code !== NEWLINE : code === 127;
}

/** The offset of the first ASCII control character other than `\n` (or DEL) at or after `from` in ASCII `bytes`; -1 when none. */
function asciiControlFrom(bytes: Uint8Array, from: number): number {
  const length = bytes.length;
  let at = from;
  // Up to an offset where 32-bit words can be read.
  while (at < length && (bytes.byteOffset + at) % 4 !== 0) {
    if (isAsciiControl(bytes[at] as number)) return at;
    at++;
  }
  const words = new Int32Array(bytes.buffer, bytes.byteOffset + at, (length - at) >> 2);
  for (let word = 0; word < words.length; word++) {
    const four = words[word] as number;
    // For each byte b (below 0x80, so no sum carries into the next byte): b + 0x60 has its top bit clear when b
    // is below 0x20, b + 1 has it set when b is DEL, and x = b ^ 0x0a (0 for a line feed) gives (x + 0x7f) | x
    // with its top bit set unless b is a line feed.
    const notLineFeed = four ^ 0x0a0a0a0a;
    const control = (~(four + 0x60606060) & ((notLineFeed + 0x7f7f7f7f) | notLineFeed)) | (four + 0x01010101);
    if ((control & 0x80808080) !== 0) {
      const first = at + word * 4;
      for (let offset = first; offset < first + 4; offset++) if (isAsciiControl(bytes[offset] as number)) return offset;
    }
  }
  for (let rest = at + words.length * 4; rest < length; rest++) if (isAsciiControl(bytes[rest] as number)) return rest;
  return -1;
}

const LINE_BREAK_OTHER_THAN_NEWLINE = /[\r\u0085\u2028\u2029\ufeff]/;

/** The end of a span without the line breaks a block scalar or plain value may end with (both readers keep span ends so). */
export function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && (text.charCodeAt(at - 1) === NEWLINE || text.charCodeAt(at - 1) === 13)) at--;
  return at;
}

/** {@link trimmedEnd} in a text whose codes are `codes`. */
function trimmedEndIn(codes: CharacterCodes, end: number): number {
  let at = end;
  while (at > 0 && (codes[at - 1] === NEWLINE || codes[at - 1] === 13)) at--;
  return at;
}

/** Up to how many keys of a map are compared pairwise rather than through a Set (see EntryStack.repeatsFrom). */
const SMALL_MAP_ENTRIES = 16;

/** Slots of BlockReader.knownKeys and knownScalars (a power of two). */
const KNOWN_KEY_SLOTS = 1024;

/** The slot a key or scalar from `start` to `end` is remembered in: a hash of its length and end characters. */
function knownSlot(codes: CharacterCodes, start: number, end: number): number {
  return ((end - start) * 31 + (codes[start] as number) * 7 + (codes[end - 1] as number)) & (KNOWN_KEY_SLOTS - 1);
}

/**
 * Whether the `length` characters of a text at `start` are those at `knownAt`, where a known key or scalar was
 * read. A loop the compiler inlines rather than `startsWith`, a call into the engine for every key and repeated
 * scalar of a file; and both sides are read from the text's codes, rather than from the known string, which is a
 * slice of the text or (once it is a property name) a reference to the engine's copy.
 */
function writtenAt(codes: CharacterCodes, start: number, knownAt: number, length: number): boolean {
  for (let index = 0; index < length; index++) {
    if (codes[start + index] !== codes[knownAt + index]) return false;
  }
  return true;
}

/** Slots of BlockReader.keysByStart and flowKeysByStart (a power of two). */
const KEYS_BY_START_SLOTS = 4096;

/**
 * A hash of the first characters of a key starting at `start`, before its end is known (past a short key's end
 * they are its `:` and a space).
 */
function keyStartHash(codes: CharacterCodes, start: number): number {
  return (codes[start] as number) + (codes[start + 1] as number) * 7 + (codes[start + 2] as number) * 61;
}

/**
 * The slot of BlockReader.keysByStart a key is looked for in: its keyStartHash and the previous key's. Manifests
 * repeat their keys in the same order, so the key that followed the same previous key last time, starting the same
 * way, is almost always the one written here (`name` after `- ` in `env` is followed by `value`, in `ports` by
 * `containerPort`).
 */
function startSlot(hash: number, previousHash: number): number {
  return (hash + previousHash * 31) & (KEYS_BY_START_SLOTS - 1);
}

/** The value positions of a map whose values are all scalars (see BlockReader.valuePositions). */
const NO_VALUE_POSITIONS: readonly (PosNode | undefined)[] = Object.freeze([]);

/** No spans (a map's, before its first key is read). */
const NO_SPANS: number[] = [];

/** The keys of `{}`. */
const NO_KEYS: readonly string[] = Object.freeze([]);

/** Thrown (and caught right away) when the text leaves the supported subset. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset();

/**
 * Characters a scalar matched by one of the `yaml` package's YAML 1.1 or 1.2 scalar tags (null, bool, int,
 * float, merge) can start with; the tags' tests are anchored patterns (`^(?:~|[Nn]ull|NULL)?$`,
 * `^[-+]?0b[0-1_]+$`, …; a test lists them and fails when the package changes them).
 */
const TAG_FIRST_CHARACTERS = characterTable('~NnYyTtOoFf-+.<0123456789');
/** The longest word a tag matches that starts with a letter or `~` (`false`, `FALSE`). */
const LONGEST_TAG_WORD = 5;

/**
 * Characters that can follow a first digit in a scalar a tag matches: more digits, `_` (YAML 1.1 numbers), `b`, `o`
 * and `x` (`0b101`, `0o17`, `0x1F`), `.` and `e` or `E` (floats), `:` (YAML 1.1 base 60). A timestamp starts with
 * four digits. Anything else after a first digit (the `f` of a uid like `5f0c9992-…`) makes a string.
 */
const TAG_SECOND_CHARACTERS_AFTER_DIGIT = characterTable('0123456789_boxeE.:');

/** True when no scalar tag can match the plain scalar `source`, so it is a string as written. */
export function certainlyString(source: string): boolean {
  return source.length > 0 && certainlyStringStarting(source.charCodeAt(0), source.charCodeAt(1), source.length);
}

/** {@link certainlyString} for the plain scalar from `start` to `end` of a text, without cutting it out. */
function certainlyStringAt(codes: CharacterCodes, start: number, end: number): boolean {
  return end > start && certainlyStringStarting(codes[start] as number, codes[start + 1] as number, end - start);
}

/**
 * {@link certainlyString} for a non-empty scalar that starts with the characters `first` and `second` (`second` is
 * read past the end of a one-character scalar: only a digit then makes a string) and is `length` long.
 */
function certainlyStringStarting(first: number, second: number, length: number): boolean {
  if (TAG_FIRST_CHARACTERS[first] !== 1) return true;
  if (first >= 48 && first <= 57) return length > 1 && TAG_SECOND_CHARACTERS_AFTER_DIGIT[second] !== 1;
  const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return letter && length > LONGEST_TAG_WORD;
}

/** Runs one read; undefined when the text leaves the subset anywhere. */
function attempt<T>(text: string, read: () => T): T | undefined {
  if (UNSUPPORTED_CHARACTER.test(text)) return undefined;
  try {
    return read();
  } catch {
    // Outside the subset (OUTSIDE), or anything unexpected such as a stack overflow: the general parser
    // decides and reports.
    return undefined;
  }
}

/**
 * Reads a stream of Kubernetes object documents, handing each to `receive` as soon as it is read, so a
 * caller can be done with one before the next is built. False when the text leaves the subset as a whole
 * (directives, document end markers, line breaks other than `\n`: documents handed over before that are
 * void) or `receive` stopped the reading.
 */
export function readBlockYaml(
  text: string,
  resolvePlain: PlainScalarResolver,
  maxDepth: number,
  maxAliasCount: number,
  receive: DocumentReceiver,
): boolean {
  // Line breaks other than \n change where lines start for the general parser: the whole text is its business.
  // They are among the characters outside the subset, so one search of the text usually answers both questions.
  const codes = characterCodes(text);
  try {
    const firstUnsupported = unsupportedCharacterFrom(text, codes, 0);
    if (firstUnsupported >= 0 && LINE_BREAK_OTHER_THAN_NEWLINE.test(text)) return false;
    return new BlockReader(text, resolvePlain, maxDepth, maxAliasCount, false, codes).read(receive, firstUnsupported);
  } catch {
    return false;
  } finally {
    releaseCodes(codes);
  }
}

/**
 * Reads a single-document text (a kustomization file, a kustomize annotation) into its value when it lies
 * within the subset, with `resolvePlain` giving the schema; undefined otherwise. Unlike
 * {@link readBlockYaml} the root may be any mapping or sequence; document markers are not accepted.
 */
export function readBlockValue(
  text: string,
  resolvePlain: PlainScalarResolver,
  maxDepth: number,
  maxAliasCount: number,
): { readonly value: unknown } | undefined {
  return attempt(text, () => new BlockReader(text, resolvePlain, maxDepth, maxAliasCount).readValue());
}

/**
 * Like {@link readBlockValue}, with the positions of the value's nodes (for values files, whose keys podsec
 * points at). Node ends are kept as the general parser's `range[1]`, not trimmed; a map entry's key ends
 * where {@link blockKeyEnd} says.
 */
export function readBlockTree(
  text: string,
  resolvePlain: PlainScalarResolver,
  maxDepth: number,
  maxAliasCount: number,
): { readonly value: unknown; readonly position: PosNode; readonly lineStarts: Int32Array } | undefined {
  return attempt(text, () => {
    const reader = new BlockReader(text, resolvePlain, maxDepth, maxAliasCount, true);
    return { ...reader.readValue(), lineStarts: reader.lineStarts };
  });
}

/** Where the key that starts at `start` ends (after its closing quote, or at its `:`), in a text {@link readBlockTree} read. */
export function blockKeyEnd(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
    let at = start + 1;
    for (;;) {
      const next = text.indexOf(String.fromCharCode(quote), at);
      if (next < 0) return text.length;
      if (quote === SINGLE_QUOTE && text.charCodeAt(next + 1) === SINGLE_QUOTE) at = next + 2;
      else return next + 1;
    }
  }
  for (let at = start; at < text.length; at++) {
    if (text.charCodeAt(at) === COLON) {
      const after = text.charCodeAt(at + 1);
      if (at + 1 === text.length || after === SPACE || after === NEWLINE) return at;
    }
  }
  return text.length;
}

/** A stack of entries that hands out the entries above a given height as an array of their own (see BlockReader.keyStack). */
class EntryStack<T> {
  private readonly entries: T[] = [];
  /** The stack's height: entries at and above it are stale. */
  top = 0;

  push(entry: T): void {
    this.entries[this.top++] = entry;
  }

  /** The entries from `base` up, in a new array; the stack drops them. */
  popFrom(base: number): T[] {
    // Copied by a loop rather than `slice`, a call into the engine for each of the three arrays of every collection.
    const count = this.top - base;
    const entries = this.entries;
    const taken = new Array<T>(count);
    for (let index = 0; index < count; index++) taken[index] = entries[base + index] as T;
    this.top = base;
    return taken;
  }

  /** Whether the entries from `base` up are those of `entries` (===), which has as many. */
  sameFrom(base: number, entries: readonly T[]): boolean {
    const own = this.entries;
    for (let index = 0; index < entries.length; index++) if (own[base + index] !== entries[index]) return false;
    return true;
  }

  /** Whether two of the entries from `base` up are the same (===). */
  repeatsFrom(base: number): boolean {
    const entries = this.entries;
    if (this.top - base > SMALL_MAP_ENTRIES) return new Set(entries.slice(base, this.top)).size !== this.top - base;
    for (let index = base + 1; index < this.top; index++) {
      for (let earlier = base; earlier < index; earlier++) if (entries[earlier] === entries[index]) return true;
    }
    return false;
  }
}

/** Where each line of a text starts and ends, and its indentation; what the line-based readers walk. */
export interface LineTable {
  /** Offset of each line's first character. */
  readonly starts: Int32Array;
  /** Offset of each line's end (its line break, or the end of the text). */
  readonly ends: Int32Array;
  /** Column of each line's first non-space character; -1 for blank lines. */
  readonly indents: Int32Array;
}

/**
 * The {@link LineTable} of `text`, whose character codes (see characterCodes) are `codes`. Line ends are found with
 * `indexOf`, which the engine runs over many characters at a time, once each, into a table sized from a guess (a
 * line per 8 characters) and grown when short; line starts and indentations then in one pass over the codes. (Two
 * `indexOf` searches per line, one to count and one to fill, took twice the time on large files.)
 */
export function lineTable(text: string, codes: CharacterCodes = characterCodes(text)): LineTable {
  let capacity = (text.length >> 3) + 16;
  let ends: Int32Array = new Int32Array(capacity);
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (count === capacity) ends = grown(ends, (capacity *= 2));
    ends[count++] = at;
  }
  if (count === capacity) ends = grown(ends, capacity + 1);
  ends[count++] = text.length;
  // Copied at its size: the guess is generous, and the table lives as long as the read.
  ends = ends.slice(0, count);
  const starts = new Int32Array(count);
  const indents = new Int32Array(count);
  let start = 0;
  for (let line = 0; line < count; line++) {
    const end = numberAt(ends, line);
    let column = start;
    while (column < end && codes[column] === SPACE) column++;
    starts[line] = start;
    indents[line] = column === end ? -1 : column - start;
    start = end + 1;
  }
  return { starts, ends, indents };
}

/** A copy of `table` with room for `capacity` entries. */
function grown(table: Int32Array, capacity: number): Int32Array {
  const copy = new Int32Array(capacity);
  copy.set(table);
  return copy;
}

class BlockReader {
  /** The text's characters (see characterCodes). */
  private readonly codes: CharacterCodes;
  /** Offset of each line's first character. */
  private readonly starts: Int32Array;
  /** Offset of each line's end (its line break, or the end of the text). */
  private readonly ends: Int32Array;
  /** Column of each line's first non-space character; -1 for blank lines. */
  private readonly indents: Int32Array;
  /** The current line. */
  private line = 0;
  /** The line after the current document's last line. */
  private documentEnd = 0;
  /**
   * The current document's anchors: value, what a position lookup through an alias continues into, and
   * how often aliases used it. Only the simple case is read here: no alias inside an anchored node and
   * uses well below the general parser's alias budget, so its "excessive alias count" error cannot apply.
   */
  private readonly anchors = new Map<string, { value: unknown; position: PosNode | undefined; uses: number }>();
  /** Anchored nodes being read (an alias inside one is left to the general parser). */
  private openAnchors = 0;
  /*
   * The entries of the collections being read (a nested collection's above its parent's), each collection's
   * copied out at its exact size once it is read: positions live as long as their objects, and arrays grown
   * entry by entry keep up to half their length spare, besides the 16 slots an array's first entry reserves.
   */
  private readonly keyStack = new EntryStack<string>();
  private readonly spanStack = new EntryStack<number>();
  private readonly positionStack = new EntryStack<PosNode | undefined>();
  private readonly valueStack = new EntryStack<unknown>();
  /**
   * Plain keys already read, by a hash of their length and end characters (see plainKey and knownSlot). A document repeats
   * the same few dozen keys on most of its lines; a key string made anew for each has to be looked up in the
   * engine's string table (hashed character by character) to become a property name, which was a third of this
   * reader's time. A known key is checked against the text in place and is a property name already.
   */
  private readonly knownKeys = new Array<string | undefined>(KNOWN_KEY_SLOTS);
  /**
   * Where each of knownKeys was last read (see writtenAt); likewise for keysByStart, flowKeysByStart and knownScalars.
   * Moved to each new place the key is found, so that a key is compared with text a document or so back, still in
   * the processor's cache, rather than where it was first read, megabytes back (about 4 % of a large file's read).
   */
  private readonly knownKeysAt = new Int32Array(KNOWN_KEY_SLOTS);
  private readonly keysByStartAt = new Int32Array(KEYS_BY_START_SLOTS);
  private readonly flowKeysByStartAt = new Int32Array(KEYS_BY_START_SLOTS);
  /** The key lists of maps by the slot of their first key (see keyList). */
  private readonly keyListsBySlot = new Array<readonly string[] | undefined>(KEYS_BY_START_SLOTS);
  /** After keyAt(): the key's slot (see startSlot), 0 for a quoted key. */
  private keySlot = 0;
  /** The keyStartHash of the last plain key read in a block mapping, and in a flow mapping (see startSlot). */
  private previousKeyHash = 0;
  private previousFlowKeyHash = 0;
  /** Whether the last key plainKey() gave is the key as written (the knownKeys slot then holds it). */
  private keyAsWritten = false;
  /**
   * Block keys read as written, by where they start (see startSlot). A key found here (followed by its `:` and a
   * space or the line's end) is the key a search of the line for its `: ` would find: it holds no `: `, no ` #`
   * and does not end in a space, or it would not have been read so before. Its line is then not searched at all.
   */
  private readonly keysByStart = new Array<string | undefined>(KEYS_BY_START_SLOTS);
  /**
   * The same for plain keys of flow mappings (followed by `: `), whose ends are found by other rules: one
   * found here holds none of the characters a flow plain scalar stops at (see flowPlainEnd).
   */
  private readonly flowKeysByStart = new Array<string | undefined>(KEYS_BY_START_SLOTS);
  /** Plain scalars already resolved (not strings as written), likewise (see plainValue). */
  private readonly knownScalars = new Array<
    { readonly source: string; at: number; readonly value: unknown } | undefined
  >(KNOWN_KEY_SLOTS);
  /** Offset of the next character UNSUPPORTED_CHARACTER matches (see hasUnsupportedCharacter); -1 when none is left. */
  private unsupportedAt = -2;

  /*
   * What the last node read left behind besides its value, which the reading methods return. Kept here rather
   * than in a record per node: a manifest has a node on almost every line, and most are scalars whose position
   * a map does not keep (see PositionIndexer in parse.ts).
   */
  /** The node's position, for collections and aliases; undefined for scalars. */
  private lastPosition: PosNode | undefined = undefined;
  /** A scalar's span as a sequence keeps it (start, end). */
  private lastLeafStart = 0;
  private lastLeafEnd = 0;
  /** The general parser's range[1]. */
  private lastValueEnd = 0;
  /** The general parser's range[2] (after a trailing comment and line break). */
  private lastNodeEnd = 0;
  private lastScalar = false;
  /** A collection or alias written on its indicator's line (`[a]`, `{}`, `*x`), which a map entry's span includes. */
  private lastInline = false;
  /**
   * After endOfLine(): the line it moved to and the first content line from there (what the enclosing collection
   * asks next, within the same document; see document(), which resets it).
   */
  private nextAfterLine = -1;
  private nextContentAfterLine = 0;
  /** After plainEntry(): the end of the scalar. */
  private plainEnd = 0;
  /** After keyAt(): the offset of the key's `:`. */
  private keyColon = 0;
  /** After quotedText(): the offset after the closing quote. */
  private quoteEnd = 0;
  /** After flowNode(): the offset after the node, and its position (undefined for a scalar). */
  private flowEnd = 0;
  private flowPosition: PosNode | undefined = undefined;

  constructor(
    private readonly text: string,
    private readonly resolvePlain: PlainScalarResolver,
    private readonly maxDepth: number,
    private readonly maxAliasCount: number,
    /** Keep node ends as the general parser's range[1] (untrimmed), for {@link readBlockTree}. */
    private readonly rawEnds = false,
    codes: CharacterCodes = characterCodes(text),
  ) {
    ({ starts: this.starts, ends: this.ends, indents: this.indents } = lineTable(text, codes));
    this.codes = codes;
  }

  /** Offset of every line's start. */
  get lineStarts(): Int32Array {
    return this.starts;
  }

  /** `firstUnsupported`: where UNSUPPORTED_CHARACTER first matches in the text (-1: nowhere), when already known. */
  read(receive: DocumentReceiver, firstUnsupported = -2): boolean {
    this.unsupportedAt = firstUnsupported;
    const count = this.starts.length;
    let line = 0;
    let index = 0;
    let first = true;
    while (line < count) {
      // A document runs to the next `---` line.
      let end = line + (first ? 0 : 1);
      const indents = this.indents;
      for (; end < count; end++) {
        // Markers, directives and document end markers start in the first column; most lines are indented.
        if (indents[end] !== 0) continue;
        if (this.isMarker(end)) break;
        const start = numberAt(this.starts, end);
        // Directives and document end markers are the general parser's business.
        if (this.codes[start] === 37 || this.startsDocumentEnd(start)) throw OUTSIDE;
      }
      const contentAfterMarker = !first && this.hasContentAfterMarker(line);
      const body = first ? line : line + 1;
      const hasContent = contentAfterMarker || this.nextContent(body, end) < end;
      // Text before the first `---` is a document only when it holds more than comments.
      if (!first || hasContent) {
        if (hasContent) {
          const document = this.documentOrOther(line, body, end, index, contentAfterMarker);
          if (('value' in document || 'start' in document) && !receive(document, this.starts)) return false;
        }
        index++;
      }
      first = false;
      line = end;
    }
    return true;
  }

  /** One document, or where it lies when it is outside the subset (the general parser reads it alone). */
  private documentOrOther(
    line: number,
    body: number,
    end: number,
    index: number,
    contentAfterMarker: boolean,
  ): BlockDocument | OtherDocument | { index: number } {
    const start = numberAt(this.starts, line);
    const endOffset = end < this.starts.length ? numberAt(this.starts, end) : this.text.length;
    try {
      if (contentAfterMarker || this.hasUnsupportedCharacter(start, endOffset)) throw OUTSIDE;
      return this.document(body, end, index) ?? { index };
    } catch (error) {
      if (error !== OUTSIDE) throw error;
      return { index, start, end: endOffset, line };
    }
  }

  /**
   * Whether UNSUPPORTED_CHARACTER matches between `start` and `end`. Documents are asked about in order, so the
   * text is searched once, from one match to the next, instead of once per document.
   */
  private hasUnsupportedCharacter(start: number, end: number): boolean {
    if (this.unsupportedAt !== -1 && this.unsupportedAt < start) {
      this.unsupportedAt = unsupportedCharacterFrom(this.text, this.codes, start);
    }
    return this.unsupportedAt >= 0 && this.unsupportedAt < end;
  }

  readValue(): { readonly value: unknown; readonly position: PosNode } {
    const count = this.starts.length;
    for (let line = 0; line < count; line++) {
      const start = numberAt(this.starts, line);
      if (this.isMarker(line) || this.codes[start] === 37 || this.startsDocumentEnd(start)) throw OUTSIDE;
    }
    this.documentEnd = count;
    const first = this.nextContent(0, count);
    // Empty texts and scalars: the general parser's business.
    if (first >= count || this.indents[first] !== 0) throw OUTSIDE;
    this.line = first;
    const value = this.isSequenceEntry(first, 0) ? this.sequence(0, first, 1) : this.map(0, first, 0, 1);
    const position = this.lastPosition;
    if (!position || this.nextContent(this.line, count) < count) throw OUTSIDE;
    return { value, position };
  }

  /** Whether `...` is written at `start`. */
  private startsDocumentEnd(start: number): boolean {
    const codes = this.codes;
    return codes[start] === 46 && codes[start + 1] === 46 && codes[start + 2] === 46;
  }

  private isMarker(line: number): boolean {
    const start = numberAt(this.starts, line);
    const codes = this.codes;
    if (codes[start] !== DASH || codes[start + 1] !== DASH || codes[start + 2] !== DASH) return false;
    const next = start + 3;
    return next === this.ends[line] || this.codes[next] === SPACE;
  }

  private hasContentAfterMarker(line: number): boolean {
    const start = numberAt(this.starts, line) + 3;
    const end = numberAt(this.ends, line);
    for (let at = start; at < end; at++) {
      const code = this.codes[at];
      if (code === HASH) return false;
      if (code !== SPACE) return true;
    }
    return false;
  }

  /**
   * Comment lines after a block mapping's last value that are indented deeper than its keys belong to it for
   * the general parser (its range ends after them, blank lines between included), up to the first one that
   * is not; an enclosing mapping then goes on with those deeper than its own keys. Sequences take none, and
   * a mapping whose last value is a block sequence takes none either.
   */
  private trailingComments(end: number, indent: number): number {
    let extended = end;
    for (let line = this.line; line < this.documentEnd; line++) {
      const lineIndent = numberAt(this.indents, line);
      if (lineIndent < 0) continue;
      if (this.codes[numberAt(this.starts, line) + lineIndent] !== HASH || lineIndent <= indent) break;
      extended = this.lineBreakEnd(line);
    }
    return extended;
  }

  /** The first line at or after `line` (before `end`) that is neither blank nor a comment. */
  private nextContent(line: number, end: number): number {
    let at = line;
    while (at < end) {
      const indent = numberAt(this.indents, at);
      if (indent >= 0 && this.codes[numberAt(this.starts, at) + indent] !== HASH) return at;
      at++;
    }
    return end;
  }

  private document(body: number, end: number, index: number): BlockDocument | undefined {
    this.documentEnd = end;
    this.anchors.clear();
    this.nextAfterLine = -1;
    const first = this.nextContent(body, end);
    if (this.indents[first] !== 0 || this.isSequenceEntry(first, 0)) throw OUTSIDE;
    this.line = first;
    const value = this.map(0, first, 0, 1) as Record<string, unknown>;
    const position = this.lastPosition as PosMap;
    if (this.nextContent(this.line, end) < end) throw OUTSIDE;
    const apiVersion = value['apiVersion'];
    const kind = value['kind'];
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') {
      // Not an object (skipped, as the general path does), or a broken one (whose error that path words).
      const hasApiVersion = apiVersion !== undefined && apiVersion !== null;
      const hasKind = kind !== undefined && kind !== null;
      if (!hasApiVersion && !hasKind) return undefined;
      if (!(hasApiVersion && hasKind) && !('metadata' in value) && !('spec' in value)) return undefined;
      throw OUTSIDE;
    }
    // Lists are expanded into their items by the general path.
    if (kind.endsWith('List')) throw OUTSIDE;
    return { index, value, position };
  }

  private isSequenceEntry(line: number, column: number): boolean {
    const at = numberAt(this.starts, line) + column;
    if (this.codes[at] !== DASH) return false;
    return at + 1 === this.ends[line] || this.codes[at + 1] === SPACE;
  }

  /** Records a scalar as the last node read (see lastPosition). */
  private scalarRead(leafStart: number, leafEnd: number, valueEnd: number, nodeEnd: number): void {
    this.lastPosition = undefined;
    this.lastLeafStart = leafStart;
    this.lastLeafEnd = leafEnd;
    this.lastValueEnd = valueEnd;
    this.lastNodeEnd = nodeEnd;
    this.lastScalar = true;
    this.lastInline = false;
  }

  /** Records a collection or alias as the last node read (see lastPosition). */
  private collectionRead(position: PosNode, valueEnd: number, nodeEnd: number, inline: boolean): void {
    this.lastPosition = position;
    this.lastValueEnd = valueEnd;
    this.lastNodeEnd = nodeEnd;
    this.lastScalar = false;
    this.lastInline = inline;
  }

  /**
   * A block mapping whose entries start at `indent`; the first entry starts on `line` at `column` (which is
   * `indent` except for a map that opens a sequence entry, `- key: value`).
   */
  private map(indent: number, line: number, column: number, depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) throw OUTSIDE;
    const codes = this.codes;
    const value: Record<string, unknown> = {};
    const keyBase = this.keyStack.top;
    const spanBase = this.spanStack.top;
    const positionBase = this.positionStack.top;
    const start = numberAt(this.starts, line) + column;
    let entryLine = line;
    let entryColumn = column;
    let end = start;
    let endsWithBlockSequence = false;
    // Whether the last entry read is `key: plain scalar`, which ends after its line (see below the loop).
    let endsWithPlainEntry = false;
    let nested = false;
    let firstKeySlot = -1;
    // The entries read so far.
    let count = 0;
    // While the keys read are those of the last map whose first key was found in the same slot (see keyList), as
    // most maps' are: that map's key list, and this map's spans, written straight into a list of their final size
    // rather than onto the stacks to be checked and copied out once the map is read. Undefined once the keys differ.
    let knownKeys: readonly string[] | undefined = undefined;
    let knownSpans: number[] = NO_SPANS;
    for (;;) {
      // One `key: value` entry; leaves `this.line` after the value.
      const lineEnd = numberAt(this.ends, entryLine);
      const keyStart = numberAt(this.starts, entryLine) + entryColumn;
      const key = this.keyAt(keyStart, lineEnd);
      if (firstKeySlot < 0) {
        firstKeySlot = this.keySlot;
        knownKeys = this.keyListsBySlot[firstKeySlot];
        if (knownKeys !== undefined) knownSpans = new Array<number>(knownKeys.length * 2);
      }
      if (knownKeys !== undefined && (count === knownKeys.length || knownKeys[count] !== key)) {
        this.stackKnownEntries(knownKeys, knownSpans, count);
        knownKeys = undefined;
      }
      const colon = this.keyColon;
      // Stored, it would set the object's prototype; repeated keys are looked for once the map is read (see keyList).
      if (key === '__proto__') throw OUTSIDE;
      let at = colon + 1;
      while (at < lineEnd && codes[at] === SPACE) at++;
      const valueCode = codes[at] as number;
      // The first content line after the entry: where the next entry, if any, starts.
      let next: number;
      if (at < lineEnd && NOT_PLAIN_START[valueCode] !== 1) {
        // The commonest entry, `key: plain scalar`, read here rather than by inlineValue and endOfLine (the same
        // rules, without what only other values need): most lines of a manifest are one.
        next = this.plainEntry(indent, entryLine, at, lineEnd);
        value[key] = this.plainValue(at, this.plainEnd);
        if (knownKeys !== undefined) {
          knownSpans[count * 2] = keyStart;
          knownSpans[count * 2 + 1] = this.plainEnd;
        } else {
          this.keyStack.push(key);
          this.spanStack.push(keyStart);
          this.spanStack.push(this.plainEnd);
        }
        // A scalar's position is undefined: pushed only once a nested value needs the list (see valuePositions).
        if (nested) this.positionStack.push(undefined);
        endsWithBlockSequence = false;
        endsWithPlainEntry = true;
      } else {
        value[key] =
          at === lineEnd || valueCode === HASH
            ? this.blockValue(indent, entryLine, at, lineEnd, depth, true)
            : this.inlineValue(indent, entryLine, at, depth, false);
        const scalar = this.lastScalar;
        const spanEnd = scalar || this.lastInline ? Math.max(this.lastValueEnd, colon) : colon;
        if (knownKeys !== undefined) {
          knownSpans[count * 2] = keyStart;
          knownSpans[count * 2 + 1] = trimmedEndIn(codes, spanEnd);
        } else {
          this.keyStack.push(key);
          this.spanStack.push(keyStart);
          this.spanStack.push(trimmedEndIn(codes, spanEnd));
        }
        if (!scalar && !nested) {
          // The first nested value: the scalars before it take their places in the list of value positions.
          for (let entry = 0; entry < count; entry++) this.positionStack.push(undefined);
          nested = true;
        }
        if (nested) this.positionStack.push(scalar ? undefined : this.lastPosition);
        endsWithBlockSequence = !scalar && !this.lastInline && this.lastPosition?.kind === 'seq';
        endsWithPlainEntry = false;
        end = this.lastNodeEnd;
        next =
          this.nextAfterLine === this.line ? this.nextContentAfterLine : this.nextContent(this.line, this.documentEnd);
      }
      count++;
      if (next >= this.documentEnd) break;
      const nextIndent = numberAt(this.indents, next);
      if (nextIndent < indent) break;
      if (nextIndent > indent || this.isSequenceEntry(next, indent)) throw OUTSIDE;
      entryLine = next;
      entryColumn = indent;
    }
    if (endsWithPlainEntry) end = this.lineBreakEnd(entryLine);
    // After a block sequence nothing takes them.
    if (!endsWithBlockSequence) end = this.trailingComments(end, indent);
    let keys: readonly string[];
    let spans: number[];
    if (knownKeys !== undefined && count === knownKeys.length) {
      keys = knownKeys;
      spans = knownSpans;
    } else {
      // Keys of its own, or fewer than the known list's (stacked now): looked up and copied out as keyList does.
      if (knownKeys !== undefined) this.stackKnownEntries(knownKeys, knownSpans, count);
      keys = this.keyList(keyBase, firstKeySlot);
      spans = this.spanStack.popFrom(spanBase);
    }
    const position: PosMap = {
      kind: 'map',
      start,
      end: this.keptEnd(end),
      keys,
      spans,
      values: this.valuePositions(positionBase, nested),
      merges: undefined,
    };
    this.collectionRead(position, end, end, false);
    return value;
  }

  /**
   * Puts the first `count` entries of a map read so far as one with the key list `keys` (see map) on the key and span
   * stacks, where the rest of its entries follow, once its keys turn out to be others.
   */
  private stackKnownEntries(keys: readonly string[], spans: readonly number[], count: number): void {
    for (let entry = 0; entry < count; entry++) {
      this.keyStack.push(keys[entry] as string);
      this.spanStack.push(spans[entry * 2] as number);
      this.spanStack.push(spans[entry * 2 + 1] as number);
    }
  }

  /**
   * A map's keys, from `base` up on the key stack: the same list as the last map whose first key was found in the
   * same slot (see startSlot) when that map had the same keys, as the maps of a manifest's documents mostly do. A
   * position's lists are never changed, so maps may share them; a manifest's maps then keep a few hundred key lists
   * rather than one each.
   *
   * A map whose keys repeat one (which the general parser reports) is left to it here, once all its entries are
   * read, rather than each key being looked for among the earlier ones: a list the same as a known one cannot repeat
   * a key, since no known list does, so only maps with new lists of keys are searched.
   */
  private keyList(base: number, firstKeySlot: number): readonly string[] {
    const count = this.keyStack.top - base;
    if (count === 0) return NO_KEYS;
    const known = this.keyListsBySlot[firstKeySlot];
    if (known !== undefined && known.length === count && this.keyStack.sameFrom(base, known)) {
      this.keyStack.top = base;
      return known;
    }
    if (this.keyStack.repeatsFrom(base)) throw OUTSIDE;
    const keys = this.keyStack.popFrom(base);
    this.keyListsBySlot[firstKeySlot] = keys;
    return keys;
  }

  /**
   * A map's value positions, from `base` up on the position stack: one shared empty list when all its values are
   * scalars (`values[i]` is undefined for every entry either way), which most maps of a manifest are.
   */
  private valuePositions(base: number, nested: boolean): readonly (PosNode | undefined)[] {
    if (nested) return this.positionStack.popFrom(base);
    this.positionStack.top = base;
    return NO_VALUE_POSITIONS;
  }

  /** The key of the entry at `keyStart`; sets keyColon. */
  private keyAt(keyStart: number, lineEnd: number): string {
    const codes = this.codes;
    const firstCode = codes[keyStart] as number;
    if (firstCode === DOUBLE_QUOTE || firstCode === SINGLE_QUOTE) return this.quotedKeyAt(keyStart, lineEnd, firstCode);
    if (NOT_PLAIN_START[firstCode] === 1) throw OUTSIDE;
    const hash = keyStartHash(codes, keyStart);
    const startSlotOfKey = startSlot(hash, this.previousKeyHash);
    this.keySlot = startSlotOfKey;
    this.previousKeyHash = hash;
    const predicted = this.keysByStart[startSlotOfKey];
    if (predicted !== undefined) {
      const after = keyStart + predicted.length;
      if (
        after < lineEnd &&
        codes[after] === COLON &&
        (after + 1 === lineEnd || codes[after + 1] === SPACE) &&
        writtenAt(codes, keyStart, numberAt(this.keysByStartAt, startSlotOfKey), predicted.length)
      ) {
        this.keysByStartAt[startSlotOfKey] = keyStart;
        this.keyColon = after;
        return predicted;
      }
    }
    return this.searchedKeyAt(keyStart, lineEnd, startSlotOfKey);
  }

  /** {@link keyAt} for a quoted key. */
  private quotedKeyAt(keyStart: number, lineEnd: number, quote: number): string {
    const codes = this.codes;
    // A quoted key ("helm.sh/hook": ...) is a string as written; the colon must follow the quote.
    const key = this.quotedText(keyStart, lineEnd, quote);
    const colon = this.quoteEnd;
    if (codes[colon] !== COLON || (colon + 1 !== lineEnd && codes[colon + 1] !== SPACE)) throw OUTSIDE;
    this.keyColon = colon;
    this.keySlot = 0;
    return key;
  }

  /**
   * {@link keyAt} for a plain key not recognized by its start: its line is searched for the key's end. Kept apart
   * from keyAt, which the compiler then copies whole into the map loop.
   */
  private searchedKeyAt(keyStart: number, lineEnd: number, startSlotOfKey: number): string {
    const codes = this.codes;
    // The key ends at the first `: ` (or `:` at the end of the line); a ` #` before it is a comment.
    let colon = -1;
    for (let at = keyStart; at < lineEnd; at++) {
      const code = codes[at];
      if (code === COLON) {
        const after = at + 1;
        if (after === lineEnd || codes[after] === SPACE) {
          colon = at;
          break;
        }
      } else if (code === HASH && codes[at - 1] === SPACE) {
        throw OUTSIDE;
      }
    }
    if (colon < 0 || codes[colon - 1] === SPACE) throw OUTSIDE;
    this.keyColon = colon;
    const key = this.plainKey(keyStart, colon);
    if (this.keyAsWritten) {
      this.keysByStart[startSlotOfKey] = key;
      this.keysByStartAt[startSlotOfKey] = keyStart;
    }
    return key;
  }

  /** The plain key from `start` to `end`: the same string as last time when the same key was read before. */
  private plainKey(start: number, end: number): string {
    const text = this.text;
    const codes = this.codes;
    const slot = knownSlot(codes, start, end);
    const known = this.knownKeys[slot];
    this.keyAsWritten = true;
    if (
      known !== undefined &&
      known.length === end - start &&
      writtenAt(codes, start, numberAt(this.knownKeysAt, slot), end - start)
    ) {
      this.knownKeysAt[slot] = start;
      return known;
    }
    const source = text.slice(start, end);
    if (!certainlyStringAt(codes, start, end)) {
      // `<<` merges another map in (YAML 1.1): the general parser's business.
      if (source === '<<') throw OUTSIDE;
      // `name`, `type`: strings once resolved, as every key of this subset must be.
      const resolved = this.resolvePlain(source);
      if (!resolved || typeof resolved.value !== 'string') throw OUTSIDE;
      if (resolved.value !== source) {
        this.keyAsWritten = false;
        return resolved.value;
      }
    }
    this.knownKeys[slot] = source;
    this.knownKeysAt[slot] = start;
    return source;
  }

  /**
   * The value of an entry or sequence item whose line ends after the indicator (`key:` or `-`, maybe
   * with a comment): a nested block on the next lines, or null. `after` is where the empty value would sit.
   */
  private blockValue(
    parentIndent: number,
    line: number,
    after: number,
    lineEnd: number,
    depth: number,
    ofMapEntry: boolean,
  ): unknown {
    const next = this.nextContent(line + 1, this.documentEnd);
    if (next < this.documentEnd) {
      const nextIndent = numberAt(this.indents, next);
      // A sequence may sit at its key's own indentation (`key:` then `- item` below it).
      if (
        nextIndent > parentIndent ||
        (ofMapEntry && nextIndent === parentIndent && this.isSequenceEntry(next, nextIndent))
      ) {
        this.line = next;
        // `key:` with `{}` or `[…]` on the next line (`toYaml | nindent` of an empty map prints that).
        const nextAt = numberAt(this.starts, next) + nextIndent;
        const code = this.codes[nextAt];
        if (nextIndent > parentIndent && after === lineEnd && (code === 123 /* { */ || code === 91) /* [ */) {
          return this.flowCollection(parentIndent, next, nextAt, depth);
        }
        return this.isSequenceEntry(next, nextIndent)
          ? this.sequence(nextIndent, next, depth + 1)
          : this.map(nextIndent, next, nextIndent, depth + 1);
      }
    }
    // Nothing nested: null. The general parser places the empty value after the indicator's spaces.
    const comment = after < lineEnd && this.codes[after] === HASH;
    if (comment) throw OUTSIDE;
    this.line = line + 1;
    this.scalarRead(after, after, after, after);
    return null;
  }

  /** A value that starts on its indicator's line at `at`. */
  private inlineValue(parentIndent: number, line: number, at: number, depth: number, inSequence: boolean): unknown {
    const codes = this.codes;
    const lineEnd = numberAt(this.ends, line);
    const code = codes[at] as number;
    if (code === AMPERSAND) return this.anchored(parentIndent, line, at, depth, inSequence);
    if (code === ASTERISK) return this.alias(parentIndent, line, at);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      if (inSequence) {
        // `- "key": value` opens a map.
        this.quotedText(at, lineEnd, code);
        if (codes[this.quoteEnd] === COLON) {
          const column = at - numberAt(this.starts, line);
          return this.map(column, line, column, depth + 1);
        }
      }
      return this.quoted(parentIndent, line, at, code);
    }
    if (code === PIPE) return this.literal(parentIndent, line, at);
    if (code === 123 /* { */ || code === 91 /* [ */) return this.flowCollection(parentIndent, line, at, depth);
    if (NOT_PLAIN_START[code] === 1 && code !== DASH) throw OUTSIDE;
    if (code === DASH) {
      const after = codes[at + 1];
      // `- - x` (a sequence in a sequence entry) or `key: - x`: not in this subset.
      if (at + 1 === lineEnd || after === SPACE) throw OUTSIDE;
    }
    // A plain scalar runs to the line's end or a ` #` comment; `: ` inside it makes it a mapping.
    let end = lineEnd;
    let colon = -1;
    for (let scan = at; scan < lineEnd; scan++) {
      const char = codes[scan];
      if (char === HASH && codes[scan - 1] === SPACE) {
        end = scan;
        break;
      }
      if (char === COLON && colon < 0 && (scan + 1 === lineEnd || codes[scan + 1] === SPACE)) colon = scan;
    }
    if (colon >= 0) {
      if (!inSequence) throw OUTSIDE;
      // `- key: value`: a map whose entries line up with this key.
      const column = at - numberAt(this.starts, line);
      return this.map(column, line, column, depth + 1);
    }
    while (end > at && codes[end - 1] === SPACE) end--;
    // A more-indented line after a plain scalar continues it (a multi-line plain scalar).
    const nodeEnd = this.endOfLine(line, parentIndent);
    const value = this.plainValue(at, end);
    this.scalarRead(at, this.keptEnd(end), end, nodeEnd);
    return value;
  }

  /**
   * A map entry's plain scalar value that starts at `at` (not an indicator, `-` included) on `line`, as inlineValue
   * and endOfLine read it when not in a sequence: sets plainEnd to its end (before a comment and trailing spaces),
   * moves past the line and returns the next content line.
   */
  private plainEntry(parentIndent: number, line: number, at: number, lineEnd: number): number {
    const codes = this.codes;
    let end = lineEnd;
    for (let scan = at + 1; scan < lineEnd; scan++) {
      const char = codes[scan];
      if (char === HASH) {
        if (codes[scan - 1] === SPACE) {
          end = scan;
          break;
        }
      } else if (char === COLON && (scan + 1 === lineEnd || codes[scan + 1] === SPACE)) {
        // `key: a: b`: not a plain scalar.
        throw OUTSIDE;
      }
    }
    // The value's first character is not a space (nor `#`), so this stops after it.
    while (codes[end - 1] === SPACE) end--;
    this.plainEnd = end;
    // A more-indented line after a plain scalar continues it (a multi-line plain scalar).
    const next = this.nextContent(line + 1, this.documentEnd);
    if (next < this.documentEnd && numberAt(this.indents, next) > parentIndent) throw OUTSIDE;
    this.line = line + 1;
    return next;
  }

  /** The value of the plain scalar from `start` to `end`. */
  private plainValue(start: number, end: number): unknown {
    const text = this.text;
    const codes = this.codes;
    if (certainlyStringAt(codes, start, end)) return text.slice(start, end);
    // Numbers and the like (`1`, `8080`, `100m`) repeat on most documents: the last one read into each slot is
    // checked against the text in place, as keys are (see knownKeys), before a scalar is cut out and resolved.
    const slot = knownSlot(codes, start, end);
    const known = this.knownScalars[slot];
    if (known !== undefined && known.source.length === end - start && writtenAt(codes, start, known.at, end - start)) {
      known.at = start;
      return known.value;
    }
    return this.resolvedScalar(start, end, slot);
  }

  /** {@link plainValue} for a scalar not known: resolved, and remembered in its slot. */
  private resolvedScalar(start: number, end: number, slot: number): unknown {
    const source = this.text.slice(start, end);
    const resolved = this.resolvePlain(source);
    if (!resolved) throw OUTSIDE;
    this.knownScalars[slot] = { source, at: start, value: resolved.value };
    return resolved.value;
  }

  /** `&name value`: the value, remembered for later aliases. */
  private anchored(parentIndent: number, line: number, at: number, depth: number, inSequence: boolean): unknown {
    const lineEnd = numberAt(this.ends, line);
    const nameEnd = this.nameEnd(at + 1, lineEnd);
    const name = this.text.slice(at + 1, nameEnd);
    let valueAt = nameEnd;
    while (valueAt < lineEnd && this.codes[valueAt] === SPACE) valueAt++;
    if (valueAt === nameEnd && valueAt < lineEnd) throw OUTSIDE;
    this.openAnchors++;
    let value: unknown;
    if (valueAt === lineEnd || this.codes[valueAt] === HASH) {
      value = this.blockValue(parentIndent, line, valueAt, lineEnd, depth, !inSequence);
      // An anchored empty value: left to the general parser.
      if (value === null) throw OUTSIDE;
    } else {
      const code = this.codes[valueAt];
      if (code === AMPERSAND || code === ASTERISK) throw OUTSIDE;
      // `- &a key: value` anchors the key, not a map: left to the general parser.
      if (inSequence && this.opensMap(valueAt, lineEnd)) throw OUTSIDE;
      value = this.inlineValue(parentIndent, line, valueAt, depth, inSequence);
    }
    this.openAnchors--;
    this.anchors.set(name, { value, position: this.lastScalar ? undefined : this.lastPosition, uses: 0 });
    return value;
  }

  /** `*name`: the anchored value itself (the same object, as the general parser gives). */
  private alias(parentIndent: number, line: number, at: number): unknown {
    const lineEnd = numberAt(this.ends, line);
    const nameEnd = this.nameEnd(at + 1, lineEnd);
    const anchor = this.anchors.get(this.text.slice(at + 1, nameEnd));
    if (!anchor || this.openAnchors > 0) throw OUTSIDE;
    anchor.uses++;
    if (anchor.uses >= Math.min(this.maxAliasCount, 100)) throw OUTSIDE;
    if (nameEnd < lineEnd && this.codes[nameEnd] !== SPACE) throw OUTSIDE;
    this.afterValue(line, nameEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    this.collectionRead({ kind: 'alias', start: at, end: nameEnd, target: anchor.position }, nameEnd, nodeEnd, true);
    return anchor.value;
  }

  /** The end of an anchor or alias name (letters, digits, `_`, `-`, `.`); anything unusual is left to the general parser. */
  private nameEnd(from: number, lineEnd: number): number {
    let at = from;
    while (at < lineEnd) {
      const code = this.codes[at] as number;
      const plain =
        (code >= 48 && code <= 57) ||
        (code >= 65 && code <= 90) ||
        (code >= 97 && code <= 122) ||
        code === 95 ||
        code === DASH ||
        code === 46;
      if (!plain) break;
      at++;
    }
    if (at === from) throw OUTSIDE;
    if (at < lineEnd && this.codes[at] !== SPACE) throw OUTSIDE;
    return at;
  }

  /** Whether the plain text at `at` is a `key: value` entry (a `: ` before any ` #`). */
  private opensMap(at: number, lineEnd: number): boolean {
    for (let scan = at; scan < lineEnd; scan++) {
      const char = this.codes[scan];
      if (char === HASH && this.codes[scan - 1] === SPACE) return false;
      if (char === COLON && (scan + 1 === lineEnd || this.codes[scan + 1] === SPACE)) return true;
    }
    return false;
  }

  /**
   * Ends a value that sits on one line. A following content line indented deeper than the parent would
   * continue it (a multi-line scalar, or an error): not in this subset. Comments between cannot change
   * anything here, checkComments() saw to that. Moves past the line; returns the general parser's node
   * end, after the line break.
   */
  private endOfLine(line: number, parentIndent: number): number {
    const next = this.nextContent(line + 1, this.documentEnd);
    if (next < this.documentEnd && numberAt(this.indents, next) > parentIndent) throw OUTSIDE;
    this.line = line + 1;
    this.nextAfterLine = line + 1;
    this.nextContentAfterLine = next;
    return this.lineBreakEnd(line);
  }

  /** Where a node on `line` ends for the general parser: after the line break that closes it. */
  private lineBreakEnd(line: number): number {
    const end = numberAt(this.ends, line);
    return end < this.text.length ? end + 1 : end;
  }

  /** A one-line quoted scalar starting at `at`: its value; sets quoteEnd to the offset after its closing quote. */
  private quotedText(at: number, lineEnd: number, quote: number): string {
    const text = this.text;
    const codes = this.codes;
    let doubled = false;
    let scan = at + 1;
    while (scan < lineEnd) {
      const char = codes[scan];
      // Escapes are left to the general parser.
      if (quote === DOUBLE_QUOTE && char === BACKSLASH) throw OUTSIDE;
      if (char === quote) {
        // `''` inside single quotes is one quote.
        if (quote === SINGLE_QUOTE && codes[scan + 1] === SINGLE_QUOTE) {
          doubled = true;
          scan += 2;
          continue;
        }
        this.quoteEnd = scan + 1;
        const raw = text.slice(at + 1, scan);
        return doubled ? raw.replaceAll("''", "'") : raw;
      }
      scan++;
    }
    throw OUTSIDE;
  }

  private quoted(parentIndent: number, line: number, at: number, quote: number): string {
    const value = this.quotedText(at, numberAt(this.ends, line), quote);
    const valueEnd = this.quoteEnd;
    this.afterValue(line, valueEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    this.scalarRead(at, valueEnd, valueEnd, nodeEnd);
    return value;
  }

  /** After a quoted scalar or `[]`/`{}` only spaces and a comment may follow on the line. */
  private afterValue(line: number, from: number): void {
    const lineEnd = numberAt(this.ends, line);
    let at = from;
    while (at < lineEnd && this.codes[at] === SPACE) at++;
    if (at === lineEnd) return;
    if (this.codes[at] === HASH && at > from) return;
    throw OUTSIDE;
  }

  /**
   * A one-line flow collection: `[]`, `{}`, `["sh", "-c", x]`, `{name: a, ports: [{containerPort: 80}]}`,
   * with plain and simple quoted scalars, nested on the same line.
   */
  private flowCollection(parentIndent: number, line: number, open: number, depth: number): unknown {
    const value = this.flowNode(open, numberAt(this.ends, line), depth + 1);
    const position = this.flowPosition as PosNode;
    const valueEnd = this.flowEnd;
    this.afterValue(line, valueEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    this.collectionRead(position, valueEnd, nodeEnd, true);
    return value;
  }

  /** A node inside a flow collection starting at `at`: its value; sets flowEnd and flowPosition. */
  private flowNode(at: number, lineEnd: number, depth: number): unknown {
    const code = this.codes[at];
    if (code === 123 /* { */ || code === 91 /* [ */) {
      if (depth > this.maxDepth) throw OUTSIDE;
      return code === 123 ? this.flowMapping(at, lineEnd, depth) : this.flowSequence(at, lineEnd, depth);
    }
    this.flowPosition = undefined;
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const value = this.quotedText(at, lineEnd, code);
      this.flowEnd = this.quoteEnd;
      return value;
    }
    const end = this.flowPlainEnd(at, lineEnd);
    this.flowEnd = end;
    return this.plainValue(at, end);
  }

  /**
   * The end of a plain scalar inside a flow collection (trailing spaces excluded): it runs to `,`, `]`, `}`
   * or a `: `. Nested brackets, comments and indicators at its start are left to the general parser.
   */
  private flowPlainEnd(at: number, lineEnd: number): number {
    const codes = this.codes;
    const first = codes[at] as number;
    if (at >= lineEnd) throw OUTSIDE;
    if (NOT_PLAIN_START[first] === 1) {
      // `-` may start a plain scalar when a character that is neither space nor flow indicator follows (`--flag`, `-1`).
      const next = codes[at + 1] as number;
      if (first !== DASH || at + 1 >= lineEnd || next === SPACE || FLOW_INDICATOR[next] === 1) throw OUTSIDE;
    }
    let scan = at;
    while (scan < lineEnd) {
      const char = codes[scan] as number;
      // Most characters of a plain scalar are none of those the table marks.
      if (FLOW_PLAIN_SPECIAL[char] === 1) {
        if (char === 44 /* , */ || char === 93 /* ] */ || char === 125 /* } */) break;
        if (char === COLON) {
          const after = codes[scan + 1] as number;
          if (scan + 1 === lineEnd || after === SPACE || FLOW_INDICATOR[after] === 1) break;
        } else if (char !== HASH || codes[scan - 1] === SPACE) {
          // `[`, `{`, or a ` #` comment.
          throw OUTSIDE;
        }
      }
      scan++;
    }
    let end = scan;
    while (end > at && codes[end - 1] === SPACE) end--;
    return end;
  }

  private skipSpaces(at: number, lineEnd: number): number {
    let scan = at;
    while (scan < lineEnd && this.codes[scan] === SPACE) scan++;
    return scan;
  }

  /**
   * After a flow entry: the offset of the next entry, or -1 after the closing `close` (whose offset is then
   * `this.flowClose`). A trailing comma is left to the general parser.
   */
  private flowNext(at: number, lineEnd: number, close: number): number {
    const scan = this.skipSpaces(at, lineEnd);
    const separator = this.codes[scan];
    if (scan < lineEnd && separator === close) {
      this.flowClose = scan;
      return -1;
    }
    if (scan >= lineEnd || separator !== 44 /* , */) throw OUTSIDE;
    const next = this.skipSpaces(scan + 1, lineEnd);
    if (next >= lineEnd || this.codes[next] === close) throw OUTSIDE;
    return next;
  }

  /** Where the last flow collection read closed (see flowNext). */
  private flowClose = 0;

  /** `[a, "b", {c: d}]` on one line. */
  private flowSequence(open: number, lineEnd: number, depth: number): unknown[] {
    const valueBase = this.valueStack.top;
    const positionBase = this.positionStack.top;
    let at = this.skipSpaces(open + 1, lineEnd);
    let close = at;
    if (this.codes[at] !== 93 /* ] */) {
      for (;;) {
        const item = this.flowNode(at, lineEnd, depth + 1);
        const itemEnd = this.flowEnd;
        // `[a: b]` (a pair in a sequence) is the general parser's business.
        if (this.codes[this.skipSpaces(itemEnd, lineEnd)] === COLON) throw OUTSIDE;
        this.valueStack.push(item);
        this.positionStack.push(this.flowPosition ?? { kind: 'leaf', start: at, end: itemEnd });
        at = this.flowNext(itemEnd, lineEnd, 93);
        if (at < 0) break;
      }
      close = this.flowClose;
    }
    const end = close + 1;
    this.flowEnd = end;
    this.flowPosition = { kind: 'seq', start: open, end, items: this.positionStack.popFrom(positionBase) };
    return this.valueStack.popFrom(valueBase);
  }

  /** `{a: b, "c": [d]}` on one line: keys are plain or quoted strings, every key has a value. */
  private flowMapping(open: number, lineEnd: number, depth: number): Record<string, unknown> {
    const codes = this.codes;
    const value: Record<string, unknown> = {};
    const keyBase = this.keyStack.top;
    const spanBase = this.spanStack.top;
    const positionBase = this.positionStack.top;
    let at = this.skipSpaces(open + 1, lineEnd);
    let close = at;
    let nested = false;
    let firstKeySlot = -1;
    if (codes[at] !== 125 /* } */) {
      for (;;) {
        const keyStart = at;
        const first = codes[at];
        let key: string;
        let keyEnd: number;
        const hash = keyStartHash(codes, at);
        const startSlotOfKey = startSlot(hash, this.previousFlowKeyHash);
        if (firstKeySlot < 0) firstKeySlot = first === DOUBLE_QUOTE || first === SINGLE_QUOTE ? 0 : startSlotOfKey;
        this.previousFlowKeyHash = hash;
        const predicted = this.flowKeysByStart[startSlotOfKey];
        if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
          key = this.quotedText(at, lineEnd, first);
          keyEnd = this.quoteEnd;
        } else if (
          predicted !== undefined &&
          codes[at + predicted.length] === COLON &&
          codes[at + predicted.length + 1] === SPACE &&
          writtenAt(codes, at, numberAt(this.flowKeysByStartAt, startSlotOfKey), predicted.length)
        ) {
          this.flowKeysByStartAt[startSlotOfKey] = at;
          // Followed by `: ` (so within the line): the key flowPlainEnd and plainKey would give.
          key = predicted;
          keyEnd = at + predicted.length;
        } else {
          keyEnd = this.flowPlainEnd(at, lineEnd);
          key = this.plainKey(at, keyEnd);
          if (this.keyAsWritten && codes[keyEnd] === COLON && codes[keyEnd + 1] === SPACE) {
            this.flowKeysByStart[startSlotOfKey] = key;
            this.flowKeysByStartAt[startSlotOfKey] = at;
          }
        }
        // Only `key: value`: no empty values, no space before the colon, no overlong implicit keys.
        if (codes[keyEnd] !== COLON || codes[keyEnd + 1] !== SPACE || keyEnd - keyStart > 1000) throw OUTSIDE;
        if (key === '__proto__') throw OUTSIDE;
        const valueAt = this.skipSpaces(keyEnd + 1, lineEnd);
        const code = codes[valueAt];
        if (valueAt >= lineEnd || code === 44 || code === 125) throw OUTSIDE;
        value[key] = this.flowNode(valueAt, lineEnd, depth + 1);
        const itemEnd = this.flowEnd;
        this.keyStack.push(key);
        this.spanStack.push(keyStart);
        this.spanStack.push(itemEnd);
        this.positionStack.push(this.flowPosition);
        if (this.flowPosition !== undefined) nested = true;
        at = this.flowNext(itemEnd, lineEnd, 125);
        if (at < 0) break;
      }
      close = this.flowClose;
    }
    const end = close + 1;
    this.flowEnd = end;
    this.flowPosition = {
      kind: 'map',
      start: open,
      end,
      keys: this.keyList(keyBase, firstKeySlot),
      spans: this.spanStack.popFrom(spanBase),
      values: this.valuePositions(positionBase, nested),
      merges: undefined,
    };
    return value;
  }

  /** A literal block scalar (`|`, `|-`, `|+`) whose content lines are indented deeper than the parent. */
  private literal(parentIndent: number, line: number, at: number): string {
    let headerEnd = at + 1;
    const chomp = this.codes[headerEnd];
    let mode: 'clip' | 'strip' | 'keep' = 'clip';
    if (chomp === DASH) mode = 'strip';
    else if (chomp === 43 /* + */) mode = 'keep';
    if (mode !== 'clip') headerEnd++;
    this.afterValue(line, headerEnd);
    // Content: the following lines until one that is not blank and indented no deeper than the parent.
    let last = line;
    let contentIndent = -1;
    let scan = line + 1;
    while (scan < this.documentEnd) {
      const indent = numberAt(this.indents, scan);
      if (indent < 0) {
        scan++;
        continue;
      }
      if (indent <= parentIndent) break;
      if (contentIndent < 0) contentIndent = indent;
      if (indent < contentIndent) throw OUTSIDE;
      last = scan;
      scan++;
    }
    if (contentIndent < 0) throw OUTSIDE;
    const parts: string[] = [];
    for (let at2 = line + 1; at2 <= last; at2++) {
      const start = numberAt(this.starts, at2);
      const end = numberAt(this.ends, at2);
      const indent = numberAt(this.indents, at2);
      if (indent < 0) {
        // Blank lines before the first content line may not be deeper than the content.
        if (end - start > contentIndent) throw OUTSIDE;
        parts.push('');
      } else {
        parts.push(this.text.slice(start + contentIndent, end));
      }
    }
    // Trailing blank lines belong to the scalar (they matter for `|+`); they are not in this subset.
    if (scan > last + 1 && mode === 'keep') throw OUTSIDE;
    // Lines of spaces no longer than the content's indentation are blank lines too (helm leaves such lines
    // after a block it indents); longer ones would be content.
    for (let blank = last + 1; blank < scan; blank++) {
      if (numberAt(this.ends, blank) - numberAt(this.starts, blank) > contentIndent) throw OUTSIDE;
    }
    let value = parts.join('\n');
    if (mode !== 'strip') value += '\n';
    this.line = last + 1;
    const end = this.lineBreakEnd(last);
    this.scalarRead(at, this.keptEnd(end), end, end);
    return value;
  }

  /** A block sequence whose `-` indicators sit at `indent`, starting on `line`. */
  private sequence(indent: number, line: number, depth: number): unknown[] {
    if (depth > this.maxDepth) throw OUTSIDE;
    const valueBase = this.valueStack.top;
    const positionBase = this.positionStack.top;
    const start = numberAt(this.starts, line) + indent;
    let itemLine = line;
    let end = start;
    for (;;) {
      const lineStart = numberAt(this.starts, itemLine);
      const lineEnd = numberAt(this.ends, itemLine);
      let at = lineStart + indent + 1;
      while (at < lineEnd && this.codes[at] === SPACE) at++;
      this.valueStack.push(
        at === lineEnd || this.codes[at] === HASH
          ? this.blockValue(indent, itemLine, at, lineEnd, depth, false)
          : this.inlineValue(indent, itemLine, at, depth, true),
      );
      this.positionStack.push(
        this.lastScalar ? { kind: 'leaf', start: this.lastLeafStart, end: this.lastLeafEnd } : this.lastPosition,
      );
      end = this.lastNodeEnd;
      const next =
        this.nextAfterLine === this.line ? this.nextContentAfterLine : this.nextContent(this.line, this.documentEnd);
      if (next >= this.documentEnd) break;
      const nextIndent = numberAt(this.indents, next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) throw OUTSIDE;
      // At the same indentation: another item, or (for a sequence under a key) the parent map's next key.
      if (!this.isSequenceEntry(next, indent)) break;
      itemLine = next;
    }
    const items = this.positionStack.popFrom(positionBase);
    this.collectionRead({ kind: 'seq', start, end: this.keptEnd(end), items }, end, end, false);
    return this.valueStack.popFrom(valueBase);
  }

  /** A node's end as kept in its position: trimmed of line breaks, or as the general parser's range[1]. */
  private keptEnd(offset: number): number {
    return this.rawEnds ? offset : trimmedEndIn(this.codes, offset);
  }
}
