/**
 * The reading order shared by the terminal and Markdown reports: sections from what fails the run to
 * what is suppressed, and inside each section one block per workload, or one block for the same
 * problem in many workloads when that is shorter.
 */
import { formatPolicies, problemMessage, problemTier, workloadKey, type Problem } from '../findings/problems.js';
import type { FailOn, Severity } from '../findings/types.js';
import type { ProblemReport } from './common.js';
import { groupByKey } from '../util/group-by.js';

export type SectionKind = 'blocking' | 'enforce' | 'warn' | 'audit' | 'upcoming' | 'suppressed';

/** A block: one workload's problems, or one problem shared by several workloads. */
export interface ProblemBlock {
  readonly kind: 'workload' | 'group';
  readonly problems: readonly Problem[];
}

export interface ProblemSection {
  readonly kind: SectionKind;
  readonly title: string;
  /** The severity the section's problems carry (for colour). */
  readonly severity: Severity;
  readonly problems: readonly Problem[];
  readonly blocks: readonly ProblemBlock[];
}

/** Below this many workloads, a shared problem is listed under each workload instead. */
export const MIN_GROUP = 3;

function sectionKind(problem: Problem): SectionKind {
  if (problem.suppressed !== undefined) return 'suppressed';
  if (problem.upcoming) return 'upcoming';
  if (problem.blocking) return 'blocking';
  return problem.modes[0] ?? 'audit';
}

function title(kind: SectionKind, failOn: FailOn): string {
  switch (kind) {
    case 'blocking':
      return `Fails the run (fail-on: ${failOn})`;
    case 'enforce':
      return `Enforce, not failing the run (fail-on: ${failOn})`;
    case 'warn':
      return 'Warnings (warn)';
    case 'audit':
      return 'Audit notes (audit)';
    case 'upcoming':
      return 'Only at the next version';
    case 'suppressed':
      return 'Suppressed';
  }
}

const SEVERITY: Readonly<Record<SectionKind, Severity>> = {
  blocking: 'error',
  enforce: 'error',
  warn: 'warning',
  audit: 'note',
  upcoming: 'note',
  suppressed: 'note',
};

/** What makes two problems in different workloads "the same": check, policies and upstream words. */
export function sameProblemKey(problem: Problem): string {
  return [problem.check, formatPolicies(problem.policies), problemMessage(problem)].join('\u0000');
}

/** Sections in reading order, empty ones left out. Problems keep the report's order. */
export function problemSections(report: ProblemReport): ProblemSection[] {
  const ordered = [...report.problems].sort(
    (a, b) => Number(b.blocking) - Number(a.blocking) || problemTier(a) - problemTier(b),
  );
  const byKind = groupByKey(ordered, sectionKind);
  const order: SectionKind[] = ['blocking', 'enforce', 'warn', 'audit', 'upcoming', 'suppressed'];
  return order
    .filter((kind) => byKind.has(kind))
    .map((kind) => {
      const problems = byKind.get(kind) ?? [];
      return {
        kind,
        title: title(kind, report.failOn),
        severity: SEVERITY[kind],
        problems,
        blocks: blocks(problems, kind !== 'suppressed'),
      };
    });
}

/** Blocks in the order of their first problem. */
export function blocks(problems: readonly Problem[], group: boolean): ProblemBlock[] {
  const shared = group ? groupByKey(problems, sameProblemKey) : new Map<string, Problem[]>();
  const grouped = new Set<string>();
  for (const [key, list] of shared) {
    if (new Set(list.map((problem) => workloadKey(problem))).size >= MIN_GROUP) grouped.add(key);
  }
  const out: { kind: 'workload' | 'group'; problems: Problem[] }[] = [];
  const blockByKey = new Map<string, { kind: 'workload' | 'group'; problems: Problem[] }>();
  for (const problem of problems) {
    const same = sameProblemKey(problem);
    const key = grouped.has(same) ? `group\u0000${same}` : `workload\u0000${workloadKey(problem)}`;
    let block = blockByKey.get(key);
    if (block === undefined) {
      block = { kind: grouped.has(same) ? 'group' : 'workload', problems: [] };
      blockByKey.set(key, block);
      out.push(block);
    }
    block.problems.push(problem);
  }
  return out;
}
