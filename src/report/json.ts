/**
 * The machine-readable report. Objects are built field by field so the key order is fixed and a
 * diff between two runs shows only what changed.
 */
import type { Problem } from '../findings/problems.js';
import type {
  FailOn,
  Finding,
  ScanError,
  ScanResult,
  Suppression,
  TargetRef,
  WorkloadVerdict,
} from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import { checkPageUrl, fixLine, problemTitle } from './advice.js';
import { problemReport } from './common.js';
import { JsonList, prettyJsonPieces } from './json-pieces.js';
import type { ElementTemplates } from './json-templates.js';
import {
  JSON_REPORT_VERSION,
  type JsonError,
  type JsonLocation,
  type JsonPolicy,
  type JsonProblem,
  type JsonReport,
  type JsonSuppression,
  type JsonTarget,
  type JsonWorkload,
} from './json-shape.js';

/** Options for {@link buildJsonReport}. */
export interface JsonOptions {
  /** Which problems fail the run (default `enforce`): sets `blocking` and the order. */
  readonly failOn?: FailOn;
}

/**
 * The report with its two long lists (problems and workloads) left to be converted element by element,
 * for {@link jsonReportPieces}. Field order is the report's.
 */
function lazyJsonReport(result: ScanResult, options: JsonOptions) {
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
    problems: new JsonList(problems, jsonProblem, PROBLEM_TEMPLATES),
    workloads: new JsonList(result.workloads, jsonWorkload, WORKLOAD_TEMPLATES),
    errors: result.errors.map(jsonError),
    notices: result.notices.map(jsonError),
    targets: result.targets.map((summary) => ({ ...jsonTarget(summary.ref), workloads: summary.workloads })),
  } satisfies Record<keyof JsonReport, unknown>;
}

/** Builds the JSON report object (for callers that post-process it without re-parsing). */
export function buildJsonReport(result: ScanResult, options: JsonOptions = {}): JsonReport {
  const report = lazyJsonReport(result, options);
  return { ...report, problems: report.problems.all(), workloads: report.workloads.all() };
}

/**
 * The JSON report as text in pieces that join to {@link renderJson}'s string, each problem and workload
 * converted only as its batch is written; `more` adds fields after the report's own (or replaces them
 * in place).
 */
export function jsonReportPieces(
  result: ScanResult,
  options: JsonOptions = {},
  more: Readonly<Record<string, unknown>> = {},
): Generator<string> {
  return prettyJsonPieces({ ...lazyJsonReport(result, options), ...more });
}

/** Renders the JSON report, two-space indented, with a trailing newline. */
export function renderJson(result: ScanResult, options: JsonOptions = {}): string {
  return [...jsonReportPieces(result, options)].join('');
}

/*
 * The conversions of problems, policies and workload verdicts run tens of thousands of times for a large report:
 * their optional fields are added by assignment, in the report's field order, rather than spread in from an
 * object made for each, which took twice as long.
 */
function jsonProblem(problem: Problem): JsonProblem {
  const json = {
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
  } as Writable<JsonProblem>;
  if (problem.part !== undefined) json.part = problem.part;
  json.containers = [...problem.containers];
  json.field = problem.field;
  json.severity = problem.severity;
  json.modes = [...problem.modes];
  json.blocking = problem.blocking;
  json.policies = problem.findings.map(jsonPolicy);
  if (problem.suppressed !== undefined) json.suppressed = jsonSuppression(problem.suppressed);
  if (problem.upcoming) json.upcoming = true;
  if (problem.note !== undefined) json.note = problem.note;
  json.fix = fixLine(problem);
  json.docs = checkPageUrl(problem.check);
  json.targets = problem.targets.map(jsonTarget);
  json.related = problem.related.map(jsonLocation);
  return json;
}

/*
 * Problems of one check on many workloads differ, in the report, only in their identity, place and object, their
 * fingerprints and the lines of their related places: the rest of their text is written from templates (see
 * json-templates.ts). `problemsAlike` must compare everything else jsonProblem writes (json-templates.test.ts changes
 * each field in turn to make sure), and `varyingValues` give the varying values in the order jsonProblem writes them
 * (checked as each template is made). The same holds for workload verdicts, which differ only in their object and line.
 */
const PROBLEM_TEMPLATES: ElementTemplates<Problem> = {
  varying: {
    id: true,
    line: true,
    column: true,
    endLine: true,
    endColumn: true,
    namespace: true,
    name: true,
    policies: [{ fingerprint: true }],
    related: [{ line: true, column: true, endLine: true, endColumn: true }],
  },
  keyOf: (problem) => problem.check,
  alike: problemsAlike,
  varyingValues: (problem, values) => {
    values.push(
      problem.id,
      problem.line,
      problem.column,
      problem.endLine,
      problem.endColumn,
      problem.namespace,
      problem.name,
    );
    for (const finding of problem.findings) values.push(finding.fingerprint);
    for (const location of problem.related)
      values.push(location.line, location.column, location.endLine, location.endColumn);
  },
};

function problemsAlike(a: Problem, b: Problem): boolean {
  return (
    a.check === b.check &&
    sameObjectKind(a, b) &&
    sameStrings(a.containers, b.containers) &&
    a.field === b.field &&
    a.severity === b.severity &&
    sameStrings(a.modes, b.modes) &&
    a.blocking === b.blocking &&
    sameList(a.findings, b.findings, policiesAlike) &&
    sameSuppression(a.suppressed, b.suppressed) &&
    a.upcoming === b.upcoming &&
    a.note === b.note &&
    sameList(a.targets, b.targets, targetsAlike) &&
    sameList(a.related, b.related, relatedAlike)
  );
}

/** Alike in what jsonPolicy writes, but for the fingerprint. */
function policiesAlike(a: Finding, b: Finding): boolean {
  return (
    sameStrings(a.modes, b.modes) &&
    a.level === b.level &&
    a.version === b.version &&
    a.severity === b.severity &&
    a.reason === b.reason &&
    a.detail === b.detail &&
    a.message === b.message &&
    sameSuppression(a.suppressed, b.suppressed) &&
    (a.upcoming === true) === (b.upcoming === true)
  );
}

/** Alike in what jsonLocation writes, but for the lines and columns. */
function relatedAlike(a: RepoLocation, b: RepoLocation): boolean {
  return a.file === b.file && a.message === b.message;
}

const WORKLOAD_TEMPLATES: ElementTemplates<WorkloadVerdict> = {
  varying: { line: true, namespace: true, name: true },
  keyOf: (verdict) => verdict.mode,
  alike: workloadsAlike,
  varyingValues: (verdict, values) => {
    values.push(verdict.line, verdict.namespace, verdict.name);
  },
};

function workloadsAlike(a: WorkloadVerdict, b: WorkloadVerdict): boolean {
  return (
    sameObjectKind(a, b) &&
    a.level === b.level &&
    a.version === b.version &&
    a.allowed === b.allowed &&
    a.mode === b.mode &&
    a.message === b.message &&
    a.exempt === b.exempt &&
    sameList(a.targets, b.targets, targetsAlike) &&
    a.note === b.note
  );
}

/** The same file, kind and pod of an object (its namespace and name vary). */
function sameObjectKind(
  a: Pick<Problem | WorkloadVerdict, 'file' | 'kind' | 'apiVersion' | 'part'>,
  b: Pick<Problem | WorkloadVerdict, 'file' | 'kind' | 'apiVersion' | 'part'>,
): boolean {
  return a.file === b.file && a.kind === b.kind && a.apiVersion === b.apiVersion && a.part === b.part;
}

/** Alike in what jsonTarget writes (a scan makes a target's refs anew for each workload). */
function targetsAlike(a: TargetRef, b: TargetRef): boolean {
  return a.kind === b.kind && a.path === b.path && sameStrings(a.scenarios, b.scenarios);
}

function sameSuppression(a: Suppression | undefined, b: Suppression | undefined): boolean {
  return (
    a === b ||
    (a !== undefined && b !== undefined && a.reason === b.reason && a.source === b.source && a.expires === b.expires)
  );
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return sameList(a, b, (x, y) => x === y);
}

function sameList<V>(a: readonly V[], b: readonly V[], alike: (a: V, b: V) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!alike(a[index] as V, b[index] as V)) return false;
  return true;
}

function jsonPolicy(finding: Finding): JsonPolicy {
  const json: Writable<JsonPolicy> = {
    modes: [...finding.modes],
    level: finding.level,
    version: finding.version,
    severity: finding.severity,
    reason: finding.reason,
    detail: finding.detail,
    message: finding.message,
    fingerprint: finding.fingerprint,
  };
  if (finding.suppressed !== undefined) json.suppressed = jsonSuppression(finding.suppressed);
  if (finding.upcoming === true) json.upcoming = true;
  return json;
}

function jsonWorkload(verdict: WorkloadVerdict): JsonWorkload {
  const json = {
    file: verdict.file,
    line: verdict.line,
    kind: verdict.kind,
    apiVersion: verdict.apiVersion,
    namespace: verdict.namespace,
    name: verdict.name,
  } as Writable<JsonWorkload>;
  if (verdict.part !== undefined) json.part = verdict.part;
  json.level = verdict.level;
  json.version = verdict.version;
  json.allowed = verdict.allowed;
  json.mode = verdict.mode;
  if (verdict.message !== undefined) json.message = verdict.message;
  if (verdict.exempt !== undefined) json.exempt = verdict.exempt;
  json.targets = verdict.targets.map(jsonTarget);
  if (verdict.note !== undefined) json.note = verdict.note;
  return json;
}

/** A report object being filled in, field by field. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

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
