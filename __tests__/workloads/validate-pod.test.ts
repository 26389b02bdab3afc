import { describe, expect, it } from 'vitest';
import { formatFieldPath, validatePodShape } from '../../src/workloads/validate-pod.js';

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
