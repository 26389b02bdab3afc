/**
 * The shape of the JSON report, defined once: the types the writer (json.ts) fills and, for reading a
 * report back (json-read.ts: merging shards, checking artifacts), a reader per object that checks every
 * field of an untrusted file and returns the same types. A field added here is written and read, or the
 * build fails.
 */
import { isCheckId } from '../findings/check-order.js';
import {
  MODES,
  type FailOn,
  type Mode,
  type Severity,
  type Suppression,
  type TargetKind,
  type TargetRef,
  type WorkloadVerdict,
} from '../findings/types.js';
import { LEVELS, type CheckId, type Level } from '../policy/types.js';
import { arr, fail, int, LIMITS, obj, oneOf, optStr, relPath, str } from './untrusted.js';

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

/** The report version before problems: one entry per finding under `findings`. */
export const PREVIOUS_JSON_REPORT_VERSION = '1';

/** Every report version that can be read back, oldest first. */
export const READABLE_JSON_REPORT_VERSIONS: readonly string[] = [PREVIOUS_JSON_REPORT_VERSION, JSON_REPORT_VERSION];

/** The fields of a problem that are read back; the others are worked out from them and its policies. */
export type JsonProblemFields = Omit<
  JsonProblem,
  | 'id'
  | 'title'
  | 'containers'
  | 'severity'
  | 'modes'
  | 'blocking'
  | 'policies'
  | 'suppressed'
  | 'upcoming'
  | 'fix'
  | 'docs'
>;

// --- reading: every field type-checked and bounded; a failure names the field -------------------

const TARGET_KINDS: readonly TargetKind[] = ['manifest', 'helm', 'kustomize'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];
const SUPPRESSION_SOURCES: readonly Suppression['source'][] = ['exemption', 'config', 'annotation', 'baseline'];

export function readJsonTarget(value: unknown, where: string): JsonTarget {
  const o = obj(value, where);
  return {
    kind: oneOf(o['kind'], TARGET_KINDS, `${where}.kind`),
    path: str(o['path'], `${where}.path`, 4096),
    scenarios: arr(o['scenarios'], `${where}.scenarios`, 1000).map((s, i) => str(s, `${where}.scenarios[${i}]`, 4096)),
  };
}

export function readJsonLocation(value: unknown, where: string): JsonLocation {
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

function readModes(value: unknown, where: string): Mode[] {
  const list = arr(value, where, 3).map((m, i) => oneOf(m, MODES, `${where}[${i}]`));
  return MODES.filter((m) => list.includes(m));
}

function readSuppression(value: unknown, where: string): JsonSuppression {
  const s = obj(value, where);
  const expires = optStr(s['expires'], `${where}.expires`);
  return {
    reason: str(s['reason'], `${where}.reason`),
    source: oneOf(s['source'], SUPPRESSION_SOURCES, `${where}.source`),
    ...(expires !== undefined ? { expires } : {}),
  };
}

/** One policy of a problem (in a version-1 report, the policy fields of a finding). */
export function readJsonPolicy(value: unknown, where: string): JsonPolicy {
  const o = obj(value, where);
  const fingerprint = str(o['fingerprint'], `${where}.fingerprint`, 128);
  if (!/^[A-Za-z0-9:_.-]+$/.test(fingerprint)) fail(`${where}.fingerprint`, 'letters, digits and : _ . -');
  const suppressed =
    o['suppressed'] === undefined ? undefined : readSuppression(o['suppressed'], `${where}.suppressed`);
  if (o['upcoming'] !== undefined && typeof o['upcoming'] !== 'boolean') fail(`${where}.upcoming`, 'true or false');
  return {
    modes: readModes(o['modes'], `${where}.modes`),
    level: oneOf<Level>(o['level'], LEVELS, `${where}.level`),
    version: str(o['version'], `${where}.version`, 32),
    severity: oneOf(o['severity'], SEVERITIES, `${where}.severity`),
    reason: str(o['reason'], `${where}.reason`),
    detail: str(o['detail'], `${where}.detail`),
    message: str(o['message'], `${where}.message`),
    fingerprint,
    ...(suppressed !== undefined ? { suppressed } : {}),
    ...(o['upcoming'] === true ? { upcoming: true } : {}),
  };
}

/** The workload, check and place of a problem (in a version-1 report, of a finding). */
export function readJsonProblemFields(value: unknown, where: string): JsonProblemFields {
  const o = obj(value, where);
  const check = str(o['check'], `${where}.check`, 64);
  if (!isCheckId(check)) fail(`${where}.check`, 'an upstream check id');
  const note = optStr(o['note'], `${where}.note`);
  return {
    check,
    file: relPath(o['file'], `${where}.file`),
    line: int(o['line'], `${where}.line`, 1, LIMITS.line),
    column: int(o['column'], `${where}.column`, 1, LIMITS.line),
    endLine: int(o['endLine'], `${where}.endLine`, 1, LIMITS.line),
    endColumn: int(o['endColumn'], `${where}.endColumn`, 1, LIMITS.line),
    kind: str(o['kind'], `${where}.kind`, 512),
    apiVersion: str(o['apiVersion'], `${where}.apiVersion`, 512),
    namespace: str(o['namespace'], `${where}.namespace`, 512),
    name: str(o['name'], `${where}.name`, 512),
    ...(o['part'] !== undefined ? { part: str(o['part'], `${where}.part`, 512) } : {}),
    field: str(o['field'], `${where}.field`, 2048),
    ...(note !== undefined ? { note } : {}),
    targets: arr(o['targets'], `${where}.targets`, 1000).map((t, i) => readJsonTarget(t, `${where}.targets[${i}]`)),
    related: arr(o['related'], `${where}.related`, 1000).map((r, i) => readJsonLocation(r, `${where}.related[${i}]`)),
  };
}

/** A version-2 problem: its own fields and each policy it breaks. */
export function readJsonProblem(
  value: unknown,
  where: string,
): JsonProblemFields & { readonly policies: readonly JsonPolicy[] } {
  const o = obj(value, where);
  const policies = arr(o['policies'], `${where}.policies`, 16);
  if (policies.length === 0) fail(`${where}.policies`, 'at least one policy');
  const fields = readJsonProblemFields(o, where);
  return { ...fields, policies: policies.map((item, i) => readJsonPolicy(item, `${where}.policies[${i}]`)) };
}

export function readJsonWorkload(value: unknown, where: string): JsonWorkload {
  const o = obj(value, where);
  const message = optStr(o['message'], `${where}.message`);
  const note = optStr(o['note'], `${where}.note`);
  if (typeof o['allowed'] !== 'boolean') fail(`${where}.allowed`, 'true or false');
  const exempt =
    o['exempt'] === undefined
      ? undefined
      : oneOf(o['exempt'], ['namespace', 'runtimeClass'] as const, `${where}.exempt`);
  return {
    file: relPath(o['file'], `${where}.file`),
    line: int(o['line'], `${where}.line`, 1, LIMITS.line),
    kind: str(o['kind'], `${where}.kind`, 512),
    apiVersion: str(o['apiVersion'], `${where}.apiVersion`, 512),
    namespace: str(o['namespace'], `${where}.namespace`, 512),
    name: str(o['name'], `${where}.name`, 512),
    ...(o['part'] !== undefined ? { part: str(o['part'], `${where}.part`, 512) } : {}),
    level: oneOf<Level>(o['level'], LEVELS, `${where}.level`),
    version: str(o['version'], `${where}.version`, 32),
    allowed: o['allowed'],
    mode: oneOf(o['mode'], MODES, `${where}.mode`),
    ...(message !== undefined ? { message } : {}),
    ...(exempt !== undefined ? { exempt } : {}),
    targets: arr(o['targets'], `${where}.targets`, 1000).map((t, i) => readJsonTarget(t, `${where}.targets[${i}]`)),
    ...(note !== undefined ? { note } : {}),
  };
}

export function readJsonError(value: unknown, where: string): JsonError {
  const o = obj(value, where);
  return {
    file: str(o['file'], `${where}.file`, 4096),
    message: str(o['message'], `${where}.message`),
    ...(o['line'] !== undefined ? { line: int(o['line'], `${where}.line`, 1, LIMITS.line) } : {}),
    ...(o['column'] !== undefined ? { column: int(o['column'], `${where}.column`, 1, LIMITS.line) } : {}),
    ...(o['target'] !== undefined ? { target: readJsonTarget(o['target'], `${where}.target`) } : {}),
  };
}

export function readJsonTargetSummary(value: unknown, where: string): JsonTargetSummary {
  const o = obj(value, where);
  return { ...readJsonTarget(o, where), workloads: int(o['workloads'], `${where}.workloads`, 0, LIMITS.items) };
}
