/** Types shared by single builds (kustomize.ts) and shared builds (batch.ts). */
import type { ScanError } from '../../findings/types.js';
import type { KubeObject } from '../../manifests/types.js';

/** One built object as kustomize printed it, before attribution. */
export interface BuiltObject {
  /** The object with kustomize's annotations still on it (they are read, then stripped). */
  readonly value: Record<string, unknown>;
  /** Its index among the documents this kustomization's build printed. */
  readonly documentIndex: number;
  /** Where a field sits in the printed output (used when no repository file has it). */
  readonly position: KubeObject['position'];
}

/** The objects of one kustomization, printed by kustomize run in `wrapperDir` (origin paths are relative to it). */
export interface KustomizeBuild {
  readonly wrapperDir: string;
  readonly objects: readonly BuiltObject[];
  readonly errors: readonly ScanError[];
}

/** What podsec found out about a kustomization before building it. */
export interface BuildPlan {
  /** Refusals, by the file that causes them (absolute source paths): URLs that reach this machine, unchecked charts. */
  readonly refusals: readonly { readonly file: string; readonly message: string }[];
  /** Whether the tree's kustomizations allow a shared build (see tree.ts). */
  readonly isolated: boolean;
  /** `buildMetadata` for the wrapper kustomization. */
  readonly buildMetadata: readonly string[];
  /** The root kustomization's `namespace`, when it sets one. */
  readonly namespace?: string;
}
