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
  /**
   * Which part of the object this workload is, when one object yields several (e.g. `template "main"`
   * for an Argo Workflows template, `spec.workers[1]` for a `[*]` custom path). Absent otherwise.
   */
  readonly part?: string;
  /**
   * Maps a pod-relative path (`['spec','containers',0]`) to an object-relative path, for pods that are
   * not a plain sub-tree of the object (bare pod specs, Argo Workflows templates). When absent the
   * object path is `[...podPath, ...podRelativePath]`. Use `objectPath()` from workloads/extract.ts.
   */
  readonly translatePath?: (podRelativePath: FieldPath) => FieldPath;
  /**
   * Problems the API server would reject the object for, found while extracting the pod (e.g.
   * `spec.template: Invalid value: "string": spec.template in body must be of type object`). A workload
   * with problems is reported as invalid instead of evaluated; see `workloadShapeErrors()`.
   */
  readonly problems?: readonly string[];
}

/** Maps a custom resource's apiVersion/kind to the path of its pod template or pod spec. */
export interface PodTemplateKind {
  /** `group/version`, or `group/*` for any version. */
  readonly apiVersion: string;
  readonly kind: string;
  /**
   * Dotted path to a pod template (`spec.template`) or, with `podSpec: true`, to a bare pod spec.
   * Segments are field names; `[N]` selects one list item and `[*]` every item (one workload each),
   * e.g. `spec.workers[*].template`. With `argoWorkflowSpec: true`, the path of an Argo WorkflowSpec.
   */
  readonly path: string;
  /** True when `path` points at a pod spec (no metadata), as in Argo Workflows templates. */
  readonly podSpec?: boolean;
  /**
   * True when `path` points at an Argo Workflows `WorkflowSpec`: one workload per template that runs a
   * pod (`container`, `script` or `containerSet`), built from workflow-level and template-level fields.
   */
  readonly argoWorkflowSpec?: boolean;
}
