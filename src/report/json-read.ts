/**
 * Reads a JSON report back into a ScanResult, for merging shard results. The file may come from another
 * job (an artifact), so it is treated as untrusted: every field is type-checked, sizes are bounded, and
 * anything unexpected is an error naming the file and the field, never a crash.
 */
import type { Finding, Mode, ScanError, ScanResult, Severity, Suppression, TargetRef, WorkloadVerdict } from '../findings/types.js';
import { MODES } from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import { CHECK_ORDER } from '../policy/registry.js';
import type { CheckId, Level } from '../policy/types.js';
import { JSON_REPORT_VERSION } from './json.js';

/** A report larger than this is refused rather than parsed (a 25,000-finding report is about 40 MB). */
export const MAX_REPORT_BYTES = 128 * 1024 * 1024;

class ReportShapeError extends Error {}

/** Parses the text of a `--format json` report. */
export function readJsonReport(text: string, file: string): { result?: ScanResult; error?: string } {
  if (text.length > MAX_REPORT_BYTES) return { error: `${file}: report is larger than ${MAX_REPORT_BYTES} bytes` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `${file}: not JSON: ${(error as Error).message}` };
  }
  try {
    const report = record(raw, 'report');
    if (report['version'] !== JSON_REPORT_VERSION) {
      throw new ReportShapeError(`version: expected "${JSON_REPORT_VERSION}", got ${JSON.stringify(report['version'])}`);
    }
    const result: ScanResult = {
      findings: list(report['findings'], 'findings').map((item, i) => finding(item, `findings[${i}]`)),
      workloads: list(report['workloads'], 'workloads').map((item, i) => verdict(item, `workloads[${i}]`)),
      errors: list(report['errors'], 'errors').map((item, i) => scanError(item, `errors[${i}]`)),
      notices: list(report['notices'] ?? [], 'notices').map((item, i) => scanError(item, `notices[${i}]`)),
      targets: [],
    };
    return { result };
  } catch (error) {
    if (error instanceof ReportShapeError) return { error: `${file}: ${error.message}` };
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
      findings.set(key, existing ? { ...existing, targets: mergeTargets(existing.targets, item.targets) } : item);
    }
  }
  const verdicts = new Map<string, WorkloadVerdict>();
  for (const result of results) {
    for (const item of result.workloads) {
      const key = [item.file, item.line, item.kind, item.namespace, item.name, item.mode].join('\u0000');
      const existing = verdicts.get(key);
      verdicts.set(key, existing ? { ...existing, targets: mergeTargets(existing.targets, item.targets) } : item);
    }
  }
  return {
    findings: [...findings.values()].sort(compareFindings),
    workloads: [...verdicts.values()].sort((a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.mode, b.mode)),
    errors: results.flatMap((result) => result.errors),
    notices: results.flatMap((result) => result.notices),
    targets: results.flatMap((result) => result.targets),
  };
}

function mergeTargets(a: readonly TargetRef[], b: readonly TargetRef[]): TargetRef[] {
  const merged = new Map<string, TargetRef>();
  for (const target of [...a, ...b]) {
    const key = `${target.kind}\u0000${target.path}`;
    const existing = merged.get(key);
    merged.set(key, existing ? { ...existing, scenarios: [...new Set([...existing.scenarios, ...target.scenarios])].sort() } : target);
  }
  return [...merged.values()].sort((x, y) => compare(x.path, y.path));
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compare(a.file, b.file) ||
    a.line - b.line ||
    CHECK_ORDER.indexOf(a.check) - CHECK_ORDER.indexOf(b.check) ||
    compare(a.level, b.level) ||
    compare(a.version, b.version) ||
    compare(a.fingerprint, b.fingerprint)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// --- field readers -------------------------------------------------------------------------------

const LEVELS: readonly Level[] = ['privileged', 'baseline', 'restricted'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];
const SOURCES: readonly Suppression['source'][] = ['exemption', 'config', 'annotation'];
const TARGET_KINDS: readonly TargetRef['kind'][] = ['manifest', 'helm', 'kustomize'];

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ReportShapeError(`${where}: expected an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ReportShapeError(`${where}: expected a list`);
  return value;
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length > 65_536) throw new ReportShapeError(`${where}: expected a string`);
  return value;
}

function optionalStr(value: unknown, where: string): string | undefined {
  return value === undefined ? undefined : str(value, where);
}

function int(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new ReportShapeError(`${where}: expected a whole number`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ReportShapeError(`${where}: expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Report paths must stay inside the repository: relative, forward slashes, no `..`. */
function repoPath(value: unknown, where: string): string {
  const text = str(value, where);
  if (text.startsWith('/') || /^[A-Za-z]:/.test(text) || text.split('/').includes('..') || text.includes('\\')) {
    throw new ReportShapeError(`${where}: ${JSON.stringify(text)} is not a repository-relative path`);
  }
  return text;
}

function target(value: unknown, where: string): TargetRef {
  const item = record(value, where);
  return {
    kind: oneOf(item['kind'], TARGET_KINDS, `${where}.kind`),
    path: repoPath(item['path'], `${where}.path`),
    scenarios: list(item['scenarios'], `${where}.scenarios`).map((s, i) => str(s, `${where}.scenarios[${i}]`)),
  };
}

function location(value: unknown, where: string): RepoLocation {
  const item = record(value, where);
  const message = optionalStr(item['message'], `${where}.message`);
  return {
    file: repoPath(item['file'], `${where}.file`),
    line: int(item['line'], `${where}.line`),
    column: int(item['column'], `${where}.column`),
    endLine: int(item['endLine'], `${where}.endLine`),
    endColumn: int(item['endColumn'], `${where}.endColumn`),
    ...(message === undefined ? {} : { message }),
  };
}

function finding(value: unknown, where: string): Finding {
  const item = record(value, where);
  const suppressedRaw = item['suppressed'];
  let suppressed: Suppression | undefined;
  if (suppressedRaw !== undefined) {
    const s = record(suppressedRaw, `${where}.suppressed`);
    const expires = optionalStr(s['expires'], `${where}.suppressed.expires`);
    suppressed = {
      reason: str(s['reason'], `${where}.suppressed.reason`),
      source: oneOf(s['source'], SOURCES, `${where}.suppressed.source`),
      ...(expires === undefined ? {} : { expires }),
    };
  }
  const note = optionalStr(item['note'], `${where}.note`);
  return {
    ...location(item, where),
    apiVersion: str(item['apiVersion'], `${where}.apiVersion`),
    kind: str(item['kind'], `${where}.kind`),
    namespace: str(item['namespace'], `${where}.namespace`),
    name: str(item['name'], `${where}.name`),
    check: oneOf(item['check'], CHECK_ORDER as readonly CheckId[], `${where}.check`),
    level: oneOf(item['level'], LEVELS, `${where}.level`),
    version: str(item['version'], `${where}.version`),
    reason: str(item['reason'], `${where}.reason`),
    detail: str(item['detail'], `${where}.detail`),
    message: str(item['message'], `${where}.message`),
    modes: list(item['modes'], `${where}.modes`).map((m, i) => oneOf<Mode>(m, MODES, `${where}.modes[${i}]`)),
    severity: oneOf(item['severity'], SEVERITIES, `${where}.severity`),
    field: str(item['field'], `${where}.field`),
    targets: list(item['targets'], `${where}.targets`).map((t, i) => target(t, `${where}.targets[${i}]`)),
    related: list(item['related'], `${where}.related`).map((r, i) => location(r, `${where}.related[${i}]`)),
    ...(suppressed === undefined ? {} : { suppressed }),
    fingerprint: str(item['fingerprint'], `${where}.fingerprint`),
    ...(item['upcoming'] === true ? { upcoming: true } : {}),
    ...(note === undefined ? {} : { note }),
  };
}

function verdict(value: unknown, where: string): WorkloadVerdict {
  const item = record(value, where);
  const message = optionalStr(item['message'], `${where}.message`);
  const note = optionalStr(item['note'], `${where}.note`);
  const exempt = item['exempt'] === undefined ? undefined : oneOf(item['exempt'], ['namespace', 'runtimeClass'] as const, `${where}.exempt`);
  return {
    file: repoPath(item['file'], `${where}.file`),
    line: int(item['line'], `${where}.line`),
    apiVersion: str(item['apiVersion'], `${where}.apiVersion`),
    kind: str(item['kind'], `${where}.kind`),
    namespace: str(item['namespace'], `${where}.namespace`),
    name: str(item['name'], `${where}.name`),
    mode: oneOf<Mode>(item['mode'], MODES, `${where}.mode`),
    level: oneOf(item['level'], LEVELS, `${where}.level`),
    version: str(item['version'], `${where}.version`),
    allowed: item['allowed'] === true,
    ...(message === undefined ? {} : { message }),
    ...(exempt === undefined ? {} : { exempt }),
    targets: list(item['targets'], `${where}.targets`).map((t, i) => target(t, `${where}.targets[${i}]`)),
    ...(note === undefined ? {} : { note }),
  };
}

function scanError(value: unknown, where: string): ScanError {
  const item = record(value, where);
  const line = item['line'] === undefined ? undefined : int(item['line'], `${where}.line`);
  const column = item['column'] === undefined ? undefined : int(item['column'], `${where}.column`);
  return {
    file: str(item['file'], `${where}.file`),
    message: str(item['message'], `${where}.message`),
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    ...(item['target'] === undefined ? {} : { target: target(item['target'], `${where}.target`) }),
  };
}
