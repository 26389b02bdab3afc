/**
 * A document's value as plain data, a change made to it the way the text editor makes it, and an order-blind
 * comparison: what the editor checks an edited document against (the value before, with every change made).
 */
import { Document } from 'yaml';
import type {
  Alias,
  isAlias as packageIsAlias,
  isMap as packageIsMap,
  isPair as packageIsPair,
  isScalar as packageIsScalar,
  isSeq as packageIsSeq,
  Node as YamlNode,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import { NotQuick, type EditableDocument } from './quick-yaml.js';
import type { YamlChange } from './yaml-edit.js';
import { itemAt } from '../util/item-at.js';
import { clone } from './plan.js';

/** One change as the editor makes it. */
type ValueChange = YamlChange;

/** Why a value cannot be told here (a node kind the plain reading does not know): the caller checks another way. */
export class ValueUnknown extends Error {
  override readonly name = 'ValueUnknown';
}

/*
 * Node kinds told by the `yaml` package's own marker (what its `isScalar`, `isMap`, … read): these run for every
 * node of every edited document, where the bundled package's exported functions cost a property getter per call.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
const SCALAR = Symbol.for('yaml.scalar');
const MAP = Symbol.for('yaml.map');
const SEQ = Symbol.for('yaml.seq');
const ALIAS = Symbol.for('yaml.alias');
function kindOf(node: unknown): symbol | undefined {
  return node !== null && typeof node === 'object'
    ? ((node as Record<symbol, unknown>)[NODE_TYPE] as symbol)
    : undefined;
}
const PAIR = Symbol.for('yaml.pair');
export const isScalar = ((node: unknown) => kindOf(node) === SCALAR) as typeof packageIsScalar;
export const isMap = ((node: unknown) => kindOf(node) === MAP) as typeof packageIsMap;
export const isSeq = ((node: unknown) => kindOf(node) === SEQ) as typeof packageIsSeq;
export const isAlias = ((node: unknown) => kindOf(node) === ALIAS) as typeof packageIsAlias;
export const isPair = ((node: unknown) => kindOf(node) === PAIR) as typeof packageIsPair;

/** A scalar whose value only the general parser gives (a YAML 1.1 timestamp), told apart by how it is written. */
class WrittenScalar {
  constructor(readonly source: string) {}
}

/**
 * What `toJS()` gives for the document: the general parser's own answer for its documents, and for the quick
 * reader's the same read from its nodes (an alias is the value its anchor's mapping has; a timestamp is its text,
 * which no change here writes).
 */
export function documentValue(doc: EditableDocument, text: string): unknown {
  if (doc instanceof Document) return doc.toJS({ maxAliasCount: 100 });
  const anchors = new Map<string, unknown>();
  const read = (node: unknown): unknown => {
    if (node === null || node === undefined) return null;
    if (isScalar(node)) return plainScalarValue(node, text);
    if (isAlias(node)) {
      if (!anchors.has(node.source)) throw new ValueUnknown(`alias *${node.source}`);
      return anchors.get(node.source);
    }
    if (isSeq(node)) return node.items.map(read);
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items as Pair<YamlNode, YamlNode | null>[]) {
        if (!isScalar(pair.key)) throw new ValueUnknown('a key that is not a scalar');
        out[String(pair.key.value)] = read(pair.value);
      }
      if (node.anchor !== undefined) anchors.set(node.anchor, out);
      return out;
    }
    throw new ValueUnknown('a node of another kind');
  };
  return read(doc.contents);
}

/** Whether `value` is a mapping or list a path can go on through. */
function isCollection(value: unknown): value is Record<string | number, unknown> {
  return value !== null && typeof value === 'object' && !(value instanceof WrittenScalar);
}

/**
 * Makes `change` in a plain value as the editor makes it in the text: missing (or empty) mappings on the way are
 * created, a delete of something missing does nothing, an append of an item the list holds already adds nothing.
 * `open` gives the value to change at each step (one level of an unchanged node read out, see {@link expectedAfter}),
 * and `plain` the whole value of a list that gets an item.
 */
export function changeValue(
  root: unknown,
  change: ValueChange,
  open: (value: unknown) => unknown = (value) => value,
  plain: (value: unknown) => unknown = (value) => value,
): void {
  let node = root;
  const path = change.path;
  for (let i = 0; i < path.length - 1; i++) {
    if (!isCollection(node)) throw new ValueUnknown('a path through a scalar');
    const key = itemAt(path, i);
    let next = open(node[key]);
    if (next === undefined || next === null) {
      if (change.action === 'delete') return;
      next = {};
    }
    node[key] = next;
    node = next;
  }
  const parent = node;
  if (!isCollection(parent)) throw new ValueUnknown('a path through a scalar');
  const last = itemAt(path, path.length - 1);
  switch (change.action) {
    case 'set':
      parent[last] = clone(change.value);
      return;
    case 'delete':
      if (Array.isArray(parent) && typeof last === 'number') {
        if (last < parent.length) parent.splice(last, 1);
      } else delete parent[last];
      return;
    case 'append': {
      const list = plain(parent[last]);
      const wanted = JSON.stringify(change.value);
      if (Array.isArray(list)) {
        parent[last] = list;
        if (!list.some((item) => JSON.stringify(item) === wanted)) list.push(clone(change.value));
      } else if (list === undefined || list === null) parent[last] = [clone(change.value)];
      else throw new ValueUnknown('an append to something that is not a list');
    }
  }
}

/** Whether two plain values are equal, mappings compared by their keys whatever their order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (a instanceof WrittenScalar || b instanceof WrittenScalar)
    return a instanceof WrittenScalar && b instanceof WrittenScalar && a.source === b.source;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, index) => sameValue(item, list[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}

/** A part of the document as it was before the changes, still to be compared node by node. */
class Unchanged {
  constructor(readonly node: unknown) {}
}

/** A scalar node's value, a timestamp as its text. */
function scalarValue(node: Scalar, text: string): unknown {
  try {
    return node.value;
  } catch (error) {
    if (!(error instanceof NotQuick) || !node.range) throw error;
    return new WrittenScalar(text.slice(node.range[0], node.range[1]));
  }
}

/** {@link scalarValue}, where a scalar that reads as an object (not plain data) cannot be told here. */
function plainScalarValue(node: Scalar, text: string): unknown {
  const value = scalarValue(node, text);
  if (value !== null && typeof value === 'object' && !(value instanceof WrittenScalar))
    throw new ValueUnknown('a scalar read as an object');
  return value;
}

/** One level of an unchanged node as plain data, its children still unchanged nodes. */
function opened(node: unknown, text: string): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return scalarValue(node, text);
  if (isSeq(node)) return node.items.map((item) => new Unchanged(item));
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items as Pair<YamlNode, YamlNode | null>[]) {
      if (!isScalar(pair.key)) throw new ValueUnknown('a key that is not a scalar');
      out[String(pair.key.value)] = new Unchanged(pair.value);
    }
    return out;
  }
  throw new ValueUnknown('an alias on a changed path');
}

/** A value with every unchanged node read out. */
function plainOf(value: unknown, text: string): unknown {
  if (value instanceof Unchanged) return plainOf(opened(value.node, text), text);
  if (Array.isArray(value)) return value.map((item) => plainOf(item, text));
  if (value !== null && typeof value === 'object' && !(value instanceof WrittenScalar)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = plainOf(item, text);
    return out;
  }
  return value;
}

/**
 * What a document should hold once `changes` are made in it: the document before, `doc` (the parse of `text`), with
 * every change made as the editor makes it ({@link changeValue}). Only the mappings and lists on the changed paths
 * are read out as data; {@link holdsExpected} compares the rest node by node.
 */
export interface Expected {
  readonly root: unknown;
  readonly text: string;
  /** The whole value, for documents of the general parser (which are compared as data). */
  readonly whole: () => unknown;
}

export function expectedAfter(doc: EditableDocument, text: string, changes: readonly ValueChange[]): Expected {
  const whole = (): unknown => {
    const value = documentValue(doc, text);
    for (const change of changes) changeValue(value, change);
    return value;
  };
  if (doc instanceof Document) {
    const value = whole();
    return { root: value, text, whole: () => value };
  }
  const root = opened(doc.contents, text);
  const open = (value: unknown): unknown => (value instanceof Unchanged ? opened(value.node, text) : value);
  for (const change of changes) changeValue(root, change, open, (value) => plainOf(value, text));
  return { root, text, whole };
}

/** Whether the document `doc` (the parse of `text`) holds what was expected. */
export function holdsExpected(doc: EditableDocument, text: string, expected: Expected): boolean {
  if (doc instanceof Document || expected.root === undefined)
    return sameValue(documentValue(doc, text), expected.whole());
  const holds = (node: unknown, value: unknown): boolean => {
    if (value instanceof Unchanged) return sameNode(node, text, value.node, expected.text);
    if (node === null || node === undefined) return value === null;
    if (isScalar(node)) return sameValue(plainScalarValue(node, text), value);
    if (value === null || typeof value !== 'object' || value instanceof WrittenScalar) return false;
    if (isSeq(node)) {
      if (!Array.isArray(value) || value.length !== node.items.length) return false;
      return node.items.every((item, index) => holds(item, value[index]));
    }
    if (isMap(node)) {
      if (Array.isArray(value) || value instanceof Date) return false;
      const record = value as Record<string, unknown>;
      const pairs = node.items as Pair<YamlNode, YamlNode | null>[];
      if (Object.keys(record).length !== pairs.length) return false;
      for (const pair of pairs) {
        if (!isScalar(pair.key)) throw new ValueUnknown('a key that is not a scalar');
        const key = String(pair.key.value);
        if (!Object.hasOwn(record, key) || !holds(pair.value, record[key])) return false;
      }
      return true;
    }
    throw new ValueUnknown('an alias where the value changed');
  };
  return holds(doc.contents, expected.root);
}

/** Whether two nodes (of the document after and before) are written alike: same kinds, keys in order, values. */
function sameNode(a: unknown, aText: string, b: unknown, bText: string): boolean {
  if (a === null || a === undefined || b === null || b === undefined)
    return (a === null || a === undefined) && (b === null || b === undefined);
  const kind = kindOf(a);
  if (kind !== kindOf(b)) return false;
  if (kind === SCALAR) return sameValue(scalarValue(a as Scalar, aText), scalarValue(b as Scalar, bText));
  if (kind === ALIAS) return (a as Alias).source === (b as Alias).source;
  if (kind === SEQ) {
    const left = (a as YAMLSeq).items;
    const right = (b as YAMLSeq).items;
    return left.length === right.length && left.every((item, index) => sameNode(item, aText, right[index], bText));
  }
  if (kind === MAP) {
    const left = (a as YAMLMap).items as Pair<YamlNode, YamlNode | null>[];
    const right = (b as YAMLMap).items as Pair<YamlNode, YamlNode | null>[];
    if (left.length !== right.length) return false;
    for (let index = 0; index < left.length; index++) {
      const l = itemAt(left, index);
      const r = itemAt(right, index);
      if (!isScalar(l.key) || !isScalar(r.key) || String(l.key.value) !== String(r.key.value)) return false;
      if (!sameNode(l.value, aText, r.value, bText)) return false;
    }
    return true;
  }
  throw new ValueUnknown('a node of another kind');
}
