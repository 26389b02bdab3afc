import type { FieldPath } from '../policy/types.js';

/** A kind Pod Security Admission evaluates (`DefaultPodSpecExtractor` in upstream `admission/admission.go`). */
export interface BuiltinKind {
  /** API group: `''` for core. */
  readonly group: string;
  readonly kind: string;
  /** Object-relative path of the pod template; `[]` for a Pod itself. */
  readonly podPath: FieldPath;
  /** Upstream skips a ReplicationController without `spec.template` (allowed, nothing evaluated). */
  readonly skipWithoutTemplate: boolean;
}

const TEMPLATE: FieldPath = ['spec', 'template'];

/**
 * The kinds Pod Security Admission evaluates. Matching is by group, not version: the API server
 * converts every served version to v1 before admission. The long-removed `extensions` group is not
 * here on purpose; the webhook and in-tree plugin never match it.
 */
export const BUILTIN_KINDS: readonly BuiltinKind[] = [
  { group: '', kind: 'Pod', podPath: [], skipWithoutTemplate: false },
  { group: '', kind: 'PodTemplate', podPath: ['template'], skipWithoutTemplate: false },
  { group: '', kind: 'ReplicationController', podPath: TEMPLATE, skipWithoutTemplate: true },
  { group: 'apps', kind: 'ReplicaSet', podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: 'apps', kind: 'Deployment', podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: 'apps', kind: 'StatefulSet', podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: 'apps', kind: 'DaemonSet', podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: 'batch', kind: 'Job', podPath: TEMPLATE, skipWithoutTemplate: false },
  { group: 'batch', kind: 'CronJob', podPath: ['spec', 'jobTemplate', 'spec', 'template'], skipWithoutTemplate: false },
];

/** The built-in kinds by kind name (a name is one kind in one group, or the same name in several). */
const BY_KIND = new Map<string, BuiltinKind[]>();
for (const builtin of BUILTIN_KINDS) BY_KIND.set(builtin.kind, [...(BY_KIND.get(builtin.kind) ?? []), builtin]);

/** The API group of an apiVersion: `v1` → `''`, `apps/v1` → `apps`. */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * The built-in kind for an apiVersion/kind, or undefined when PSA does not evaluate it. Asked for every object read,
 * several times: found by kind, then the group compared in place, with no key string made for each call.
 */
export function builtinKindFor(apiVersion: string, kind: string): BuiltinKind | undefined {
  const candidates = BY_KIND.get(kind);
  if (candidates === undefined) return undefined;
  // The group is what comes before the last `/`, as apiGroupOf cuts it.
  const slash = apiVersion.lastIndexOf('/');
  for (const candidate of candidates) {
    const { group } = candidate;
    if (slash < 0 ? group === '' : slash === group.length && apiVersion.startsWith(group)) return candidate;
  }
  return undefined;
}
