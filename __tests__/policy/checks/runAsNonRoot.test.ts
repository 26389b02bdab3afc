import { describe } from 'vitest';
import { ctr, pod, runCheckCases } from '../helpers.js';

const psc = (securityContext: Record<string, unknown>, containers: unknown[], extra: Record<string, unknown> = {}) =>
  pod({ securityContext, containers, ...extra });

describe('runAsNonRoot', () => {
  runCheckCases('runAsNonRoot', [
    {
      name: 'pod-level true covers containers',
      version: 'v1.0',
      pod: psc({ runAsNonRoot: true }, [ctr('a'), ctr('b', { runAsNonRoot: true })]),
    },
    {
      name: 'every container true',
      version: 'v1.34',
      pod: pod({ initContainers: [ctr('i', { runAsNonRoot: true })], containers: [ctr('a', { runAsNonRoot: true })] }),
    },
    {
      name: 'spec example: implicit',
      version: 'v1.0',
      pod: pod({ containers: [ctr('a', { runAsUser: 1000 })] }),
      reason: 'runAsNonRoot != true',
      detail: 'pod or container "a" must set securityContext.runAsNonRoot=true',
      paths: [
        ['spec', 'containers', 0, 'securityContext', 'runAsNonRoot'],
        ['spec', 'securityContext', 'runAsNonRoot'],
      ],
    },
    {
      name: 'spec example: explicit false hides implicit',
      version: 'v1.34',
      pod: pod({ containers: [ctr('b'), ctr('c', { runAsNonRoot: false }), ctr('d', { runAsNonRoot: false })] }),
      reason: 'runAsNonRoot != true',
      detail: 'containers "c", "d" must not set securityContext.runAsNonRoot=false',
      paths: [
        ['spec', 'containers', 1, 'securityContext', 'runAsNonRoot'],
        ['spec', 'containers', 2, 'securityContext', 'runAsNonRoot'],
      ],
    },
    {
      name: 'P6: pod-level false fails even when every container sets true',
      version: 'v1.34',
      pod: psc({ runAsNonRoot: false }, [ctr('a', { runAsNonRoot: true })]),
      reason: 'runAsNonRoot != true',
      detail: 'pod must not set securityContext.runAsNonRoot=false',
      paths: [['spec', 'securityContext', 'runAsNonRoot']],
    },
    {
      name: 'pod false and container false',
      version: 'v1.34',
      pod: psc({ runAsNonRoot: false }, [ctr('a', { runAsNonRoot: false })], {
        ephemeralContainers: [ctr('e', { runAsNonRoot: false })],
      }),
      reason: 'runAsNonRoot != true',
      detail: 'pod and containers "a", "e" must not set securityContext.runAsNonRoot=false',
    },
    {
      name: 'v1.34: hostUsers false is not exempt yet',
      version: 'v1.34',
      pod: pod({ hostUsers: false, containers: [ctr('a')] }),
      reason: 'runAsNonRoot != true',
      detail: 'pod or container "a" must set securityContext.runAsNonRoot=true',
    },
    {
      name: 'v1.35: user-namespace pod exempt',
      version: 'v1.35',
      pod: psc({ runAsNonRoot: false }, [ctr('a')], { hostUsers: false }),
    },
    {
      name: 'latest: no Windows exemption',
      pod: pod({
        os: { name: 'windows' },
        initContainers: [ctr('i')],
        containers: [ctr('a', { runAsNonRoot: true }), ctr('b')],
      }),
      reason: 'runAsNonRoot != true',
      detail: 'pod or containers "i", "b" must set securityContext.runAsNonRoot=true',
    },
  ]);
});
