/**
 * Reads a JSON report back into a ScanResult, for merging shard results. The file may come from another
 * job (an artifact), so it is treated as untrusted: every field is type-checked, sizes are bounded, and
 * anything unexpected is an error naming the file and the field, never a crash.
 */
import { addTarget, sortFindings, sortTargets, sortVerdicts } from '../findings/assess.js';
import type { Finding, ScanError, ScanResult, TargetRef, TargetSummary, WorkloadVerdict } from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import {
  JSON_REPORT_VERSION,
  PREVIOUS_JSON_REPORT_VERSION,
  READABLE_JSON_REPORT_VERSIONS,
  readJsonError,
  readJsonPolicy,
  readJsonProblem,
  readJsonProblemFields,
  readJsonTargetSummary,
  readJsonWorkload,
  type JsonError,
  type JsonLocation,
  type JsonPolicy,
  type JsonProblemFields,
  type JsonTarget,
  type JsonWorkload,
} from './json-shape.js';
import { arr, fail, Invalid, obj } from './untrusted.js';

/** A report larger than this is refused rather than parsed (a 25,000-finding report is about 40 MB). */
export const MAX_REPORT_BYTES = 128 * 1024 * 1024;

/** Parses the text of a `--format json` report. */
export function readJsonReport(text: string, file: string): { result?: ScanResult; error?: string } {
  if (text.length > MAX_REPORT_BYTES) return { error: `${file}: report is larger than ${MAX_REPORT_BYTES} bytes` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `${file} is not valid JSON: ${(error as Error).message}` };
  }
  try {
    const report = obj(raw, 'report');
    // The previous version is still read, so shards written by an older podsec merge with new ones.
    const version = report['version'];
    if (typeof version !== 'string' || !READABLE_JSON_REPORT_VERSIONS.includes(version)) {
      fail('version', `${JSON.stringify(JSON_REPORT_VERSION)} or ${JSON.stringify(PREVIOUS_JSON_REPORT_VERSION)}`);
    }
    // Fresh objects with only known fields: nothing unexpected is passed on to comments or SARIF.
    const findings =
      version === PREVIOUS_JSON_REPORT_VERSION
        ? arr(report['findings'], 'findings').map((item, i) => {
            // A version-1 finding is one policy, its fields beside the problem's.
            const where = `findings[${i}]`;
            return findingOf(readJsonProblemFields(item, where), readJsonPolicy(item, where));
          })
        : arr(report['problems'], 'problems').flatMap((item, i) => {
            const problem = readJsonProblem(item, `problems[${i}]`);
            return problem.policies.map((policy) => findingOf(problem, policy));
          });
    const result: ScanResult = {
      findings: sortFindings(findings),
      workloads: arr(report['workloads'], 'workloads').map((item, i) =>
        verdictOf(readJsonWorkload(item, `workloads[${i}]`)),
      ),
      errors: arr(report['errors'], 'errors').map((item, i) => scanErrorOf(readJsonError(item, `errors[${i}]`))),
      notices: arr(report['notices'] ?? [], 'notices').map((item, i) =>
        scanErrorOf(readJsonError(item, `notices[${i}]`)),
      ),
      targets: arr(report['targets'] ?? [], 'targets').map((item, i) => {
        const { workloads, ...target } = readJsonTargetSummary(item, `targets[${i}]`);
        return { ref: targetRefOf(target), workloads } satisfies TargetSummary;
      }),
    };
    return { result };
  } catch (error) {
    if (error instanceof Invalid) return { error: `${file}: ${error.message}` };
    throw error;
  }
}

/**
 * Merges shard results: findings that several shards report (a base shared by overlays in different
 * shards) become one, with their targets combined. Order is the reporters' deterministic order.
 */
export function mergeResults(results: readonly ScanResult[]): ScanResult {
  const findings = new Map<string, Finding>();
  for (const result of results) {
    for (const item of result.findings) {
      const key = `${item.fingerprint}\u0000${item.file}\u0000${item.line}`;
      const existing = findings.get(key);
      findings.set(
        key,
        existing ? { ...existing, targets: sortTargets(item.targets.reduce(addTarget, existing.targets)) } : item,
      );
    }
  }
  const verdicts = new Map<string, WorkloadVerdict>();
  for (const result of results) {
    for (const item of result.workloads) {
      const key = [item.file, item.line, item.kind, item.namespace, item.name, item.part ?? '', item.mode].join(
        '\u0000',
      );
      const existing = verdicts.get(key);
      verdicts.set(
        key,
        existing ? { ...existing, targets: sortTargets(item.targets.reduce(addTarget, existing.targets)) } : item,
      );
    }
  }
  return {
    // The same order a single scan reports in.
    findings: sortFindings([...findings.values()]),
    workloads: sortVerdicts([...verdicts.values()]),
    errors: results.flatMap((result) => result.errors),
    notices: results.flatMap((result) => result.notices),
    targets: results.flatMap((result) => result.targets),
  };
}

// --- from the report's shape back to a scan result ---------------------------------------------------

function targetRefOf(target: JsonTarget): TargetRef {
  return { kind: target.kind, path: target.path, scenarios: [...target.scenarios] };
}

function locationOf(location: JsonLocation): RepoLocation {
  return { ...location };
}

/** A problem's workload and place with one policy's own fields (level, version, words, fingerprint, suppression). */
function findingOf(problem: JsonProblemFields, policy: JsonPolicy): Finding {
  return {
    file: problem.file,
    line: problem.line,
    column: problem.column,
    endLine: problem.endLine,
    endColumn: problem.endColumn,
    apiVersion: problem.apiVersion,
    kind: problem.kind,
    namespace: problem.namespace,
    name: problem.name,
    ...(problem.part !== undefined ? { part: problem.part } : {}),
    check: problem.check,
    level: policy.level,
    version: policy.version,
    reason: policy.reason,
    detail: policy.detail,
    message: policy.message,
    modes: [...policy.modes],
    severity: policy.severity,
    field: problem.field,
    targets: problem.targets.map(targetRefOf),
    related: problem.related.map(locationOf),
    fingerprint: policy.fingerprint,
    ...(policy.suppressed !== undefined ? { suppressed: { ...policy.suppressed } } : {}),
    ...(policy.upcoming === true ? { upcoming: true } : {}),
    ...(problem.note !== undefined ? { note: problem.note } : {}),
  };
}

function verdictOf(workload: JsonWorkload): WorkloadVerdict {
  return {
    file: workload.file,
    line: workload.line,
    apiVersion: workload.apiVersion,
    kind: workload.kind,
    namespace: workload.namespace,
    name: workload.name,
    ...(workload.part !== undefined ? { part: workload.part } : {}),
    mode: workload.mode,
    level: workload.level,
    version: workload.version,
    allowed: workload.allowed,
    targets: workload.targets.map(targetRefOf),
    ...(workload.message !== undefined ? { message: workload.message } : {}),
    ...(workload.exempt !== undefined ? { exempt: workload.exempt } : {}),
    ...(workload.note !== undefined ? { note: workload.note } : {}),
  };
}

function scanErrorOf(error: JsonError): ScanError {
  return {
    file: error.file,
    message: error.message,
    ...(error.line !== undefined ? { line: error.line } : {}),
    ...(error.column !== undefined ? { column: error.column } : {}),
    ...(error.target !== undefined ? { target: targetRefOf(error.target) } : {}),
  };
}
