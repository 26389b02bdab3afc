/**
 * The fix a PR review comment can carry: one GitHub ```suggestion holding the combined edit when every line it
 * replaces is inside the pull request's diff, else the edit as a diff block and the `podsec fix` command.
 * Offered only when the fix clears every problem the comment is about (never a suggestion that leaves the
 * same check failing) and only for safe fixes. Pure.
 */
import type { Finding } from '../findings/types.js';
import { lineChanges, unifiedDiff } from './diff.js';
import type { FixResult } from './engine.js';
import { itemAt } from '../util/item-at.js';

export type CommentFix =
  /** Replace lines `startLine`..`endLine` of the file (a multi-line comment range) with `body`'s block. */
  | {
      readonly kind: 'suggestion';
      readonly file: string;
      readonly startLine: number;
      readonly endLine: number;
      readonly body: string;
    }
  | { readonly kind: 'diff'; readonly body: string };

/** Runs further apart than this are not one suggestion. */
const MAX_SPAN = 40;

/**
 * The fix for a comment about `findings` anchored in `file`: `diffLines` are the new-side lines of `file`
 * inside the pull request's diff. Undefined when no safe fix clears all of the findings.
 */
export function commentFix(
  findings: readonly Finding[],
  file: string,
  diffLines: ReadonlySet<number>,
  fix: FixResult,
  command: string,
): CommentFix | undefined {
  const owners = findings.map((finding) => fix.workloads.find((workload) => workload.cleared.includes(finding)));
  if (
    findings.length === 0 ||
    owners.some((owner) => owner === undefined || owner.placed.some((entry) => entry.change.kind !== 'safe'))
  )
    return undefined;
  const files = new Set(owners.flatMap((owner) => owner?.files ?? []));
  const changes = fix.files.filter((change) => files.has(change.file));
  if (changes.length === 0) return undefined;
  const here = changes.length === 1 ? changes[0] : undefined;
  if (here?.file === file && here.before !== undefined) {
    const runs = lineChanges(here.before, here.after);
    const old = here.before.split('\n');
    // A pure insertion after line L replaces line L with itself and the new lines.
    const first = runs[0];
    const last = runs[runs.length - 1];
    if (first && last) {
      const startLine = first.oldCount === 0 ? first.oldStart - 1 : first.oldStart;
      const endLine = Math.max(startLine, last.oldCount === 0 ? last.oldStart - 1 : last.oldStart + last.oldCount - 1);
      const inDiff =
        startLine >= 1 &&
        Array.from({ length: endLine - startLine + 1 }, (_, i) => startLine + i).every((line) => diffLines.has(line));
      if (inDiff && endLine - startLine <= MAX_SPAN) {
        const replaced: string[] = [];
        let line = startLine;
        for (const run of runs) {
          for (; line < run.oldStart; line++) replaced.push(itemAt(old, line - 1));
          replaced.push(...run.newLines);
          line = run.oldStart + run.oldCount;
        }
        for (; line <= endLine; line++) replaced.push(itemAt(old, line - 1));
        return { kind: 'suggestion', file, startLine, endLine, body: ['```suggestion', ...replaced, '```'].join('\n') };
      }
    }
  }
  const diff = changes.map(unifiedDiff).join('');
  return { kind: 'diff', body: ['```diff', diff.trimEnd(), '```', '', `Apply with \`${command}\`.`].join('\n') };
}
