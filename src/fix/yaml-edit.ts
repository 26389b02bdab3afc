/**
 * Edits YAML text in place: the `yaml` package's document API finds where each field is, and the change is
 * made as a text splice there, so every other byte (comments, key order, quoting, indentation, line endings,
 * flow style) stays as it was. Inserted lines follow the file's own indentation and sequence style.
 */
import { Document, isAlias, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import { documentSpan, parseDocuments, type DocumentSpan } from './yaml-documents.js';
import { NotQuick, quickValueAt, readQuickDocument, type EditableDocument } from './quick-yaml.js';
import type { Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { FieldPath } from '../policy/types.js';
import { itemAt } from '../util/item-at.js';

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
  return { newline, unit: unit > 0 && unit <= 8 ? unit : 2, indentSequences: indentSequences ?? true };
}

export { documentAt, parseDocuments } from './yaml-documents.js';

/**
 * Applies changes to the documents of a file. Each document is edited as a text of its own (a large
 * multi-document file is not parsed again for every change), in the style of the whole file. `reader`
 * `general` reads every document with the general parser only: the editor as it was before the quick reader,
 * which tests hold the default to.
 */
export function editYamlFile(
  text: string,
  edits: readonly { readonly docIndex: number; readonly change: YamlChange }[],
  reader: 'quick' | 'general' = 'quick',
): string {
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
    let slice = text.slice(start, end);
    // One parse per change: the parse that checks a change is the one the next change is placed with.
    let current = (reader === 'quick' ? takeParsed(span) : undefined) ?? read(slice);
    const changes = byDoc.get(index) ?? [];
    const byItem = current && changes.length > 1 ? flowItemsOf(current, changes) : undefined;
    if (byItem) {
      // Item by item, the list's first parse is not needed again (unless that path gives up): letting it go keeps
      // one parse of a big JSON List alive at a time, not two, while the edited list is read and checked.
      current = undefined;
      const itemwise = editFlowItems(slice, byItem, changes, style, index, read);
      if (itemwise !== undefined) {
        edited.push({ start, end, text: itemwise });
        continue;
      }
      current = read(slice);
    }
    for (const change of changes) {
      if (!current) throw new YamlEditError(`document ${index + 1} not found`);
      ({ text: slice, doc: current } = applyChecked(slice, current, change, style, index, read));
    }
    edited.push({ start, end, text: slice });
  }
  const pieces: string[] = [];
  let at = 0;
  for (const doc of edited.reverse()) {
    pieces.push(text.slice(at, doc.start), doc.text);
    at = doc.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
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

/**
 * A big JSON list edited item by item: each item's text is read and checked alone, so a list of a thousand
 * workloads is not read whole once per change. The edited document is then read once and every change checked
 * in it; if anything fails, undefined (the caller edits the document whole, which reports the error as before).
 */
function editFlowItems(
  slice: string,
  byItem: ReadonlyMap<number, { start: number; end: number; changes: YamlChange[] }>,
  changes: readonly YamlChange[],
  style: YamlStyle,
  index: number,
  read: (text: string) => EditableDocument | undefined,
): string | undefined {
  const pieces: string[] = [];
  let at = slice.length;
  try {
    for (const { start, end, changes: own } of [...byItem.values()].sort((a, b) => b.start - a.start)) {
      if (end > at) return undefined;
      let itemText = slice.slice(start, end);
      let doc = read(itemText);
      for (const change of own) {
        if (!doc) return undefined;
        ({ text: itemText, doc } = applyChecked(itemText, doc, change, style, index, read));
      }
      pieces.push(slice.slice(end, at), itemText);
      at = start;
    }
    pieces.push(slice.slice(0, at));
    const edited = pieces.reverse().join('');
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
function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
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
  for (let i = path.length - 1; i >= 0; i--) out = { [String(path[i])]: out };
  return out;
}

function applyOne(text: string, doc: EditableDocument, change: YamlChange, style: YamlStyle): string {
  if (doc.errors.length > 0) throw new YamlEditError(`the file does not parse: ${doc.errors[0]?.message ?? ''}`);
  const steps = walk(doc, change.path);
  const found = steps.length - 1;
  const last = itemAt(steps, found);
  if (found === change.path.length) {
    if (change.action === 'delete') return deleteAt(text, steps, change.path);
    const node = last.node;
    if (change.action === 'append' && isSeq(node)) {
      // An item the list already has (a `patches` entry written earlier) is not added twice.
      const wanted = JSON.stringify(change.value);
      if (node.items.some((item) => JSON.stringify((item as YamlNode).toJSON()) === wanted)) return text;
      return appendToSeq(text, node, change.value, style, flowContext(steps, found));
    }
    const isEmpty = node === null || (isScalar(node) && (node.value === null || node.value === undefined));
    const scalarValue = change.value === null || typeof change.value !== 'object';
    if (change.action === 'set' && scalarValue && (isScalar(node) || node === null)) {
      const [start, end] = node?.range ?? [0, 0];
      if (node && end > start) {
        const quote =
          node.type === Scalar.QUOTE_DOUBLE ? 'double' : node.type === Scalar.QUOTE_SINGLE ? 'single' : 'plain';
        return splice(text, start, end, scalarText(change.value, quote));
      }
      const keyEnd = last.pair?.key && (last.pair.key as YamlNode).range?.[1];
      if (keyEnd !== undefined) {
        const colon = text.indexOf(':', keyEnd);
        return splice(text, colon + 1, colon + 1, ` ${scalarText(change.value)}`);
      }
    }
    if (isEmpty && last.pair) {
      const filled = change.action === 'append' ? [change.value] : change.value;
      return fillEmptyValue(text, last.pair, filled, style, flowContext(steps, found));
    }
    throw new YamlEditError(`cannot replace the value at ${change.path.join('.')} without rewriting it`);
  }
  if (change.action === 'delete') return text;
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

function isJsonLike(text: string, map: YAMLMap): boolean {
  const first = map.items[0];
  return (
    first !== undefined &&
    isScalar(first.key) &&
    first.key.type === Scalar.QUOTE_DOUBLE &&
    text.trimStart().startsWith('{')
  );
}

function insertIntoMap(
  text: string,
  map: YAMLMap<YamlNode, YamlNode | null>,
  key: string,
  value: unknown,
  style: YamlStyle,
  ownerPair: Pair<YamlNode, YamlNode | null> | undefined,
  { inFlow, quoteKeys: jsonKeys }: FlowContext,
): string {
  const [start, end] = map.range ?? [0, 0];
  if (map.flow) {
    const close = text.lastIndexOf('}', end - 1);
    if (map.items.length === 0) {
      // `securityContext: {}` under a block key reads best as a block mapping (not inside `{…}`, where no block can go).
      if (ownerPair && isScalar(ownerPair.key) && ownerPair.key.range && !isJsonLike(text, map) && !inFlow) {
        const keyIndent = column(text, ownerPair.key.range[0]);
        const lines = blockLines(key, value, keyIndent + style.unit, style);
        return splice(text, text.lastIndexOf(':', start) + 1, close + 1, style.newline + lines.join(style.newline));
      }
      return splice(text, start, close + 1, flowText({ [key]: value }, jsonKeys));
    }
    const quoteKeys = isJsonLike(text, map);
    const lastItem = itemAt(map.items, map.items.length - 1) as Pair<YamlNode, YamlNode | null>;
    const lastEnd = (lastItem.value ?? lastItem.key)?.range?.[1] ?? close;
    // Compact JSON (`{"a":1,"b":2}`) stays compact.
    const compact = quoteKeys && !/[,:] /.test(text.slice(start, end));
    const entry = `${quoteKeys ? JSON.stringify(key) : scalarText(key)}${compact ? ':' : ': '}${flowText(value, quoteKeys)}`;
    // A mapping written over several lines (pretty-printed JSON) gets the new key on a line of its own.
    const lastKeyStart = lastItem.key?.range?.[0];
    if (text.slice(start, end).includes('\n') && lastKeyStart !== undefined) {
      const pad = text.slice(lineStart(text, lastKeyStart), lastKeyStart);
      if (pad.trim() === '') return splice(text, lastEnd, lastEnd, `,${style.newline}${pad}${entry}`);
    }
    return splice(text, lastEnd, lastEnd, `${compact ? ',' : ', '}${entry}`);
  }
  const firstKey = map.items[0]?.key;
  const indent = firstKey?.range ? column(text, firstKey.range[0]) : column(text, start);
  const lastItem = itemAt(map.items, map.items.length - 1) as Pair<YamlNode, YamlNode | null>;
  const lastEnd = Math.max(lastItem.value?.range?.[1] ?? 0, lastItem.key?.range?.[1] ?? 0);
  const at = afterLine(text, lastEnd);
  const lines = blockLines(key, value, indent, style).join(style.newline) + style.newline;
  return at === text.length && !text.endsWith('\n') ? `${text}${style.newline}${lines}` : splice(text, at, at, lines);
}

/** `key:` with nothing (or `null`/`~`) after it becomes `key:` with a block mapping or list under it. */
function fillEmptyValue(
  text: string,
  pair: Pair<YamlNode, YamlNode | null>,
  value: unknown,
  style: YamlStyle,
  context: FlowContext,
): string {
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
    const written = flowText(value, context.quoteKeys);
    return explicit && valueRange
      ? splice(text, valueRange[0], valueRange[1], written)
      : splice(text, colon + 1, colon + 1, ` ${written}`);
  }
  const base = explicit && valueRange ? splice(text, valueRange[0], valueRange[1], '') : text;
  let lines: string[];
  if (Array.isArray(value)) {
    lines = blockLines('x', value, keyIndent, style).slice(1);
    if (lines.length === 0) return splice(base, colon + 1, colon + 1, ` ${flowText(value, false)}`);
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
  return head + style.newline + lines.join(style.newline) + (newlineAt < 0 ? style.newline : '') + base.slice(lineEnd);
}

function appendToSeq(text: string, seq: YAMLSeq, value: unknown, style: YamlStyle, context: FlowContext): string {
  const [start, end] = seq.range ?? [0, 0];
  if (seq.flow) {
    // In JSON (a quoted key, or items quoted already) the new item is quoted too: a bare `ALL` would still be YAML,
    // but the file would no longer be JSON.
    const json = context.quoteKeys || seq.items.some((item) => isScalar(item) && item.type === Scalar.QUOTE_DOUBLE);
    const close = text.lastIndexOf(']', end - 1);
    if (seq.items.length === 0) return splice(text, start, close + 1, `[${flowText(value, json)}]`);
    const lastEnd = (itemAt(seq.items, seq.items.length - 1) as YamlNode).range?.[1] ?? close;
    return splice(text, lastEnd, lastEnd, `, ${flowText(value, json)}`);
  }
  const dash = text.lastIndexOf('-', (itemAt(seq.items, 0) as YamlNode).range?.[0] ?? start);
  const lastEnd = (itemAt(seq.items, seq.items.length - 1) as YamlNode).range?.[1] ?? end;
  const at = afterLine(text, lastEnd);
  const line = `${itemLines(value, column(text, dash), style).join(style.newline)}${style.newline}`;
  return at === text.length && !text.endsWith('\n') ? `${text}${style.newline}${line}` : splice(text, at, at, line);
}

function deleteAt(text: string, steps: readonly Step[], path: FieldPath): string {
  const target = itemAt(steps, steps.length - 1);
  const parent = itemAt(steps, steps.length - 2).node;
  if (isMap(parent) && target.pair) {
    const items = parent.items as Pair<YamlNode, YamlNode | null>[];
    const index = items.indexOf(target.pair);
    const keyStart = target.pair.key?.range?.[0] ?? 0;
    const valueEnd = target.pair.value?.range?.[1] ?? target.pair.key?.range?.[1] ?? keyStart;
    if (items.length === 1) {
      const [start, end] = parent.range ?? [0, 0];
      if (parent.flow) return splice(text, start, text.lastIndexOf('}', end - 1) + 1, '{}');
      // `capabilities:` + its only key becomes `capabilities: {}` on one line.
      const owner = itemAt(steps, steps.length - 2).pair;
      const ownerKeyEnd = (owner?.key as YamlNode | null | undefined)?.range?.[1];
      const lineEnd = afterLine(text, valueEnd);
      const cr = text[lineEnd - 2] === '\r' ? 2 : 1;
      if (ownerKeyEnd !== undefined && text.slice(ownerKeyEnd, start).trim() === ':') {
        const colon = text.indexOf(':', ownerKeyEnd);
        return splice(text, colon + 1, lineEnd - (text[lineEnd - 1] === '\n' ? cr : 0), ' {}');
      }
      return splice(text, start, Math.min(valueEnd, lineEnd - 1), '{}');
    }
    const next = items[index + 1];
    if (parent.flow) {
      if (next?.key?.range) return splice(text, keyStart, next.key.range[0], '');
      const previous = itemAt(items, index - 1) as Pair<YamlNode, YamlNode | null>;
      const previousEnd = (previous.value ?? previous.key)?.range?.[1] ?? keyStart;
      return splice(text, previousEnd, valueEnd, '');
    }
    const from = lineStart(text, keyStart);
    if (text.slice(from, keyStart).trim() === '') return splice(text, from, afterLine(text, valueEnd), '');
    // The first key of a `- ` item: the next key moves up onto the dash line.
    if (next?.key?.range) return splice(text, keyStart, next.key.range[0], '');
  }
  if (isSeq(parent) && typeof path[path.length - 1] === 'number' && target.node) {
    const items = parent.items as YamlNode[];
    if (items.length === 1) throw new YamlEditError('removing the only item of a list: remove the list instead');
    const [start, end] = target.node.range ?? [0, 0];
    const index = items.indexOf(target.node);
    if (parent.flow) {
      const next = items[index + 1];
      if (next?.range) return splice(text, start, next.range[0], '');
      const previousEnd = itemAt(items, index - 1).range?.[1] ?? start;
      return splice(text, previousEnd, end, '');
    }
    const dash = text.lastIndexOf('-', start);
    return splice(text, lineStart(text, dash), afterLine(text, end), '');
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
