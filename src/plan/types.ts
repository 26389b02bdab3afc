/** The rollout plan: per namespace, the Pod Security level its workloads take today and what blocks the next. */
import type { Suppression } from '../findings/types.js';
import type { CheckId, Level } from '../policy/types.js';

/** A workload of a namespace, as the plan lists it. */
export interface PlanWorkload {
  readonly kind: string;
  readonly name: string;
  readonly part?: string;
  readonly file: string;
  readonly line: number;
  /** Charts, overlays or files it is rendered from. */
  readonly targets: readonly string[];
}

/** `safe` only adds hardening; `changes-behaviour` takes away something the workload asks for (privileged, host namespaces, …). */
export type PlanEditKind = 'safe' | 'changes-behaviour';

/** Where the fix engine puts the change that clears one problem. */
export interface PlanProblemEdit {
  readonly kind: PlanEditKind;
  readonly file: string;
  readonly line: number;
}

/** One failing check of one workload at a level. */
export interface PlanProblem {
  readonly check: CheckId;
  readonly detail: string;
  readonly file: string;
  readonly line: number;
  /** The first sentence of the check's fix: the advice when the fix engine has no edit. */
  readonly fix: string;
  /** The fix engine's change for this problem, part of the workload's `edit`; absent when it has none. */
  readonly edit?: PlanProblemEdit;
}

/** The changes to one file, as a unified diff (`a/` and `b/` prefixes, as `git apply` reads it). */
export interface PlanFileEdit {
  readonly file: string;
  /** The first line the edit changes (for a new file, 1). */
  readonly line: number;
  readonly diff: string;
}

/** The fix engine's combined edit for a workload: every change it makes so the workload passes the next level. */
export interface PlanEdit {
  /** `changes-behaviour` when any of the changes does. */
  readonly kind: PlanEditKind;
  readonly files: readonly PlanFileEdit[];
}

/** The problems of one workload, grouped by check. */
export interface PlanBlocker {
  readonly workload: PlanWorkload;
  readonly problems: readonly PlanProblem[];
  /** The combined edit (from the fix engine, like `podsec fix`), when it can make one. */
  readonly edit?: PlanEdit;
}

/** A check that fails but does not block a level: exempted or relaxed, and why. */
export interface PlanNotCounted {
  readonly workload: PlanWorkload;
  readonly check: CheckId;
  readonly level: Level;
  readonly suppressed: Suppression;
}

/** A mode's policy as `level` + pinned `version`. */
export interface PlanPolicy {
  readonly level: Level;
  readonly version: string;
}

export interface PlanRecommendation {
  readonly enforce: PlanPolicy;
  readonly warn: PlanPolicy;
  readonly audit: PlanPolicy;
  /** The `pod-security.kubernetes.io/…` labels, in enforce, warn, audit order. */
  readonly labels: Readonly<Record<string, string>>;
  /** A Namespace manifest carrying the labels. */
  readonly manifest: string;
  /** The `kubectl label --overwrite ns NAME …` command; absent when the name is not a valid namespace name. */
  readonly command?: string;
}

/** The labels the repository already gives the namespace, and how they compare with the plan. */
export interface PlanExistingLabels {
  /** A Namespace manifest (`file`, `line`) or the config's `namespaces:` section (`file` is the config). */
  readonly from: { readonly file: string; readonly line?: number } | 'config';
  readonly labels: Readonly<Record<string, string>>;
  readonly enforce: PlanPolicy;
  /** Workloads the labelled enforce policy would reject (their pods are refused). */
  readonly rejects: readonly PlanWorkload[];
  /** `too-strict`: it rejects workloads; `too-loose`: enforce could be stricter; `matches` otherwise. */
  readonly verdict: 'too-strict' | 'too-loose' | 'matches';
  /** One sentence: "labels would reject 2 workloads" / "could tighten enforce to restricted". */
  readonly summary: string;
}

export interface NamespacePlan {
  readonly name: string;
  /** Where the scan saw the namespace: workloads, a Namespace manifest, the config's labels, an exemption. */
  readonly seenIn: readonly ('workloads' | 'manifest' | 'config' | 'exemption')[];
  readonly workloads: readonly PlanWorkload[];
  /** Exempt from Pod Security (exemptions.namespaces): labels have no effect there. */
  readonly exempt: boolean;
  /** The strictest level every workload passes today (not counting exempted or relaxed problems). */
  readonly passes: PlanPolicy;
  /** The next stricter level, absent at restricted. */
  readonly next?: Level;
  /** What blocks `next`, per workload. */
  readonly blockers: readonly PlanBlocker[];
  /** Problems that would block a level but are exempted or relaxed. */
  readonly notCounted: readonly PlanNotCounted[];
  readonly recommendation?: PlanRecommendation;
  readonly existing?: PlanExistingLabels;
}

export interface RolloutPlan {
  /** The version every recommended label is pinned to. */
  readonly version: string;
  /** How many blocking workloads got the checks' advice only: the edits stop after the first 100 (fixes.ts). */
  readonly editsLeftOut?: number;
  readonly namespaces: readonly NamespacePlan[];
}
