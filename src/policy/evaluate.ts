/** Evaluating one pod against one level and version, and rendering the results as upstream does. */
import { shared } from './flat-string.js';
import { ALLOWED_VOLUME_SOURCES, RESTRICTED_VOLUME_SOURCES } from './checks/restrictedVolumes.js';
import { activeChecksAt, CHECK_FUNCTION_COUNT } from './registry.js';
import { asArray, asRecord, isPresent, type UnknownRecord } from './shape.js';
import { formatLevelVersion, resolveEvaluatedMinor } from './version.js';
import type { CheckFailure, EvaluateOptions, Level, MessageMode, PodLike, PolicyVersion } from './types.js';

/** Every field of a core/v1 VolumeSource; a volume with none of them is given `emptyDir` by the API server. */
const VOLUME_SOURCES: readonly string[] = [...ALLOWED_VOLUME_SOURCES, ...RESTRICTED_VOLUME_SOURCES];

function needsEmptyDir(item: unknown): boolean {
  const volume = asRecord(item);
  return volume !== undefined && !VOLUME_SOURCES.some((source) => isPresent(volume[source]));
}

/**
 * The pod as kube-apiserver hands it to admission, as far as that changes a verdict: a volume without
 * a source is defaulted to `emptyDir: {}`. Returns the input itself when nothing changes (the common
 * case) and a shallow copy otherwise; never mutates the input.
 */
export function applyApiServerDefaults(pod: PodLike): PodLike {
  const spec = asRecord(asRecord(pod)?.spec);
  const volumes = asArray(spec?.volumes);
  if (spec === undefined || volumes === undefined || !volumes.some(needsEmptyDir)) return pod;
  const defaulted = volumes.map((item) => (needsEmptyDir(item) ? { ...(item as UnknownRecord), emptyDir: {} } : item));
  return { ...pod, spec: { ...spec, volumes: defaulted } };
}

/**
 * Runs every check active for `level` at `version` and returns the failing ones in upstream's output
 * order. `privileged` always returns `[]`. The pod may hold any JSON shape; checks treat mistyped
 * fields as absent and never throw.
 */
export function evaluatePod(
  pod: PodLike,
  level: Level,
  version: PolicyVersion,
  options?: EvaluateOptions,
): CheckFailure[] {
  return podEvaluator(pod, options)(level, version, options?.emulationMinor);
}

/** Evaluates one pod at one level and version; see {@link podEvaluator}. */
export type PodEvaluation = (level: Level, version: PolicyVersion, emulationMinor?: number) => CheckFailure[];

/**
 * {@link evaluatePod} for one pod at several levels and versions, running each check variant once: the
 * baseline checks restricted keeps, and variants that did not change between two versions, are shared
 * (a check is a pure function of the pod). Failures of a shared variant are the same objects.
 */
export function podEvaluator(pod: PodLike, options?: Pick<EvaluateOptions, 'apiServerDefaults'>): PodEvaluation {
  const input = options?.apiServerDefaults === false ? pod : applyApiServerDefaults(pod);
  // By ActiveCheck.slot: a check function's outcome (null when it allows the pod), once it ran.
  const known = new Array<CheckFailure | null | undefined>(CHECK_FUNCTION_COUNT);
  return (level, version, emulationMinor) => {
    if (level === 'privileged') return [];
    const failures: CheckFailure[] = [];
    for (const { id, check, slot } of activeChecksAt(level, resolveEvaluatedMinor(version, emulationMinor))) {
      let failure = known[slot];
      if (failure === undefined) {
        const outcome = check(input);
        failure = outcome.allowed ? null : { id, reason: outcome.reason, detail: outcome.detail, paths: outcome.paths };
        known[slot] = failure;
      }
      // Two ids may run one function (a restricted check built on a baseline rule).
      if (failure !== null) failures.push(failure.id === id ? failure : { ...failure, id });
    }
    return failures;
  };
}

/** The part of a failure the messages print. */
export type FailureText = Pick<CheckFailure, 'reason' | 'detail'>;

/** `reason (detail)`, or just the reason when there is no detail; an empty reason reads `unknown forbidden reason`. */
export function formatFailure(failure: FailureText): string {
  const reason = failure.reason === '' ? 'unknown forbidden reason' : failure.reason;
  return failure.detail === '' ? reason : `${reason} (${failure.detail})`;
}

/** Failing reasons joined by `", "`, as in upstream's namespace dry-run warnings. */
export function aggregateReasons(failures: readonly FailureText[]): string {
  return failures.map((f) => (f.reason === '' ? 'unknown forbidden reason' : f.reason)).join(', ');
}

/**
 * The message the admission controller produces: `violates PodSecurity "<level>:<version>": <details>`
 * for enforce, `would violate PodSecurity ...` for warn and audit. `version` is printed as requested
 * (`latest`, `v1.99`), never as the clamped minor.
 */
export function aggregateMessage(
  failures: readonly FailureText[],
  mode: MessageMode,
  level: Level,
  version: PolicyVersion | string,
): string {
  const prefix = mode === 'enforce' ? 'violates' : 'would violate';
  // Kept by a finding or verdict until the report is written, and alike for many workloads (see shared).
  return shared(
    `${prefix} PodSecurity "${formatLevelVersion(level, version)}": ${failures.map(formatFailure).join(', ')}`,
  );
}
