/**
 * Compares a scan with a baseline: problems the baseline already had are marked existing (a suppression
 * with source `baseline`, so they are still reported, folded with the other suppressed findings, but never
 * fail the run, get an annotation or an inline comment); the others are new; baseline problems the scan
 * no longer sees are fixed. Pure.
 */
import type { Finding, ScanResult } from '../findings/types.js';
import { problemKey, sameTargets, type BaselineProblem } from './identity.js';
import type { Baseline } from './read.js';

/** A problem as the comparison lists it. */
export interface ComparedProblem {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly part?: string;
  readonly check: string;
  readonly detail: string;
  /** Where it is now (new problems) or was last seen by target (fixed problems: no line is known). */
  readonly file?: string;
  readonly line?: number;
  readonly targets: readonly string[];
}

/** The outcome of a comparison, for the reports. */
export interface BaselineComparison {
  readonly source: string;
  /** Problems not in the baseline that count (unsuppressed, current version): these fail as usual. */
  readonly newProblems: readonly ComparedProblem[];
  /** How many problems the baseline already had (they do not fail). */
  readonly existing: number;
  /** Problems of the baseline that the scan no longer finds. */
  readonly fixed: readonly ComparedProblem[];
}

/** The reason an existing problem carries, shown wherever suppressed findings are. */
export function existingReason(source: string): string {
  return `already present in the baseline (${source}); not failing`;
}

/** Marks existing problems in `result` and lists new and fixed ones. */
export function applyBaseline(
  result: ScanResult,
  baseline: Baseline,
): { result: ScanResult; comparison: BaselineComparison } {
  const scans = {
    currentTargets: new Set([
      ...result.targets.map((summary) => summary.ref.path),
      ...result.findings.flatMap(targetPaths),
    ]),
    previousTargets: new Set([...baseline.targets, ...baseline.problems.flatMap((problem) => problem.targets)]),
  };
  const byKey = new Map<string, BaselineProblem[]>();
  for (const problem of baseline.problems) {
    const key = problemKey(problem);
    const list = byKey.get(key) ?? [];
    list.push(problem);
    byKey.set(key, list);
  }
  const matched = new Set<BaselineProblem>();
  const reason = existingReason(baseline.source);

  const findings = result.findings.map((finding): Finding => {
    const current = targetPaths(finding);
    const earlier = (byKey.get(problemKey(finding)) ?? []).filter((problem) =>
      sameTargets(current, problem.targets, scans),
    );
    for (const problem of earlier) matched.add(problem);
    if (finding.suppressed !== undefined || earlier.length === 0) return finding;
    return { ...finding, suppressed: { reason, source: 'baseline' } };
  });

  const fixed = new Map<string, ComparedProblem>();
  for (const problem of baseline.problems) {
    if (matched.has(problem)) continue;
    const identity = `${problemKey(problem)}\u0000${[...problem.targets].sort().join('\u0000')}`;
    if (!fixed.has(identity)) fixed.set(identity, compared(problem, problem.targets));
  }
  return {
    result: { ...result, findings },
    comparison: comparisonOf(findings, baseline.source, [...fixed.values()]),
  };
}

/**
 * The comparison as the marked findings tell it: new problems are the counted ones (unsuppressed, current
 * version), existing ones carry the `baseline` suppression; one of each per workload × check × detail ×
 * targets. The publish step of the action rebuilds the comparison of the scan step from its JSON report
 * this way, so only the source and the fixed problems travel in the report's `baseline` field.
 */
export function comparisonOf(
  findings: readonly Finding[],
  source: string,
  fixed: readonly ComparedProblem[],
): BaselineComparison {
  const newProblems = new Map<string, ComparedProblem>();
  const existing = new Set<string>();
  for (const finding of findings) {
    const current = targetPaths(finding);
    const identity = `${problemKey(finding)}\u0000${[...current].sort().join('\u0000')}`;
    if (finding.suppressed?.source === 'baseline') existing.add(identity);
    else if (finding.suppressed === undefined && finding.upcoming !== true && !newProblems.has(identity))
      newProblems.set(identity, compared(finding, current, finding));
  }
  return { source, newProblems: [...newProblems.values()], existing: existing.size, fixed };
}

function targetPaths(finding: Finding): string[] {
  return finding.targets.map((target) => target.path);
}

function compared(
  problem: Omit<ComparedProblem, 'targets' | 'file' | 'line'>,
  targets: readonly string[],
  at?: { file: string; line: number },
): ComparedProblem {
  return {
    kind: problem.kind,
    namespace: problem.namespace,
    name: problem.name,
    ...(problem.part !== undefined ? { part: problem.part } : {}),
    check: problem.check,
    detail: problem.detail,
    ...(at ? { file: at.file, line: at.line } : {}),
    targets: [...targets],
  };
}

/** A baseline made from a scan held in memory (the action's scan of the pull request's base commit). */
export function baselineFromResult(result: ScanResult, source: string): Baseline {
  return {
    source,
    problems: result.findings
      .filter((finding) => finding.suppressed === undefined || finding.suppressed.source === 'baseline')
      .map((finding) => ({ ...compared(finding, targetPaths(finding)) })),
    targets: result.targets.map((summary) => summary.ref.path),
  };
}

/**
 * One comparison for shard results merged into one (`mode: merge`): new and existing problems from the
 * merged findings, the sources named once each, fixed problems once each.
 */
export function mergeComparisons(
  findings: readonly Finding[],
  comparisons: readonly BaselineComparison[],
): BaselineComparison {
  const fixed = new Map<string, ComparedProblem>();
  for (const comparison of comparisons) {
    for (const problem of comparison.fixed) {
      const identity = `${problemKey(problem)}\u0000${[...problem.targets].sort().join('\u0000')}`;
      if (!fixed.has(identity)) fixed.set(identity, problem);
    }
  }
  const sources = [...new Set(comparisons.map((comparison) => comparison.source))];
  return comparisonOf(findings, sources.join(', '), [...fixed.values()]);
}
