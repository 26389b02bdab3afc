/**
 * Types shared by the policy engine. The engine is pure: it reads plain objects and returns data.
 */

/** A Pod Security Standards level, strictest last. */
export type Level = 'privileged' | 'baseline' | 'restricted';
export const LEVELS: readonly Level[] = ['privileged', 'baseline', 'restricted'];

/** The 19 upstream check ids, exactly as upstream spells them. */
export type CheckId =
  | 'appArmorProfile'
  | 'capabilities_baseline'
  | 'hostNamespaces'
  | 'hostPathVolumes'
  | 'hostPorts'
  | 'hostProbesAndHostLifecycle'
  | 'privileged'
  | 'procMount'
  | 'seLinuxOptions'
  | 'seccompProfile_baseline'
  | 'sysctls'
  | 'windowsHostProcess'
  | 'allowPrivilegeEscalation'
  | 'capabilities_restricted'
  | 'procMount_restricted'
  | 'restrictedVolumes'
  | 'runAsNonRoot'
  | 'runAsUser'
  | 'seccompProfile_restricted';

/**
 * A parsed policy version. `latest` sorts after every numbered version.
 * `text` is what the user wrote and what messages print (`latest`, `v1.99`), never the clamped minor.
 */
export interface PolicyVersion {
  readonly text: string;
  readonly latest: boolean;
  /** The minor number; `Number.POSITIVE_INFINITY` for `latest`. */
  readonly minor: number;
}

/** A path into an object: keys and array indexes. */
export type FieldPath = readonly (string | number)[];

/**
 * The part of a pod (or pod template) the checks read. Values are untrusted: any field may hold any
 * JSON type. Shape validation happens before evaluation (see workloads/validate-pod.ts).
 */
export interface PodLike {
  readonly metadata?: Record<string, unknown> | null;
  readonly spec?: Record<string, unknown> | null;
}

/** One failing check, as upstream's CheckResult plus where in the pod the problem is. */
export interface CheckFailure {
  readonly id: CheckId;
  /** Upstream ForbiddenReason, e.g. `runAsNonRoot != true`. */
  readonly reason: string;
  /** Upstream ForbiddenDetail, e.g. `pod or container "a" must set securityContext.runAsNonRoot=true`. */
  readonly detail: string;
  /**
   * Pod-relative paths (starting with `metadata` or `spec`) of the offending fields. For a field that is
   * missing, the path where it must be added. Never empty.
   */
  readonly paths: readonly FieldPath[];
}

/** Options that change evaluation the way a live cluster would. */
export interface EvaluateOptions {
  /** Emulated cluster minor version (kube-apiserver emulation); lowers the `latest` clamp. */
  readonly emulationMinor?: number;
  /**
   * Apply the API server's defaulting that changes verdicts (a volume with no source becomes emptyDir).
   * Default true; false gives the raw library behaviour.
   */
  readonly apiServerDefaults?: boolean;
}

/** What a person needs to know about a check; shown in SARIF rule help, docs and PR comments. */
export interface CheckMeta {
  readonly id: CheckId;
  readonly level: Exclude<Level, 'privileged'>;
  /** Short title, e.g. `Privileged containers`. */
  readonly title: string;
  /** One or two sentences: what the rule protects against. */
  readonly description: string;
  /** The allowed values, in words (markdown allowed). */
  readonly allowed: string;
  /** How to fix a violation, in words, with a YAML snippet where it helps (markdown). */
  readonly fix: string;
  /** Baseline check ids this restricted check replaces (restricted checks only). */
  readonly overrides: readonly CheckId[];
  /** Kubernetes documentation anchor on https://kubernetes.io/docs/concepts/security/pod-security-standards/ */
  readonly docsUrl: string;
  /** The upstream reason its messages start with, as markdown, e.g. `` `runAsNonRoot != true` ``. */
  readonly reason: string;
  /**
   * The reference part of the check's page (markdown, `##` sections): fields read, allowed values in detail,
   * version changes and the exact message. docs/checks/<id>.md and `podsec explain` are generated from it.
   */
  readonly reference: string;
}

/** A failing check's upstream reason and detail, plus where in the pod the problem is. */
export interface CheckViolation {
  readonly reason: string;
  readonly detail: string;
  /** Pod-relative paths, as in {@link CheckFailure.paths}. Never empty. */
  readonly paths: readonly FieldPath[];
}

/** What one check variant says about one pod. */
export type CheckOutcome = { readonly allowed: true } | ({ readonly allowed: false } & CheckViolation);

/** One check variant's logic. Must not throw on any input shape and must not mutate the pod. */
export type CheckFunction = (pod: PodLike) => CheckOutcome;

/** A check's behaviour from `minVersion` (a v1 minor) until the next variant's `minVersion`. */
export interface CheckVariant {
  readonly minVersion: number;
  /** Baseline check ids this (restricted) variant replaces while it is active. */
  readonly overrides?: readonly CheckId[];
  readonly check: CheckFunction;
}

/** One upstream check: what it is for and its behaviour per version, oldest variant first. */
export interface CheckDefinition {
  readonly meta: CheckMeta;
  readonly variants: readonly CheckVariant[];
}

/** The Pod Security Admission modes that produce messages. */
export type MessageMode = 'enforce' | 'warn' | 'audit';
