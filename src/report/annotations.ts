/**
 * Plans workflow annotations. GitHub keeps only 10 error, 10 warning and 10 notice annotations per
 * step and drops the rest silently, so the most severe go first and the overflow is counted for the
 * caller to point at the job summary.
 */
import { buildProblems, formatPolicies, type Problem } from '../findings/problems.js';
import type { FailOn, ScanError, ScanResult } from '../findings/types.js';
import { checkPageUrl, fixLine, problemTitle, relatedPlaces } from './advice.js';
import { controllerEnforceNote, formatScanError, formatTarget, renderedTargets, workloadLabel } from './common.js';

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
export function planAnnotations(
  result: ScanResult,
  caps: AnnotationCaps = { perLevel: ANNOTATION_CAP_PER_LEVEL },
  options: { readonly failOn?: FailOn } = {},
): AnnotationPlan {
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
  // One annotation per problem, what fails the run first.
  for (const problem of buildProblems(result.findings, options.failOn)) {
    if (problem.suppressed === undefined) offer(problemAnnotation(problem));
  }
  for (const notice of result.notices) offer(errorAnnotation(notice, 'notice', 'podsec: notice'));

  // Errors first, then warnings, then notices: the order the log shows them in.
  const order: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
  annotations.sort((a, b) => order[a.level] - order[b.level]);
  return { annotations, omitted };
}

function problemAnnotation(problem: Problem): Annotation {
  const lines = [formatPolicies(problem.policies), ...problem.findings.map((finding) => finding.message)];
  const note = problem.note ?? controllerEnforceNote(problem);
  if (note !== undefined) lines.push(note);
  const targets = renderedTargets(problem.targets);
  if (targets.length > 0) lines.push(`Seen in ${targets.map(formatTarget).join('; ')}.`);
  for (const place of relatedPlaces(problem.related)) {
    lines.push(
      `Related: ${place.file}:${place.lines.join(', ')}${place.message === undefined ? '' : ` (${place.message})`}`,
    );
  }
  lines.push(`Fix: ${fixLine(problem)} ${checkPageUrl(problem.check)}`);
  const sameLine = problem.endLine === problem.line;
  return {
    level: LEVEL_BY_SEVERITY[problem.severity],
    message: lines.join('\n'),
    title: `podsec: ${problemTitle(problem.check)} (${problem.check}): ${workloadLabel(problem)}`,
    file: problem.file,
    startLine: problem.line,
    endLine: Math.max(problem.line, problem.endLine),
    ...(sameLine ? { startColumn: problem.column, endColumn: Math.max(problem.column, problem.endColumn) } : {}),
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
