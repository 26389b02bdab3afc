/**
 * Reads a JSON report back into a ScanResult, for merging shard results. The file may come from another
 * job (an artifact), so it is treated as untrusted: every field is type-checked, sizes are bounded, and
 * anything unexpected is an error naming the file and the field, never a crash.
 */
import { addTarget, sortFindings, sortTargets, sortVerdicts } from '../findings/assess.js';
import { isCheckId } from '../findings/check-order.js';
import { MODES, type Finding, type Mode, type ScanError, type ScanResult, type Severity, type Suppression, type TargetKind, type TargetRef, type TargetSummary, type WorkloadVerdict } from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import { LEVELS, type Level } from '../policy/types.js';
import { JSON_REPORT_VERSION } from './json.js';
import { arr, fail, int, Invalid, LIMITS, obj, oneOf, optStr, relPath, str } from './untrusted.js';

/** The report version before problems: one entry per finding under `findings`. */
const PREVIOUS_VERSION = '1';

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
    if (version !== JSON_REPORT_VERSION && version !== PREVIOUS_VERSION) fail('version', `${JSON.stringify(JSON_REPORT_VERSION)} or ${JSON.stringify(PREVIOUS_VERSION)}`);
    // Fresh objects with only known fields: nothing unexpected is passed on to comments or SARIF.
    const findings =
      version === PREVIOUS_VERSION
        ? arr(report['findings'], 'findings').map((item, i) => finding(item, `findings[${i}]`))
        : arr(report['problems'], 'problems').flatMap((item, i) => problemFindings(item, `problems[${i}]`));
    const result: ScanResult = {
      findings: sortFindings(findings),
      workloads: arr(report['workloads'], 'workloads').map((item, i) => verdict(item, `workloads[${i}]`)),
      errors: arr(report['errors'], 'errors').map((item, i) => scanError(item, `errors[${i}]`)),
      notices: arr(report['notices'] ?? [], 'notices').map((item, i) => scanError(item, `notices[${i}]`)),
      targets: arr(report['targets'] ?? [], 'targets').map((item, i) => targetSummary(item, `targets[${i}]`)),
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
      findings.set(key, existing ? { ...existing, targets: sortTargets(item.targets.reduce(addTarget, existing.targets)) } : item);
    }
  }
  const verdicts = new Map<string, WorkloadVerdict>();
  for (const result of results) {
    for (const item of result.workloads) {
      const key = [item.file, item.line, item.kind, item.namespace, item.name, item.part ?? '', item.mode].join('\u0000');
      const existing = verdicts.get(key);
      verdicts.set(key, existing ? { ...existing, targets: sortTargets(item.targets.reduce(addTarget, existing.targets)) } : item);
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

// --- field readers ------------------------------------------------------------------------------

const TARGET_KINDS: readonly TargetKind[] = ['manifest', 'helm', 'kustomize'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];
const SUPPRESSION_SOURCES: readonly Suppression['source'][] = ['exemption', 'config', 'annotation', 'baseline'];

function targetRef(value: unknown, where: string): TargetRef {
  const o = obj(value, where);
  return {
    kind: oneOf(o['kind'], TARGET_KINDS, `${where}.kind`),
    path: str(o['path'], `${where}.path`, 4096),
    scenarios: arr(o['scenarios'], `${where}.scenarios`, 1000).map((s, i) => str(s, `${where}.scenarios[${i}]`, 4096)),
  };
}

function location(value: unknown, where: string): RepoLocation {
  const o = obj(value, where);
  const message = optStr(o['message'], `${where}.message`);
  return {
    file: relPath(o['file'], `${where}.file`),
    line: int(o['line'], `${where}.line`, 1, LIMITS.line),
    column: int(o['column'], `${where}.column`, 1, LIMITS.line),
    endLine: int(o['endLine'], `${where}.endLine`, 1, LIMITS.line),
    endColumn: int(o['endColumn'], `${where}.endColumn`, 1, LIMITS.line),
    ...(message !== undefined ? { message } : {}),
  };
}

function modes(value: unknown, where: string): Mode[] {
  const list = arr(value, where, 3).map((m, i) => oneOf(m, MODES, `${where}[${i}]`));
  return MODES.filter((m) => list.includes(m));
}

/**
 * A version-2 problem back into its findings: the location and workload are the problem's, the
 * policy's own fields (level, version, modes, upstream words, fingerprint, suppression) come from
 * each entry of `policies`.
 */
function problemFindings(value: unknown, where: string): Finding[] {
  const o = obj(value, where);
  const policies = arr(o['policies'], `${where}.policies`, 16);
  if (policies.length === 0) fail(`${where}.policies`, 'at least one policy');
  // Suppression and next-version marks are per policy; the problem's own are summaries of them.
  const shared: Record<string, unknown> = { ...o };
  delete shared['suppressed'];
  delete shared['upcoming'];
  return policies.map((item, i) => {
    const policy = obj(item, `${where}.policies[${i}]`);
    return finding({ ...shared, ...policy }, where, `${where}.policies[${i}]`);
  });
}

function finding(value: unknown, where: string, policyWhere = where): Finding {
  const o = obj(value, where);
  const check = str(o['check'], `${where}.check`, 64);
  if (!isCheckId(check)) fail(`${where}.check`, 'an upstream check id');
  const fingerprint = str(o['fingerprint'], `${policyWhere}.fingerprint`, 128);
  if (!/^[A-Za-z0-9:_.-]+$/.test(fingerprint)) fail(`${policyWhere}.fingerprint`, 'letters, digits and : _ . -');
  let suppressed: Suppression | undefined;
  if (o['suppressed'] !== undefined) {
    const s = obj(o['suppressed'], `${policyWhere}.suppressed`);
    const expires = optStr(s['expires'], `${policyWhere}.suppressed.expires`);
    suppressed = {
      reason: str(s['reason'], `${policyWhere}.suppressed.reason`),
      source: oneOf(s['source'], SUPPRESSION_SOURCES, `${policyWhere}.suppressed.source`),
      ...(expires !== undefined ? { expires } : {}),
    };
  }
  if (o['upcoming'] !== undefined && typeof o['upcoming'] !== 'boolean') fail(`${policyWhere}.upcoming`, 'true or false');
  const note = optStr(o['note'], `${where}.note`);
  return {
    file: relPath(o['file'], `${where}.file`),
    line: int(o['line'], `${where}.line`, 1, LIMITS.line),
    column: int(o['column'], `${where}.column`, 1, LIMITS.line),
    endLine: int(o['endLine'], `${where}.endLine`, 1, LIMITS.line),
    endColumn: int(o['endColumn'], `${where}.endColumn`, 1, LIMITS.line),
    apiVersion: str(o['apiVersion'], `${where}.apiVersion`, 512),
    kind: str(o['kind'], `${where}.kind`, 512),
    namespace: str(o['namespace'], `${where}.namespace`, 512),
    name: str(o['name'], `${where}.name`, 512),
    ...(o['part'] !== undefined ? { part: str(o['part'], `${where}.part`, 512) } : {}),
    check,
    level: oneOf<Level>(o['level'], LEVELS, `${policyWhere}.level`),
    version: str(o['version'], `${policyWhere}.version`, 32),
    reason: str(o['reason'], `${policyWhere}.reason`),
    detail: str(o['detail'], `${policyWhere}.detail`),
    message: str(o['message'], `${policyWhere}.message`),
    modes: modes(o['modes'], `${policyWhere}.modes`),
    severity: oneOf(o['severity'], SEVERITIES, `${policyWhere}.severity`),
    field: str(o['field'], `${where}.field`, 2048),
    targets: arr(o['targets'], `${where}.targets`, 1000).map((t, i) => targetRef(t, `${where}.targets[${i}]`)),
    related: arr(o['related'], `${where}.related`, 1000).map((r, i) => location(r, `${where}.related[${i}]`)),
    fingerprint,
    ...(suppressed !== undefined ? { suppressed } : {}),
    ...(o['upcoming'] === true ? { upcoming: true } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

function verdict(value: unknown, where: string): WorkloadVerdict {
  const o = obj(value, where);
  const message = optStr(o['message'], `${where}.message`);
  const note = optStr(o['note'], `${where}.note`);
  if (typeof o['allowed'] !== 'boolean') fail(`${where}.allowed`, 'true or false');
  const exempt = o['exempt'] === undefined ? undefined : oneOf(o['exempt'], ['namespace', 'runtimeClass'] as const, `${where}.exempt`);
  return {
    file: relPath(o['file'], `${where}.file`),
    line: int(o['line'], `${where}.line`, 1, LIMITS.line),
    apiVersion: str(o['apiVersion'], `${where}.apiVersion`, 512),
    kind: str(o['kind'], `${where}.kind`, 512),
    namespace: str(o['namespace'], `${where}.namespace`, 512),
    name: str(o['name'], `${where}.name`, 512),
    ...(o['part'] !== undefined ? { part: str(o['part'], `${where}.part`, 512) } : {}),
    mode: oneOf(o['mode'], MODES, `${where}.mode`),
    level: oneOf<Level>(o['level'], LEVELS, `${where}.level`),
    version: str(o['version'], `${where}.version`, 32),
    allowed: o['allowed'] as boolean,
    targets: arr(o['targets'], `${where}.targets`, 1000).map((t, i) => targetRef(t, `${where}.targets[${i}]`)),
    ...(message !== undefined ? { message } : {}),
    ...(exempt !== undefined ? { exempt } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

function scanError(value: unknown, where: string): ScanError {
  const o = obj(value, where);
  return {
    file: str(o['file'], `${where}.file`, 4096),
    message: str(o['message'], `${where}.message`),
    ...(o['line'] !== undefined ? { line: int(o['line'], `${where}.line`, 1, LIMITS.line) } : {}),
    ...(o['column'] !== undefined ? { column: int(o['column'], `${where}.column`, 1, LIMITS.line) } : {}),
    ...(o['target'] !== undefined ? { target: targetRef(o['target'], `${where}.target`) } : {}),
  };
}

function targetSummary(value: unknown, where: string): TargetSummary {
  const o = obj(value, where);
  return { ref: targetRef(o, where), workloads: int(o['workloads'], `${where}.workloads`, 0, LIMITS.items) };
}
