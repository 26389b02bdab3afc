/**
 * Small helpers shared by the pure reporters: the problem report, labels and formatting.
 * Nothing here formats for one output only.
 */
import { buildProblems, countProblems, oncePerFailOn, type Problem, type ProblemCounts } from '../findings/problems.js';
import type {
  FailOn,
  Finding,
  ScanError,
  ScanResult,
  Suppression,
  TargetRef,
  WorkloadVerdict,
} from '../findings/types.js';

/** The problems of a scan and the counts every output prints, built once per report. */
export interface ProblemReport {
  readonly problems: readonly Problem[];
  readonly counts: ProblemCounts;
  readonly failOn: FailOn;
}

/** Groups a scan's findings into problems (blocking first) and counts them. */
export function problemReport(result: ScanResult, failOn: FailOn = 'enforce'): ProblemReport {
  // Built once per result and fail-on, however many outputs one run writes (results are never changed).
  return oncePerFailOn(problemReports, result, failOn, () => {
    const problems = buildProblems(result.findings, failOn);
    return { problems, counts: countProblems(result, problems), failOn };
  });
}

const problemReports = new WeakMap<ScanResult, Map<FailOn, ProblemReport>>();

/**
 * The counts in one line, the same words in the terminal, the job summary and on stderr:
 * `5 workloads (1 passed, 4 failed); 23 problems (enforce 9, warn 23, audit 23); 9 fail the run (fail-on: enforce); 1 error`.
 */
export function countsSentence(counts: ProblemCounts, failOn: FailOn): string {
  const parts = [
    `${plural(counts.workloads, 'workload')} (${counts.passed} passed, ${counts.failed} failed)`,
    `${plural(counts.problems, 'problem')} (enforce ${counts.byMode.enforce.problems}, warn ${counts.byMode.warn.problems}, audit ${counts.byMode.audit.problems})`,
    `${counts.blocking} ${counts.blocking === 1 ? 'fails' : 'fail'} the run (fail-on: ${failOn})`,
  ];
  if (counts.suppressed > 0) parts.push(`${counts.suppressed} suppressed`);
  if (counts.upcoming > 0) parts.push(`${counts.upcoming} only at the next version`);
  parts.push(plural(counts.errors, 'error'));
  if (counts.notices > 0) parts.push(plural(counts.notices, 'notice'));
  return parts.join('; ');
}

/** Problems that count (not suppressed, not only at the next version). */
export function isActive(problem: Problem): boolean {
  return problem.suppressed === undefined && !problem.upcoming;
}

/** `Deployment default/web`, or `Deployment web` for an object without a namespace. */
export function workloadLabel(
  item: Pick<Finding | WorkloadVerdict | Problem, 'kind' | 'namespace' | 'name' | 'part'>,
): string {
  const name = item.name === '' ? '(unnamed)' : item.name;
  const label = item.namespace === '' ? `${item.kind} ${name}` : `${item.kind} ${item.namespace}/${name}`;
  return printable(item.part === undefined ? label : `${label} ${item.part}`);
}

/** `5 workloads` / `1 workload`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * PSA enforces only on Pods: a controller that violates enforce is stored, and the pods it creates are
 * then refused. People read "violates" as "kubectl apply fails", so say what will really happen.
 * The finding's own `note` wins when the scan set one.
 */
export function controllerEnforceNote(finding: Pick<Finding, 'kind' | 'modes' | 'note'>): string | undefined {
  if (finding.note !== undefined && finding.note !== '') return finding.note;
  if (finding.kind === 'Pod' || !finding.modes.includes('enforce')) return undefined;
  return `The ${finding.kind} itself is accepted, but the pods it creates will be rejected by enforce.`;
}

/** `helm charts/web (default, ci/prod-values.yaml)`, `kustomize overlays/prod`, `manifest deploy.yaml`. */
export function formatTarget(target: TargetRef): string {
  const scenarios = target.scenarios.length > 0 ? ` (${target.scenarios.map(printable).join(', ')})` : '';
  return `${target.kind} ${printable(target.path)}${scenarios}`;
}

/**
 * File and object names come from the scanned repository. A name with a newline or an escape sequence
 * must not forge report lines or workflow commands in a terminal or log, so control characters are
 * shown escaped.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => JSON.stringify(char).slice(1, -1));
}

/** Targets worth naming: renders only, since a plain manifest target is just the file itself. */
export function renderedTargets(targets: readonly TargetRef[]): TargetRef[] {
  return targets.filter((target) => target.kind !== 'manifest');
}

/** `file:line`, `file:line:column`, or just `file` when no line is known. */
export function formatLocation(file: string, line?: number, column?: number): string {
  const shown = printable(file);
  if (line === undefined) return shown;
  return column === undefined ? `${shown}:${line}` : `${shown}:${line}:${column}`;
}

/** `file:line:column: message` for an error or notice. */
export function formatScanError(error: ScanError): string {
  return `${formatLocation(error.file, error.line, error.column)}: ${error.message}`;
}

/** `config: reason (expires 2026-12-31)`. */
export function formatSuppression(suppression: Suppression): string {
  const expires = suppression.expires === undefined ? '' : ` (expires ${suppression.expires})`;
  return `${suppression.source}: ${suppression.reason}${expires}`;
}

/** The first sentence of a markdown fix text, as plain text: a hint, not the whole how-to. */
export function firstSentence(markdown: string): string {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, ' ');
  const paragraph =
    withoutCode
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .find((part) => part !== '') ?? '';
  const plain = plainText(paragraph).replace(/\s+/g, ' ').trim();
  const match = /^(.*?[.!?])(\s|$)/.exec(plain);
  return clip((match?.[1] ?? plain).replace(/[:;,]$/, ''), 300);
}

/** Markdown emphasis, code marks and links reduced to their words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, (_match, body: string) =>
      body
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n'),
    )
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1');
}

/** Shortens text to `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
