/**
 * Validation of the scan → publish hand-over. The artifact comes from a run on untrusted pull-request
 * code, so every field is checked for type, range and form before anything is posted; unknown fields
 * are dropped, not passed on.
 */
import { isCheckId } from '../findings/check-order.js';
import { MODES, type Finding, type Mode, type ScanError, type ScanResult, type Severity, type Suppression, type TargetKind, type TargetRef, type TargetSummary, type WorkloadVerdict } from '../findings/types.js';
import type { RepoLocation } from '../manifests/types.js';
import { LEVELS, type Level } from '../policy/types.js';

export const ARTIFACT_SCHEMA = 'podsec-artifact';
export const ARTIFACT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

/** The manifest written by `mode: scan`. */
export interface ArtifactManifest {
  readonly schema: typeof ARTIFACT_SCHEMA;
  readonly version: typeof ARTIFACT_VERSION;
  /** `owner/name` of the repository the scan ran in. */
  readonly repository: string;
  readonly pullNumber: number | undefined;
  /** The pull request head commit (reviews anchor here). */
  readonly headSha: string | undefined;
  /** GITHUB_SHA and GITHUB_REF of the scan run. */
  readonly commitSha: string;
  readonly ref: string;
  /** File names inside the artifact directory. */
  readonly files: { readonly result: string; readonly sarif?: string };
}

export const LIMITS = {
  manifestBytes: 64 * 1024,
  resultBytes: 64 * 1024 * 1024,
  items: 200_000,
  text: 20_000,
  line: 10_000_000,
} as const;

class Invalid extends Error {}

function fail(where: string, expected: string): never {
  throw new Invalid(`${where}: expected ${expected}`);
}

function obj(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(where, 'an object');
  return value as Record<string, unknown>;
}

function arr(value: unknown, where: string, max: number = LIMITS.items): unknown[] {
  if (!Array.isArray(value)) fail(where, 'a list');
  if (value.length > max) fail(where, `at most ${max} items`);
  return value;
}

function str(value: unknown, where: string, max: number = LIMITS.text): string {
  if (typeof value !== 'string' || value.length > max) fail(where, `a string of at most ${max} characters`);
  return value;
}

function optStr(value: unknown, where: string): string | undefined {
  return value === undefined ? undefined : str(value, where);
}

function int(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    fail(where, `a whole number from ${min} to ${max}`);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail(where, `one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * A repository-relative path: forward slashes, no `..` segment, not absolute, no control characters.
 * This is what review comments and SARIF locations will point at.
 */
export function isSafeRelativePath(text: string): boolean {
  if (text === '' || text.length > 4096) return false;
  if (text.startsWith('/') || text.startsWith('\\') || /^[A-Za-z]:/.test(text)) return false;
  if (/[\u0000-\u001f\u007f\\]/.test(text)) return false;
  return text.split('/').every((segment) => segment !== '..');
}

function relPath(value: unknown, where: string): string {
  const text = str(value, where, 4096);
  if (!isSafeRelativePath(text)) fail(where, 'a repository-relative path without ".." (forward slashes)');
  return text;
}

/** A plain file name inside the artifact directory. */
export function isSafeFileName(text: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(text) && !text.includes('..');
}

function fileName(value: unknown, where: string): string {
  const text = str(value, where, 128);
  if (!isSafeFileName(text)) fail(where, 'a plain file name (letters, digits, . _ -), no directories');
  return text;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function sha(value: unknown, where: string): string {
  const text = str(value, where, 64);
  if (!SHA.test(text)) fail(where, 'a 40- or 64-digit lowercase hex commit SHA');
  return text;
}

const TARGET_KINDS: readonly TargetKind[] = ['manifest', 'helm', 'kustomize'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];
const SUPPRESSION_SOURCES: readonly Suppression['source'][] = ['exemption', 'config', 'annotation'];

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

function finding(value: unknown, where: string): Finding {
  const o = obj(value, where);
  const check = str(o['check'], `${where}.check`, 64);
  if (!isCheckId(check)) fail(`${where}.check`, 'an upstream check id');
  const fingerprint = str(o['fingerprint'], `${where}.fingerprint`, 128);
  if (!/^[A-Za-z0-9:_.-]+$/.test(fingerprint)) fail(`${where}.fingerprint`, 'letters, digits and : _ . -');
  let suppressed: Suppression | undefined;
  if (o['suppressed'] !== undefined) {
    const s = obj(o['suppressed'], `${where}.suppressed`);
    const expires = optStr(s['expires'], `${where}.suppressed.expires`);
    suppressed = {
      reason: str(s['reason'], `${where}.suppressed.reason`),
      source: oneOf(s['source'], SUPPRESSION_SOURCES, `${where}.suppressed.source`),
      ...(expires !== undefined ? { expires } : {}),
    };
  }
  if (o['upcoming'] !== undefined && typeof o['upcoming'] !== 'boolean') fail(`${where}.upcoming`, 'true or false');
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
    check,
    level: oneOf<Level>(o['level'], LEVELS, `${where}.level`),
    version: str(o['version'], `${where}.version`, 32),
    reason: str(o['reason'], `${where}.reason`),
    detail: str(o['detail'], `${where}.detail`),
    message: str(o['message'], `${where}.message`),
    modes: modes(o['modes'], `${where}.modes`),
    severity: oneOf(o['severity'], SEVERITIES, `${where}.severity`),
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
  return { ref: targetRef(o['ref'], `${where}.ref`), workloads: int(o['workloads'], `${where}.workloads`, 0, LIMITS.items) };
}

/** Validates a scan result read from an artifact; returns a fresh object with only known fields. */
export function validateScanResult(value: unknown): { result?: ScanResult; error?: string } {
  try {
    const o = obj(value, 'result');
    return {
      result: {
        findings: arr(o['findings'], 'result.findings').map((f, i) => finding(f, `result.findings[${i}]`)),
        workloads: arr(o['workloads'], 'result.workloads').map((w, i) => verdict(w, `result.workloads[${i}]`)),
        errors: arr(o['errors'], 'result.errors').map((e, i) => scanError(e, `result.errors[${i}]`)),
        targets: arr(o['targets'], 'result.targets').map((t, i) => targetSummary(t, `result.targets[${i}]`)),
        notices: arr(o['notices'], 'result.notices').map((e, i) => scanError(e, `result.notices[${i}]`)),
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { error: error.message };
    throw error;
  }
}

/** Validates the artifact manifest. */
export function validateManifest(value: unknown): { manifest?: ArtifactManifest; error?: string } {
  try {
    const o = obj(value, 'manifest');
    if (o['schema'] !== ARTIFACT_SCHEMA) fail('manifest.schema', JSON.stringify(ARTIFACT_SCHEMA));
    if (o['version'] !== ARTIFACT_VERSION) fail('manifest.version', String(ARTIFACT_VERSION));
    const repository = str(o['repository'], 'manifest.repository', 256);
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) fail('manifest.repository', 'owner/name');
    const files = obj(o['files'], 'manifest.files');
    const ref = str(o['ref'], 'manifest.ref', 256);
    if (!/^refs\/[A-Za-z0-9_./-]+$/.test(ref) || ref.split('/').includes('..')) fail('manifest.ref', 'a git ref such as refs/pull/7/merge');
    const sarif = files['sarif'] === undefined ? undefined : fileName(files['sarif'], 'manifest.files.sarif');
    return {
      manifest: {
        schema: ARTIFACT_SCHEMA,
        version: ARTIFACT_VERSION,
        repository,
        pullNumber: o['pullNumber'] === undefined || o['pullNumber'] === null ? undefined : int(o['pullNumber'], 'manifest.pullNumber', 1, 2 ** 31 - 1),
        headSha: o['headSha'] === undefined || o['headSha'] === null ? undefined : sha(o['headSha'], 'manifest.headSha'),
        commitSha: sha(o['commitSha'], 'manifest.commitSha'),
        ref,
        files: { result: fileName(files['result'], 'manifest.files.result'), ...(sarif !== undefined ? { sarif } : {}) },
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { error: error.message };
    throw error;
  }
}
