/**
 * The machine-readable report. Objects are built field by field so the key order is fixed and a
 * diff between two runs shows only what changed.
 */
import type { Finding, Mode, ScanError, ScanResult, Severity, Suppression, TargetRef, WorkloadVerdict } from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import type { CheckId, Level } from '../policy/types.js';
import { computeTotals } from './common.js';

/** Bumped when a field is removed or changes meaning; added fields keep the version. */
export const JSON_REPORT_VERSION = '1';

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

export interface JsonFinding {
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
  readonly check: CheckId;
  readonly level: Level;
  readonly version: string;
  readonly reason: string;
  readonly detail: string;
  readonly message: string;
  readonly modes: readonly Mode[];
  readonly severity: Severity;
  readonly field: string;
  readonly targets: readonly JsonTarget[];
  readonly related: readonly JsonLocation[];
  readonly suppressed?: JsonSuppression;
  readonly fingerprint: string;
  readonly upcoming?: boolean;
  readonly note?: string;
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
  readonly workloads: number;
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly suppressed: number;
  readonly upcoming: number;
  /** Per mode: workloads with a violation and unsuppressed findings. */
  readonly byMode: Readonly<Record<Mode, { readonly workloads: number; readonly findings: number }>>;
}

/** The shape `--format json` prints and the action writes as its result file. */
export interface JsonReport {
  readonly version: string;
  readonly summary: JsonSummary;
  readonly findings: readonly JsonFinding[];
  readonly workloads: readonly JsonWorkload[];
  readonly errors: readonly JsonError[];
  readonly notices: readonly JsonError[];
  /** Every target scanned and how many workloads it produced (zero is worth seeing). */
  readonly targets: readonly JsonTargetSummary[];
}

export interface JsonTargetSummary extends JsonTarget {
  readonly workloads: number;
}

/** Builds the JSON report object (for callers that post-process it without re-parsing). */
export function buildJsonReport(result: ScanResult): JsonReport {
  const totals = computeTotals(result);
  return {
    version: JSON_REPORT_VERSION,
    summary: {
      workloads: totals.workloads,
      passed: totals.passed,
      failed: totals.failed,
      errors: totals.errors,
      suppressed: totals.suppressed,
      upcoming: totals.upcoming,
      byMode: {
        enforce: { workloads: totals.byMode.enforce.workloads, findings: totals.byMode.enforce.findings },
        warn: { workloads: totals.byMode.warn.workloads, findings: totals.byMode.warn.findings },
        audit: { workloads: totals.byMode.audit.workloads, findings: totals.byMode.audit.findings },
      },
    },
    findings: result.findings.map(jsonFinding),
    workloads: result.workloads.map(jsonWorkload),
    errors: result.errors.map(jsonError),
    notices: result.notices.map(jsonError),
    targets: result.targets.map((summary) => ({ ...jsonTarget(summary.ref), workloads: summary.workloads })),
  };
}

/** Renders the JSON report, two-space indented, with a trailing newline. */
export function renderJson(result: ScanResult): string {
  return `${JSON.stringify(buildJsonReport(result), null, 2)}\n`;
}

function jsonFinding(finding: Finding): JsonFinding {
  return {
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    kind: finding.kind,
    apiVersion: finding.apiVersion,
    namespace: finding.namespace,
    name: finding.name,
    ...(finding.part === undefined ? {} : { part: finding.part }),
    check: finding.check,
    level: finding.level,
    version: finding.version,
    reason: finding.reason,
    detail: finding.detail,
    message: finding.message,
    modes: [...finding.modes],
    severity: finding.severity,
    field: finding.field,
    targets: finding.targets.map(jsonTarget),
    related: finding.related.map(jsonLocation),
    ...(finding.suppressed === undefined ? {} : { suppressed: jsonSuppression(finding.suppressed) }),
    fingerprint: finding.fingerprint,
    ...(finding.upcoming === true ? { upcoming: true } : {}),
    ...(finding.note === undefined ? {} : { note: finding.note }),
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
