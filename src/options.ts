import type { FailOn, Mode } from './findings/types.js';
import type { CheckId, Level } from './policy/types.js';
import type { PodTemplateKind } from './workloads/types.js';

/** The policy one PSA mode applies: a level and the version string as written. */
export interface ModePolicy {
  readonly level: Level;
  readonly version: string;
}

export type ModePolicies = Readonly<Record<Mode, ModePolicy>>;

/** A scoped way to turn off named checks, with a reason that is shown wherever the finding is. */
export interface Relaxation {
  readonly checks: readonly CheckId[];
  readonly reason: string;
  /** YYYY-MM-DD; from the day after, the relaxation no longer applies and a notice says so. */
  readonly expires?: string;
  /** Namespace globs; absent = every namespace. */
  readonly namespaces?: readonly string[];
  /** Workload kind glob, name glob and label selector (matchLabels on the workload's own labels). */
  readonly kinds?: readonly string[];
  readonly names?: readonly string[];
  readonly matchLabels?: Readonly<Record<string, string>>;
  /** Where the relaxation was written (`.podsec.yaml`, `relaxations[1]`), for notices about it. */
  readonly origin?: { readonly file: string; readonly path: string };
}

/** Pod Security Admission exemptions, with the controller's exact-match semantics. */
export interface Exemptions {
  readonly namespaces: readonly string[];
  readonly runtimeClasses: readonly string[];
  readonly usernames: readonly string[];
}

export interface PolicyOptions {
  /** Per-mode defaults (what the cluster's AdmissionConfiguration or namespace would say). */
  readonly defaults: ModePolicies;
  /** Labels of namespaces that are not rendered from the repo: name → labels. */
  readonly namespaceLabels: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly exemptions: Exemptions;
  readonly relaxations: readonly Relaxation[];
  /** Custom resources that carry pod templates (defaults for well-known CRDs are added by workloads/). */
  readonly podTemplateKinds: readonly PodTemplateKind[];
  /** Also evaluate at this newer version and report what would start failing, as notes. */
  readonly nextVersion?: string;
  /** Emulated cluster minor; lowers what `latest` means. */
  readonly clusterMinor?: number;
  /** Whether workload annotations (`podsec.dev/ignore`) may relax checks. Default true. */
  readonly allowInlineIgnores: boolean;
}

export interface HelmOptions {
  readonly binary?: string;
  readonly releaseName: string;
  readonly namespace?: string;
  /** Values files applied to every scenario, in order (repo-relative to the chart). */
  readonly valuesFiles: readonly string[];
  readonly set: readonly string[];
  readonly kubeVersion?: string;
  readonly apiVersions: readonly string[];
  /** Render `ci/*-values.yaml` as extra scenarios (chart-testing convention). Default true. */
  readonly ciScenarios: boolean;
}

export interface KustomizeOptions {
  readonly binary?: string;
  /** Allow `helmCharts` inflation. Default false. */
  readonly enableHelm: boolean;
}

/** An explicit target from the config file or flags. */
export interface TargetOptions {
  readonly path: string;
  readonly type?: 'helm' | 'kustomize' | 'manifest';
  readonly helm?: Partial<HelmOptions>;
  /** Named scenarios (values files) for a chart; replaces the default scenarios. */
  readonly scenarios?: readonly {
    readonly name: string;
    readonly valuesFiles: readonly string[];
    readonly set?: readonly string[];
  }[];
}

export interface RenderOptions {
  readonly helm: HelmOptions;
  readonly kustomize: KustomizeOptions;
  /** Allow network during rendering (remote bases, `helm dependency build`). Default false. */
  readonly network: boolean;
  readonly timeoutMs: number;
  readonly maxOutputBytes: number;
  readonly concurrency: number;
  /** Whether a failed render makes the run fail with exit code 2. Default true. */
  readonly renderErrorsFail: boolean;
}

/** Everything a scan needs, built once from the config file, CLI flags or action inputs. */
export interface ScanOptions {
  /** The scanned root; output paths are relative to the working directory the user gave them in. */
  readonly cwd: string;
  /** Paths as given (`-` is stdin); empty means `.`. */
  readonly paths: readonly string[];
  /** Globs (relative to cwd) of files and directories to leave out. */
  readonly exclude: readonly string[];
  readonly targets: readonly TargetOptions[];
  readonly policy: PolicyOptions;
  readonly render: RenderOptions;
  /** YYYY-MM-DD, for relaxation expiry; injected so tests are deterministic. */
  readonly today: string;
  /** Matrix sharding: this job scans targets whose stable hash mod `total` equals `index - 1`. */
  readonly shard?: { readonly index: number; readonly total: number };
  /** Which findings fail the run; absent means `enforce`. */
  readonly failOn?: FailOn;
  /** Standard input (`-`) may be empty; otherwise empty input is an error, as a failed command before the pipe. */
  readonly allowEmptyInput?: boolean;
  /** Also build the per-namespace rollout plan (src/plan) into the result. */
  readonly plan?: boolean;
}
