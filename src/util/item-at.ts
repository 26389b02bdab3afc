/**
 * Reading a list element that the code around it knows is there (the first of a non-empty group, an
 * index just found). With `noUncheckedIndexedAccess` such a read is `T | undefined`; this says so once
 * and fails loudly, instead of a cast that would let `undefined` travel on.
 */

/** The element at `index`; throws when the list has none there, which is a bug in podsec, not bad input. */
export function itemAt<T>(items: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`podsec internal error: no element ${index} in a list of ${items.length}`);
  }
  return items[index] as T;
}
