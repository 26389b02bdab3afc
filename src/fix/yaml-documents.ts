/**
 * Where the documents of a YAML text are, as the `yaml` package's `parseAllDocuments` sees them, without
 * parsing a large multi-document file as a whole when that can be avoided: a fix for one workload of a file of
 * ten thousand needs only its own document parsed.
 *
 * The `yaml` lexer starts a new document at every line that begins with `---` followed by a space, a tab, a
 * line break or the end of the text, whatever it was reading (a block or quoted scalar, a flow collection):
 * each such part of the text is one document, and parsed alone it gives the document the whole text gives, at
 * the same place. Texts where documents can start or end otherwise (directives, `...` end markers, a byte order
 * mark), and parts that do not parse alone to exactly one clean document, are parsed as a whole, as before.
 */
import { parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { readQuickDocument, type EditableDocument } from './quick-yaml.js';
import { keptByText } from '../util/kept-by-text.js';

type AnyDoc = Document.Parsed;

/** The documents of a text, as the editor sees them. */
export function parseDocuments(text: string): AnyDoc[] {
  return parseAllDocuments(text, {
    version: '1.1',
    uniqueKeys: false,
    keepSourceTokens: false,
    logLevel: 'error',
  }) as AnyDoc[];
}

/**
 * The documents of a text that is only read (`toJS`, errors), never edited. Placing the changes of a scan asks
 * about the same few files again and again (the bases many overlays share, a chart's values), so the parse of
 * the texts last asked about is kept; large texts are parsed on each ask rather than held.
 */
export function documentsToRead(text: string): readonly AnyDoc[] {
  if (text.length > READ_ONLY_MAX_LENGTH) return parseDocuments(text);
  let docs = readOnlyDocuments.get(text);
  if (docs === undefined) {
    docs = parseDocuments(text);
    readOnlyLength += text.length;
    for (const kept of readOnlyDocuments.keys()) {
      if (readOnlyLength <= READ_ONLY_KEPT_LENGTH) break;
      readOnlyDocuments.delete(kept);
      readOnlyLength -= kept.length;
    }
  } else readOnlyDocuments.delete(text);
  // Last asked, last out.
  readOnlyDocuments.set(text, docs);
  return docs;
}

const readOnlyDocuments = new Map<string, readonly AnyDoc[]>();
/** Characters of the texts kept; a parse holds several times its text. */
let readOnlyLength = 0;
const READ_ONLY_KEPT_LENGTH = 2 * 1024 * 1024;
const READ_ONLY_MAX_LENGTH = 256 * 1024;

/** A document's place in its text: `start` and `end` as in the `yaml` package's `range` (`range[0]`, `range[2]`). */
export interface DocumentSpan {
  readonly start: number;
  readonly end: number;
  /** The document parsed from exactly `text.slice(start, end)`, when finding the span parsed that text anyway. */
  readonly parsed?: EditableDocument;
}

/** What is known about a text's documents: its `---` parts, and spans found so far, or the ranges of a whole parse. */
interface DocumentTable {
  /** Offsets where the parts start: 0, then every `---` line; undefined when the text is parsed as a whole. */
  readonly parts: readonly number[] | undefined;
  /** The part holding document 0: 1 when the text before the first `---` line holds no document, else 0. */
  firstPart?: 0 | 1;
  /** Ranges from parsing the whole text (only when a part could not be read alone, or the text is not split). */
  whole?: readonly (readonly [number, number])[];
  /**
   * The last part read alone and what it gave: consecutive questions are mostly about one document, and a text
   * of a single document (a JSON List, one big manifest) is one part that would otherwise be parsed per question.
   * `unclaimed` is the document that reading gave, kept until one {@link documentSpan} takes it: placing a fix
   * asks where a workload's document is, and the edit that follows then does not read a whole JSON List again.
   */
  lastPart?: { readonly part: number; readonly found: DocumentSpan | null | undefined; unclaimed?: EditableDocument };
}

/** Tables of the texts last asked about (a fix places many changes in one file, then edits it). */
const tableOf = keptByText(16, (text): DocumentTable => ({ parts: splittable(text) ? partStarts(text) : undefined }));

/** Whether every document of the text starts at a `---` line or at its beginning (see the module comment). */
function splittable(text: string): boolean {
  return (
    !text.includes('\uFEFF') &&
    !text.startsWith('%') &&
    !text.startsWith('...') &&
    !text.includes('\n%') &&
    !text.includes('\n...')
  );
}

function isMarkerAt(text: string, at: number): boolean {
  if (!text.startsWith('---', at)) return false;
  const next = text[at + 3];
  return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
}

function partStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 4))
    if (isMarkerAt(text, at + 1)) starts.push(at + 1);
  return starts;
}

function wholeRanges(text: string, table: DocumentTable): readonly (readonly [number, number])[] {
  table.whole ??= parseDocuments(text).map((doc): [number, number] => [doc.range[0], doc.range[2]]);
  return table.whole;
}

/**
 * The one document of a part parsed alone, with its span in the whole text; undefined when the part does not
 * give exactly one document without errors (then the whole text decides). `allowEmpty`: the part before the
 * first `---` line may hold no document at all (comments only); null then.
 */
function partDocument(
  text: string,
  table: DocumentTable,
  parts: readonly number[],
  part: number,
  allowEmpty: boolean,
  claim = false,
): DocumentSpan | null | undefined {
  let found: DocumentSpan | null | undefined;
  const last = table.lastPart;
  if (last?.part === part) {
    // The span, and the parsed document only to the first caller that claims it: a caller may edit what it is handed.
    const known = last.found;
    const parsed = claim ? last.unclaimed : undefined;
    if (parsed) last.unclaimed = undefined;
    found = known ? { start: known.start, end: known.end, ...(parsed ? { parsed } : {}) } : known;
  } else {
    found = readPart(text, parts, part);
    table.lastPart = { part, found: found ? { start: found.start, end: found.end } : found };
    if (found?.parsed && !claim) table.lastPart.unclaimed = found.parsed;
  }
  return found === null && !allowEmpty ? undefined : found;
}

/** What {@link partDocument} says of a part with `allowEmpty`, read from the text. */
function readPart(text: string, parts: readonly number[], part: number): DocumentSpan | null | undefined {
  const from = parts[part] ?? text.length;
  const to = parts[part + 1] ?? text.length;
  const chunk = text.slice(from, to);
  // A part the quick reader takes is one document without errors, from the part's start to its end.
  const quick = readQuickDocument(chunk);
  if (quick) return { start: from, end: to, parsed: quick };
  const docs = parseDocuments(chunk);
  if (docs.length === 0) return null;
  const doc = docs[0];
  if (docs.length !== 1 || doc === undefined || doc.errors.length > 0) return undefined;
  const [start, , end] = doc.range;
  return {
    start: from + start,
    end: from + end,
    ...(start === 0 && end === chunk.length ? { parsed: doc } : {}),
  };
}

/** The part holding document 0, or undefined when the text must be parsed as a whole. */
function firstPart(text: string, table: DocumentTable): 0 | 1 | undefined {
  const parts = table.parts;
  if (parts === undefined || table.whole !== undefined) return undefined;
  if (table.firstPart === undefined) {
    if (isMarkerAt(text, 0)) table.firstPart = 0;
    else {
      const head = partDocument(text, table, parts, 0, true);
      if (head === undefined) return undefined;
      table.firstPart = head === null ? 1 : 0;
    }
  }
  return table.firstPart;
}

/** Index of the document whose range holds `offset` (the first such; the last document when none does). */
export function documentAt(text: string, offset: number): number {
  const table = tableOf(text);
  const parts = table.parts;
  const first = firstPart(text, table);
  if (parts !== undefined && first !== undefined && (offset === 0 || text[offset - 1] === '\n')) {
    let part = 0;
    for (let low = 0, high = parts.length - 1; low <= high;) {
      const middle = (low + high) >> 1;
      if ((parts[middle] ?? 0) <= offset) {
        part = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    // A line of a `---` part below its marker line, with something on it that is not a comment, is inside the
    // part's document and of no earlier one (whose ranges end at or before the marker).
    if (part > 0 || isMarkerAt(text, 0)) {
      const lineEnd = text.indexOf('\n', offset);
      const line = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
      if (offset > (parts[part] ?? 0) && /^[ \t]*[^ \t\r\n#]/.test(line)) return part - first;
    } else if (first === 0) {
      const head = partDocument(text, table, parts, 0, false);
      if (head && head.start <= offset && offset <= head.end) return 0;
    }
  }
  const ranges = wholeRanges(text, table);
  const index = ranges.findIndex(([start, end]) => start <= offset && offset <= end);
  return index >= 0 ? index : ranges.length - 1;
}

/** Where document `index` of the text is; undefined when the text has no such document. */
export function documentSpan(text: string, index: number): DocumentSpan | undefined {
  const table = tableOf(text);
  const first = firstPart(text, table);
  if (table.parts !== undefined && first !== undefined) {
    const part = index + first;
    if (index >= 0 && part < table.parts.length) {
      const found = partDocument(text, table, table.parts, part, false, true);
      if (found) return found;
    } else if (index >= 0) return undefined;
  }
  const range = wholeRanges(text, table)[index];
  return range === undefined ? undefined : { start: range[0], end: range[1] };
}
