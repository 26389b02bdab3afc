/**
 * Unified diffs of the fix engine's file changes (`diff -u` / `git apply` format), and the changed line ranges
 * that SARIF `artifactChanges` and PR suggestions replace. Pure.
 */
import type { FileChange } from './engine.js';
import { itemAt, numberAt } from '../util/item-at.js';

/** A run of old lines replaced by new lines (1-based `oldStart`; `oldCount` 0 for a pure insertion after `oldStart - 1`). */
export interface LineChange {
  readonly oldStart: number;
  readonly oldCount: number;
  readonly newLines: readonly string[];
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The replaced runs between two texts (line-based; edits are local, so the middle after common ends is small). */
export function lineChanges(before: string, after: string): LineChange[] {
  const a = splitLines(before);
  const b = splitLines(after);
  // Edits stay inside their document, so a multi-document file is compared document by document: a file of
  // thousands of workloads with an edit in each would otherwise leave one huge middle to compare.
  const aMarkers = documentStarts(a);
  const bMarkers = documentStarts(b);
  if (aMarkers.length === 0 || aMarkers.length !== bMarkers.length) return rangeChanges(a, 0, a.length, b, 0, b.length);
  const changes: LineChange[] = [];
  for (let k = 0; k <= aMarkers.length; k++) {
    const aFrom = k === 0 ? 0 : itemAt(aMarkers, k - 1);
    const bFrom = k === 0 ? 0 : itemAt(bMarkers, k - 1);
    const aTo = k === aMarkers.length ? a.length : itemAt(aMarkers, k);
    const bTo = k === bMarkers.length ? b.length : itemAt(bMarkers, k);
    // One by one: spread into push, a document with tens of thousands of changed runs would exceed the call's
    // argument limit.
    for (const change of rangeChanges(a, aFrom, aTo, b, bFrom, bTo)) changes.push(change);
  }
  return changes;
}

/** A {@link LineChange} with the place of its old lines in the old text, in characters. */
export interface PlacedLineChange extends LineChange {
  /** Where the first replaced line starts (for a pure insertion: where the line after it starts). */
  readonly charOffset: number;
  /** The replaced lines' length, line breaks included. */
  readonly charLength: number;
}

/**
 * {@link lineChanges}, each with where its old lines are in `before`. The same runs, found without splitting the
 * whole texts into lines: documents are matched by their start (`---` lines) as lineChanges matches them, one
 * left as it was is passed over with one comparison, and only changed documents are split. On a file of ten
 * thousand workloads that is no array of every line of both texts held at once, only a document's at a time.
 */
export function placedLineChanges(before: string, after: string): PlacedLineChange[] {
  const aStarts = documentOffsets(before);
  const bStarts = documentOffsets(after);
  if (aStarts.length === 0 || aStarts.length !== bStarts.length)
    return placedIn(before, 0, 0, lineChanges(before, after));
  const changes: PlacedLineChange[] = [];
  let firstLine = 0;
  for (let k = 0; k <= aStarts.length; k++) {
    const aFrom = k === 0 ? 0 : itemAt(aStarts, k - 1);
    const bFrom = k === 0 ? 0 : itemAt(bStarts, k - 1);
    const aTo = k === aStarts.length ? before.length : itemAt(aStarts, k);
    const bTo = k === bStarts.length ? after.length : itemAt(bStarts, k);
    const oldText = before.slice(aFrom, aTo);
    const a = splitLines(oldText);
    if (aTo - aFrom !== bTo - bFrom || !after.startsWith(oldText, bFrom)) {
      const b = splitLines(after.slice(bFrom, bTo));
      for (const run of placedIn(oldText, aFrom, firstLine, rangeChanges(a, 0, a.length, b, 0, b.length)))
        changes.push(run);
    }
    firstLine += a.length;
  }
  return changes;
}

/**
 * The runs of `text` (which starts at character `offset` and line `firstLine` + 1 of the whole old text; run lines
 * counted from its first line) placed in the whole old text.
 */
function placedIn(text: string, offset: number, firstLine: number, runs: readonly LineChange[]): PlacedLineChange[] {
  if (runs.length === 0) return [];
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const offsetOf = (line: number): number => offset + (starts[line - 1] ?? text.length);
  return runs.map((run) => {
    const charOffset = offsetOf(run.oldStart);
    return {
      oldStart: firstLine + run.oldStart,
      oldCount: run.oldCount,
      newLines: run.newLines,
      charOffset,
      charLength: offsetOf(run.oldStart + run.oldCount) - charOffset,
    };
  });
}

/** Character offsets of the lines after the first that start a new document (`---`), as documentStarts finds them. */
function documentOffsets(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 1)) starts.push(at + 1);
  return starts;
}

/** Indexes of the lines that start a new document (`---` at the start of a line). */
function documentStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  for (const [index, line] of lines.entries()) if (index > 0 && line.startsWith('---')) starts.push(index);
  return starts;
}

/** The replaced runs between lines `aFrom..aTo` of `a` and `bFrom..bTo` of `b` (end exclusive). */
function rangeChanges(
  a: readonly string[],
  aFrom: number,
  aTo: number,
  b: readonly string[],
  bFrom: number,
  bTo: number,
): LineChange[] {
  let prefix = 0;
  while (aFrom + prefix < aTo && bFrom + prefix < bTo && a[aFrom + prefix] === b[bFrom + prefix]) prefix++;
  let suffix = 0;
  while (suffix < aTo - aFrom - prefix && suffix < bTo - bFrom - prefix && a[aTo - 1 - suffix] === b[bTo - 1 - suffix])
    suffix++;
  const start = aFrom + prefix;
  const x = a.slice(start, aTo - suffix);
  const y = b.slice(bFrom + prefix, bTo - suffix);
  if (x.length === 0 && y.length === 0) return [];
  if (x.length * y.length > MAX_TABLE) return anchoredChanges(x, y, start);
  // Longest common subsequence of the middle, then runs of non-common lines.
  const width = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        x[i] === y[j]
          ? numberAt(lcs, (i + 1) * width + j + 1) + 1
          : Math.max(numberAt(lcs, (i + 1) * width + j), numberAt(lcs, i * width + j + 1));
    }
  }
  const changes: LineChange[] = [];
  let i = 0;
  let j = 0;
  let run: { oldStart: number; oldCount: number; newLines: string[] } | undefined;
  const flush = (): void => {
    if (run) changes.push(run);
    run = undefined;
  };
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      flush();
      i++;
      j++;
    } else if (
      j < y.length &&
      // Where either keeps the common lines, an old line goes before new ones come: a closing line common to both
      // then pairs with the first of its kind (`]` of the list the change follows), not with the last one the
      // inserted lines end with (a pretty-printed JSON value's `}`), and a run reads as git prints it.
      (i === x.length || numberAt(lcs, i * width + j + 1) > numberAt(lcs, (i + 1) * width + j))
    ) {
      run ??= { oldStart: start + i + 1, oldCount: 0, newLines: [] };
      run.newLines.push(itemAt(y, j));
      j++;
    } else {
      run ??= { oldStart: start + i + 1, oldCount: 0, newLines: [] };
      run.oldCount++;
      i++;
    }
  }
  flush();
  return changes;
}

/** Cells of the common-subsequence table one comparison may fill (16 MB); a larger middle is cut at anchors first. */
const MAX_TABLE = 4_000_000;

/**
 * The runs between `x` and `y` (the middle of a compare, whose first line is line `start` + 1 of the old text) when
 * the middle is too large for one table: a kubectl JSON List is one document, so a fix in every item leaves a
 * middle as long as the list. Lines that occur once in each side and in the same order (a workload's name, say)
 * are anchors, as in patience diff; the stretches between them are compared on their own. Without any anchor the
 * middle is replaced whole.
 */
function anchoredChanges(x: readonly string[], y: readonly string[], start: number): LineChange[] {
  const anchors = orderedUniqueLines(x, y);
  if (anchors.length === 0) return [{ oldStart: start + 1, oldCount: x.length, newLines: y }];
  const changes: LineChange[] = [];
  let fromX = 0;
  let fromY = 0;
  const compare = (toX: number, toY: number): void => {
    for (const run of rangeChanges(x, fromX, toX, y, fromY, toY))
      changes.push({ oldStart: start + run.oldStart, oldCount: run.oldCount, newLines: run.newLines });
  };
  for (const [atX, atY] of anchors) {
    compare(atX, atY);
    fromX = atX + 1;
    fromY = atY + 1;
  }
  compare(x.length, y.length);
  return changes;
}

/**
 * Pairs of indexes of lines found exactly once in `x` and once in `y`, the longest chain of them that is in order
 * on both sides (the longest increasing subsequence of their `y` indexes, by patience sorting).
 */
function orderedUniqueLines(x: readonly string[], y: readonly string[]): (readonly [number, number])[] {
  // For each line: its index in x, or -1 once seen twice; then the same for y.
  const inX = new Map<string, number>();
  for (const [index, line] of x.entries()) inX.set(line, inX.has(line) ? -1 : index);
  const inY = new Map<string, number>();
  for (const [index, line] of y.entries()) if (inX.has(line)) inY.set(line, inY.has(line) ? -1 : index);
  const pairs: (readonly [number, number])[] = [];
  for (const [index, line] of x.entries()) {
    const atY = inY.get(line);
    if (inX.get(line) === index && atY !== undefined && atY >= 0) pairs.push([index, atY]);
  }
  // tails[k]: the pair ending the best chain of length k + 1 found so far; previous[p]: the pair before p in its chain.
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length);
  for (const [p, [, atY]] of pairs.entries()) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (itemAt(pairs, itemAt(tails, middle))[1] < atY) low = middle + 1;
      else high = middle;
    }
    previous[p] = low === 0 ? -1 : itemAt(tails, low - 1);
    tails[low] = p;
  }
  const chain: (readonly [number, number])[] = [];
  for (let p = tails.length === 0 ? -1 : itemAt(tails, tails.length - 1); p >= 0; p = numberAt(previous, p))
    chain.push(itemAt(pairs, p));
  return chain.reverse();
}

const CONTEXT = 3;

/** A unified diff of one file change, with `a/` and `b/` prefixes as git prints them. */
export function unifiedDiff(change: FileChange): string {
  const before = change.before ?? '';
  const a = splitLines(before);
  const runs = lineChanges(before, change.after);
  if (runs.length === 0) return '';
  const header = [change.before === undefined ? '--- /dev/null' : `--- a/${change.file}`, `+++ b/${change.file}`];
  const hunks: string[] = [];
  let index = 0;
  let shift = 0;
  while (index < runs.length) {
    // Runs closer than twice the context share one hunk.
    let last = index;
    while (
      last + 1 < runs.length &&
      itemAt(runs, last + 1).oldStart - (itemAt(runs, last).oldStart + itemAt(runs, last).oldCount) <= 2 * CONTEXT
    )
      last++;
    const first = itemAt(runs, index);
    const end = itemAt(runs, last);
    const from = Math.max(1, first.oldStart - CONTEXT);
    const to = Math.min(a.length, end.oldStart + end.oldCount - 1 + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let line = from;
    let hunkShift = shift;
    for (let r = index; r <= last; r++) {
      const run = itemAt(runs, r);
      for (; line < run.oldStart; line++, oldCount++, newCount++) body.push(` ${itemAt(a, line - 1)}`);
      for (let k = 0; k < run.oldCount; k++, line++, oldCount++) body.push(`-${itemAt(a, line - 1)}`);
      for (const added of run.newLines) {
        body.push(`+${added}`);
        newCount++;
      }
      hunkShift += run.newLines.length - run.oldCount;
    }
    for (; line <= to; line++, oldCount++, newCount++) body.push(` ${itemAt(a, line - 1)}`);
    const oldStart = oldCount === 0 ? from - 1 : from;
    const newStart = newCount === 0 ? from - 1 + shift : from + shift;
    // The body line by line: a hunk over a whole kubectl JSON List has more lines than a call takes arguments.
    hunks.push(`@@ -${oldStart},${oldCount} +${Math.max(newStart, 0)},${newCount} @@`);
    for (const bodyLine of body) hunks.push(bodyLine);
    shift = hunkShift;
    index = last + 1;
  }
  const noNewline = (text: string): boolean => text !== '' && !text.endsWith('\n');
  if (noNewline(change.after) || noNewline(before)) hunks.push('\\ No newline at end of file');
  return `${[...header, ...hunks].join('\n')}\n`;
}
