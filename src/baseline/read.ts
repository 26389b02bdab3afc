/**
 * Reads a baseline: the JSON report of an earlier scan (`podsec scan --format json`). Only what identifies
 * a problem is read, so reports of the current format and of the next one both work. The file may come
 * from another job or an older commit, so it is untrusted: every field used is type-checked and a bad
 * file is one error naming the file and the field, never a crash.
 */
import type { Finding } from '../findings/types.js';
import { arr, fail, Invalid, LIMITS, obj, optStr, str } from '../report/untrusted.js';
import { comparisonOf, type BaselineComparison, type ComparedProblem } from './compare.js';
import type { BaselineProblem } from './identity.js';
import { READABLE_JSON_REPORT_VERSIONS } from '../report/json-shape.js';

/** Report format versions whose problem identity fields this reader understands. */
export const BASELINE_REPORT_VERSIONS = READABLE_JSON_REPORT_VERSIONS;

/** A larger baseline is refused rather than parsed. */
export const MAX_BASELINE_BYTES = 128 * 1024 * 1024;

/** The problems an earlier scan found, and the targets it scanned. */
export interface Baseline {
  /** Where the baseline came from, as shown to the user (a file name, or `base commit 1a2b3c4`). */
  readonly source: string;
  readonly problems: readonly BaselineProblem[];
  /** Every target path the earlier scan read (renders and manifest files), to recognise renamed targets. */
  readonly targets: readonly string[];
}

/** Parses the text of a JSON report into a baseline, or says why it cannot. */
export function readBaseline(text: string, file: string): { baseline?: Baseline; error?: string } {
  if (text.length > MAX_BASELINE_BYTES)
    return { error: `${file}: baseline is larger than ${MAX_BASELINE_BYTES} bytes` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `${file}: baseline is not valid JSON (${(error as Error).message})` };
  }
  try {
    const report = obj(raw, 'baseline');
    const version = report['version'];
    if (typeof version !== 'string' || !BASELINE_REPORT_VERSIONS.includes(version)) {
      fail(
        'version',
        `a podsec JSON report (version ${BASELINE_REPORT_VERSIONS.map((v) => JSON.stringify(v)).join(' or ')})`,
      );
    }
    // The next report format lists problems; the current one findings. Either carries the same identity fields.
    const listName = Array.isArray(report['problems']) ? 'problems' : 'findings';
    const problems: BaselineProblem[] = [];
    arr(report[listName], listName).forEach((item, index) => {
      for (const problem of readProblems(item, `${listName}[${index}]`)) problems.push(problem);
    });
    const targets = arr(report['targets'] ?? [], 'targets').map((item, index) =>
      str(obj(item, `targets[${index}]`)['path'], `targets[${index}].path`, 4096),
    );
    return { baseline: { source: file, problems, targets } };
  } catch (error) {
    if (error instanceof Invalid) return { error: `${file}: not a usable baseline: ${error.message}` };
    throw error;
  }
}

/**
 * The problems of one entry. A version-2 entry is one workload × check × location with one element of
 * `policies` per policy it breaks, each with its own detail and suppression; a version-1 finding is one
 * policy. Policies the earlier scan did not count are left out: a relaxation, an annotation or an
 * exemption let them through then, and if that has expired since, the problem should fail now. Those
 * that a baseline let through then (`suppressed.source: baseline`) are still existing problems.
 */
function readProblems(value: unknown, where: string): BaselineProblem[] {
  const o = obj(value, where);
  const part = optStr(o['part'], `${where}.part`);
  const shared = {
    kind: str(o['kind'], `${where}.kind`, 512),
    namespace: str(o['namespace'], `${where}.namespace`, 512),
    name: str(o['name'], `${where}.name`, 512),
    ...(part !== undefined ? { part } : {}),
    check: str(o['check'], `${where}.check`, 64),
    targets: arr(o['targets'] ?? [], `${where}.targets`, 1000).map((target, index) => {
      const path = obj(target, `${where}.targets[${index}]`)['path'];
      return str(path, `${where}.targets[${index}].path`, 4096);
    }),
  };
  const policies = Array.isArray(o['policies'])
    ? arr(o['policies'], `${where}.policies`, 16).map((policy, index) => ({
        policy: obj(policy, `${where}.policies[${index}]`),
        at: `${where}.policies[${index}]`,
      }))
    : [{ policy: o, at: where }];
  const out: BaselineProblem[] = [];
  for (const { policy, at } of policies) {
    if (policy['suppressed'] !== undefined && obj(policy['suppressed'], `${at}.suppressed`)['source'] !== 'baseline')
      continue;
    out.push({ ...shared, detail: str(policy['detail'], `${at}.detail`, LIMITS.text) });
  }
  return out;
}

/**
 * The comparison a JSON report carries (its `baseline` field), for the action's publish step: the report
 * comes from the scan step's artifact and is untrusted like the rest of it. Only the source and the fixed
 * problems are read; new and existing problems are what the report's findings say (see comparisonOf).
 * Undefined when the report has no `baseline` field; a bad field is an error naming it.
 */
export function readReportComparison(
  report: unknown,
  findings: readonly Finding[],
  file: string,
): { comparison?: BaselineComparison; error?: string } {
  try {
    const field = obj(report, 'report')['baseline'];
    if (field === undefined) return {};
    const baseline = obj(field, 'baseline');
    const fixed = arr(baseline['fixed'], 'baseline.fixed').map((item, index) =>
      fixedProblem(item, `baseline.fixed[${index}]`),
    );
    return { comparison: comparisonOf(findings, str(baseline['source'], 'baseline.source', 4096), fixed) };
  } catch (error) {
    if (error instanceof Invalid) return { error: `${file}: ${error.message}` };
    throw error;
  }
}

function fixedProblem(value: unknown, where: string): ComparedProblem {
  const o = obj(value, where);
  const part = optStr(o['part'], `${where}.part`);
  return {
    kind: str(o['kind'], `${where}.kind`, 512),
    namespace: str(o['namespace'], `${where}.namespace`, 512),
    name: str(o['name'], `${where}.name`, 512),
    ...(part !== undefined ? { part } : {}),
    check: str(o['check'], `${where}.check`, 64),
    detail: str(o['detail'], `${where}.detail`),
    targets: arr(o['targets'] ?? [], `${where}.targets`, 1000).map((target, index) =>
      str(target, `${where}.targets[${index}]`, 4096),
    ),
  };
}
