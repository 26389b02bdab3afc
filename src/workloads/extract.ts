import type { InputError, KubeObject } from '../manifests/types.js';
import type { FieldPath, PodLike } from '../policy/types.js';
import { findPodTemplateKind, parseKindPath, type PathStep } from './custom-kinds.js';
import { apiGroupOf, builtinKindFor } from './kinds.js';
import type { PodTemplateKind, Workload } from './types.js';
import { itemAt } from '../util/item-at.js';
import { isPlainObject } from '../util/plain-object.js';
import { formatFieldPath, podShapeProblems } from './validate-pod.js';

type Json = Record<string, unknown>;

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function notAnObject(path: FieldPath, value: unknown): string {
  const where = formatFieldPath(path);
  return `${where}: Invalid value: "${typeName(value)}": ${where} in body must be of type object`;
}

/** The result of {@link extractWorkloads}. */
export interface ExtractedWorkloads {
  readonly workloads: Workload[];
  readonly errors: InputError[];
}

/**
 * Finds every pod-producing object and the pod (template) in it: the built-in kinds exactly as Pod
 * Security Admission reads them (`DefaultPodSpecExtractor` in upstream
 * `admission/admission.go` of kubernetes/pod-security-admission), then custom kinds (user entries first, then
 * {@link DEFAULT_POD_TEMPLATE_KINDS}). Everything else is skipped silently.
 *
 * Workloads whose pod cannot be read the way the API server would accept it carry `problems`; call
 * {@link workloadShapeErrors} before evaluating. `errors` holds problems with custom kind entries.
 */
export function extractWorkloads(
  objects: readonly KubeObject[],
  customKinds: readonly PodTemplateKind[] = [],
): ExtractedWorkloads {
  const workloads: Workload[] = [];
  const errors: InputError[] = [];
  const parsedPaths = new Map<string, PathStep[] | string>();
  for (const object of objects) {
    const { apiVersion, kind } = object.value;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') continue;
    const identity = identityOf(object, apiVersion, kind);
    const builtin = builtinKindFor(apiVersion, kind);
    if (builtin) {
      const workload = builtinWorkload(object, identity, builtin.podPath, builtin.skipWithoutTemplate);
      if (workload) workloads.push(workload);
      continue;
    }
    const entry = findPodTemplateKind(apiVersion, kind, customKinds);
    if (!entry) continue;
    let steps = parsedPaths.get(entry.path);
    if (steps === undefined) {
      steps = parseKindPath(entry.path);
      parsedPaths.set(entry.path, steps);
    }
    if (typeof steps === 'string') {
      errors.push({ file: object.file, message: `pod template kind ${entry.apiVersion} ${entry.kind}: ${steps}` });
      continue;
    }
    for (const target of resolveSteps(object.value, steps)) {
      const part = steps.some((s) => 'each' in s) ? formatFieldPath(target.path) : undefined;
      if (entry.argoWorkflowSpec) {
        workloads.push(...argoWorkloads(object, identity, target, part));
      } else if (!isPlainObject(target.value)) {
        workloads.push({
          ...identity,
          ...withPart(part),
          pod: {},
          podPath: target.path,
          isPod: false,
          object,
          problems: [notAnObject(target.path, target.value)],
        });
      } else if (entry.podSpec) {
        workloads.push(podSpecWorkload(object, identity, target.path, target.value, part));
      } else {
        const template = target.value;
        const pod =
          apiGroupOf(identity.apiVersion) === KNATIVE_SERVING_GROUP
            ? withKnativeContainerNames(podOf(template))
            : podOf(template);
        workloads.push({ ...identity, ...withPart(part), pod, podPath: target.path, isPod: false, object });
      }
    }
  }
  return { workloads, errors };
}

type Identity = Pick<Workload, 'apiVersion' | 'kind' | 'name' | 'namespace'>;

function identityOf(object: KubeObject, apiVersion: string, kind: string): Identity {
  const metadata = isPlainObject(object.value['metadata']) ? object.value['metadata'] : {};
  const name = metadata['name'];
  const generateName = metadata['generateName'];
  const namespace = metadata['namespace'];
  return {
    apiVersion,
    kind,
    // Workflows, Jobs and Pods are often created with generateName only.
    name: typeof name === 'string' ? name : typeof generateName === 'string' ? generateName : '',
    ...(typeof namespace === 'string' && namespace !== '' ? { namespace } : {}),
  };
}

function withPart(part: string | undefined): { part?: string } {
  return part === undefined ? {} : { part };
}

const KNATIVE_SERVING_GROUP = 'serving.knative.dev';

/**
 * Knative names unnamed containers before the Pods exist (`user-container`, `init-container`; with
 * several, or when the name is taken, `user-container-0`, `-1`, … skipping names in use), so messages
 * name containers as the Pods will. A copy: the object's own value is left as written.
 */
function withKnativeContainerNames(pod: PodLike): PodLike {
  const spec = pod.spec;
  if (!isPlainObject(spec)) return pod;
  const lists = { containers: 'user-container', initContainers: 'init-container' } as const;
  const taken = new Set<string>();
  for (const key of Object.keys(lists) as (keyof typeof lists)[]) {
    const list = spec[key];
    if (Array.isArray(list))
      for (const c of list)
        if (isPlainObject(c) && typeof c['name'] === 'string' && c['name'] !== '') taken.add(c['name']);
  }
  const named: Json = { ...spec };
  let changed = false;
  for (const [key, base] of Object.entries(lists)) {
    const list = spec[key];
    if (!Array.isArray(list)) continue;
    let suffix = 0;
    named[key] = list.map((c: unknown) => {
      if (!isPlainObject(c) || (c['name'] !== undefined && c['name'] !== null && c['name'] !== '')) return c;
      let name: string = base;
      if (list.length > 1 || taken.has(name)) {
        do name = `${base}-${suffix++}`;
        while (taken.has(name));
      }
      changed = true;
      return { ...c, name };
    });
  }
  return changed ? { ...pod, spec: named } : pod;
}

function podOf(template: Json): PodLike {
  return { metadata: template['metadata'] as PodLike['metadata'], spec: template['spec'] as PodLike['spec'] };
}

function builtinWorkload(
  object: KubeObject,
  identity: Identity,
  podPath: FieldPath,
  skipWithoutTemplate: boolean,
): Workload | undefined {
  const isPod = podPath.length === 0;
  let current: unknown = object.value;
  for (let i = 0; i < podPath.length; i++) {
    const next: unknown = isPlainObject(current) ? current[itemAt(podPath, i)] : undefined;
    if (next === undefined || next === null) {
      if (skipWithoutTemplate) return undefined;
      // The API server rejects a controller without a template; PSA alone would evaluate an empty pod and pass it.
      return {
        ...identity,
        pod: {},
        podPath,
        isPod,
        object,
        problems: [`${formatFieldPath(podPath.slice(0, i + 1))}: Required value`],
      };
    }
    if (!isPlainObject(next)) {
      return { ...identity, pod: {}, podPath, isPod, object, problems: [notAnObject(podPath.slice(0, i + 1), next)] };
    }
    current = next;
  }
  // Spelled out rather than spread from `identity`: this runs once per workload, and spreading an object whose
  // shape varies (with or without a namespace) was the slowest step of extracting one.
  const { apiVersion, kind, name, namespace } = identity;
  const pod = podOf(current as Json);
  return namespace === undefined
    ? { apiVersion, kind, name, pod, podPath, isPod, object }
    : { apiVersion, kind, name, namespace, pod, podPath, isPod, object };
}

interface Target {
  readonly path: FieldPath;
  readonly value: unknown;
}

/** Follows a custom kind path; a missing step means the object does not carry a pod (skipped). */
function resolveSteps(root: Json, steps: readonly PathStep[]): Target[] {
  let targets: Target[] = [{ path: [], value: root }];
  for (const step of steps) {
    const next: Target[] = [];
    for (const { path, value } of targets) {
      if ('key' in step) {
        if (isPlainObject(value) && value[step.key] !== undefined && value[step.key] !== null)
          next.push({ path: [...path, step.key], value: value[step.key] });
      } else if ('index' in step) {
        if (Array.isArray(value) && value[step.index] !== undefined && value[step.index] !== null)
          next.push({ path: [...path, step.index], value: value[step.index] });
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (item !== undefined && item !== null) next.push({ path: [...path, index], value: item });
        });
      }
    }
    targets = next;
  }
  return targets;
}

function podSpecWorkload(
  object: KubeObject,
  identity: Identity,
  specPath: FieldPath,
  spec: Json,
  part: string | undefined,
): Workload {
  // A bare pod spec has no metadata of its own; a sibling `metadata` is the nearest place one would go.
  const metadataPath = [...specPath.slice(0, -1), 'metadata'];
  const translatePath = prefixTranslator([
    [['spec'], specPath],
    [['metadata'], metadataPath],
  ]);
  return { ...identity, ...withPart(part), pod: { spec }, podPath: specPath, isPod: false, object, translatePath };
}

type Rule = readonly [podPrefix: FieldPath, objectPrefix: FieldPath];

/** Maps a pod path through the longest matching prefix rule; unmatched paths map to the pod path itself. */
function prefixTranslator(rules: readonly Rule[]): (podRelativePath: FieldPath) => FieldPath {
  const sorted = [...rules].sort((a, b) => b[0].length - a[0].length);
  return (path) => {
    for (const [podPrefix, objectPrefix] of sorted) {
      if (podPrefix.length <= path.length && podPrefix.every((segment, i) => path[i] === segment)) {
        return [...objectPrefix, ...path.slice(podPrefix.length)];
      }
    }
    return path;
  };
}

/*
 * Argo Workflows runs one pod per step of a `container`, `script` or `containerSet` template. podsec
 * builds that pod from the manifest the way the workflow controller does, minus what it adds itself
 * (its `init`/`wait` executor containers, `podSpecPatch`, `templateDefaults`):
 *   metadata.annotations/labels    spec.podMetadata, overridden per key by templates[i].metadata
 *   spec.securityContext           templates[i].securityContext, else spec.securityContext
 *   spec.hostNetwork               spec.hostNetwork (workflow-level only)
 *   spec.volumes                   spec.volumes followed by templates[i].volumes
 *   spec.initContainers            templates[i].initContainers
 *   spec.containers                templates[i].container | .script | .containerSet.containers[*],
 *                                  followed by templates[i].sidecars
 *   spec.automountServiceAccountToken, spec.runtimeClassName: taken from the workflow spec if present
 * Every pod path maps back to the field it came from through `translatePath`; a field that is absent
 * maps into the template, so a finding points at the template that needs it.
 */
function argoWorkloads(object: KubeObject, identity: Identity, target: Target, part: string | undefined): Workload[] {
  if (!isPlainObject(target.value)) return [];
  const ws = target.value;
  const wsPath = target.path;
  const templates = ws['templates'];
  if (!Array.isArray(templates)) return [];
  const podMetadata = isPlainObject(ws['podMetadata']) ? ws['podMetadata'] : {};
  const workloads: Workload[] = [];
  templates.forEach((template, index) => {
    if (!isPlainObject(template)) return;
    const tPath: FieldPath = [...wsPath, 'templates', index];
    const main = mainContainers(template, tPath);
    if (main.length === 0) return;
    const rules: Rule[] = [
      [['spec'], tPath],
      [['metadata'], [...tPath, 'metadata']],
    ];
    const templateMetadata = isPlainObject(template['metadata']) ? template['metadata'] : {};
    const metadata: Json = {};
    for (const field of ['annotations', 'labels']) {
      const merged = mergeMaps(
        podMetadata[field],
        templateMetadata[field],
        [...wsPath, 'podMetadata', field],
        [...tPath, 'metadata', field],
        ['metadata', field],
        rules,
      );
      if (merged) metadata[field] = merged;
    }

    const spec: Json = {};
    const templateSc = template['securityContext'];
    if (templateSc !== undefined && templateSc !== null) {
      spec['securityContext'] = templateSc;
    } else if (ws['securityContext'] !== undefined && ws['securityContext'] !== null) {
      spec['securityContext'] = ws['securityContext'];
      rules.push([
        ['spec', 'securityContext'],
        [...wsPath, 'securityContext'],
      ]);
    }
    for (const field of ['hostNetwork', 'automountServiceAccountToken', 'runtimeClassName']) {
      if (ws[field] !== undefined) {
        spec[field] = ws[field];
        rules.push([
          ['spec', field],
          [...wsPath, field],
        ]);
      }
    }
    const volumes: unknown[] = [];
    for (const [source, sourcePath] of [
      [ws['volumes'], [...wsPath, 'volumes']],
      [template['volumes'], [...tPath, 'volumes']],
    ] as const) {
      if (!Array.isArray(source)) continue;
      source.forEach((volume, i) => {
        rules.push([
          ['spec', 'volumes', volumes.length],
          [...sourcePath, i],
        ]);
        volumes.push(volume);
      });
    }
    if (volumes.length > 0) spec['volumes'] = volumes;
    if (template['initContainers'] !== undefined) spec['initContainers'] = template['initContainers'];

    const containers: unknown[] = [];
    const sidecars = Array.isArray(template['sidecars']) ? template['sidecars'] : [];
    for (const [value, path] of [
      ...main,
      ...sidecars.map((s, i): [unknown, FieldPath] => [s, [...tPath, 'sidecars', i]]),
    ]) {
      rules.push([['spec', 'containers', containers.length], path]);
      // Script templates carry their code in `source`; Argo still runs them as a container named "main".
      containers.push(isPlainObject(value) && value['name'] === undefined ? { ...value, name: 'main' } : value);
    }
    spec['containers'] = containers;

    const name = typeof template['name'] === 'string' ? template['name'] : `templates[${index}]`;
    workloads.push({
      ...identity,
      part: part === undefined ? `template "${name}"` : `${part} template "${name}"`,
      pod: { metadata, spec },
      podPath: tPath,
      isPod: false,
      object,
      translatePath: prefixTranslator(rules),
    });
  });
  return workloads;
}

/** The containers a template runs as its main work, each with its object path. */
function mainContainers(template: Json, tPath: FieldPath): [unknown, FieldPath][] {
  if (template['container'] !== undefined && template['container'] !== null)
    return [[template['container'], [...tPath, 'container']]];
  if (template['script'] !== undefined && template['script'] !== null)
    return [[template['script'], [...tPath, 'script']]];
  const set = template['containerSet'];
  if (isPlainObject(set) && Array.isArray(set['containers'])) {
    return set['containers'].map((c, i): [unknown, FieldPath] => [c, [...tPath, 'containerSet', 'containers', i]]);
  }
  return [];
}

function mergeMaps(
  base: unknown,
  override: unknown,
  basePath: FieldPath,
  overridePath: FieldPath,
  podPath: FieldPath,
  rules: Rule[],
): Json | undefined {
  if (!isPlainObject(base) && !isPlainObject(override)) {
    // Keep a wrong type visible to shape validation instead of dropping it.
    const wrong = override ?? base;
    return wrong === undefined || wrong === null ? undefined : (wrong as Json);
  }
  const merged: Json = {};
  if (isPlainObject(base)) {
    for (const [key, value] of Object.entries(base)) {
      merged[key] = value;
      rules.push([
        [...podPath, key],
        [...basePath, key],
      ]);
    }
  }
  if (isPlainObject(override)) {
    for (const [key, value] of Object.entries(override)) {
      merged[key] = value;
      rules.push([
        [...podPath, key],
        [...overridePath, key],
      ]);
    }
  }
  return merged;
}

/** The object-relative path of a pod-relative path of a workload (for `object.locate`). */
export function objectPath(workload: Workload, podRelativePath: FieldPath): FieldPath {
  return workload.translatePath ? workload.translatePath(podRelativePath) : [...workload.podPath, ...podRelativePath];
}

/**
 * Everything the API server would reject the workload for (extraction problems, then pod shape), with
 * object-relative paths. Empty when the workload can be evaluated.
 */
export function workloadShapeErrors(workload: Workload): string[] {
  return workloadShapeProblems(workload).map((problem) => problem.message);
}

/** {@link workloadShapeErrors} with the object-relative path of each field at fault, where known. */
export function workloadShapeProblems(workload: Workload): { readonly message: string; readonly path?: FieldPath }[] {
  if (workload.problems && workload.problems.length > 0) return workload.problems.map((message) => ({ message }));
  const requireContainerNames = containerNamesRequired(workload);
  return podShapeProblems(workload.pod, (path) => objectPath(workload, path), { requireContainerNames });
}

/** Whether the API server requires the workload's containers to be named: for built-in kinds (see PodShapeOptions). */
export function containerNamesRequired(workload: Workload): boolean {
  return builtinKindFor(workload.apiVersion, workload.kind) !== undefined;
}

function stringEntries(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isPlainObject(value)) return out;
  for (const [key, entry] of Object.entries(value)) if (typeof entry === 'string') out[key] = entry;
  return out;
}

/** Labels and annotations a policy step needs: the object's own, and the pod (template)'s. */
export interface WorkloadMetadata {
  /** `metadata.labels` of the object itself (relaxation selectors match these). */
  readonly labels: Readonly<Record<string, string>>;
  /** `metadata.annotations` of the object itself (inline `podsec.dev/ignore`). */
  readonly annotations: Readonly<Record<string, string>>;
  /** Labels of the pod (template). */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Annotations of the pod (template): what annotation-based checks read. */
  readonly podAnnotations: Readonly<Record<string, string>>;
}

/** Reads the string-valued labels and annotations of a workload and its pod; other values are ignored. */
export function workloadMetadata(workload: Workload): WorkloadMetadata {
  const own = isPlainObject(workload.object.value['metadata']) ? workload.object.value['metadata'] : {};
  const pod = isPlainObject(workload.pod.metadata) ? workload.pod.metadata : {};
  return {
    labels: stringEntries(own['labels']),
    annotations: stringEntries(own['annotations']),
    podLabels: stringEntries(pod['labels']),
    podAnnotations: stringEntries(pod['annotations']),
  };
}

/**
 * Whether objects of this apiVersion/kind matter to a scan: pod-producing kinds (built-in or custom),
 * Namespaces (their labels choose the policy) and lists that may hold either. Renders use it to skip
 * parsing everything else.
 */
export function isScannedKind(apiVersion: string, kind: string, customKinds: readonly PodTemplateKind[] = []): boolean {
  if (kind.endsWith('List')) return true;
  if (kind === 'Namespace' && apiVersion === 'v1') return true;
  return (
    builtinKindFor(apiVersion, kind) !== undefined || findPodTemplateKind(apiVersion, kind, customKinds) !== undefined
  );
}
