/**
 * Defensive readers for untrusted pod objects. Checks run on whatever the manifest holds, so a field
 * of the wrong JSON type is treated as absent instead of crashing; shape errors are reported by the
 * validation step that runs before evaluation.
 */
import { asRecord } from '../util/plain-object.js';
import type { FieldPath, PodLike } from './types.js';

export type UnknownRecord = Readonly<Record<string, unknown>>;

// The checks read pods through this module alone; the definition is shared with the rest of podsec.
export { asRecord };

/** The value as an array, or undefined for anything else. */
export function asArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** The value if it is a string. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * A scalar as text (strings as-is, numbers and booleans stringified), undefined for absent, null and
 * structured values. Used where upstream compares an enum-like string against an allow-list, so a
 * mistyped value (e.g. `procMount: 5`) is still reported rather than silently passing.
 */
export function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
      return String(value);
    default:
      return undefined;
  }
}

/** Upstream's "non-nil pointer": JSON null counts as absent. */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** `spec` of a pod, if it is an object. */
export function podSpec(pod: PodLike): UnknownRecord | undefined {
  return asRecord(asRecord(pod)?.spec);
}

/** `metadata.annotations` of a pod, if it is an object. */
export function podAnnotations(pod: PodLike): UnknownRecord | undefined {
  return asRecord(asRecord(asRecord(pod)?.metadata)?.annotations);
}

/** `spec.securityContext` of a pod, if it is an object. */
export function podSecurityContext(pod: PodLike): UnknownRecord | undefined {
  return asRecord(podSpec(pod)?.securityContext);
}

/** The three container lists, in the order upstream visits them. */
export const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;
export type ContainerListName = (typeof CONTAINER_LISTS)[number];

/** A container found while visiting a pod spec. */
export interface ContainerVisit {
  readonly container: UnknownRecord;
  /** `name`, or `""` when it is not a string (as Go's zero value). */
  readonly name: string;
  /** `securityContext`, if it is an object. */
  readonly securityContext: UnknownRecord | undefined;
  readonly list: ContainerListName;
  readonly index: number;
}

/**
 * Calls `visit` for every container object in init, regular and ephemeral lists, in that order.
 * Entries that are not objects are skipped but keep their index so paths stay true to the source.
 */
export function forEachContainer(spec: UnknownRecord | undefined, visit: (c: ContainerVisit) => void): void {
  if (spec === undefined) return;
  for (const list of CONTAINER_LISTS) {
    const items = asArray(spec[list]);
    if (items === undefined) continue;
    for (let index = 0; index < items.length; index++) {
      const container = asRecord(items[index]);
      if (container === undefined) continue;
      visit({
        container,
        name: asString(container.name) ?? '',
        securityContext: asRecord(container.securityContext),
        list,
        index,
      });
    }
  }
}

/** Pod-relative path of a container, extended by `rest`. */
export function containerPath(c: ContainerVisit, ...rest: (string | number)[]): FieldPath {
  return ['spec', c.list, c.index, ...rest];
}

/** Pod-relative path under `spec.securityContext`. */
export function podSecurityContextPath(...rest: (string | number)[]): FieldPath {
  return ['spec', 'securityContext', ...rest];
}

/** `spec.os.name === "windows"`, exactly as upstream decides a pod is a Windows pod. */
export function isWindowsPod(pod: PodLike): boolean {
  return asRecord(podSpec(pod)?.os)?.name === 'windows';
}

/** `spec.hostUsers === false`: only an explicit false means the pod runs in a user namespace. */
export function isUserNamespacePod(pod: PodLike): boolean {
  return podSpec(pod)?.hostUsers === false;
}
