import { parseManifests } from '../../src/manifests/parse.js';
import type { KubeObject } from '../../src/manifests/types.js';
import type { AssessItem } from '../../src/findings/assess.js';
import type { TargetRef } from '../../src/findings/types.js';
import type { PolicyOptions } from '../../src/options.js';
import type { FieldPath, PodLike } from '../../src/policy/types.js';
import type { Workload } from '../../src/workloads/types.js';

/** Pod template paths for the kinds these tests use (the real table lives in workloads/). */
const TEMPLATE_PATHS: Record<string, FieldPath> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

function at(value: unknown, path: FieldPath): unknown {
  let current = value;
  for (const key of path) current = (current as Record<string | number, unknown> | undefined)?.[key];
  return current;
}

/** Parses real YAML with positions and turns its workloads into Workload records. */
export function parse(yaml: string, file = 'manifests/app.yaml'): { workloads: Workload[]; namespaces: KubeObject[] } {
  const parsed = parseManifests(yaml, file);
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const workloads: Workload[] = [];
  const namespaces: KubeObject[] = [];
  for (const object of parsed.objects) {
    const kind = String(object.value.kind);
    if (kind === 'Namespace') namespaces.push(object);
    const podPath = TEMPLATE_PATHS[kind];
    if (!podPath) continue;
    const metadata = object.value.metadata as Record<string, unknown>;
    workloads.push({
      apiVersion: String(object.value.apiVersion),
      kind,
      name: String(metadata.name),
      ...(typeof metadata.namespace === 'string' ? { namespace: metadata.namespace } : {}),
      pod: (podPath.length === 0 ? object.value : at(object.value, podPath)) as PodLike,
      podPath,
      isPod: kind === 'Pod',
      object,
    });
  }
  return { workloads, namespaces };
}

export const manifestTarget = (path = 'manifests/app.yaml'): TargetRef => ({ kind: 'manifest', path, scenarios: [] });

export function items(
  workloads: Workload[],
  targetRef: TargetRef = manifestTarget(),
  defaultNamespace?: string,
): AssessItem[] {
  return workloads.map((workload) => ({ workload, targetRef, ...(defaultNamespace ? { defaultNamespace } : {}) }));
}

export function policy(overrides: Partial<PolicyOptions> = {}): PolicyOptions {
  return {
    defaults: {
      enforce: { level: 'baseline', version: 'latest' },
      warn: { level: 'restricted', version: 'latest' },
      audit: { level: 'restricted', version: 'latest' },
    },
    namespaceLabels: {},
    exemptions: { namespaces: [], runtimeClasses: [], usernames: [] },
    relaxations: [],
    podTemplateKinds: [],
    allowInlineIgnores: true,
    ...overrides,
  };
}
