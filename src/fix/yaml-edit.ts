/**
 * Edits YAML text in place: the `yaml` package's document API finds where each field is, and the change is
 * made as a text splice there, so every other byte (comments, key order, quoting, indentation, line endings,
 * flow style) stays as it was. Inserted lines follow the file's own indentation and sequence style.
 */
import { Document, Scalar } from 'yaml';
import { documentSpan, parseDocuments, type DocumentSpan } from './yaml-documents.js';
import { NotQuick, quickValueAt, readQuickDocument, type EditableDocument } from './quick-yaml.js';
import type { Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { FieldPath } from '../policy/types.js';
import { itemAt } from '../util/item-at.js';
import { expectedAfter, holdsExpected, isAlias, isMap, isPair, isScalar, isSeq } from './document-value.js';

/** One change to a YAML document, with a path relative to the document root. */
export type YamlChange =
  | { readonly action: 'set'; readonly path: FieldPath; readonly value: unknown }
  | { readonly action: 'delete'; readonly path: FieldPath }
  | { readonly action: 'append'; readonly path: FieldPath; readonly value: unknown };

/** A change the editor cannot make without rewriting more than the field (an alias on the way, a scalar root). */
export class YamlEditError extends Error {
  override readonly name = 'YamlEditError';
}

/** The file's habits: line ending, indentation step, whether `- ` items sit deeper than their key. */
export interface YamlStyle {
  readonly newline: string;
  readonly unit: number;
  readonly indentSequences: boolean;
  /**
   * The indentation unit of a pretty-printed JSON document (`JSON.stringify(value, null, 4)`, `kubectl get -o json`):
   * spaces or a tab. Values added inside it are printed the same way. Undefined for YAML and for JSON written on one
   * line or without indentation, where new values stay compact.
   */
  readonly jsonIndent?: string;
}

export function detectStyle(text: string): YamlStyle {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  let unit = 0;
  let indentSequences: boolean | undefined;
  // Lines as `split(/\r?\n/)` gives them, read one at a time: the first key lines decide, and a file of a million
  // lines is not split (nor searched from every key line to its end) to find them.
  const lineAfter = (from: number): { line: string; next: number } => {
    const end = text.indexOf('\n', from);
    if (end < 0) return { line: text.slice(from), next: -1 };
    return { line: text.slice(from, text[end - 1] === '\r' ? end - 1 : end), next: end + 1 };
  };
  for (let from = 0; from >= 0 && (unit === 0 || indentSequences === undefined);) {
    const { line, next: after } = lineAfter(from);
    from = after;
    if (after < 0 || !/:\s*(#.*)?$/.test(line) || /^\s*#/.test(line)) continue;
    let next: string | undefined;
    for (let at = after; at >= 0 && next === undefined;) {
      const candidate = lineAfter(at);
      if (candidate.line.trim() !== '' && !/^\s*#/.test(candidate.line)) next = candidate.line;
      at = candidate.next;
    }
    // Nothing but blank and comment lines below: the same for every later line.
    if (next === undefined) break;
    const keyIndent = line.length - line.replace(/^[\s-]*/, '').length;
    const nextIndent = next.length - next.trimStart().length;
    if (/^\s*- /.test(next)) {
      indentSequences ??= nextIndent > keyIndent;
      continue;
    }
    if (unit === 0 && nextIndent > keyIndent) unit = nextIndent - keyIndent;
  }
  const jsonIndent = jsonIndentOf(text);
  return {
    newline,
    unit: unit > 0 && unit <= 8 ? unit : 2,
    indentSequences: indentSequences ?? true,
    ...(jsonIndent === undefined ? {} : { jsonIndent }),
  };
}

/**
 * The indentation unit of a pretty-printed JSON text: what the line after its opening `{` or `[` line adds. Only the
 * first lines are read (a pretty printer opens the value alone on the first line); anything else is not pretty JSON.
 */
function jsonIndentOf(text: string): string | undefined {
  const open = text.search(/\S/);
  if (open < 0 || (text[open] !== '{' && text[open] !== '[')) return undefined;
  const firstEnd = text.indexOf('\n', open);
  if (firstEnd < 0 || text.slice(open + 1, firstEnd).trim() !== '') return undefined;
  const outer = text.slice(lineStart(text, open), open);
  const nextEnd = text.indexOf('\n', firstEnd + 1);
  const next = text.slice(firstEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  const unit = /^[ \t]*/.exec(next)?.[0].slice(outer.length) ?? '';
  // JSON.stringify takes at most 10 characters of indentation.
  return next.startsWith(outer) && /^( {1,10}|\t)$/.test(unit) && next.trim() !== '' ? unit : undefined;
}

/** `value` as a pretty printer writes it with the file's unit, its lines after the first starting with `pad`. */
function prettyJson(value: unknown, unit: string, pad: string, newline: string): string {
  return (JSON.stringify(value, null, unit) ?? 'null').replace(/\n/g, `${newline}${pad}`);
}

/**
 * The spaces or tabs before `offset` when nothing else is on its line before it: where a pretty printer starts a key
 * or a list item. Undefined when the line holds more before it (a mapping or list written on one line stays so).
 */
function padBefore(text: string, offset: number): string | undefined {
  const pad = text.slice(lineStart(text, offset), offset);
  return /^[ \t]*$/.test(pad) ? pad : undefined;
}

export { documentAt, documentsToRead, parseDocuments } from './yaml-documents.js';

/**
 * Applies changes to the documents of a file. Each document is edited as a text of its own (a large
 * multi-document file is not parsed again for every change), in the style of the whole file. `reader`
 * `general` reads every document with the general parser only: the editor as it was before the quick reader,
 * which tests hold the default to. `batches` false makes every change alone and reads the document after each: the
 * editor as it was before batches, which tests hold them to.
 */
export function editYamlFile(
  text: string,
  edits: readonly { readonly docIndex: number; readonly change: YamlChange }[],
  reader: 'quick' | 'general' = 'quick',
  batches = true,
): string {
  return editYamlFilePieces(text, edits, reader, batches).join('');
}

/**
 * {@link editYamlFile}'s text in pieces, in order (the unchanged parts and each edited document): a caller that may
 * never need the whole edited text (a report that only counts what a fix clears) joins them only when it does.
 */
export function editYamlFilePieces(
  text: string,
  edits: readonly { readonly docIndex: number; readonly change: YamlChange }[],
  reader: 'quick' | 'general' = 'quick',
  batches = true,
): string[] {
  const read = reader === 'quick' ? readDocument : readGeneral;
  const style = detectStyle(text);
  const byDoc = new Map<number, YamlChange[]>();
  for (const edit of edits) {
    const list = byDoc.get(edit.docIndex);
    if (list) list.push(edit.change);
    else byDoc.set(edit.docIndex, [edit.change]);
  }
  // Later documents first (the first error met is the one reported), each from the original text; the file is
  // put together once at the end, so a file of many edited documents is not copied once per document.
  const edited: { start: number; end: number; text: string }[] = [];
  for (const index of [...byDoc.keys()].sort((a, b) => b - a)) {
    const span = documentSpan(text, index);
    if (!span) throw new YamlEditError(`document ${index + 1} not found`);
    const { start, end } = span;
    const slice = text.slice(start, end);
    // The parse the span was found with places the first batch of changes (see editInBatches).
    let current = (reader === 'quick' ? takeParsed(span) : undefined) ?? read(slice);
    const changes = byDoc.get(index) ?? [];
    const byItem = current && changes.length > 1 ? flowItemsOf(current, changes) : undefined;
    if (byItem) {
      const wholeIsFlow = isQuickFlowDocument(current);
      // Item by item, the list's first parse is not needed again (unless that path gives up): letting it go keeps
      // one parse of a big JSON List alive at a time, not two, while the edited list is read and checked.
      current = undefined;
      const itemwise = editFlowItems(slice, byItem, changes, style, index, read, batches, wholeIsFlow);
      if (itemwise !== undefined) {
        edited.push({ start, end, text: itemwise });
        continue;
      }
      current = read(slice);
    }
    if (!current) throw new YamlEditError(`document ${index + 1} not found`);
    edited.push({ start, end, text: editDocument(slice, current, changes, style, index, read, batches) });
  }
  const pieces: string[] = [];
  let at = 0;
  for (const doc of edited.reverse()) {
    pieces.push(text.slice(at, doc.start), doc.text);
    at = doc.end;
  }
  pieces.push(text.slice(at));
  return pieces;
}

/** The parse a span was found with, taken off the span so that it is held only where it is used. */
function takeParsed(span: DocumentSpan): EditableDocument | undefined {
  const { parsed } = span;
  delete (span as { parsed?: EditableDocument }).parsed;
  return parsed;
}

/**
 * The changes of a `List` whose items are flow mappings (a JSON list as `kubectl get -o json` prints it), by item:
 * each item's place in the document and its changes, when every change is inside an item. Undefined otherwise.
 */
function flowItemsOf(
  doc: EditableDocument,
  changes: readonly YamlChange[],
): Map<number, { start: number; end: number; changes: YamlChange[] }> | undefined {
  const byItem = new Map<number, { start: number; end: number; changes: YamlChange[] }>();
  for (const change of changes) {
    const [list, item] = change.path;
    if (list !== 'items' || typeof item !== 'number' || change.path.length < 3) return undefined;
    let entry = byItem.get(item);
    if (entry === undefined) {
      const steps = walk(doc, ['items', item]);
      const node = steps.length === 3 ? itemAt(steps, 2).node : null;
      if (!isMap(node) || !node.flow || !node.range) return undefined;
      entry = { start: node.range[0], end: node.range[1], changes: [] };
      byItem.set(item, entry);
    }
    entry.changes.push({ ...change, path: change.path.slice(2) } as YamlChange);
  }
  return byItem;
}

/** Whether a document is the quick reader's reading of one flow mapping (JSON), with no block context around it. */
function isQuickFlowDocument(doc: EditableDocument | undefined): boolean {
  return doc !== undefined && !(doc instanceof Document) && isMap(doc.contents) && doc.contents.flow === true;
}

/**
 * A big JSON list edited item by item: each item's text is read and checked alone, so a list of a thousand
 * workloads is not read whole once per change. The edited document is then checked: item by item when the list
 * is one flow mapping the quick reader read (see {@link holdsItemChanges}), else read whole once and every
 * change checked in it; if anything fails, undefined (the caller edits the document whole, which reports the
 * error as before).
 */
function editFlowItems(
  slice: string,
  byItem: ReadonlyMap<number, { start: number; end: number; changes: YamlChange[] }>,
  changes: readonly YamlChange[],
  style: YamlStyle,
  index: number,
  read: (text: string) => EditableDocument | undefined,
  batches: boolean,
  wholeIsFlow: boolean,
): string | undefined {
  const pieces: string[] = [];
  const editedItems: { text: string; changes: readonly YamlChange[] }[] = [];
  let at = slice.length;
  try {
    for (const { start, end, changes: own } of [...byItem.values()].sort((a, b) => b.start - a.start)) {
      if (end > at) return undefined;
      const itemText = slice.slice(start, end);
      const doc = read(itemText);
      if (!doc) return undefined;
      const editedItem = editDocument(itemText, doc, own, style, index, read, batches);
      pieces.push(slice.slice(end, at), editedItem);
      if (wholeIsFlow) editedItems.push({ text: editedItem, changes: own });
      at = start;
    }
    pieces.push(slice.slice(0, at));
    const edited = pieces.reverse().join('');
    if (wholeIsFlow && editedItems.every((item) => holdsItemChanges(item.text, item.changes))) return edited;
    const verifyAll = (whole: EditableDocument | undefined): void => {
      const value =
        whole instanceof Document && whole.errors.length === 0
          ? { value: whole.toJS({ maxAliasCount: 100 }) }
          : undefined;
      for (const change of changes) verify(whole, change, value);
    };
    try {
      verifyAll(read(edited));
    } catch (error) {
      // A value on a change's path that only the general parser holds (see NotQuick): checked as it always was.
      if (!(error instanceof NotQuick)) throw error;
      verifyAll(readGeneral(edited));
    }
    return edited;
  } catch (error) {
    if (error instanceof YamlEditError) return undefined;
    throw error;
  }
}

/**
 * Whether an edited item of a flow `List` holds its changes, checked on the item alone: what checking them on the
 * whole edited list would find, without reading the whole list again. The list was read by the quick reader as one
 * flow mapping (no block context, anchors, aliases, tags, comments or document markers anywhere in it), and the text
 * outside the edited items is as it was. The quick reader reads a flow mapping from its `{` to its `}` alone, so
 * an edited item that it reads alone as one flow mapping, from its first character to its last, is read the same
 * inside the list: the edited list's nodes are the list's with each edited item's nodes in place, and each change's
 * value is found at its path in the item as at its `items` path in the list. False where the item does not read so
 * or a value cannot be told from its nodes (the caller then reads the whole list, as before).
 */
function holdsItemChanges(text: string, changes: readonly YamlChange[]): boolean {
  const doc = readQuickDocument(text);
  if (!doc || !doc.contents.flow || doc.contents.range?.[1] !== text.length) return false;
  try {
    for (const change of changes) verify(doc, change);
    return true;
  } catch {
    return false;
  }
}

/**
 * A document's changes made, read back and checked: in batches ({@link editInBatches}) when they allow it, else one
 * by one, each change placed with the parse that checked the one before.
 */
function editDocument(
  text: string,
  doc: EditableDocument,
  changes: readonly YamlChange[],
  style: YamlStyle,
  index: number,
  read: (text: string) => EditableDocument | undefined,
  batches: boolean,
): string {
  if (batches && changes.length > 1) {
    const batched = editInBatches(text, doc, changes, style, read);
    if (batched !== undefined) return batched;
  }
  let slice = text;
  let current: EditableDocument | undefined = doc;
  for (const change of changes) {
    if (!current) throw new YamlEditError(`document ${index + 1} not found`);
    ({ text: slice, doc: current } = applyChecked(slice, current, change, style, index, read));
  }
  return slice;
}

/**
 * One document's changes made in batches, each read with `read` (tests count the reads); undefined where the editor
 * makes them one by one instead.
 */
export function editDocumentInBatches(
  text: string,
  changes: readonly YamlChange[],
  read: (text: string) => EditableDocument | undefined = readDocument,
): string | undefined {
  const doc = read(text);
  return doc === undefined ? undefined : editInBatches(text, doc, changes, detectStyle(text), read);
}

/** Whether `a` and `b` share more than an end point. */
function overlaps(a: Claim, b: Claim): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Whether two splices meet (touching counts: two insertions at one place would need an order). */
function meet(a: Splice, b: Splice): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Makes the changes of one document in as few reads as their places allow, with exactly the text that making them
 * one by one gives, or returns undefined (the caller then makes them one by one, which also reports any error).
 *
 * Changes are placed, in order, on one parse while each leaves alone what the others read (their claims do not
 * overlap and their splices do not meet): such changes give the same text in any order, so they are made together,
 * from the end, and the text is read once for the next batch. Changes that add keys to one block mapping are one
 * insertion of all their lines, as the second alone would land right after the first's lines; a change that
 * would go into what another made, or change a value another set, waits for the next batch. At the end the
 * document is read once more and its whole value must be the value before with every change made.
 */
function editInBatches(
  text: string,
  doc: EditableDocument,
  changes: readonly YamlChange[],
  style: YamlStyle,
  read: (text: string) => EditableDocument | undefined,
): string | undefined {
  try {
    const expected = expectedAfter(doc, text, changes);
    let current: EditableDocument | undefined = doc;
    let edited = text;
    for (let next = 0; next < changes.length;) {
      if (!current || current.errors.length > 0) return undefined;
      const batch: { claims: readonly Claim[]; splice: Splice | undefined; group?: MergeGroup }[] = [];
      const groups = new Map<object, MergeGroup>();
      for (; next < changes.length; next++) {
        const placed = placeChange(edited, current, itemAt(changes, next), style);
        const group = placed.merge ? groups.get(placed.merge.target) : undefined;
        if (group && placed.merge && mergeInto(group, placed.merge)) continue;
        const clashes = batch.some(
          (other) =>
            placed.claims.some((claim) => other.claims.some((known) => overlaps(claim, known))) ||
            (placed.splice !== undefined && other.splice !== undefined && meet(placed.splice, other.splice)),
        );
        if (clashes) break;
        if (placed.merge && !group) {
          const created = newGroup(placed.merge);
          if (created) {
            groups.set(placed.merge.target, created);
            batch.push({ claims: placed.claims, splice: placed.splice, group: created });
            continue;
          }
        }
        batch.push({ claims: placed.claims, splice: placed.splice });
      }
      const splices = batch
        .map((entry) => (entry.group ? entry.group.build(entry.group.entries) : entry.splice))
        .filter((splice): splice is Splice => splice !== undefined)
        .sort((a, b) => b.start - a.start);
      for (const splice of splices) edited = applySplice(edited, splice);
      current = read(edited);
    }
    if (!current || current.errors.length > 0 || !holdsExpected(current, edited, expected)) return undefined;
    return edited;
  } catch {
    // A change the batch cannot make, or a value it cannot tell: made one by one, as always.
    return undefined;
  }
}

/** Changes into one block mapping made as one insertion: `key: value` entries, values built up by path. */
interface MergeGroup {
  readonly entries: [string, unknown][];
  /** The mappings made on the way to a changed value (only these may take more keys). */
  readonly made: Set<object>;
  readonly build: MergeSite['build'];
}

/** Keys a JavaScript object keeps in the order they were added (not array indexes, not `__proto__`). */
function orderedKey(key: string): boolean {
  return !/^\d+$/.test(key) && key !== '__proto__';
}

function newGroup(site: MergeSite): MergeGroup | undefined {
  const group: MergeGroup = { entries: [], made: new Set(), build: site.build };
  return mergeInto(group, site) ? group : undefined;
}

/**
 * Adds a change to a group when making it after the group's changes inserts its lines where the group's lines for
 * it go: its key is new, or it goes on into mappings the group made on the way (never into a value one set).
 */
function mergeInto(group: MergeGroup, site: MergeSite): boolean {
  if (!orderedKey(site.key)) return false;
  // `nest` makes the mappings on the way; its innermost value is the change's own.
  const made = new Set<object>();
  let value = site.value;
  for (;;) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) break;
    const keys = Object.keys(value);
    const inner = keys.length === 1 ? (value as Record<string, unknown>)[itemAt(keys, 0)] : undefined;
    if (inner === undefined || !NEST_STEPS.has(value)) break;
    if (!orderedKey(itemAt(keys, 0))) return false;
    made.add(value);
    value = inner;
  }
  const known = group.entries.find(([key]) => key === site.key);
  if (!known) {
    group.entries.push([site.key, site.value]);
    for (const step of made) group.made.add(step);
    return true;
  }
  // The same key: into what the group made, down to a key it does not have yet.
  let into = known[1];
  let from = site.value;
  for (;;) {
    if (into === null || typeof into !== 'object' || !group.made.has(into) || !made.has(from as object)) return false;
    const [key] = Object.keys(from as object) as [string];
    const inner = (from as Record<string, unknown>)[key];
    const target = into as Record<string, unknown>;
    if (!Object.hasOwn(target, key)) {
      target[key] = inner;
      for (const step of made) group.made.add(step);
      return true;
    }
    into = target[key];
    from = inner;
  }
}

/** The mappings `nest` makes, so a set value that happens to be a one-key mapping is not taken for a path step. */
const NEST_STEPS = new WeakSet<object>();

/**
 * A document's text as the editor reads it: by the quick reader when the text lies within its subset (the same
 * nodes, without errors), else by the general parser.
 */
function readDocument(text: string): EditableDocument | undefined {
  return readQuickDocument(text) ?? readGeneral(text);
}

function readGeneral(text: string): EditableDocument | undefined {
  return parseDocuments(text)[0];
}

/**
 * One change placed with `doc` (the parse of `text`), and the changed text read and checked. When the quick
 * reader's document cannot answer something the change asks (see {@link NotQuick}), the step is made again from
 * the general parser's documents, as it always was.
 */
function applyChecked(
  text: string,
  doc: EditableDocument,
  change: YamlChange,
  style: YamlStyle,
  index: number,
  read: (text: string) => EditableDocument | undefined,
): { text: string; doc: EditableDocument | undefined } {
  try {
    const changed = applyOne(text, doc, change, style);
    const parsed = read(changed);
    verify(parsed, change);
    return { text: changed, doc: parsed };
  } catch (error) {
    if (!(error instanceof NotQuick)) throw error;
    const general = readGeneral(text);
    if (!general) throw new YamlEditError(`document ${index + 1} not found`);
    const changed = applyOne(text, general, change, style);
    const parsed = readGeneral(changed);
    verify(parsed, change);
    return { text: changed, doc: parsed };
  }
}

/**
 * Checks that `doc` parses and holds the change's value. `whole` is the document's value when the caller has it
 * already (one document checked for many changes is turned into values once).
 */
function verify(doc: EditableDocument | undefined, change: YamlChange, whole?: { value: unknown }): void {
  if (!doc || doc.errors.length > 0)
    throw new YamlEditError(
      `the edit at ${change.path.join('.')} would not parse: ${doc?.errors[0]?.message ?? 'document missing'}`,
    );
  if (change.action === 'delete') return;
  let value: unknown;
  if (doc instanceof Document) {
    value = whole ? whole.value : doc.toJS({ maxAliasCount: 100 });
    for (const segment of change.path)
      value =
        value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
  } else value = quickValueAt(doc.contents as YamlNode, change.path);
  const ok =
    change.action === 'set'
      ? JSON.stringify(value) === JSON.stringify(change.value)
      : Array.isArray(value) && value.some((item) => JSON.stringify(item) === JSON.stringify(change.value));
  if (!ok) throw new YamlEditError(`the edit at ${change.path.join('.')} did not give the intended value`);
}

interface Step {
  readonly node: YamlNode | null;
  readonly pair?: Pair<YamlNode, YamlNode | null>;
}

/** The nodes along `path`, as far as they exist. */
function walk(doc: EditableDocument, path: FieldPath): Step[] {
  const steps: Step[] = [{ node: doc.contents as YamlNode | null }];
  for (const segment of path) {
    const node = itemAt(steps, steps.length - 1).node;
    if (isAlias(node)) throw new YamlEditError('the field is reached through a YAML alias; edit it by hand');
    if (isMap(node)) {
      const pair = (node as YAMLMap<YamlNode, YamlNode | null>).items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      steps.push({ node: pair.value, pair });
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = (node as YAMLSeq<YamlNode>).items[segment];
      if (item === undefined) break;
      steps.push({ node: item });
    } else break;
  }
  return steps;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Offset just after the line break that ends the line holding `offset - 1` (or the text's end). */
function afterLine(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const at = text.indexOf('\n', end);
  return at < 0 ? text.length : at + 1;
}
function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const YAML11_SPECIAL = /^(y|n|yes|no|true|false|on|off|null|~)$/i;

function scalarText(value: unknown, quote: 'plain' | 'double' | 'single' = 'plain'): string {
  if (typeof value === 'string') {
    if (quote === 'single' && !value.includes("'")) return `'${value}'`;
    if (quote === 'double' || !PLAIN_SAFE.test(value) || YAML11_SPECIAL.test(value)) return JSON.stringify(value);
    return value;
  }
  if (value === null || value === undefined) return 'null';
  return String(value);
}

function flowText(value: unknown, quoteKeys: boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => flowText(item, quoteKeys)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const body = entries
      .map(([key, item]) =>
        quoteKeys
          ? `${JSON.stringify(key)}:${flowText(item, quoteKeys)}`
          : `${scalarText(key)}: ${flowText(item, quoteKeys)}`,
      )
      .join(quoteKeys ? ',' : ', ');
    return `{${body}}`;
  }
  return quoteKeys ? JSON.stringify(value) : scalarText(value);
}

/** Block lines for `key: value` at `indent`, in the file's style. */
export function blockLines(key: string, value: unknown, indent: number, style: YamlStyle): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}${scalarText(key)}: []`];
    const itemIndent = indent + (style.indentSequences ? style.unit : 0);
    return [`${pad}${scalarText(key)}:`, ...value.flatMap((item) => itemLines(item, itemIndent, style))];
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [`${pad}${scalarText(key)}: {}`];
    return [
      `${pad}${scalarText(key)}:`,
      ...entries.flatMap(([child, item]) => blockLines(child, item, indent + style.unit, style)),
    ];
  }
  return [`${pad}${scalarText(key)}: ${scalarText(value)}`];
}

/** A `- ` list item at `indent`: a scalar, or a mapping whose first key sits on the dash line. */
function itemLines(item: unknown, indent: number, style: YamlStyle): string[] {
  const pad = ' '.repeat(indent);
  if (item === null || typeof item !== 'object' || Array.isArray(item) || Object.keys(item).length === 0) {
    return [`${pad}- ${item !== null && typeof item === 'object' ? flowText(item, false) : scalarText(item)}`];
  }
  const lines = Object.entries(item as Record<string, unknown>).flatMap(([key, value]) =>
    blockLines(key, value, indent + 2, style),
  );
  return [`${pad}- ${itemAt(lines, 0).trimStart()}`, ...lines.slice(1)];
}

/** `{a: {b: value}}` for the rest of a path. */
function nest(path: FieldPath, value: unknown): unknown {
  let out = value;
  for (let i = path.length - 1; i >= 0; i--) {
    out = { [String(path[i])]: out };
    NEST_STEPS.add(out as object);
  }
  return out;
}

/** `text.slice(start, end)` replaced by `insert`: what one change does to a document's text. */
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

function spliceAt(start: number, end: number, insert: string): Splice {
  return { start, end, insert };
}

function applySplice(text: string, splice: Splice): string {
  return text.slice(0, splice.start) + splice.insert + text.slice(splice.end);
}

/** An interval `[start, end]` of a text that placing a change read or replaced. */
type Claim = readonly [number, number];

/**
 * Where changes into one block mapping of missing keys go together: each such change alone inserts its lines where
 * the mapping ends, and the next one lands right after them, so together they are the same lines in one insertion.
 */
interface MergeSite {
  readonly target: object;
  readonly key: string;
  readonly value: unknown;
  /** The one splice that writes these `key: value` entries, in their order. */
  readonly build: (entries: readonly (readonly [string, unknown])[]) => Splice;
}

/**
 * One change placed with a parse of a text: the splice that makes it (none when the text holds it already), the
 * parts of the text its placement depends on, and where it may be merged with others into the same mapping.
 */
interface PlacedChange {
  readonly splice: Splice | undefined;
  readonly claims: readonly Claim[];
  readonly merge?: MergeSite;
}

/** The lines from the one holding `from` to the end of the one holding `to - 1` (with its line break). */
function lineClaim(text: string, from: number, to: number): Claim {
  return [lineStart(text, from), afterLine(text, to)];
}

function applyOne(text: string, doc: EditableDocument, change: YamlChange, style: YamlStyle): string {
  const { splice } = placeChange(text, doc, change, style);
  return splice === undefined ? text : applySplice(text, splice);
}

function placeChange(text: string, doc: EditableDocument, change: YamlChange, style: YamlStyle): PlacedChange {
  if (doc.errors.length > 0) throw new YamlEditError(`the file does not parse: ${doc.errors[0]?.message ?? ''}`);
  const steps = walk(doc, change.path);
  const found = steps.length - 1;
  const last = itemAt(steps, found);
  if (found === change.path.length) {
    if (change.action === 'delete') return deleteAt(text, steps, change.path);
    const node = last.node;
    if (change.action === 'append' && isSeq(node)) {
      const [start, end] = node.range ?? [0, 0];
      // Pretty-printed JSON reads the line up to the list's key too.
      const ownerKeyStart = (last.pair?.key as YamlNode | null | undefined)?.range?.[0];
      const flowFrom =
        style.jsonIndent === undefined ? start : lineStart(text, Math.min(ownerKeyStart ?? start, start));
      const claims: Claim[] = [node.flow ? [flowFrom, end] : lineClaim(text, start, end)];
      // An item the list already has (a `patches` entry written earlier) is not added twice.
      const wanted = JSON.stringify(change.value);
      if (node.items.some((item) => JSON.stringify((item as YamlNode).toJSON()) === wanted))
        return { splice: undefined, claims };
      return { splice: appendToSeq(text, node, change.value, style, flowContext(steps, found), ownerKeyStart), claims };
    }
    const isEmpty = node === null || (isScalar(node) && (node.value === null || node.value === undefined));
    const scalarValue = change.value === null || typeof change.value !== 'object';
    if (change.action === 'set' && scalarValue && (isScalar(node) || node === null)) {
      const [start, end] = node?.range ?? [0, 0];
      if (node && end > start) {
        const quote =
          node.type === Scalar.QUOTE_DOUBLE ? 'double' : node.type === Scalar.QUOTE_SINGLE ? 'single' : 'plain';
        return { splice: spliceAt(start, end, scalarText(change.value, quote)), claims: [[start, end]] };
      }
      const key = last.pair?.key as YamlNode | undefined;
      const keyEnd = key?.range?.[1];
      if (keyEnd !== undefined) {
        const colon = text.indexOf(':', keyEnd);
        return {
          splice: spliceAt(colon + 1, colon + 1, ` ${scalarText(change.value)}`),
          claims: [[key?.range?.[0] ?? keyEnd, colon + 1]],
        };
      }
    }
    if (isEmpty && last.pair) {
      const filled = change.action === 'append' ? [change.value] : change.value;
      return fillEmptyValue(text, last.pair, filled, style, flowContext(steps, found));
    }
    throw new YamlEditError(`cannot replace the value at ${change.path.join('.')} without rewriting it`);
  }
  if (change.action === 'delete') {
    // Nothing to remove here; but a change before it in the same batch may have made something at the path.
    const at = (last.node ?? (last.pair?.key as YamlNode | undefined))?.range;
    return { splice: undefined, claims: [at ? lineClaim(text, at[0], at[1]) : [0, text.length]] };
  }
  const rest = change.path.slice(found + 1);
  const key = change.path[found];
  const value = nest(rest, change.action === 'append' ? [change.value] : change.value);
  const parent = last.node;
  if (typeof key === 'string' && isMap(parent))
    return insertIntoMap(
      text,
      parent as YAMLMap<YamlNode, YamlNode | null>,
      key,
      value,
      style,
      last.pair,
      flowContext(steps, found),
    );
  if (
    typeof key === 'string' &&
    last.pair &&
    (parent === null || (isScalar(parent) && (parent.value === null || parent.value === undefined)))
  ) {
    return fillEmptyValue(text, last.pair, { [key]: value }, style, flowContext(steps, found));
  }
  throw new YamlEditError(
    `cannot add ${change.path.join('.')}: ${change.path.slice(0, found).join('.') || 'the document'} is not a mapping`,
  );
}

/**
 * Whether the value at `steps[found]` sits inside a flow collection (a JSON manifest, `{…}` written by hand), where
 * block lines cannot go, and whether its key is written as JSON writes keys (then new keys are quoted too).
 */
interface FlowContext {
  readonly inFlow: boolean;
  readonly quoteKeys: boolean;
}

function flowContext(steps: readonly Step[], found: number): FlowContext {
  const inFlow = steps
    .slice(0, found)
    .some(({ node }) => (isMap(node) || isSeq(node)) && (node as YAMLMap | YAMLSeq).flow === true);
  const key = itemAt(steps, found).pair?.key;
  return { inFlow, quoteKeys: inFlow && isScalar(key) && key.type === Scalar.QUOTE_DOUBLE };
}

/** A merge that would not give what the changes one by one give: the batch leaves them to one at a time. */
class NotMerged extends Error {}

function startsWithBrace(text: string): boolean {
  return text.trimStart().startsWith('{');
}

function isJsonLike(text: string, map: YAMLMap): boolean {
  const first = map.items[0];
  return first !== undefined && isScalar(first.key) && first.key.type === Scalar.QUOTE_DOUBLE && startsWithBrace(text);
}

function insertIntoMap(
  text: string,
  map: YAMLMap<YamlNode, YamlNode | null>,
  key: string,
  value: unknown,
  style: YamlStyle,
  ownerPair: Pair<YamlNode, YamlNode | null> | undefined,
  { inFlow, quoteKeys: jsonKeys }: FlowContext,
): PlacedChange {
  const [start, end] = map.range ?? [0, 0];
  if (map.flow) {
    const close = text.lastIndexOf('}', end - 1);
    if (map.items.length === 0) {
      // `securityContext: {}` under a block key reads best as a block mapping (not inside `{…}`, where no block can go).
      if (ownerPair && isScalar(ownerPair.key) && ownerPair.key.range && !isJsonLike(text, map) && !inFlow) {
        const keyIndent = column(text, ownerPair.key.range[0]);
        const colon = text.lastIndexOf(':', start);
        const build = (entries: readonly (readonly [string, unknown])[]): Splice =>
          spliceAt(
            colon + 1,
            close + 1,
            style.newline +
              entries
                .flatMap(([name, item]) => blockLines(name, item, keyIndent + style.unit, style))
                .join(style.newline),
          );
        // The next key lands after these lines only when the `}` ended its line (no comment, no spaces after it).
        const mergeable = style.newline === '\n' && text[close + 1] === '\n';
        return {
          splice: build([[key, value]]),
          claims: [lineClaim(text, ownerPair.key.range[0], close + 1)],
          ...(mergeable ? { merge: { target: map, key, value, build } } : {}),
        };
      }
      // `{}` in flow: `{k: v}`; a second key goes in as `, k2: v2` (`,"k2":v2` in JSON, which stays compact). In
      // pretty-printed JSON the mapping opens over lines as the printer would write it, closing under its line's start.
      const unit = jsonKeys ? style.jsonIndent : undefined;
      const pad = unit === undefined ? undefined : padBefore(text, ownerPair?.key?.range?.[0] ?? start);
      const build = (entries: readonly (readonly [string, unknown])[]): Splice => {
        if (unit !== undefined && pad !== undefined)
          return spliceAt(start, close + 1, prettyJson(Object.fromEntries(entries), unit, pad, style.newline));
        const written = flowText(Object.fromEntries(entries), jsonKeys);
        if (entries.length > 1 && jsonKeys && /[,:] /.test(written)) throw new NotMerged();
        return spliceAt(start, close + 1, written);
      };
      return {
        splice: build([[key, value]]),
        claims: [[pad === undefined ? start : lineStart(text, ownerPair?.key?.range?.[0] ?? start), end]],
        ...(jsonKeys === startsWithBrace(text) ? { merge: { target: map, key, value, build } } : {}),
      };
    }
    const claims: Claim[] = [[start, end]];
    const quoteKeys = isJsonLike(text, map);
    const lastItem = itemAt(map.items, map.items.length - 1) as Pair<YamlNode, YamlNode | null>;
    const lastEnd = (lastItem.value ?? lastItem.key)?.range?.[1] ?? close;
    // Compact JSON (`{"a":1,"b":2}`) stays compact.
    const compact = quoteKeys && !/[,:] /.test(text.slice(start, end));
    // A mapping written over several lines (pretty-printed JSON) gets the new key on a line of its own, and in a
    // pretty-printed JSON document a new mapping or list value is printed over lines too, in the file's unit.
    let separator = compact ? ',' : ', ';
    let prettyPad: string | undefined;
    const lastKeyStart = lastItem.key?.range?.[0];
    if (text.slice(start, end).includes('\n') && lastKeyStart !== undefined) {
      const padFrom = lineStart(text, lastKeyStart);
      const pad = text.slice(padFrom, lastKeyStart);
      claims.push([padFrom, lastKeyStart]);
      if (pad.trim() === '') {
        separator = `,${style.newline}${pad}`;
        if (quoteKeys && !compact && style.jsonIndent !== undefined) prettyPad = pad;
      }
    }
    const valueText = (item: unknown): string =>
      prettyPad !== undefined && style.jsonIndent !== undefined
        ? prettyJson(item, style.jsonIndent, prettyPad, style.newline)
        : flowText(item, quoteKeys);
    const entryOf = (name: string, item: unknown): string =>
      `${quoteKeys ? JSON.stringify(name) : scalarText(name)}${compact ? ':' : ': '}${valueText(item)}`;
    // Each key alone lands after the last one, in the same form: together they are one insertion, unless a value's
    // text would make a compact mapping read as spaced (`, ` or `: ` in a string), or keys written inside a new
    // value could read as JSON in a document that starts with `{`. A spaced JSON mapping stays spaced whatever the
    // values say.
    const build = (entries: readonly (readonly [string, unknown])[]): Splice => {
      if (
        entries.length > 1 &&
        (quoteKeys
          ? compact && entries.some(([name, item]) => /[,:] /.test(`${JSON.stringify(name)}${flowText(item, true)}`))
          : startsWithBrace(text))
      )
        throw new NotMerged();
      return spliceAt(lastEnd, lastEnd, entries.map(([name, item]) => `${separator}${entryOf(name, item)}`).join(''));
    };
    return { splice: build([[key, value]]), claims, merge: { target: map, key, value, build } };
  }
  const firstKey = map.items[0]?.key;
  const indentFrom = firstKey?.range ? firstKey.range[0] : start;
  const indent = column(text, indentFrom);
  const lastItem = itemAt(map.items, map.items.length - 1) as Pair<YamlNode, YamlNode | null>;
  const lastEnd = Math.max(lastItem.value?.range?.[1] ?? 0, lastItem.key?.range?.[1] ?? 0);
  const at = afterLine(text, lastEnd);
  const build = (entries: readonly (readonly [string, unknown])[]): Splice => {
    const lines =
      entries.flatMap(([name, item]) => blockLines(name, item, indent, style)).join(style.newline) + style.newline;
    return at === text.length && !text.endsWith('\n')
      ? spliceAt(at, at, `${style.newline}${lines}`)
      : spliceAt(at, at, lines);
  };
  // What the insertion read: the first key's column, and the last entry up to the line break after it.
  const lastFrom = Math.min(lastItem.key?.range?.[0] ?? lastEnd, lastEnd);
  return {
    splice: build([[key, value]]),
    claims: [
      [lineStart(text, indentFrom), indentFrom],
      [lineStart(text, lastFrom), at],
    ],
    merge: { target: map, key, value, build },
  };
}

/** `key:` with nothing (or `null`/`~`) after it becomes `key:` with a block mapping or list under it. */
function fillEmptyValue(
  text: string,
  pair: Pair<YamlNode, YamlNode | null>,
  value: unknown,
  style: YamlStyle,
  context: FlowContext,
): PlacedChange {
  const keyRange = (pair.key as YamlNode | null)?.range;
  if (!keyRange) throw new YamlEditError('cannot find the key to fill');
  const keyIndent = column(text, keyRange[0]);
  const colon = text.indexOf(':', keyRange[1]);
  const valueRange = pair.value?.range;
  // An explicit `null` or `~` goes; an empty value has no text to remove.
  const explicit =
    valueRange &&
    valueRange[1] > valueRange[0] &&
    /^(null|Null|NULL|~)$/.test(text.slice(valueRange[0], valueRange[1]));
  // Inside `{…}` (a JSON manifest) the value is written in place, as a flow collection.
  if (context.inFlow) {
    const unit = context.quoteKeys ? style.jsonIndent : undefined;
    const pad = unit === undefined ? undefined : padBefore(text, keyRange[0]);
    const written =
      unit !== undefined && pad !== undefined
        ? prettyJson(value, unit, pad, style.newline)
        : flowText(value, context.quoteKeys);
    const from = pad === undefined ? keyRange[0] : lineStart(text, keyRange[0]);
    const claims: Claim[] = [[from, Math.max(colon + 1, valueRange?.[1] ?? 0)]];
    return explicit && valueRange
      ? { splice: spliceAt(valueRange[0], valueRange[1], written), claims }
      : { splice: spliceAt(colon + 1, colon + 1, ` ${written}`), claims };
  }
  const claims = [lineClaim(text, keyRange[0], Math.max(colon + 1, valueRange?.[1] ?? 0))];
  // Everything before the colon and from the end of its line on stays; the splice is what lies between.
  const originalEnd = text.indexOf('\n', colon) < 0 ? text.length : text.indexOf('\n', colon);
  const between = (changed: string): Splice =>
    spliceAt(colon + 1, originalEnd, changed.slice(colon + 1, changed.length - (text.length - originalEnd)));
  const base = explicit && valueRange ? applySplice(text, spliceAt(valueRange[0], valueRange[1], '')) : text;
  let lines: string[];
  if (Array.isArray(value)) {
    lines = blockLines('x', value, keyIndent, style).slice(1);
    if (lines.length === 0)
      return {
        splice: between(applySplice(base, spliceAt(colon + 1, colon + 1, ` ${flowText(value, false)}`))),
        claims,
      };
  } else {
    lines = Object.entries(value as Record<string, unknown>).flatMap(([child, item]) =>
      blockLines(child, item, keyIndent + style.unit, style),
    );
  }
  // A comment after the key stays on its line; the new lines go below it.
  const newlineAt = base.indexOf('\n', colon);
  const lineEnd = newlineAt < 0 ? base.length : base[newlineAt - 1] === '\r' ? newlineAt - 1 : newlineAt;
  const head = base
    .slice(0, lineEnd)
    .replace(/[ \t]+$/, (spaces) => (base.slice(colon + 1, lineEnd).trim() === '' ? '' : spaces));
  const changed =
    head + style.newline + lines.join(style.newline) + (newlineAt < 0 ? style.newline : '') + base.slice(lineEnd);
  return { splice: between(changed), claims };
}

function appendToSeq(
  text: string,
  seq: YAMLSeq,
  value: unknown,
  style: YamlStyle,
  context: FlowContext,
  ownerKeyStart: number | undefined,
): Splice {
  const [start, end] = seq.range ?? [0, 0];
  if (seq.flow) {
    // In JSON (a quoted key, or items quoted already) the new item is quoted too: a bare `ALL` would still be YAML,
    // but the file would no longer be JSON.
    const json = context.quoteKeys || seq.items.some((item) => isScalar(item) && item.type === Scalar.QUOTE_DOUBLE);
    const close = text.lastIndexOf(']', end - 1);
    // In pretty-printed JSON a list is printed over lines, one item a line, as the printer would write it.
    const unit = json ? style.jsonIndent : undefined;
    if (seq.items.length === 0) {
      const pad = unit === undefined ? undefined : padBefore(text, ownerKeyStart ?? start);
      return spliceAt(
        start,
        close + 1,
        unit === undefined || pad === undefined
          ? `[${flowText(value, json)}]`
          : prettyJson([value], unit, pad, style.newline),
      );
    }
    const last = itemAt(seq.items, seq.items.length - 1) as YamlNode;
    const lastEnd = last.range?.[1] ?? close;
    const lastStart = last.range?.[0];
    if (unit !== undefined && lastStart !== undefined && text.slice(start, end).includes('\n')) {
      const pad = text.slice(lineStart(text, lastStart), lastStart);
      if (pad.trim() === '')
        return spliceAt(lastEnd, lastEnd, `,${style.newline}${pad}${prettyJson(value, unit, pad, style.newline)}`);
    }
    return spliceAt(lastEnd, lastEnd, `, ${flowText(value, json)}`);
  }
  const dash = text.lastIndexOf('-', (itemAt(seq.items, 0) as YamlNode).range?.[0] ?? start);
  const lastEnd = (itemAt(seq.items, seq.items.length - 1) as YamlNode).range?.[1] ?? end;
  const at = afterLine(text, lastEnd);
  const line = `${itemLines(value, column(text, dash), style).join(style.newline)}${style.newline}`;
  return at === text.length && !text.endsWith('\n')
    ? spliceAt(at, at, `${style.newline}${line}`)
    : spliceAt(at, at, line);
}

function deleteAt(text: string, steps: readonly Step[], path: FieldPath): PlacedChange {
  const parentStep = itemAt(steps, steps.length - 2);
  const [parentStart, parentEnd] = parentStep.node?.range ?? [0, text.length];
  const ownerKeyStart = (parentStep.pair?.key as YamlNode | null | undefined)?.range?.[0] ?? parentStart;
  // A removal reads its neighbours, the whole collection and the key that owns it.
  const claims = [lineClaim(text, Math.min(parentStart, ownerKeyStart), parentEnd)];
  return { splice: deleteSplice(text, steps, path), claims };
}

function deleteSplice(text: string, steps: readonly Step[], path: FieldPath): Splice {
  const target = itemAt(steps, steps.length - 1);
  const parent = itemAt(steps, steps.length - 2).node;
  if (isMap(parent) && target.pair) {
    const items = parent.items as Pair<YamlNode, YamlNode | null>[];
    const index = items.indexOf(target.pair);
    const keyStart = target.pair.key?.range?.[0] ?? 0;
    const valueEnd = target.pair.value?.range?.[1] ?? target.pair.key?.range?.[1] ?? keyStart;
    if (items.length === 1) {
      const [start, end] = parent.range ?? [0, 0];
      if (parent.flow) return spliceAt(start, text.lastIndexOf('}', end - 1) + 1, '{}');
      // `capabilities:` + its only key becomes `capabilities: {}` on one line.
      const owner = itemAt(steps, steps.length - 2).pair;
      const ownerKeyEnd = (owner?.key as YamlNode | null | undefined)?.range?.[1];
      const lineEnd = afterLine(text, valueEnd);
      const cr = text[lineEnd - 2] === '\r' ? 2 : 1;
      if (ownerKeyEnd !== undefined && text.slice(ownerKeyEnd, start).trim() === ':') {
        const colon = text.indexOf(':', ownerKeyEnd);
        return spliceAt(colon + 1, lineEnd - (text[lineEnd - 1] === '\n' ? cr : 0), ' {}');
      }
      return spliceAt(start, Math.min(valueEnd, lineEnd - 1), '{}');
    }
    const next = items[index + 1];
    if (parent.flow) {
      if (next?.key?.range) return spliceAt(keyStart, next.key.range[0], '');
      const previous = itemAt(items, index - 1) as Pair<YamlNode, YamlNode | null>;
      const previousEnd = (previous.value ?? previous.key)?.range?.[1] ?? keyStart;
      return spliceAt(previousEnd, valueEnd, '');
    }
    const from = lineStart(text, keyStart);
    if (text.slice(from, keyStart).trim() === '') return spliceAt(from, afterLine(text, valueEnd), '');
    // The first key of a `- ` item: the next key moves up onto the dash line.
    if (next?.key?.range) return spliceAt(keyStart, next.key.range[0], '');
  }
  if (isSeq(parent) && typeof path[path.length - 1] === 'number' && target.node) {
    const items = parent.items as YamlNode[];
    if (items.length === 1) throw new YamlEditError('removing the only item of a list: remove the list instead');
    const [start, end] = target.node.range ?? [0, 0];
    const index = items.indexOf(target.node);
    if (parent.flow) {
      const next = items[index + 1];
      if (next?.range) return spliceAt(start, next.range[0], '');
      const previousEnd = itemAt(items, index - 1).range?.[1] ?? start;
      return spliceAt(previousEnd, end, '');
    }
    const dash = text.lastIndexOf('-', start);
    return spliceAt(lineStart(text, dash), afterLine(text, end), '');
  }
  throw new YamlEditError(`cannot remove ${path.join('.')} cleanly`);
}

/**
 * Replaces the scalar value at a 1-based line and column: either a `key: value` starting there or the value
 * itself. Works on any text whose line holds the value literally (a JSON 6902 `value:`, an inline patch inside a
 * kustomization's block scalar, a literal template line); undefined when the value is not a plain literal there.
 */
export function replaceScalarAt(
  text: string,
  line: number,
  column: number,
  value: string | number | boolean,
  keys?: readonly string[],
): string | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
  const lineText = text.slice(start, end);
  if (lineText.includes('{{')) return undefined;
  let at = column - 1;
  const key = /^("[^"]*"|'[^']*'|[A-Za-z0-9_./-]+)[ \t]*:(?:[ \t]+|$)/.exec(lineText.slice(at));
  if (key) {
    const name = (key[1] ?? '').replace(/^["']|["']$/g, '');
    // A JSON 6902 operation is located at its `path:`; the value is on the `value:` line beside it.
    if (keys && !keys.includes(name)) {
      if (name !== 'path') return undefined;
      const lines = text.slice(start).split('\n').slice(1, 4);
      const offset = lines.findIndex(
        (candidate) => candidate.slice(at).startsWith('value:') && candidate.slice(0, at).trim() === '',
      );
      return offset < 0 ? undefined : replaceScalarAt(text, line + offset + 1, column, value, ['value']);
    }
    at += key[0].length;
  }
  const token = /^("[^"\n]*"|'[^'\n]*'|[^\s#,{}[\]]+)/.exec(lineText.slice(at));
  if (!token) return undefined;
  const old = token[0];
  const quote = old.startsWith('"') ? 'double' : old.startsWith("'") ? 'single' : 'plain';
  const replacement = scalarText(value, quote);
  return old === replacement ? text : text.slice(0, start + at) + replacement + text.slice(start + at + old.length);
}
