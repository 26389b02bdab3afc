/**
 * "Did you mean" for mistyped commands, flags and check ids: the closest known word by edit distance
 * (a swap of two neighbours counts as one edit), when it is close enough to be a likely typo.
 */

import { itemAt } from '../util/item-at.js';

/** Optimal string alignment distance between `a` and `b`, compared case-insensitively. */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...new Array<number>(y.length).fill(0)]);
  for (let j = 0; j <= y.length; j++) itemAt(rows, 0)[j] = j;
  for (let i = 1; i <= x.length; i++) {
    const row = itemAt(rows, i);
    const previous = itemAt(rows, i - 1);
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(itemAt(previous, j) + 1, itemAt(row, j - 1) + 1, itemAt(previous, j - 1) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, itemAt(itemAt(rows, i - 2), j - 2) + 1);
      row[j] = best;
    }
  }
  return itemAt(itemAt(rows, x.length), y.length);
}

/** The known word closest to `word`, if within a third of its length (at least 1, at most 3 edits) or a unique prefix. */
export function closest(word: string, known: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;
  const prefixed = known.filter((candidate) => candidate.toLowerCase().startsWith(word.toLowerCase()));
  return word.length >= 3 && prefixed.length === 1 ? prefixed[0] : undefined;
}

/** `; did you mean X?` or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  const match = closest(word, known);
  return match === undefined ? '' : `; did you mean ${match}?`;
}
