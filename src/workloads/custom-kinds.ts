import { apiGroupOf, BUILTIN_KINDS } from './kinds.js';
import type { PodTemplateKind } from './types.js';

/**
 * Pod-producing custom resources podsec checks out of the box. Pod Security Admission ignores them
 * (it only sees the Pods they create), so findings on them predict what the created Pods will meet.
 *
 * To add another kind, put an entry in `.podsec.yaml` under the pod template kinds: `apiVersion`
 * (`group/version` or `group/*`), `kind`, and `path` to its pod template (`metadata` + `spec`), or
 * to a bare pod spec with `podSpec: true`. User entries win over these for the same apiVersion/kind.
 */
export const DEFAULT_POD_TEMPLATE_KINDS: readonly PodTemplateKind[] = [
  // Argo Rollouts: a Deployment replacement; spec.template is absent when spec.workloadRef is used.
  { apiVersion: 'argoproj.io/*', kind: 'Rollout', path: 'spec.template' },
  // OpenKruise (v1alpha1 and v1beta1 both serve these).
  { apiVersion: 'apps.kruise.io/*', kind: 'CloneSet', path: 'spec.template' },
  { apiVersion: 'apps.kruise.io/*', kind: 'StatefulSet', path: 'spec.template' },
  { apiVersion: 'apps.kruise.io/*', kind: 'DaemonSet', path: 'spec.template' },
  // Knative Serving: a RevisionTemplateSpec is metadata plus a PodSpec with a few extra fields.
  { apiVersion: 'serving.knative.dev/*', kind: 'Service', path: 'spec.template' },
  { apiVersion: 'serving.knative.dev/*', kind: 'Configuration', path: 'spec.template' },
  // KEDA: jobTargetRef is a batch JobSpec.
  { apiVersion: 'keda.sh/*', kind: 'ScaledJob', path: 'spec.jobTargetRef.template' },
  // Argo Workflows: pods are assembled from workflow-level and per-template fields.
  { apiVersion: 'argoproj.io/*', kind: 'Workflow', path: 'spec', argoWorkflowSpec: true },
  { apiVersion: 'argoproj.io/*', kind: 'WorkflowTemplate', path: 'spec', argoWorkflowSpec: true },
  { apiVersion: 'argoproj.io/*', kind: 'ClusterWorkflowTemplate', path: 'spec', argoWorkflowSpec: true },
  { apiVersion: 'argoproj.io/*', kind: 'CronWorkflow', path: 'spec.workflowSpec', argoWorkflowSpec: true },
];

/** One step of a {@link PodTemplateKind} path. */
export type PathStep = { readonly key: string } | { readonly index: number } | { readonly each: true };

const KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*/;
const BRACKET = /^\[(\*|[0-9]+)\]/;

/** Parses `spec.workers[*].template`; returns an error message for a malformed path. */
export function parseKindPath(path: string): PathStep[] | string {
  const steps: PathStep[] = [];
  let rest = path;
  let expectKey = true;
  while (rest.length > 0) {
    if (expectKey) {
      const key = KEY.exec(rest);
      if (!key)
        return `path ${JSON.stringify(path)} must be dotted field names with optional [N] or [*], such as spec.template`;
      steps.push({ key: key[0] });
      rest = rest.slice(key[0].length);
      expectKey = false;
      continue;
    }
    const bracket = BRACKET.exec(rest);
    if (bracket) {
      steps.push(bracket[1] === '*' ? { each: true } : { index: Number(bracket[1]) });
      rest = rest.slice(bracket[0].length);
    } else if (rest.startsWith('.') && rest.length > 1) {
      rest = rest.slice(1);
      expectKey = true;
    } else {
      return `path ${JSON.stringify(path)} must be dotted field names with optional [N] or [*], such as spec.template`;
    }
  }
  if (steps.length === 0)
    return 'path must not be empty (a pod template is never the whole object; built-in Pods are already checked)';
  return steps;
}

const GROUP = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const VERSION = /^v[0-9]+[a-z0-9]*$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;
const FIELDS = new Set(['apiVersion', 'kind', 'path', 'podSpec', 'argoWorkflowSpec']);

/**
 * Checks a user-supplied pod template kind (from the config file). Returns messages naming the field
 * and the expected form; empty when the entry is usable.
 */
export function validatePodTemplateKind(entry: unknown): string[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return ['must be a mapping with apiVersion, kind and path'];
  }
  const record = entry as Record<string, unknown>;
  const errors: string[] = [];
  for (const key of Object.keys(record)) {
    if (!FIELDS.has(key))
      errors.push(`${key}: unknown field (expected apiVersion, kind, path, podSpec, argoWorkflowSpec)`);
  }
  const { apiVersion, kind, path, podSpec, argoWorkflowSpec } = record;
  if (typeof apiVersion !== 'string') {
    errors.push('apiVersion: required, a string such as argoproj.io/v1alpha1 or argoproj.io/*');
  } else {
    const slash = apiVersion.lastIndexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
    if ((group !== '' && !GROUP.test(group)) || (version !== '*' && !VERSION.test(version))) {
      errors.push(
        `apiVersion: ${JSON.stringify(apiVersion)} must be group/version or group/*, such as argoproj.io/v1alpha1`,
      );
    }
  }
  if (typeof kind !== 'string') errors.push('kind: required, a string such as Rollout');
  else if (!KIND.test(kind)) errors.push(`kind: ${JSON.stringify(kind)} must be a kind name such as Rollout`);
  if (typeof apiVersion === 'string' && typeof kind === 'string') {
    const group = apiGroupOf(apiVersion);
    if (BUILTIN_KINDS.some((b) => b.group === group && b.kind === kind)) {
      errors.push(
        `kind: ${kind} in group ${JSON.stringify(group)} is checked as Pod Security Admission does and cannot be remapped`,
      );
    }
  }
  if (typeof path !== 'string') {
    errors.push('path: required, a dotted path such as spec.template');
  } else {
    const parsed = parseKindPath(path);
    if (typeof parsed === 'string') errors.push(`path: ${parsed}`);
  }
  if (podSpec !== undefined && typeof podSpec !== 'boolean') errors.push('podSpec: must be true or false');
  if (argoWorkflowSpec !== undefined && typeof argoWorkflowSpec !== 'boolean')
    errors.push('argoWorkflowSpec: must be true or false');
  if (podSpec === true && argoWorkflowSpec === true) errors.push('podSpec and argoWorkflowSpec cannot both be true');
  return errors;
}

/** True when a `group/version` or `group/*` pattern matches an object's apiVersion. */
export function apiVersionMatches(pattern: string, apiVersion: string): boolean {
  if (pattern === apiVersion) return true;
  if (!pattern.endsWith('/*')) return false;
  return apiGroupOf(apiVersion) === pattern.slice(0, -2) && apiVersion.includes('/');
}

/**
 * The entry for an object: user entries first (they override defaults for the same apiVersion/kind),
 * then the defaults.
 */
export function findPodTemplateKind(
  apiVersion: string,
  kind: string,
  userKinds: readonly PodTemplateKind[] = [],
  defaults: readonly PodTemplateKind[] = DEFAULT_POD_TEMPLATE_KINDS,
): PodTemplateKind | undefined {
  const match = (entry: PodTemplateKind): boolean =>
    entry.kind === kind && apiVersionMatches(entry.apiVersion, apiVersion);
  return userKinds.find(match) ?? defaults.find(match);
}
