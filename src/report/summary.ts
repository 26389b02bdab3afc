/**
 * The job summary (`$GITHUB_STEP_SUMMARY`), the one channel that works for every run, forks included.
 * GitHub drops a step summary over 1 MiB entirely, so the text is built within a byte budget and
 * says what it left out.
 */
import { formatPolicies, problemMessage, type Problem, type ProblemCounts } from '../findings/problems.js';
import type { FailOn, ScanError, ScanResult } from '../findings/types.js';
import { alternativeAdvice, checkFix, checkPageUrl, problemTitle, relatedPlaces } from './advice.js';
import {
  countsSentence,
  formatLocation,
  formatSuppression,
  formatTarget,
  plural,
  problemReport,
  workloadLabel,
  type ProblemReport,
} from './common.js';
import { problemSections, type ProblemBlock } from './sections.js';

/** GitHub's per-step summary limit. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

export interface JobSummaryOptions extends ProblemMarkdownOptions {
  /** Which problems fail the run (default `enforce`): they head the summary. */
  readonly failOn?: FailOn;
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
export class BoundedMarkdown {
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

/** Where a file's lines live on GitHub: `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$SHA`. */
export function blobBaseUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  const repository = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'];
  if (repository === undefined || sha === undefined || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) return undefined;
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^https?:\/\/[^\s"'<>()]+$/.test(server))
    return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/blob/${sha}`;
}

/**
 * Renders the job summary Markdown: a headline (passed, or how many problems block the merge), the
 * counts, errors, a table of the blocking problems, then warnings and notes folded in `<details>`,
 * and suppressed problems counted (listed when asked). Each problem once, with its fix. Pure.
 */
export function renderJobSummary(result: ScanResult, options: JobSummaryOptions = {}): string {
  const maxBytes = Math.max(2 * RESERVE_BYTES, options.maxBytes ?? JOB_SUMMARY_MAX_BYTES - 4096);
  const out = new BoundedMarkdown(maxBytes - RESERVE_BYTES);
  const report = problemReport(result, options.failOn);
  out.add(`## ${escapeInline(options.title ?? 'podsec: Pod Security Standards')}`);
  out.add('');
  writeProblemMarkdown(out, report, result.errors, options);
  if (result.notices.length > 0) {
    out.add('');
    if (out.add(`<details><summary>${plural(result.notices.length, 'notice')}</summary>`)) {
      out.add('');
      for (const notice of result.notices) out.row(`- ${errorLine(notice, options.blobUrl)}`);
      out.force('');
      out.force('</details>');
    } else {
      out.omittedRows += result.notices.length;
    }
  }
  closeBudget(out);
  return out.text();
}

/** The headline: what decides whether the pull request can merge. */
export function headline(counts: ProblemCounts): string {
  if (counts.blocking > 0) {
    const errors = counts.errors > 0 ? ` and ${plural(counts.errors, 'error')} stopped part of the scan` : '';
    return `❌ ${plural(counts.blocking, 'problem blocks', 'problems block')} the merge${errors}`;
  }
  if (counts.errors > 0) return `❌ ${plural(counts.errors, 'error')} stopped part of the scan`;
  const rest = counts.problems > 0 ? ` (${plural(counts.problems, 'problem')} below do not block it)` : '';
  return `✅ Passed: nothing blocks the merge${rest}`;
}

/** Options for the shared problem Markdown. */
export interface ProblemMarkdownOptions {
  /** `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$SHA`: locations become links to the file line. */
  readonly blobUrl?: string;
  /** List suppressed problems (one line each) instead of only counting them. */
  readonly showSuppressed?: boolean;
  /** At most this many errors are listed. */
  readonly maxErrors?: number;
  /** False when the workload verdicts are not known (the pull request comment): workload counts are left out. */
  readonly workloadsKnown?: boolean;
}

/**
 * The body shared by the job summary and the pull request's summary comment: headline, counts,
 * errors, blocking problems as a table, the rest folded.
 */
export function writeProblemMarkdown(
  out: BoundedMarkdown,
  report: ProblemReport,
  errors: readonly ScanError[],
  options: ProblemMarkdownOptions,
): void {
  const { counts } = report;
  out.add(`### ${headline(counts)}`);
  out.add('');
  const sentence = countsSentence(counts, report.failOn);
  out.add(escapeInline(options.workloadsKnown === false ? sentence.replace(/^[^;]*; /, '') : sentence));

  if (errors.length > 0) {
    const shown = errors.slice(0, options.maxErrors ?? errors.length);
    out.add('');
    out.add(`#### ${plural(errors.length, 'error')}`);
    out.add('');
    for (const error of shown) out.row(`- ${errorLine(error, options.blobUrl)}`);
    out.omittedRows += errors.length - shown.length;
  }

  for (const section of problemSections(report)) {
    if (section.kind === 'suppressed') continue;
    out.add('');
    const folded = section.kind !== 'blocking';
    if (folded) {
      if (
        !out.add(
          `<details><summary><b>${escapeInline(section.title)}</b>: ${plural(section.problems.length, 'problem')}</summary>`,
        )
      ) {
        out.omittedRows += section.problems.length;
        continue;
      }
    } else {
      out.add(`#### ${escapeInline(section.title)}`);
    }
    out.add('');
    if (
      section.kind === 'blocking' &&
      section.problems.some((problem) => problem.modes.includes('enforce') && problem.kind !== 'Pod')
    ) {
      // Said once, not on every row: PSA enforces on Pods, so a controller is stored and its Pods refused.
      out.add(
        'A controller (Deployment, DaemonSet, Job, …) that breaks enforce is itself accepted; the Pods it creates are rejected.',
      );
      out.add('');
    }
    // Also said once: which workloads are node agents that may not be fixable in place, and the ways out.
    const agents = [
      ...new Set(
        section.problems
          .filter((problem) => alternativeAdvice(problem) !== undefined)
          .map((problem) => workloadLabel(problem)),
      ),
    ];
    const advice = section.problems.map((problem) => alternativeAdvice(problem)).find((text) => text !== undefined);
    if (advice !== undefined) {
      out.add(`**${cell(agents.join(', '))}:** ${cell(advice)}`);
      out.add('');
    }
    out.add('| Where | Problem | Fix |');
    out.add('| --- | --- | --- |');
    for (const block of section.blocks) for (const row of blockRows(block, options.blobUrl)) out.row(row);
    if (folded) {
      out.force('');
      out.force('</details>');
    }
  }

  const suppressed = report.problems.filter((problem) => problem.suppressed !== undefined);
  if (suppressed.length > 0) {
    out.add('');
    if (
      options.showSuppressed === true &&
      !out.add(`<details><summary>${plural(suppressed.length, 'suppressed problem')}</summary>`)
    ) {
      out.omittedRows += suppressed.length;
    } else if (options.showSuppressed === true) {
      out.add('');
      for (const problem of suppressed) {
        const why = problem.suppressed === undefined ? '' : ` — ${cell(formatSuppression(problem.suppressed))}`;
        out.row(
          `- ${where(problem.file, problem.line, options.blobUrl)} ${code(problem.check)} ${cell(workloadLabel(problem))}${why}`,
        );
      }
      out.force('');
      out.force('</details>');
    } else {
      out.add(
        `${plural(suppressed.length, 'suppressed problem')} (exemptions, relaxations or annotations) not listed here; ` +
          'the JSON report and `podsec scan --show-suppressed` list them.',
      );
    }
  }
}

/** Adds the note saying what was left out, when the budget ran out. */
export function closeBudget(out: BoundedMarkdown): void {
  if (out.omittedRows > 0) {
    out.force('');
    out.force(
      `> [!NOTE]\n> ${out.omittedRows} more ${out.omittedRows === 1 ? 'row was' : 'rows were'} left out to keep this text ` +
        "under GitHub's size limit. The JSON and SARIF reports list every problem.",
    );
  }
}

function problemCell(problem: Problem): string {
  return `**${cell(problemTitle(problem.check))}**<br>${cell(problemMessage(problem))}<br><sub>${cell(formatPolicies(problem.policies))}</sub>`;
}

function fixCell(problem: Problem): string {
  return `${cell(checkFix(problem.check))} [${cell(problem.check)}](${checkPageUrl(problem.check)})`;
}

/** A shared problem's row names at most this many workloads, so one row cannot fill the page. */
const MAX_GROUP_PLACES = 20;

/** Table rows: one per problem of a workload, or one for a problem shared by several workloads. */
function blockRows(block: ProblemBlock, blobUrl: string | undefined): string[] {
  const [first] = block.problems as [Problem, ...Problem[]];
  if (block.kind === 'group') {
    const places = block.problems
      .slice(0, MAX_GROUP_PLACES)
      .map((problem) => `${where(problem.file, problem.line, blobUrl)} ${cell(workloadLabel(problem))}`);
    if (block.problems.length > MAX_GROUP_PLACES)
      places.push(`… and ${block.problems.length - MAX_GROUP_PLACES} more (the JSON report lists all)`);
    return [
      `| ${plural(block.problems.length, 'workload')}:<br>${places.join('<br>')} | ${problemCell(first)} | ${fixCell(first)} |`,
    ];
  }
  return block.problems.map(
    (problem) =>
      `| ${where(problem.file, problem.line, blobUrl)}<br>${cell(workloadLabel(problem))}${alsoCell(problem, blobUrl)} | ${problemCell(problem)} | ${fixCell(problem)} |`,
  );
}

/** A row names at most this many related places (values lines, patches, the other items of a list). */
const MAX_ROW_PLACES = 3;

/** `<br><sub>related: values.yaml:14; pod.yaml:12, 14, 16</sub>`: one entry per place, a list's items together. */
function alsoCell(problem: Problem, blobUrl: string | undefined): string {
  const places = relatedPlaces(problem.related);
  if (places.length === 0) return '';
  const shown = places.slice(0, MAX_ROW_PLACES).map((place) => {
    const [first, ...more] = place.lines as [number, ...number[]];
    return `${where(place.file, first, blobUrl)}${more.length > 0 ? `, ${more.join(', ')}` : ''}`;
  });
  if (places.length > MAX_ROW_PLACES) shown.push(`${places.length - MAX_ROW_PLACES} more`);
  return `<br><sub>related: ${shown.join('; ')}</sub>`;
}

/**
 * `path:line` as a link to the line at the scanned commit when on GitHub. Word-break points after each
 * slash keep a long path from widening the table past GitHub's page.
 */
function where(file: string, line: number | undefined, blobUrl: string | undefined): string {
  const text = escapeInline(formatLocation(file, line)).replace(/\//g, '/<wbr>');
  if (blobUrl === undefined || file === '' || file === '-' || file.startsWith('/')) return text;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `[${text}](${blobUrl}/${path}${line === undefined ? '' : `#L${line}`})`;
}

function errorLine(error: ScanError, blobUrl: string | undefined): string {
  const target = error.target === undefined ? '' : ` (${formatTarget(error.target)})`;
  return `${where(error.file, error.line, blobUrl)}${escapeInline(target)}: ${escapeInline(error.message).replace(/\r?\n/g, '<br>')}`;
}

/** A table cell: Markdown and HTML made literal, pipes escaped, newlines as `<br>`. */
export function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Inline text with Markdown and HTML syntax made literal. */
export function escapeInline(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]~])/g, '\\$1')
      // Names come from the pull request: an @-mention in them must not notify anyone.
      .replace(/@/g, '@\u200b')
  );
}

/** A code span for ids and paths; text that would break a code span is escaped as plain text instead. */
function code(text: string): string {
  if (/[`\r\n]/.test(text)) return cell(text);
  return `\`${text.replace(/\|/g, '\\|')}\``;
}
