/**
 * Small helpers shared by the pure reporters: workload identity, totals, labels and ordering.
 * Nothing here formats for one output only.
 */
import type { Finding, Mode, ScanError, ScanResult, Severity, Suppression, TargetRef, WorkloadVerdict } from '../findings/types.js';
import { MODES } from '../findings/types.js';

/** The identity of one workload object across findings and verdicts (the field line is not part of it). */
export function workloadKey(item: Pick<Finding | WorkloadVerdict, 'file' | 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>): string {
  return [item.file, item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ''].join('\u0000');
}

/** `Deployment default/web`, or `Deployment web` for an object without a namespace. */
export function workloadLabel(item: Pick<Finding | WorkloadVerdict, 'kind' | 'namespace' | 'name' | 'part'>): string {
  const name = item.name === '' ? '(unnamed)' : item.name;
  const label = item.namespace === '' ? `${item.kind} ${name}` : `${item.kind} ${item.namespace}/${name}`;
  return printable(item.part === undefined ? label : `${label} ${item.part}`);
}

/** Identity of an object regardless of the file it was read from. */
export function objectKey(item: Pick<Finding | WorkloadVerdict, 'apiVersion' | 'kind' | 'namespace' | 'name' | 'part'>): string {
  return [item.apiVersion, item.kind, item.namespace, item.name, item.part ?? ''].join('\u0000');
}

/**
 * Maps a finding to the key of its workload. A finding can point at a different file than its object
 * (a kustomize patch sets the field, the base holds the resource); then the verdict for the same
 * object is used when exactly one file holds such an object.
 */
export function workloadResolver(verdicts: readonly WorkloadVerdict[]): (finding: Finding) => string {
  const keys = new Set<string>();
  const filesByObject = new Map<string, Set<string>>();
  const keyByObject = new Map<string, string>();
  for (const verdict of verdicts) {
    const key = workloadKey(verdict);
    keys.add(key);
    const object = objectKey(verdict);
    const files = filesByObject.get(object) ?? new Set<string>();
    files.add(verdict.file);
    filesByObject.set(object, files);
    keyByObject.set(object, key);
  }
  return (finding) => {
    const own = workloadKey(finding);
    if (keys.has(own)) return own;
    const object = objectKey(finding);
    return filesByObject.get(object)?.size === 1 ? (keyByObject.get(object) ?? own) : own;
  };
}

/** Counts per PSA mode. */
export interface ModeTotals {
  /** Workloads with at least one counted violation under this mode. */
  readonly workloads: number;
  /** Unsuppressed, current-version findings whose modes include this mode. */
  readonly findings: number;
}

/** The numbers every reporter prints, computed once so they always agree. */
export interface ScanTotals {
  readonly workloads: number;
  /** Workloads with no unsuppressed enforce violation. */
  readonly passed: number;
  /** Workloads with an unsuppressed enforce violation (what fails the run). */
  readonly failed: number;
  readonly byMode: Readonly<Record<Mode, ModeTotals>>;
  /** Unsuppressed findings at the current version. */
  readonly findings: number;
  readonly suppressed: number;
  /** Findings that only appear at the next version (notes about an upgrade). */
  readonly upcoming: number;
  readonly errors: number;
  readonly notices: number;
}

/** True for a finding that counts against its modes: not suppressed and not a next-version preview. */
export function isCounted(finding: Finding): boolean {
  return finding.suppressed === undefined && finding.upcoming !== true;
}

/**
 * Totals over workloads. Suppression lives on findings, so findings decide pass/fail; a verdict that
 * says "not allowed" without any finding for that workload and mode still counts, so a failure can
 * never disappear from the totals.
 */
export function computeTotals(result: ScanResult): ScanTotals {
  const all = new Set<string>();
  const failing: Record<Mode, Set<string>> = { enforce: new Set(), warn: new Set(), audit: new Set() };
  const findingCount: Record<Mode, number> = { enforce: 0, warn: 0, audit: 0 };
  const withAnyFinding = new Set<string>();
  let suppressed = 0;
  let upcoming = 0;
  let counted = 0;
  const keyOf = workloadResolver(result.workloads);

  for (const finding of result.findings) {
    const key = keyOf(finding);
    all.add(key);
    for (const mode of finding.modes) withAnyFinding.add(`${key}\u0000${mode}`);
    if (finding.suppressed !== undefined) {
      suppressed++;
      continue;
    }
    if (finding.upcoming === true) {
      upcoming++;
      continue;
    }
    counted++;
    for (const mode of finding.modes) {
      failing[mode].add(key);
      findingCount[mode]++;
    }
  }
  for (const verdict of result.workloads) {
    const key = workloadKey(verdict);
    all.add(key);
    if (!verdict.allowed && verdict.exempt === undefined && !withAnyFinding.has(`${key}\u0000${verdict.mode}`)) {
      failing[verdict.mode].add(key);
    }
  }

  const byMode = Object.fromEntries(
    MODES.map((mode) => [mode, { workloads: failing[mode].size, findings: findingCount[mode] }]),
  ) as Record<Mode, ModeTotals>;
  return {
    workloads: all.size,
    passed: all.size - failing.enforce.size,
    failed: failing.enforce.size,
    byMode,
    findings: counted,
    suppressed,
    upcoming,
    errors: result.errors.length,
    notices: result.notices.length,
  };
}

/** `5 workloads` / `1 workload`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

/** 0 for error, 1 for warning, 2 for note: lower is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}

/**
 * Findings most severe first; unsuppressed before suppressed, current before upcoming. Stable, so the
 * scan's deterministic order is kept within a rank.
 */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding): number =>
    severityRank(f.severity) + (f.upcoming === true ? 3 : 0) + (f.suppressed !== undefined ? 6 : 0);
  return findings
    .map((finding, index) => ({ finding, index, rank: rank(finding) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.finding);
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

/** `enforce, audit`. */
export function formatModes(modes: readonly Mode[]): string {
  return modes.join(', ');
}

/** The first sentence of a markdown fix text, as plain text: a hint, not the whole how-to. */
export function firstSentence(markdown: string): string {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, ' ');
  const paragraph = withoutCode.split(/\n\s*\n/).map((part) => part.trim()).find((part) => part !== '') ?? '';
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
