/**
 * The fix engine's edits for what blocks each namespace's next level: the plan's blocking problems are
 * handed to `planFixes` (the engine `podsec fix` runs), behaviour changes allowed but marked, and each
 * blocking workload gets the part of the edit that is its own, as a unified diff per file. Problems the
 * engine cannot clear keep the check's one-line advice. Pure: files are read through SourceFiles.
 */
import type { AssessItem } from '../findings/assess.js';
import type { Finding } from '../findings/types.js';
import { lineChanges, unifiedDiff, type LineChange } from '../fix/diff.js';
import { planFixes, type FileChange, type SourceFiles, type WorkloadFix } from '../fix/engine.js';
import type { PolicyOptions } from '../options.js';
import type { FieldPath } from '../policy/types.js';
import { blockingFindings, planAssessment } from './build.js';
import type { NamespacePlan, PlanBlocker, PlanEdit, PlanEditKind, PlanFileEdit, PlanProblem, RolloutPlan } from './types.js';

export interface PlanFixInput {
  readonly plan: RolloutPlan;
  /** The scan's workloads (runScan's `keepItems`): the engine reads the rendered objects. */
  readonly items: readonly AssessItem[];
  readonly policy: PolicyOptions;
  readonly today: string;
  readonly files: SourceFiles;
}

/** The plan with `edit` on blockers and problems where the fix engine has one. */
export function withPlanFixes(input: PlanFixInput): RolloutPlan {
  const blocking = input.plan.namespaces.filter((ns) => ns.next !== undefined && ns.blockers.length > 0);
  if (blocking.length === 0) return input.plan;
  const { assessed } = planAssessment(input);
  const findings: Finding[] = [];
  for (const ns of blocking) for (const finding of blockingFindings(assessed.findings, ns.name, ns.next as NonNullable<NamespacePlan['next']>)) findings.push(finding);
  const fixed = planFixes({ items: input.items, findings, files: input.files, options: { allowBehaviourChange: true } });

  const owners = blocking.flatMap((ns) => ns.blockers.map((blocker) => ({ blocker, fixes: fixed.workloads.filter((fix) => fixOf(fix, ns.name, blocker)) })));
  const runs = new FileRuns(fixed.files);
  const edits = new Map<PlanBlocker, { edit: PlanEdit; problems: Map<PlanProblem, PlanProblemEditOf> }>();
  for (const owner of owners) {
    const files = [...new Set(owner.fixes.flatMap((fix) => fix.files))].sort();
    const fileEdits: PlanFileEdit[] = [];
    const ownRuns = new Map<string, readonly LineChange[]>();
    for (const file of files) {
      const sharing = owners.filter((other) => other.fixes.some((fix) => fix.files.includes(file))).map((other) => other.blocker);
      const edit = runs.editFor(file, owner.blocker, sharing);
      if (edit === undefined) continue;
      fileEdits.push(edit.edit);
      ownRuns.set(file, edit.runs);
    }
    if (fileEdits.length === 0) continue;
    const placed = owner.fixes.flatMap((fix) => fix.placed);
    const problems = new Map<PlanProblem, PlanProblemEditOf>();
    for (const problem of owner.blocker.problems) {
      if (!owner.fixes.some((fix) => fix.cleared.some((finding) => finding.check === problem.check))) continue;
      // The changes made for this check; a check cleared by another's change (a restricted check that
      // replaces a baseline one) takes the kind and place of all the workload's changes.
      const own = placed.filter((entry) => entry.change.check === problem.check);
      const changes = own.length > 0 ? own : placed;
      const file = changes[0]?.file ?? fileEdits[0]?.file ?? '';
      const line = lineOfChange(ownRuns.get(file) ?? [], changes.map((entry) => entry.path)) ?? fileEdits.find((edit) => edit.file === file)?.line ?? 1;
      problems.set(problem, { kind: kindOf(changes.map((entry) => entry.change.kind)), file, line });
    }
    edits.set(owner.blocker, { edit: { kind: kindOf(placed.map((entry) => entry.change.kind)), files: fileEdits }, problems });
  }

  return {
    ...input.plan,
    namespaces: input.plan.namespaces.map((ns) => ({
      ...ns,
      blockers: ns.blockers.map((blocker) => {
        const found = edits.get(blocker);
        if (found === undefined) return blocker;
        return { ...blocker, problems: blocker.problems.map((problem) => withEdit(problem, found.problems.get(problem))), edit: found.edit };
      }),
    })),
  };
}

type PlanProblemEditOf = NonNullable<PlanProblem['edit']>;

function withEdit(problem: PlanProblem, edit: PlanProblemEditOf | undefined): PlanProblem {
  return edit === undefined ? problem : { ...problem, edit };
}

function kindOf(kinds: readonly ('safe' | 'behaviour')[]): PlanEditKind {
  return kinds.includes('behaviour') ? 'changes-behaviour' : 'safe';
}

/** Whether the engine's fix is for the blocker's workload (same object, one of its targets). */
function fixOf(fix: WorkloadFix, namespace: string, blocker: PlanBlocker): boolean {
  const { workload } = blocker;
  return fix.namespace === namespace && fix.kind === workload.kind && fix.name === workload.name && fix.part === workload.part && workload.targets.includes(fix.target.path);
}

/**
 * The engine's file changes split into runs of lines, and the runs of one blocker. A file only one blocking
 * workload changes is all its own. A manifest file holding several of them is split by position: a run
 * belongs to the workload whose object starts last at or above it. Any other shared file (a chart's values
 * file, a kustomization's `patches`) is one edit that serves them all, so each gets all of it.
 */
class FileRuns {
  private readonly changes: Map<string, FileChange>;
  private readonly runs = new Map<string, LineChange[]>();

  constructor(changes: readonly FileChange[]) {
    this.changes = new Map(changes.map((change) => [change.file, change]));
  }

  editFor(file: string, blocker: PlanBlocker, sharing: readonly PlanBlocker[]): { edit: PlanFileEdit; runs: readonly LineChange[] } | undefined {
    const change = this.changes.get(file);
    if (change === undefined) return undefined;
    if (change.before === undefined) return { edit: { file, line: 1, diff: unifiedDiff(change) }, runs: [] };
    const all = this.runsOf(file, change.before, change.after);
    const inFile = sharing.filter((other) => other.workload.file === file);
    let own = all;
    if (blocker.workload.file === file && inFile.length > 1) {
      const starts = [...new Set(inFile.map((other) => other.workload.line))].sort((a, b) => a - b);
      const start = blocker.workload.line;
      const end = starts.find((line) => line > start) ?? Number.POSITIVE_INFINITY;
      own = all.filter((run) => run.oldStart >= start && run.oldStart < end);
    }
    const first = own[0];
    if (first === undefined) return undefined;
    const after = own.length === all.length ? change.after : applyRuns(change.before, own);
    return { edit: { file, line: Math.max(1, first.oldStart), diff: unifiedDiff({ file, before: change.before, after }) }, runs: own };
  }

  private runsOf(file: string, before: string, after: string): LineChange[] {
    let found = this.runs.get(file);
    if (found === undefined) {
      found = lineChanges(before, after);
      this.runs.set(file, found);
    }
    return found;
  }
}

/**
 * The line of the run that holds one of the changed fields (its last key, `privileged:`), so a problem
 * points at its own change within the workload's edit; undefined when no run names one (a value-only edit).
 */
function lineOfChange(runs: readonly LineChange[], paths: readonly FieldPath[]): number | undefined {
  const keys = paths.map((path) => path.filter((segment): segment is string => typeof segment === 'string').pop()).filter((key): key is string => key !== undefined);
  const run = runs.find((candidate) => candidate.newLines.some((text) => keys.some((key) => new RegExp(`(^|[\\s{,-])${escapeRegExp(key)}:`).test(text))));
  return run === undefined ? undefined : Math.max(1, run.oldStart);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `before` with only `runs` applied (line numbers are of `before`; later runs first, so earlier ones stay put). */
function applyRuns(before: string, runs: readonly LineChange[]): string {
  const lines = before.split('\n');
  for (const run of [...runs].sort((a, b) => b.oldStart - a.oldStart)) lines.splice(run.oldStart - 1, run.oldCount, ...run.newLines);
  return lines.join('\n');
}
