/**
 * Reuse of a pure function's answer for inputs it cannot tell apart. The function runs once on a view of its input
 * that notes every read (each property got, each `in` test, each list of keys); another input that holds the same at
 * every place read would make the function read exactly the same and so answer the same. The workloads of a
 * repository are many copies of a few pod templates that differ in names, images and environment, which the checks
 * never read: most are answered by comparing a few dozen fields instead of running every check.
 *
 * Sound for functions that read their input only through property access, `in`, `Object.keys` and the like, and
 * change nothing in it: the checks, by their contract. Only plain objects and arrays (what JSON and YAML give) are
 * looked into; any other object is compared by identity.
 */
import { shared } from './flat-string.js';
import { itemAt } from '../util/item-at.js';

/** What was read at one place of the input: the value itself (scalars), or what was read inside it. */
interface ReadNode {
  /** SCALAR: compared with Object.is; OBJECT or ARRAY: a plain object or array, looked into below. */
  readonly kind: number;
  readonly value: unknown;
  /** Properties got, in the order first read, and what was read of each. */
  readonly propertyKeys: PropertyKey[];
  readonly properties: ReadNode[];
  /** Keys tested with `in`, and whether they were there. */
  readonly presenceKeys: PropertyKey[];
  readonly presence: boolean[];
  /** Keys whose own property was looked for (`Object.hasOwn`, spreading), and whether it was there. */
  readonly ownKeys: PropertyKey[];
  readonly own: boolean[];
  /** The own keys, in order, when they were listed. */
  keys: readonly PropertyKey[] | undefined;
}

const SCALAR = 0;
const OBJECT = 1;
const ARRAY = 2;

function kindOf(value: unknown): number {
  // A frozen or sealed object is compared by identity: a view of it could not stand for its properties.
  if (typeof value !== 'object' || value === null || !Object.isExtensible(value)) return SCALAR;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype) return OBJECT;
  if (prototype === Array.prototype && Array.isArray(value)) return ARRAY;
  return SCALAR;
}

/**
 * A string kept with an answer as its own copy (see shared): a name read from a manifest, were it a slice of the
 * manifest's text, would keep the whole text alive; the values read repeat from pod to pod, so one copy serves all.
 */
function detached(value: unknown): unknown {
  return typeof value === 'string' ? shared(value) : value;
}

function newNode(kind: number, value: unknown): ReadNode {
  return {
    kind,
    value: kind === SCALAR ? detached(value) : undefined,
    propertyKeys: [],
    properties: [],
    presenceKeys: [],
    presence: [],
    ownKeys: [],
    own: [],
    keys: undefined,
  };
}

/** The reads of one run, to check other inputs against ({@link sameReads}). */
export interface Reads {
  readonly root: ReadNode;
  /** The comparison of {@link sameAt} for this tree, written out as one function (see compiledComparison). */
  compared?: (input: unknown) => boolean;
}

/**
 * Runs `run` on a view of `input` that records what it reads. `reads` is undefined when the run tried to change its
 * input (the answer is then the function's own, but must not be reused).
 */
export function recordReads<T>(input: object, run: (view: object) => T): { answer: T; reads: Reads | undefined } {
  const kind = kindOf(input);
  if (kind === SCALAR) return { answer: run(input), reads: undefined };
  let changed = false;
  const views = new Map<ReadNode, object>();
  const viewOf = (node: ReadNode, target: object): object => {
    let view = views.get(node);
    if (view !== undefined) return view;
    view = new Proxy(target, {
      get(object, key) {
        const value: unknown = Reflect.get(object, key);
        const known = node.propertyKeys.indexOf(key);
        let child: ReadNode;
        if (known >= 0) child = itemAt(node.properties, known);
        else {
          // A property that can never change must be read as it is (a proxy may not stand for it): by identity.
          const fixed = Reflect.getOwnPropertyDescriptor(object, key)?.configurable === false;
          child = newNode(fixed ? SCALAR : kindOf(value), value);
          node.propertyKeys.push(key);
          node.properties.push(child);
        }
        return child.kind === SCALAR ? value : viewOf(child, value as object);
      },
      has(object, key) {
        const present = Reflect.has(object, key);
        if (!node.presenceKeys.includes(key)) {
          node.presenceKeys.push(key);
          node.presence.push(present);
        }
        return present;
      },
      getOwnPropertyDescriptor(object, key) {
        const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
        if (!node.ownKeys.includes(key)) {
          node.ownKeys.push(key);
          node.own.push(descriptor !== undefined);
        }
        return descriptor;
      },
      ownKeys(object) {
        const keys = Reflect.ownKeys(object);
        node.keys ??= keys.map(detached) as PropertyKey[];
        return keys;
      },
      set(object, key, value) {
        changed = true;
        return Reflect.set(object, key, value);
      },
      defineProperty(object, key, descriptor) {
        changed = true;
        return Reflect.defineProperty(object, key, descriptor);
      },
      deleteProperty(object, key) {
        changed = true;
        return Reflect.deleteProperty(object, key);
      },
      setPrototypeOf(object, prototype) {
        changed = true;
        return Reflect.setPrototypeOf(object, prototype);
      },
      preventExtensions(object) {
        changed = true;
        return Reflect.preventExtensions(object);
      },
    });
    views.set(node, view);
    return view;
  };
  const root = newNode(kind, input);
  const answer = run(viewOf(root, input));
  return { answer, reads: changed ? undefined : { root } };
}

/** Whether `input` holds what the recorded run read, at every place it read (so the run would answer the same). */
export function sameReads(reads: Reads, input: unknown): boolean {
  reads.compared ??= compiledComparison(reads.root) ?? ((value) => sameAt(reads.root, value));
  return reads.compared(input);
}

/**
 * Trees of more nodes than this are compared by {@link sameAt} itself: the checks read a few dozen places of a pod,
 * and a pod read in thousands of places (thousands of containers or volumes) is not worth a function of its own.
 */
export const MOST_COMPILED_NODES = 2_000;

/**
 * {@link sameAt}`(root, input)` as one function written for the tree: each place read becomes a statement, in the
 * order sameAt visits them, and each key and value read is taken from a list of constants (the function's text holds
 * no text of the input). A kept answer is compared with thousands of pods; walking its tree for each, with a keyed
 * load whose key changes at every step, cost about 0.1 µs a node, a third of the warm assessment of ten thousand
 * Deployments. Written out, each load has a place of its own in the code that V8 learns the key and the objects'
 * shape at. Undefined for trees of more than {@link MOST_COMPILED_NODES} nodes.
 */
function compiledComparison(root: ReadNode): ((input: unknown) => boolean) | undefined {
  const constants: unknown[] = [];
  const statements: string[] = [];
  let nodes = 0;
  const constant = (value: unknown): string => `c[${constants.push(value) - 1}]`;
  const write = (node: ReadNode, variable: string): boolean => {
    if (++nodes > MOST_COMPILED_NODES) return false;
    if (node.kind === SCALAR) {
      // `===` is Object.is but for NaN and the two zeros, which only numbers hold.
      statements.push(
        typeof node.value === 'number'
          ? `if (!Object.is(${variable}, ${constant(node.value)})) return false;`
          : `if (${variable} !== ${constant(node.value)}) return false;`,
      );
      return true;
    }
    // kindOf(value) === node.kind, written out (the same tests in the same order) where V8 can fold them.
    statements.push(
      node.kind === OBJECT
        ? `if (typeof ${variable} !== 'object' || ${variable} === null || !Object.isExtensible(${variable}) || Object.getPrototypeOf(${variable}) !== Object.prototype) return false;`
        : `if (typeof ${variable} !== 'object' || ${variable} === null || !Object.isExtensible(${variable}) || Object.getPrototypeOf(${variable}) !== Array.prototype || !Array.isArray(${variable})) return false;`,
    );
    if (node.keys !== undefined) statements.push(`if (!sameKeys(${variable}, ${constant(node.keys)})) return false;`);
    node.presenceKeys.forEach((key, index) =>
      statements.push(`if ((${constant(key)} in ${variable}) !== ${String(node.presence[index])}) return false;`),
    );
    node.ownKeys.forEach((key, index) =>
      statements.push(`if (hasOwn(${variable}, ${constant(key)}) !== ${String(node.own[index])}) return false;`),
    );
    for (let index = 0; index < node.propertyKeys.length; index++) {
      const child = `v${nodes}`;
      statements.push(`const ${child} = ${variable}[${constant(node.propertyKeys[index])}];`);
      if (!write(itemAt(node.properties, index), child)) return false;
    }
    return true;
  };
  if (!write(root, 'input')) return undefined;
  // The text is made of the statements above only: variable names, numbers and the helpers' names.
  const make = new Function(
    'c',
    'sameKeys',
    'hasOwn',
    `return (input) => {\n${statements.join('\n')}\nreturn true;\n};`,
  );
  return make(constants, sameKeys, Object.hasOwn) as (input: unknown) => boolean;
}

/** Whether `object`'s own keys are `keys`, in that order. */
function sameKeys(object: object, keys: readonly PropertyKey[]): boolean {
  const actual = Reflect.ownKeys(object);
  if (actual.length !== keys.length) return false;
  for (let index = 0; index < keys.length; index++) if (actual[index] !== keys[index]) return false;
  return true;
}

function sameAt(node: ReadNode, value: unknown): boolean {
  if (node.kind === SCALAR) return Object.is(node.value, value);
  if (kindOf(value) !== node.kind) return false;
  const object = value as Record<PropertyKey, unknown>;
  const { keys, presenceKeys, ownKeys, propertyKeys, properties } = node;
  if (keys !== undefined && !sameKeys(object, keys)) return false;
  for (let index = 0; index < presenceKeys.length; index++)
    if (itemAt(presenceKeys, index) in object !== node.presence[index]) return false;
  for (let index = 0; index < ownKeys.length; index++)
    if (Object.hasOwn(object, itemAt(ownKeys, index)) !== node.own[index]) return false;
  for (let index = 0; index < propertyKeys.length; index++)
    if (!sameAt(itemAt(properties, index), object[itemAt(propertyKeys, index)])) return false;
  return true;
}
