/**
 * What the reports say about fixes: SARIF `fixes` (the safe edits, as character replacements) for the
 * findings they clear, and the one line text and markdown reports add. Pure.
 */
import type { Finding } from '../findings/types.js';
import type { SarifFix, SarifReplacement } from '../report/sarif-types.js';
import { lineChanges } from './diff.js';
import type { FileChange, FixResult } from './engine.js';
import { countProblems } from './summary.js';

/** Character replacements that turn `before` into `after`, one per changed run of lines. */
export function replacements(change: FileChange): SarifReplacement[] {
  if (change.before === undefined) return [{ deletedRegion: { charOffset: 0, charLength: 0 }, insertedContent: { text: change.after } }];
  const before = change.before;
  const starts = [0];
  for (let at = before.indexOf('\n'); at >= 0; at = before.indexOf('\n', at + 1)) starts.push(at + 1);
  const offsetOf = (line: number): number => starts[line - 1] ?? before.length;
  return lineChanges(before, change.after).map((run) => {
    const charOffset = offsetOf(run.oldStart);
    const charLength = offsetOf(run.oldStart + run.oldCount) - charOffset;
    const text = run.newLines.map((line) => `${line}\n`).join('');
    return { deletedRegion: { charOffset, charLength }, ...(text === '' ? {} : { insertedContent: { text } }) };
  });
}

/** For each finding a safe fix clears: the edits of the files that fix touches. */
export function sarifFixes(result: FixResult): (finding: Finding) => SarifFix[] | undefined {
  const byFinding = new Map<Finding, SarifFix[]>();
  const changes = new Map(result.files.map((change) => [change.file, change]));
  for (const fix of result.workloads) {
    if (fix.placed.some((entry) => entry.change.kind !== 'safe')) continue;
    const files = fix.files.map((file) => changes.get(file)).filter((change): change is FileChange => change !== undefined);
    if (files.length === 0) continue;
    const sarifFix: SarifFix = {
      description: { text: `podsec fix: the safe settings ${fix.kind} ${fix.name} needs to pass ${fix.level}` },
      artifactChanges: files.map((change) => ({ artifactLocation: { uri: change.file }, replacements: replacements(change) })),
    };
    for (const finding of fix.cleared) byFinding.set(finding, [sarifFix]);
  }
  return (finding) => byFinding.get(finding);
}

/** `N problems can be fixed automatically: …`, or undefined when none can. */
export function fixableLine(result: FixResult, command: string, markdown: boolean): string | undefined {
  const { cleared } = countProblems(result);
  if (cleared === 0) return undefined;
  const code = markdown ? `\`${command}\`` : command;
  return `${cleared} ${cleared === 1 ? 'problem' : 'problems'} can be fixed automatically: ${code}`;
}
