import type { FailOn, Mode } from '../findings/types.js';
import type { Exemptions, HelmOptions, KustomizeOptions, ModePolicies, Relaxation, TargetOptions } from '../options.js';
import type { Level } from '../policy/types.js';
import type { PodTemplateKind } from '../workloads/types.js';

/** One mode's policy as written in the config file; absent parts keep the lower-precedence value. */
export interface ModeSetting {
  readonly level?: Level;
  readonly version?: string;
}

/**
 * The validated content of `.podsec.yaml`. Shorthands are expanded (`namespaces.<ns>.enforce` becomes a
 * label, durations become milliseconds) but nothing is defaulted: absent means "not configured", so flags
 * and built-in defaults can be layered in `resolveScanOptions`.
 */
export interface PodsecConfig {
  /** Applies to all three modes before `defaults` (a single-standard scan). */
  readonly level?: Level;
  readonly version?: string;
  readonly defaults?: Readonly<Partial<Record<Mode, ModeSetting>>>;
  /** Labels of namespaces that are not rendered from the repository: name → labels. */
  readonly namespaces?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly exemptions?: Partial<Exemptions>;
  /** Path (relative to the config file) of a PodSecurityConfiguration or AdmissionConfiguration file. */
  readonly admissionConfiguration?: string;
  readonly relaxations?: readonly Relaxation[];
  /** Whether `podsec.dev/ignore` annotations may relax checks. */
  readonly inlineIgnores?: boolean;
  readonly podTemplateKinds?: readonly PodTemplateKind[];
  readonly nextVersion?: string;
  /** `v1.N`: the cluster minor to emulate (lowers what `latest` means). */
  readonly clusterVersion?: string;
  readonly helm?: Partial<HelmOptions>;
  readonly kustomize?: Partial<KustomizeOptions>;
  readonly network?: boolean;
  readonly timeoutMs?: number;
  readonly concurrency?: number;
  readonly renderErrors?: 'fail' | 'warn';
  readonly targets?: readonly TargetOptions[];
  readonly exclude?: readonly string[];
  readonly failOn?: FailOn;
}

/** Defaults and exemptions read from a Pod Security Admission configuration file. */
export interface AdmissionPolicy {
  readonly defaults: ModePolicies;
  readonly exemptions: Exemptions;
}

/** The config file's location plus what it holds. */
export interface LoadedConfig {
  /** Path of the config file as shown in messages; undefined when no file was found. */
  readonly file?: string;
  /** Directory relative paths in the config are resolved against. */
  readonly dir: string;
  readonly config: PodsecConfig;
  /** The parsed `admissionConfiguration` file, when one was named. */
  readonly admission?: AdmissionPolicy;
}
