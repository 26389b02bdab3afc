/**
 * What the reports say about fixes: SARIF `fixes` (the safe edits, as character replacements) for the
 * findings they clear, and the one line text and markdown reports add. Pure.
 */
import type { Finding } from '../findings/types.js';
import type { SarifFix, SarifReplacement } from '../report/sarif-types.js';
import { placedLineChanges } from './diff.js';
import type { FileChange, FixResult } from './engine.js';
import { countProblems } from './summary.js';
import { itemAt } from '../util/item-at.js';

/** A replacement with the old lines it starts at (1-based), to tell which YAML document it falls in. */
interface Hunk {
  readonly replacement: SarifReplacement;
  /** The old line the replaced run starts at, or, for a pure insertion, the line it follows. */
  readonly anchorLine: number;
}

/** Character replacements that turn `before` into `after`, one per changed run of lines. */
function hunks(change: FileChange): Hunk[] {
  if (change.before === undefined)
    return [
      {
        replacement: { deletedRegion: { charOffset: 0, charLength: 0 }, insertedContent: { text: change.after } },
        anchorLine: 1,
      },
    ];
  return placedLineChanges(change.before, change.after).map((run) => {
    const text = run.newLines.map((line) => `${line}\n`).join('');
    return {
      replacement: {
        deletedRegion: { charOffset: run.charOffset, charLength: run.charLength },
        ...(text === '' ? {} : { insertedContent: { text } }),
      },
      anchorLine: run.oldCount === 0 ? Math.max(1, run.oldStart - 1) : run.oldStart,
    };
  });
}

/** The YAML document (0-based) each line of a text is in: documents start at `---` lines after the first line. */
function documentOfLine(text: string): (line: number) => number {
  const markers: number[] = [];
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    line++;
    if (text.startsWith('---', at + 1)) markers.push(line);
  }
  return (wanted) => countUpTo(markers, wanted);
}

/** How many of the ascending `numbers` are at most `limit`. */
function countUpTo(numbers: readonly number[], limit: number): number {
  let low = 0;
  let high = numbers.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (itemAt(numbers, middle) <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * For each finding a safe fix clears: the edits of the files that fix touches. In a manifest of many documents,
 * a workload's fix holds only the edits in the documents its findings point at, not those of its neighbours
 * (a file of a thousand workloads would otherwise repeat every workload's edits in every result).
 */
export function sarifFixes(
  result: FixResult,
  workloads: readonly WorkloadStart[] = [],
): (finding: Finding) => SarifFix[] | undefined {
  // Built when a report first asks: a text or markdown report that never does costs nothing. Once built, the fix
  // result (with the whole text of every changed file, before and after) is let go: the edits are all it needs.
  let unread: FixResult | undefined = result;
  let byFinding: Map<Finding, SarifFix[]> | undefined;
  return (finding) => {
    if (byFinding === undefined) {
      byFinding = fixesByFinding(unread ?? { files: [], workloads: [], errors: [] }, startsByFile(workloads));
      unread = undefined;
    }
    return byFinding.get(finding);
  };
}

/** Where a scanned workload starts (a workload verdict's file and line). */
export interface WorkloadStart {
  readonly file: string;
  readonly line: number;
}

/** The distinct lines workloads start at, in order, by file. */
function startsByFile(workloads: readonly WorkloadStart[]): Map<string, number[]> {
  const byFile = new Map<string, Set<number>>();
  for (const { file, line } of workloads) {
    const lines = byFile.get(file);
    if (lines) lines.add(line);
    else byFile.set(file, new Set([line]));
  }
  return new Map([...byFile].map(([file, lines]) => [file, [...lines].sort((a, b) => a - b)]));
}

function fixesByFinding(result: FixResult, starts: ReadonlyMap<string, readonly number[]>): Map<Finding, SarifFix[]> {
  const byFinding = new Map<Finding, SarifFix[]>();
  const changes = new Map(result.files.map((change) => [change.file, change]));
  const hunksOf = new Map<string, FileHunks>();
  const fileHunks = (change: FileChange): FileHunks => {
    let found = hunksOf.get(change.file);
    if (!found) {
      found = groupByDocument(hunks(change), documentOfLine(change.before ?? ''));
      hunksOf.set(change.file, found);
    }
    return found;
  };
  for (const fix of result.workloads) {
    if (fix.placed.some((entry) => entry.change.kind !== 'safe')) continue;
    const files = fix.files
      .map((file) => changes.get(file))
      .filter((change): change is FileChange => change !== undefined);
    if (files.length === 0) continue;
    const artifactChanges = files.flatMap((change) => {
      const { hunks: all, documentOf, byDocument } = fileHunks(change);
      const lines = fix.cleared.flatMap((finding) =>
        [finding, ...finding.related].filter((at) => at.file === change.file).map((at) => at.line),
      );
      const own =
        lines.length === 0
          ? all
          : hunksIn(
              all,
              byDocument,
              new Set(lines.map(documentOf)),
              ownItem(Math.min(...lines), starts.get(change.file), documentOf),
            );
      return own.length === 0
        ? []
        : [{ artifactLocation: { uri: change.file }, replacements: own.map((hunk) => hunk.replacement) }];
    });
    if (artifactChanges.length === 0) continue;
    const sarifFix: SarifFix = {
      description: { text: `podsec fix: the safe settings ${fix.kind} ${fix.name} needs to pass ${fix.level}` },
      artifactChanges,
    };
    for (const finding of fix.cleared) byFinding.set(finding, [sarifFix]);
  }
  return byFinding;
}

/** The lines of a workload's own item in a document that holds several workloads. */
interface ItemLines {
  readonly document: number;
  /** The line the workload starts at (-Infinity for the document's first workload). */
  readonly from: number;
  /** The line the next workload starts at (Infinity for the document's last). */
  readonly to: number;
}

/**
 * Where the workload whose first finding is on `firstLine` has its own edits, when it shares its document with
 * other workloads (the items of a kubectl `List`): from the line it starts at to the line the next one starts at.
 * Undefined for a workload alone in its document, which keeps every edit there.
 */
function ownItem(
  firstLine: number,
  starts: readonly number[] | undefined,
  documentOf: (line: number) => number,
): ItemLines | undefined {
  if (starts === undefined) return undefined;
  // The last start at or before the workload's first finding: the workload's own.
  const own = countUpTo(starts, firstLine) - 1;
  if (own < 0) return undefined;
  const document = documentOf(itemAt(starts, own));
  const before = own > 0 && documentOf(itemAt(starts, own - 1)) === document;
  const after = own + 1 < starts.length && documentOf(itemAt(starts, own + 1)) === document;
  if (!before && !after) return undefined;
  return {
    document,
    from: before ? itemAt(starts, own) : -Infinity,
    to: after ? itemAt(starts, own + 1) : Infinity,
  };
}

/** A file's hunks, and which of them (by index, in order) fall in each document: looked up once per workload. */
interface FileHunks {
  readonly hunks: readonly Hunk[];
  readonly documentOf: (line: number) => number;
  readonly byDocument: ReadonlyMap<number, readonly number[]>;
}

function groupByDocument(all: readonly Hunk[], documentOf: (line: number) => number): FileHunks {
  const byDocument = new Map<number, number[]>();
  all.forEach((hunk, index) => {
    const document = documentOf(hunk.anchorLine);
    const list = byDocument.get(document);
    if (list) list.push(index);
    else byDocument.set(document, [index]);
  });
  return { hunks: all, documentOf, byDocument };
}

/**
 * The hunks in the given documents, in the file's order; in the document of `item`, only those of its lines. A
 * document's hunks are in line order, so an item's are found by two binary searches, not by a pass over a list's.
 */
function hunksIn(
  all: readonly Hunk[],
  byDocument: ReadonlyMap<number, readonly number[]>,
  documents: ReadonlySet<number>,
  item: ItemLines | undefined,
): Hunk[] {
  const indexes: number[] = [];
  for (const document of documents) {
    const inDocument = byDocument.get(document) ?? [];
    const anchors = (index: number): number => itemAt(all, index).anchorLine;
    const [first, end] =
      item?.document === document
        ? [firstAtLeast(inDocument, anchors, item.from), firstAtLeast(inDocument, anchors, item.to)]
        : [0, inDocument.length];
    for (let at = first; at < end; at++) indexes.push(itemAt(inDocument, at));
  }
  if (documents.size > 1) indexes.sort((a, b) => a - b);
  return indexes.map((index) => itemAt(all, index));
}

/** The first position in `sorted` whose line (by `lineOf`) is at least `line`. */
function firstAtLeast(sorted: readonly number[], lineOf: (entry: number) => number, line: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lineOf(itemAt(sorted, middle)) < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `N problems can be fixed automatically: …`, or undefined when none can. */
export function fixableLine(result: FixResult, command: string, markdown: boolean): string | undefined {
  const { cleared } = countProblems(result);
  if (cleared === 0) return undefined;
  const code = markdown ? `\`${command}\`` : command;
  return `${cleared} ${cleared === 1 ? 'problem' : 'problems'} can be fixed automatically: ${code}`;
}
