/**
 * A quick reader for the YAML and JSON documents the fix editor changes most (plain manifests as people, helm and
 * `kubectl` write them), giving the same nodes the `yaml` package gives for them: kinds, keys, scalar values
 * and quote styles, flow flags and `range`s. The editor places a change and then checks it with a parse per
 * change; for a file of thousands of workloads that was most of a scan's time, and the general parser's
 * lexer, CST and composer are what cost.
 *
 * The reader takes only a small, strict part of YAML, where the `yaml` package's answer is known: block
 * mappings with simple keys, block sequences (indented or not), one-line plain and quoted scalars (double quotes
 * with JSON's escapes), flow mappings and sequences on one line inside a block, a document that is one flow
 * mapping over any number of lines (JSON, as `kubectl -o json` and `JSON.stringify(x, null, 4)` print it),
 * anchors on block mappings and aliases as mapping values, and comment lines between a `---` line and the
 * contents (helm's `# Source:` line). Anything else (other comment lines, comments inside flow collections, tabs,
 * carriage returns, block scalars, tags, multi-line scalars, trailing commas, empty flow values, implicit keys in
 * flow sequences, unusual keys, document markers inside, …) gives undefined, and the caller asks the general
 * parser. Where it answers, it has no errors to report: every text it takes is valid YAML.
 * Differential tests hold it to the general parser's nodes.
 */
import { Alias, Pair, parseAllDocuments, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { certainlyString, lineTable, UNSUPPORTED_CHARACTER } from '../manifests/block-yaml.js';
import { resolveYaml11PlainScalar } from '../manifests/parse.js';

/** What the editor reads of a parsed document (a `yaml` Document, or this reader's answer). */
export interface EditableDocument {
  readonly errors: readonly { readonly message: string }[];
  readonly contents: unknown;
}

/** A document this reader read: no errors, a block mapping at the root, and its `range` in the text. */
export interface QuickDocument extends EditableDocument {
  readonly errors: readonly [];
  readonly contents: YAMLMap<Scalar<string>, YamlNode | null>;
  readonly range: readonly [number, number, number];
}

/**
 * Thrown when the editor asks a quick document for something this reader does not hold (the value of a
 * scalar it resolves to an object, such as a YAML 1.1 timestamp; the value behind an alias): the editor then
 * asks the general parser.
 */
export class NotQuick extends Error {
  override readonly name = 'NotQuick';
}
const NOT_QUICK = new NotQuick('not in the quick reader');

/** Thrown inside the reader when the text leaves its subset. */
class Outside extends Error {}
const OUTSIDE = new Outside();

const SPACE = 32;
const MAX_DEPTH = 64;
const MAX_ALIASES = 50;
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
const QUOTED_KEY = /^"[A-Za-z0-9_./ -]*"$/;
const ANCHOR_NAME = /^[A-Za-z0-9_-]+$/;
/** A double-quoted scalar with no escapes but JSON's, which YAML reads as JSON does. */
const JSON_STRING = /^"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4}))*"$/;

/** 1 for each of `characters` in a table indexed by character code (looked up for every character of a flow text). */
const characterTable = (characters: string): Uint8Array =>
  Uint8Array.from({ length: 128 }, (_, code) => (characters.includes(String.fromCharCode(code)) ? 1 : 0));
/** Characters a plain value may not start with here (YAML indicators, and `-` which is checked apart). */
const INDICATOR_CHARACTER = characterTable('?:,[]{}#&*!|>\'"%@`');
const FLOW_INDICATOR_CHARACTER = characterTable(',[]{}');
const PLAIN_KEY_CHARACTER = characterTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./-');

/*
 * The `yaml` package tells its nodes apart by a registered symbol (`isScalar`, `isMap`, …). Nodes made here are of
 * small classes whose prototypes are the package's own (so `instanceof Scalar` and the nodes' methods hold) and
 * carry that symbol as an ordinary property: the package's constructors define it with `Object.defineProperty` on
 * every instance, which costs more than the rest of a read.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR_TYPE = Symbol.for('yaml.scalar');
const MAP_TYPE = Symbol.for('yaml.map');
const SEQ_TYPE = Symbol.for('yaml.seq');
const PAIR_TYPE = Symbol.for('yaml.pair');
const ALIAS_TYPE = Symbol.for('yaml.alias');

type Range = [number, number, number];

/*
 * The scalar styles, read once: in the bundle every `Scalar.PLAIN` goes through the package's export getter, and
 * the reader names a style for every scalar it makes.
 */
const PLAIN: Scalar.Type = Scalar.PLAIN;
const QUOTE_DOUBLE: Scalar.Type = Scalar.QUOTE_DOUBLE;
const QUOTE_SINGLE: Scalar.Type = Scalar.QUOTE_SINGLE;

class QuickScalar {
  constructor(
    readonly value: unknown,
    readonly type: Scalar.Type,
    readonly range: Range,
  ) {
    (this as Record<symbol, unknown>)[NODE_TYPE] = SCALAR_TYPE;
  }
}

/** A plain scalar whose value (a YAML 1.1 timestamp) only the general parser gives. */
class UnheldScalar {
  readonly type = PLAIN;
  constructor(readonly range: Range) {
    (this as Record<symbol, unknown>)[NODE_TYPE] = SCALAR_TYPE;
  }

  get value(): never {
    throw NOT_QUICK;
  }
}

class QuickCollection {
  anchor: string | undefined = undefined;
  constructor(
    readonly items: unknown[],
    readonly flow: boolean,
    readonly range: Range,
    type: symbol,
  ) {
    (this as Record<symbol, unknown>)[NODE_TYPE] = type;
  }
}

class QuickPair {
  constructor(
    readonly key: Scalar,
    readonly value: YamlNode,
  ) {
    (this as Record<symbol, unknown>)[NODE_TYPE] = PAIR_TYPE;
  }
}

class QuickAlias {
  constructor(
    readonly source: string,
    readonly range: Range,
  ) {
    (this as Record<symbol, unknown>)[NODE_TYPE] = ALIAS_TYPE;
  }
}

Object.setPrototypeOf(QuickScalar.prototype, Scalar.prototype);
Object.setPrototypeOf(UnheldScalar.prototype, Scalar.prototype);
Object.setPrototypeOf(QuickPair.prototype, Pair.prototype);
Object.setPrototypeOf(QuickAlias.prototype, Alias.prototype);
class QuickMap extends QuickCollection {}
class QuickSeq extends QuickCollection {}
Object.setPrototypeOf(QuickMap.prototype, YAMLMap.prototype);
Object.setPrototypeOf(QuickSeq.prototype, YAMLSeq.prototype);

function scalarNode(value: unknown, type: Scalar.Type, range: Range): Scalar {
  return new QuickScalar(value, type, range) as unknown as Scalar;
}

function mapNode(items: Pair[], flow: boolean, range: Range): YAMLMap {
  return new QuickMap(items, flow, range, MAP_TYPE) as unknown as YAMLMap;
}

function seqNode(items: YamlNode[], flow: boolean, range: Range): YAMLSeq {
  return new QuickSeq(items, flow, range, SEQ_TYPE) as unknown as YAMLSeq;
}

function pairNode(key: Scalar, value: YamlNode): Pair {
  return new QuickPair(key, value) as unknown as Pair;
}

function aliasNode(source: string, range: Range): Alias {
  return new QuickAlias(source, range) as unknown as Alias;
}

/** Keys read before: a file's documents use the same few hundred. */
const plainKeys = new Set<string>();

/** Whether `source` is a plain key YAML 1.1 reads as itself (not `on`, `1`, `~`, nor a merge `<<`). */
function isPlainKey(source: string): boolean {
  if (plainKeys.has(source)) return true;
  const plain =
    PLAIN_KEY.test(source) &&
    source.length <= 1000 &&
    (certainlyString(source) || resolveYaml11PlainScalar(source)?.value === source);
  if (plain) {
    if (plainKeys.size > 5000) plainKeys.clear();
    plainKeys.add(source);
  }
  return plain;
}

/** A plain scalar's value under YAML 1.1, or a marker that only the general parser may tell it. */
type PlainValue = { readonly value: unknown } | 'object' | 'error';
const plainValues = new Map<string, PlainValue>();

function plainValue(source: string): PlainValue {
  const known = resolveYaml11PlainScalar(source);
  if (known) return known;
  // An object (a YAML 1.1 timestamp) or a scalar the schema cannot resolve: read alone by the general parser,
  // once per distinct text, to tell a value this reader cannot hold from an error it must not hide.
  let found = plainValues.get(source);
  if (found === undefined) {
    const [doc, ...more] = parseAllDocuments(source, { version: '1.1', logLevel: 'error' });
    found = doc && more.length === 0 && doc.errors.length === 0 && doc.warnings.length === 0 ? 'object' : 'error';
    if (plainValues.size > 1000) plainValues.clear();
    plainValues.set(source, found);
  }
  return found;
}

/** A plain scalar node whose value, when this reader cannot hold it, sends the editor to the general parser. */
function plainScalar(source: string, range: Range): Scalar {
  const resolved = plainValue(source);
  if (resolved === 'error') throw OUTSIDE;
  if (resolved === 'object') return new UnheldScalar(range) as unknown as Scalar;
  return scalarNode(resolved.value, PLAIN, range);
}

/** Reads `text` as one document, or undefined when it lies outside this reader's subset. */
export function readQuickDocument(text: string): QuickDocument | undefined {
  if (UNSUPPORTED_CHARACTER.test(text)) return undefined;
  try {
    return new QuickReader(text).document();
  } catch {
    // OUTSIDE, or anything unexpected (a stack overflow): the general parser decides.
    return undefined;
  }
}

class QuickReader {
  /** Offset of each line's first character, of its end (its line break, or the text's end), and its indentation. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Column of each line's first character that is not a space; -1 for blank lines. */
  private readonly indents: Int32Array;
  private line = 0;
  /** Anchors defined so far, and those whose node is still being read (an alias to one is a cycle). */
  private readonly anchors = new Set<string>();
  private readonly openAnchors = new Set<string>();
  private aliases = 0;

  constructor(private readonly text: string) {
    ({ starts: this.starts, ends: this.ends, indents: this.indents } = lineTable(text));
  }

  document(): QuickDocument {
    const text = this.text;
    let first = 0;
    if (text.startsWith('---')) {
      if (this.ends[0] !== 3) throw OUTSIDE;
      first = 1;
    }
    // After a `---` line, blank and comment lines before the first content (helm's `# Source:` line) change no
    // range: the document starts at the marker, its contents at their first key. Without the marker the document
    // would start at its contents, so there the contents must come first.
    let content = first;
    if (first === 1)
      while (content < this.starts.length && (this.indentOf(content) === -1 || this.isCommentLine(content))) content++;
    for (let line = content; line < this.starts.length; line++) {
      const indent = this.indents[line] ?? -1;
      if (indent < 0) continue;
      const start = this.starts[line] ?? 0;
      const code = text.charCodeAt(start + indent);
      // Other comment lines move ranges in ways this reader does not follow; markers and directives end documents.
      if (
        code === 35 ||
        (indent === 0 && (text.startsWith('---', start) || text.startsWith('...', start) || code === 37))
      )
        throw OUTSIDE;
    }
    this.line = content;
    if (content >= this.starts.length || this.indentOf(content) !== 0) throw OUTSIDE;
    if (text.charCodeAt(this.starts[content] ?? 0) === 123) return this.flowDocument(this.starts[content] ?? 0);
    if (this.isSequenceLine(this.line)) throw OUTSIDE;
    const contents = this.map(0, this.keyStart(this.line, 0), 0);
    if (this.nextContent(this.line) < this.starts.length) throw OUTSIDE;
    // A document whose last value is empty (`key:` on its last line) ends before that line's break.
    const end = contents.range?.[1] ?? 0;
    if (end < text.length && text.charCodeAt(end - 1) !== 10) throw OUTSIDE;
    return {
      errors: [],
      contents: contents as YAMLMap<Scalar<string>, YamlNode | null>,
      range: [0, text.length, text.length],
    };
  }

  /**
   * A document that is one flow mapping (JSON), which may go on over lines, then at most spaces and one line break:
   * the general parser's document then ends where the text does.
   */
  private flowDocument(open: number): QuickDocument {
    const text = this.text;
    const contents = this.flowCollection(open, text.length, 0);
    const range = contents.range as Range;
    let end = this.skipSpaces(range[1], text.length);
    if (text.charCodeAt(end) === 10) end++;
    if (end !== text.length || !(contents instanceof YAMLMap)) throw OUTSIDE;
    range[2] = end;
    return {
      errors: [],
      contents: contents as YAMLMap<Scalar<string>, YamlNode | null>,
      range: [0, text.length, text.length],
    };
  }

  private isCommentLine(line: number): boolean {
    return this.text.charCodeAt((this.starts[line] ?? 0) + this.indentOf(line)) === 35;
  }

  private nextContent(from: number): number {
    let line = from;
    while (line < this.starts.length && this.indents[line] === -1) line++;
    return line;
  }

  private indentOf(line: number): number {
    return this.indents[line] ?? -1;
  }

  private isSequenceLine(line: number): boolean {
    const at = (this.starts[line] ?? 0) + this.indentOf(line);
    return this.text.charCodeAt(at) === 45 && this.isSpaceOrEnd(at + 1, line);
  }

  private isSpaceOrEnd(at: number, line: number): boolean {
    return at >= (this.ends[line] ?? 0) || this.text.charCodeAt(at) === SPACE;
  }

  /** Offset of the key that starts line `line` at column `column`. */
  private keyStart(line: number, column: number): number {
    return (this.starts[line] ?? 0) + column;
  }

  /** Offset after the line holding `offset - 1`'s line break: the general parser's range[2] of a one-line node. */
  private lineAfter(line: number): number {
    const end = this.ends[line] ?? this.text.length;
    return end < this.text.length ? end + 1 : end;
  }

  /**
   * A block mapping whose keys sit at `column`, the first at offset `firstKey` on the current line (for a
   * mapping inside a `- ` item the line's indentation is the dash's, not the key's).
   */
  private map(column: number, firstKey: number, depth: number): YAMLMap {
    if (depth > MAX_DEPTH) throw OUTSIDE;
    const items: Pair[] = [];
    let keyAt = firstKey;
    for (;;) {
      const line = this.line;
      const { key, colon } = this.key(keyAt, line);
      for (const item of items) if ((item.key as Scalar).value === key.value) throw OUTSIDE;
      const value = this.mapValue(colon + 1, line, column, depth);
      items.push(pairNode(key, value));
      const next = this.nextContent(this.line);
      if (next >= this.starts.length) break;
      const indent = this.indentOf(next);
      if (indent < column) break;
      if (indent > column || this.isSequenceLine(next)) throw OUTSIDE;
      this.line = next;
      keyAt = this.keyStart(next, column);
    }
    const end = ((items[items.length - 1] as Pair).value as YamlNode).range?.[2] ?? 0;
    return mapNode(items, false, [firstKey, end, end]);
  }

  /** The key at `at` on `line`, up to its `:`, which a space or the line's end follows. */
  private key(at: number, line: number): { key: Scalar<string>; colon: number } {
    const text = this.text;
    const lineEnd = this.ends[line] ?? text.length;
    let colon: number;
    let key: Scalar<string>;
    if (text.charCodeAt(at) === 34) {
      const close = this.find(34, at + 1, lineEnd);
      if (close < 0) throw OUTSIDE;
      colon = close + 1;
      const source = text.slice(at, colon);
      if (!QUOTED_KEY.test(source)) throw OUTSIDE;
      key = scalarNode(source.slice(1, -1), QUOTE_DOUBLE, [at, colon, colon]) as Scalar<string>;
    } else {
      colon = this.find(58, at, lineEnd);
      while (colon >= 0 && !this.isSpaceOrEnd(colon + 1, line)) colon = this.find(58, colon + 1, lineEnd);
      if (colon < 0) throw OUTSIDE;
      const source = text.slice(at, colon);
      // Keys that YAML 1.1 reads as something other than themselves (`on`, `1`, `~`) or that merge (`<<`).
      if (!isPlainKey(source)) throw OUTSIDE;
      key = scalarNode(source, PLAIN, [at, colon, colon]) as Scalar<string>;
    }
    if (text.charCodeAt(colon) !== 58 || key.value === '__proto__') throw OUTSIDE;
    return { key, colon };
  }

  /** The value after a mapping key's `:` at `from` on `line`: on the line, or the block below it. */
  private mapValue(from: number, line: number, column: number, depth: number): YamlNode {
    const text = this.text;
    const lineEnd = this.ends[line] ?? text.length;
    let at = from;
    while (at < lineEnd && text.charCodeAt(at) === SPACE) at++;
    if (at === lineEnd) {
      const next = this.nextContent(line + 1);
      const indent = next < this.starts.length ? this.indentOf(next) : -1;
      if (indent > column || (indent === column && this.isSequenceLine(next))) {
        this.line = next;
        return this.block(next, indent, depth + 1);
      }
      this.line = line + 1;
      return scalarNode(null, PLAIN, [lineEnd, lineEnd, lineEnd]);
    }
    if (text.charCodeAt(at) === 38) {
      // `key: &name` and a block mapping below.
      const name = text.slice(at + 1, lineEnd);
      const next = this.nextContent(line + 1);
      if (!ANCHOR_NAME.test(name) || next >= this.starts.length || this.indentOf(next) <= column) throw OUTSIDE;
      if (this.isSequenceLine(next)) throw OUTSIDE;
      this.line = next;
      this.openAnchors.add(name);
      const map = this.map(this.indentOf(next), this.keyStart(next, this.indentOf(next)), depth + 1);
      this.openAnchors.delete(name);
      this.anchors.add(name);
      map.anchor = name;
      return map;
    }
    if (text.charCodeAt(at) === 42) {
      const end = this.tokenEnd(at, line);
      const name = text.slice(at + 1, end);
      if (!ANCHOR_NAME.test(name) || !this.anchors.has(name) || this.openAnchors.has(name)) throw OUTSIDE;
      // The general parser's `toJS` refuses a document with too many alias uses (100): far from that here.
      if (++this.aliases > MAX_ALIASES) throw OUTSIDE;
      const alias = aliasNode(name, [at, end, this.afterValue(end, line)]);
      this.line = line + 1;
      return alias;
    }
    return this.inlineValue(at, line);
  }

  /** The block collection starting on `line` at `indent`. */
  private block(line: number, indent: number, depth: number): YamlNode {
    if (this.isSequenceLine(line)) return this.sequence(indent, depth);
    return this.map(indent, this.keyStart(line, indent), depth);
  }

  /** A block sequence whose dashes sit at `column`, starting on the current line. */
  private sequence(column: number, depth: number): YAMLSeq {
    if (depth > MAX_DEPTH) throw OUTSIDE;
    const items: YamlNode[] = [];
    const first = this.keyStart(this.line, column);
    for (;;) {
      const line = this.line;
      const at = this.keyStart(line, column) + 2;
      const lineEnd = this.ends[line] ?? this.text.length;
      // `- ` and one non-space character: an item on the dash's line (never `-` alone, `-  x`, `- - x`).
      if (at >= lineEnd || this.text.charCodeAt(at) === SPACE) throw OUTSIDE;
      if (this.startsKey(at, line)) items.push(this.map(column + 2, at, depth + 1));
      else {
        const code = this.text.charCodeAt(at);
        if (code === 38 || code === 42) throw OUTSIDE;
        items.push(this.inlineValue(at, line));
      }
      const next = this.nextContent(this.line);
      if (next >= this.starts.length) break;
      const indent = this.indentOf(next);
      if (indent < column) break;
      if (indent > column) throw OUTSIDE;
      if (!this.isSequenceLine(next)) break;
      this.line = next;
    }
    const end = (items[items.length - 1] as YamlNode).range?.[2] ?? 0;
    return seqNode(items, false, [first, end, end]);
  }

  /** Offset of the first character `code` from `from` up to `to` (a line's end), or -1. */
  private find(code: number, from: number, to: number): number {
    for (let at = from; at < to; at++) if (this.text.charCodeAt(at) === code) return at;
    return -1;
  }

  /** Whether a `key:` (followed by a space or the line's end) starts at `at`. */
  private startsKey(at: number, line: number): boolean {
    const text = this.text;
    const lineEnd = this.ends[line] ?? text.length;
    if (text.charCodeAt(at) === 34) {
      const close = this.find(34, at + 1, lineEnd);
      return close >= 0 && text.charCodeAt(close + 1) === 58;
    }
    for (let colon = this.find(58, at, lineEnd); colon >= 0; colon = this.find(58, colon + 1, lineEnd)) {
      if (this.isSpaceOrEnd(colon + 1, line)) return PLAIN_KEY.test(text.slice(at, colon));
    }
    return false;
  }

  /** Where a token without spaces that starts at `at` ends. */
  private tokenEnd(at: number, line: number): number {
    const lineEnd = this.ends[line] ?? this.text.length;
    let end = at;
    while (end < lineEnd && this.text.charCodeAt(end) !== SPACE) end++;
    return end;
  }

  /** After a value ending at `end`: spaces, then the line's end or a `#` comment; the general parser's range[2]. */
  private afterValue(end: number, line: number): number {
    const text = this.text;
    const lineEnd = this.ends[line] ?? text.length;
    let at = end;
    while (at < lineEnd && text.charCodeAt(at) === SPACE) at++;
    if (at < lineEnd && (at === end || text.charCodeAt(at) !== 35)) throw OUTSIDE;
    return this.lineAfter(line);
  }

  /** A scalar or a one-line flow collection starting at `at`, alone on the rest of the line. */
  private inlineValue(at: number, line: number): YamlNode {
    const text = this.text;
    const lineEnd = this.ends[line] ?? text.length;
    const code = text.charCodeAt(at);
    this.line = line + 1;
    if (code === 34 || code === 39) {
      const node = this.quoted(at, lineEnd);
      (node.range as Range)[2] = this.afterValue((node.range as Range)[1], line);
      return node;
    }
    if (code === 123 || code === 91) {
      // Inside a block the collection ends on its own line: the lexer's indentation rules for flow collections
      // that go on over lines are the general parser's business.
      const node = this.flowCollection(at, lineEnd, 0);
      (node.range as Range)[2] = this.afterValue((node.range as Range)[1], line);
      return node;
    }
    if (INDICATOR_CHARACTER[code] === 1 || (code === 45 && this.isSpaceOrEnd(at + 1, line))) throw OUTSIDE;
    // A plain scalar: up to a ` #` comment or the line's end, trailing spaces left out.
    let end = lineEnd;
    for (let hash = this.find(35, at, lineEnd); hash >= 0; hash = this.find(35, hash + 1, lineEnd)) {
      if (text.charCodeAt(hash - 1) === SPACE) {
        end = hash;
        break;
      }
    }
    while (end > at && text.charCodeAt(end - 1) === SPACE) end--;
    const source = text.slice(at, end);
    if (source.includes(': ') || source.endsWith(':')) throw OUTSIDE;
    return plainScalar(source, [at, end, this.lineAfter(line)]);
  }

  /**
   * A quoted scalar starting at `at` and closed before `limit` on its line (range[2] is left to the caller). Double
   * quotes hold JSON's escapes, which YAML reads alike; other escapes and line breaks are the general parser's.
   */
  private quoted(at: number, limit: number): Scalar {
    const text = this.text;
    const quote = text.charCodeAt(at);
    let close = at + 1;
    let escaped = false;
    for (; ; close++) {
      const code = close < limit ? text.charCodeAt(close) : 10;
      if (code === 10) throw OUTSIDE;
      if (code === quote) {
        // `''` inside single quotes is one quote.
        if (quote !== 39 || text.charCodeAt(close + 1) !== 39) break;
        escaped = true;
        close++;
      } else if (code === 92 && quote === 34) {
        escaped = true;
        close++;
      }
    }
    const end = close + 1;
    let value = text.slice(at + 1, close);
    if (escaped) {
      if (quote === 39) value = value.replaceAll("''", "'");
      else {
        const source = text.slice(at, end);
        if (!JSON_STRING.test(source)) throw OUTSIDE;
        value = JSON.parse(source) as string;
      }
    }
    return scalarNode(value, quote === 34 ? QUOTE_DOUBLE : QUOTE_SINGLE, [at, end, end]);
  }

  /**
   * The flow mapping or sequence whose `{` or `[` is at `open`, closed before `limit` (a line's end inside a block,
   * the text's end for a document that is one flow mapping). Its range[2] is left to the caller.
   *
   * The general parser's ranges inside: a key ends at its `:` (which must follow it at once); a mapping value's
   * range[2] takes the spaces after it and one line break after those; a sequence item's goes on to the `,` or `]`
   * after it, over spaces and line breaks.
   */
  private flowCollection(open: number, limit: number, depth: number): YAMLMap | YAMLSeq {
    if (depth > MAX_DEPTH) throw OUTSIDE;
    const text = this.text;
    const isMap = text.charCodeAt(open) === 123;
    const closing = isMap ? 125 : 93;
    const items: (Pair | YamlNode)[] = [];
    let at = this.skipBlank(open + 1, limit);
    if (text.charCodeAt(at) !== closing)
      for (;;) {
        let end: number;
        if (isMap) {
          const key = this.flowKey(at, limit);
          for (const item of items) if ((item as Pair<Scalar>).key.value === key.value) throw OUTSIDE;
          const keyEnd = (key.range as Range)[1];
          // `:` at once after the key, then the value on the same line.
          const valueAt = this.skipSpaces(keyEnd + 1, limit);
          const value = this.flowValue(valueAt, limit, depth);
          const valueRange = value.range as Range;
          end = this.skipSpaces(valueRange[1], limit);
          if (end < limit && text.charCodeAt(end) === 10) end++;
          valueRange[2] = end;
          items.push(pairNode(key, value));
        } else {
          const item = this.flowValue(at, limit, depth);
          end = (item.range as Range)[1];
          (item.range as Range)[2] = end = this.skipBlank(end, limit);
          items.push(item);
        }
        const next = this.skipBlank(end, limit);
        const code = next < limit ? text.charCodeAt(next) : -1;
        if (code === closing) {
          at = next;
          break;
        }
        // A `,` and the next item (a trailing `,` before the end is the general parser's).
        if (code !== 44) throw OUTSIDE;
        at = this.skipBlank(next + 1, limit);
        if (at >= limit || text.charCodeAt(at) === closing) throw OUTSIDE;
      }
    if (at >= limit) throw OUTSIDE;
    const range: Range = [open, at + 1, at + 1];
    return isMap ? mapNode(items as Pair[], true, range) : seqNode(items as YamlNode[], true, range);
  }

  /** A key inside a flow mapping, followed at once by its `:` (and a space, after a plain key). */
  private flowKey(at: number, limit: number): Scalar<string> {
    const text = this.text;
    let key: Scalar<string>;
    if (text.charCodeAt(at) === 34) key = this.quoted(at, limit) as Scalar<string>;
    else {
      let end = at;
      while (end < limit && PLAIN_KEY_CHARACTER[text.charCodeAt(end)] === 1) end++;
      const source = text.slice(at, end);
      if (text.charCodeAt(end + 1) !== SPACE || !isPlainKey(source)) throw OUTSIDE;
      key = scalarNode(source, PLAIN, [at, end, end]) as Scalar<string>;
    }
    const colon = (key.range as Range)[1];
    if (colon >= limit || text.charCodeAt(colon) !== 58 || key.value === '__proto__') throw OUTSIDE;
    return key;
  }

  /** A scalar or flow collection inside a flow collection (its range[2] is left to the caller). */
  private flowValue(at: number, limit: number, depth: number): YamlNode {
    const text = this.text;
    const code = at < limit ? text.charCodeAt(at) : 10;
    if (code === 123 || code === 91) return this.flowCollection(at, limit, depth + 1);
    if (code === 34 || code === 39) return this.quoted(at, limit);
    if (code === 10 || INDICATOR_CHARACTER[code] === 1) throw OUTSIDE;
    const after = at + 1 < limit ? text.charCodeAt(at + 1) : 10;
    if (code === 45 && (after === SPACE || after === 10 || FLOW_INDICATOR_CHARACTER[after] === 1)) throw OUTSIDE;
    // A plain scalar ends at a flow indicator, at a `:` before a space, a line break or a flow indicator, at ` #`
    // and at the line's end; the spaces before that are not part of it.
    let end = at;
    for (let next = at; next < limit; next++) {
      const char = text.charCodeAt(next);
      if (char === 10 || FLOW_INDICATOR_CHARACTER[char] === 1) break;
      if (char === SPACE) {
        if (text.charCodeAt(next + 1) === 35) break;
        continue;
      }
      if (char === 58) {
        const following = next + 1 < limit ? text.charCodeAt(next + 1) : 10;
        if (following === SPACE || following === 10 || FLOW_INDICATOR_CHARACTER[following] === 1) break;
      }
      end = next + 1;
    }
    return plainScalar(text.slice(at, end), [at, end, end]);
  }

  private skipSpaces(from: number, limit: number): number {
    let at = from;
    while (at < limit && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** Past spaces and line breaks (only spaces inside a block, where `limit` is the line's end). */
  private skipBlank(from: number, limit: number): number {
    let at = from;
    for (let code = this.text.charCodeAt(at); at < limit && (code === SPACE || code === 10);)
      code = this.text.charCodeAt(++at);
    return at;
  }
}

/**
 * What `doc.toJS()` of the general parser's document holds at `path` (`undefined` when nothing is there), read
 * from a quick document's nodes. Throws {@link NotQuick} where this reader cannot tell (an alias, a timestamp).
 */
export function quickValueAt(root: YamlNode, path: readonly (string | number)[]): unknown {
  let node: YamlNode | undefined = root;
  for (const segment of path) {
    if (node instanceof YAMLMap) {
      const pair: Pair<Scalar, YamlNode> | undefined = (node.items as Pair<Scalar, YamlNode>[]).find(
        (item) => String(item.key.value) === String(segment),
      );
      if (!pair) return undefined;
      node = pair.value as YamlNode;
    } else if (node instanceof YAMLSeq) {
      if (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0) throw NOT_QUICK;
      node = node.items[segment] as YamlNode | undefined;
      if (node === undefined) return undefined;
    } else if (node instanceof Scalar) {
      const value: unknown = node.value;
      if (value !== null && typeof value === 'object') throw NOT_QUICK;
      return undefined;
    } else throw NOT_QUICK;
  }
  return node === undefined ? undefined : quickValue(node);
}

/** The JavaScript value of a quick node, as the general parser's `toJS()` gives it. */
function quickValue(node: YamlNode): unknown {
  if (node instanceof Scalar) return node.value;
  if (node instanceof YAMLSeq) return node.items.map((item) => quickValue(item as YamlNode));
  if (node instanceof YAMLMap) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items as Pair<Scalar, YamlNode>[])
      out[String(pair.key.value)] = quickValue(pair.value as YamlNode);
    return out;
  }
  throw NOT_QUICK;
}
