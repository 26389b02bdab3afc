/**
 * Reading a list element that the code around it knows is there (the first of a non-empty group, an
 * index just found). With `noUncheckedIndexedAccess` such a read is `T | undefined`; this says so once
 * and fails loudly, instead of a cast that would let `undefined` travel on.
 */

/**
 * The element at `index` of an array, typed array or string; throws when there is none there, which is a
 * bug in podsec, not bad input.
 */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`podsec internal error: no element ${index} in a list of ${items.length}`);
  }
  return items[index] as T;
}

/**
 * {@link itemAt} for number tables read in hot loops (the YAML fast path's line starts, ends and indents, the
 * diff's table of common-subsequence lengths): a single `undefined` check, so reads done millions of times
 * stay as cheap as a plain index read. Throws like {@link itemAt} when the table has no number there.
 */
export function numberAt(numbers: ArrayLike<number>, index: number): number {
  const value = numbers[index];
  return value === undefined ? noNumberAt(numbers, index) : value;
}

/**
 * {@link numberAt}'s failure, in a function of its own: the compiler copies numberAt into every hot function that
 * calls it (dozens of places in the block reader), and a copy that only calls this stays small and quick to compile.
 */
function noNumberAt(numbers: ArrayLike<number>, index: number): never {
  throw new RangeError(`podsec internal error: no number ${index} in a table of ${numbers.length}`);
}
