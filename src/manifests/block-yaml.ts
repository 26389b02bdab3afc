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
import type { PosMap, PosNode, PosSeq } from './types.js';
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
export type DocumentReceiver = (document: BlockDocument | OtherDocument, lineStarts: readonly number[]) => boolean;

/** Resolves a plain scalar the way the general parser does (YAML 1.1 as Kubernetes reads it). */
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

/** Characters that may not start a plain key or value in this subset (YAML indicators and friends). */
const NOT_PLAIN_START = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((char) => char.charCodeAt(0)));
/** Anything that makes the whole text the general parser's business. */
export const UNSUPPORTED_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f\u0085\u2028\u2029\ufeff]/;

const LINE_BREAK_OTHER_THAN_NEWLINE = /[\r\u0085\u2028\u2029\ufeff]/;

/** The end of a span without the line breaks a block scalar or plain value may end with (both readers keep span ends so). */
export function trimmedEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && (text.charCodeAt(at - 1) === NEWLINE || text.charCodeAt(at - 1) === 13)) at--;
  return at;
}

/** Thrown (and caught right away) when the text leaves the supported subset. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset();

/** A node together with the two ends the general parser gives it: its value end and its node end. */
interface Read {
  readonly value: unknown;
  /** What the position index keeps: undefined for scalars inside maps (see PositionIndexer in parse.ts). */
  readonly position: PosNode;
  /** The general parser's range[1]. */
  readonly valueEnd: number;
  /** The general parser's range[2] (after a trailing comment and line break). */
  readonly nodeEnd: number;
  readonly scalar: boolean;
  /** A collection or alias written on its indicator's line (`[a]`, `{}`, `*x`), which a map entry's span includes. */
  readonly inline: boolean;
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
  if (LINE_BREAK_OTHER_THAN_NEWLINE.test(text)) return false;
  try {
    return new BlockReader(text, resolvePlain, maxDepth, maxAliasCount).read(receive);
  } catch {
    return false;
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
): { readonly value: unknown; readonly position: PosNode; readonly lineStarts: readonly number[] } | undefined {
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

class BlockReader {
  /** Offset of each line's first character. */
  private readonly starts: number[] = [];
  /** Offset of each line's end (its line break, or the end of the text). */
  private readonly ends: number[] = [];
  /** Column of each line's first non-space character; -1 for blank lines. */
  private readonly indents: number[] = [];
  /** The current line. */
  private line = 0;
  /** The line after the current document's last line. */
  private documentEnd = 0;
  /**
   * The current document's anchors: value, what a position lookup through an alias continues into, and
   * how often aliases used it. Only the simple case is read here: no alias inside an anchored node and
   * uses well below the general parser's alias budget, so its "excessive alias count" error cannot apply.
   */
  private anchors = new Map<string, { value: unknown; position: PosNode | undefined; uses: number }>();
  /** Anchored nodes being read (an alias inside one is left to the general parser). */
  private openAnchors = 0;

  constructor(
    private readonly text: string,
    private readonly resolvePlain: PlainScalarResolver,
    private readonly maxDepth: number,
    private readonly maxAliasCount: number,
    /** Keep node ends as the general parser's range[1] (untrimmed), for {@link readBlockTree}. */
    private readonly rawEnds = false,
  ) {
    let start = 0;
    const length = text.length;
    while (start <= length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = length;
      let column = start;
      while (column < end && text.charCodeAt(column) === SPACE) column++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(column === end ? -1 : column - start);
      if (end === length) break;
      start = end + 1;
    }
  }

  /** Offset of every line's start. */
  get lineStarts(): readonly number[] {
    return this.starts;
  }

  read(receive: DocumentReceiver): boolean {
    const count = this.starts.length;
    let line = 0;
    let index = 0;
    let first = true;
    while (line < count) {
      // A document runs to the next `---` line.
      let end = line + (first ? 0 : 1);
      while (end < count && !this.isMarker(end)) {
        const start = numberAt(this.starts, end);
        // Directives and document end markers are the general parser's business.
        if (this.text.charCodeAt(start) === 37 || this.text.startsWith('...', start)) throw OUTSIDE;
        end++;
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
      if (contentAfterMarker || UNSUPPORTED_CHARACTER.test(this.text.slice(start, endOffset))) throw OUTSIDE;
      return this.document(body, end, index) ?? { index };
    } catch (error) {
      if (error !== OUTSIDE) throw error;
      return { index, start, end: endOffset, line };
    }
  }

  readValue(): { readonly value: unknown; readonly position: PosNode } {
    const count = this.starts.length;
    for (let line = 0; line < count; line++) {
      const start = numberAt(this.starts, line);
      if (this.isMarker(line) || this.text.charCodeAt(start) === 37 || this.text.startsWith('...', start))
        throw OUTSIDE;
    }
    this.documentEnd = count;
    const first = this.nextContent(0, count);
    // Empty texts and scalars: the general parser's business.
    if (first >= count || this.indents[first] !== 0) throw OUTSIDE;
    this.line = first;
    const root = this.isSequenceEntry(first, 0) ? this.sequence(0, first, 1) : this.map(0, first, 0, 1);
    if (this.nextContent(this.line, count) < count) throw OUTSIDE;
    return { value: root.value, position: root.position };
  }

  private isMarker(line: number): boolean {
    const start = numberAt(this.starts, line);
    if (!this.text.startsWith('---', start)) return false;
    const next = start + 3;
    return next === this.ends[line] || this.text.charCodeAt(next) === SPACE;
  }

  private hasContentAfterMarker(line: number): boolean {
    const start = numberAt(this.starts, line) + 3;
    const end = numberAt(this.ends, line);
    for (let at = start; at < end; at++) {
      const code = this.text.charCodeAt(at);
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
      if (this.text.charCodeAt(numberAt(this.starts, line) + lineIndent) !== HASH || lineIndent <= indent) break;
      extended = this.lineBreakEnd(line);
    }
    return extended;
  }

  /** The first line at or after `line` (before `end`) that is neither blank nor a comment. */
  private nextContent(line: number, end: number): number {
    let at = line;
    while (at < end) {
      const indent = numberAt(this.indents, at);
      if (indent >= 0 && this.text.charCodeAt(numberAt(this.starts, at) + indent) !== HASH) return at;
      at++;
    }
    return end;
  }

  private document(body: number, end: number, index: number): BlockDocument | undefined {
    this.documentEnd = end;
    this.anchors = new Map();
    const first = this.nextContent(body, end);
    if (this.indents[first] !== 0 || this.isSequenceEntry(first, 0)) throw OUTSIDE;
    this.line = first;
    const root = this.map(0, first, 0, 1);
    if (this.nextContent(this.line, end) < end) throw OUTSIDE;
    const value = root.value as Record<string, unknown>;
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
    return { index, value, position: root.position as PosMap };
  }

  private isSequenceEntry(line: number, column: number): boolean {
    const at = numberAt(this.starts, line) + column;
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === SPACE;
  }

  /**
   * A block mapping whose entries start at `indent`; the first entry starts on `line` at `column` (which is
   * `indent` except for a map that opens a sequence entry, `- key: value`).
   */
  private map(indent: number, line: number, column: number, depth: number): Read {
    if (depth > this.maxDepth) throw OUTSIDE;
    const value: Record<string, unknown> = {};
    const keys: string[] = [];
    const spans: number[] = [];
    const values: (PosNode | undefined)[] = [];
    const start = numberAt(this.starts, line) + column;
    let entryLine = line;
    let entryColumn = column;
    let end = start;
    let lastRead: Read | undefined;
    for (;;) {
      const entry = this.entry(indent, entryLine, entryColumn, depth);
      lastRead = entry.read;
      if (Object.prototype.hasOwnProperty.call(value, entry.key) || entry.key === '__proto__') throw OUTSIDE;
      value[entry.key] = entry.read.value;
      keys.push(entry.key);
      spans.push(entry.keyStart, entry.spanEnd);
      values.push(entry.read.scalar ? undefined : entry.read.position);
      end = entry.read.nodeEnd;
      const next = this.nextContent(this.line, this.documentEnd);
      if (next >= this.documentEnd) break;
      const nextIndent = numberAt(this.indents, next);
      if (nextIndent < indent) break;
      if (nextIndent > indent || this.isSequenceEntry(next, indent)) throw OUTSIDE;
      entryLine = next;
      entryColumn = indent;
    }
    // After a block sequence nothing takes them.
    if (!(lastRead.position.kind === 'seq' && !lastRead.inline)) end = this.trailingComments(end, indent);
    const position: PosMap = { kind: 'map', start, end: this.nodeEnd(end), keys, spans, values, merges: undefined };
    return { value, position, valueEnd: end, nodeEnd: end, scalar: false, inline: false };
  }

  /** One `key: value` entry at `line`/`column`; leaves `this.line` after the value. */
  private entry(
    indent: number,
    line: number,
    column: number,
    depth: number,
  ): { key: string; keyStart: number; spanEnd: number; read: Read } {
    const lineEnd = numberAt(this.ends, line);
    const keyStart = numberAt(this.starts, line) + column;
    const firstCode = this.text.charCodeAt(keyStart);
    let key: string;
    let colon: number;
    if (firstCode === DOUBLE_QUOTE || firstCode === SINGLE_QUOTE) {
      // A quoted key ("helm.sh/hook": ...) is a string as written; the colon must follow the quote.
      const quoted = this.quotedText(keyStart, lineEnd, firstCode);
      colon = quoted.end;
      if (this.text.charCodeAt(colon) !== COLON || (colon + 1 !== lineEnd && this.text.charCodeAt(colon + 1) !== SPACE))
        throw OUTSIDE;
      key = quoted.value;
    } else {
      if (NOT_PLAIN_START.has(firstCode)) throw OUTSIDE;
      // The key ends at the first `: ` (or `:` at the end of the line); a ` #` before it is a comment.
      colon = -1;
      for (let at = keyStart; at < lineEnd; at++) {
        const code = this.text.charCodeAt(at);
        if (code === COLON) {
          const after = at + 1;
          if (after === lineEnd || this.text.charCodeAt(after) === SPACE) {
            colon = at;
            break;
          }
        } else if (code === HASH && this.text.charCodeAt(at - 1) === SPACE) {
          throw OUTSIDE;
        }
      }
      if (colon < 0 || this.text.charCodeAt(colon - 1) === SPACE) throw OUTSIDE;
      const source = this.text.slice(keyStart, colon);
      // `<<` merges another map in (YAML 1.1): the general parser's business.
      if (source === '<<') throw OUTSIDE;
      const resolved = this.resolvePlain(source);
      if (!resolved || typeof resolved.value !== 'string') throw OUTSIDE;
      key = resolved.value;
    }
    const keyEnd = colon;
    let at = colon + 1;
    while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
    let read: Read;
    if (at === lineEnd || this.text.charCodeAt(at) === HASH) {
      read = this.blockValue(indent, line, at, lineEnd, depth, true);
    } else {
      read = this.inlineValue(indent, line, at, depth, false);
    }
    const spanEnd = read.scalar || read.inline ? Math.max(read.valueEnd, keyEnd) : keyEnd;
    return { key, keyStart, spanEnd: trimmedEnd(this.text, spanEnd), read };
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
  ): Read {
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
        const code = this.text.charCodeAt(nextAt);
        if (nextIndent > parentIndent && after === lineEnd && (code === 123 /* { */ || code === 91) /* [ */) {
          return this.flowCollection(parentIndent, next, nextAt, depth);
        }
        return this.isSequenceEntry(next, nextIndent)
          ? this.sequence(nextIndent, next, depth + 1)
          : this.map(nextIndent, next, nextIndent, depth + 1);
      }
    }
    // Nothing nested: null. The general parser places the empty value after the indicator's spaces.
    const comment = after < lineEnd && this.text.charCodeAt(after) === HASH;
    if (comment) throw OUTSIDE;
    this.line = line + 1;
    return {
      value: null,
      position: { kind: 'leaf', start: after, end: after },
      valueEnd: after,
      nodeEnd: after,
      scalar: true,
      inline: false,
    };
  }

  /** A value that starts on its indicator's line at `at`. */
  private inlineValue(parentIndent: number, line: number, at: number, depth: number, inSequence: boolean): Read {
    const lineEnd = numberAt(this.ends, line);
    const code = this.text.charCodeAt(at);
    if (code === AMPERSAND) return this.anchored(parentIndent, line, at, depth, inSequence);
    if (code === ASTERISK) return this.alias(parentIndent, line, at);
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      if (inSequence) {
        // `- "key": value` opens a map.
        const after = this.quotedText(at, lineEnd, code).end;
        if (this.text.charCodeAt(after) === COLON) {
          const column = at - numberAt(this.starts, line);
          return this.map(column, line, column, depth + 1);
        }
      }
      return this.quoted(parentIndent, line, at, code);
    }
    if (code === PIPE) return this.literal(parentIndent, line, at);
    if (code === 123 /* { */ || code === 91 /* [ */) return this.flowCollection(parentIndent, line, at, depth);
    if (NOT_PLAIN_START.has(code) && code !== DASH) throw OUTSIDE;
    if (code === DASH) {
      const after = this.text.charCodeAt(at + 1);
      // `- - x` (a sequence in a sequence entry) or `key: - x`: not in this subset.
      if (at + 1 === lineEnd || after === SPACE) throw OUTSIDE;
    }
    // A plain scalar runs to the line's end or a ` #` comment; `: ` inside it makes it a mapping.
    let end = lineEnd;
    let colon = -1;
    for (let scan = at; scan < lineEnd; scan++) {
      const char = this.text.charCodeAt(scan);
      if (char === HASH && this.text.charCodeAt(scan - 1) === SPACE) {
        end = scan;
        break;
      }
      if (char === COLON && (scan + 1 === lineEnd || this.text.charCodeAt(scan + 1) === SPACE) && colon < 0)
        colon = scan;
    }
    if (colon >= 0) {
      if (!inSequence) throw OUTSIDE;
      // `- key: value`: a map whose entries line up with this key.
      const column = at - numberAt(this.starts, line);
      return this.map(column, line, column, depth + 1);
    }
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    const source = this.text.slice(at, end);
    // A more-indented line after a plain scalar continues it (a multi-line plain scalar).
    const nodeEnd = this.endOfLine(line, parentIndent);
    const resolved = this.resolvePlain(source);
    if (!resolved) throw OUTSIDE;
    return {
      value: resolved.value,
      position: { kind: 'leaf', start: at, end: this.nodeEnd(end) },
      valueEnd: end,
      nodeEnd,
      scalar: true,
      inline: false,
    };
  }

  /** `&name value`: the value, remembered for later aliases. */
  private anchored(parentIndent: number, line: number, at: number, depth: number, inSequence: boolean): Read {
    const lineEnd = numberAt(this.ends, line);
    const nameEnd = this.nameEnd(at + 1, lineEnd);
    const name = this.text.slice(at + 1, nameEnd);
    let valueAt = nameEnd;
    while (valueAt < lineEnd && this.text.charCodeAt(valueAt) === SPACE) valueAt++;
    if (valueAt === nameEnd && valueAt < lineEnd) throw OUTSIDE;
    this.openAnchors++;
    let read: Read;
    if (valueAt === lineEnd || this.text.charCodeAt(valueAt) === HASH) {
      read = this.blockValue(parentIndent, line, valueAt, lineEnd, depth, !inSequence);
      // An anchored empty value: left to the general parser.
      if (read.value === null) throw OUTSIDE;
    } else {
      const code = this.text.charCodeAt(valueAt);
      if (code === AMPERSAND || code === ASTERISK) throw OUTSIDE;
      // `- &a key: value` anchors the key, not a map: left to the general parser.
      if (inSequence && this.opensMap(valueAt, lineEnd)) throw OUTSIDE;
      read = this.inlineValue(parentIndent, line, valueAt, depth, inSequence);
    }
    this.openAnchors--;
    this.anchors.set(name, { value: read.value, position: read.scalar ? undefined : read.position, uses: 0 });
    return read;
  }

  /** `*name`: the anchored value itself (the same object, as the general parser gives). */
  private alias(parentIndent: number, line: number, at: number): Read {
    const lineEnd = numberAt(this.ends, line);
    const nameEnd = this.nameEnd(at + 1, lineEnd);
    const anchor = this.anchors.get(this.text.slice(at + 1, nameEnd));
    if (!anchor || this.openAnchors > 0) throw OUTSIDE;
    anchor.uses++;
    if (anchor.uses >= Math.min(this.maxAliasCount, 100)) throw OUTSIDE;
    if (nameEnd < lineEnd && this.text.charCodeAt(nameEnd) !== SPACE) throw OUTSIDE;
    this.afterValue(line, nameEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    const position: PosNode = { kind: 'alias', start: at, end: nameEnd, target: anchor.position };
    return { value: anchor.value, position, valueEnd: nameEnd, nodeEnd, scalar: false, inline: true };
  }

  /** The end of an anchor or alias name (letters, digits, `_`, `-`, `.`); anything unusual is left to the general parser. */
  private nameEnd(from: number, lineEnd: number): number {
    let at = from;
    while (at < lineEnd) {
      const code = this.text.charCodeAt(at);
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
    if (at < lineEnd && this.text.charCodeAt(at) !== SPACE) throw OUTSIDE;
    return at;
  }

  /** Whether the plain text at `at` is a `key: value` entry (a `: ` before any ` #`). */
  private opensMap(at: number, lineEnd: number): boolean {
    for (let scan = at; scan < lineEnd; scan++) {
      const char = this.text.charCodeAt(scan);
      if (char === HASH && this.text.charCodeAt(scan - 1) === SPACE) return false;
      if (char === COLON && (scan + 1 === lineEnd || this.text.charCodeAt(scan + 1) === SPACE)) return true;
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
    return this.lineBreakEnd(line);
  }

  /** Where a node on `line` ends for the general parser: after the line break that closes it. */
  private lineBreakEnd(line: number): number {
    const end = numberAt(this.ends, line);
    return end < this.text.length ? end + 1 : end;
  }

  /** A one-line quoted scalar starting at `at`: its value and the offset after its closing quote. */
  private quotedText(at: number, lineEnd: number, quote: number): { value: string; end: number } {
    let scan = at + 1;
    while (scan < lineEnd) {
      const char = this.text.charCodeAt(scan);
      // Escapes are left to the general parser.
      if (quote === DOUBLE_QUOTE && char === BACKSLASH) throw OUTSIDE;
      if (char === quote) {
        // `''` inside single quotes is one quote.
        if (quote === SINGLE_QUOTE && this.text.charCodeAt(scan + 1) === SINGLE_QUOTE) {
          scan += 2;
          continue;
        }
        const raw = this.text.slice(at + 1, scan);
        return { value: quote === SINGLE_QUOTE ? raw.replaceAll("''", "'") : raw, end: scan + 1 };
      }
      scan++;
    }
    throw OUTSIDE;
  }

  private quoted(parentIndent: number, line: number, at: number, quote: number): Read {
    const { value, end: valueEnd } = this.quotedText(at, numberAt(this.ends, line), quote);
    this.afterValue(line, valueEnd);
    const nodeEnd = this.endOfLine(line, parentIndent);
    return {
      value,
      position: { kind: 'leaf', start: at, end: valueEnd },
      valueEnd,
      nodeEnd,
      scalar: true,
      inline: false,
    };
  }

  /** After a quoted scalar or `[]`/`{}` only spaces and a comment may follow on the line. */
  private afterValue(line: number, from: number): void {
    const lineEnd = numberAt(this.ends, line);
    let at = from;
    while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
    if (at === lineEnd) return;
    if (this.text.charCodeAt(at) === HASH && at > from) return;
    throw OUTSIDE;
  }

  /**
   * A one-line flow collection: `[]`, `{}`, `["sh", "-c", x]`, `{name: a, ports: [{containerPort: 80}]}`,
   * with plain and simple quoted scalars, nested on the same line.
   */
  private flowCollection(parentIndent: number, line: number, open: number, depth: number): Read {
    const node = this.flowNode(open, numberAt(this.ends, line), depth + 1);
    this.afterValue(line, node.end);
    const nodeEnd = this.endOfLine(line, parentIndent);
    return { value: node.value, position: node.position, valueEnd: node.end, nodeEnd, scalar: false, inline: true };
  }

  /** A node inside a flow collection starting at `at`: its value, position and the offset after it. */
  private flowNode(at: number, lineEnd: number, depth: number): { value: unknown; position: PosNode; end: number } {
    const code = this.text.charCodeAt(at);
    if (code === 123 /* { */ || code === 91 /* [ */) {
      if (depth > this.maxDepth) throw OUTSIDE;
      return code === 123 ? this.flowMapping(at, lineEnd, depth) : this.flowSequence(at, lineEnd, depth);
    }
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      const quoted = this.quotedText(at, lineEnd, code);
      return { value: quoted.value, position: { kind: 'leaf', start: at, end: quoted.end }, end: quoted.end };
    }
    const end = this.flowPlainEnd(at, lineEnd);
    const resolved = this.resolvePlain(this.text.slice(at, end));
    if (!resolved) throw OUTSIDE;
    return { value: resolved.value, position: { kind: 'leaf', start: at, end }, end };
  }

  /**
   * The end of a plain scalar inside a flow collection (trailing spaces excluded): it runs to `,`, `]`, `}`
   * or a `: `. Nested brackets, comments and indicators at its start are left to the general parser.
   */
  private flowPlainEnd(at: number, lineEnd: number): number {
    const first = this.text.charCodeAt(at);
    if (at >= lineEnd) throw OUTSIDE;
    if (NOT_PLAIN_START.has(first)) {
      // `-` may start a plain scalar when a character that is neither space nor flow indicator follows (`--flag`, `-1`).
      const next = this.text.charCodeAt(at + 1);
      if (
        first !== DASH ||
        at + 1 >= lineEnd ||
        next === SPACE ||
        next === 44 ||
        next === 91 ||
        next === 93 ||
        next === 123 ||
        next === 125
      )
        throw OUTSIDE;
    }
    let scan = at;
    while (scan < lineEnd) {
      const char = this.text.charCodeAt(scan);
      if (char === 44 /* , */ || char === 93 /* ] */ || char === 125 /* } */) break;
      if (char === COLON) {
        const after = this.text.charCodeAt(scan + 1);
        if (
          scan + 1 === lineEnd ||
          after === SPACE ||
          after === 44 ||
          after === 93 ||
          after === 125 ||
          after === 91 ||
          after === 123
        )
          break;
      }
      if (char === 91 || char === 123 || (char === HASH && this.text.charCodeAt(scan - 1) === SPACE)) throw OUTSIDE;
      scan++;
    }
    let end = scan;
    while (end > at && this.text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  private skipSpaces(at: number, lineEnd: number): number {
    let scan = at;
    while (scan < lineEnd && this.text.charCodeAt(scan) === SPACE) scan++;
    return scan;
  }

  /**
   * After a flow entry: the offset of the next entry, or -1 after the closing `close` (whose offset is then
   * `this.flowClose`). A trailing comma is left to the general parser.
   */
  private flowNext(at: number, lineEnd: number, close: number): number {
    const scan = this.skipSpaces(at, lineEnd);
    const separator = this.text.charCodeAt(scan);
    if (scan < lineEnd && separator === close) {
      this.flowClose = scan;
      return -1;
    }
    if (scan >= lineEnd || separator !== 44 /* , */) throw OUTSIDE;
    const next = this.skipSpaces(scan + 1, lineEnd);
    if (next >= lineEnd || this.text.charCodeAt(next) === close) throw OUTSIDE;
    return next;
  }

  /** Where the last flow collection read closed (see flowNext). */
  private flowClose = 0;

  /** `[a, "b", {c: d}]` on one line. */
  private flowSequence(
    open: number,
    lineEnd: number,
    depth: number,
  ): { value: unknown[]; position: PosSeq; end: number } {
    const value: unknown[] = [];
    const items: PosNode[] = [];
    let at = this.skipSpaces(open + 1, lineEnd);
    let close = at;
    if (this.text.charCodeAt(at) !== 93 /* ] */) {
      for (;;) {
        const item = this.flowNode(at, lineEnd, depth + 1);
        // `[a: b]` (a pair in a sequence) is the general parser's business.
        if (this.text.charCodeAt(this.skipSpaces(item.end, lineEnd)) === COLON) throw OUTSIDE;
        value.push(item.value);
        items.push(item.position);
        at = this.flowNext(item.end, lineEnd, 93);
        if (at < 0) break;
      }
      close = this.flowClose;
    }
    const end = close + 1;
    return { value, position: { kind: 'seq', start: open, end, items }, end };
  }

  /** `{a: b, "c": [d]}` on one line: keys are plain or quoted strings, every key has a value. */
  private flowMapping(
    open: number,
    lineEnd: number,
    depth: number,
  ): { value: Record<string, unknown>; position: PosMap; end: number } {
    const value: Record<string, unknown> = {};
    const keys: string[] = [];
    const spans: number[] = [];
    const values: (PosNode | undefined)[] = [];
    let at = this.skipSpaces(open + 1, lineEnd);
    let close = at;
    if (this.text.charCodeAt(at) !== 125 /* } */) {
      for (;;) {
        const keyStart = at;
        const first = this.text.charCodeAt(at);
        let key: string;
        let keyEnd: number;
        if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
          const quoted = this.quotedText(at, lineEnd, first);
          key = quoted.value;
          keyEnd = quoted.end;
        } else {
          keyEnd = this.flowPlainEnd(at, lineEnd);
          const source = this.text.slice(at, keyEnd);
          if (source === '<<') throw OUTSIDE;
          const resolved = this.resolvePlain(source);
          if (!resolved || typeof resolved.value !== 'string') throw OUTSIDE;
          key = resolved.value;
        }
        // Only `key: value`: no empty values, no space before the colon, no overlong implicit keys.
        if (
          this.text.charCodeAt(keyEnd) !== COLON ||
          this.text.charCodeAt(keyEnd + 1) !== SPACE ||
          keyEnd - keyStart > 1000
        )
          throw OUTSIDE;
        if (Object.prototype.hasOwnProperty.call(value, key) || key === '__proto__') throw OUTSIDE;
        const valueAt = this.skipSpaces(keyEnd + 1, lineEnd);
        const code = this.text.charCodeAt(valueAt);
        if (valueAt >= lineEnd || code === 44 || code === 125) throw OUTSIDE;
        const item = this.flowNode(valueAt, lineEnd, depth + 1);
        value[key] = item.value;
        keys.push(key);
        spans.push(keyStart, item.end);
        values.push(item.position.kind === 'leaf' ? undefined : item.position);
        at = this.flowNext(item.end, lineEnd, 125);
        if (at < 0) break;
      }
      close = this.flowClose;
    }
    const end = close + 1;
    return { value, position: { kind: 'map', start: open, end, keys, spans, values, merges: undefined }, end };
  }

  /** A literal block scalar (`|`, `|-`, `|+`) whose content lines are indented deeper than the parent. */
  private literal(parentIndent: number, line: number, at: number): Read {
    let headerEnd = at + 1;
    const chomp = this.text.charCodeAt(headerEnd);
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
    return {
      value,
      position: { kind: 'leaf', start: at, end: this.nodeEnd(end) },
      valueEnd: end,
      nodeEnd: end,
      scalar: true,
      inline: false,
    };
  }

  /** A block sequence whose `-` indicators sit at `indent`, starting on `line`. */
  private sequence(indent: number, line: number, depth: number): Read {
    if (depth > this.maxDepth) throw OUTSIDE;
    const value: unknown[] = [];
    const items: (PosNode | undefined)[] = [];
    const start = numberAt(this.starts, line) + indent;
    let itemLine = line;
    let end = start;
    for (;;) {
      const lineStart = numberAt(this.starts, itemLine);
      const lineEnd = numberAt(this.ends, itemLine);
      let at = lineStart + indent + 1;
      while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
      const read =
        at === lineEnd || this.text.charCodeAt(at) === HASH
          ? this.blockValue(indent, itemLine, at, lineEnd, depth, false)
          : this.inlineValue(indent, itemLine, at, depth, true);
      value.push(read.value);
      items.push(read.position);
      end = read.nodeEnd;
      const next = this.nextContent(this.line, this.documentEnd);
      if (next >= this.documentEnd) break;
      const nextIndent = numberAt(this.indents, next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) throw OUTSIDE;
      // At the same indentation: another item, or (for a sequence under a key) the parent map's next key.
      if (!this.isSequenceEntry(next, indent)) break;
      itemLine = next;
    }
    const position: PosSeq = { kind: 'seq', start, end: this.nodeEnd(end), items };
    return { value, position, valueEnd: end, nodeEnd: end, scalar: false, inline: false };
  }

  /** A node's end as kept in its position: trimmed of line breaks, or as the general parser's range[1]. */
  private nodeEnd(offset: number): number {
    return this.rawEnds ? offset : trimmedEnd(this.text, offset);
  }
}
