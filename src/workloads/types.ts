import type { KubeObject } from '../manifests/types.js';
import type { FieldPath, PodLike } from '../policy/types.js';

/** A pod-producing object and the pod (template) inside it. */
export interface Workload {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** The namespace written on the object, if any (the effective namespace is decided by the policy step). */
  readonly namespace?: string;
  /** Pod metadata and spec: the object itself for a Pod, else the template. */
  readonly pod: PodLike;
  /** Object-relative path of the pod (template): `[]` for a Pod, `['spec','template']` for a Deployment. */
  readonly podPath: FieldPath;
  /** True for kind Pod: only Pods are subject to enforce; controllers get warn and audit. */
  readonly isPod: boolean;
  readonly object: KubeObject;
}

/** Maps a custom resource's apiVersion/kind to the path of its pod template or pod spec. */
export interface PodTemplateKind {
  /** `group/version`, or `group/*` for any version. */
  readonly apiVersion: string;
  readonly kind: string;
  /** Dotted path to a pod template (`spec.template`) or, with `podSpec: true`, to a bare pod spec. */
  readonly path: string;
  /** True when `path` points at a pod spec (no metadata), as in Argo Workflows templates. */
  readonly podSpec?: boolean;
}
