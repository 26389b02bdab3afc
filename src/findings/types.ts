import type { RepoLocation } from '../manifests/types.js';
import type { CheckId, Level } from '../policy/types.js';
import type { RolloutPlan } from '../plan/types.js';

/** Pod Security Admission modes. */
export type Mode = 'enforce' | 'warn' | 'audit';
export const MODES: readonly Mode[] = ['enforce', 'warn', 'audit'];

/** enforce → error, warn → warning, audit → note (SARIF levels). */
export type Severity = 'error' | 'warning' | 'note';

/** Where a workload came from: a plain manifest file, a Helm chart or a kustomization. */
export type TargetKind = 'manifest' | 'helm' | 'kustomize';

/** A render target and the scenarios (values sets) a finding appeared in. */
export interface TargetRef {
  readonly kind: TargetKind;
  /** Display path of the chart/kustomization directory or manifest file. */
  readonly path: string;
  /** Helm scenarios such as `default` or `ci/prod-values.yaml`; empty for other kinds. */
  readonly scenarios: readonly string[];
}

/**
 * Why a finding does not count: a PSA exemption, a config relaxation, an inline annotation, or a
 * baseline (the problem already existed in an earlier scan; see src/baseline).
 */
export interface Suppression {
  readonly reason: string;
  readonly source: 'exemption' | 'config' | 'annotation' | 'baseline';
  /** ISO date (YYYY-MM-DD) after which a relaxation stops applying. */
  readonly expires?: string;
}

/** One failing check on one workload at one `level:version`. */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  /** Which pod of the object, when one object yields several (an Argo Workflows template: `template "main"`). */
  readonly part?: string;
  readonly check: CheckId;
  readonly level: Level;
  /** The requested version string (`latest`, `v1.30`). */
  readonly version: string;
  readonly reason: string;
  readonly detail: string;
  /** The upstream aggregate line for this one check, worded for the most severe mode. */
  readonly message: string;
  /** Every mode whose policy is this `level:version` (e.g. `['enforce','audit']`). */
  readonly modes: readonly Mode[];
  readonly severity: Severity;
  /** Dotted path of the field at fault, relative to the object (`spec.template.spec.containers[0]...`). */
  readonly field: string;
  readonly targets: readonly TargetRef[];
  readonly related: readonly RepoLocation[];
  readonly suppressed?: Suppression;
  /** Stable identity across runs: rule, file, object, field; never the line number. */
  readonly fingerprint: string;
  /** Set by the next-version check: this finding appears only at the newer version. */
  readonly upcoming?: boolean;
  /**
   * Extra context a reader needs, e.g. for a controller under enforce: the object itself is accepted
   * (PSA enforces on Pods only) but the Pods it creates will be rejected.
   */
  readonly note?: string;
}

/** The verdict for one workload under one mode's policy. */
export interface WorkloadVerdict {
  readonly file: string;
  readonly line: number;
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  /** Which pod of the object, when one object yields several (an Argo Workflows template: `template "main"`). */
  readonly part?: string;
  readonly mode: Mode;
  readonly level: Level;
  readonly version: string;
  readonly allowed: boolean;
  /** The upstream message (`violates PodSecurity ...` / `would violate PodSecurity ...`) when not allowed. */
  readonly message?: string;
  /** Set when a namespace or runtime class exemption applies. */
  readonly exempt?: 'namespace' | 'runtimeClass';
  readonly targets: readonly TargetRef[];
  /** Extra context, e.g. a controller under enforce is accepted but its Pods are rejected. */
  readonly note?: string;
}

/** An input, configuration or render problem. Always reported, never silently dropped. */
export interface ScanError {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** The target the error belongs to, when it came from a render. */
  readonly target?: TargetRef;
}

/** A target that was scanned, with how many workloads it produced. */
export interface TargetSummary {
  readonly ref: TargetRef;
  readonly workloads: number;
}

/** Everything a scan found, in a deterministic order. */
export interface ScanResult {
  readonly findings: Finding[];
  readonly workloads: WorkloadVerdict[];
  readonly errors: ScanError[];
  readonly targets: TargetSummary[];
  /** Non-fatal notices (an expired relaxation, a namespace label fallback). */
  readonly notices: ScanError[];
  /** The per-namespace rollout plan, when the scan was asked for one (`ScanOptions.plan`). */
  readonly plan?: RolloutPlan;
}

/**
 * Which unsuppressed findings fail the run (exit code 1): `enforce` (default) those in an enforce
 * policy; `warn` those in enforce or warn; `audit` those in any mode; `any` also next-version notes;
 * `none` never. Errors always give exit code 2.
 */
export type FailOn = 'enforce' | 'warn' | 'audit' | 'any' | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = ['enforce', 'warn', 'audit', 'any', 'none'];
