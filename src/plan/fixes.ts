/**
 * The fix engine's edits for what blocks each namespace's next level: each blocking workload's problems are
 * handed to `planFixes` (the engine `podsec fix` runs), behaviour changes allowed but marked, and the
 * workload gets its edit as a unified diff per file. Problems the engine cannot clear keep the check's
 * one-line advice. Pure: files are read through SourceFiles.
 */
import { effectiveNamespace, type AssessItem } from '../findings/assess.js';
import type { Finding } from '../findings/types.js';
import { lineChanges, unifiedDiff, type LineChange } from '../fix/diff.js';
import { planFixes, type FileChange, type SourceFiles, type WorkloadFix } from '../fix/engine.js';
import type { PolicyOptions } from '../options.js';
import type { FieldPath } from '../policy/types.js';
import { blockingFindings, planAssessment } from './build.js';
import type {
  NamespacePlan,
  PlanBlocker,
  PlanEdit,
  PlanEditKind,
  PlanFileEdit,
  PlanProblem,
  RolloutPlan,
} from './types.js';
import { itemAt } from '../util/item-at.js';

export interface PlanFixInput {
  readonly plan: RolloutPlan;
  /** The scan's workloads (runScan's `keepItems`): the engine reads the rendered objects. */
  readonly items: readonly AssessItem[];
  readonly policy: PolicyOptions;
  readonly today: string;
  readonly files: SourceFiles;
}

/**
 * Blocking workloads that get the engine's edit; the others keep the advice. Planning and placing edits
 * costs about what `podsec fix` costs for the same workloads, so a plan of thousands of blockers stays as
 * quick as its scan.
 */
export const MAX_EDITED_BLOCKERS = 100;

interface Owner {
  readonly blocker: PlanBlocker;
  readonly fixes: readonly WorkloadFix[];
}

/** The plan with `edit` on blockers and problems where the fix engine has one. */
export function withPlanFixes(input: PlanFixInput): RolloutPlan {
  const blocking = input.plan.namespaces.filter((ns) => ns.next !== undefined && ns.blockers.length > 0);
  if (blocking.length === 0) return input.plan;
  const { assessed } = planAssessment(input);
  const itemsOf = groupItems(input.items);
  // The first blockers, with their workloads and findings: one engine run for all of them.
  const chosen: { blocker: PlanBlocker; namespace: string }[] = [];
  const items: AssessItem[] = [];
  const findings: Finding[] = [];
  for (const ns of blocking) {
    const nsFindings = blockingFindings(assessed.findings, ns.name, ns.next as NonNullable<NamespacePlan['next']>);
    for (const blocker of ns.blockers) {
      if (chosen.length >= MAX_EDITED_BLOCKERS) break;
      const { workload } = blocker;
      chosen.push({ blocker, namespace: ns.name });
      for (const target of workload.targets)
        for (const item of itemsOf.get(itemKey(ns.name, workload.kind, workload.name, workload.part, target)) ?? [])
          items.push(item);
      for (const finding of nsFindings)
        if (finding.kind === workload.kind && finding.name === workload.name && finding.part === workload.part)
          findings.push(finding);
    }
  }
  const fixed = planFixes({ items, findings, files: input.files, options: { allowBehaviourChange: true } });
  const owners: Owner[] = chosen.map(({ blocker, namespace }) => ({
    blocker,
    fixes: fixed.workloads.filter((fix) => fixOf(fix, namespace, blocker)),
  }));
  const changes = new Map(fixed.files.map((change) => [change.file, change]));
  const edits = new Map<PlanBlocker, { edit: PlanEdit; problems: Map<PlanProblem, PlanProblemEditOf> }>();
  for (const owner of owners) {
    const found = blockerEdit(owner, owners, changes);
    if (found !== undefined) edits.set(owner.blocker, found);
  }
  const left = blocking.reduce((sum, ns) => sum + ns.blockers.length, 0) - chosen.length;
  return {
    ...input.plan,
    ...(left > 0 ? { editsLeftOut: left } : {}),
    namespaces: input.plan.namespaces.map((ns) => ({
      ...ns,
      blockers: ns.blockers.map((blocker) => {
        const found = edits.get(blocker);
        if (found === undefined) return blocker;
        return {
          ...blocker,
          problems: blocker.problems.map((problem) => withEdit(problem, found.problems.get(problem))),
          edit: found.edit,
        };
      }),
    })),
  };
}

/** The identity of a workload in one target, as the plan and the engine both name it. */
function itemKey(namespace: string, kind: string, name: string, part: string | undefined, target: string): string {
  return [namespace, kind, name, part ?? '', target].join('\u0000');
}

function groupItems(items: readonly AssessItem[]): Map<string, AssessItem[]> {
  const out = new Map<string, AssessItem[]>();
  for (const item of items) {
    const { workload } = item;
    const key = itemKey(
      effectiveNamespace(workload, item.defaultNamespace),
      workload.kind,
      workload.name,
      workload.part,
      item.targetRef.path,
    );
    const list = out.get(key) ?? [];
    list.push(item);
    out.set(key, list);
  }
  return out;
}

/** Whether the engine's fix is for the blocker's workload (same object, one of its targets). */
function fixOf(fix: WorkloadFix, namespace: string, blocker: PlanBlocker): boolean {
  const { workload } = blocker;
  return (
    fix.namespace === namespace &&
    fix.kind === workload.kind &&
    fix.name === workload.name &&
    fix.part === workload.part &&
    workload.targets.includes(fix.target.path)
  );
}

/** One blocking workload's edit, and where each of its problems' changes went. */
function blockerEdit(
  owner: Owner,
  owners: readonly Owner[],
  changes: ReadonlyMap<string, FileChange>,
): { edit: PlanEdit; problems: Map<PlanProblem, PlanProblemEditOf> } | undefined {
  const fileEdits: PlanFileEdit[] = [];
  const runsOf = new Map<string, readonly LineChange[]>();
  for (const file of [...new Set(owner.fixes.flatMap((fix) => fix.files))].sort()) {
    const change = changes.get(file);
    if (change === undefined) continue;
    const sharing = owners.filter((other) => other.fixes.some((fix) => fix.files.includes(file)));
    const own = ownChange(
      change,
      owner.blocker,
      sharing.map((other) => other.blocker),
    );
    if (own === undefined) continue;
    const runs = own.before === undefined ? [] : lineChanges(own.before, own.after);
    if (own.before !== undefined && runs.length === 0) continue;
    runsOf.set(file, runs);
    fileEdits.push({ file, line: Math.max(1, runs[0]?.oldStart ?? 1), diff: unifiedDiff(own) });
  }
  if (fileEdits.length === 0) return undefined;
  const placed = owner.fixes.flatMap((fix) => fix.placed);
  const cleared = new Set(owner.fixes.flatMap((fix) => fix.cleared.map((finding) => finding.check)));
  const problems = new Map<PlanProblem, PlanProblemEditOf>();
  for (const problem of owner.blocker.problems) {
    if (!cleared.has(problem.check)) continue;
    // The changes made for this check; a check cleared by another's change (a restricted check that
    // replaces a baseline one) takes the kind and place of all the workload's changes.
    const own = placed.filter((entry) => entry.change.check === problem.check);
    const changesOf = own.length > 0 ? own : placed;
    const file = changesOf[0]?.file ?? fileEdits[0]?.file ?? '';
    const line =
      lineOfChange(
        runsOf.get(file) ?? [],
        changesOf.map((entry) => entry.path),
      ) ??
      fileEdits.find((edit) => edit.file === file)?.line ??
      1;
    problems.set(problem, { kind: kindOf(changesOf.map((entry) => entry.change.kind)), file, line });
  }
  return { edit: { kind: kindOf(placed.map((entry) => entry.change.kind)), files: fileEdits }, problems };
}

/**
 * The part of a file change that is the blocker's own. A file only it changes is all its own. A manifest
 * file holding several blocking workloads is split by YAML document: the blocker gets the changes of the
 * document its object starts in (undefined when the documents cannot be told apart). Any other shared
 * file (a chart's values file, a kustomization's `patches`) is one edit that serves them all.
 */
function ownChange(change: FileChange, blocker: PlanBlocker, sharing: readonly PlanBlocker[]): FileChange | undefined {
  if (sharing.length <= 1 || change.before === undefined || blocker.workload.file !== change.file) return change;
  const before = documents(change.before);
  const after = documents(change.after);
  if (before.length !== after.length) return undefined;
  const index = before.findIndex(
    (doc) => blocker.workload.line >= doc.start && blocker.workload.line < doc.start + doc.lines.length,
  );
  if (index < 0) return undefined;
  const merged = before.map((doc, i) => (i === index ? itemAt(after, i) : doc).lines.join('\n'));
  return { ...change, after: merged.join('\n') };
}

interface Document {
  /** 1-based line of its first line (the `---` marker of all but the first). */
  readonly start: number;
  readonly lines: readonly string[];
}

/** The YAML documents of a file, split before each `---` marker line. */
function documents(text: string): Document[] {
  const out: { start: number; lines: string[] }[] = [{ start: 1, lines: [] }];
  text.split('\n').forEach((line, index) => {
    if (index > 0 && /^---(\s|$)/.test(line)) out.push({ start: index + 1, lines: [] });
    (out[out.length - 1] as { lines: string[] }).lines.push(line);
  });
  return out;
}

type PlanProblemEditOf = NonNullable<PlanProblem['edit']>;

function withEdit(problem: PlanProblem, edit: PlanProblemEditOf | undefined): PlanProblem {
  return edit === undefined ? problem : { ...problem, edit };
}

function kindOf(kinds: readonly ('safe' | 'behaviour')[]): PlanEditKind {
  return kinds.includes('behaviour') ? 'changes-behaviour' : 'safe';
}

/**
 * The line of the run that holds one of the changed fields (its last key, `privileged:`), so a problem
 * points at its own change within the workload's edit; undefined when no run names one (a value-only edit).
 */
function lineOfChange(runs: readonly LineChange[], paths: readonly FieldPath[]): number | undefined {
  const keys = paths
    .map((path) => path.filter((segment): segment is string => typeof segment === 'string').pop())
    .filter((key): key is string => key !== undefined);
  const run = runs.find((candidate) =>
    candidate.newLines.some((text) => keys.some((key) => new RegExp(`(^|[\\s{,-])${escapeRegExp(key)}:`).test(text))),
  );
  return run === undefined ? undefined : Math.max(1, run.oldStart);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
