/**
 * Adds the adoption sections (comparison with a baseline, rollout plan) to the reports the front ends
 * write, so the reporters in src/report stay as they are. Pure.
 */
import type { ScanResult } from '../findings/types.js';
import { renderPlanMarkdown, renderPlanText } from '../plan/render.js';
import { buildJsonReport } from '../report/json.js';
import type { BaselineComparison } from './compare.js';
import { jsonBaseline, renderBaselineMarkdown, renderBaselineText } from './render.js';

/** The JSON report with `baseline` and `plan` fields when there are such results (added fields keep the report version). */
export function renderJsonReport(result: ScanResult, comparison?: BaselineComparison): string {
  const report = {
    ...buildJsonReport(result),
    ...(comparison !== undefined ? { baseline: jsonBaseline(comparison) } : {}),
    ...(result.plan !== undefined ? { plan: result.plan } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The terminal report followed by the comparison and the plan. */
export function appendTextSections(text: string, result: ScanResult, comparison?: BaselineComparison): string {
  const parts = [text.endsWith('\n') ? text : `${text}\n`];
  if (comparison !== undefined) parts.push(`\n${renderBaselineText(comparison)}`);
  if (result.plan !== undefined) parts.push(`\n${renderPlanText(result.plan)}`);
  return parts.join('');
}

/** The job summary followed by the comparison and the plan (as level-3 sections). */
export function appendMarkdownSections(markdown: string, result: ScanResult, comparison?: BaselineComparison): string {
  const parts = [markdown.endsWith('\n') ? markdown : `${markdown}\n`];
  if (comparison !== undefined) parts.push(`\n${renderBaselineMarkdown(comparison)}`);
  if (result.plan !== undefined) parts.push(`\n${renderPlanMarkdown(result.plan, 3)}`);
  return parts.join('');
}
