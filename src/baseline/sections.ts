/**
 * Adds the adoption sections (comparison with a baseline, rollout plan) to the reports the front ends
 * write, so the reporters in src/report stay as they are. Pure.
 */
import type { ScanResult } from '../findings/types.js';
import { renderPlanMarkdown, renderPlanText } from '../plan/render.js';
import { jsonReportPieces, type JsonOptions } from '../report/json.js';
import { JOB_SUMMARY_MAX_BYTES, renderJobSummary, type JobSummaryOptions } from '../report/summary.js';
import type { BaselineComparison } from './compare.js';
import { jsonBaseline, renderBaselineMarkdown, renderBaselineText } from './render.js';

/** The JSON report with `baseline` and `plan` fields when there are such results (added fields keep the report version). */
export function renderJsonReport(
  result: ScanResult,
  comparison?: BaselineComparison,
  options: JsonOptions = {},
): string {
  return [...jsonReportWithSections(result, comparison, options)].join('');
}

/** {@link renderJsonReport} in pieces, for writing a large report without holding all of its text. */
export function jsonReportWithSections(
  result: ScanResult,
  comparison?: BaselineComparison,
  options: JsonOptions = {},
): Generator<string> {
  return jsonReportPieces(result, options, {
    ...(comparison !== undefined ? { baseline: jsonBaseline(comparison) } : {}),
    ...(result.plan !== undefined ? { plan: result.plan } : {}),
  });
}

/** The terminal report followed by the comparison and the plan. */
export function appendTextSections(text: string, result: ScanResult, comparison?: BaselineComparison): string {
  const parts = [text.endsWith('\n') ? text : `${text}\n`];
  if (comparison !== undefined) parts.push(`\n${renderBaselineText(comparison)}`);
  if (result.plan !== undefined) parts.push(`\n${renderPlanText(result.plan)}`);
  return parts.join('');
}

const encoder = new TextEncoder();
const byteLength = (text: string): number => encoder.encode(text).length;

/** The sections may take at most this share of the job summary; beyond it they are shortened. */
const SECTIONS_MAX_BYTES = 256 * 1024;

/**
 * The job summary followed by the comparison and the plan (as level-3 sections), within GitHub's limit
 * for a step summary (over it, GitHub drops the whole summary): long sections are shortened to their
 * counts and the plan's table, and the findings get what room is left.
 */
export function jobSummaryWithSections(
  result: ScanResult,
  comparison?: BaselineComparison,
  options: Omit<JobSummaryOptions, 'maxBytes'> = {},
  maxBytes: number = JOB_SUMMARY_MAX_BYTES - 4096,
): string {
  const render = (short: boolean): string => {
    const parts: string[] = [];
    if (comparison !== undefined) {
      parts.push(
        `\n${short ? renderBaselineMarkdown({ ...comparison, newProblems: comparison.newProblems.slice(0, 50), fixed: comparison.fixed.slice(0, 50) }) : renderBaselineMarkdown(comparison)}`,
      );
    }
    if (result.plan !== undefined) parts.push(`\n${renderPlanMarkdown(result.plan, 3, { tableOnly: short })}`);
    return parts.join('');
  };
  let sections = render(false);
  if (byteLength(sections) > SECTIONS_MAX_BYTES) sections = render(true);
  if (byteLength(sections) > SECTIONS_MAX_BYTES)
    sections = `\nThe baseline comparison and the rollout plan are too long for this page: see the JSON report.\n`;
  const summary = renderJobSummary(result, { ...options, maxBytes: Math.max(8192, maxBytes - byteLength(sections)) });
  return `${summary.endsWith('\n') ? summary : `${summary}\n`}${sections}`;
}
