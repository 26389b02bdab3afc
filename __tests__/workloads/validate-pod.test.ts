import { describe, expect, it } from 'vitest';
import type { PodLike } from '../../src/policy/types.js';
import {
  collectPodShapeProblems,
  formatFieldPath,
  isWellFormedPod,
  validatePodShape,
} from '../../src/workloads/validate-pod.js';

const valid = { metadata: { annotations: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'i' }] } };

describe('validatePodShape', () => {
  it('accepts a well-formed pod and treats null as absent', () => {
    expect(validatePodShape(valid)).toEqual([]);
    expect(
      validatePodShape({ spec: { containers: [{ name: 'c', securityContext: null }], hostPID: null, volumes: null } }),
    ).toEqual([]);
  });

  it('requires at least one container, and container names for core pods', () => {
    expect(validatePodShape({ spec: { containers: [] } }, 'spec.template')).toEqual([
      'spec.template.spec.containers: Required value',
    ]);
    expect(validatePodShape({}, ['spec', 'template'])).toEqual(['spec.template.spec.containers: Required value']);
    expect(validatePodShape({ spec: { containers: [{ image: 'x' }] } })).toEqual([
      'spec.containers[0].name: Required value',
    ]);
    expect(
      validatePodShape({ spec: { containers: [{ image: 'x' }] } }, undefined, { requireContainerNames: false }),
    ).toEqual([]);
  });

  it('reports wrong types the way the API server does, with the prefix', () => {
    const pod = {
      metadata: { annotations: { a: 5 } },
      spec: {
        hostPID: 'yes',
        hostPort: 1,
        securityContext: { runAsUser: 1.5, sysctls: [{ name: 3 }, 'x'], seccompProfile: 'RuntimeDefault' },
        volumes: [{ name: 'v', hostPath: '/etc' }],
        os: { name: 1 },
        initContainers: 'x',
        containers: [
          {
            name: 'c',
            securityContext: { privileged: 'true', capabilities: { add: 5, drop: ['ALL', 1] }, runAsNonRoot: 1 },
            ports: [{ hostPort: '80' }],
            livenessProbe: { httpGet: { host: 7 } },
          },
          7,
        ],
      },
    };
    const t = (path: string, type: string, expected: string): string =>
      `spec.template.${path}: Invalid value: "${type}": spec.template.${path} in body must be of type ${expected}`;
    expect(validatePodShape(pod, 'spec.template')).toEqual([
      t('metadata.annotations.a', 'integer', 'string'),
      t('spec.hostPID', 'string', 'boolean'),
      t('spec.os.name', 'integer', 'string'),
      t('spec.securityContext.runAsUser', 'number', 'integer'),
      t('spec.securityContext.seccompProfile', 'string', 'object'),
      t('spec.securityContext.sysctls[0].name', 'integer', 'string'),
      t('spec.securityContext.sysctls[1]', 'string', 'object'),
      t('spec.volumes[0].hostPath', 'string', 'object'),
      t('spec.initContainers', 'string', 'array'),
      t('spec.containers[0].securityContext.runAsNonRoot', 'integer', 'boolean'),
      t('spec.containers[0].securityContext.privileged', 'string', 'boolean'),
      t('spec.containers[0].securityContext.capabilities.add', 'integer', 'array'),
      t('spec.containers[0].securityContext.capabilities.drop[1]', 'integer', 'string'),
      t('spec.containers[0].ports[0].hostPort', 'string', 'integer'),
      t('spec.containers[0].livenessProbe.httpGet.host', 'integer', 'string'),
      t('spec.containers[1]', 'integer', 'object'),
    ]);
  });

  it('maps paths through a function and formats odd keys in brackets', () => {
    expect(
      validatePodShape({ spec: 'x' as unknown as Record<string, unknown> }, (p) => [
        'spec',
        'templates',
        0,
        ...p.slice(1),
      ]),
    ).toEqual(['spec.templates[0]: Invalid value: "string": spec.templates[0] in body must be of type object']);
    expect(formatFieldPath(['metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/a'])).toBe(
      'metadata.annotations[container.apparmor.security.beta.kubernetes.io/a]',
    );
  });
});

describe('isWellFormedPod', () => {
  const profile = { type: 'Localhost', localhostProfile: 'p' };
  const handler = { httpGet: { host: 'h' }, tcpSocket: { host: 'h' } };
  // The fields pod and container security contexts have in common.
  const common = {
    runAsNonRoot: true,
    runAsUser: 1000,
    seccompProfile: profile,
    appArmorProfile: profile,
    seLinuxOptions: { user: 'u', role: 'r', type: 't', level: 'l' },
    windowsOptions: { hostProcess: false },
  };
  const container = {
    name: 'c',
    securityContext: {
      ...common,
      privileged: false,
      allowPrivilegeEscalation: false,
      procMount: 'Default',
      capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
    },
    ports: [{ hostPort: 80, containerPort: 8080 }],
    livenessProbe: handler,
    readinessProbe: handler,
    startupProbe: handler,
    lifecycle: { postStart: handler, preStop: handler },
  };
  // Every field the shape check reads, each holding a value of the right type.
  const full = {
    metadata: { annotations: { a: 'b' }, labels: { l: 'v' } },
    spec: {
      hostNetwork: false,
      hostPID: false,
      hostIPC: false,
      hostUsers: true,
      runtimeClassName: 'rc',
      os: { name: 'linux' },
      securityContext: {
        ...common,
        sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1' }],
      },
      volumes: [{ name: 'v', emptyDir: {}, hostPath: { path: '/p' }, configMap: { name: 'm' } }],
      initContainers: [container],
      containers: [container],
      ephemeralContainers: [container],
    },
  };
  const replacements: unknown[] = [undefined, null, 'x', 5, 1.5, true, [], ['x'], [5], [null], [{}], {}, { a: 5 }];

  function* paths(value: unknown, path: (string | number)[] = []): Generator<(string | number)[]> {
    if (path.length > 0) yield path;
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* paths(value[i], [...path, i]);
    else if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) yield* paths(child, [...path, key]);
  }
  function withValue(root: unknown, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
    const copy = structuredClone(root) as Record<string, unknown>;
    let parent: Record<string | number, unknown> = copy;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    // Parsed manifests have no holes in lists: an item is taken out, not left undefined.
    if (value === undefined && Array.isArray(parent)) parent.splice(last as number, 1);
    else if (value === undefined) delete parent[last];
    else parent[last] = value;
    return copy;
  }

  it('agrees with the full check on every field of a full pod set to every JSON type', () => {
    expect(isWellFormedPod(full, true)).toBe(true);
    let disagreements = 0;
    let rejected = 0;
    for (const path of paths(full)) {
      for (const value of replacements) {
        const pod = withValue(full, path, value);
        for (const requireNames of [true, false]) {
          const wellFormed = collectPodShapeProblems(pod, undefined, requireNames).length === 0;
          if (!wellFormed) rejected++;
          if (isWellFormedPod(pod, requireNames) !== wellFormed) {
            disagreements++;
            expect.soft({ path, value, requireNames, wellFormed }).toBeUndefined();
          }
        }
      }
    }
    expect(disagreements).toBe(0);
    // The mutations reach real problems, not only harmless values.
    expect(rejected).toBeGreaterThan(1000);
  });

  it('agrees on pods without a spec, containers or metadata object', () => {
    const pods = [{}, { spec: null }, { spec: 'x' }, { spec: {} }, { metadata: 'x', spec: full.spec }] as PodLike[];
    for (const pod of pods) {
      expect(isWellFormedPod(pod, true)).toBe(collectPodShapeProblems(pod, undefined, true).length === 0);
    }
  });
});
