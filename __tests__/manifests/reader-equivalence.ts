/**
 * Compares podsec's two YAML readers on one text: the fast block reader (reader: 'auto') must give exactly
 * what the general `yaml` package gives (reader: 'general'): the same objects, document indexes, errors,
 * and the same position for every field path of every object (and for a missing child of each).
 */
import { inspect } from 'node:util';
import { parseManifests } from '../../src/manifests/parse.js';
import type { KubeObject } from '../../src/manifests/types.js';

export interface ReaderDifference {
  readonly what: string;
  readonly general: unknown;
  readonly fast: unknown;
}

function paths(value: unknown, prefix: (string | number)[], out: (string | number)[][]): void {
  out.push(prefix);
  out.push([...prefix, 'podsec-missing-field']);
  if (Array.isArray(value)) {
    out.push([...prefix, value.length]);
    value.forEach((item, index) => paths(item, [...prefix, index], out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  }
}

function describeObject(object: KubeObject): unknown {
  return { value: object.value, documentIndex: object.documentIndex, itemIndex: object.itemIndex, file: object.file };
}

/** Returns the first difference between the two readers on `text`, or undefined when they agree. */
export function compareReaders(text: string, file = 'input.yaml'): ReaderDifference | undefined {
  const general = parseManifests(text, file, { reader: 'general' });
  const fast = parseManifests(text, file, { reader: 'auto' });
  if (JSON.stringify(general.errors) !== JSON.stringify(fast.errors))
    return { what: 'errors', general: general.errors, fast: fast.errors };
  if (general.objects.length !== fast.objects.length)
    return { what: 'object count', general: general.objects.length, fast: fast.objects.length };
  // Objects handed to a sink as they are read (restarts included) must be the same objects, in the same order.
  let sunk: KubeObject[] = [];
  const streamed = parseManifests(text, file, {
    sink: { object: (object) => sunk.push(object), restart: () => (sunk = []) },
  });
  if (streamed.objects.length > 0 || JSON.stringify(streamed.errors) !== JSON.stringify(fast.errors))
    return { what: 'sink errors', general: fast.errors, fast: streamed.errors };
  if (sunk.length !== general.objects.length)
    return { what: 'sink object count', general: general.objects.length, fast: sunk.length };
  for (let index = 0; index < general.objects.length; index++) {
    const difference =
      compareObjects(general.objects[index] as KubeObject, fast.objects[index] as KubeObject, index) ??
      compareObjects(general.objects[index] as KubeObject, sunk[index] as KubeObject, index, 'sink ');
    if (difference) return difference;
  }
  return undefined;
}

function compareObjects(a: KubeObject, b: KubeObject, index: number, prefix = ''): ReaderDifference | undefined {
  const left = describeObject(a);
  const right = describeObject(b);
  // Recursive aliases give circular values (the general parser's doing); compare those as inspect() prints them.
  const circular = isCircular(a.value) || isCircular(b.value);
  const same = circular
    ? inspect(left, { depth: Infinity }) === inspect(right, { depth: Infinity })
    : JSON.stringify(left) === JSON.stringify(right) && sameValue(a.value, b.value);
  if (!same)
    return {
      what: `${prefix}object ${index}`,
      general: circular ? inspect(left) : left,
      fast: circular ? inspect(right) : right,
    };
  if (circular) return undefined;
  const all: (string | number)[][] = [];
  paths(a.value, [], all);
  for (const path of all) {
    const p = JSON.stringify(a.position(path));
    const q = JSON.stringify(b.position(path));
    if (p !== q) return { what: `${prefix}object ${index} position of ${JSON.stringify(path)}`, general: p, fast: q };
  }
  return undefined;
}

/** Deep equality that also tells -0 from 0, NaN from null and key order apart (JSON cannot). */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (typeof a === 'object' && a !== null) {
    if (typeof b !== 'object' || b === null || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every(
        (key, index) =>
          key === kb[index] && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
      )
    );
  }
  return Object.is(a, b);
}

function isCircular(value: unknown): boolean {
  try {
    JSON.stringify(value);
    return false;
  } catch {
    return true;
  }
}
