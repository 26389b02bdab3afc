/**
 * How the comparison with a baseline is shown: one line of counts ("3 new problems (12 existing, not
 * failing)") and the fixed problems, as text, Markdown (job summary) and JSON. Pure.
 */
import { plural, printable, workloadLabel } from '../report/common.js';
import { cell, escapeInline } from '../report/summary.js';
import type { BaselineComparison, ComparedProblem } from './compare.js';

/** The numbers of a comparison, for reports that do not list its problems (the pull request's summary comment). */
export interface BaselineTally {
  readonly source: string;
  readonly new: number;
  readonly existing: number;
  readonly fixed: number;
}

export function baselineTally(comparison: BaselineComparison): BaselineTally {
  return {
    source: comparison.source,
    new: comparison.newProblems.length,
    existing: comparison.existing,
    fixed: comparison.fixed.length,
  };
}

/** `3 new problems (12 existing, not failing)`, plus `; 2 fixed` when some were. */
export function formatBaselineTally(tally: BaselineTally): string {
  const fixed = tally.fixed > 0 ? `; ${tally.fixed} fixed` : '';
  return `${plural(tally.new, 'new problem')} (${tally.existing} existing, not failing)${fixed}`;
}

export function baselineCounts(comparison: BaselineComparison): string {
  return formatBaselineTally(baselineTally(comparison));
}

function problemLine(problem: ComparedProblem): string {
  return `${problem.check} in ${workloadLabel(problem)}: ${problem.detail}`;
}

/** Lines for the terminal report. */
export function renderBaselineText(comparison: BaselineComparison): string {
  const lines = [`Compared with the baseline ${printable(comparison.source)}: ${baselineCounts(comparison)}`];
  for (const problem of comparison.newProblems) lines.push(`  new:   ${printable(problemLine(problem))}`);
  for (const problem of comparison.fixed) lines.push(`  fixed: ${printable(problemLine(problem))}`);
  return `${lines.join('\n')}\n`;
}

/** A job summary section. */
export function renderBaselineMarkdown(comparison: BaselineComparison): string {
  const out = [
    '### Compared with the baseline',
    '',
    `**${escapeInline(baselineCounts(comparison))}**, against ${escapeInline(comparison.source)}.`,
    '',
  ];
  const table = (title: string, problems: readonly ComparedProblem[]): void => {
    if (problems.length === 0) return;
    out.push(
      `<details><summary>${escapeInline(title)}</summary>`,
      '',
      '| Workload | Check | Problem |',
      '| --- | --- | --- |',
    );
    for (const problem of problems)
      out.push(`| ${cell(workloadLabel(problem))} | ${cell(problem.check)} | ${cell(problem.detail)} |`);
    out.push('', '</details>', '');
  };
  table(plural(comparison.newProblems.length, 'new problem'), comparison.newProblems);
  table(plural(comparison.fixed.length, 'fixed problem'), comparison.fixed);
  return `${out.join('\n').trimEnd()}\n`;
}

/** The `baseline` field of the JSON report. */
export interface JsonBaseline {
  readonly source: string;
  readonly new: number;
  readonly existing: number;
  readonly fixed: readonly ComparedProblem[];
}

export function jsonBaseline(comparison: BaselineComparison): JsonBaseline {
  return {
    source: comparison.source,
    new: comparison.newProblems.length,
    existing: comparison.existing,
    fixed: comparison.fixed,
  };
}
