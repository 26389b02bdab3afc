/**
 * The job summary (`$GITHUB_STEP_SUMMARY`), the one channel that works for every run, forks included.
 * GitHub drops a step summary over 1 MiB entirely, so the text is built within a byte budget and
 * says what it left out.
 */
import type { Finding, ScanError, ScanResult, TargetRef } from '../findings/types.js';
import {
  computeTotals,
  controllerEnforceNote,
  formatLocation,
  formatModes,
  formatSuppression,
  formatTarget,
  workloadLabel,
} from './common.js';

/** GitHub's per-step summary limit. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

export interface JobSummaryOptions {
  /** Byte budget for the whole Markdown (default: just under GitHub's 1 MiB). */
  readonly maxBytes?: number;
  /** First heading (default `podsec: Pod Security Standards`). */
  readonly title?: string;
}

/** Room kept for the closing note and tags, so truncation itself never breaks the budget. */
const RESERVE_BYTES = 1024;

const encoder = new TextEncoder();
const byteLength = (text: string): number => encoder.encode(text).length;

/** Collects Markdown blocks until the budget is spent; after that, only counts what was left out. */
class BoundedMarkdown {
  private readonly parts: string[] = [];
  private bytes = 0;
  full = false;
  omittedRows = 0;

  constructor(private readonly budget: number) {}

  /** Adds a block (with its newline) if it fits; returns false, and stays full, when it does not. */
  add(block: string): boolean {
    if (this.full) return false;
    const size = byteLength(block) + 1;
    if (this.bytes + size > this.budget) {
      this.full = true;
      return false;
    }
    this.parts.push(block);
    this.bytes += size;
    return true;
  }

  /** A table or list row: counted when it does not fit. */
  row(block: string): void {
    if (!this.add(block)) this.omittedRows++;
  }

  /** Always appended (closing tags, the truncation note): paid for by the reserve. */
  force(block: string): void {
    this.parts.push(block);
    this.bytes += byteLength(block) + 1;
  }

  text(): string {
    return `${this.parts.join('\n')}\n`;
  }
}

/**
 * Renders the job summary Markdown: totals, errors, one table per target (check, modes, message,
 * location per workload), suppressed findings in a collapsed section, notices. Pure.
 */
export function renderJobSummary(result: ScanResult, options: JobSummaryOptions = {}): string {
  const maxBytes = Math.max(2 * RESERVE_BYTES, options.maxBytes ?? JOB_SUMMARY_MAX_BYTES - 4096);
  const out = new BoundedMarkdown(maxBytes - RESERVE_BYTES);
  const totals = computeTotals(result);

  out.add(`## ${escapeInline(options.title ?? 'podsec: Pod Security Standards')}`);
  out.add('');
  out.add(
    totals.failed > 0
      ? `**${totals.failed} of ${totals.workloads} workloads violate enforce.**`
      : totals.errors > 0
        ? `**No enforce violations, but ${totals.errors} ${totals.errors === 1 ? 'error' : 'errors'} stopped part of the scan.**`
        : `**All ${totals.workloads} workloads pass enforce.**`,
  );
  out.add('');
  out.add('| Workloads | Passed | Failed (enforce) | Warn | Audit | Suppressed | Errors |');
  out.add('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  out.add(
    `| ${totals.workloads} | ${totals.passed} | ${totals.failed} | ${totals.byMode.warn.workloads} | ` +
      `${totals.byMode.audit.workloads} | ${totals.suppressed} | ${totals.errors} |`,
  );
  if (totals.upcoming > 0) {
    out.add('');
    out.add(`${totals.upcoming} more ${totals.upcoming === 1 ? 'finding appears' : 'findings appear'} only at the next version (listed as upcoming).`);
  }

  if (result.errors.length > 0) {
    out.add('');
    out.add('### Errors');
    out.add('');
    for (const error of result.errors) out.row(`- ${errorLine(error)}`);
  }

  const active = result.findings.filter((finding) => finding.suppressed === undefined);
  for (const group of groupByTarget(active)) {
    if (out.full) {
      out.omittedRows += group.findings.length;
      continue;
    }
    out.add('');
    out.add(`### ${escapeInline(group.title)}`);
    out.add('');
    out.add('| Workload | Check | Mode | Message | Location |');
    out.add('| --- | --- | --- | --- | --- |');
    for (const finding of group.findings) out.row(findingRow(finding));
  }

  const suppressed = result.findings.filter((finding) => finding.suppressed !== undefined);
  if (suppressed.length > 0) {
    out.add('');
    if (out.add(`<details><summary>${suppressed.length} suppressed ${suppressed.length === 1 ? 'finding' : 'findings'}</summary>`)) {
      out.add('');
      out.add('| Workload | Check | Mode | Reason | Location |');
      out.add('| --- | --- | --- | --- | --- |');
      for (const finding of suppressed) {
        const reason = finding.suppressed === undefined ? '' : formatSuppression(finding.suppressed);
        out.row(
          `| ${cell(workloadLabel(finding))} | ${code(finding.check)} | ${cell(formatModes(finding.modes))} | ` +
            `${cell(reason)} | ${code(formatLocation(finding.file, finding.line))} |`,
        );
      }
      out.force('');
      out.force('</details>');
    } else {
      out.omittedRows += suppressed.length;
    }
  }

  if (result.notices.length > 0) {
    out.add('');
    out.add('### Notices');
    out.add('');
    for (const notice of result.notices) out.row(`- ${errorLine(notice)}`);
  }

  if (out.omittedRows > 0) {
    out.force('');
    out.force(
      `> [!NOTE]\n> ${out.omittedRows} more ${out.omittedRows === 1 ? 'row was' : 'rows were'} left out to keep this summary ` +
        'under GitHub\'s 1 MiB limit. The JSON and SARIF reports list every finding.',
    );
  }
  return out.text();
}

interface TargetGroup {
  readonly title: string;
  readonly findings: Finding[];
}

/**
 * One group per target (kind + path), in first-seen order; a finding shared by several targets (a
 * base resource in two overlays) appears in each. Findings with no target get their own group.
 */
function groupByTarget(findings: readonly Finding[]): TargetGroup[] {
  const groups = new Map<string, { title: string; findings: Finding[] }>();
  for (const finding of findings) {
    const targets: readonly (TargetRef | undefined)[] = finding.targets.length > 0 ? finding.targets : [undefined];
    for (const target of targets) {
      const key = target === undefined ? '' : `${target.kind}\u0000${target.path}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { title: target === undefined ? 'Other findings' : targetTitle(target), findings: [] };
        groups.set(key, group);
      }
      group.findings.push(finding);
    }
  }
  return [...groups.values()];
}

function targetTitle(target: TargetRef): string {
  const noun = target.kind === 'helm' ? 'Helm chart' : target.kind === 'kustomize' ? 'Kustomization' : 'Manifest';
  return `${noun} ${target.path}`;
}

function findingRow(finding: Finding): string {
  const notes: string[] = [];
  const note = controllerEnforceNote(finding);
  if (note !== undefined) notes.push(note);
  if (finding.upcoming === true) notes.push(`Upcoming: fails at ${finding.level}:${finding.version}.`);
  const scenarios = finding.targets.flatMap((target) => target.scenarios);
  if (scenarios.length > 0) notes.push(`Scenarios: ${[...new Set(scenarios)].join(', ')}.`);
  for (const related of finding.related) {
    notes.push(`Related: ${formatLocation(related.file, related.line)}${related.message === undefined ? '' : ` (${related.message})`}.`);
  }
  const message = [finding.message, ...notes].map(cell).join('<br>');
  return (
    `| ${cell(workloadLabel(finding))} | ${code(finding.check)} | ${cell(formatModes(finding.modes))} | ` +
    `${message} | ${code(formatLocation(finding.file, finding.line))} |`
  );
}

function errorLine(error: ScanError): string {
  const target = error.target === undefined ? '' : ` (${formatTarget(error.target)})`;
  const where = code(formatLocation(error.file, error.line, error.column));
  return `${where}${escapeInline(target)}: ${escapeInline(error.message).replace(/\r?\n/g, '<br>')}`;
}

/** A table cell: Markdown and HTML made literal, pipes escaped, newlines as `<br>`. */
export function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Inline text with Markdown and HTML syntax made literal. */
export function escapeInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]~])/g, '\\$1');
}

/** A code span for ids and paths; text that would break a code span is escaped as plain text instead. */
function code(text: string): string {
  if (/[`\r\n]/.test(text)) return cell(text);
  return `\`${text.replace(/\|/g, '\\|')}\``;
}
