/**
 * The machine-readable report. Objects are built field by field so the key order is fixed and a
 * diff between two runs shows only what changed.
 */
import type { Problem } from '../findings/problems.js';
import type { FailOn, Finding, Mode, ScanError, ScanResult, Severity, Suppression, TargetRef, WorkloadVerdict } from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import type { CheckId, Level } from '../policy/types.js';
import { checkPageUrl, fixLine, problemTitle } from './advice.js';
import { problemReport } from './common.js';

/**
 * Bumped when a field is removed or changes meaning; added fields keep the version. Version 2 lists
 * `problems` (one per workload × check × location, each with the findings of every policy it breaks
 * under `policies`) instead of version 1's `findings` (one per policy), and counts problems.
 */
export const JSON_REPORT_VERSION = '2';

export interface JsonTarget {
  readonly kind: TargetRef['kind'];
  readonly path: string;
  readonly scenarios: readonly string[];
}

export interface JsonLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message?: string;
}

export interface JsonSuppression {
  readonly reason: string;
  readonly source: Suppression['source'];
  readonly expires?: string;
}

/** One broken `level:version` of a problem, with the upstream words for it. */
export interface JsonPolicy {
  readonly modes: readonly Mode[];
  readonly level: Level;
  readonly version: string;
  readonly severity: Severity;
  readonly reason: string;
  readonly detail: string;
  /** The upstream message, byte for byte what the API server says for this policy. */
  readonly message: string;
  readonly fingerprint: string;
  readonly suppressed?: JsonSuppression;
  readonly upcoming?: boolean;
}

/** One workload × check × primary location. */
export interface JsonProblem {
  readonly id: string;
  readonly check: CheckId;
  readonly title: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly kind: string;
  readonly apiVersion: string;
  readonly namespace: string;
  readonly name: string;
  readonly part?: string;
  readonly containers: readonly string[];
  readonly field: string;
  readonly severity: Severity;
  readonly modes: readonly Mode[];
  readonly blocking: boolean;
  readonly policies: readonly JsonPolicy[];
  readonly suppressed?: JsonSuppression;
  readonly upcoming?: boolean;
  readonly note?: string;
  readonly fix: string;
  readonly docs: string;
  readonly targets: readonly JsonTarget[];
  readonly related: readonly JsonLocation[];
}

export interface JsonWorkload {
  readonly file: string;
  readonly line: number;
  readonly kind: string;
  readonly apiVersion: string;
  readonly namespace: string;
  readonly name: string;
  readonly part?: string;
  readonly level: Level;
  readonly version: string;
  readonly allowed: boolean;
  readonly mode: Mode;
  readonly message?: string;
  readonly exempt?: WorkloadVerdict['exempt'];
  readonly targets: readonly JsonTarget[];
  readonly note?: string;
}

export interface JsonError {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  readonly target?: JsonTarget;
}

export interface JsonSummary {
  readonly failOn: FailOn;
  readonly workloads: number;
  readonly passed: number;
  readonly failed: number;
  readonly problems: number;
  readonly blocking: number;
  readonly byMode: Readonly<Record<Mode, { readonly problems: number; readonly workloads: number }>>;
  readonly suppressed: number;
  readonly upcoming: number;
  readonly errors: number;
  readonly notices: number;
}

/** The shape `--format json` prints and the action writes as its result file. */
export interface JsonReport {
  readonly version: string;
  readonly summary: JsonSummary;
  readonly problems: readonly JsonProblem[];
  readonly workloads: readonly JsonWorkload[];
  readonly errors: readonly JsonError[];
  readonly notices: readonly JsonError[];
  /** Every target scanned and how many workloads it produced (zero is worth seeing). */
  readonly targets: readonly JsonTargetSummary[];
}

export interface JsonTargetSummary extends JsonTarget {
  readonly workloads: number;
}

/** Options for {@link buildJsonReport}. */
export interface JsonOptions {
  /** Which problems fail the run (default `enforce`): sets `blocking` and the order. */
  readonly failOn?: FailOn;
}

/** Builds the JSON report object (for callers that post-process it without re-parsing). */
export function buildJsonReport(result: ScanResult, options: JsonOptions = {}): JsonReport {
  const { problems, counts, failOn } = problemReport(result, options.failOn);
  return {
    version: JSON_REPORT_VERSION,
    summary: {
      failOn,
      workloads: counts.workloads,
      passed: counts.passed,
      failed: counts.failed,
      problems: counts.problems,
      blocking: counts.blocking,
      byMode: {
        enforce: { ...counts.byMode.enforce },
        warn: { ...counts.byMode.warn },
        audit: { ...counts.byMode.audit },
      },
      suppressed: counts.suppressed,
      upcoming: counts.upcoming,
      errors: counts.errors,
      notices: counts.notices,
    },
    problems: problems.map(jsonProblem),
    workloads: result.workloads.map(jsonWorkload),
    errors: result.errors.map(jsonError),
    notices: result.notices.map(jsonError),
    targets: result.targets.map((summary) => ({ ...jsonTarget(summary.ref), workloads: summary.workloads })),
  };
}

/** Renders the JSON report, two-space indented, with a trailing newline. */
export function renderJson(result: ScanResult, options: JsonOptions = {}): string {
  return `${JSON.stringify(buildJsonReport(result, options), null, 2)}\n`;
}

function jsonProblem(problem: Problem): JsonProblem {
  return {
    id: problem.id,
    check: problem.check,
    title: problemTitle(problem.check),
    file: problem.file,
    line: problem.line,
    column: problem.column,
    endLine: problem.endLine,
    endColumn: problem.endColumn,
    kind: problem.kind,
    apiVersion: problem.apiVersion,
    namespace: problem.namespace,
    name: problem.name,
    ...(problem.part === undefined ? {} : { part: problem.part }),
    containers: [...problem.containers],
    field: problem.field,
    severity: problem.severity,
    modes: [...problem.modes],
    blocking: problem.blocking,
    policies: problem.findings.map(jsonPolicy),
    ...(problem.suppressed === undefined ? {} : { suppressed: jsonSuppression(problem.suppressed) }),
    ...(problem.upcoming ? { upcoming: true } : {}),
    ...(problem.note === undefined ? {} : { note: problem.note }),
    fix: fixLine(problem),
    docs: checkPageUrl(problem.check),
    targets: problem.targets.map(jsonTarget),
    related: problem.related.map(jsonLocation),
  };
}

function jsonPolicy(finding: Finding): JsonPolicy {
  return {
    modes: [...finding.modes],
    level: finding.level,
    version: finding.version,
    severity: finding.severity,
    reason: finding.reason,
    detail: finding.detail,
    message: finding.message,
    fingerprint: finding.fingerprint,
    ...(finding.suppressed === undefined ? {} : { suppressed: jsonSuppression(finding.suppressed) }),
    ...(finding.upcoming === true ? { upcoming: true } : {}),
  };
}

function jsonWorkload(verdict: WorkloadVerdict): JsonWorkload {
  return {
    file: verdict.file,
    line: verdict.line,
    kind: verdict.kind,
    apiVersion: verdict.apiVersion,
    namespace: verdict.namespace,
    name: verdict.name,
    ...(verdict.part === undefined ? {} : { part: verdict.part }),
    level: verdict.level,
    version: verdict.version,
    allowed: verdict.allowed,
    mode: verdict.mode,
    ...(verdict.message === undefined ? {} : { message: verdict.message }),
    ...(verdict.exempt === undefined ? {} : { exempt: verdict.exempt }),
    targets: verdict.targets.map(jsonTarget),
    ...(verdict.note === undefined ? {} : { note: verdict.note }),
  };
}

function jsonError(error: ScanError): JsonError {
  return {
    file: error.file,
    message: error.message,
    ...(error.line === undefined ? {} : { line: error.line }),
    ...(error.column === undefined ? {} : { column: error.column }),
    ...(error.target === undefined ? {} : { target: jsonTarget(error.target) }),
  };
}

function jsonTarget(target: TargetRef): JsonTarget {
  return { kind: target.kind, path: target.path, scenarios: [...target.scenarios] };
}

function jsonLocation(location: RepoLocation): JsonLocation {
  return {
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    ...(location.message === undefined ? {} : { message: location.message }),
  };
}

function jsonSuppression(suppression: Suppression): JsonSuppression {
  return {
    reason: suppression.reason,
    source: suppression.source,
    ...(suppression.expires === undefined ? {} : { expires: suppression.expires }),
  };
}
