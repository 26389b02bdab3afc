/**
 * Plans workflow annotations. GitHub keeps only 10 error, 10 warning and 10 notice annotations per
 * step and drops the rest silently, so the most severe go first and the overflow is counted for the
 * caller to point at the job summary.
 */
import type { Finding, ScanError, ScanResult } from '../findings/types.js';
import { bySeverity, controllerEnforceNote, formatModes, formatScanError, formatTarget, renderedTargets, workloadLabel } from './common.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation, shaped for `core.error/warning/notice(message, properties)`. */
export interface Annotation {
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly title: string;
  readonly file: string;
  readonly startLine: number;
  readonly endLine?: number;
  /** Only set for single-line spans: GitHub ignores columns across lines. */
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface AnnotationPlan {
  readonly annotations: Annotation[];
  /** How many were left out per level; the caller says "N more in the job summary". */
  readonly omitted: Record<AnnotationLevel, number>;
}

export interface AnnotationCaps {
  /** Annotations per level (GitHub's per-step cap is 10). */
  readonly perLevel: number;
}

/** GitHub's per-step cap for each annotation level. */
export const ANNOTATION_CAP_PER_LEVEL = 10;

const LEVEL_BY_SEVERITY = { error: 'error', warning: 'warning', note: 'notice' } as const;

/**
 * Chooses the annotations to emit: scan errors first (they fail the run), then unsuppressed findings
 * most severe first, then notices; suppressed findings are never annotated. Pure.
 */
export function planAnnotations(result: ScanResult, caps: AnnotationCaps = { perLevel: ANNOTATION_CAP_PER_LEVEL }): AnnotationPlan {
  const perLevel = Math.max(0, Math.trunc(caps.perLevel));
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  const offer = (annotation: Annotation): void => {
    if (used[annotation.level] < perLevel) {
      used[annotation.level]++;
      annotations.push(annotation);
    } else {
      omitted[annotation.level]++;
    }
  };

  for (const error of result.errors) offer(errorAnnotation(error, 'error', 'podsec: scan error'));
  for (const finding of bySeverity(result.findings.filter((f) => f.suppressed === undefined))) {
    offer(findingAnnotation(finding));
  }
  for (const notice of result.notices) offer(errorAnnotation(notice, 'notice', 'podsec: notice'));

  // Errors first, then warnings, then notices: the order the log shows them in.
  const order: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
  annotations.sort((a, b) => order[a.level] - order[b.level]);
  return { annotations, omitted };
}

function findingAnnotation(finding: Finding): Annotation {
  const lines = [finding.message];
  const note = controllerEnforceNote(finding);
  if (note !== undefined) lines.push(note);
  if (finding.upcoming === true) lines.push(`This starts failing at ${finding.level}:${finding.version} (next version).`);
  const targets = renderedTargets(finding.targets);
  if (targets.length > 0) lines.push(`Seen in ${targets.map(formatTarget).join('; ')}.`);
  for (const related of finding.related) {
    lines.push(`Related: ${related.file}:${related.line}${related.message === undefined ? '' : ` (${related.message})`}`);
  }
  const sameLine = finding.endLine === finding.line;
  return {
    level: LEVEL_BY_SEVERITY[finding.severity],
    message: lines.join('\n'),
    title: `podsec ${finding.check} (${formatModes(finding.modes)}): ${workloadLabel(finding)}`,
    file: finding.file,
    startLine: finding.line,
    endLine: Math.max(finding.line, finding.endLine),
    ...(sameLine ? { startColumn: finding.column, endColumn: Math.max(finding.column, finding.endColumn) } : {}),
  };
}

function errorAnnotation(error: ScanError, level: AnnotationLevel, title: string): Annotation {
  const target = error.target === undefined ? '' : `\n(${formatTarget(error.target)})`;
  return {
    level,
    message: `${formatScanError(error)}${target}`,
    title,
    file: error.file,
    startLine: error.line ?? 1,
    ...(error.column === undefined ? {} : { startColumn: error.column }),
  };
}
