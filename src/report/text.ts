/**
 * The terminal report: each problem once, what blocks the merge first. One header line per workload
 * (or per group of workloads with the same problem), one line per problem
 * (`file:line  check  policies  message`) and a fix line with the check's page; then errors, notices
 * and the counts.
 */
import { formatPolicies, problemMessage, workloadKey, type Problem } from '../findings/problems.js';
import type { FailOn, ScanResult, WorkloadVerdict } from '../findings/types.js';
import { itemAt } from '../util/item-at.js';
import { groupsByKey } from '../util/group-by.js';
import { alternativeAdvice, checkFix, checkPageUrl, formatRelatedPlace, relatedPlaces } from './advice.js';
import {
  controllerEnforceNote,
  countsSentence,
  isActive,
  formatLocation,
  formatScanError,
  formatSuppression,
  formatTarget,
  plural,
  printable,
  problemReport,
  renderedTargets,
  workloadLabel,
} from './common.js';
import { problemSections, type ProblemBlock } from './sections.js';

/** Options for {@link renderText}. */
export interface TextOptions {
  /** Emit ANSI colour codes (the CLI passes `process.stdout.isTTY`-based decisions in). */
  readonly color: boolean;
  /** Also list field paths, every policy's upstream message, related locations, targets and passing workloads. */
  readonly verbose?: boolean;
  /** List suppressed problems one line each instead of only counting them. */
  readonly showSuppressed?: boolean;
  /** Which problems fail the run (default `enforce`): they come first, under "Blocks the merge". */
  readonly failOn?: FailOn;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const ANSI: Readonly<Record<Style, [string, string]>> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
};

type Paint = (text: string, ...styles: Style[]) => string;

function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) => styles.reduce((acc, style) => `${ANSI[style][0]}${acc}${ANSI[style][1]}`, text);
}

const SEVERITY_COLOUR = { error: 'red', warning: 'yellow', note: 'cyan' } as const;

/**
 * Renders a scan result for a terminal. Pure: colour only when `options.color` is true, a trailing
 * newline at the end.
 */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = painter(options.color);
  const verbose = options.verbose === true;
  const report = problemReport(result, options.failOn);
  const lines: string[] = [];
  const definedAt = definitionFinder(result.workloads);

  for (const section of problemSections(report)) {
    if (section.kind === 'suppressed' && options.showSuppressed !== true) continue;
    const colour =
      section.kind === 'blocking' ? 'red' : section.kind === 'suppressed' ? 'dim' : SEVERITY_COLOUR[section.severity];
    lines.push(paint(`${section.title}: ${plural(section.problems.length, 'problem')}`, 'bold', colour));
    for (const block of section.blocks) {
      if (section.kind === 'suppressed') lines.push(...suppressedLines(block, paint));
      else lines.push(...blockLines(block, paint, verbose, definedAt));
    }
    lines.push('');
  }
  const suppressed = report.counts.suppressed;
  if (suppressed > 0 && options.showSuppressed !== true) {
    lines.push(
      paint(
        `${suppressed} suppressed ${suppressed === 1 ? 'problem is' : 'problems are'} not shown (--show-suppressed lists them).`,
        'dim',
      ),
      '',
    );
  }

  if (verbose) {
    const withProblems = new Set(report.problems.filter(isActive).map((problem) => workloadKey(problem)));
    const passing = passingWorkloads(result.workloads).filter((verdict) => !withProblems.has(workloadKey(verdict)));
    if (passing.length > 0) {
      lines.push(paint(`Passing workloads (${passing.length})`, 'bold', 'green'));
      for (const verdict of passing) {
        const exempt = verdict.exempt === undefined ? '' : `  exempt (${verdict.exempt})`;
        lines.push(`  ${formatLocation(verdict.file, verdict.line)}  ${workloadLabel(verdict)}${exempt}`);
      }
      lines.push('');
    }
  }

  if (result.errors.length > 0) {
    lines.push(paint('Errors', 'bold', 'red'));
    for (const error of result.errors) lines.push(`  ${paint(formatScanError(error), 'red')}`);
    lines.push('');
  }
  if (result.notices.length > 0) {
    lines.push(paint('Notices', 'bold'));
    for (const notice of result.notices) lines.push(`  ${formatScanError(notice)}`);
    lines.push('');
  }

  const failing = report.counts.blocking > 0 || report.counts.errors > 0;
  lines.push(paint(countsSentence(report.counts, report.failOn), 'bold', failing ? 'red' : 'green'));
  return `${lines.join('\n')}\n`;
}

/**
 * Where an object is defined: its own file when a verdict was given there, else (a problem that points at another
 * file, such as a kustomize patch) the first file that defines an object of that identity.
 */
function definitionFinder(verdicts: readonly WorkloadVerdict[]): (problem: Problem) => string {
  const identity = (item: Pick<Problem, 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>): string =>
    [item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ''].join('\u0000');
  const byObject = new Map<string, WorkloadVerdict>();
  const inFile = new Map<string, WorkloadVerdict>();
  for (const verdict of verdicts) {
    const key = identity(verdict);
    if (!byObject.has(key)) byObject.set(key, verdict);
    const own = workloadKey(verdict);
    if (!inFile.has(own)) inFile.set(own, verdict);
  }
  return (problem) => {
    const verdict = inFile.get(workloadKey(problem)) ?? byObject.get(identity(problem));
    return verdict === undefined ? formatLocation(problem.file) : formatLocation(verdict.file, verdict.line);
  };
}

function blockLines(
  block: ProblemBlock,
  paint: Paint,
  verbose: boolean,
  definedAt: (problem: Problem) => string,
): string[] {
  const [first] = block.problems as [Problem, ...Problem[]];
  const lines: string[] = [];
  if (block.kind === 'workload') {
    lines.push(`  ${paint(workloadLabel(first), 'bold')}  ${paint(definedAt(first), 'dim')}`);
    // Said once per workload: it explains every enforce problem below it.
    const note = block.problems.map((problem) => controllerEnforceNote(problem)).find((text) => text !== undefined);
    if (note !== undefined) lines.push(`    ${paint(note, 'yellow')}`);
    const advice = block.problems.map((problem) => alternativeAdvice(problem)).find((text) => text !== undefined);
    if (advice !== undefined) lines.push(`    ${paint(advice, 'yellow')}`);
    for (const problem of block.problems) {
      lines.push(`    ${problemLine(problem, paint)}`);
      if (verbose) lines.push(...verboseLines(problem).map((line) => `      ${paint(line, 'dim')}`));
      lines.push(`      ${fixText(problem, paint)}`);
    }
    return lines;
  }
  // A group: the same check, policies and message in several workloads, said once.
  lines.push(
    `  ${paint(`${block.problems.length} workloads`, 'bold')}  ${paint(first.check, 'bold')}  ${formatPolicies(first.policies)}  ${printable(problemMessage(first))}`,
  );
  for (const problem of block.problems) {
    lines.push(`    ${formatLocation(problem.file, problem.line)}  ${workloadLabel(problem)}`);
    if (verbose) lines.push(...verboseLines(problem).map((line) => `      ${paint(line, 'dim')}`));
  }
  lines.push(`    ${fixText(first, paint)}`);
  return lines;
}

function problemLine(problem: Problem, paint: Paint): string {
  return `${formatLocation(problem.file, problem.line)}  ${paint(problem.check, 'bold')}  ${formatPolicies(problem.policies)}  ${printable(problemMessage(problem))}`;
}

function fixText(problem: Problem, paint: Paint): string {
  return paint(`fix: ${checkFix(problem.check)} ${checkPageUrl(problem.check)}`, 'green');
}

function verboseLines(problem: Problem): string[] {
  const lines = [`field: ${printable(problem.field)}`];
  for (const finding of problem.findings) lines.push(`${finding.modes.join(', ')}: ${printable(finding.message)}`);
  for (const place of relatedPlaces(problem.related)) {
    lines.push(
      `related: ${printable(formatRelatedPlace(place))}${place.message === undefined ? '' : ` ${printable(place.message)}`}`,
    );
  }
  const targets = renderedTargets(problem.targets);
  if (targets.length > 0)
    lines.push(`${targets.length === 1 ? 'target' : 'targets'}: ${targets.map(formatTarget).join('; ')}`);
  return lines;
}

function suppressedLines(block: ProblemBlock, paint: Paint): string[] {
  return block.problems.map((problem) => {
    const why = problem.suppressed === undefined ? '' : `  suppressed by ${formatSuppression(problem.suppressed)}`;
    return paint(
      `  ${formatLocation(problem.file, problem.line)}  ${problem.check}  ${workloadLabel(problem)}${why}`,
      'dim',
    );
  });
}

/** One entry per passing workload (a verdict per mode exists; the workload passes when all allow it). */
function passingWorkloads(verdicts: readonly WorkloadVerdict[]): WorkloadVerdict[] {
  return groupsByKey(verdicts, workloadKey)
    .filter((list) => list.every((verdict) => verdict.allowed))
    .map((list) => itemAt(list, 0));
}
