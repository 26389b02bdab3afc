import type { FieldPath, PodLike } from '../policy/types.js';

/*
 * The checks read untrusted data. The API server would reject a pod (template) whose fields have the
 * wrong JSON type, so such a workload is reported as invalid instead of evaluated: a check never has to
 * guess what `hostPID: "yes"` or `capabilities.add: 5` means. Only fields the checks (and exemptions,
 * relaxations) read are validated; messages follow the API server's OpenAPI validation wording.
 */

type JsonType = 'null' | 'array' | 'object' | 'string' | 'boolean' | 'integer' | 'number';
type Expected = 'object' | 'array' | 'string' | 'boolean' | 'integer';

/** How a message names a field: a prefix (`spec.template`, `['spec','template']`) or a mapping function. */
export type PathOf = string | FieldPath | ((podRelativePath: FieldPath) => FieldPath);

function jsonTypeOf(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'bigint':
      return Number.isInteger(Number(value)) ? 'integer' : 'number';
    default:
      return 'object';
  }
}

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a field path the way Kubernetes messages do: `spec.containers[0].securityContext`, `metadata.annotations[a/b]`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (SIMPLE_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${segment}]`;
  }
  return out;
}

function toMapper(pathOf: PathOf | undefined): (path: FieldPath) => FieldPath {
  if (pathOf === undefined) return (path) => path;
  if (typeof pathOf === 'function') return pathOf;
  const prefix: FieldPath = typeof pathOf === 'string' ? (pathOf === '' ? [] : pathOf.split('.')) : pathOf;
  return (path) => [...prefix, ...path];
}

/** Options for {@link validatePodShape}. */
export interface PodShapeOptions {
  /**
   * Require `name` on every container (default true, as for core pods). Custom resources may default
   * it (Knative names an unnamed container `user-container`), so extraction turns this off for them.
   */
  readonly requireContainerNames?: boolean;
}

/** One shape problem: the API-server-like message and the object-relative path of the field at fault. */
export interface ShapeProblem {
  readonly message: string;
  readonly path: FieldPath;
}

class ShapeChecker {
  readonly problems: ShapeProblem[] = [];
  constructor(
    private readonly mapPath: (path: FieldPath) => FieldPath,
    readonly requireNames: boolean,
  ) {}

  /** Returns the value when it has the expected type; null/absent are absent (no error). */
  expect(value: unknown, type: 'object', path: FieldPath): Record<string, unknown> | undefined;
  expect(value: unknown, type: 'array', path: FieldPath): unknown[] | undefined;
  expect(value: unknown, type: Expected, path: FieldPath): unknown;
  expect(value: unknown, type: Expected, path: FieldPath): unknown {
    const actual = jsonTypeOf(value);
    if (actual === 'null') return undefined;
    if (actual === type) return value;
    const mapped = this.mapPath(path);
    const where = formatFieldPath(mapped);
    this.problems.push({
      message: `${where}: Invalid value: "${actual}": ${where} in body must be of type ${type}`,
      path: mapped,
    });
    return undefined;
  }

  required(path: FieldPath): void {
    const mapped = this.mapPath(path);
    this.problems.push({ message: `${formatFieldPath(mapped)}: Required value`, path: mapped });
  }

  fields(
    record: Record<string, unknown> | undefined,
    path: FieldPath,
    types: Readonly<Record<string, Expected>>,
  ): void {
    if (!record) return;
    for (const [key, type] of Object.entries(types)) this.expect(record[key], type, [...path, key]);
  }

  stringMap(value: unknown, path: FieldPath): void {
    const map = this.expect(value, 'object', path);
    if (!map) return;
    for (const [key, entry] of Object.entries(map)) {
      // A null entry is dropped by the API server's decoder; any other non-string is rejected.
      if (entry !== null) this.expect(entry, 'string', [...path, key]);
    }
  }

  stringList(value: unknown, path: FieldPath): void {
    const list = this.expect(value, 'array', path);
    list?.forEach((item, index) => {
      if (jsonTypeOf(item) !== 'string') this.expect(item, 'string', [...path, index]);
    });
  }

  objectList(value: unknown, path: FieldPath, each: (item: Record<string, unknown>, path: FieldPath) => void): void {
    const list = this.expect(value, 'array', path);
    list?.forEach((item, index) => {
      const itemPath = [...path, index];
      if (jsonTypeOf(item) !== 'object') {
        // Unlike a field, a list item cannot be null.
        const mapped = this.mapPath(itemPath);
        const where = formatFieldPath(mapped);
        this.problems.push({
          message: `${where}: Invalid value: "${jsonTypeOf(item)}": ${where} in body must be of type object`,
          path: mapped,
        });
        return;
      }
      each(item as Record<string, unknown>, itemPath);
    });
  }
}

const PROFILE_FIELDS: Readonly<Record<string, Expected>> = { type: 'string', localhostProfile: 'string' };
const SELINUX_FIELDS: Readonly<Record<string, Expected>> = {
  user: 'string',
  role: 'string',
  type: 'string',
  level: 'string',
};
const WINDOWS_FIELDS: Readonly<Record<string, Expected>> = { hostProcess: 'boolean' };

/** Volume sources are told apart by which key is set, so each one present must be an object. */
const VOLUME_SOURCES = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
];

function checkSecurityContextCommon(c: ShapeChecker, sc: Record<string, unknown> | undefined, path: FieldPath): void {
  if (!sc) return;
  c.fields(sc, path, { runAsNonRoot: 'boolean', runAsUser: 'integer' });
  c.fields(
    c.expect(sc['seccompProfile'], 'object', [...path, 'seccompProfile']),
    [...path, 'seccompProfile'],
    PROFILE_FIELDS,
  );
  c.fields(
    c.expect(sc['appArmorProfile'], 'object', [...path, 'appArmorProfile']),
    [...path, 'appArmorProfile'],
    PROFILE_FIELDS,
  );
  c.fields(
    c.expect(sc['seLinuxOptions'], 'object', [...path, 'seLinuxOptions']),
    [...path, 'seLinuxOptions'],
    SELINUX_FIELDS,
  );
  c.fields(
    c.expect(sc['windowsOptions'], 'object', [...path, 'windowsOptions']),
    [...path, 'windowsOptions'],
    WINDOWS_FIELDS,
  );
}

function checkHandler(c: ShapeChecker, handler: Record<string, unknown> | undefined, path: FieldPath): void {
  if (!handler) return;
  for (const kind of ['httpGet', 'tcpSocket']) {
    c.fields(c.expect(handler[kind], 'object', [...path, kind]), [...path, kind], { host: 'string' });
  }
}

function checkContainer(c: ShapeChecker, container: Record<string, unknown>, path: FieldPath): void {
  if (container['name'] === undefined || container['name'] === null) {
    if (c.requireNames) c.required([...path, 'name']);
  } else c.expect(container['name'], 'string', [...path, 'name']);
  const scPath = [...path, 'securityContext'];
  const sc = c.expect(container['securityContext'], 'object', scPath);
  if (sc) {
    checkSecurityContextCommon(c, sc, scPath);
    c.fields(sc, scPath, { privileged: 'boolean', allowPrivilegeEscalation: 'boolean', procMount: 'string' });
    const capsPath = [...scPath, 'capabilities'];
    const caps = c.expect(sc['capabilities'], 'object', capsPath);
    if (caps) {
      c.stringList(caps['add'], [...capsPath, 'add']);
      c.stringList(caps['drop'], [...capsPath, 'drop']);
    }
  }
  c.objectList(container['ports'], [...path, 'ports'], (port, portPath) => {
    c.fields(port, portPath, { hostPort: 'integer', containerPort: 'integer' });
  });
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    checkHandler(c, c.expect(container[probe], 'object', [...path, probe]), [...path, probe]);
  }
  const lifecyclePath = [...path, 'lifecycle'];
  const lifecycle = c.expect(container['lifecycle'], 'object', lifecyclePath);
  if (lifecycle) {
    for (const hook of ['postStart', 'preStop']) {
      checkHandler(c, c.expect(lifecycle[hook], 'object', [...lifecyclePath, hook]), [...lifecyclePath, hook]);
    }
  }
}

/**
 * Validates the JSON types of the pod fields the checks read, as the API server would. Returns
 * API-server-like messages (empty when the pod can be evaluated), e.g.
 * `spec.template.spec.containers: Invalid value: "string": spec.template.spec.containers in body must be of type array`.
 * `pathOf` turns pod-relative paths into the object-relative paths the messages show.
 */
export function validatePodShape(pod: PodLike, pathOf?: PathOf, options: PodShapeOptions = {}): string[] {
  return podShapeProblems(pod, pathOf, options).map((problem) => problem.message);
}

/** Like {@link validatePodShape}, with the object-relative path of each field at fault (for locations). */
export function podShapeProblems(pod: PodLike, pathOf?: PathOf, options: PodShapeOptions = {}): ShapeProblem[] {
  const requireNames = options.requireContainerNames ?? true;
  // Nearly every pod is well-formed: a pass that builds no paths tells so, and only a pod with a problem
  // is walked again to word and place it.
  if (isWellFormedPod(pod, requireNames)) return [];
  return collectPodShapeProblems(pod, pathOf, requireNames);
}

/** Every shape problem of the pod, each with its message and path (the slow walk behind {@link podShapeProblems}). */
export function collectPodShapeProblems(
  pod: PodLike,
  pathOf: PathOf | undefined,
  requireNames: boolean,
): ShapeProblem[] {
  const c = new ShapeChecker(toMapper(pathOf), requireNames);
  const metadata = c.expect(pod.metadata, 'object', ['metadata']);
  if (metadata) {
    c.stringMap(metadata['annotations'], ['metadata', 'annotations']);
    c.stringMap(metadata['labels'], ['metadata', 'labels']);
  }
  const spec = c.expect(pod.spec, 'object', ['spec']);
  if (pod.spec !== undefined && pod.spec !== null && !spec) return c.problems;
  const s = spec ?? {};
  c.fields(s, ['spec'], {
    hostNetwork: 'boolean',
    hostPID: 'boolean',
    hostIPC: 'boolean',
    hostUsers: 'boolean',
    runtimeClassName: 'string',
  });
  c.fields(c.expect(s['os'], 'object', ['spec', 'os']), ['spec', 'os'], { name: 'string' });

  const podScPath = ['spec', 'securityContext'];
  const podSc = c.expect(s['securityContext'], 'object', podScPath);
  checkSecurityContextCommon(c, podSc, podScPath);
  if (podSc) {
    c.objectList(podSc['sysctls'], [...podScPath, 'sysctls'], (sysctl, path) => {
      if (sysctl['name'] === undefined || sysctl['name'] === null) c.required([...path, 'name']);
      c.fields(sysctl, path, { name: 'string', value: 'string' });
    });
  }

  c.objectList(s['volumes'], ['spec', 'volumes'], (volume, path) => {
    c.expect(volume['name'], 'string', [...path, 'name']);
    for (const source of VOLUME_SOURCES) c.expect(volume[source], 'object', [...path, source]);
  });

  const containers = s['containers'];
  if (containers === undefined || containers === null || (Array.isArray(containers) && containers.length === 0)) {
    // The API server requires at least one container; an empty pod would otherwise pass every check.
    c.required(['spec', 'containers']);
  }
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    c.objectList(s[list], ['spec', list], (container, path) => checkContainer(c, container, path));
  }
  return c.problems;
}

/*
 * The same rules as collectPodShapeProblems, as a yes/no answer that allocates nothing. The two must agree
 * on every pod (a test mutates every field of a full pod to every JSON type and compares them).
 */

/** Absent (null) or of the expected JSON type. */
function fits(value: unknown, type: Expected): boolean {
  const actual = jsonTypeOf(value);
  return actual === 'null' || actual === type;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return jsonTypeOf(value) === 'object';
}

type FieldTypes = readonly (readonly [string, Expected])[];

function fieldsFit(record: Record<string, unknown>, types: FieldTypes): boolean {
  for (const [key, type] of types) if (!fits(record[key], type)) return false;
  return true;
}

/** Absent, or an object whose listed fields fit. */
function objectFits(value: unknown, types: FieldTypes): boolean {
  if (jsonTypeOf(value) === 'null') return true;
  return isObject(value) && fieldsFit(value, types);
}

function stringMapFits(value: unknown): boolean {
  if (jsonTypeOf(value) === 'null') return true;
  if (!isObject(value)) return false;
  for (const key in value) {
    const entry = value[key];
    if (entry !== null && !fits(entry, 'string')) return false;
  }
  return true;
}

function stringListFits(value: unknown): boolean {
  if (jsonTypeOf(value) === 'null') return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!fits(item, 'string')) return false;
  return true;
}

function objectListFits(value: unknown, each: (item: Record<string, unknown>) => boolean): boolean {
  if (jsonTypeOf(value) === 'null') return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isObject(item) || !each(item)) return false;
  return true;
}

const COMMON_SECURITY_FIELDS: FieldTypes = [
  ['runAsNonRoot', 'boolean'],
  ['runAsUser', 'integer'],
];
const CONTAINER_SECURITY_FIELDS: FieldTypes = [
  ['privileged', 'boolean'],
  ['allowPrivilegeEscalation', 'boolean'],
  ['procMount', 'string'],
];
const HOST_FIELDS: FieldTypes = [['host', 'string']];
const PORT_FIELDS: FieldTypes = [
  ['hostPort', 'integer'],
  ['containerPort', 'integer'],
];
const SYSCTL_FIELDS: FieldTypes = [
  ['name', 'string'],
  ['value', 'string'],
];
const POD_SPEC_FIELDS: FieldTypes = [
  ['hostNetwork', 'boolean'],
  ['hostPID', 'boolean'],
  ['hostIPC', 'boolean'],
  ['hostUsers', 'boolean'],
  ['runtimeClassName', 'string'],
];
const OS_FIELDS: FieldTypes = [['name', 'string']];
const PROFILE_FIELD_TYPES: FieldTypes = Object.entries(PROFILE_FIELDS);
const SELINUX_FIELD_TYPES: FieldTypes = Object.entries(SELINUX_FIELDS);
const WINDOWS_FIELD_TYPES: FieldTypes = Object.entries(WINDOWS_FIELDS);
const VOLUME_SOURCE_NAMES: ReadonlySet<string> = new Set(VOLUME_SOURCES);

function securityContextCommonFits(sc: Record<string, unknown>): boolean {
  return (
    fieldsFit(sc, COMMON_SECURITY_FIELDS) &&
    objectFits(sc['seccompProfile'], PROFILE_FIELD_TYPES) &&
    objectFits(sc['appArmorProfile'], PROFILE_FIELD_TYPES) &&
    objectFits(sc['seLinuxOptions'], SELINUX_FIELD_TYPES) &&
    objectFits(sc['windowsOptions'], WINDOWS_FIELD_TYPES)
  );
}

function handlerFits(handler: unknown): boolean {
  if (jsonTypeOf(handler) === 'null') return true;
  return (
    isObject(handler) && objectFits(handler['httpGet'], HOST_FIELDS) && objectFits(handler['tcpSocket'], HOST_FIELDS)
  );
}

function portFits(port: Record<string, unknown>): boolean {
  return fieldsFit(port, PORT_FIELDS);
}

function sysctlFits(sysctl: Record<string, unknown>): boolean {
  return jsonTypeOf(sysctl['name']) !== 'null' && fieldsFit(sysctl, SYSCTL_FIELDS);
}

function volumeFits(volume: Record<string, unknown>): boolean {
  if (!fits(volume['name'], 'string')) return false;
  // A volume has one or two keys: look at those rather than at every source there is.
  for (const key in volume) if (VOLUME_SOURCE_NAMES.has(key) && !fits(volume[key], 'object')) return false;
  return true;
}

function containerFits(container: Record<string, unknown>, requireNames: boolean): boolean {
  const name = container['name'];
  if (name === undefined || name === null) {
    if (requireNames) return false;
  } else if (!fits(name, 'string')) return false;
  const sc = container['securityContext'];
  if (jsonTypeOf(sc) !== 'null') {
    if (!isObject(sc) || !securityContextCommonFits(sc) || !fieldsFit(sc, CONTAINER_SECURITY_FIELDS)) return false;
    const caps = sc['capabilities'];
    if (jsonTypeOf(caps) !== 'null') {
      if (!isObject(caps) || !stringListFits(caps['add']) || !stringListFits(caps['drop'])) return false;
    }
  }
  if (!objectListFits(container['ports'], portFits)) return false;
  if (!handlerFits(container['livenessProbe'])) return false;
  if (!handlerFits(container['readinessProbe'])) return false;
  if (!handlerFits(container['startupProbe'])) return false;
  const lifecycle = container['lifecycle'];
  if (jsonTypeOf(lifecycle) === 'null') return true;
  return isObject(lifecycle) && handlerFits(lifecycle['postStart']) && handlerFits(lifecycle['preStop']);
}

/** True when {@link collectPodShapeProblems} would find nothing. */
export function isWellFormedPod(pod: PodLike, requireNames: boolean): boolean {
  return podMetadataFits(pod.metadata) && podSpecFits(pod.spec, requireNames);
}

/** The part of {@link isWellFormedPod} that reads the pod's metadata: labels and annotations that are strings. */
export function podMetadataFits(metadata: unknown): boolean {
  if (jsonTypeOf(metadata) === 'null') return true;
  return isObject(metadata) && stringMapFits(metadata['annotations']) && stringMapFits(metadata['labels']);
}

/** The part of {@link isWellFormedPod} that reads the pod's spec. */
export function podSpecFits(spec: unknown, requireNames: boolean): boolean {
  // Without a spec there are no containers, which the API server requires.
  if (!isObject(spec)) return false;
  if (!fieldsFit(spec, POD_SPEC_FIELDS) || !objectFits(spec['os'], OS_FIELDS)) return false;
  const podSc = spec['securityContext'];
  if (jsonTypeOf(podSc) !== 'null') {
    if (!isObject(podSc) || !securityContextCommonFits(podSc) || !objectListFits(podSc['sysctls'], sysctlFits))
      return false;
  }
  if (!objectListFits(spec['volumes'], volumeFits)) return false;
  const containers = spec['containers'];
  if (containers === undefined || containers === null || (Array.isArray(containers) && containers.length === 0))
    return false;
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    const items = spec[list];
    if (jsonTypeOf(items) === 'null') continue;
    if (!Array.isArray(items)) return false;
    for (const item of items) if (!isObject(item) || !containerFits(item, requireNames)) return false;
  }
  return true;
}
