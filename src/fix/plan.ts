/**
 * What a failing pod needs to pass: the smallest set of field changes, combined per pod and per container,
 * each marked safe (only adds hardening) or behaviour-changing (takes away something the workload asks for).
 * Pure: a pod in, changes out; every plan is checked by evaluating the changed pod again.
 */
import { podEvaluator, type PodEvaluation } from '../policy/evaluate.js';
import {
  asArray,
  asRecord,
  forEachContainer,
  podSecurityContext,
  podSpec,
  scalarText,
  type ContainerVisit,
} from '../policy/shape.js';
import type { CheckFailure, CheckId, FieldPath, Level, PodLike, PolicyVersion } from '../policy/types.js';
import { itemAt } from '../util/item-at.js';
import { ALLOWED_CAPABILITIES } from '../policy/checks/capabilities_baseline.js';
import { ADDABLE as RESTRICTED_ADDABLE } from '../policy/checks/capabilities_restricted.js';

/** `safe` fixes only add hardening; `behaviour` fixes remove something the workload explicitly asks for. */
export type FixKind = 'safe' | 'behaviour';

/** One change to one field, with a pod-relative path. */
export type FieldChange =
  | {
      readonly action: 'set';
      readonly path: FieldPath;
      readonly value: unknown;
      readonly kind: FixKind;
      readonly check: CheckId;
    }
  | { readonly action: 'delete'; readonly path: FieldPath; readonly kind: FixKind; readonly check: CheckId }
  /** Adds `value` to the list at `path` (creating the list when it is missing). */
  | {
      readonly action: 'append';
      readonly path: FieldPath;
      readonly value: unknown;
      readonly kind: FixKind;
      readonly check: CheckId;
    };

/** The changes that make one pod pass one level, and what they leave failing. */
export interface PodPlan {
  readonly changes: readonly FieldChange[];
  /** Checks failing before any change. */
  readonly failing: readonly CheckId[];
  /** Checks still failing after the changes that were allowed. */
  readonly remaining: readonly CheckId[];
  /** Checks that only a behaviour change would clear (whether or not it was allowed). */
  readonly needBehaviourChange: readonly CheckId[];
  /**
   * Evaluates the pod with all of `changes` made (`applyChanges(pod, changes)`) at any level and version, the
   * checks planning ran already not run again.
   */
  readonly evaluateChanged: PodEvaluation;
}

const SECCOMP_OK = new Set(['RuntimeDefault', 'Localhost']);
// What each level lets a container add, from the checks themselves.
const RESTRICTED_ADD_OK: ReadonlySet<string> = new Set([RESTRICTED_ADDABLE]);
const BASELINE_ADD_OK = ALLOWED_CAPABILITIES;
/** The legacy pod annotations a check failed on (`…/seccomp…`, `…/apparmor…`), set to `runtime/default`. */
function annotationsToRuntimeDefault(failure: CheckFailure, check: CheckId): FieldChange[] {
  return failure.paths
    .filter((path) => path[0] === 'metadata')
    .map((path) => ({ action: 'set', path, value: 'runtime/default', kind: 'safe', check }));
}

/** Boolean fields whose `true` a check forbids: the fix is `false`. */
const FORBIDDEN_TRUE = new Set(['privileged', 'hostNetwork', 'hostPID', 'hostIPC', 'hostProcess']);

type Planner = (pod: PodLike, failure: CheckFailure) => FieldChange[];

function sc(c: ContainerVisit, ...rest: (string | number)[]): FieldPath {
  return ['spec', c.list, c.index, 'securityContext', ...rest];
}

function grantsEscalation(c: ContainerVisit): boolean {
  const add = asArray(asRecord(c.securityContext?.capabilities)?.add) ?? [];
  return (
    c.securityContext?.privileged === true ||
    add.some((item) => scalarText(item) === 'SYS_ADMIN' || scalarText(item) === 'CAP_SYS_ADMIN')
  );
}

function containers(pod: PodLike): ContainerVisit[] {
  const all: ContainerVisit[] = [];
  forEachContainer(podSpec(pod), (c) => all.push(c));
  return all;
}

/**
 * A pod-or-container setting (runAsNonRoot, seccompProfile.type): explicit bad values are corrected where they
 * are; containers that rely on the pod get the setting on the pod when all of them need it, else each its own.
 */
function podOrContainer(
  pod: PodLike,
  check: CheckId,
  field: FieldPath,
  good: (value: unknown) => boolean,
  explicitBad: (value: unknown) => boolean,
  fixed: unknown,
): FieldChange[] {
  const changes: FieldChange[] = [];
  const read = (record: Readonly<Record<string, unknown>> | undefined): unknown => {
    let value: unknown = record;
    for (const key of field) value = asRecord(value)?.[key as string];
    return value;
  };
  const podValue = read(podSecurityContext(pod));
  let podGood = good(podValue);
  const list = containers(pod);
  const needing = list.filter((c) => {
    const value = read(c.securityContext);
    return value === undefined || value === null;
  });
  if (explicitBad(podValue) || (!podGood && needing.length > 0 && needing.length === list.length)) {
    changes.push({ action: 'set', path: ['spec', 'securityContext', ...field], value: fixed, kind: 'safe', check });
    podGood = true;
  }
  for (const c of list) {
    const value = read(c.securityContext);
    if (explicitBad(value) || ((value === undefined || value === null) && !podGood)) {
      changes.push({ action: 'set', path: sc(c, ...field), value: fixed, kind: 'safe', check });
    }
  }
  return changes;
}

function forbiddenTrue(failure: CheckFailure, check: CheckId): FieldChange[] {
  return failure.paths
    .filter((path) => FORBIDDEN_TRUE.has(String(path[path.length - 1])))
    .map((path) => ({ action: 'set', path, value: false, kind: 'behaviour', check }));
}

function deletePaths(
  failure: CheckFailure,
  check: CheckId,
  keep: (path: FieldPath) => boolean = () => true,
): FieldChange[] {
  return failure.paths.filter(keep).map((path) => ({ action: 'delete', path, kind: 'behaviour', check }));
}

/** Removes list items (by index, from the end so earlier indexes stay true). */
function deleteItems(listPath: FieldPath, indexes: readonly number[], check: CheckId): FieldChange[] {
  return [...new Set(indexes)]
    .sort((a, b) => b - a)
    .map((index) => ({ action: 'delete', path: [...listPath, index], kind: 'behaviour', check }));
}

function addedCapabilities(pod: PodLike, allowed: ReadonlySet<string>, check: CheckId): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const c of containers(pod)) {
    const add = asArray(asRecord(c.securityContext?.capabilities)?.add);
    if (!add) continue;
    const bad = add.flatMap((item, index) => (allowed.has(scalarText(item) ?? '') ? [] : [index]));
    if (bad.length === add.length)
      changes.push({ action: 'delete', path: sc(c, 'capabilities', 'add'), kind: 'behaviour', check });
    else changes.push(...deleteItems(sc(c, 'capabilities', 'add'), bad, check));
  }
  return changes;
}

function unconfinedToRuntimeDefault(
  pod: PodLike,
  check: CheckId,
  field: 'seccompProfile' | 'appArmorProfile',
): FieldChange[] {
  const changes: FieldChange[] = [];
  if (asRecord(podSecurityContext(pod)?.[field])?.type === 'Unconfined') {
    changes.push({
      action: 'set',
      path: ['spec', 'securityContext', field, 'type'],
      value: 'RuntimeDefault',
      kind: 'safe',
      check,
    });
  }
  for (const c of containers(pod)) {
    if (asRecord(c.securityContext?.[field])?.type === 'Unconfined')
      changes.push({ action: 'set', path: sc(c, field, 'type'), value: 'RuntimeDefault', kind: 'safe', check });
  }
  return changes;
}

const PLANNERS: Readonly<Record<CheckId, Planner>> = {
  allowPrivilegeEscalation: (pod) =>
    containers(pod)
      // The API server refuses allowPrivilegeEscalation: false next to privileged or CAP_SYS_ADMIN: that one
      // comes only once the behaviour change has removed them.
      .filter((c) => c.securityContext?.allowPrivilegeEscalation !== false && !grantsEscalation(c))
      .map((c) => ({
        action: 'set',
        path: sc(c, 'allowPrivilegeEscalation'),
        value: false,
        kind: 'safe',
        check: 'allowPrivilegeEscalation',
      })),
  capabilities_restricted: (pod) => {
    const changes: FieldChange[] = [];
    for (const c of containers(pod)) {
      const drop = asArray(asRecord(c.securityContext?.capabilities)?.drop);
      if (!drop?.some((item) => scalarText(item) === 'ALL')) {
        changes.push({
          action: 'append',
          path: sc(c, 'capabilities', 'drop'),
          value: 'ALL',
          kind: 'safe',
          check: 'capabilities_restricted',
        });
      }
    }
    return [...changes, ...addedCapabilities(pod, RESTRICTED_ADD_OK, 'capabilities_restricted')];
  },
  capabilities_baseline: (pod) => addedCapabilities(pod, BASELINE_ADD_OK, 'capabilities_baseline'),
  runAsNonRoot: (pod) =>
    podOrContainer(
      pod,
      'runAsNonRoot',
      ['runAsNonRoot'],
      (value) => value === true,
      (value) => value === false,
      true,
    ),
  seccompProfile_restricted: (pod) =>
    podOrContainer(
      pod,
      'seccompProfile_restricted',
      ['seccompProfile', 'type'],
      (value) => SECCOMP_OK.has(String(value)),
      (value) => value !== undefined && value !== null && !SECCOMP_OK.has(String(value)),
      'RuntimeDefault',
    ),
  seccompProfile_baseline: (pod, failure) => [
    ...unconfinedToRuntimeDefault(pod, 'seccompProfile_baseline', 'seccompProfile'),
    ...annotationsToRuntimeDefault(failure, 'seccompProfile_baseline'),
  ],
  appArmorProfile: (pod, failure) => [
    ...unconfinedToRuntimeDefault(pod, 'appArmorProfile', 'appArmorProfile'),
    ...annotationsToRuntimeDefault(failure, 'appArmorProfile'),
  ],
  privileged: (_pod, failure) => forbiddenTrue(failure, 'privileged'),
  hostNamespaces: (_pod, failure) => forbiddenTrue(failure, 'hostNamespaces'),
  windowsHostProcess: (_pod, failure) => forbiddenTrue(failure, 'windowsHostProcess'),
  hostPorts: (_pod, failure) => deletePaths(failure, 'hostPorts'),
  procMount: (_pod, failure) => deletePaths(failure, 'procMount'),
  procMount_restricted: (_pod, failure) => deletePaths(failure, 'procMount_restricted'),
  seLinuxOptions: (_pod, failure) => deletePaths(failure, 'seLinuxOptions'),
  hostProbesAndHostLifecycle: (_pod, failure) => deletePaths(failure, 'hostProbesAndHostLifecycle'),
  runAsUser: (_pod, failure) => deletePaths(failure, 'runAsUser'),
  sysctls: (_pod, failure) =>
    deleteItems(
      ['spec', 'securityContext', 'sysctls'],
      failure.paths.map((path) => path[3]).filter((index): index is number => typeof index === 'number'),
      'sysctls',
    ),
  hostPathVolumes: (_pod, failure) => volumesToEmptyDir(failure, 'hostPathVolumes'),
  restrictedVolumes: (_pod, failure) => volumesToEmptyDir(failure, 'restrictedVolumes'),
};

/** A volume whose source a level forbids becomes an `emptyDir` (the data it gave is gone: a behaviour change). */
function volumesToEmptyDir(failure: CheckFailure, check: CheckId): FieldChange[] {
  return failure.paths.flatMap((path): FieldChange[] =>
    path.length === 4
      ? [
          { action: 'delete', path, kind: 'behaviour', check },
          { action: 'set', path: [...path.slice(0, 3), 'emptyDir'], value: {}, kind: 'behaviour', check },
        ]
      : [],
  );
}

/**
 * Plans the changes that make `pod` pass `level` at `version`. Safe changes always; behaviour changes only
 * when `allowBehaviourChange`. The plan is verified: `remaining` is what evaluation of the changed pod says.
 */
export function planPod(pod: PodLike, level: Level, version: PolicyVersion, allowBehaviourChange: boolean): PodPlan {
  // The evaluator of the pod last evaluated: the changed pod's is handed on, for judging findings at other levels.
  let evaluated = { pod, evaluate: podEvaluator(pod) };
  const evaluate = (target: PodLike): CheckFailure[] => {
    if (evaluated.pod !== target) evaluated = { pod: target, evaluate: podEvaluator(target) };
    return evaluated.evaluate(level, version);
  };
  const failures = evaluate(pod);
  const changes: FieldChange[] = [];
  const needBehaviour = new Set<CheckId>();
  // A pod of plain data is what its JSON copy is: it is read as it is (and its evaluation above stands for the copy's).
  let current = isPlainPod(pod) ? pod : clone(pod);
  // What the pod with all the changes fails, once a round finds nothing to add (evaluated before that round's
  // planners looked at it).
  let settled: CheckFailure[] | undefined;
  // A change can reveal another (setting the pod's seccomp profile, then a container's explicit override):
  // a few rounds reach the fixed point.
  for (let round = 0; round < 4; round++) {
    const now = current === pod ? failures : evaluate(current);
    let added = 0;
    for (const failure of now) {
      for (const change of PLANNERS[failure.id](current, failure)) {
        if (change.kind === 'behaviour') needBehaviour.add(change.check);
        if (change.kind === 'behaviour' && !allowBehaviourChange) continue;
        if (changes.some((known) => sameChange(known, change))) continue;
        changes.push(change);
        added++;
      }
    }
    if (added === 0) {
      settled = now;
      break;
    }
    current = applyChanges(pod, changes);
  }
  // `current` is the pod with all the changes either way: evaluated already when the rounds settled.
  const remaining = (settled ?? evaluate(current)).map((failure) => failure.id);
  if (evaluated.pod !== current) evaluated = { pod: current, evaluate: podEvaluator(current) };
  return {
    changes,
    failing: failures.map((failure) => failure.id),
    remaining,
    needBehaviourChange: [...needBehaviour].filter((id) => !allowBehaviourChange || remaining.includes(id)),
    evaluateChanged: evaluated.evaluate,
  };
}

function sameChange(a: FieldChange, b: FieldChange): boolean {
  return (
    a.action === b.action &&
    samePath(a.path, b.path) &&
    JSON.stringify('value' in a ? a.value : null) === JSON.stringify('value' in b ? b.value : null)
  );
}

export function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** A copy of plain data, through JSON (a string or boolean is its own copy). */
export function clone<T>(value: T): T {
  if (value === undefined || typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Pods found to be plain data (a pod is checked once, not once per round of planning and again when applied). */
const plainPods = new WeakSet<object>();

function isPlainPod(pod: PodLike): boolean {
  if (plainPods.has(pod)) return true;
  const plain = isPlainData(pod);
  if (plain) plainPods.add(pod);
  return plain;
}

/**
 * Whether `value` is plain data that a JSON round trip gives back unchanged: strings, booleans, finite numbers
 * (not -0), null, arrays without holes and plain objects, no `undefined` anywhere.
 */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (depth > 100) return false;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++)
          if (!(index in value) || !isPlainData(value[index], depth + 1)) return false;
        return true;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const key of Object.keys(value))
        if (key === '__proto__' || !isPlainData((value as Record<string, unknown>)[key], depth + 1)) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * The pod with `changes` applied (a copy; the input is not touched). A pod of plain data is copied only along the
 * changed paths, the rest shared with it (the result is only read); any other pod is copied whole through JSON.
 */
export function applyChanges(pod: PodLike, changes: readonly FieldChange[]): PodLike {
  if (!isPlainPod(pod)) {
    const copy = clone(pod) as Record<string, unknown>;
    for (const change of changes) applyChange(copy, change);
    return copy as PodLike;
  }
  const root: Record<string, unknown> = { ...(pod as Record<string, unknown>) };
  const copied = new Set<object>([root]);
  const own = (container: Record<string | number, unknown>, key: string | number): unknown => {
    const child = container[key];
    if (child === null || typeof child !== 'object' || copied.has(child)) return child;
    const copy = Array.isArray(child) ? [...(child as unknown[])] : { ...(child as Record<string, unknown>) };
    copied.add(copy);
    container[key] = copy;
    return copy;
  };
  for (const change of changes) applyChange(root, change, own);
  return root as PodLike;
}

/**
 * Applies one change to a plain JSON tree in place, creating missing mappings on the way. `own` gives the child to
 * change at a key (a copy of it when the tree shares it with another).
 */
export function applyChange(
  root: Record<string, unknown>,
  change: FieldChange,
  own: (container: Record<string | number, unknown>, key: string | number) => unknown = (container, key) =>
    container[key],
): void {
  let node: unknown = root;
  const path = change.path;
  for (let i = 0; i < path.length - 1; i++) {
    const key = itemAt(path, i);
    const container = node as Record<string | number, unknown>;
    if (container[key] === undefined || container[key] === null || typeof container[key] !== 'object') {
      if (change.action === 'delete') return;
      container[key] = {};
    }
    node = own(container, key);
  }
  const last = itemAt(path, path.length - 1);
  const parent = node as Record<string | number, unknown>;
  switch (change.action) {
    case 'set':
      parent[last] = clone(change.value);
      break;
    case 'delete':
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else delete parent[last];
      break;
    case 'append': {
      const list = own(parent, last);
      if (Array.isArray(list)) list.push(change.value);
      else parent[last] = [change.value];
      break;
    }
  }
}
