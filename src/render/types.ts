import type { TargetRef, ScanError } from '../findings/types.js';
import type { KubeObject } from '../manifests/types.js';

/** The one way podsec starts another program. Arguments are an array; there is never a shell. */
export interface CommandRunner {
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
}

export interface RunOptions {
  readonly cwd?: string;
  /** Milliseconds; the process (and its children) is killed after it. */
  readonly timeoutMs?: number;
  /** Maximum bytes of stdout kept; more is an error. */
  readonly maxOutputBytes?: number;
  /** Extra environment; merged over a minimal, scrubbed environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** A folder searched before the caller's PATH (kustomize's stand-in `git`). */
  readonly pathPrefix?: string;
  readonly input?: string;
}

export interface CommandResult {
  /** undefined when the process did not exit by itself (not found, timed out, killed). */
  readonly exitCode: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly outputTooLarge: boolean;
  /** Set when the program could not be started (ENOENT, EACCES). */
  readonly spawnError?: string;
  /** The signal that ended the program, when it did not exit by itself (a crash, an outside kill). */
  readonly signal?: string;
}

/** The objects one render scenario produced (a chart with one values set, or one kustomization). */
export interface RenderedScenario {
  /** `default`, a values file such as `ci/prod-values.yaml`, or a configured scenario name. */
  readonly scenario: string;
  readonly objects: KubeObject[];
  /** The namespace the target deploys to when an object names none (helm --namespace, kustomize namespace:). */
  readonly defaultNamespace?: string;
  /**
   * Builds the same objects again (from text kept for it), for a scan that lets the objects go once each
   * workload is assessed and may need one back. Absent: the scan keeps the objects.
   */
  readonly reload?: () => readonly KubeObject[];
}

/** Everything one target produced: scenarios that rendered, and errors for those that did not. */
export interface RenderOutcome {
  readonly target: TargetRef;
  readonly scenarios: RenderedScenario[];
  readonly errors: ScanError[];
}
