/**
 * The terminal report: findings grouped by file, then by workload, with the upstream message on each
 * line, then errors, notices and a one-line summary.
 */
import type { Finding, ScanResult, WorkloadVerdict } from '../findings/types.js';
import {
  computeTotals,
  controllerEnforceNote,
  formatLocation,
  formatModes,
  formatScanError,
  formatSuppression,
  formatTarget,
  plural,
  renderedTargets,
  workloadKey,
  printable,
  workloadLabel,
  workloadResolver,
} from './common.js';

/** Options for {@link renderText}. */
export interface TextOptions {
  /** Emit ANSI colour codes (the CLI passes `process.stdout.isTTY`-based decisions in). */
  readonly color: boolean;
  /** Also list passing workloads and the field path of each finding. */
  readonly verbose?: boolean;
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

interface WorkloadGroup {
  readonly label: string;
  /** The object's line in the group's file; undefined when the object is defined in another file. */
  readonly line: number | undefined;
  /** Where the object is defined, when that is not the group's file (a kustomize patch's finding). */
  readonly definedAt: string | undefined;
  readonly findings: Finding[];
  readonly verdicts: readonly WorkloadVerdict[];
}

/**
 * Renders a scan result for a terminal. Pure: colour only when `options.color` is true, no trailing
 * state, a trailing newline at the end.
 */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = painter(options.color);
  const verbose = options.verbose === true;
  const lines: string[] = [];

  const verdictsByKey = new Map<string, WorkloadVerdict[]>();
  for (const verdict of result.workloads) push(verdictsByKey, workloadKey(verdict), verdict);
  const keyOf = workloadResolver(result.workloads);

  const files = new Map<string, Map<string, WorkloadGroup>>();
  const shown = new Set<string>();
  const groupFor = (file: string, key: string, label: string): WorkloadGroup => {
    let workloads = files.get(file);
    if (workloads === undefined) {
      workloads = new Map();
      files.set(file, workloads);
    }
    let group = workloads.get(key);
    if (group === undefined) {
      const verdicts = verdictsByKey.get(key) ?? [];
      const own = verdicts.find((verdict) => verdict.file === file);
      const elsewhere = own === undefined ? verdicts[0] : undefined;
      group = { label, line: own?.line, definedAt: elsewhere && formatLocation(elsewhere.file, elsewhere.line), findings: [], verdicts };
      workloads.set(key, group);
      shown.add(key);
    }
    return group;
  };

  // Grouped by the file a finding points at: that is where the fix goes.
  for (const finding of result.findings) {
    groupFor(finding.file, keyOf(finding), workloadLabel(finding)).findings.push(finding);
  }
  if (verbose) {
    for (const verdict of result.workloads) {
      const key = workloadKey(verdict);
      if (!shown.has(key)) groupFor(verdict.file, key, workloadLabel(verdict));
    }
  }

  for (const [file, workloads] of files) {
    lines.push(paint(printable(file), 'bold'));
    for (const group of workloads.values()) {
      lines.push(...workloadHeader(group, paint).map((line) => `  ${line}`));
      // Said once per workload: it explains every enforce finding below it.
      const note = group.findings.map((finding) => (finding.suppressed ? undefined : controllerEnforceNote(finding))).find((text) => text !== undefined);
      if (note !== undefined) lines.push(`    ${paint(note, 'yellow')}`);
      for (const finding of group.findings) lines.push(...findingLines(finding, paint, verbose));
    }
    lines.push('');
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

  lines.push(summaryLine(result, paint));
  return `${lines.join('\n')}\n`;
}

function workloadHeader(group: WorkloadGroup, paint: Paint): string[] {
  const where = group.line !== undefined ? ` (line ${group.line})` : group.definedAt !== undefined ? ` (defined in ${group.definedAt})` : '';
  const head = `${paint(group.label, 'bold')}${where}`;
  if (group.findings.length > 0) return [head];
  const exempt = group.verdicts.find((verdict) => verdict.exempt !== undefined)?.exempt;
  if (exempt !== undefined) return [`${head}  ${paint(`exempt (${exempt})`, 'dim')}`];
  // A verdict that failed without a finding (should not happen) is still shown, never called "passed".
  const failing = group.verdicts.filter((verdict) => !verdict.allowed);
  if (failing.length === 0) return [`${head}  ${paint('passed', 'green')}`];
  return [head, ...failing.map((verdict) => `    ${verdict.mode}: ${verdict.message ?? `fails ${verdict.level}:${verdict.version}`}`)];
}

const TAGS = { error: 'ERROR', warning: 'WARN', note: 'NOTE' } as const;
const COLOURS = { error: 'red', warning: 'yellow', note: 'cyan' } as const;

function findingLines(finding: Finding, paint: Paint, verbose: boolean): string[] {
  const suppressed = finding.suppressed !== undefined;
  const tag = suppressed ? 'SUPPRESSED' : TAGS[finding.severity];
  const tagText = suppressed ? paint(tag, 'dim') : paint(tag, COLOURS[finding.severity], 'bold');
  const head = `${tagText} ${finding.check} [${formatModes(finding.modes)}] ${formatLocation(finding.file, finding.line, finding.column)}`;

  const details: string[] = [finding.message];
  if (finding.upcoming === true) details.push(`starts failing at ${finding.level}:${finding.version} (next version)`);
  if (finding.suppressed !== undefined) details.push(`suppressed by ${formatSuppression(finding.suppressed)}`);
  const targets = renderedTargets(finding.targets);
  if (targets.length > 0) details.push(`${targets.length === 1 ? 'target' : 'targets'}: ${targets.map(formatTarget).join('; ')}`);
  for (const related of finding.related) {
    const why = related.message === undefined ? '' : ` ${related.message}`;
    details.push(`related: ${formatLocation(related.file, related.line, related.column)}${why}`);
  }
  if (verbose) details.push(`field: ${finding.field}`);

  const indentHead = `    ${head}`;
  const indentDetails = details.map((line) => `      ${line}`);
  if (suppressed) return [paint(indentHead, 'dim'), ...indentDetails.map((line) => paint(line, 'dim'))];
  return [indentHead, ...indentDetails];
}

function summaryLine(result: ScanResult, paint: Paint): string {
  const totals = computeTotals(result);
  const failed = paint(`${totals.failed} failed`, totals.failed > 0 ? 'red' : 'green');
  const parts = [`${plural(totals.workloads, 'workload')}, ${totals.passed} passed, ${failed}; ${plural(totals.errors, 'error')}`];
  const modes = (['enforce', 'warn', 'audit'] as const).map((mode) => `${mode} ${totals.byMode[mode].workloads}`).join(', ');
  const extras = [`violations by mode: ${modes}`];
  if (totals.suppressed > 0) extras.push(`${totals.suppressed} suppressed`);
  if (totals.upcoming > 0) extras.push(`${totals.upcoming} upcoming`);
  if (totals.notices > 0) extras.push(plural(totals.notices, 'notice'));
  return paint(`${parts.join('')} (${extras.join('; ')})`, 'bold');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
