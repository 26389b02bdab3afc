/**
 * The run's outcome as a pure function of the result and the fail policy: 2 for errors, 1 for
 * findings that fail per `failOn`, else 0. Only the entry points turn it into a process exit code.
 */
import { blockingCounts } from './problems.js';
import type { FailOn, Finding, ScanError, ScanResult } from './types.js';

export interface ExitCodeOptions {
  /** False when the config says `renderErrors: warn`: failed renders are then reported but do not give 2. */
  readonly renderErrorsFail?: boolean;
}

/** A render failure of a chart or kustomization (as opposed to bad input or configuration). */
function isRenderError(error: ScanError): boolean {
  return error.target !== undefined && error.target.kind !== 'manifest';
}

/** The errors that make the run exit with 2. */
export function failingErrors(result: ScanResult, options: ExitCodeOptions = {}): ScanError[] {
  const renderErrorsFail = options.renderErrorsFail ?? true;
  return result.errors.filter((error) => renderErrorsFail || !isRenderError(error));
}

/** Whether one finding fails the run under `failOn`. Suppressed findings never do. */
export function findingFails(finding: Finding, failOn: FailOn): boolean {
  if (finding.suppressed) return false;
  switch (failOn) {
    case 'none':
      return false;
    case 'any':
      return true;
    case 'audit':
      return !finding.upcoming;
    case 'warn':
      return !finding.upcoming && (finding.modes.includes('enforce') || finding.modes.includes('warn'));
    case 'enforce':
      return !finding.upcoming && finding.modes.includes('enforce');
  }
}

/** 0 clean, 1 findings that fail per `failOn`, 2 errors (input, configuration, render). */
export function exitCode(result: ScanResult, failOn: FailOn = 'enforce', options: ExitCodeOptions = {}): 0 | 1 | 2 {
  if (failingErrors(result, options).length > 0) return 2;
  return result.findings.some((finding) => findingFails(finding, failOn)) ? 1 : 0;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One line saying why the run fails (the entry point adds its own prefix), or undefined when it passes. */
export function failureSummary(
  result: ScanResult,
  failOn: FailOn = 'enforce',
  options: ExitCodeOptions = {},
): string | undefined {
  const errors = failingErrors(result, options);
  const failing = result.findings.filter((finding) => findingFails(finding, failOn));
  if (errors.length === 0 && failing.length === 0) return undefined;
  const parts: string[] = [];
  if (errors.length > 0) {
    const renders = errors.filter(isRenderError).length;
    const detail =
      renders === errors.length
        ? 'render'
        : renders === 0
          ? 'input or configuration'
          : 'input, configuration or render';
    parts.push(`${plural(errors.length, `${detail} error`)}`);
  }
  if (failing.length > 0) {
    // Counted as problems (workload × check × location), as every report counts them.
    const { problems, workloads } = blockingCounts(result.findings, failing, failOn);
    parts.push(
      `${plural(problems, 'problem')} ${problems === 1 ? 'fails' : 'fail'} the run in ${plural(workloads, 'workload')} (fail-on: ${failOn})`,
    );
  }
  return parts.join('; ');
}
